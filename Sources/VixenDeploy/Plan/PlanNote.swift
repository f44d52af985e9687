/// A fact about the plan that people should know before they act on it.
public enum PlanNote: Sendable, Equatable {
    /// No deployment to staging is recorded, so the production plan runs up to HEAD, which may not be
    /// what ran on staging.
    case productionHeadIsHEAD(missingReference: String)
    /// The range has no commits: the environment already runs the head.
    case emptyRange
    /// The range changes no deployable component, so every deployment step is skipped.
    case nothingToDeploy
}

// With ``CodingUserInfoKey/planText`` set, the localized text is encoded as well.
extension PlanNote: Codable {
    enum CodingKeys: String, CodingKey {
        case code
        case reference
        case text
    }

    /// The stable identifier written to JSON.
    public var code: String {
        switch self {
        case .productionHeadIsHEAD: "production-head-is-head"
        case .emptyRange: "empty-range"
        case .nothingToDeploy: "nothing-to-deploy"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        switch code {
        case "production-head-is-head":
            self = .productionHeadIsHEAD(missingReference: try container.decode(String.self, forKey: .reference))
        case "empty-range":
            self = .emptyRange
        case "nothing-to-deploy":
            self = .nothingToDeploy
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .code, in: container, debugDescription: "unknown plan note \"\(code)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        if case .productionHeadIsHEAD(let reference) = self {
            try container.encode(reference, forKey: .reference)
        }
        if let text = encoder.userInfo[.planText] as? PlanText {
            try container.encode(text.text(of: self), forKey: .text)
        }
    }
}
