/// The action of one statement, reduced to the parts the safety rules read.
///
/// Statements of other kinds, and statements the parser cannot follow, are `unrecognized`, and no
/// rule reports them.
enum SQLCommand: Sendable, Equatable {
    case createTable(SQLTableCreation)
    case createIndex(SQLIndexCreation)
    case dropIndex(names: [SQLName], isConcurrent: Bool)
    /// `REINDEX`, whose `target` is nil for `REINDEX SYSTEM` and `REINDEX DATABASE` without a name.
    case reindex(target: SQLName?, isConcurrent: Bool)
    case dropTable([SQLName])
    case alterTable(SQLName, [SQLAlterTableAction])
    /// `BEGIN` or `START TRANSACTION`.
    case beginTransaction
    /// `COMMIT`, `END`, `ROLLBACK`, `ABORT` or `PREPARE TRANSACTION`. `startsAnother` is true for
    /// `AND CHAIN`, which opens a new transaction at once.
    case endTransaction(startsAnother: Bool)
    case unrecognized
}

/// `CREATE TABLE`: the new table's columns and table constraints.
struct SQLTableCreation: Sendable, Equatable {
    let name: SQLName
    /// Empty for `CREATE TABLE … AS`, `… OF type` and `… PARTITION OF`, which list no columns.
    let columns: [SQLColumnDefinition]
    let constraints: [SQLTableConstraint]
}

/// `CREATE [UNIQUE] INDEX`.
struct SQLIndexCreation: Sendable, Equatable {
    /// Nil when PostgreSQL chooses the name.
    let name: SQLIdentifier?
    let table: SQLName
    let isUnique: Bool
    let isConcurrent: Bool
    /// One entry per index element in order: the column, or nil for an expression.
    let columns: [SQLIdentifier?]
    /// The element list as written, such as `email` or `lower(email), created_at DESC`.
    let writtenColumns: String

    /// The index name when given, else `table (elements)`.
    var subject: String {
        name?.written ?? "\(table.written) (\(writtenColumns))"
    }
}

/// One column of `CREATE TABLE` or `ALTER TABLE … ADD COLUMN`, with its inline constraints.
struct SQLColumnDefinition: Sendable, Equatable {
    let name: SQLIdentifier
    /// `NOT NULL` or `PRIMARY KEY`, which implies it.
    let isNotNull: Bool
    /// True when existing rows get a value other than null: a `DEFAULT` other than `NULL`, an
    /// identity or generated column, or a `serial` type.
    let fillsExistingRows: Bool
    /// `PRIMARY KEY` or `UNIQUE`, which build a unique index over the column.
    let isUnique: Bool
    /// The table of an inline `REFERENCES` constraint.
    let references: SQLName?
}

/// A table constraint of `CREATE TABLE` or `ALTER TABLE … ADD`.
struct SQLTableConstraint: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case check
        /// `UNIQUE` or `PRIMARY KEY` over `columns`, or over the existing index `usingIndex`
        /// (`… USING INDEX name`, when `columns` is empty).
        case unique(columns: [SQLIdentifier], usingIndex: SQLIdentifier?)
        case foreignKey(columns: [SQLIdentifier], references: SQLName?)
        /// `EXCLUDE`, or a constraint the parser could not read.
        case other
    }

    /// Nil when PostgreSQL chooses the name.
    let name: SQLIdentifier?
    let kind: Kind
    /// Marked `NOT VALID`, so adding it does not check existing rows.
    let isNotValid: Bool
}

/// One action of `ALTER TABLE`, which may list several separated by commas.
enum SQLAlterTableAction: Sendable, Equatable {
    case addColumn(SQLColumnDefinition)
    case addConstraint(SQLTableConstraint)
    case dropColumn(SQLIdentifier)
    /// `ALTER COLUMN … TYPE` or `… SET DATA TYPE`.
    case changeColumnType(SQLIdentifier)
    /// `ALTER COLUMN … SET NOT NULL`.
    case setNotNull(SQLIdentifier)
    /// `RENAME [COLUMN] old TO new`, with the old name.
    case renameColumn(SQLIdentifier)
    /// `RENAME TO new`, with the new name.
    case renameTable(SQLIdentifier)
    case validateConstraint(SQLIdentifier)
    /// Any other action, such as `ALTER COLUMN … SET DEFAULT` or `DROP CONSTRAINT`.
    case other
}
