import VixenSyntax

/// Reads the `op.*` calls of an Alembic `upgrade()` and the locking hazards they bring.
///
/// Operations on a table that the same `upgrade()` creates are not hazards, because nothing
/// uses the table yet. `op.execute()` with a constant string, or `sa.text()` of one, hands its
/// SQL to the SQL linter, outside a transaction when it runs in
/// `with op.get_context().autocommit_block():`.
// NOTE: `batch_alter_table` operations (SQLite's batch mode) and SQL built at run time are not read.
struct AlembicOperationReader {
    let module: PythonModule
    let path: String
    /// Whether the migration runs inside a transaction; Alembic's default on PostgreSQL.
    let inTransaction: Bool

    /// The reader's results: hazards from the operations, and the SQL they run.
    struct Result {
        var hazards: [StatementHazard] = []
        var sql: [SQLSection] = []
    }

    func read(_ upgrade: PythonFunction) -> Result {
        let calls = module.calls(in: upgrade.body.tokens).filter { $0.callee.hasPrefix("op.") }
        let autocommit = autocommitBlocks(in: upgrade.body.tokens)
        var context = OperationContext(createdTables: createdTables(calls), indexedColumns: indexedColumns(calls))
        var result = Result()
        for call in calls {
            let inAutocommit = autocommit.contains { $0.contains(call.tokens.lowerBound) }
            read(call, inAutocommit: inAutocommit, context: &context, into: &result)
        }
        for column in context.foreignKeyColumns where !context.indexedColumns.contains(column.key) {
            result.hazards.append(column.hazard)
        }
        return result
    }

    /// The tables and indexes one `upgrade()` creates, gathered before its operations are judged.
    private struct OperationContext {
        let createdTables: Set<String>
        var indexedColumns: Set<String>
        var foreignKeyColumns: [(key: String, hazard: StatementHazard)] = []
    }

    private func read(
        _ call: PythonCall, inAutocommit: Bool, context: inout OperationContext, into result: inout Result
    ) {
        let table = call.argument(named: "table_name", position: tableArgumentPosition(call)).map(name)
        if let table, context.createdTables.contains(table), call.callee != "op.execute" {
            return
        }
        switch call.callee {
        case "op.create_index":
            readCreateIndex(call, table: table, inAutocommit: inAutocommit, into: &result)
        case "op.add_column":
            readAddColumn(call, table: table ?? "?", context: &context, into: &result)
        case "op.alter_column":
            readAlterColumn(call, table: table ?? "?", into: &result)
        case "op.drop_column":
            let column = call.argument(named: "column_name", position: 1).map(name) ?? "?"
            result.hazards.append(hazard(.dropColumn, "\(table ?? "?").\(column)", call))
        case "op.drop_table":
            result.hazards.append(hazard(.dropTable, table ?? "?", call))
        case "op.rename_table":
            result.hazards.append(
                hazard(.renameTable, call.argument(named: "old_table_name", position: 0).map(name) ?? "?", call))
        case "op.create_foreign_key", "op.create_check_constraint":
            if !isTrue(call.argument(named: "postgresql_not_valid")) {
                let constraint = call.argument(named: "constraint_name", position: 0).map(name) ?? table ?? "?"
                result.hazards.append(hazard(.constraintWithoutNotValid, constraint, call))
            }
        case "op.create_unique_constraint":
            let constraint = call.argument(named: "constraint_name", position: 0).map(name) ?? table ?? "?"
            result.hazards.append(hazard(.uniqueConstraint, constraint, call))
        case "op.execute":
            readExecute(call, inAutocommit: inAutocommit, into: &result)
        default:
            break
        }
    }

    /// Returns the position of the table argument, which Alembic's operations place differently.
    private func tableArgumentPosition(_ call: PythonCall) -> Int {
        switch call.callee {
        case "op.create_index", "op.create_foreign_key", "op.create_check_constraint", "op.create_unique_constraint":
            1
        default:
            0
        }
    }

    private func readCreateIndex(_ call: PythonCall, table: String?, inAutocommit: Bool, into result: inout Result) {
        let index = call.argument(named: "index_name", position: 0).map(name) ?? table ?? "?"
        if !isTrue(call.argument(named: "postgresql_concurrently")) {
            result.hazards.append(hazard(.indexNotConcurrent, index, call))
        } else if inTransaction && !inAutocommit {
            result.hazards.append(hazard(.concurrentIndexInTransaction, index, call))
        }
    }

