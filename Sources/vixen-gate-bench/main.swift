import Foundation
import VixenGit

// Reads every commit's changes over a repository's history and prints what it read, so the
// benchmark scripts can time it against `git log -p` on the same history.
//
//   vixen-gate-bench history REPO [REV]

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments[1] == "history" else {
    FileHandle.standardError.write(Data("usage: vixen-gate-bench history REPO [REV]\n".utf8))
    exit(2)
}
do {
    let repository = try Repository.open(
        path: arguments[2], currentDirectory: FileManager.default.currentDirectoryPath, environment: [:])
    let head = try repository.resolveCommit(arguments.count > 3 ? arguments[3] : "HEAD")
    var commits = 0
    var files = 0
    var lines = 0
    var bytes = 0
    let renameLimit = Int(ProcessInfo.processInfo.environment["VG_RENAME_LIMIT"] ?? "") ?? 1000
    try repository.forEachCommit(base: nil, head: head, options: ReadOptions(renameLimit: renameLimit)) { commit in
        commits += 1
        files += commit.files.count
        for file in commit.files {
            lines += file.addedText.lines.count
            bytes += file.addedText.bytes.count
        }
    }
    print("commits=\(commits) files=\(files) added_lines=\(lines) added_bytes=\(bytes)")
} catch {
    FileHandle.standardError.write(Data("vixen-gate-bench: \(error)\n".utf8))
    exit(2)
}
