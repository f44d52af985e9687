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
    let range: Range
    let summary: Summary
    let language: String

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
        range = Range(
            base: report.range.base?.hex,
            head: report.range.head?.hex,
            commits: report.range.commits,
            staged: report.range.includesStaged,
            worktree: report.range.includesWorktree
        )

        func count(_ severity: Severity) -> Int {
            report.findings.filter { $0.severity == severity }.count
        }
        summary = Summary(
            errors: count(.error), warnings: count(.warning), info: count(.info), baselined: report.baselined)
        self.language = language.rawValue
    }
}
