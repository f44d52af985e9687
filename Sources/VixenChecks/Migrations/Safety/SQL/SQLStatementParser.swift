/// Reads a statement into the ``SQLCommand`` the safety rules need.
///
/// It recognizes `CREATE TABLE`, `CREATE INDEX`, `DROP TABLE`, `DROP INDEX`, `REINDEX`,
/// `ALTER TABLE` and the statements that open and close transactions, with keywords in any case,
/// schema-qualified and quoted names, `IF [NOT] EXISTS` and `ONLY`. It reads only as far as the
/// rules need, so it accepts some invalid SQL. Anything else is `unrecognized`.
enum SQLStatementParser {
    static func parse(_ statement: SQLStatement) -> SQLCommand {
        var cursor = SQLTokenCursor(statement.tokens[...])
        guard let first = cursor.current, first.kind == .word else {
            return .unrecognized
        }
        cursor.advance()
        switch first.value {
        case "create":
            return parseCreate(&cursor)
        case "drop":
            return parseDrop(&cursor)
        case "alter":
            return parseAlterTable(&cursor)
        case "reindex":
            return parseReindex(&cursor)
        case "begin":
            return .beginTransaction
        case "start":
            return cursor.isAt("transaction") ? .beginTransaction : .unrecognized
        case "commit", "end", "rollback", "abort", "prepare":
            return parseTransactionEnd(first.value, &cursor)
        default:
            return .unrecognized
        }
    }

    private static func parseCreate(_ cursor: inout SQLTokenCursor) -> SQLCommand {
        cursor.consume("or", "replace")
        if cursor.consume("unique", "index") {
            return parseCreateIndex(&cursor, isUnique: true)
        }
        if cursor.consume("index") {
            return parseCreateIndex(&cursor, isUnique: false)
        }
        _ = cursor.consume("global") || cursor.consume("local")
        _ = cursor.consume("temporary") || cursor.consume("temp") || cursor.consume("unlogged")
        if cursor.consume("table") {
            return parseCreateTable(&cursor)
        }
        return .unrecognized
    }

    /// Reads `CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
    /// [USING method] (elements)`, after `INDEX`.
    private static func parseCreateIndex(_ cursor: inout SQLTokenCursor, isUnique: Bool) -> SQLCommand {
        let isConcurrent = cursor.consume("concurrently")
        cursor.consume("if", "not", "exists")
        var name: SQLIdentifier?
        if !cursor.isAt("on") {
            name = cursor.consumeName()?.object
        }
        guard cursor.consume("on") else {
            return .unrecognized
        }
        cursor.consume("only")
        guard let table = cursor.consumeName() else {
            return .unrecognized
        }
        if cursor.consume("using") {
            cursor.advance()
        }
        guard let elements = cursor.consumeParenthesized() else {
            return .unrecognized
        }
        let index = SQLIndexCreation(
            name: name, table: table, isUnique: isUnique, isConcurrent: isConcurrent,
            columns: SQLTokens.splitAtTopLevelCommas(elements).map(indexColumn),
            writtenColumns: SQLTokens.written(elements))
        return .createIndex(index)
    }

    /// Returns the column an index element names, or nil for an expression.
    ///
    /// A plain column is one name, optionally followed by words such as `DESC`, `NULLS LAST`,
    /// an operator class or `COLLATE "C"`. A name followed by `(` is a function call.
    private static func indexColumn(_ element: ArraySlice<SQLToken>) -> SQLIdentifier? {
        guard let first = element.first, first.isIdentifier else {
            return nil
        }
        let following = element.dropFirst().first
        guard following == nil || following?.isIdentifier == true else {
            return nil
        }
        return SQLIdentifier(first)
    }

    private static func parseDrop(_ cursor: inout SQLTokenCursor) -> SQLCommand {
        if cursor.consume("table") {
            cursor.consume("if", "exists")
            return .dropTable(names(in: cursor.rest))
        }
        if cursor.consume("index") {
            let isConcurrent = cursor.consume("concurrently")
            cursor.consume("if", "exists")
            return .dropIndex(names: names(in: cursor.rest), isConcurrent: isConcurrent)
        }
        return .unrecognized
    }

    /// Returns the names of a comma-separated list such as `a, public.b CASCADE`.
    private static func names(in tokens: ArraySlice<SQLToken>) -> [SQLName] {
        SQLTokens.splitAtTopLevelCommas(tokens).compactMap { element in
            var cursor = SQLTokenCursor(element)
            return cursor.consumeName()
        }
    }

    /// Reads `REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] [name]`.
    ///
    /// `CONCURRENTLY` counts in the option list too (PostgreSQL 14 and later), unless a false value
    /// follows it.
    private static func parseReindex(_ cursor: inout SQLTokenCursor) -> SQLCommand {
        var isConcurrent = false
        if let options = cursor.consumeParenthesized() {
            isConcurrent = SQLTokens.splitAtTopLevelCommas(options).contains { option in
                guard option.first?.isKeyword("concurrently") == true else {
                    return false
                }
                let value = option.dropFirst().first?.value.lowercased()
                return !["false", "off", "0"].contains(value ?? "true")
            }
        }
        guard let kind = cursor.current, kind.kind == .word,
            ["index", "table", "schema", "database", "system"].contains(kind.value)
        else {
            return .unrecognized
        }
        cursor.advance()
        if cursor.consume("concurrently") {
            isConcurrent = true
        }
        return .reindex(target: cursor.consumeName(), isConcurrent: isConcurrent)
    }

    /// Reads the statements that close a transaction, after their first word.
    ///
    /// `ROLLBACK TO SAVEPOINT` and the `… PREPARED` forms close nothing, and are `unrecognized`.
    private static func parseTransactionEnd(_ verb: String, _ cursor: inout SQLTokenCursor) -> SQLCommand {
        if verb == "prepare" {
            return cursor.isAt("transaction") ? .endTransaction(startsAnother: false) : .unrecognized
        }
        if cursor.isAt("prepared") {
            return .unrecognized
        }
        _ = cursor.consume("work") || cursor.consume("transaction")
        if verb == "rollback" && cursor.isAt("to") {
            return .unrecognized
        }
        return .endTransaction(startsAnother: cursor.isAt("and", "chain"))
    }
}
