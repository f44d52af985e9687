import Foundation

/// A real git repository in a temporary folder, driven through the `git` command, for tests
/// that need history on disk.
///
/// Every call runs with a fixed environment: a fixed author and committer, commit dates one
/// minute apart from ``firstCommitDate``, `LC_ALL=C`, no system configuration and an empty
/// private `HOME`. The same steps therefore give the same object ids in every run.
///
/// The temporary folder is deleted when the repository and all its clones made with
/// ``clone(to:depth:bare:)`` are released.
public final class GitRepository {
    public enum ObjectFormat: String, Sendable {
        case sha1
        case sha256
    }

    /// The name that authors and commits every commit.
    public static var authorName: String { GitSandbox.authorName }
    public static var authorEmail: String { GitSandbox.authorEmail }
    /// The date of the first commit; each later commit is one minute after the one before.
    public static var firstCommitDate: Date { GitSandbox.startDate }

    /// Options given before every git command.
    ///
    /// The file protocol must be allowed explicitly since git 2.38.1 for `git submodule add` from a
    /// local repository.
    static let configurationOptions = [
        "-c", "init.defaultBranch=main",
        "-c", "commit.gpgsign=false",
        "-c", "protocol.file.allow=always",
    ]

    /// The work tree, or the repository folder itself when bare.
    public let url: URL
    public let isBare: Bool
    let sandbox: GitSandbox

    public var path: String { url.path }

    /// The folder holding the objects and refs: `.git` in the work tree, or ``url`` when bare.
    public var gitDirectory: URL {
        isBare ? url : url.appendingPathComponent(".git", isDirectory: true)
    }

    /// The environment every git call gets, for running other programs on this repository under the
    /// same conditions.
    ///
    /// It sets `LC_ALL=C`, so a program that picks its language from the locale uses English unless
    /// the caller replaces `LC_ALL`.
    public var environment: [String: String] {
        sandbox.environment(forNewCommit: false)
    }

    /// Creates an empty repository in a new temporary folder.
    public convenience init(
        bare: Bool = false,
        initialBranch: String = "main",
        objectFormat: ObjectFormat = .sha1
    ) throws {
        let sandbox = try GitSandbox()
        let url = try sandbox.makeFolder(named: bare ? "repository.git" : "repository")
        self.init(url: url, isBare: bare, sandbox: sandbox)

        var arguments = [
            "init", "--quiet", "--initial-branch=\(initialBranch)", "--object-format=\(objectFormat.rawValue)",
        ]
        if bare {
            arguments.append("--bare")
        }
        try git(arguments)
    }

    init(url: URL, isBare: Bool, sandbox: GitSandbox) {
        self.url = url
        self.isBare = isBare
        self.sandbox = sandbox
    }

    // MARK: - Running git

    /// Runs `git` in ``url`` and returns its result whatever the exit status, for tests that
    /// expect a command to fail, such as a push that a hook rejects.
    ///
    /// - Parameters:
    ///   - environment: Variables added to the fixed environment, replacing it where names clash.
    ///   - createsCommit: True when the command makes a commit, so it gets the next commit date.
    public func run(
        _ arguments: [String],
        environment: [String: String] = [:],
        stdin: String? = nil,
        createsCommit: Bool = false
    ) throws -> ProcessResult {
        let fixed = sandbox.environment(forNewCommit: createsCommit)
        let result = try ProcessRunner.run(
            "git",
            Self.configurationOptions + arguments,
            in: url,
            environment: fixed.merging(environment) { _, added in added },
            stdin: stdin
        )
        if createsCommit, result.status == 0 {
            sandbox.recordCommit()
        }
        return result
    }

