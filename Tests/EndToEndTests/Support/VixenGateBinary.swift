import Foundation
import VixenTestSupport

/// The built `vixen-gate` executable, run as a user runs it from a shell.
///
/// Every run gets an environment built from scratch: the test process's `PATH`, a `HOME` that
/// points at an empty folder owned by this value, and only the variables a test passes. So
/// `GIT_DIR`, `LANG`, `NO_COLOR` and the like from the developer's shell never reach the child,
/// and standard output is a pipe, not a terminal.
struct VixenGateBinary {
    /// The seconds one run may take before it is killed.
    ///
    /// A check of a fixture repository takes well under a second, so reaching this means the
    /// binary hangs.
    static let timeout: TimeInterval = 30

    let executable: URL
    /// The child's `HOME`, empty so that no user or global git configuration applies.
    let home: TemporaryDirectory

    init() throws {
        executable = try BuildProducts.vixenGate()
        home = try TemporaryDirectory(prefix: "vixen-gate-e2e-home")
    }

    /// Runs the binary with `arguments` in `directory` and returns its exit status and output.
    ///
    /// - Parameter environment: Variables added to `PATH` and `HOME`, such as `LANG`.
    func run(
        _ arguments: [String],
        in directory: URL,
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        let base = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
        ]
        return try ProcessRunner.run(
            executable.path,
            arguments,
            in: directory,
            environment: base.merging(environment) { _, added in added },
            timeout: Self.timeout
        )
    }

    /// Runs `vixen-gate check --format json` with `arguments` and decodes the report it prints.
    ///
    /// - Throws: ``JSONReportError`` with the whole output when standard output is not a report,
    ///   as after a run that failed with exit status 2.
    func checkJSON(
        _ arguments: [String],
        in directory: URL,
        environment: [String: String] = [:]
    ) throws -> (result: ProcessResult, report: JSONReport) {
        let result = try run(["check", "--format", "json"] + arguments, in: directory, environment: environment)
        return (result, try JSONReport.decode(result))
    }
}
