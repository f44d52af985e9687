/// Walks a module's blocks and collects its functions, classes and assignments.
struct PythonDefinitionReader {
    /// The block being read, which decides qualified names and where assignments are kept.
    private struct Scope {
        /// The prefix of qualified names in this block: "", `C.` or `f.<locals>.`.
        let prefix: String
        /// The qualified name of the class when the block is a class body.
        let className: String?
        let depth: Int
    }

    private let list: PythonTokenList
    private let statementReader: PythonStatementReader
    /// False to read only the module's own statements, not the blocks inside them.
    private let descends: Bool
    private(set) var functions: [PythonFunction] = []
    private(set) var classes: [PythonClass] = []

    init(list: PythonTokenList, scope: PythonReadingScope) {
        self.list = list
        self.statementReader = PythonStatementReader(list: list)
        self.descends = scope == .everything
    }

    /// Reads the whole module and returns its module-level assignments.
    mutating func readModule() -> [PythonAssignment] {
        readBlock(0..<list.endIndex, scope: Scope(prefix: "", className: nil, depth: 0), keepsAssignments: true)
    }

    /// Reads the statements of a block, descending into every suite, and returns the
    /// assignments directly in it when `keepsAssignments` is true.
    private mutating func readBlock(_ range: Range<Int>, scope: Scope, keepsAssignments: Bool) -> [PythonAssignment] {
        var assignments: [PythonAssignment] = []
        var decorators: [(expression: PythonExpression, at: Int)] = []
        for statement in statementReader.statements(in: range) {
            let first = statement.tokens.lowerBound
            if statement.kind == .simple && list.isOperator(first, "@") {
                if let expression = list.expression((first + 1)..<statement.tokens.upperBound) {
                    decorators.append((expression, first))
                }
                continue
            }
            if statement.kind == .compound {
                if list.isName(first, "def") || (list.isName(first, "async") && list.isName(first + 1, "def")) {
                    readFunction(statement, decorators: decorators, scope: scope)
                } else if list.isName(first, "class") {
                    readClass(statement, decorators: decorators, scope: scope)
                } else if descends, let body = statement.body {
                    _ = readBlock(body, scope: scope, keepsAssignments: false)
                }
            } else if keepsAssignments, let assignment = assignment(statement) {
                assignments.append(assignment)
            }
            decorators = []
        }
        return assignments
    }

    private mutating func readFunction(
        _ statement: PythonStatement, decorators: [(expression: PythonExpression, at: Int)], scope: Scope
    ) {
        let header = statement.header
        let isAsync = list.isName(header.lowerBound, "async")
        let nameIndex = header.lowerBound + (isAsync ? 2 : 1)
        guard list.isKind(nameIndex, .name), let open = parametersOpening(after: nameIndex, header: header),
            let close = list.matchingBracket(open, before: header.upperBound)
        else {
            return
        }
        var returnAnnotation: PythonExpression?
        if list.isOperator(close + 1, "->") {
            returnAnnotation = list.expression((close + 2)..<(header.upperBound - 1))
        }
        let name = list.text(nameIndex)
        let qualifiedName = scope.prefix + name
        let body = block(of: statement)
        let firstToken = decorators.first?.at ?? header.lowerBound
        functions.append(
            PythonFunction(
                name: name, qualifiedName: qualifiedName, isAsync: isAsync, decorators: decorators.map(\.expression),
                parameters: PythonParameterReader(list: list).parameters(open: open, close: close),
                returnAnnotation: returnAnnotation, enclosingClass: scope.className, depth: scope.depth,
                keyword: list.tokens[header.lowerBound].start, start: list.tokens[firstToken].start, body: body,
                tokens: firstToken..<statement.tokens.upperBound))
        if descends {
            let inner = Scope(prefix: qualifiedName + ".<locals>.", className: nil, depth: scope.depth + 1)
            _ = readBlock(body.tokens, scope: inner, keepsAssignments: false)
        }
    }

