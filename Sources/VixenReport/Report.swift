import VixenCore

/// The outcome of one run of the gate, ready to render in any format.
public struct Report: Sendable, Equatable {
    /// The commits that were checked.
    public struct Range: Sendable, Equatable {
        public let base: ObjectID?
        public let head: ObjectID?
        public let commits: Int
        /// True when the index was checked too.
        public let includesStaged: Bool
        /// True when the work tree was checked too.
        public let includesWorktree: Bool

        public init(base: ObjectID?, head: ObjectID?, commits: Int, includesStaged: Bool, includesWorktree: Bool) {
            self.base = base
            self.head = head
            self.commits = commits
            self.includesStaged = includesStaged
            self.includesWorktree = includesWorktree
        }
    }

    /// One changed file and the component it belongs to, if any.
    public struct File: Sendable, Equatable {
        public let path: String
        public let oldPath: String?
        public let status: FileChange.Status
        public let component: Component?

        public init(path: String, oldPath: String?, status: FileChange.Status, component: Component?) {
            self.path = path
            self.oldPath = oldPath
            self.status = status
            self.component = component
        }
    }

    /// The extent of a run: the commits of a range, or the files and history that `vixen-gate scan`
    /// read whole.
    public enum Scope: Sendable, Equatable {
        case range(Range)
        /// Files and folders as named on the command line (`-` for standard input), and how many
        /// files were read in them.
        case paths([String], files: Int)
        /// Every commit reachable from HEAD, or from every reference when `allReferences` is true.
        case history(allReferences: Bool, commits: Int)
    }

    public let scope: Scope
    /// The changed components, in ``Component`` order; empty for a scan.
    public let components: [Component]
    /// The changed files; empty for a scan.
    public let files: [File]
    /// Findings sorted by file, line and rule.
    public let findings: [Finding]
    /// The test commands that `check --run-tests` ran, in the order they ran; nil without
    /// `--run-tests`, so a report can tell "none needed" from "not asked".
    public let testRuns: [ComponentTestRun]?
    /// How many findings the secret baseline left out of ``findings``.
    public let baselined: Int

    /// Creates a report; a scan passes no components or files, because it reads files rather than changes.
    public init(
        scope: Scope, components: [Component] = [], files: [File] = [], findings: [Finding],
        testRuns: [ComponentTestRun]? = nil, baselined: Int = 0
    ) {
        self.scope = scope
        self.components = components
        self.files = files
        self.findings = findings
        self.testRuns = testRuns
        self.baselined = baselined
    }

    public init(
        range: Range, components: [Component], files: [File], findings: [Finding],
        testRuns: [ComponentTestRun]? = nil, baselined: Int = 0
    ) {
        self.init(
            scope: .range(range), components: components, files: files, findings: findings, testRuns: testRuns,
            baselined: baselined)
    }

    /// The commits that were checked, or nil for a scan.
    public var range: Range? {
        if case .range(let range) = scope {
            return range
        }
        return nil
    }

    /// True when any finding blocks.
    public var blocked: Bool { findings.contains { $0.severity.blocks } }

    /// The process exit status: 1 when blocked, else 0.
    public var exitStatus: Int32 { blocked ? 1 : 0 }
}
