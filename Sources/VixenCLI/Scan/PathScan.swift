import Foundation
import VixenCore
import VixenReport

/// A scan of files and folders named on the command line, and of standard input for `-`.
///
/// Files are read whole and checked in batches, so memory stays bounded however large the folders
/// are. The checks get each file by its path relative to ``configurationRoot``, as `check` gets
/// repository paths, so the configuration's globs match from any current directory. The report
/// then names the file as given on the command line. A file reached twice, as by
/// `scan src ./src/a.py`, is scanned once, under the name it was first reached by.
struct PathScan {
    /// Content bytes read before the batch is checked.
    static let batchBytes = 32 << 20
    /// Files read before the batch is checked, for folders of many small files.
    static let batchFiles = 4096

    /// The paths as given, or nil for the current directory scanned by default.
    let arguments: [String?]
    let includesIgnored: Bool
    let checks: ScanChecks
    /// The resolved folder that configured paths are relative to, ending with `/`.
    ///
    /// It is the work tree root, or the current directory outside a repository. Files outside it keep
    /// their names as given, for the checks too.
    let configurationRoot: String?
    let currentDirectory: String
    let input: StandardInput

    /// Returns the report of the scan.
    ///
    /// - Throws: ``RunFailure`` naming the first path that does not exist, before anything is read,
    ///   then for the first file or folder that cannot be read.
    func run() throws(RunFailure) -> Report {
        for case let argument? in arguments where argument != "-" {
            do {
                _ = try FileSystemPath(argument, relativeTo: currentDirectory).kind(followingLinks: true)
            } catch {
                throw FileTreeWalker.failure(error, path: argument)
            }
        }

        let reader = WholeFileReader(maxFileSize: checks.configuration.limits.maxFileSize)
        let walker = FileTreeWalker(includesIgnored: includesIgnored, currentDirectory: currentDirectory)
        var batch = Batch()
        var findings: [Finding] = []
        /// The name each checked path is reported by.
        var displayPaths: [String: String] = [:]
        for argument in arguments {
            if argument == "-" {
                guard displayPaths.updateValue("-", forKey: "-") == nil else {
                    continue
                }
                let bytes = [UInt8](input.readAll())
                batch.add(reader.fileChange(bytes, size: Int64(bytes.count), displayPath: "-"))
                continue
            }
            try walker.walk(argument) { file throws(RunFailure) in
                let path = checkedPath(of: file)
                guard displayPaths[path] == nil else {
                    return
                }
                displayPaths[path] = file.displayPath
                do throws(SystemCallError) {
                    batch.add(try reader.load(file.path, displayPath: path))
                } catch {
                    throw FileTreeWalker.failure(error, path: file.displayPath)
                }
                if batch.isFull {
                    findings += try checks.findings(in: batch.changeSet)
                    batch = Batch()
                }
            }
        }
        if !batch.files.isEmpty {
            findings += try checks.findings(in: batch.changeSet)
        }

        let reported = findings.map { Self.renaming($0, to: $0.file.flatMap { displayPaths[$0] }) }
            .sorted(by: Finding.reportOrder)
        let names = arguments.map { $0 ?? "." }
        return Report(scope: .paths(names, files: displayPaths.count), findings: reported)
    }

    /// Returns the path the checks know `file` by: relative to ``configurationRoot`` when the file is
    /// inside it, else the name it was reached by.
    private func checkedPath(of file: FoundFile) -> String {
        guard let resolved = file.resolvedPath, let root = configurationRoot, resolved.hasPrefix(root) else {
            return file.displayPath
        }
        return String(resolved.dropFirst(root.count))
    }

    private static func renaming(_ finding: Finding, to file: String?) -> Finding {
        guard let file else {
            return finding
        }
        return Finding(
            rule: finding.rule, severity: finding.severity, file: file, line: finding.line, commit: finding.commit,
            message: finding.message, secret: finding.secret)
    }

    /// Files read and not yet checked.
    private struct Batch {
        private(set) var files: [FileChange] = []
        private var bytes = 0

        mutating func add(_ file: FileChange) {
            files.append(file)
            bytes += file.addedText.bytes.count
        }

        var isFull: Bool {
            bytes >= PathScan.batchBytes || files.count >= PathScan.batchFiles
        }

        /// The files as a change set of work tree files, which the checks read without a commit.
        var changeSet: ChangeSet {
            ChangeSet(base: nil, head: nil, diffBase: nil, commits: [], overall: [], worktree: files)
        }
    }
}
