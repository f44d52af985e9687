import VixenCore
import VixenReport

/// Reports shared by the renderer tests, built by hand so that every value is known.
enum ReportFixtures {
    static let baseID = ObjectID(hex: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d")
    static let headID = ObjectID(hex: "5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80")
    static let secretCommit = "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c"
    static let mobile = Component("MOBILE")
    static let billing = Component("BILLING")

    /// A pushed range with no commits, such as a new branch pointing at a commit the remote already has.
    static let emptyRange = Report(
        range: Report.Range(base: baseID, head: baseID, commits: 0, includesStaged: false, includesWorktree: false),
        components: [],
        files: [],
        findings: []
    )

    /// A range touching built-in and configured components and files with no component, with a
    /// rename, and findings on files, on a file the report does not list and on the whole range.
    ///
    /// The files and findings are deliberately out of order, so the tests also show the sorting.
    static let mixed = Report(
        range: Report.Range(base: baseID, head: headID, commits: 3, includesStaged: true, includesWorktree: false),
        components: [.database, mobile, .backend, billing, .frontend],
        files: [
            Report.File(path: "mobile/App.swift", oldPath: nil, status: .added, component: mobile),
            Report.File(path: "notes.txt", oldPath: nil, status: .deleted, component: nil),
            Report.File(path: "backend/app/main.py", oldPath: nil, status: .modified, component: .backend),
            Report.File(
                path: "frontend/src/api/client.ts", oldPath: "frontend/src/api.ts", status: .renamed,
                component: .frontend),
            Report.File(
                path: "backend/migrations/versions/0003_orders.py", oldPath: nil, status: .added,
                component: .database),
            Report.File(path: "billing/rates.py", oldPath: nil, status: .modified, component: billing),
            Report.File(path: "backend/app/config.py", oldPath: nil, status: .typeChanged, component: .backend),
            Report.File(path: "Makefile", oldPath: nil, status: .modified, component: nil),
        ],
        findings: [
            Finding(
                rule: RuleID(.migration, "missing-downgrade"), severity: .error,
                file: "backend/migrations/versions/0003_orders.py", line: 14,
                message: LocalizedText(
                    en: "downgrade() is empty.",
                    es: "downgrade() está vacío.")),
            Finding(
                rule: RuleID(.secret, "aws-access-key"), severity: .error,
                file: "backend/app/main.py", line: 12, commit: secretCommit,
                message: LocalizedText(
                    en: "AWS access key AKIA****MPLE; revoke it.",
                    es: "Clave de AWS AKIA****MPLE; revócala.")),
            Finding(
                rule: RuleID(.env, "undocumented-variable"), severity: .warning,
                file: "backend/app/main.py", line: 3,
                message: LocalizedText(
                    en: "PAYMENTS_URL is missing from .env.example.",
                    es: "Falta PAYMENTS_URL en .env.example.")),
            Finding(
                rule: RuleID(.git, "range-truncated"), severity: .info,
                message: LocalizedText(
                    en: "Only the newest 500 commits were read.",
                    es: "Solo se leyeron los 500 commits más recientes.")),
            Finding(
                rule: RuleID(.secret, "private-key"), severity: .error,
                file: "tmp/id_rsa", line: 1, commit: secretCommit,
                message: LocalizedText(
                    en: "Private key added and deleted again.",
                    es: "Clave privada añadida y borrada.")),
            Finding(
                rule: RuleID(.checklist, "release-notes"), severity: .info,
                file: "Makefile",
                message: LocalizedText(
                    en: "Mention the new release target.",
                    es: "Menciona el nuevo objetivo release.")),
        ]
    )

    /// A range whose only finding is one warning, so nothing blocks.
    static let singleWarning = Report(
        range: Report.Range(base: nil, head: headID, commits: 1, includesStaged: true, includesWorktree: true),
        components: [.docs],
        files: [Report.File(path: "docs/guide.md", oldPath: nil, status: .modified, component: .docs)],
        findings: [
            Finding(
                rule: RuleID(.git, "file-too-large"), severity: .warning, file: "docs/guide.md",
                message: LocalizedText(
                    en: "12 MB is over the 5 MB limit; use Git LFS.",
                    es: "12 MB supera el límite de 5 MB; usa Git LFS."))
        ]
    )

    /// A repository with no commits, checked with its work tree, whose file name and message contain
    /// control characters, and whose rename lacks its old path.
    static let unusual = Report(
        range: Report.Range(base: nil, head: nil, commits: 0, includesStaged: false, includesWorktree: true),
        components: [.docs],
        files: [
            Report.File(path: "evil\u{1B}[31m.py", oldPath: nil, status: .added, component: nil),
            Report.File(path: "docs/new.md", oldPath: nil, status: .renamed, component: .docs),
        ],
        findings: [
            Finding(
                rule: RuleID(.env, "undocumented-variable"), severity: .warning, file: "evil\u{1B}[31m.py", line: 2,
                message: LocalizedText(
                    en: "first line\nsecond line\r\nthird\u{7}",
                    es: "primera línea\nsegunda línea\r\ntercera\u{7}"))
        ]
    )

    /// Every fixture with its name, for tests that check a property of any report.
    static let all: [(name: String, report: Report)] = [
        ("emptyRange", emptyRange),
        ("mixed", mixed),
        ("singleWarning", singleWarning),
        ("unusual", unusual),
    ]
}
