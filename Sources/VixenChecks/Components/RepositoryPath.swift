import VixenConfig

/// Helpers for repository-relative paths with `/` separators, where "" is the root folder.
enum RepositoryPath {
    /// Returns the folder containing `path`: "" for a file at the root, nil for the root itself.
    static func parent(of path: Substring) -> Substring? {
        guard !path.isEmpty else {
            return nil
        }
        guard let slash = path.lastIndex(of: "/") else {
            return path[path.startIndex..<path.startIndex]
        }
        return path[..<slash]
    }

    /// Returns the last segment of a path: the file or folder name.
    static func name(of path: Substring) -> Substring {
        guard let slash = path.lastIndex(of: "/") else {
            return path
        }
        return path[path.index(after: slash)...]
    }

    /// Returns whether any folder on the way to `path` is named one of `names`.
    static func isInside(_ path: String, anyOf names: Set<String>) -> Bool {
        path.split(separator: "/").dropLast().contains { names.contains(String($0)) }
    }

    /// Resolves `relative` against `folder`, applying `.` and `..` segments.
    ///
    /// Returns nil when the result would leave the repository. A trailing slash is dropped.
    static func resolve(_ relative: String, in folder: String) -> String? {
        var segments = folder.split(separator: "/")
        for segment in relative.split(separator: "/") {
            switch segment {
            case ".":
                continue
            case "..":
                guard segments.popLast() != nil else {
                    return nil
                }
            default:
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// Compiles globs written in this module's source code.
    static func builtInGlobs(_ patterns: [String]) -> [PathGlob] {
        patterns.map { pattern in
            do {
                return try PathGlob(pattern)
            } catch {
                preconditionFailure("built-in glob \(pattern) is invalid: \(error)")
            }
        }
    }
}
