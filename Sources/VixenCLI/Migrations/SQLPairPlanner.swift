import VixenPostgres

// TODO: the migration discovery for every framework replaces this planner; it finds only SQL
// up/down pairs named <name>.up.sql and <name>.down.sql, or <name>_up.sql and <name>_down.sql.

/// One SQL migration: its up file and, when present, its down file.
struct SQLMigrationPair: Equatable {
    /// The up file's path without its suffix, such as `db/migrations/002_add_email`.
    let name: String
    let upPath: String
    let downPath: String?
}

/// Finds SQL up/down pairs among a commit's paths, in the order they are applied.
enum SQLPairPlanner {
    /// Suffix of an up file and the suffix of its down file.
    static let suffixes = [(up: ".up.sql", down: ".down.sql"), (up: "_up.sql", down: "_down.sql")]

    /// Returns the pairs whose up file is in `paths`, ordered by folder, then by file name with
    /// numbers compared by value, so `2_x` comes before `10_x`.
    ///
    /// A down file without an up file is not a migration and is left out.
    static func pairs(in paths: [String]) -> [SQLMigrationPair] {
        let present = Set(paths)
        var pairs: [SQLMigrationPair] = []
        for path in paths {
            guard let suffix = suffixes.first(where: { path.hasSuffix($0.up) }) else {
                continue
            }
            let stem = String(path.dropLast(suffix.up.count))
            guard !stem.isEmpty, !stem.hasSuffix("/") else {
                continue
            }
            let down = stem + suffix.down
            pairs.append(SQLMigrationPair(name: stem, upPath: path, downPath: present.contains(down) ? down : nil))
        }
        return pairs.sorted { NaturalOrder.precedes($0.name, $1.name) }
    }
}

/// Compares paths folder first, then by name with runs of digits compared as numbers.
enum NaturalOrder {
    static func precedes(_ left: String, _ right: String) -> Bool {
        let leftFolder = folder(of: left)
        let rightFolder = folder(of: right)
        if leftFolder != rightFolder {
            return leftFolder < rightFolder
        }
        let leftChunks = chunks(left)
        let rightChunks = chunks(right)
        for (leftChunk, rightChunk) in zip(leftChunks, rightChunks) where leftChunk != rightChunk {
            if let leftNumber = Int(leftChunk), let rightNumber = Int(rightChunk), leftNumber != rightNumber {
                return leftNumber < rightNumber
            }
            return leftChunk < rightChunk
        }
        return leftChunks.count < rightChunks.count
    }

    private static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else {
            return ""
        }
        return path[..<slash]
    }

    /// Splits text into runs of digits and runs of other characters.
    private static func chunks(_ text: String) -> [Substring] {
        var chunks: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if next < text.endIndex, text[index].isNumber != text[next].isNumber {
                chunks.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex {
            chunks.append(text[start...])
        }
        return chunks
    }
}
