/// Turns a glob pattern into ``GlobSegment``s and measures its specificity.
enum PathGlobCompiler {
    struct Compiled {
        let segments: [GlobSegment]
        let specificity: Int
    }

    static func compile(_ pattern: String) throws(PathGlobError) -> Compiled {
        let scalars = Array(pattern.unicodeScalars)
        var body = scalars[...]

        let isFolderPattern = body.last == "/"
        if isFolderPattern {
            body = body.dropLast()
        }
        let isAnchored = body.first == "/"
        if isAnchored {
            body = body.dropFirst()
        }
        guard !body.isEmpty else {
            throw PathGlobError(pattern: pattern, reason: .empty)
        }

        var written: [GlobSegment] = []
        for part in body.split(separator: "/", omittingEmptySubsequences: false) {
            guard !part.isEmpty else {
                throw PathGlobError(pattern: pattern, reason: .emptySegment)
            }
            if Array(part) == ["*", "*"] {
                written.append(.anySegments)
            } else {
                written.append(.name(try tokens(of: part, pattern: pattern)))
            }
        }

        var segments: [GlobSegment] = []
        // A pattern without an inner or leading slash matches at any depth, like **/pattern.
        if !isAnchored && written.count == 1 {
            segments.append(.anySegments)
        }
        let endsWithDoubleStar = written.last == .anySegments
        for segment in written where !(segment == .anySegments && segments.last == .anySegments) {
            segments.append(segment)
        }
        // A final `**` and a trailing slash each mean "everything under", which needs at least
        // one more segment, so a file named like the folder does not match. With both, as in
        // `a/**/`, the files must sit in a folder below `a`.
        if endsWithDoubleStar {
            segments.removeLast()
            segments.append(.name([.anyRun]))
            segments.append(.anySegments)
        }
        if isFolderPattern {
            if segments.last == .anySegments {
                segments.removeLast()
            }
            segments.append(.name([.anyRun]))
            segments.append(.anySegments)
        }

        let counted = isAnchored ? scalars.dropFirst() : scalars[...]
        return Compiled(segments: segments, specificity: specificity(of: counted))
    }

    /// Counts the literal characters before the first wildcard; an escape counts as one.
    private static func specificity(of scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            switch scalars[index] {
            case "*", "?", "[":
                return count
            case "\\":
                index += 2
            default:
                index += 1
            }
            count += 1
        }
        return count
    }

    /// Parses one segment's text.
    ///
    /// Indices of `part` are positions in the whole pattern, which errors report 1-based.
    private static func tokens(
        of part: ArraySlice<Unicode.Scalar>, pattern: String
    ) throws(PathGlobError) -> [GlobToken] {
        var tokens: [GlobToken] = []
        var index = part.startIndex

        while index < part.endIndex {
            let scalar = part[index]
            switch scalar {
            case "\\":
                guard index + 1 < part.endIndex else {
                    throw PathGlobError(pattern: pattern, reason: .danglingBackslash(position: index + 1))
                }
                appendLiteral(part[index + 1], to: &tokens)
                index += 2
            case "*":
                if tokens.last != .anyRun {
                    tokens.append(.anyRun)
                }
                index += 1
            case "?":
                tokens.append(.anyCharacter)
                index += 1
            case "[":
                let parsed = try characterClass(in: part, openingAt: index, pattern: pattern)
                tokens.append(.characterClass(parsed.characterClass))
                index = parsed.end
            default:
                appendLiteral(scalar, to: &tokens)
                index += 1
            }
        }
        return tokens
    }

    private static func appendLiteral(_ scalar: Unicode.Scalar, to tokens: inout [GlobToken]) {
        for byte in String(scalar).utf8 {
            tokens.append(.byte(byte))
        }
    }

    /// Parses the bracket expression whose `[` is at `opening`; returns it and the index after its `]`.
    private static func characterClass(
        in part: ArraySlice<Unicode.Scalar>, openingAt opening: Int, pattern: String
    ) throws(PathGlobError) -> (characterClass: GlobCharacterClass, end: Int) {
        let unclosed = PathGlobError(pattern: pattern, reason: .unclosedBracket(position: opening + 1))
        var index = opening + 1
        var isNegated = false
        if index < part.endIndex, part[index] == "!" || part[index] == "^" {
            isNegated = true
            index += 1
        }

        /// Reads one member character at `index`, resolving a `\` escape.
        func member() throws(PathGlobError) -> Unicode.Scalar {
            guard index < part.endIndex else {
                throw unclosed
            }
            if part[index] == "\\" {
                guard index + 1 < part.endIndex else {
                    throw unclosed
                }
                index += 2
                return part[index - 1]
            }
            index += 1
            return part[index - 1]
        }

        var ranges: [ClosedRange<UInt32>] = []
        var isFirst = true
        while true {
            guard index < part.endIndex else {
                throw unclosed
            }
            if part[index] == "]" && !isFirst {
                return (GlobCharacterClass(ranges: ranges, isNegated: isNegated), index + 1)
            }
            isFirst = false

            let lower = try member()
            let isRange = index + 1 < part.endIndex && part[index] == "-" && part[index + 1] != "]"
            guard isRange else {
                ranges.append(lower.value...lower.value)
                continue
            }
            index += 1
            let upper = try member()
            guard lower.value <= upper.value else {
                throw PathGlobError(pattern: pattern, reason: .backwardsRange("\(lower)-\(upper)"))
            }
            ranges.append(lower.value...upper.value)
        }
    }
}
