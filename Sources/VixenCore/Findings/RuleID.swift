/// A rule identifier of the form `<family>.<name>`, such as `git.file-too-large`.
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The families of rules; each check owns one.
    public enum Family: String, CaseIterable, Sendable {
        case git
        case secret
        case migration
        case env
        case checklist
    }

    public let family: Family
    public let name: String

    public init(_ family: Family, _ name: String) {
        self.family = family
        self.name = name
    }

    /// Parses `family.name`; returns nil for an unknown family or an empty name.
    public init?(parsing text: String) {
        guard let dot = text.firstIndex(of: ".") else {
            return nil
        }
        guard let family = Family(rawValue: String(text[..<dot])) else {
            return nil
        }
        let name = String(text[text.index(after: dot)...])
        guard !name.isEmpty else {
            return nil
        }
        self.init(family, name)
    }

    public var description: String { "\(family.rawValue).\(name)" }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.description < rhs.description
    }
}
