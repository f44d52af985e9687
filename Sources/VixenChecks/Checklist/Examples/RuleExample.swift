import VixenCore

/// A small change that a checklist rule must report, or must leave alone.
///
/// An example is a change of a few files on top of a few unchanged ones, with a configuration
/// and, for the test rule, the outcome of test commands. ``RuleExampleRunner`` turns it into a
/// ``CheckContext`` and compares the rule's findings with ``expected``.
public struct RuleExample: Sendable {
    /// One changed file of an example.
    public struct File: Sendable {
        public let path: String
        public let content: String
        /// The line numbers the change adds, or nil when the file is new and all its lines are added.
        public let addedLines: [Int]?
        /// The file's size in bytes, when it is not the content's: assets are described by size alone.
        public let size: Int64?
        public let status: FileChange.Status

        /// Returns a file that the change adds, every line of it.
        public static func added(_ path: String, _ content: String) -> File {
            File(path: path, content: content, addedLines: nil, size: nil, status: .added)
        }

        /// Returns a file that the change modifies, adding only the lines `addedLines`.
        public static func modified(_ path: String, _ content: String, addedLines: [Int]) -> File {
            File(path: path, content: content, addedLines: addedLines, size: nil, status: .modified)
        }

        /// Returns a binary file of `size` bytes that the change adds.
        public static func binary(_ path: String, size: Int64) -> File {
            File(path: path, content: "", addedLines: [], size: size, status: .added)
        }

        /// Returns a file that the change deletes.
        public static func deleted(_ path: String) -> File {
            File(path: path, content: "", addedLines: [], size: 0, status: .deleted)
        }
    }

    /// The place of an expected finding: a file, and a line unless the finding is about the whole file.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        public let file: String?
        public let line: Int?

        public init(_ file: String?, line: Int? = nil) {
            self.file = file
            self.line = line
        }

        public var description: String {
            let line = self.line.map { ":\($0)" } ?? ""
            return (file ?? "(range)") + line
        }
    }

    /// A one-line description of the example, for a failing test's message.
    public let summary: String
    public let changed: [File]
    /// Files at the head that the change leaves alone, by path.
    public let unchanged: [String: String]
    /// The `.vixen-gate.yml` text the example runs under.
    public let configuration: String
    /// The outcome of test commands, as `--run-tests` would give it; nil when they did not run.
    public let testRuns: [ComponentTestRun]?
    /// The places the rule must report; empty for an example the rule must leave alone.
    public let expected: [Location]

    public init(
        _ summary: String,
        changed: [File],
        unchanged: [String: String] = [:],
        configuration: String = "",
        testRuns: [ComponentTestRun]? = nil,
        expected: [Location] = []
    ) {
        self.summary = summary
        self.changed = changed
        self.unchanged = unchanged
        self.configuration = configuration
        self.testRuns = testRuns
        self.expected = expected
    }

    /// Unchanged files that make `frontend/` the FE component and `backend/` the BE component
    /// under layout detection.
    public static let appLayout = ["frontend/package.json": "{}\n", "backend/pyproject.toml": "[project]\n"]
}

/// A rule's examples: changes it must report and changes it must leave alone.
public struct RuleExamples: Sendable {
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]

    public init(triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
