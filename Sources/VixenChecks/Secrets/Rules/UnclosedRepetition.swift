/// Finds a `{` that starts a repetition count, as in `{32` or `{2,8`, but has no closing `}`.
///
/// PCRE2 and Vectorscan both read such a brace as literal text, so `[a-z]{32` compiles and then
/// matches only text that contains `{32`, and the rule's author gets no more than an example
/// that does not match.
enum UnclosedRepetition {
    /// A `{` found unclosed: its 1-based character column in the pattern and the text it starts.
    struct Match: Equatable {
        let column: Int
        let fragment: String
    }

    /// Escapes whose argument is written in braces, such as `\x{1F600}` and `\p{L}`.
    private static let bracedEscapes: Set<Character> = ["x", "o", "p", "P", "N", "g", "k"]

    /// Returns the first unclosed repetition count in `pattern`, or nil when there is none.
    ///
    /// Escaped characters, braced escape arguments and character classes are skipped, because a
    /// `{` there is not a quantifier.
    // NOTE: `\Q…\E` quoting and `(?x)` comments are not recognized, so a `{` inside them is read
    // as a quantifier.
    static func find(in pattern: String) -> Match? {
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\":
                index = afterEscape(characters, at: index)
            case "[":
                index = afterClass(characters, at: index)
            case "{":
                if let match = unclosedCount(characters, at: index) {
                    return match
                }
                index += 1
            default:
                index += 1
            }
        }
        return nil
    }

    private static func afterEscape(_ characters: [Character], at index: Int) -> Int {
        let escaped = index + 1
        guard escaped < characters.count else {
            return characters.count
        }
        guard bracedEscapes.contains(characters[escaped]), escaped + 1 < characters.count,
            characters[escaped + 1] == "{"
        else {
            return escaped + 1
        }
        var next = escaped + 2
        while next < characters.count, characters[next] != "}" {
            next += 1
        }
        return next + 1
    }

    /// Returns the index after the class that opens at `index`; a `]` first in the class is literal.
    private static func afterClass(_ characters: [Character], at index: Int) -> Int {
        var next = index + 1
        if next < characters.count, characters[next] == "^" {
            next += 1
        }
        if next < characters.count, characters[next] == "]" {
            next += 1
        }
        while next < characters.count, characters[next] != "]" {
            next = characters[next] == "\\" ? next + 2 : next + 1
        }
        return next + 1
    }

    /// Returns a match when the `{` at `index` opens digits, with an optional comma and more
    /// digits, that no `}` follows.
    private static func unclosedCount(_ characters: [Character], at index: Int) -> Match? {
        var next = index + 1
        let digitsStart = next
        while next < characters.count, characters[next].isASCII, characters[next].isNumber {
            next += 1
        }
        guard next > digitsStart else {
            return nil
        }
        if next < characters.count, characters[next] == "," {
            next += 1
            while next < characters.count, characters[next].isASCII, characters[next].isNumber {
                next += 1
            }
        }
        guard next == characters.count || characters[next] != "}" else {
            return nil
        }
        return Match(column: index + 1, fragment: String(characters[index..<next]))
    }
}
