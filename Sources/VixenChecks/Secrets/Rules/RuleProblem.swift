import VixenCore

/// A problem with a rule file or one of its rules, at the place it is written.
///
/// `rules check` lists every problem; loading rules for a scan stops at errors and ignores
/// warnings.
public struct RuleProblem: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable {
        case error
        case warning
    }

    public let level: Level
    /// The file's display name.
    public let source: String
    public let position: RulePosition
    /// The id of the rule concerned, as written, or nil for a problem with the file itself.
    public let rule: String?
    public let message: LocalizedText

    public init(level: Level, source: String, position: RulePosition, rule: String?, message: LocalizedText) {
        self.level = level
        self.source = source
        self.position = position
        self.rule = rule
        self.message = message
    }

    /// The problem as `source:line:column: error: rule: message`, the form compilers use.
    public var line: LocalizedText {
        Catalog.rulesProblemLine(
            position: "\(source):\(position.line):\(position.column)", isError: level == .error, rule: rule,
            message: message)
    }

    public func formatted(_ language: Language) -> String {
        line(language)
    }
}
