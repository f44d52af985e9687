import VixenCore

/// A PostgreSQL operation that locks or breaks a live table, which a migration should avoid or stage.
///
/// SQL files and Alembic operations are read by different code, and both report through these cases,
/// so one rule id, severity and message covers a hazard whichever way a migration is written.
public enum MigrationHazard: String, CaseIterable, Sendable {
    case indexNotConcurrent = "index-not-concurrent"
    case concurrentIndexInTransaction = "concurrent-index-in-transaction"
    case notNullWithoutDefault = "not-null-without-default"
    case columnTypeChange = "column-type-change"
    case dropColumn = "drop-column"
    case dropTable = "drop-table"
    case renameColumn = "rename-column"
    case renameTable = "rename-table"
    case constraintWithoutNotValid = "constraint-without-not-valid"
    case uniqueConstraint = "unique-constraint"
    case foreignKeyWithoutIndex = "foreign-key-without-index"

    public var rule: RuleID { RuleID(.migration, rawValue) }
}
