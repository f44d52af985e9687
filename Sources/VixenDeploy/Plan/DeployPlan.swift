import VixenCore

/// What a deployment will do, step by step, and whether the gate lets it go ahead.
///
/// A plan is a value: building, printing or encoding it has no side effects. The deploy runner decodes
/// it from `vixen-gate plan --format json` and carries it out.
public struct DeployPlan: Sendable, Equatable {
    public let target: DeployTarget
    public let version: VersionDecision
    public let range: PlanRange
    /// Every component the range changes, deployable or not, in ``Component`` order.
    public let changedComponents: [Component]
    public let migrations: [PlannedMigration]
    public let steps: [PlanStep]
    public let checklist: [ChecklistItem]
    /// The rules whose findings block the deployment, sorted; empty when the gate passes.
    public let blockingRules: [RuleID]
    public let notes: [PlanNote]
    /// The test outcome of each application and of every component with a test command, in
    /// ``Component`` order, or empty when the input left tests out.
    public let tests: [TestOutcome]

    public init(
        target: DeployTarget, version: VersionDecision, range: PlanRange, changedComponents: [Component],
        migrations: [PlannedMigration], steps: [PlanStep], checklist: [ChecklistItem], blockingRules: [RuleID],
        notes: [PlanNote], tests: [TestOutcome] = []
    ) {
        self.target = target
        self.version = version
        self.range = range
        self.changedComponents = changedComponents
        self.migrations = migrations
        self.steps = steps
        self.checklist = checklist
        self.blockingRules = blockingRules
        self.notes = notes
        self.tests = tests
    }

    /// The changed components that are deployed: all but DOCS and TESTS.
    public var components: [Component] { changedComponents.filter(\.isDeployable) }

    /// True when the range changes a deployable component.
    public var deploys: Bool { !components.isEmpty }

    /// The gate's verdict: true when a finding blocks the deployment.
    public var blocked: Bool { !blockingRules.isEmpty }

    /// The outcomes that no step shows, such as every outcome of a production plan, which has no
    /// test steps.
    public var testsWithoutStep: [TestOutcome] {
        let componentsWithStep = Set(steps.compactMap { $0.test?.component })
        return tests.filter { !componentsWithStep.contains($0.component) }
    }
}

// Encoded by hand: ids, components and rule ids as text, absent values as `null`, and the derived facts
// (`state_target`, `components`, `deploys`, `blocked`) written for readers but recomputed when decoding.
// With ``CodingUserInfoKey/planText`` set, the language of the localized texts is written as well.
extension DeployPlan: Codable {
    enum CodingKeys: String, CodingKey {
        case target
        case stateTarget = "state_target"
        case version
        case versionReason = "version_reason"
        case range
        case components
        case changedComponents = "changed_components"
        case deploys
        case migrations
        case steps
        case checklist
        case blocked
        case blockingRules = "blocking_rules"
        case notes
        case tests
        case language
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decode(DeployTarget.self, forKey: .target)
        version = try container.decode(VersionDecision.self, forKey: .versionReason)
        range = try container.decode(PlanRange.self, forKey: .range)
        changedComponents = try container.decode([String].self, forKey: .changedComponents).map(Component.init)
        migrations = try container.decode([PlannedMigration].self, forKey: .migrations)
        steps = try container.decode([PlanStep].self, forKey: .steps)
        checklist = try container.decode([ChecklistItem].self, forKey: .checklist)
        var rules: [RuleID] = []
        for text in try container.decode([String].self, forKey: .blockingRules) {
            guard let rule = RuleID(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .blockingRules, in: container, debugDescription: "\"\(text)\" is not a rule id")
            }
            rules.append(rule)
        }
        blockingRules = rules
        notes = try container.decode([PlanNote].self, forKey: .notes)
        tests = try container.decodeIfPresent([TestOutcome].self, forKey: .tests) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target)
        try container.encode(target.stateTarget, forKey: .stateTarget)
        try container.encode(version.version, forKey: .version)
        try container.encode(version, forKey: .versionReason)
        try container.encode(range, forKey: .range)
        try container.encode(components.map(\.name), forKey: .components)
        try container.encode(changedComponents.map(\.name), forKey: .changedComponents)
        try container.encode(deploys, forKey: .deploys)
        try container.encode(migrations, forKey: .migrations)
        try container.encode(steps, forKey: .steps)
        try container.encode(checklist, forKey: .checklist)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(blockingRules.map(\.description), forKey: .blockingRules)
        try container.encode(notes, forKey: .notes)
        try container.encode(tests, forKey: .tests)
        if let text = encoder.userInfo[.planText] as? PlanText {
            try container.encode(text.language, forKey: .language)
        }
    }
}
