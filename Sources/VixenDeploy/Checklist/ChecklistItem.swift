import VixenCore

/// One item of the pre-deployment checklist and where it stands for this range.
public struct ChecklistItem: Sendable, Equatable {
    public let id: ChecklistItemID
    public let status: ChecklistStatus
    /// The patterns of the rules that judge the item, from ``ChecklistMapping``; empty for an item people
    /// confirm.
    public let patterns: [RulePattern]
    /// The rules behind the status, sorted by id.
    ///
    /// For a verified or not-applicable item they are the rules that ran, for a failed one the rules
    /// whose findings block, for one with warnings the rules whose findings do not block, and for a
    /// manual one there are none.
    public let rules: [RuleID]

    public init(id: ChecklistItemID, status: ChecklistStatus, patterns: [RulePattern], rules: [RuleID]) {
        self.id = id
        self.status = status
        self.patterns = patterns
        self.rules = rules
    }

    public var area: ChecklistArea { id.area }
}

// Encoded by hand so that ids and patterns are written as text and, with ``CodingUserInfoKey/planText``
// set, the localized title and detail as well.
extension ChecklistItem: Codable {
    enum CodingKeys: String, CodingKey {
        case item
        case area
        case status
        case patterns
        case rules
        case title
        case detail
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ChecklistItemID.self, forKey: .item)
        status = try container.decode(ChecklistStatus.self, forKey: .status)
        patterns = try container.decode([String].self, forKey: .patterns).map { RulePattern($0) }
        var rules: [RuleID] = []
        for text in try container.decode([String].self, forKey: .rules) {
            guard let rule = RuleID(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .rules, in: container, debugDescription: "\"\(text)\" is not a rule id")
            }
            rules.append(rule)
        }
        self.rules = rules
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .item)
        try container.encode(area, forKey: .area)
        try container.encode(status, forKey: .status)
        try container.encode(patterns.map(\.text), forKey: .patterns)
        try container.encode(rules.map(\.description), forKey: .rules)
        if let text = encoder.userInfo[.planText] as? PlanText {
            try container.encode(text.title(of: self), forKey: .title)
            try container.encode(text.detail(of: self), forKey: .detail)
        }
    }
}
