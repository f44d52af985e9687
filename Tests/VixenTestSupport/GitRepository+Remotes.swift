import Foundation

extension GitRepository {
    /// A `file://` URL of the repository.
    ///
    /// Unlike a plain path, it makes git use its transport protocol, so shallow clones and pushes
    /// behave as they do over the network.
    public var fileURL: String { "file://" + path }

    /// Clones this repository through ``fileURL`` and returns the clone.
    ///
    /// The clone shares this repository's sandbox: its home folder, its commit clock and,
    /// when `destination` is nil, its temporary folder.
    ///
    /// - Parameters:
    ///   - destination: An empty or missing folder; a new folder in the sandbox when nil.
    ///   - depth: The number of commits to fetch; the clone is shallow when set.
    ///   - bare: Makes a bare clone.
    public func clone(to destination: URL? = nil, depth: Int? = nil, bare: Bool = false) throws -> GitRepository {
        let target = try destination ?? sandbox.makeFolder(named: bare ? "clone.git" : "clone")
        var arguments = ["clone", "--quiet"]
        if bare {
            arguments.append("--bare")
        }
        if let depth {
            arguments += ["--depth", String(depth)]
        }
        arguments += [fileURL, target.path]
        try git(arguments)
        return GitRepository(url: target, isBare: bare, sandbox: sandbox)
    }

    /// Adds a remote named `name` that points to `url`.
    public func addRemote(_ name: String, url: String) throws {
        try git("remote", "add", name, url)
    }

    /// Adds a remote named `name` that points to `repository` through its ``fileURL``.
    public func addRemote(_ name: String, _ repository: GitRepository) throws {
        try addRemote(name, url: repository.fileURL)
    }

    /// Pushes `refspecs` to `remote` and returns git's output, which it writes to standard error.
    ///
    /// A rejected push throws; call ``run(_:environment:stdin:createsCommit:)`` instead to read
    /// the output of a push that is expected to fail.
    @discardableResult
    public func push(
        _ remote: String = "origin",
        _ refspecs: [String] = [],
        options: [String] = [],
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        let arguments = ["push"] + options + [remote] + refspecs
        let result = try run(arguments, environment: environment)
        guard result.status == 0 else {
            throw GitFixtureError.commandFailed(
                arguments: arguments, status: result.status, stdout: result.stdout, stderr: result.stderr)
        }
        return result
    }
}
