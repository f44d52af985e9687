/// Splits the names in a text into lowercase words: `commitSha`, `commit_sha` and `COMMIT-SHA`
/// all give `commit` and `sha`.
enum IdentifierWords {
    /// Returns the words of `text`, split at every byte that is not a letter or digit and where a
    /// lowercase letter or a digit is followed by an uppercase letter.
    static func words(in text: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previous: UInt8 = 0
        for byte in text {
            let isWordByte = ByteClass.isIdentifier(byte) && byte != UInt8(ascii: "_")
            let startsWord =
                ByteClass.isUppercase(byte) && (ByteClass.isLowercase(previous) || ByteClass.isDigit(previous))
            if !isWordByte || startsWord, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            if isWordByte {
                current.append(ByteClass.lowercased(byte))
            }
            previous = byte
        }
        if !current.isEmpty {
            words.append(String(decoding: current, as: UTF8.self))
        }
        return words
    }

    /// Returns the name that the text before a value assigns it to: the last run of identifier
    /// characters, `.` and `-`, after skipping what ends `text` and cannot be part of a name
    /// (quotes, blanks, `=`, `:`).
    ///
    /// For `config = {"hash": "x", "commitSha": "` it is `commitSha`.
    static func assignedName(in text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = text.count
        while end > 0, !isNameByte(text[end - 1]) {
            end -= 1
        }
        var start = end
        while start > 0, isNameByte(text[start - 1]) {
            start -= 1
        }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        ByteClass.isIdentifier(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
