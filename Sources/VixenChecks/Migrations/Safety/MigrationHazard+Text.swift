import VixenCore

extension MigrationHazard {
    /// Returns the message of a finding: why the statement on `subject` locks or breaks, and the
    /// safe way to do it.
    ///
    /// - Parameter subject: What the statement acts on, as ``HazardMatch/subject`` gives it.
    public func message(subject: String) -> LocalizedText {
        switch self {
        case .indexNotConcurrent: Catalog.migrationIndexNotConcurrent(subject: subject)
        case .concurrentIndexInTransaction: Catalog.migrationConcurrentIndexInTransaction(subject: subject)
        case .notNullWithoutDefault: Catalog.migrationNotNullWithoutDefault(subject: subject)
        case .columnTypeChange: Catalog.migrationColumnTypeChange(subject: subject)
        case .dropColumn: Catalog.migrationDropColumn(subject: subject)
        case .dropTable: Catalog.migrationDropTable(subject: subject)
        case .renameColumn: Catalog.migrationRenameColumn(subject: subject)
        case .renameTable: Catalog.migrationRenameTable(subject: subject)
        case .constraintWithoutNotValid: Catalog.migrationConstraintWithoutNotValid(subject: subject)
        case .uniqueConstraint: Catalog.migrationUniqueConstraint(subject: subject)
        case .foreignKeyWithoutIndex: Catalog.migrationForeignKeyWithoutIndex(subject: subject)
        }
    }

    /// The form in which a migration wrote the statement that brings a hazard.
    public enum Source: Sendable, Equatable {
        /// SQL text, in a SQL migration or in Alembic's `op.execute()`.
        case sql
        /// An Alembic operation such as `op.create_index()`, whose fix is written with its arguments.
        case alembicOperation
    }

    /// Returns the message of a finding, with the fix written the way `source` writes statements.
    ///
    /// Hazards whose fix is the same in SQL and in Alembic, such as dropping a column, get the
    /// SQL message.
    public func message(subject: String, source: Source) -> LocalizedText {
        guard source == .alembicOperation else {
            return message(subject: subject)
        }
        switch self {
        case .indexNotConcurrent: return Catalog.migrationAlembicIndexNotConcurrent(subject: subject)
        case .concurrentIndexInTransaction:
            return Catalog.migrationAlembicConcurrentIndexInTransaction(subject: subject)
        case .notNullWithoutDefault: return Catalog.migrationAlembicNotNullWithoutDefault(subject: subject)
        case .constraintWithoutNotValid: return Catalog.migrationAlembicConstraintWithoutNotValid(subject: subject)
        case .uniqueConstraint: return Catalog.migrationAlembicUniqueConstraint(subject: subject)
        case .foreignKeyWithoutIndex: return Catalog.migrationAlembicForeignKeyWithoutIndex(subject: subject)
        case .columnTypeChange, .dropColumn, .dropTable, .renameColumn, .renameTable: return message(subject: subject)
        }
    }

    /// One sentence naming the problem, for the SARIF rule list.
    public var shortDescription: LocalizedText {
        switch self {
        case .indexNotConcurrent: Catalog.ruleMigrationIndexNotConcurrentShortDescription()
        case .concurrentIndexInTransaction: Catalog.ruleMigrationConcurrentIndexInTransactionShortDescription()
        case .notNullWithoutDefault: Catalog.ruleMigrationNotNullWithoutDefaultShortDescription()
        case .columnTypeChange: Catalog.ruleMigrationColumnTypeChangeShortDescription()
        case .dropColumn: Catalog.ruleMigrationDropColumnShortDescription()
        case .dropTable: Catalog.ruleMigrationDropTableShortDescription()
        case .renameColumn: Catalog.ruleMigrationRenameColumnShortDescription()
        case .renameTable: Catalog.ruleMigrationRenameTableShortDescription()
        case .constraintWithoutNotValid: Catalog.ruleMigrationConstraintWithoutNotValidShortDescription()
        case .uniqueConstraint: Catalog.ruleMigrationUniqueConstraintShortDescription()
        case .foreignKeyWithoutIndex: Catalog.ruleMigrationForeignKeyWithoutIndexShortDescription()
        }
    }

    /// A paragraph on what the rule reports and why it matters, for the SARIF rule list.
    public var fullDescription: LocalizedText {
        switch self {
        case .indexNotConcurrent: Catalog.ruleMigrationIndexNotConcurrentFullDescription()
        case .concurrentIndexInTransaction: Catalog.ruleMigrationConcurrentIndexInTransactionFullDescription()
        case .notNullWithoutDefault: Catalog.ruleMigrationNotNullWithoutDefaultFullDescription()
        case .columnTypeChange: Catalog.ruleMigrationColumnTypeChangeFullDescription()
        case .dropColumn: Catalog.ruleMigrationDropColumnFullDescription()
        case .dropTable: Catalog.ruleMigrationDropTableFullDescription()
        case .renameColumn: Catalog.ruleMigrationRenameColumnFullDescription()
        case .renameTable: Catalog.ruleMigrationRenameTableFullDescription()
        case .constraintWithoutNotValid: Catalog.ruleMigrationConstraintWithoutNotValidFullDescription()
        case .uniqueConstraint: Catalog.ruleMigrationUniqueConstraintFullDescription()
        case .foreignKeyWithoutIndex: Catalog.ruleMigrationForeignKeyWithoutIndexFullDescription()
        }
    }

    /// The steps that resolve a finding, and how to accept or lower it, for the SARIF rule list.
    public var help: LocalizedText {
        let steps: LocalizedText
        switch self {
        case .indexNotConcurrent: steps = Catalog.ruleMigrationIndexNotConcurrentHelp()
        case .concurrentIndexInTransaction: steps = Catalog.ruleMigrationConcurrentIndexInTransactionHelp()
        case .notNullWithoutDefault: steps = Catalog.ruleMigrationNotNullWithoutDefaultHelp()
        case .columnTypeChange: steps = Catalog.ruleMigrationColumnTypeChangeHelp()
        case .dropColumn: steps = Catalog.ruleMigrationDropColumnHelp()
        case .dropTable: steps = Catalog.ruleMigrationDropTableHelp()
        case .renameColumn: steps = Catalog.ruleMigrationRenameColumnHelp()
        case .renameTable: steps = Catalog.ruleMigrationRenameTableHelp()
        case .constraintWithoutNotValid: steps = Catalog.ruleMigrationConstraintWithoutNotValidHelp()
        case .uniqueConstraint: steps = Catalog.ruleMigrationUniqueConstraintHelp()
        case .foreignKeyWithoutIndex: steps = Catalog.ruleMigrationForeignKeyWithoutIndexHelp()
        }
        return LocalizedText.joined([steps, Catalog.ruleMigrationAcceptHazard(rule: rule.description)])
    }
}
