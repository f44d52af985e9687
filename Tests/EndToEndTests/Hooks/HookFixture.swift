import Foundation
import VixenTestSupport

/// A clone with a bare `origin`, a first commit pushed to `origin/main`, and the pre-push
/// hook installed by the built `vixen-gate hook install`.
///
/// The first commit holds ``blockingConfiguration``, which turns `git.file-too-large` into a
/// blocking error for files over 100 bytes. It takes the place of the secret scanner in these
/// tests, so a commit that adds ``largeFile`` must stop the push.
struct HookFixture {
    static let blockingConfiguration = """
        limits: {max_file_size: 100 B}
        severity: {git.file-too-large: error}

        """

    /// A text file of 200 bytes, over the configured limit.
    static let largeFile = String(repeating: "0123456789abcdefghi\n", count: 10)

    let origin: GitRepository
    let work: GitRepository
    /// The built vixen-gate that the hook runs.
    let executable: URL
    /// The full id of the first commit, which `origin/main` points to.
    let base: String

    /// - Parameter installHook: Runs `vixen-gate hook install` before the first push.
    init(installHook: Bool = true) throws {
        executable = try BuildProducts.vixenGate()
        origin = try GitRepository(bare: true)
        work = try origin.clone()
        try work.write(".vixen-gate.yml", Self.blockingConfiguration)
        try work.write("README.md", "# Orders\n")
        base = try work.commit("Add the gate's configuration")
        if installHook {
            try requireSuccess(try vixenGate(["hook", "install"]))
        }
        try work.push("origin", ["main"])
    }

    /// Runs the built vixen-gate in `directory` (the work tree by default) with the fixture's
    /// git environment, whose `LC_ALL=C` selects English unless `environment` replaces it.
    func vixenGate(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], stdin: String? = nil
    ) throws -> ProcessResult {
        try ProcessRunner.run(
            executable.path, arguments, in: directory ?? work.url,
            environment: work.environment.merging(environment) { _, added in added }, stdin: stdin, timeout: 30)
    }

    /// Runs `git push` with `arguments` in `repository` (the work tree by default) and returns
    /// its result whatever the exit status.
    func push(_ arguments: [String], from repository: GitRepository? = nil, environment: [String: String] = [:])
        throws -> ProcessResult
    {
        try (repository ?? work).run(["push"] + arguments, environment: environment)
    }

    /// Commits ``largeFile`` as `path`, and nothing else, and returns the commit's id.
    @discardableResult
    func commitLargeFile(_ path: String = "data/export.csv") throws -> String {
        try work.write(path, Self.largeFile)
        try work.git("add", path)
        return try work.commit("Add \(path)", all: false)
    }

    /// Returns the commit `ref` points to in `origin`, or nil when it does not exist there.
    func originCommit(_ ref: String) -> String? {
        try? origin.git("rev-parse", "--verify", "--quiet", ref)
    }

    /// Returns the first seven digits of `id`, as the hook prints commit ids.
    static func short(_ id: String) -> String {
        String(id.prefix(7))
    }
}

/// A command that was expected to succeed but did not.
struct UnexpectedFailure: Error, CustomStringConvertible {
    let result: ProcessResult

    var description: String {
        "exit status \(result.status)\nstdout: \(result.stdout)\nstderr: \(result.stderr)"
    }
}

/// Throws ``UnexpectedFailure`` unless `result` has exit status 0.
func requireSuccess(_ result: ProcessResult) throws {
    guard result.status == 0 else {
        throw UnexpectedFailure(result: result)
    }
}

/// Returns the lines the hook printed about each ref: its `vixen-gate: checking` line (in
/// either language), the indented line of each ref, and the line printed when nothing is new,
/// without git's own output and the report that follow.
func hookSummary(_ stderr: String) -> [String] {
    let lines = stderr.components(separatedBy: "\n")
    let headings = ["vixen-gate: checking ", "vixen-gate: comprobando "]
    guard let start = lines.firstIndex(where: { line in headings.contains { line.hasPrefix($0) } }) else {
        return []
    }
    var summary = [lines[start]]
    for line in lines[(start + 1)...] {
        guard line.hasPrefix("  ") || line == "No new commits to check; nothing blocks." else {
            break
        }
        summary.append(line)
    }
    return summary
}

/// Returns the file `name` resolves to through the test process's `PATH`, symbolic links resolved.
func executableOnPath(_ name: String) throws -> URL {
    let result = try ProcessRunner.run("/bin/sh", ["-c", "command -v \"$0\"", name])
    try requireSuccess(result)
    return URL(fileURLWithPath: result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        .resolvingSymlinksInPath()
}

/// Returns `value` as one single-quoted shell word.
func shellQuoted(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
