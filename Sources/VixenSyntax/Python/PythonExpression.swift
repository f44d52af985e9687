/// A run of tokens that forms an expression: an annotation, a default value, a decorator, an
/// argument or an assigned value.
public struct PythonExpression: Sendable, Hashable {
    /// Indices into ``PythonModule/tokens``, without leading or trailing comments and line breaks.
    public let tokens: Range<Int>
    /// The source from the first token's start to the last token's end, as written: comments
    /// and line breaks between them are kept.
    public let text: String
    public let start: PythonPosition
    public let end: PythonPosition

    public init(tokens: Range<Int>, text: String, start: PythonPosition, end: PythonPosition) {
        self.tokens = tokens
        self.text = text
        self.start = start
        self.end = end
    }
}
