/// `ALTER TABLE` and its comma-separated actions.
extension SQLStatementParser {
    /// Reads `ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, …]`, after `ALTER`.
    static func parseAlterTable(_ cursor: inout SQLTokenCursor) -> SQLCommand {
        guard cursor.consume("table") else {
            return .unrecognized
        }
        cursor.consume("if", "exists")
        cursor.consume("only")
        guard let table = cursor.consumeName() else {
            return .unrecognized
        }
        if cursor.current?.kind == .operator && cursor.current?.text == "*" {
            cursor.advance()
        }
        let actions = SQLTokens.splitAtTopLevelCommas(cursor.rest).map(parseAlterTableAction)
        return .alterTable(table, actions)
    }

    private static func parseAlterTableAction(_ tokens: ArraySlice<SQLToken>) -> SQLAlterTableAction {
        var cursor = SQLTokenCursor(tokens)
        if cursor.consume("add") {
            return parseAddAction(&cursor)
        }
        if cursor.consume("drop") {
            return parseDropAction(&cursor)
        }
        if cursor.consume("alter") {
            return parseAlterColumn(&cursor)
        }
        if cursor.consume("rename") {
            return parseRenameAction(&cursor)
        }
        if cursor.consume("validate", "constraint"), let name = cursor.consumeIdentifier() {
            return .validateConstraint(name)
        }
        return .other
    }

    /// Reads `ADD [COLUMN] [IF NOT EXISTS] definition` or `ADD table_constraint`, after `ADD`.
    private static func parseAddAction(_ cursor: inout SQLTokenCursor) -> SQLAlterTableAction {
        if !cursor.consume("column") && startsConstraint(cursor.rest) {
            return .addConstraint(parseTableConstraint(cursor.rest))
        }
        cursor.consume("if", "not", "exists")
        return parseColumnDefinition(cursor.rest).map(SQLAlterTableAction.addColumn) ?? .other
    }

    /// Reads `DROP [COLUMN] [IF EXISTS] name`, after `DROP`, where `DROP CONSTRAINT` is `other`.
    private static func parseDropAction(_ cursor: inout SQLTokenCursor) -> SQLAlterTableAction {
        if cursor.isAt("constraint") {
            return .other
        }
        cursor.consume("column")
        cursor.consume("if", "exists")
        return cursor.consumeIdentifier().map(SQLAlterTableAction.dropColumn) ?? .other
    }

    /// Reads `ALTER [COLUMN] name [SET DATA] TYPE …` and `ALTER [COLUMN] name SET NOT NULL`, after
    /// `ALTER`, where other column changes and `ALTER CONSTRAINT` are `other`.
    private static func parseAlterColumn(_ cursor: inout SQLTokenCursor) -> SQLAlterTableAction {
        if cursor.isAt("constraint") {
            return .other
        }
        cursor.consume("column")
        guard let column = cursor.consumeIdentifier() else {
            return .other
        }
        if cursor.consume("type") || cursor.consume("set", "data", "type") {
            return .changeColumnType(column)
        }
        if cursor.consume("set", "not", "null") {
            return .setNotNull(column)
        }
        return .other
    }

    /// Reads `RENAME TO new` and `RENAME [COLUMN] old TO new`, after `RENAME`, where `RENAME
    /// CONSTRAINT` is `other`.
    private static func parseRenameAction(_ cursor: inout SQLTokenCursor) -> SQLAlterTableAction {
        if cursor.consume("to") {
            return cursor.consumeIdentifier().map(SQLAlterTableAction.renameTable) ?? .other
        }
        if cursor.isAt("constraint") {
            return .other
        }
        cursor.consume("column")
        return cursor.consumeIdentifier().map(SQLAlterTableAction.renameColumn) ?? .other
    }
}
