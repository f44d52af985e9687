import VixenCore

/// Everything a plan is resolved from: the target, the version, the range and what the gate found in it.
///
/// The caller reads the repository and runs the gate; git facts come in here as values.
public struct PlanInput: Sendable {
    /// A file the range changes, with the component it belongs to.
    public struct ChangedFile: Sendable, Equatable {
        public let path: String
        public let status: FileChange.Status
        public let component: Component?

        public init(path: String, status: FileChange.Status, component: Component?) {
            self.path = path
            self.status = status
            self.component = component
        }
    }

    public var target: DeployTarget
    public var version: VersionDecision
    public var range: PlanRange
    public var files: [ChangedFile]
    public var findings: [Finding]
    /// The ids of the rules that ran over the range, which decide which checklist items can be verified.
    public var rulesRun: Set<RuleID>
    public var commands: DeployCommands
    /// Notes the caller adds, such as how it chose the range.
    public var notes: [PlanNote]
    /// The components' test commands and their runs, or nil to leave tests out of the plan.
    public var tests: PlanTestInput?

    public init(
        target: DeployTarget, version: VersionDecision, range: PlanRange, files: [ChangedFile],
        findings: [Finding], rulesRun: Set<RuleID>, commands: DeployCommands = .defaults, notes: [PlanNote] = [],
        tests: PlanTestInput? = nil
    ) {
        self.target = target
        self.version = version
        self.range = range
        self.files = files
        self.findings = findings
        self.rulesRun = rulesRun
        self.commands = commands
        self.notes = notes
        self.tests = tests
    }
}

extension DeployPlan {
    /// Resolves the plan for `input`: the changed components, the migrations, the steps of the target's
    /// workflow, the checklist and the gate's verdict.
    public static func resolve(_ input: PlanInput) -> DeployPlan {
        let changed = Set(input.files.compactMap(\.component))
        let migrations = input.files.filter { $0.component == .database }.map { file in
            PlannedMigration(path: file.path, status: file.status)
        }
        var factory = StepFactory(
            target: input.target, changed: changed, migrationCount: migrations.count, commands: input.commands)
        let tests = input.tests?.outcomes(for: factory.applications, changed: changed) ?? []
        factory.testOutcomes = Dictionary(uniqueKeysWithValues: tests.map { ($0.component, $0) })

        var notes = input.notes
        if input.range.commits == 0 {
            notes.append(.emptyRange)
        } else if !factory.deploys {
            notes.append(.nothingToDeploy)
        }
        let blocking = Set(input.findings.filter { $0.severity.blocks }.map(\.rule)).sorted()

        return DeployPlan(
            target: input.target, version: input.version, range: input.range, changedComponents: changed.sorted(),
            migrations: migrations, steps: DeploymentWorkflow.steps(factory),
            checklist: ChecklistItem.evaluate(
                rulesRun: input.rulesRun, findings: input.findings, files: input.files, tests: tests),
            blockingRules: blocking, notes: notes, tests: tests)
    }
}
