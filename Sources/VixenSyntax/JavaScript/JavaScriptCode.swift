/// JavaScript or TypeScript source as its tokens without comments, for reading a module's shape,
/// such as the functions it exports.
///
/// Names inside strings, templates and comments are no tokens of their own, so a search for a
/// name finds only code.
public struct JavaScriptCode: Sendable {
    /// The bytes that were lexed.
    public let source: [UInt8]
    /// The tokens, comments left out.
    public let tokens: [JavaScriptToken]

    public init(_ source: [UInt8]) {
        self.source = source
        tokens = JavaScriptLexer.tokens(in: source).filter { !$0.isComment }
    }

    /// Returns the text of the token at `index`, or "" when there is no such token.
    public func text(at index: Int) -> String {
        tokens.indices.contains(index) ? tokens[index].text(in: source) : ""
    }

    /// Returns whether the token at `index` is the punctuator `punctuator`.
    public func isPunctuator(_ punctuator: String, at index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .punctuator && text(at: index) == punctuator
    }

    /// Returns whether the token at `index` is the identifier or keyword `word`.
    public func isWord(_ word: String, at index: Int) -> Bool {
        tokens.indices.contains(index) && Self.isWordKind(tokens[index].kind) && text(at: index) == word
    }

    /// Returns the index of the `)`, `]` or `}` that closes the bracket at `open`, or nil when
    /// the token there is no opening bracket or the source ends first.
    public func matchingBracket(_ open: Int) -> Int? {
        guard Self.opening.contains(text(at: open)), tokens[open].kind == .punctuator else {
            return nil
        }
        var depth = 0
        for index in open..<tokens.count where tokens[index].kind == .punctuator {
            let punctuator = text(at: index)
            if Self.opening.contains(punctuator) {
                depth += 1
            } else if Self.closing.contains(punctuator) {
                depth -= 1
                if depth == 0 {
                    return index
                }
            }
        }
        return nil
    }

    /// Returns the bracket depth of the token at `index`, counted from the token at `start`.
    public func depth(of index: Int, from start: Int) -> Int {
        var depth = 0
        for position in start..<index where tokens[position].kind == .punctuator {
            let punctuator = text(at: position)
            if Self.opening.contains(punctuator) {
                depth += 1
            } else if Self.closing.contains(punctuator) {
                depth -= 1
            }
        }
        return depth
    }

    /// Returns the code of the tokens in `range` as one line, with a space only between two
    /// words or numbers, so `return  Promise .resolve( )` reads `return Promise.resolve()`.
    public func compactText(_ range: Range<Int>) -> String {
        var text = ""
        var previousIsWord = false
        for index in range.clamped(to: tokens.indices) {
            let isWord = Self.isWordKind(tokens[index].kind) || tokens[index].kind == .number
            if isWord && previousIsWord {
                text += " "
            }
            text += self.text(at: index)
            previousIsWord = isWord
        }
        return text
    }

    private static let opening: Set<String> = ["(", "[", "{"]
    private static let closing: Set<String> = [")", "]", "}"]

    private static func isWordKind(_ kind: JavaScriptToken.Kind) -> Bool {
        kind == .identifier || kind == .keyword
    }
}
