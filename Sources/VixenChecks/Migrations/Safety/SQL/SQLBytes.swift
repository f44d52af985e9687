/// The bytes and byte classes the SQL lexer tests in UTF-8 text.
enum SQLBytes {
    static let lineFeed = UInt8(ascii: "\n")
    static let quote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let dollar = UInt8(ascii: "$")
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let equals = UInt8(ascii: "=")
    static let ampersand = UInt8(ascii: "&")
    static let dot = UInt8(ascii: ".")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let slash = UInt8(ascii: "/")
    static let asterisk = UInt8(ascii: "*")
    static let underscore = UInt8(ascii: "_")
    static let digitZero = UInt8(ascii: "0")
    static let letterB = UInt8(ascii: "b")
    static let letterE = UInt8(ascii: "e")
    static let letterN = UInt8(ascii: "n")
    static let letterO = UInt8(ascii: "o")
    static let letterU = UInt8(ascii: "u")
    static let letterX = UInt8(ascii: "x")

    /// Returns the token kind of a one-byte punctuation mark, or nil for any other byte.
    static func punctuation(_ byte: UInt8) -> SQLToken.Kind? {
        switch byte {
        case UInt8(ascii: "("): .leftParenthesis
        case UInt8(ascii: ")"): .rightParenthesis
        case UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: ","): .comma
        case semicolon: .semicolon
        default: nil
        }
    }

    /// Returns `byte` lower-cased when it is an ASCII capital letter, else unchanged.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        isUppercase(byte) ? byte + 32 : byte
    }

    static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// White space as PostgreSQL's scanner defines it: space, tab, line feed, carriage return, form feed
    /// and vertical tab.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// True for a byte that can start an unquoted identifier: an ASCII letter, `_`, or any byte of a
    /// multi-byte UTF-8 character.
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        let lower = lowercased(byte)
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || byte == underscore || byte >= 0x80
    }

    /// True for a byte that can continue an unquoted identifier, which also allows digits and `$`.
    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == dollar
    }

    /// True for the characters PostgreSQL builds operators from: + - * / < > = ~ ! @ # % ^ & | ` and ?.
    static func isOperatorCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"),
            UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "@"),
            UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "&"), UInt8(ascii: "|"),
            UInt8(ascii: "`"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }
}