    private func readAddColumn(
        _ call: PythonCall, table: String, context: inout OperationContext, into result: inout Result
    ) {
        guard let columnExpression = call.argument(named: "column", position: 1),
            let column = firstCall(in: columnExpression, calleeSuffix: "Column")
        else {
            return
        }
        let columnName = column.argument(named: "name", position: 0).map(name) ?? "?"
        let subject = "\(table).\(columnName)"
        let isPrimaryKey = isTrue(column.argument(named: "primary_key"))
        if isFalse(column.argument(named: "nullable")), column.argument(named: "server_default") == nil, !isPrimaryKey {
            result.hazards.append(hazard(.notNullWithoutDefault, subject, call))
        }
        let hasForeignKey = module.calls(in: column.tokens).contains { $0.callee.hasSuffix("ForeignKey") }
        let isIndexed =
            isTrue(column.argument(named: "index")) || isTrue(column.argument(named: "unique")) || isPrimaryKey
        if hasForeignKey && !isIndexed {
            context.foreignKeyColumns.append(
                ("\(table)\u{0}\(columnName)", hazard(.foreignKeyWithoutIndex, subject, call)))
        }
    }

    private func readAlterColumn(_ call: PythonCall, table: String, into result: inout Result) {
        let column = call.argument(named: "column_name", position: 1).map(name) ?? "?"
        if call.argument(named: "type_") != nil {
            result.hazards.append(hazard(.columnTypeChange, "\(table).\(column)", call))
        }
        if let newName = call.argument(named: "new_column_name").map(name) {
            result.hazards.append(hazard(.renameColumn, "\(table).\(column) → \(newName)", call))
        }
    }

    private func readExecute(_ call: PythonCall, inAutocommit: Bool, into result: inout Result) {
        guard var argument = call.argument(named: "sqltext", position: 0) else {
            return
        }
        if let text = firstCall(in: argument, calleeSuffix: "text"),
            text.tokens.lowerBound == argument.tokens.lowerBound,
            let inner = text.positionalArgument(0)
        {
            argument = inner
        }
        guard let sql = module.literal(argument)?.stringValue else {
            return
        }
        let token = module.text(of: argument.tokens.lowerBound)
        let keepsLines =
            argument.tokens.count == 1 && (token.contains("\"\"\"") || token.contains("'''"))
            && !token.contains("\\n")
        result.sql.append(
            SQLSection(
                text: sql, path: path, firstLine: argument.start.line, inTransaction: inTransaction && !inAutocommit,
                keepsLines: keepsLines, enclosingLines: call.start.line...call.end.line))
    }

    // MARK: - Gathering

    private func createdTables(_ calls: [PythonCall]) -> Set<String> {
        Set(
            calls.filter { $0.callee == "op.create_table" }.compactMap {
                $0.argument(named: "table_name", position: 0).map(name)
            })
    }

    /// Returns `table\0column` for the first column of every index the migration creates.
    private func indexedColumns(_ calls: [PythonCall]) -> Set<String> {
        var columns = Set<String>()
        for call in calls where call.callee == "op.create_index" {
            guard let table = call.argument(named: "table_name", position: 1).map(name),
                let list = call.argument(named: "columns", position: 2),
                let first = module.literal(list)?.strings?.first
            else {
                continue
            }
            columns.insert("\(table)\u{0}\(first)")
        }
        return columns
    }

    /// Returns the token ranges of the suites of `with ...autocommit_block():` statements.
    private func autocommitBlocks(in range: Range<Int>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        for statement in module.statements(in: range) {
            guard statement.kind == .compound, let body = statement.body else {
                continue
            }
            let header = statement.header
            if module.isName(header.lowerBound, "with"),
                header.contains(where: { module.isName($0, "autocommit_block") })
            {
                blocks.append(body)
            } else {
                blocks += autocommitBlocks(in: body)
            }
        }
        return blocks
    }

    // MARK: - Values

    /// Returns the name an argument gives: a string constant, `op.f("name")`, or the code as written.
    private func name(_ expression: PythonExpression) -> String {
        if let value = module.literal(expression)?.stringValue {
            return value
        }
        if let call = firstCall(in: expression, calleeSuffix: "f"),
            call.tokens.lowerBound == expression.tokens.lowerBound,
            let inner = call.positionalArgument(0), let value = module.literal(inner)?.stringValue
        {
            return value
        }
        return expression.text
    }

    private func firstCall(in expression: PythonExpression, calleeSuffix suffix: String) -> PythonCall? {
        module.calls(in: expression.tokens).first { $0.callee == suffix || $0.callee.hasSuffix("." + suffix) }
    }

    private func isTrue(_ expression: PythonExpression?) -> Bool {
        expression.map { module.literal($0) == .bool(true) } ?? false
    }

    private func isFalse(_ expression: PythonExpression?) -> Bool {
        expression.map { module.literal($0) == .bool(false) } ?? false
    }

    private func hazard(_ hazard: MigrationHazard, _ subject: String, _ call: PythonCall) -> StatementHazard {
        StatementHazard(
            hazard: hazard, subject: subject, source: .alembicOperation, path: path, firstLine: call.start.line,
            lastLine: call.end.line)
    }
}
