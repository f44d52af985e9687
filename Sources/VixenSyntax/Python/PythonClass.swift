/// A `class` statement, at any depth.
public struct PythonClass: Sendable, Hashable {
    public let name: String
    /// The name as Python's `__qualname__` gives it: `Settings`, `Outer.Inner`.
    public let qualifiedName: String
    /// The decorators' expressions without their `@`, in source order.
    public let decorators: [PythonExpression]
    /// The arguments in the parentheses after the name.
    ///
    /// Base classes are positional arguments, and `metaclass=...` and other class keywords
    /// are keyword arguments.
    public let arguments: [PythonArgument]
    /// The qualified name of the class whose body defines this one directly, or nil.
    public let enclosingClass: String?
    /// The number of `def` and `class` statements around this one; 0 at module level.
    public let depth: Int
    /// The start of the `class` keyword.
    public let keyword: PythonPosition
    /// The start of the definition: its first decorator's `@`, else ``keyword``.
    public let start: PythonPosition
    public let body: PythonBlock
    /// The assignments directly in the class body, such as pydantic fields `name: str = "x"`.
    public let assignments: [PythonAssignment]
    /// Every token of the definition, from the first decorator to the end of the body.
    public let tokens: Range<Int>

    public init(
        name: String, qualifiedName: String, decorators: [PythonExpression], arguments: [PythonArgument],
        enclosingClass: String?, depth: Int, keyword: PythonPosition, start: PythonPosition, body: PythonBlock,
        assignments: [PythonAssignment], tokens: Range<Int>
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.decorators = decorators
        self.arguments = arguments
        self.enclosingClass = enclosingClass
        self.depth = depth
        self.keyword = keyword
        self.start = start
        self.body = body
        self.assignments = assignments
        self.tokens = tokens
    }
}

/// An assignment to plain names: `x = 1`, `a = b = 1`, `x: int = 1` or an annotation alone, `x: int`.
///
/// Assignments to attributes, subscripts or tuples (`a.b = 1`, `a, b = t`) and augmented
/// assignments (`x += 1`) are not listed.
public struct PythonAssignment: Sendable, Hashable {
    /// The names assigned, left to right: `["a", "b"]` for `a = b = 1`.
    public let targets: [String]
    public let annotation: PythonExpression?
    /// The assigned expression, or nil for an annotation without a value.
    public let value: PythonExpression?
    public let start: PythonPosition
    /// The statement's tokens.
    public let tokens: Range<Int>

    public init(
        targets: [String], annotation: PythonExpression?, value: PythonExpression?, start: PythonPosition,
        tokens: Range<Int>
    ) {
        self.targets = targets
        self.annotation = annotation
        self.value = value
        self.start = start
        self.tokens = tokens
    }
}
