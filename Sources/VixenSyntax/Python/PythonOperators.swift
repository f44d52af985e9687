/// Python's operators and delimiters, matched longest first.
enum PythonOperators {
    private static let threeByte = keys(["**=", "//=", ">>=", "<<=", "..."])
    private static let twoByte = keys([
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=",
        "|=",
    ])
    private static let oneByte: Set<UInt8> = Set("!%&()*+,-./:;<=>@[]^{|}~".utf8)

    /// Returns the length in bytes of the operator at `offset`, or nil when none starts there.
    ///
    /// `!` counts as an operator because Python 3.12 tokenizes it so inside f-strings.
    static func length(in bytes: [UInt8], at offset: Int) -> Int? {
        let first = UInt32(bytes[offset])
        if offset + 1 < bytes.count {
            let pair = first << 8 | UInt32(bytes[offset + 1])
            if offset + 2 < bytes.count, threeByte.contains(pair << 8 | UInt32(bytes[offset + 2])) {
                return 3
            }
            if twoByte.contains(pair) {
                return 2
            }
        }
        return oneByte.contains(bytes[offset]) ? 1 : nil
    }

    /// Returns the bracket that closes `open`.
    static func closing(of open: UInt8) -> UInt8 {
        switch open {
        case UInt8(ascii: "("): UInt8(ascii: ")")
        case UInt8(ascii: "["): UInt8(ascii: "]")
        default: UInt8(ascii: "}")
        }
    }

    /// Packs up to four bytes into one integer, so matching allocates nothing.
    private static func key(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func keys(_ operators: [String]) -> Set<UInt32> {
        Set(operators.map { key(ArraySlice($0.utf8)) })
    }
}
