import Foundation
import VixenChecks
import VixenCore
import VixenGit

/// The file versions of a history that may carry findings, chosen commit by commit, parents first,
/// from the fingerprints of the secrets in each blob.
///
/// A secret counts as added to a path by the first commit whose version of the path contains it, and
/// is never added to that path again. So each secret is reported once per file, with the commit that
/// added it, as `check` reports it. A secret that arrives with a file moved from a path the same
/// commit deletes was added where it first appeared. Only the versions that add a secret, add a
/// file that contains credentials by its name, or exceed the size limit become candidates. The
/// checks then read the candidates whole, and ``keeps(_:)`` picks which of their findings to report.
struct HistoryCandidates {
    typealias Commit = HistoryCommit<Set<String>>

    let repository: Repository
    let maxFileSize: Int64

    /// The candidate commits, each with its candidate files, in visiting order.
    private(set) var commits: [CommitChange] = []
    /// Bytes of the candidates' contents, to know when to check them and start again.
    private(set) var contentBytes = 0

    /// The fingerprints every version of each path has had so far.
    private var fingerprintsByPath: [String: Set<String>] = [:]
    /// `commit`, path and fingerprint of each secret a candidate adds.
    private var addedSecrets = Set<String>()
    /// `commit` and path of each candidate that adds a file holding credentials by its name.
    private var addedSensitiveFiles = Set<String>()
    private var sensitivePaths = Set<String>()
    /// Path and blob of each version over the size limit already reported.
    private var largeVersions = Set<String>()

    init(repository: Repository, maxFileSize: Int64) {
        self.repository = repository
        self.maxFileSize = maxFileSize
    }

    /// Chooses the candidates among the files of `commit`.
    mutating func visit(_ commit: Commit) throws(GitError) {
        var files: [FileChange] = []
        for file in commit.files {
            if let candidate = try candidate(file, in: commit) {
                files.append(candidate)
                contentBytes += candidate.addedText.bytes.count
            }
        }
        guard !files.isEmpty else {
            return
        }
        commits.append(
            CommitChange(
                id: commit.id, parents: [], summary: "", authorName: "", time: Date(timeIntervalSince1970: 0),
                files: files))
    }

    /// Returns whether a finding of the checks over the candidates is one to report.
    ///
    /// Those are a secret that its commit added to its file, a file with credentials by its name
    /// that its commit added, and a version over the size limit.
    func keeps(_ finding: Finding) -> Bool {
        let commit = finding.commit ?? ""
        let file = finding.file ?? ""
        if let secret = finding.secret {
            return addedSecrets.contains(Self.key(commit, file, secret.fingerprint))
        }
        if finding.rule.family == .secret {
            return addedSensitiveFiles.contains(Self.key(commit, file))
        }
        return true
    }

    /// Forgets the candidates once the checks have read them, keeping what was seen of each path.
    mutating func removeCommits() {
        commits = []
        contentBytes = 0
    }

    private mutating func candidate(_ file: HistoryFile<Set<String>>, in commit: Commit) throws(GitError) -> FileChange?
    {
        let status: FileChange.Status = file.isNewPath ? .added : .modified
        let repository = self.repository
        var loaded: [UInt8]?
        // As in `check`, a binary or too large file is not read, so only the kinds known by name alone
        // can match it.
        let load = { () throws(GitError) -> [UInt8] in
            guard case .text = file.blob.content else {
                return []
            }
            if let loaded {
                return loaded
            }
            let bytes = try repository.blobContents(file.blob.id, path: file.path)
            loaded = bytes
            return bytes
        }
        let sensitive = try isNewSensitiveFile(file, load: load)
        if sensitive {
            addedSensitiveFiles.insert(Self.key(commit.id.hex, file.path))
        }

        switch file.blob.content {
        case .tooLarge:
            guard largeVersions.insert(Self.key(file.path, file.blob.id.hex)).inserted else {
                return nil
            }
            return FileChange(
                path: file.path, status: status, content: .tooLarge(limit: maxFileSize), size: file.blob.size,
                newBlob: file.blob.id)
        case .binary:
            guard sensitive else {
                return nil
            }
            return FileChange(
                path: file.path, status: status, content: .binary, size: file.blob.size, newBlob: file.blob.id)
        case .text(let fingerprints):
            let added = addedFingerprints(fingerprints, file, in: commit)
            guard !added.isEmpty || sensitive else {
                return nil
            }
            for fingerprint in added {
                addedSecrets.insert(Self.key(commit.id.hex, file.path, fingerprint))
            }
            let text = WholeFileReader.addedText(try load())
            return FileChange(
                path: file.path, status: status, content: .text(text), size: file.blob.size, newBlob: file.blob.id)
        }
    }

    /// Returns the fingerprints of `file` that no earlier version of its path had, and records all of
    /// them as seen at that path.
    private mutating func addedFingerprints(
        _ fingerprints: Set<String>, _ file: HistoryFile<Set<String>>, in commit: Commit
    ) -> Set<String> {
        guard !fingerprints.isEmpty else {
            return []
        }
        var added = fingerprints.subtracting(fingerprintsByPath[file.path] ?? [])
        if file.isNewPath, !added.isEmpty {
            for deleted in commit.deletedBlobs {
                if case .text(let moved) = deleted.content {
                    added.subtract(moved)
                }
            }
        }
        fingerprintsByPath[file.path, default: []].formUnion(fingerprints)
        return added
    }

    /// Returns whether the file is a new path with credentials by its name, the first time such a
    /// file appears at that path.
    private mutating func isNewSensitiveFile(
        _ file: HistoryFile<Set<String>>, load: () throws(GitError) -> [UInt8]
    ) throws(GitError) -> Bool {
        guard file.isNewPath, !sensitivePaths.contains(file.path) else {
            return false
        }
        var failure: GitError?
        let rule = SensitiveFileCheck.rule(forNewFile: file.path) {
            do throws(GitError) {
                return try load()
            } catch {
                failure = error
                return []
            }
        }
        if let failure {
            throw failure
        }
        guard rule != nil else {
            return false
        }
        sensitivePaths.insert(file.path)
        return true
    }

    private static func key(_ parts: String...) -> String {
        parts.joined(separator: "\u{0}")
    }
}
