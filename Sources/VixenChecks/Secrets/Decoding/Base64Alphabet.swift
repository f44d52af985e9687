/// The two base64 alphabets of RFC 4648: standard (`+` and `/`) and URL-safe (`-` and `_`).
enum Base64Alphabet: Sendable, Equatable {
    case standard
    case urlSafe

    /// Returns the 6-bit value of `byte` in this alphabet, or nil when it is not one of its characters.
    func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+") where self == .standard: 62
        case UInt8(ascii: "/") where self == .standard: 63
        case UInt8(ascii: "-") where self == .urlSafe: 62
        case UInt8(ascii: "_") where self == .urlSafe: 63
        default: nil
        }
    }

    /// Returns whether `byte` is a character of either alphabet, padding excluded.
    static func isEitherCharacter(_ byte: UInt8) -> Bool {
        ByteClass.isLowercase(byte) || ByteClass.isUppercase(byte) || ByteClass.isDigit(byte)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    /// Returns whether `byte` can be part of a digest in standard base64 or hex, padding excluded.
    static func isDigestCharacter(_ byte: UInt8) -> Bool {
        ByteClass.isLowercase(byte) || ByteClass.isUppercase(byte) || ByteClass.isDigit(byte)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }

    /// Returns whether `byte` can appear inside a data URI's base64 payload.
    static func isPayloadCharacter(_ byte: UInt8) -> Bool {
        isEitherCharacter(byte) || byte == UInt8(ascii: "=")
    }
}
