/// Decodes a byte stream that arrives in chunks into text, without splitting a character.
///
/// A read from a pipe can end in the middle of a multi-byte UTF-8 sequence, so the last bytes
/// of an incomplete sequence wait for the next chunk. Invalid bytes become U+FFFD.
struct UTF8ChunkDecoder {
    private var pending: [UInt8] = []

    /// Returns the text of `chunk`, keeping back the start of a sequence that it cuts.
    mutating func decode(_ chunk: [UInt8]) -> String {
        let bytes = pending + chunk
        let kept = Self.incompleteSuffixLength(bytes)
        pending = Array(bytes.suffix(kept))
        return String(decoding: bytes.dropLast(kept), as: UTF8.self)
    }

    /// Returns what is left at the end of the stream, where an incomplete sequence is invalid.
    mutating func finish() -> String {
        defer { pending = [] }
        return String(decoding: pending, as: UTF8.self)
    }

    /// Returns how many bytes at the end start a sequence that needs more bytes than follow.
    static func incompleteSuffixLength(_ bytes: [UInt8]) -> Int {
        // A sequence is at most 4 bytes, so its lead byte is among the last 3 when it is cut.
        for back in stride(from: 1, through: min(3, bytes.count), by: 1) {
            let byte = bytes[bytes.count - back]
            if byte & 0xC0 == 0x80 {
                continue
            }
            let length: Int
            switch byte {
            case 0xC0...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF7: length = 4
            default: length = 1
            }
            return length > back ? back : 0
        }
        return 0
    }
}
