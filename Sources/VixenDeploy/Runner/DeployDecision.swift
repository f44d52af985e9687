/// The runner's decision about the pending changes of one target, with its reason.
public struct DeployDecision: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case deploy
        case `defer`
        case refuse
    }

    public let kind: Kind
    public let reason: DecisionReason
    /// The batching figures, when the decision got as far as measuring them.
    public let figures: BatchFigures?

    public init(kind: Kind, reason: DecisionReason, figures: BatchFigures? = nil) {
        self.kind = kind
        self.reason = reason
        self.figures = figures
    }

    public static func deploy(_ reason: DecisionReason, figures: BatchFigures? = nil) -> DeployDecision {
        DeployDecision(kind: .deploy, reason: reason, figures: figures)
    }

    public static func postpone(_ reason: DecisionReason, figures: BatchFigures? = nil) -> DeployDecision {
        DeployDecision(kind: .defer, reason: reason, figures: figures)
    }

    public static func refuse(_ reason: DecisionReason, figures: BatchFigures? = nil) -> DeployDecision {
        DeployDecision(kind: .refuse, reason: reason, figures: figures)
    }
}
