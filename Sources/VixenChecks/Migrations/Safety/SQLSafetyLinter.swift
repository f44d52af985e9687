/// Reads PostgreSQL migration SQL statement by statement and reports its locking hazards.
///
/// The text is read as psql reads a script (see ``SQLLexer`` and ``SQLStatementSplitter``), so
/// strings, comments and function bodies never produce findings. Statements the parser does not
/// recognize, including text that is not SQL, produce none either. Statements inside strings,
/// such as `EXECUTE '…'` in a `DO` block, are not read.
///
/// The rules describe PostgreSQL 12 and later. On older servers some forms that pass still lock.
/// Before version 11, for example, `ADD COLUMN … DEFAULT` rewrites the whole table.
public struct SQLSafetyLinter: Sendable {
    /// Every rule, in the order their findings appear within one statement.
    static let rules: [any SQLSafetyRule] = [
        IndexNotConcurrentRule(),
        ConcurrentIndexInTransactionRule(),
        NotNullWithoutDefaultRule(),
        ColumnTypeChangeRule(),
        DropColumnRule(),
        DropTableRule(),
        RenameColumnRule(),
        RenameTableRule(),
        ConstraintWithoutNotValidRule(),
        UniqueConstraintRule(),
        ForeignKeyWithoutIndexRule(),
    ]

    public init() {}

    /// Returns the hazards of `sql`, in statement order.
    ///
    /// Lint only the forward direction of a migration: a down migration drops what its up
    /// migration created, which this linter would report. Work is linear in the length of `sql`
    /// apart from the look-ups of earlier tables and indexes, which grow with their count.
    ///
    /// - Parameter inTransaction: whether the migration tool wraps the whole text in a transaction,
    ///   which makes `CREATE INDEX CONCURRENTLY` fail. An explicit `BEGIN` in the text counts too,
    ///   and a `COMMIT` in the text ends either transaction.
    public func lint(_ sql: String, inTransaction: Bool) -> [HazardMatch] {
        let statements = SQLStatementSplitter.split(sql)
        let commands = statements.map(SQLStatementParser.parse)
        var context = SQLLintContext(isInTransaction: inTransaction, createdIndexes: SQLCreatedIndexes(commands))

        var matches: [HazardMatch] = []
        for (statement, command) in zip(statements, commands) {
            for rule in Self.rules {
                for subject in rule.subjects(in: command, context: context) {
                    matches.append(HazardMatch(hazard: rule.hazard, line: statement.line, subject: subject))
                }
            }
            context.advance(past: command)
        }
        return matches
    }
}

extension SQLSafetyLinter {
    /// Returns the 1-based line where each statement of `sql` starts, in order.
    ///
    /// The text is split as ``lint(_:inTransaction:)`` splits it, so statements without tokens,
    /// such as the empty one in `;;`, are not counted.
    public static func statementLines(in sql: String) -> [Int] {
        SQLStatementSplitter.split(sql).map(\.line)
    }
}
