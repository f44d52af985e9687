/// Reads PostgreSQL migration SQL statement by statement and reports its locking hazards.
public struct SQLSafetyLinter: Sendable {
    public init() {}

    /// Returns the hazards of `sql`, in statement order.
    ///
    /// - Parameter inTransaction: whether the migration tool wraps the whole text in a transaction,
    ///   which makes `CREATE INDEX CONCURRENTLY` fail. An explicit `BEGIN` in the text counts too.
    public func lint(_ sql: String, inTransaction: Bool) -> [HazardMatch] {
        // TODO: the statement reader and its rules are not written yet; nothing is reported.
        []
    }
}
