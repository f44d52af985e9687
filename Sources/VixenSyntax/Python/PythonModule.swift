/// A Python module read into tokens, statements, definitions and module-level assignments.
///
/// This is a reader for tools that check code, not a parser. It never fails, and it finds
/// definitions and assignments from the token structure without building a full syntax tree.
/// Code that Python would reject is read as far as its tokens allow, and ``issues`` lists
/// where Python would stop. Every position is a line and a byte column, and every
/// range of token indices refers to ``tokens``.
///
/// ```swift
/// let module = PythonModule("def downgrade():\n    pass\n")
/// let downgrade = module.function(named: "downgrade")            // its body, parameters, lines
/// let statements = module.statements(in: downgrade!.body.tokens)  // one `pass` statement
/// ```
public struct PythonModule: Sendable {
    public let source: PythonSource
    public let tokens: [PythonToken]
    public let issues: [PythonSyntaxIssue]
    /// Every `def` and `async def`, nested ones included, in source order.
    public let functions: [PythonFunction]
    /// Every `class`, nested ones included, in source order.
    public let classes: [PythonClass]
    /// The assignments that are statements of the module itself, not of an `if` or `try`
    /// block inside it, in source order.
    public let assignments: [PythonAssignment]
    private let list: PythonTokenList

    /// Reads `source`: all of it, or with `scope` set to ``PythonReadingScope/moduleLevel``
    /// only its own statements, which is faster when only module-level names matter.
    public init(source: PythonSource, scope: PythonReadingScope = .everything) {
        let (tokens, issues) = PythonTokenizer.tokenize(source)
        let list = PythonTokenList(source: source, tokens: tokens)
        var reader = PythonDefinitionReader(list: list, scope: scope)
        let assignments = reader.readModule()
        self.source = source
        self.tokens = tokens
        self.issues = issues
        self.list = list
        self.assignments = assignments
        self.functions = reader.functions
        self.classes = reader.classes
    }

    public init(_ text: String) {
        self.init(source: PythonSource(text))
    }

    public init(bytes: [UInt8], scope: PythonReadingScope = .everything) {
        self.init(source: PythonSource(bytes: bytes), scope: scope)
    }

    /// The module's own statements, in source order.
    public var statements: [PythonStatement] {
        statements(in: 0..<tokens.count)
    }

    /// Returns the last module-level definition of the function `name`.
    ///
    /// The last one counts because Python rebinds the name at each `def`. Functions inside
    /// classes, other functions or blocks do not count.
    public func function(named name: String) -> PythonFunction? {
        functions.last { $0.depth == 0 && $0.qualifiedName == name && isModuleStatement($0.tokens) }
    }

    /// Returns the last module-level assignment to `name`.
    public func assignment(to name: String) -> PythonAssignment? {
        assignments.last { $0.targets.contains(name) }
    }

    /// Returns the statements directly in a block, such as ``PythonBlock/tokens`` of a function.
    public func statements(in range: Range<Int>) -> [PythonStatement] {
        PythonStatementReader(list: list).statements(in: range.clamped(to: 0..<tokens.count))
    }

    /// Returns every call in `range` whose callee is a name or a dotted name, in the order of
    /// their opening parentheses, so an outer call comes before the calls in its arguments.
    ///
    /// Calls on other expressions, such as `f()()` or `"".join(x)`, are not listed.
    public func calls(in range: Range<Int>) -> [PythonCall] {
        PythonCallReader(list: list).calls(in: range.clamped(to: 0..<tokens.count))
    }

    /// Returns the value of a constant expression, or nil when it is not one.
    public func literal(_ expression: PythonExpression) -> PythonLiteral? {
        PythonLiteralReader(list: list).literal(expression.tokens)
    }

    /// Returns the expression over a range of tokens, without leading or trailing comments and
    /// line breaks, or nil when nothing else is in it.
    public func expression(_ range: Range<Int>) -> PythonExpression? {
        list.expression(range.clamped(to: 0..<tokens.count))
    }

    /// Returns the text of the token at `index`.
    public func text(of index: Int) -> String {
        list.text(index)
    }

    /// Returns whether the token at `index` is the name or keyword `text`.
    public func isName(_ index: Int, _ text: String) -> Bool {
        list.isName(index, text)
    }

    /// Returns whether the token at `index` is the operator `text`.
    public func isOperator(_ index: Int, _ text: String) -> Bool {
        list.isOperator(index, text)
    }

    /// Returns whether a definition's tokens form a statement of the module itself rather
    /// than of an `if` or `try` block.
    private func isModuleStatement(_ definition: Range<Int>) -> Bool {
        statements.contains { $0.tokens.lowerBound == definition.lowerBound }
    }
}

/// How much of a module ``PythonModule`` reads beyond its tokens.
public enum PythonReadingScope: Sendable, Hashable {
    /// Every function and class at any depth, and the assignments of the module and of class bodies.
    case everything
    /// The module's own statements: its top-level functions and classes, without the
    /// definitions and assignments inside their bodies, and its assignments.
    case moduleLevel
}
