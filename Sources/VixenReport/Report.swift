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

    public let range: Range
    /// The changed components, in ``Component`` order.
    public let components: [Component]
    public let files: [File]
    /// Findings sorted by file, line and rule.
    public let findings: [Finding]
    /// How many findings the secret baseline left out of ``findings``.
    public let baselined: Int

    public init(range: Range, components: [Component], files: [File], findings: [Finding], baselined: Int = 0) {
        self.range = range
        self.components = components
        self.files = files
        self.findings = findings
        self.baselined = baselined
    }

    /// True when any finding blocks.
    public var blocked: Bool { findings.contains { $0.severity.blocks } }

    /// The process exit status: 1 when blocked, else 0.
    public var exitStatus: Int32 { blocked ? 1 : 0 }
}
