import Foundation
import VixenCore
import VixenDeploy

/// The decision for tools: one JSON object with sorted keys and a trailing newline.
///
/// `decision` is `deploy`, `defer` or `refuse`; `reason` has a stable `code` and the localized
/// `text`; `figures` has the batching figures when the decision measured them. After a deployment,
/// `executed` and `rollback` list what each step did. Absent values are `null`.
struct DeployJSONRenderer {
    func render(_ outcome: DeployOutcome, language: Language) -> String {
        let document = DeployDocument(outcome, language: language)
        return JSONText.encode(document)
    }
}

/// The JSON object of one decision.
struct DeployDocument: Encodable {
    struct Reason: Encodable {
        let code: String
        let text: String
    }

    struct Pending: Encodable {
        let base: String
        let head: String
        let commits: Int
        let deployableCommits: Int
        let lines: Int
        let components: [String]

        enum CodingKeys: String, CodingKey {
            case base
            case head
            case commits
            case deployableCommits = "deployable_commits"
            case lines
            case components
        }
    }

    struct Step: Encodable {
        let role: String
        let action: String
        let component: String?
        let command: String?
        let description: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(role, forKey: .role)
            try container.encode(action, forKey: .action)
            try container.encode(component, forKey: .component)
            try container.encode(command, forKey: .command)
            try container.encode(description, forKey: .description)
        }

        enum CodingKeys: String, CodingKey {
            case role
            case action
            case component
            case command
            case description
        }
    }

    /// One step as the executor carried it out: `succeeded`, `failed` with its detail, or `skipped`.
    struct StepOutcome: Encodable {
        let role: String
        let action: String
        let component: String?
        let outcome: String
        let detail: String?

        init(_ result: StepResult) {
            role = result.step.role.rawValue
            action = result.step.action.rawValue
            component = result.step.component?.name
            switch result.outcome {
            case .succeeded:
                outcome = "succeeded"
                detail = nil
            case .skipped:
                outcome = "skipped"
                detail = nil
            case .failed(let text):
                outcome = "failed"
                detail = text
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(role, forKey: .role)
            try container.encode(action, forKey: .action)
            try container.encode(component, forKey: .component)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(detail, forKey: .detail)
        }

        enum CodingKeys: String, CodingKey {
            case role
            case action
            case component
            case outcome
            case detail
        }
    }

    let target: String
    let stateTarget: String
    let decision: String
    let reason: Reason
    let figures: BatchFigures?
    let deployedCommit: String?
    let pending: Pending?
    let sequence: Int
    let version: String?
    let components: [String]
    let reportLine: String?
    let dryRun: Bool
    let steps: [Step]
    let result: String?
    /// The outcome of each step of the run, or empty when nothing ran.
    let executed: [StepOutcome]
    /// The outcome of each part of the rollback, or nil when nothing was rolled back.
    let rollback: [StepOutcome]?
    let coolifyDeployments: [String]
    let previousImageTags: [String: String]
    let language: String

    init(_ outcome: DeployOutcome, language: Language) {
        let text = DecisionText(outcome: outcome)
        target = outcome.target.rawValue
        stateTarget = outcome.target.stateTarget.rawValue
        decision = outcome.decision.kind.rawValue
        reason = Reason(code: outcome.decision.reason.code, text: text.reason(language))
        figures = outcome.decision.figures
        deployedCommit = outcome.deployedCommit?.hex
        pending = outcome.pending.map { pending in
            Pending(
                base: pending.base.hex, head: pending.head.hex, commits: pending.commits.count,
                deployableCommits: pending.deployableCommits.count, lines: pending.deployableLines,
                components: pending.components.map(\.name))
        }
        sequence = outcome.sequence
        version = outcome.plan?.version.version.description
        components = outcome.plan?.components.map(\.name) ?? []
        reportLine = text.reportLine?(language)
        dryRun = outcome.dryRun
        if outcome.decision.kind == .deploy, let plan = outcome.plan {
            let planText = PlanText(plan: plan, language: language)
            steps = plan.steps.filter { !$0.skipped }.map { step in
                Step(
                    role: step.role.rawValue, action: step.action.rawValue, component: step.component?.name,
                    command: step.command, description: planText.description(of: step))
            }
        } else {
            steps = []
        }
        result = outcome.record?.result.rawValue
        executed = outcome.execution?.steps.map(StepOutcome.init) ?? []
        rollback = outcome.rollback?.steps.map(StepOutcome.init)
        coolifyDeployments = outcome.execution?.coolifyDeployments ?? []
        previousImageTags = outcome.execution?.previousImageTags ?? [:]
        self.language = language.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case target
        case stateTarget = "state_target"
        case decision
        case reason
        case figures
        case deployedCommit = "deployed_commit"
        case pending
        case sequence
        case version
        case components
        case reportLine = "report_line"
        case dryRun = "dry_run"
        case steps
        case result
        case executed
        case rollback
        case coolifyDeployments = "coolify_deployments"
        case previousImageTags = "previous_image_tags"
        case language
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target)
        try container.encode(stateTarget, forKey: .stateTarget)
        try container.encode(decision, forKey: .decision)
        try container.encode(reason, forKey: .reason)
        try container.encode(figures, forKey: .figures)
        try container.encode(deployedCommit, forKey: .deployedCommit)
        try container.encode(pending, forKey: .pending)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(version, forKey: .version)
        try container.encode(components, forKey: .components)
        try container.encode(reportLine, forKey: .reportLine)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(steps, forKey: .steps)
        try container.encode(result, forKey: .result)
        try container.encode(executed, forKey: .executed)
        try container.encode(rollback, forKey: .rollback)
        try container.encode(coolifyDeployments, forKey: .coolifyDeployments)
        try container.encode(previousImageTags, forKey: .previousImageTags)
        try container.encode(language, forKey: .language)
    }
}
