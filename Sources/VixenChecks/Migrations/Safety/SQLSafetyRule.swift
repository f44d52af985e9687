/// Finds one ``MigrationHazard`` in parsed SQL statements.
///
/// Each rule lives in its own file under `Rules/` with its examples beside it, and
/// ``SQLSafetyLinter`` runs every rule on every statement.
protocol SQLSafetyRule: Sendable {
    var hazard: MigrationHazard { get }
    var examples: SQLRuleExamples { get }

    /// Returns the subject of each hazard `command` carries, in the order the statement has them;
    /// an empty list when it carries none.
    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String]
}

/// SQL texts a rule must report and texts it must leave alone, linted outside a transaction.
struct SQLRuleExamples: Sendable {
    /// Texts in which the rule reports its hazard at least once.
    let triggers: [String]
    /// Texts in which the rule reports nothing, though other rules may.
    let passes: [String]
}

extension SQLSafetyRule {
    /// Returns the table and actions of an `ALTER TABLE` on a table the text did not create, or
    /// nil for any other statement.
    func existingTableActions(
        _ command: SQLCommand, context: SQLLintContext
    ) -> (table: SQLName, actions: [SQLAlterTableAction])? {
        guard case .alterTable(let table, let actions) = command, !context.isNew(table) else {
            return nil
        }
        return (table, actions)
    }
}
