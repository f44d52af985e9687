/// A `def` or `async def` statement, at any depth: in the module, in a class, in another
/// function or inside an `if`, `try` or `with` block.
public struct PythonFunction: Sendable, Hashable {
    public let name: String
    /// The name as Python's `__qualname__` gives it: `upgrade`, `Settings.validate`,
    /// `outer.<locals>.inner`.
    public let qualifiedName: String
    public let isAsync: Bool
    /// The decorators' expressions without their `@`, in source order.
    public let decorators: [PythonExpression]
    public let parameters: [PythonParameter]
    /// The expression after `->`, or nil when there is none.
    public let returnAnnotation: PythonExpression?
    /// The qualified name of the class whose body defines the function directly, or nil.
    public let enclosingClass: String?
    /// The number of `def` and `class` statements around this one; 0 at module level.
    public let depth: Int
    /// The start of the `def` keyword, or of the `async` before it.
    public let keyword: PythonPosition
    /// The start of the definition: its first decorator's `@`, else ``keyword``.
    public let start: PythonPosition
    public let body: PythonBlock
    /// Every token of the definition, from the first decorator to the end of the body.
    public let tokens: Range<Int>

    public init(
        name: String, qualifiedName: String, isAsync: Bool, decorators: [PythonExpression],
        parameters: [PythonParameter], returnAnnotation: PythonExpression?, enclosingClass: String?, depth: Int,
        keyword: PythonPosition, start: PythonPosition, body: PythonBlock, tokens: Range<Int>
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.isAsync = isAsync
        self.decorators = decorators
        self.parameters = parameters
        self.returnAnnotation = returnAnnotation
        self.enclosingClass = enclosingClass
        self.depth = depth
        self.keyword = keyword
        self.start = start
        self.body = body
        self.tokens = tokens
    }
}

/// The suite of a `def` or `class`: the statements it runs.
public struct PythonBlock: Sendable, Hashable {
    /// The suite's tokens: between its `INDENT` and `DEDENT`, or after the `:` of a one-line suite.
    ///
    /// A one-line suite is `pass` in `def f(): pass`. The range is empty when the suite is
    /// missing at the end of the input.
    public let tokens: Range<Int>
    /// False for a one-line suite.
    public let isIndented: Bool
    /// The start of the suite's first statement, or the end of the header when it is empty.
    public let start: PythonPosition
    /// The end of the suite's last token that is not a comment or a line break.
    ///
    /// Comments after the last statement are outside the block, as Python's indentation rules decide.
    public let end: PythonPosition

    public init(tokens: Range<Int>, isIndented: Bool, start: PythonPosition, end: PythonPosition) {
        self.tokens = tokens
        self.isIndented = isIndented
        self.start = start
        self.end = end
    }
}

/// One parameter of a function.
public struct PythonParameter: Sendable, Hashable {
    /// The ways a caller may pass the parameter, named as in `inspect.Parameter.kind`.
    public enum Kind: Sendable, Hashable {
        /// Before a `/` marker.
        case positionalOnly
        case positionalOrKeyword
        /// `*args`.
        case variadicPositional
        /// After `*` or `*args`.
        case keywordOnly
        /// `**kwargs`.
        case variadicKeyword
    }

    /// The name without its `*` or `**`.
    public let name: String
    public let kind: Kind
    public let annotation: PythonExpression?
    public let defaultValue: PythonExpression?
    public let position: PythonPosition

    public init(
        name: String, kind: Kind, annotation: PythonExpression?, defaultValue: PythonExpression?,
        position: PythonPosition
    ) {
        self.name = name
        self.kind = kind
        self.annotation = annotation
        self.defaultValue = defaultValue
        self.position = position
    }
}