    /// Runs `git` like ``git(_:environment:stdin:createsCommit:)``, with variadic arguments.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    /// Runs `git` in ``url`` and returns its standard output without trailing newlines.
    ///
    /// - Parameters:
    ///   - environment: Variables added to the fixed environment, replacing it where names clash.
    ///   - createsCommit: True when the command makes a commit, so it gets the next commit date.
    /// - Throws: ``GitFixtureError/commandFailed(arguments:status:stdout:stderr:)`` on a
    ///   nonzero exit status.
    @discardableResult
    public func git(
        _ arguments: [String],
        environment: [String: String] = [:],
        stdin: String? = nil,
        createsCommit: Bool = false
    ) throws -> String {
        let result = try run(arguments, environment: environment, stdin: stdin, createsCommit: createsCommit)
        guard result.status == 0 else {
            throw GitFixtureError.commandFailed(
                arguments: arguments, status: result.status, stdout: result.stdout, stderr: result.stderr)
        }
        var output = result.stdout
        while output.hasSuffix("\n") {
            output.removeLast()
        }
        return output
    }

    // MARK: - Work tree files

    /// Writes UTF-8 text to `path` in the work tree, creating missing folders.
    public func write(_ path: String, _ contents: String) throws {
        try write(path, Array(contents.utf8))
    }

    /// Writes bytes to `path` in the work tree, creating missing folders.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let file = try workTreeURL(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Deletes a file or folder from the work tree.
    ///
    /// The index changes at the next ``commit(_:all:allowEmpty:)``.
    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: workTreeURL(path))
    }

    /// Moves a file in the work tree and creates missing folders.
    ///
    /// git detects the rename once the next commit stages both paths.
    public func move(_ source: String, _ destination: String) throws {
        let target = try workTreeURL(destination)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: workTreeURL(source), to: target)
    }

    private func workTreeURL(_ path: String) throws -> URL {
        guard !isBare else {
            throw GitFixtureError.noWorkTree(repository: self.path)
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !components.contains("..") else {
            throw GitFixtureError.invalidPath(path)
        }
        return url.appendingPathComponent(path)
    }

    // MARK: - History

    /// Commits and returns the new commit's full object id.
    ///
    /// - Parameters:
    ///   - all: Stages every change in the work tree first (`git add --all`), deletions and
    ///     untracked files included. When false, commits only what is already staged.
    ///   - allowEmpty: Allows a commit that changes nothing.
    @discardableResult
    public func commit(_ message: String, all: Bool = true, allowEmpty: Bool = false) throws -> String {
        if all {
            try git("add", "--all")
        }
        var arguments = ["commit", "--quiet", "--message", message]
        if allowEmpty {
            arguments.append("--allow-empty")
        }
        try git(arguments, createsCommit: true)
        return try head()
    }

    /// Creates a branch at `startPoint` without switching to it.
    public func branch(_ name: String, at startPoint: String = "HEAD") throws {
        try git("branch", name, startPoint)
    }

    /// Switches the work tree to `reference`, first creating it as a branch when `createBranch` is true.
    public func checkout(_ reference: String, createBranch: Bool = false) throws {
        if createBranch {
            try git("checkout", "--quiet", "-b", reference)
        } else {
            try git("checkout", "--quiet", reference)
        }
    }

    /// Merges `branch` into the current branch with a merge commit, even when a fast-forward is
    /// possible, and returns the merge commit's object id.
    ///
    /// A conflict throws.
    @discardableResult
    public func merge(_ branch: String, message: String) throws -> String {
        try git(["merge", "--no-ff", "--quiet", "--message", message, branch], createsCommit: true)
        return try head()
    }

    /// Creates a tag at `target`: an annotated tag when `message` is given, else a lightweight one.
    public func tag(_ name: String, at target: String = "HEAD", message: String? = nil) throws {
        if let message {
            try git("tag", "--annotate", "--message", message, name, target)
        } else {
            try git("tag", name, target)
        }
    }

    /// Returns the full object id of `HEAD`.
    public func head() throws -> String {
        try revParse("HEAD")
    }

    /// Returns the full object id that `revision` names, such as `main~1` or `v1^{commit}`.
    public func revParse(_ revision: String) throws -> String {
        try git("rev-parse", "--verify", "--end-of-options", revision)
    }

    /// Returns the short name of the branch `HEAD` points to.
    public func currentBranch() throws -> String {
        try git("symbolic-ref", "--short", "HEAD")
    }
}
