import VixenCore

/// The state of one component's tests in a plan: to be run, passed, failed, or not run and why.
///
/// `vixen-gate plan` runs the configured test commands only with `--run-tests`; without it the
/// tests that the change needs are to be run.
public struct TestOutcome: Sendable, Equatable {
    /// The state of the tests, as a stable English id written to JSON.
    public enum Status: String, CaseIterable, Sendable, Codable {
        /// The change needs the tests and they have not run yet.
        case toRun = "to-run"
        /// The command exited with status 0.
        case passed
        /// The command exited with another status, or a signal ended it.
        case failed
        /// The tests are not needed: neither the component nor a test file under its folder changed.
        case notRun = "not-run"
        /// The component changed, but `checklist.tests` configures no command for it.
        case notConfigured = "not-configured"
    }

    public let component: Component
    public let status: Status
    /// The configured command, run with `/bin/sh -c`, or nil when none is configured.
    public let command: String?
    /// The folder the command runs in, relative to the work tree's root and empty for the root, or nil
    /// when no command is configured.
    public let directory: String?
    /// The command's exit status after it ran, or nil when it did not run.
    public let exitStatus: Int32?
    /// How long the command ran, in milliseconds of wall-clock time, or nil when it did not run.
    public let milliseconds: Int64?

    public init(
        component: Component, status: Status, command: String? = nil, directory: String? = nil,
        exitStatus: Int32? = nil, milliseconds: Int64? = nil
    ) {
        self.component = component
        self.status = status
        self.command = command
        self.directory = directory
        self.exitStatus = exitStatus
        self.milliseconds = milliseconds
    }

    /// Returns the outcome of a command that ran.
    public init(run: ComponentTestRun) {
        self.init(
            component: run.component, status: run.passed ? .passed : .failed, command: run.command,
            directory: run.directory, exitStatus: run.exitStatus, milliseconds: run.milliseconds)
    }

    /// True when the command ran, whatever its result.
    public var ran: Bool { status == .passed || status == .failed }
}

// Encoded by hand so that the component is written by its name, absent values as `null`, and with
// ``CodingUserInfoKey/planText`` set the localized sentence as well.
extension TestOutcome: Codable {
    enum CodingKeys: String, CodingKey {
        case component
        case status
        case command
        case directory
        case exitStatus = "exit_status"
        case milliseconds
        case text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        component = Component(try container.decode(String.self, forKey: .component))
        status = try container.decode(Status.self, forKey: .status)
        command = try container.decodeIfPresent(String.self, forKey: .command)
        directory = try container.decodeIfPresent(String.self, forKey: .directory)
        exitStatus = try container.decodeIfPresent(Int32.self, forKey: .exitStatus)
        milliseconds = try container.decodeIfPresent(Int64.self, forKey: .milliseconds)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(component.name, forKey: .component)
        try container.encode(status, forKey: .status)
        try container.encode(command, forKey: .command)
        try container.encode(directory, forKey: .directory)
        try container.encode(exitStatus, forKey: .exitStatus)
        try container.encode(milliseconds, forKey: .milliseconds)
        if let text = encoder.userInfo[.planText] as? PlanText {
            try container.encode(text.result(of: self), forKey: .text)
        }
    }
}
