/// A call of a name or a dotted name, such as `print(x)` or `op.create_index("ix", "t", ["c"])`.
public struct PythonCall: Sendable, Hashable {
    /// The callee as written, without spaces: `op.create_index`.
    public let callee: String
    public let arguments: [PythonArgument]
    /// From the callee's first token to the closing parenthesis.
    public let tokens: Range<Int>
    public let start: PythonPosition
    public let end: PythonPosition

    public init(
        callee: String, arguments: [PythonArgument], tokens: Range<Int>, start: PythonPosition, end: PythonPosition
    ) {
        self.callee = callee
        self.arguments = arguments
        self.tokens = tokens
        self.start = start
        self.end = end
    }

    /// Returns the value of the keyword argument `name`, or nil when the call does not pass it.
    public func argument(named name: String) -> PythonExpression? {
        arguments.first { $0.keyword == name }?.value
    }

    /// Returns the positional argument at `index` (0-based), or nil when the call has fewer.
    public func positionalArgument(_ index: Int) -> PythonExpression? {
        let positional = arguments.filter { $0.kind == .positional }
        return index < positional.count ? positional[index].value : nil
    }

    /// Returns the argument passed by keyword `name`, else the positional one at `position`.
    ///
    /// This reads a parameter that may be passed either way, such as `reverse_code` in Django's
    /// `RunPython(code, reverse_code=None)`.
    public func argument(named name: String, position: Int) -> PythonExpression? {
        argument(named: name) ?? positionalArgument(position)
    }
}

/// One argument in a call's parentheses.
public struct PythonArgument: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case positional
        /// `name=value`.
        case keyword
        /// `*value`.
        case unpackedPositional
        /// `**value`.
        case unpackedKeyword
    }

    public let kind: Kind
    /// The name before `=`, for a keyword argument only.
    public let keyword: String?
    /// The expression passed, without `name=`, `*` or `**`.
    public let value: PythonExpression

    public init(kind: Kind, keyword: String?, value: PythonExpression) {
        self.kind = kind
        self.keyword = keyword
        self.value = value
    }
}
