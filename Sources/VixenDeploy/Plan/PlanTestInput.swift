import VixenCore

/// The facts a plan reports on the components' tests: the configured commands, the components whose
/// tests the change needs, and the runs when `--run-tests` ran them.
///
/// The caller decides which tests the change needs, as `check --run-tests` does, and runs them. The
/// plan only reports the outcome of each component.
public struct PlanTestInput: Sendable, Equatable {
    /// A test command that `checklist.tests` configures.
    public struct Command: Sendable, Equatable {
        public let component: Component
        public let command: String
        /// The folder it runs in, relative to the work tree's root; empty for the root itself.
        public let directory: String

        public init(component: Component, command: String, directory: String) {
            self.component = component
            self.command = command
            self.directory = directory
        }
    }

    /// Every configured command, changed component or not.
    public var commands: [Command]
    /// The components whose commands the change needs.
    public var needed: Set<Component>
    /// The commands that ran, or nil when the tests were not run.
    public var runs: [ComponentTestRun]?

    public init(commands: [Command], needed: Set<Component>, runs: [ComponentTestRun]?) {
        self.commands = commands
        self.needed = needed
        self.runs = runs
    }

    /// Returns the outcome of every component in `components`, in ``Component`` order, with the
    /// components that have a command or a run added.
    ///
    /// - Parameter changed: The components the range changes. A changed component without a command
    ///   is not configured, and an unchanged one is not run.
    func outcomes(for components: [Component], changed: Set<Component>) -> [TestOutcome] {
        let all = Set(components).union(commands.map(\.component)).union((runs ?? []).map(\.component))
        return all.sorted().map { outcome(for: $0, changed: changed) }
    }

    private func outcome(for component: Component, changed: Set<Component>) -> TestOutcome {
        if let run = runs?.first(where: { $0.component == component }) {
            return TestOutcome(run: run)
        }
        guard let configured = commands.first(where: { $0.component == component }) else {
            let status: TestOutcome.Status = changed.contains(component) ? .notConfigured : .notRun
            return TestOutcome(component: component, status: status)
        }
        let status: TestOutcome.Status = needed.contains(component) ? .toRun : .notRun
        return TestOutcome(
            component: component, status: status, command: configured.command, directory: configured.directory)
    }
}
