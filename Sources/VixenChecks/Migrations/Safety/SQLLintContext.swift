/// The state that the statements before the current one leave, which decides whether it is a hazard.
///
/// The linter moves it past each statement in order with ``advance(past:)``, so a rule is given
/// only what the migration has done by the time the statement runs.
struct SQLLintContext: Sendable {
    /// Whether the statement runs inside a transaction, opened by the migration tool or by an
    /// explicit `BEGIN` in the text.
    private(set) var isInTransaction: Bool
    let createdIndexes: SQLCreatedIndexes
    /// Tables created earlier in the text, under their current names.
    private var newTables: [SQLName] = []
    /// Constraints added `NOT VALID` in the transaction still open, whose lock it still holds.
    private var constraintsAddedNotValid: [(table: SQLName, constraint: String)] = []
    /// Tables on which an earlier statement ran `VALIDATE CONSTRAINT`.
    private var validatedTables: [SQLName] = []

    init(isInTransaction: Bool, createdIndexes: SQLCreatedIndexes) {
        self.isInTransaction = isInTransaction
        self.createdIndexes = createdIndexes
    }

    /// Returns whether `table` was created earlier in the text.
    ///
    /// No other session uses such a table yet, so locking or rewriting it blocks nothing.
    ///
    /// NOTE: `CREATE TABLE IF NOT EXISTS` counts as creating the table, though it does nothing
    /// when the table exists already.
    func isNew(_ table: SQLName) -> Bool {
        newTables.contains { $0.matches(table) }
    }

    /// Returns whether the open transaction added `constraint` to `table` with `NOT VALID`.
    func wasAddedNotValidInThisTransaction(_ constraint: SQLIdentifier, on table: SQLName) -> Bool {
        constraintsAddedNotValid.contains { $0.table.matches(table) && $0.constraint == constraint.name }
    }

    /// Returns whether an earlier statement validated a constraint on `table`.
    func hasValidatedConstraint(on table: SQLName) -> Bool {
        validatedTables.contains { $0.matches(table) }
    }

    mutating func advance(past command: SQLCommand) {
        switch command {
        case .createTable(let table):
            newTables.append(table.name)
        case .alterTable(let table, let actions):
            for action in actions {
                record(action, on: table)
            }
        case .beginTransaction:
            isInTransaction = true
        case .endTransaction(let startsAnother):
            isInTransaction = startsAnother
            constraintsAddedNotValid.removeAll()
        default:
            break
        }
    }

    private mutating func record(_ action: SQLAlterTableAction, on table: SQLName) {
        switch action {
        case .addConstraint(let constraint):
            if isInTransaction, constraint.isNotValid, let name = constraint.name {
                constraintsAddedNotValid.append((table, name.name))
            }
        case .validateConstraint:
            validatedTables.append(table)
        case .renameTable(let newName):
            if isNew(table) {
                newTables.append(table.renamed(to: newName))
            }
        default:
            break
        }
    }
}
