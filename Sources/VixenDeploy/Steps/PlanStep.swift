import VixenCore

/// One step of a deployment: who carries it out, what it does, the command it runs, and why it runs or
/// is skipped.
public struct PlanStep: Sendable, Equatable {
    public let role: DeployRole
    public let action: StepAction
    /// The component the step is about, or nil for a step about the whole deployment.
    public let component: Component?
    /// The command the step runs, or nil when people carry it out or no command is configured.
    public let command: String?
    public let reason: StepReason
    /// The component's test outcome on a step that checks a component's tests, or nil on every other
    /// step and when the plan's input left tests out.
    public let test: TestOutcome?

    public init(
        role: DeployRole, action: StepAction, component: Component? = nil, command: String?, reason: StepReason,
        test: TestOutcome? = nil
    ) {
        self.role = role
        self.action = action
        self.component = component
        self.command = command
        self.reason = reason
        self.test = test
    }

    /// True when the step does not run, which its ``reason`` decides.
    public var skipped: Bool { reason.skips }
}

// Encoded by hand so that absent values are written as `null`, the component by its name, and with
// ``CodingUserInfoKey/planLanguage`` set the localized description and reason as well.
extension PlanStep: Codable {
    enum CodingKeys: String, CodingKey {
        case role
        case action
        case component
        case command
        case reason
        case skipped
        case test
        case description
        case explanation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(DeployRole.self, forKey: .role)
        action = try container.decode(StepAction.self, forKey: .action)
        component = try container.decodeIfPresent(String.self, forKey: .component).map(Component.init)
        command = try container.decodeIfPresent(String.self, forKey: .command)
        reason = try container.decode(StepReason.self, forKey: .reason)
        test = try container.decodeIfPresent(TestOutcome.self, forKey: .test)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(action, forKey: .action)
        try container.encode(component?.name, forKey: .component)
        try container.encode(command, forKey: .command)
        try container.encode(reason, forKey: .reason)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(test, forKey: .test)
        if let text = encoder.userInfo[.planText] as? PlanText {
            try container.encode(text.description(of: self), forKey: .description)
            try container.encode(text.explanation(of: self), forKey: .explanation)
        }
    }
}
