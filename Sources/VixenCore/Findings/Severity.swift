/// How much a finding matters.
///
/// Only errors block a push or a deployment.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info
    case warning
    case error

    public var blocks: Bool { self == .error }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}
