import VixenCore

/// A rule id, or a set of them written with `*`, such as `secret.*` or `checklist.docker-*`.
///
/// `*` stands for any run of characters, `.` included, and every other character stands for itself.
public struct RulePattern: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { text }

    public func matches(_ rule: RuleID) -> Bool {
        Self.matches(Array(text.utf8)[...], Array(rule.description.utf8)[...])
    }

    /// Matches by trying every split at each `*`; patterns have at most two stars, so this stays small.
    private static func matches(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else {
            return text.isEmpty
        }
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            return text.indices.contains { matches(rest, text[$0...]) } || matches(rest, text[text.endIndex...])
        }
        guard text.first == first else {
            return false
        }
        return matches(pattern.dropFirst(), text.dropFirst())
    }
}
