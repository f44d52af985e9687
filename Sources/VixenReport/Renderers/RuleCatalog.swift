import VixenCore

/// The descriptions of the rules of a run, passed to renderers that list rules, such as SARIF.
///
/// A finding of a rule the catalog lacks still renders: the renderer describes it by its id alone.
public struct RuleCatalog: Sendable, Equatable {
    /// The descriptions sorted by rule id, one per id.
    public let rules: [RuleDescription]

    /// Keeps the first description of each rule id and sorts them by id.
    public init(_ rules: [RuleDescription]) {
        var seen = Set<RuleID>()
        var unique: [RuleDescription] = []
        for rule in rules where seen.insert(rule.id).inserted {
            unique.append(rule)
        }
        self.rules = unique.sorted { $0.id < $1.id }
    }

    public static let empty = RuleCatalog([])

    public func description(of rule: RuleID) -> RuleDescription? {
        rules.first { $0.id == rule }
    }
}
