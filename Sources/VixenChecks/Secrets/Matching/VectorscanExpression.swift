import CVectorscan

/// One pattern of a Vectorscan database, with the flags it is compiled with and the id its
/// matches report.
struct VectorscanExpression: Sendable, Equatable {
    let pattern: String
    let flags: UInt32
    let id: UInt32

    /// Flags of a rule's pattern: `^` and `$` match at each line, as in the PCRE2 patterns,
    /// and every match end is reported, not only the first.
    ///
    /// `HS_FLAG_SOM_LEFTMOST` is left out. PCRE2 finds where a secret starts anyway, within
    /// the rule's `max_width`, and with that flag Vectorscan 5.4.9 rejected 61 of the 211
    /// built-in patterns as too large when it was measured.
    static let ruleFlags = UInt32(HS_FLAG_MULTILINE)
    /// Flags of a keyword, which is a literal matched without regard to case.
    static let keywordFlags = UInt32(HS_FLAG_CASELESS)

    /// Returns a pattern that matches `literal` byte for byte, every byte escaped as `\xHH`.
    static func literal(_ literal: String) -> String {
        var pattern = ""
        for byte in literal.utf8 {
            pattern += "\\x"
            if byte < 0x10 {
                pattern += "0"
            }
            pattern += String(byte, radix: 16)
        }
        return pattern
    }
}
