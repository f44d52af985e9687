extension PathGlob {
    /// Matches the compiled segments against the path's segments.
    ///
    /// Both levels use the same greedy algorithm with one backtracking point: `**` over
    /// segments here, `*` over characters in ``matches(_:bytes:from:to:)``. Each other
    /// element consumes exactly one segment or one character, which is what makes a single
    /// backtracking point enough, so matching takes at most quadratic time.
    func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        let end = bytes.count

        func segmentEnd(from start: Int) -> Int {
            var index = start
            while index < end && bytes[index] != slash {
                index += 1
            }
            return index
        }

        // `start` is the current path segment's first byte; `end + 1` means no segment is left.
        var start = end == 0 ? end + 1 : 0
        var patternIndex = 0
        var backtrackPattern: Int?
        var backtrackStart = 0

        while start <= end {
            let stop = segmentEnd(from: start)
            if patternIndex < segments.count {
                switch segments[patternIndex] {
                case .anySegments:
                    backtrackPattern = patternIndex
                    backtrackStart = start
                    patternIndex += 1
                    continue
                case .name(let tokens):
                    if Self.matches(tokens, bytes: bytes, from: start, to: stop) {
                        patternIndex += 1
                        start = stop + 1
                        continue
                    }
                }
            }
            guard let resume = backtrackPattern else {
                return false
            }
            // Let the last `**` take one more segment and try again after it.
            patternIndex = resume + 1
            backtrackStart = segmentEnd(from: backtrackStart) + 1
            start = backtrackStart
        }

        while patternIndex < segments.count && segments[patternIndex] == .anySegments {
            patternIndex += 1
        }
        return patternIndex == segments.count
    }

    /// Matches one segment's tokens against `bytes[start..<stop]`.
    private static func matches(
        _ tokens: [GlobToken], bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int
    ) -> Bool {
        var tokenIndex = 0
        var index = start
        var backtrackToken: Int?
        var backtrackIndex = start

        while index < stop {
            if tokenIndex < tokens.count {
                switch tokens[tokenIndex] {
                case .anyRun:
                    backtrackToken = tokenIndex
                    backtrackIndex = index
                    tokenIndex += 1
                    continue
                case .byte(let byte):
                    if bytes[index] == byte {
                        tokenIndex += 1
                        index += 1
                        continue
                    }
                case .anyCharacter:
                    if let scalar = decodeScalar(bytes, at: index, before: stop) {
                        tokenIndex += 1
                        index += scalar.width
                        continue
                    }
                case .characterClass(let characterClass):
                    if let scalar = decodeScalar(bytes, at: index, before: stop), characterClass.matches(scalar.value) {
                        tokenIndex += 1
                        index += scalar.width
                        continue
                    }
                }
            }
            guard let resume = backtrackToken else {
                return false
            }
            // Let the last `*` take one more byte. A retry that lands inside a multi-byte
            // character fails, because no token matches a continuation byte first.
            tokenIndex = resume + 1
            backtrackIndex += 1
            index = backtrackIndex
        }

        while tokenIndex < tokens.count && tokens[tokenIndex] == .anyRun {
            tokenIndex += 1
        }
        return tokenIndex == tokens.count
    }

    /// Decodes the UTF-8 character starting at `index`; nil when `index` is not a character's first byte.
    private static func decodeScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before stop: Int
    ) -> (value: UInt32, width: Int)? {
        let lead = bytes[index]
        let width: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80:
            return (UInt32(lead), 1)
        case 0xC0..<0xE0:
            width = 2
            value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0:
            width = 3
            value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8:
            width = 4
            value = UInt32(lead & 0x07)
        default:
            return nil
        }
        guard index + width <= stop else {
            return nil
        }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else {
                return nil
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, width)
    }
}
