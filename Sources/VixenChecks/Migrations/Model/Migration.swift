import VixenConfig

/// One migration read from a tree: where it is, how it is undone and what it runs.
struct Migration: Sendable, Equatable {
    let framework: MigrationFramework
    /// The identifier the tool records: an Alembic revision, a file's version and name, a
    /// Liquibase `author:id`.
    let id: String
    /// The file that contains the forward part.
    let path: String
    /// The first line of the migration: 1 for a whole file, a Liquibase changeset's line.
    let line: Int
    /// The separate file that undoes the migration, for frameworks that keep one.
    let downPath: String?
    /// The version that orders the file in its folder, without leading zeros; nil where file
    /// names carry none.
    let version: String?
    /// The bytes that must not change once the migration is applied: its file, or its changeset's lines.
    let content: [UInt8]
    /// The reasons the migration cannot be rolled back cleanly, or none when it can.
    let reversibility: [ReversibilityIssue]
    /// The SQL the forward part runs, for the locking linter.
    let forwardSQL: [SQLSection]
    /// Locking hazards read from the forward part's own code, such as Alembic operations.
    let hazards: [StatementHazard]
    /// An Alembic revision's place in its history; nil for other frameworks.
    let alembic: AlembicRevision?
    /// The scripts that `migrations verify` runs to apply and undo the migration.
    let scripts: MigrationScripts

    init(
        framework: MigrationFramework, id: String, path: String, line: Int = 1, downPath: String? = nil,
        version: String? = nil, content: [UInt8], reversibility: [ReversibilityIssue], forwardSQL: [SQLSection] = [],
        hazards: [StatementHazard] = [], alembic: AlembicRevision? = nil, scripts: MigrationScripts
    ) {
        self.framework = framework
        self.id = id
        self.path = path
        self.line = line
        self.downPath = downPath
        self.version = version
        self.content = content
        self.reversibility = reversibility
        self.forwardSQL = forwardSQL
        self.hazards = hazards
        self.alembic = alembic
        self.scripts = scripts
    }

    /// The migration's identity across the two ends of a range.
    var key: String {
        "\(framework.rawValue)\u{0}\(path)\u{0}\(id)"
    }
}

/// One reason a migration cannot be rolled back cleanly.
struct ReversibilityIssue: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case missing
        case empty
        case raises
        case declaredNoOp
        /// A Django operation without reverse code.
        case irreversibleOperation
        /// A Prisma migration while no down script is configured.
        case forwardOnly
    }

    let kind: Kind
    /// The file and line the finding points at.
    let path: String
    let line: Int
    /// The forward part's name in this framework, as code: `upgrade()`, `0003_add.up.sql`.
    let upName: String
    /// The down part's name: `downgrade()`, `0003_add.down.sql`, `reverse_code`.
    let downName: String
    /// The raising statement, the declared no-op, or the irreversible operation, as written.
    let detail: String

    init(kind: Kind, path: String, line: Int, upName: String, downName: String, detail: String = "") {
        self.kind = kind
        self.path = path
        self.line = line
        self.upName = upName
        self.downName = downName
        self.detail = detail
    }
}

/// SQL that a migration runs, with where it sits in its file.
struct SQLSection: Sendable, Equatable {
    let text: String
    let path: String
    /// The file line of the text's first line.
    let firstLine: Int
    /// Whether the tool runs the text inside a transaction.
    let inTransaction: Bool
    /// True when a line in the text maps to the file line at the same distance from ``firstLine``.
    ///
    /// It is false for a decoded string literal, whose escapes could add line breaks.
    let keepsLines: Bool
    /// The lines of the call that runs the text, such as `op.execute(...)`, when it is code's argument.
    let enclosingLines: ClosedRange<Int>?

    init(
        text: String, path: String, firstLine: Int, inTransaction: Bool, keepsLines: Bool,
        enclosingLines: ClosedRange<Int>? = nil
    ) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        self.inTransaction = inTransaction
        self.keepsLines = keepsLines
        self.enclosingLines = enclosingLines
    }
}

/// A locking hazard read from a migration's code, with the lines of its statement.
struct StatementHazard: Sendable, Equatable {
    let hazard: MigrationHazard
    let subject: String
    /// How the migration wrote the statement, which decides how its message words the fix.
    let source: MigrationHazard.Source
    let path: String
    let firstLine: Int
    let lastLine: Int
}

/// An Alembic revision's identity and parents.
struct AlembicRevision: Sendable, Equatable {
    let revision: String
    /// The revisions it follows; nil when `down_revision` is not a constant vixen-gate can read.
    let downRevisions: [String]?
    let branchLabels: [String]
    /// The line of `revision =`.
    let revisionLine: Int
    /// The line of `down_revision =`, where history findings point.
    let downRevisionLine: Int
}
