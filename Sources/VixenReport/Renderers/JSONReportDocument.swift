import VixenCore

/// The JSON shape of a ``Report``, with its key names and explicit nulls.
struct JSONReportDocument: Encodable {
    struct File: Encodable {
        let path: String
        let oldPath: String?
        let status: FileChange.Status
        let component: String?

        enum CodingKeys: String, CodingKey {
            case path
            case oldPath = "old_path"
            case status
            case component
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            if status == .renamed {
                try container.encode(oldPath, forKey: .oldPath)
            }
            try container.encode(status, forKey: .status)
            try container.encode(component, forKey: .component)
        }
    }

    struct Finding: Encodable {
        let rule: String
        let severity: Severity
        let file: String?
        let line: Int?
        let commit: String?
        let message: String

        enum CodingKeys: String, CodingKey {
            case rule
            case severity
            case file
            case line
            case commit
            case message
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(commit, forKey: .commit)
            try container.encode(message, forKey: .message)
        }
    }

    struct Range: Encodable {
        let base: String?
        let head: String?
        let commits: Int
        let staged: Bool
        let worktree: Bool

        enum CodingKeys: String, CodingKey {
            case base
            case head
            case commits
            case staged
            case worktree
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(base, forKey: .base)
            try container.encode(head, forKey: .head)
            try container.encode(commits, forKey: .commits)
            try container.encode(staged, forKey: .staged)
            try container.encode(worktree, forKey: .worktree)
        }
    }

    /// The files or history a scan read, in place of a range, as ``Report/Scope`` describes them.
    ///
    /// Every key is written, with null where it does not apply to the kind.
    struct Scope: Encodable {
        /// `paths` or `history`.
        let kind: String
        let paths: [String]?
        let files: Int?
        let allRefs: Bool?
        let commits: Int?

        enum CodingKeys: String, CodingKey {
            case kind
            case paths
            case files
            case allRefs = "all_refs"
            case commits
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(paths, forKey: .paths)
            try container.encode(files, forKey: .files)
            try container.encode(allRefs, forKey: .allRefs)
            try container.encode(commits, forKey: .commits)
        }
    }

    /// One test command that `--run-tests` ran.
    struct TestRun: Encodable {
        let component: String
        let command: String
        let directory: String
        let status: String
        let exitStatus: Int32
        /// Seconds, to the millisecond.
        let duration: Double

        enum CodingKeys: String, CodingKey {
            case component
            case command
            case directory
            case status
            case exitStatus = "exit_status"
            case duration
        }

        init(_ run: ComponentTestRun) {
            component = run.component.name
            command = run.command
            directory = run.displayDirectory
            status = run.passed ? "passed" : "failed"
            exitStatus = run.exitStatus
            duration = Double(run.milliseconds) / 1000
        }
    }

    /// The number of findings of each severity, and of findings the secret baseline left out.
    struct Summary: Encodable {
        let errors: Int
        let warnings: Int
        let info: Int
        let baselined: Int
    }

    let blocked: Bool
    let components: [String]
    let files: [File]
    let findings: [Finding]
    /// The range checked, or nil for a scan, which is written as null.
    let range: Range?
    /// The scope of a scan, or nil for a range, which leaves the key out so that the report of a range
    /// keeps its keys.
    let scope: Scope?
    let summary: Summary
    let language: String
    /// Present only when the report has test runs, so reports without `--run-tests` keep their keys.
    let tests: [TestRun]?

    enum CodingKeys: String, CodingKey {
        case blocked
        case components
        case files
        case findings
        case range
        case scope
        case summary
        case language
        case tests
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(components, forKey: .components)
        try container.encode(files, forKey: .files)
        try container.encode(findings, forKey: .findings)
        try container.encode(range, forKey: .range)
        try container.encodeIfPresent(scope, forKey: .scope)
        try container.encode(summary, forKey: .summary)
        try container.encode(language, forKey: .language)
        try container.encodeIfPresent(tests, forKey: .tests)
    }

    init(report: Report, language: Language) {
        blocked = report.blocked
        components = report.components.map(\.name)
        files = report.files.map { file in
            File(path: file.path, oldPath: file.oldPath, status: file.status, component: file.component?.name)
        }
        findings = report.findings.map { finding in
            Finding(
                rule: finding.rule.description,
                severity: finding.severity,
                file: finding.file,
                line: finding.line,
                commit: finding.commit,
                message: finding.message(language)
            )
        }
        switch report.scope {
        case .range(let range):
            self.range = Range(
                base: range.base?.hex,
                head: range.head?.hex,
                commits: range.commits,
                staged: range.includesStaged,
                worktree: range.includesWorktree
            )
            scope = nil
        case .paths(let paths, let files):
            range = nil
            scope = Scope(kind: "paths", paths: paths, files: files, allRefs: nil, commits: nil)
        case .history(let allReferences, let commits):
            range = nil
            scope = Scope(kind: "history", paths: nil, files: nil, allRefs: allReferences, commits: commits)
        }

        func count(_ severity: Severity) -> Int {
            report.findings.filter { $0.severity == severity }.count
        }
        summary = Summary(
            errors: count(.error), warnings: count(.warning), info: count(.info), baselined: report.baselined)
        self.language = language.rawValue
        tests = report.testRuns.map { $0.map(TestRun.init) }
    }
}
