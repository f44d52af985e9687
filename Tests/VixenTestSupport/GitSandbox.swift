import Foundation

/// The private surroundings that a fixture repository shares with its clones: one temporary
/// folder, an empty home folder inside it, and the clock that dates their commits.
///
/// Sharing one clock keeps commit dates increasing across a repository and its clones, so
/// ordering commits by date gives the order in which the test made them.
final class GitSandbox {
    /// The date of the first commit: 2024-01-01 00:00:00 UTC.
    static let startDate = Date(timeIntervalSince1970: 1_704_067_200)
    static let secondsPerCommit: TimeInterval = 60

    static let authorName = "Vixen Tester"
    static let authorEmail = "tester@vixen-gate.invalid"

    let root: TemporaryDirectory
    /// `HOME` for every git call, so the developer's own `~/.gitconfig` cannot change results.
    let home: URL
    /// Commits dated so far; the next commit gets `startDate` plus this many minutes.
    private(set) var datedCommits = 0

    init() throws {
        root = try TemporaryDirectory(prefix: "vixen-gate-git")
        home = root.url.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: false)
    }

    /// Creates an empty folder in the sandbox, adding `-2`, `-3` and so on when `name` is taken.
    func makeFolder(named name: String) throws -> URL {
        var candidate = root.url.appendingPathComponent(name, isDirectory: true)
        var suffix = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = root.url.appendingPathComponent("\(name)-\(suffix)", isDirectory: true)
            suffix += 1
        }
        try FileManager.default.createDirectory(at: candidate, withIntermediateDirectories: false)
        return candidate
    }

    /// Returns the date of the commit numbered `index`, counting from zero.
    static func commitDate(index: Int) -> Date {
        startDate.addingTimeInterval(secondsPerCommit * TimeInterval(index))
    }

    /// Marks the date handed out by `environment(forNewCommit: true)` as used.
    func recordCommit() {
        datedCommits += 1
    }

    /// Returns the complete environment for one git call.
    ///
    /// A call that creates a commit gets the next unused date. Other calls get the date of the
    /// latest commit, which is also what annotated tags record.
    func environment(forNewCommit: Bool) -> [String: String] {
        let index = forNewCommit ? datedCommits : max(datedCommits - 1, 0)
        let seconds = Int(Self.commitDate(index: index).timeIntervalSince1970)
        let date = "\(seconds) +0000"
        return [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "LC_ALL": "C",
            "GIT_AUTHOR_NAME": Self.authorName,
            "GIT_AUTHOR_EMAIL": Self.authorEmail,
            "GIT_COMMITTER_NAME": Self.authorName,
            "GIT_COMMITTER_EMAIL": Self.authorEmail,
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
        ]
    }
}