    /// Returns the `(` of the parameter list, after the type parameters `[T]` of Python 3.12
    /// when there are some.
    private func parametersOpening(after nameIndex: Int, header: Range<Int>) -> Int? {
        var open = nameIndex + 1
        if list.isOperator(open, "[") {
            guard let close = list.matchingBracket(open, before: header.upperBound) else {
                return nil
            }
            open = close + 1
        }
        return list.isOperator(open, "(") ? open : nil
    }

    private mutating func readClass(
        _ statement: PythonStatement, decorators: [(expression: PythonExpression, at: Int)], scope: Scope
    ) {
        let header = statement.header
        let nameIndex = header.lowerBound + 1
        guard list.isKind(nameIndex, .name) else {
            return
        }
        var arguments: [PythonArgument] = []
        var open = nameIndex + 1
        if list.isOperator(open, "["), let close = list.matchingBracket(open, before: header.upperBound) {
            open = close + 1
        }
        if list.isOperator(open, "("), let close = list.matchingBracket(open, before: header.upperBound) {
            arguments = PythonArgumentReader(list: list).arguments(open: open, close: close)
        }
        let name = list.text(nameIndex)
        let qualifiedName = scope.prefix + name
        let body = block(of: statement)
        let inner = Scope(prefix: qualifiedName + ".", className: qualifiedName, depth: scope.depth + 1)
        let classIndex = classes.count
        let firstToken = decorators.first?.at ?? header.lowerBound
        // The class is listed before the classes its body defines, so the list is in source order.
        classes.append(
            PythonClass(
                name: name, qualifiedName: qualifiedName, decorators: decorators.map(\.expression),
                arguments: arguments, enclosingClass: scope.className, depth: scope.depth,
                keyword: list.tokens[header.lowerBound].start, start: list.tokens[firstToken].start, body: body,
                assignments: [], tokens: firstToken..<statement.tokens.upperBound))
        let assignments = descends ? readBlock(body.tokens, scope: inner, keepsAssignments: true) : []
        let read = classes[classIndex]
        classes[classIndex] = PythonClass(
            name: read.name, qualifiedName: read.qualifiedName, decorators: read.decorators, arguments: read.arguments,
            enclosingClass: read.enclosingClass, depth: read.depth, keyword: read.keyword, start: read.start,
            body: read.body, assignments: assignments, tokens: read.tokens)
    }

    private func block(of statement: PythonStatement) -> PythonBlock {
        let tokens = statement.body ?? statement.tokens.upperBound..<statement.tokens.upperBound
        let code = list.trimmed(tokens)
        let headerEnd = list.tokens[statement.header.upperBound - 1].end
        let start = code.first.map { list.tokens[$0].start } ?? headerEnd
        return PythonBlock(
            tokens: tokens, isIndented: list.isKind(tokens.lowerBound - 1, .indent), start: start,
            end: list.lastCodeEnd(in: tokens) ?? start)
    }

    /// Returns the assignment a simple statement makes to plain names, or nil when it makes none.
    private func assignment(_ statement: PythonStatement) -> PythonAssignment? {
        let code = statement.tokens
        let first = code.lowerBound
        guard list.isKind(first, .name) else {
            return nil
        }
        let start = list.tokens[first].start
        if list.isOperator(first + 1, ":") {
            let equals = list.firstTopLevel("=", in: (first + 2)..<code.upperBound)
            guard let annotation = list.expression((first + 2)..<(equals ?? code.upperBound)) else {
                return nil
            }
            let value = equals.flatMap { list.expression(($0 + 1)..<code.upperBound) }
            return PythonAssignment(
                targets: [list.text(first)], annotation: annotation, value: value, start: start, tokens: code)
        }
        var targets: [String] = []
        var segment = first
        while list.isKind(segment, .name), list.isOperator(segment + 1, "="), segment + 1 < code.upperBound {
            targets.append(list.text(segment))
            segment += 2
        }
        guard !targets.isEmpty, let value = list.expression(segment..<code.upperBound) else {
            return nil
        }
        return PythonAssignment(targets: targets, annotation: nil, value: value, start: start, tokens: code)
    }
}
