/// One run of a component's test command, as `vixen-gate check --run-tests` reports it.
public struct ComponentTestRun: Sendable, Equatable {
    public let component: Component
    /// The command as configured, run with `/bin/sh -c`.
    public let command: String
    /// The folder it ran in, relative to the work tree's root; empty for the root itself.
    public let directory: String
    /// The command's exit status, or 128 plus the signal number when a signal ended it, as shells report it.
    public let exitStatus: Int32
    /// How long the command ran, in milliseconds of wall-clock time.
    public let milliseconds: Int64

    public init(component: Component, command: String, directory: String, exitStatus: Int32, milliseconds: Int64) {
        self.component = component
        self.command = command
        self.directory = directory
        self.exitStatus = exitStatus
        self.milliseconds = milliseconds
    }

    public var passed: Bool { exitStatus == 0 }

    /// The folder for messages: the directory, or `.` for the root.
    public var displayDirectory: String { directory.isEmpty ? "." : directory }
}
