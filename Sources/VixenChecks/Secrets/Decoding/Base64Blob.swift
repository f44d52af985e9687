/// A stretch of text that may be base64: the runs of base64 characters that one encoded value
/// spans, which may continue over several lines.
///
/// A value wrapped over lines is one blob, as `base64` writes it (76 characters a line) and as
/// YAML block scalars contain it. A run continues on the next line when it fills its own line
/// to the end, has a length that is a multiple of 4 and no padding, and the next line contains
/// base64 characters only after its indentation.
struct Base64Blob: Equatable {
    /// The blob's start and end in the text.
    let range: Range<Int>
    /// The encoded characters, line breaks and indentation removed, padding included.
    let characters: [UInt8]

    /// The shortest blob, in characters without padding, that is decoded.
    ///
    /// Shorter base64 encodes too few bytes for a credential.
    static let minimumLength = 20

    /// Returns the blobs of `text` that pass ``isCandidate``, in order.
    static func find(in text: UnsafeBufferPointer<UInt8>) -> [Base64Blob] {
        var blobs: [Base64Blob] = []
        var index = 0
        while index < text.count {
            guard Base64Alphabet.isEitherCharacter(text[index]) else {
                index += 1
                continue
            }
            // Most runs are short words: skip them without copying their characters.
            if let end = endOfShortRun(text, from: index) {
                index = end
                continue
            }
            let blob = read(text, from: index)
            if blob.isCandidate, !DataURIFilter.isPayload(text, startingAt: blob.range.lowerBound) {
                blobs.append(blob)
            }
            index = blob.range.upperBound
        }
        return blobs
    }

    /// Returns where the run starting at `start` ends when it is too short to be a candidate and
    /// does not continue on the next line, else nil.
    private static func endOfShortRun(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < text.count, end - start < minimumLength, Base64Alphabet.isEitherCharacter(text[end]) {
            end += 1
        }
        let isShort = end - start < minimumLength && (end == text.count || !Base64Alphabet.isEitherCharacter(text[end]))
        guard isShort else {
            return nil
        }
        let mayContinue = (end - start) % 4 == 0 && continuation(text, after: end) != nil
        return mayContinue ? nil : end
    }

    /// Reads the blob that starts at `start`, following it over lines.
    private static func read(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Base64Blob {
        var characters: [UInt8] = []
        var position = start
        while true {
            var end = position
            while end < text.count, Base64Alphabet.isEitherCharacter(text[end]) {
                end += 1
            }
            var padded = end
            while padded < text.count, padded - end < 2, text[padded] == UInt8(ascii: "=") {
                padded += 1
            }
            characters.append(contentsOf: text[position..<padded])
            guard padded == end, characters.count % 4 == 0, let next = continuation(text, after: end) else {
                return Base64Blob(range: start..<padded, characters: characters)
            }
            position = next
        }
    }

    /// Returns where the blob continues when the run ending at `end` fills its line and the next
    /// line contains base64 characters only, else nil.
    private static func continuation(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        var next = end
        if next < text.count, text[next] == UInt8(ascii: "\r") {
            next += 1
        }
        guard next < text.count, text[next] == UInt8(ascii: "\n") else {
            return nil
        }
        next += 1
        while next < text.count, ByteClass.isBlank(text[next]) {
            next += 1
        }
        var lineEnd = next
        while lineEnd < text.count, Base64Alphabet.isPayloadCharacter(text[lineEnd]) {
            lineEnd += 1
        }
        let endsLine =
            lineEnd == text.count || text[lineEnd] == UInt8(ascii: "\n") || text[lineEnd] == UInt8(ascii: "\r")
        return lineEnd > next && endsLine && Base64Alphabet.isEitherCharacter(text[next]) ? next : nil
    }

    /// The encoded characters without padding.
    var unpadded: ArraySlice<UInt8> {
        var end = characters.count
        while end > 0, characters[end - 1] == UInt8(ascii: "=") {
            end -= 1
        }
        return characters[..<end]
    }

    /// The alphabet the characters use, or nil when they mix `+` or `/` with `-` or `_`.
    var alphabet: Base64Alphabet? {
        let standard = characters.contains { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") }
        let urlSafe = characters.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        switch (standard, urlSafe) {
        case (true, true): return nil
        case (false, true): return .urlSafe
        default: return .standard
        }
    }

    /// Whether the blob is long enough, uses one alphabet and has a length base64 allows: without
    /// padding, any length but 1 more than a multiple of 4; with padding, a multiple of 4.
    var isCandidate: Bool {
        let length = unpadded.count
        guard length >= Self.minimumLength, length % 4 != 1, alphabet != nil else {
            return false
        }
        return length == characters.count || characters.count % 4 == 0
    }
}
