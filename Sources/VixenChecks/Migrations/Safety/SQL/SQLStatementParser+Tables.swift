/// The parts of `CREATE TABLE` and `ALTER TABLE … ADD` that define columns and constraints.
extension SQLStatementParser {
    /// The words that start a table constraint rather than a column definition.
    private static let constraintStarts: Set<String> = [
        "constraint", "check", "unique", "primary", "foreign", "exclude",
    ]

    /// The first words of `serial` types, whose columns get a sequence default.
    private static let serialTypes: Set<String> = [
        "serial", "serial2", "serial4", "serial8", "smallserial", "bigserial",
    ]

    /// Reads `CREATE TABLE [IF NOT EXISTS] name (elements) …`, after `TABLE`.
    static func parseCreateTable(_ cursor: inout SQLTokenCursor) -> SQLCommand {
        cursor.consume("if", "not", "exists")
        guard let name = cursor.consumeName() else {
            return .unrecognized
        }
        var columns: [SQLColumnDefinition] = []
        var constraints: [SQLTableConstraint] = []
        let elements = cursor.consumeParenthesized().map(SQLTokens.splitAtTopLevelCommas) ?? []
        for element in elements {
            if startsConstraint(element) {
                constraints.append(parseTableConstraint(element))
            } else if element.first?.isKeyword("like") != true, let column = parseColumnDefinition(element) {
                columns.append(column)
            }
        }
        return .createTable(SQLTableCreation(name: name, columns: columns, constraints: constraints))
    }

    /// Returns whether a table element or `ADD` action, after `ADD`, is a table constraint.
    static func startsConstraint(_ tokens: ArraySlice<SQLToken>) -> Bool {
        guard let first = tokens.first, first.kind == .word else {
            return false
        }
        return constraintStarts.contains(first.value)
    }

    /// Reads `name type [constraints]`, noting the constraints that the rules need.
    ///
    /// Words inside parentheses are skipped, so `CHECK (email IS NOT NULL)` does not make the
    /// column `NOT NULL`.
    static func parseColumnDefinition(_ tokens: ArraySlice<SQLToken>) -> SQLColumnDefinition? {
        var cursor = SQLTokenCursor(tokens)
        guard let name = cursor.consumeIdentifier() else {
            return nil
        }
        var fillsExistingRows = cursor.current.map { $0.kind == .word && serialTypes.contains($0.value) } ?? false
        var isNotNull = false
        var isUnique = false
        var references: SQLName?
        while let token = cursor.current {
            if cursor.consume("not", "null") {
                isNotNull = true
            } else if cursor.consume("default") {
                fillsExistingRows = fillsExistingRows || cursor.current?.isKeyword("null") != true
            } else if cursor.consume("generated") {
                fillsExistingRows = true
            } else if cursor.consume("primary", "key") {
                isNotNull = true
                isUnique = true
            } else if cursor.consume("unique") {
                isUnique = true
            } else if cursor.consume("references") {
                references = cursor.consumeName()
            } else if token.kind == .leftParenthesis {
                cursor.skipElement()
            } else {
                cursor.advance()
            }
        }
        return SQLColumnDefinition(
            name: name, isNotNull: isNotNull, fillsExistingRows: fillsExistingRows, isUnique: isUnique,
            references: references)
    }

    /// Reads `[CONSTRAINT name] CHECK | UNIQUE | PRIMARY KEY | FOREIGN KEY | EXCLUDE … [NOT VALID]`.
    static func parseTableConstraint(_ tokens: ArraySlice<SQLToken>) -> SQLTableConstraint {
        var cursor = SQLTokenCursor(tokens)
        var name: SQLIdentifier?
        if cursor.consume("constraint") {
            name = cursor.consumeIdentifier()
        }

        var kind = SQLTableConstraint.Kind.other
        if cursor.consume("check") {
            kind = .check
        } else if cursor.consume("unique") || cursor.consume("primary", "key") {
            kind = parseUniqueConstraint(&cursor)
        } else if cursor.consume("foreign", "key") {
            let columns = cursor.consumeParenthesized().flatMap(SQLTokens.identifierList) ?? []
            let references = cursor.consume("references") ? cursor.consumeName() : nil
            kind = .foreignKey(columns: columns, references: references)
        }

        var isNotValid = false
        while cursor.current != nil {
            if cursor.consume("not", "valid") {
                isNotValid = true
            } else {
                cursor.skipElement()
            }
        }
        return SQLTableConstraint(name: name, kind: kind, isNotValid: isNotValid)
    }

    /// Reads what follows `UNIQUE` or `PRIMARY KEY`: `[NULLS [NOT] DISTINCT] (columns)` or
    /// `USING INDEX name`.
    private static func parseUniqueConstraint(_ cursor: inout SQLTokenCursor) -> SQLTableConstraint.Kind {
        if cursor.consume("using", "index") {
            return .unique(columns: [], usingIndex: cursor.consumeIdentifier())
        }
        _ = cursor.consume("nulls", "not", "distinct") || cursor.consume("nulls", "distinct")
        let columns = cursor.consumeParenthesized().flatMap(SQLTokens.identifierList) ?? []
        return .unique(columns: columns, usingIndex: nil)
    }
}
