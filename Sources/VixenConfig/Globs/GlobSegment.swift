/// One compiled segment of a ``PathGlob``.
enum GlobSegment: Sendable, Hashable {
    /// Matches exactly one path segment whose text matches the tokens.
    case name([GlobToken])
    /// Matches zero or more whole path segments.
    case anySegments
}

/// One element of a compiled segment pattern.
enum GlobToken: Sendable, Hashable {
    /// One byte of a literal character's UTF-8 encoding.
    case byte(UInt8)
    /// `?`: one character.
    case anyCharacter
    /// `*`: any run of characters, the empty run included.
    case anyRun
    /// `[...]`: one character of, or with ``GlobCharacterClass/isNegated``, not of a set.
    case characterClass(GlobCharacterClass)
}

/// The set of a bracket expression, as ranges of Unicode scalar values.
struct GlobCharacterClass: Sendable, Hashable {
    let ranges: [ClosedRange<UInt32>]
    let isNegated: Bool

    func matches(_ scalar: UInt32) -> Bool {
        ranges.contains { $0.contains(scalar) } != isNegated
    }
}
