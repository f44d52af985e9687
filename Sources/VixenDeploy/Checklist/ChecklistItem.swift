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
    /// For a verified item they are the rules that ran, for a failed one the rules whose findings block,
    /// and for a manual one there are none.
    public let rules: [RuleID]

    public init(id: ChecklistItemID, status: ChecklistStatus, patterns: [RulePattern], rules: [RuleID]) {
        self.id = id
        self.status = status
        self.patterns = patterns
        self.rules = rules
    }

    public var area: ChecklistArea { id.area }

    /// Returns every item of ``ChecklistMapping`` judged by the rules that ran and the findings they reported.
    ///
    /// - Parameters:
    ///   - rulesRun: The ids of the rules that ran over the range; only these can verify an item.
    ///   - findings: The findings of the range. A blocking finding fails an item even when its rule is
    ///     missing from `rulesRun`, as a team's own secret rules are.
    public static func evaluate(rulesRun: Set<RuleID>, findings: [Finding]) -> [ChecklistItem] {
        let blocking = Set(findings.filter { $0.severity.blocks }.map(\.rule))
        return ChecklistMapping.entries.map { entry in
            let matches = { (rule: RuleID) in entry.patterns.contains { $0.matches(rule) } }
            let failing = blocking.filter(matches).sorted()
            if !failing.isEmpty {
                return ChecklistItem(id: entry.item, status: .failed, patterns: entry.patterns, rules: failing)
            }
            let ran = rulesRun.filter(matches).sorted()
            let status: ChecklistStatus = ran.isEmpty ? .manual : .verified
            return ChecklistItem(id: entry.item, status: status, patterns: entry.patterns, rules: ran)
        }
    }
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
