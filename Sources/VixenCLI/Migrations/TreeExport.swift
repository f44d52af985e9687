import Foundation
import VixenCore
import VixenGit

/// Writes files of a commit into a folder, so tools that read files (psql, Alembic) see the
/// migrations exactly as committed, whatever the work tree contains.
///
/// NOTE: every entry is written as a regular file with mode 0644: executable bits are lost, and a
/// symbolic link becomes a file that contains its target's path.
struct TreeExport {
    let snapshot: TreeSnapshot
    let destination: URL

    /// Writes `paths` of the snapshot under ``destination``, keeping their relative paths.
    func write(_ paths: [String]) throws(RunFailure) {
        for path in paths {
            let bytes: [UInt8]
            do {
                guard let contents = try snapshot.contents(of: path) else {
                    continue
                }
                bytes = contents
            } catch let error as GitError {
                throw .git(error)
            } catch {
                throw .message(Catalog.migrationsExportFailed(path: path, reason: error.localizedDescription))
            }
            let file = destination.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: file)
            } catch {
                throw .message(Catalog.migrationsExportFailed(path: path, reason: error.localizedDescription))
            }
        }
    }
}
