/// A small range that an env rule must report at given places, or must leave alone.
///
/// The range goes from the files in ``base`` to the files in ``head``; ``EnvScenario`` works out
/// the added lines with a line diff, so an example reads like the two versions of a commit.
public struct EnvRuleExample: Sendable, CustomStringConvertible {
    public let summary: String
    /// The files before the change, or nil for a range that starts at the root commit.
    public let base: [String: String]?
    public let head: [String: String]
    /// The `.vixen-gate.yml` text the example runs under.
    public let configuration: String
    /// The places the rule must report, as `file:line`; empty for an example it must leave alone.
    public let expected: [String]

    public init(
        _ summary: String, base: [String: String]? = [:], head: [String: String], configuration: String = "",
        expected: [String] = []
    ) {
        self.summary = summary
        self.base = base
        self.head = head
        self.configuration = configuration
        self.expected = expected
    }

    /// Returns an example whose head is `base` with `changes` laid over it.
    public static func change(
        _ summary: String, base: [String: String], changes: [String: String], configuration: String = "",
        expected: [String] = []
    ) -> EnvRuleExample {
        EnvRuleExample(
            summary, base: base, head: base.merging(changes) { $1 }, configuration: configuration, expected: expected)
    }

    public var triggers: Bool { !expected.isEmpty }

    public var description: String { summary }

    /// Unchanged files that make `backend/` the BE component and `frontend/` the FE component
    /// under layout detection.
    public static let appLayout = [
        "backend/pyproject.toml": "[project]\nname = \"api\"\n", "frontend/package.json": "{}\n",
    ]
}
