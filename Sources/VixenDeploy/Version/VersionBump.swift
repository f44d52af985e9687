/// Which part of a semantic version a release raises.
public enum VersionBump: String, CaseIterable, Sendable, Codable, Comparable {
    case patch
    case minor
    case major

    private var rank: Int {
        switch self {
        case .patch: 0
        case .minor: 1
        case .major: 2
        }
    }

    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool {
        lhs.rank < rhs.rank
    }
}
