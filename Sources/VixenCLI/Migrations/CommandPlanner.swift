import VixenConfig
import VixenGit

// TODO: the migration discovery for every framework replaces this planner; it counts Alembic
// revision files to know how many times to run the configured up command.

/// Counts the Alembic revisions of a commit under the configured working directory: Python files
/// in a `versions` folder that assign both `revision` and `down_revision`.
enum CommandPlanner {
    /// Returns the revision files' paths under `folder` (empty for the repository root).
    static func revisionFiles(in snapshot: TreeSnapshot, under folder: String) throws -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var files: [String] = []
        for path in snapshot.paths where path.hasPrefix(prefix) && path.hasSuffix(".py") {
            let parts = path.split(separator: "/")
            guard parts.count >= 2, parts[parts.count - 2] == "versions" else {
                continue
            }
            guard let bytes = try snapshot.contents(of: path) else {
                continue
            }
            if declaresRevision(String(decoding: bytes, as: UTF8.self)) {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// True when a line starts with `revision` and another with `down_revision`, each followed by
    /// `=` or a type annotation, as Alembic's templates write them.
    static func declaresRevision(_ source: String) -> Bool {
        let lines = source.split(separator: "\n")
        let assigns = { (name: String) in
            lines.contains { line in
                guard line.hasPrefix(name) else {
                    return false
                }
                let rest = line.dropFirst(name.count).drop { $0 == " " }
                return rest.hasPrefix("=") || rest.hasPrefix(":")
            }
        }
        return assigns("revision") && assigns("down_revision")
    }
}
