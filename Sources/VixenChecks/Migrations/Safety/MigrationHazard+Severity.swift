import VixenCore

extension MigrationHazard {
    /// The severity of a finding before `.vixen-gate.yml` overrides it.
    ///
    /// A hazard that locks a live table, fails the migration or breaks the running application is
    /// an error, so it blocks the push:
    /// - `indexNotConcurrent`, `notNullWithoutDefault` (`SET NOT NULL`), `columnTypeChange`,
    ///   `constraintWithoutNotValid` and `uniqueConstraint` hold a lock that stops writes (and for
    ///   most, reads) for as long as a full scan, build or rewrite of the table takes.
    /// - `concurrentIndexInTransaction`, and `notNullWithoutDefault` on `ADD COLUMN`, make the
    ///   migration fail on a live database, halfway through a deployment.
    /// - `dropColumn`, `dropTable`, `renameColumn` and `renameTable` break the application version
    ///   that still runs until the new one is deployed, and a rollback of the deployment does not
    ///   undo them.
    ///
    /// `foreignKeyWithoutIndex` is a warning: it locks nothing, the cost shows later as slow deletes
    /// and joins, and an index created by an earlier migration may already cover the key.
    public var defaultSeverity: Severity {
        switch self {
        case .indexNotConcurrent, .concurrentIndexInTransaction, .notNullWithoutDefault, .columnTypeChange,
            .dropColumn, .dropTable, .renameColumn, .renameTable, .constraintWithoutNotValid, .uniqueConstraint:
            .error
        case .foreignKeyWithoutIndex:
            .warning
        }
    }
}
