/// File contents and names that exercise edge cases of diffs and paths.
public enum Fixtures {
    /// Returns `count` bytes that git classifies as binary.
    ///
    /// Byte `i` is `i % 256`, so the content starts with a NUL and has one every 256 bytes.
    /// git treats a file as binary when a NUL appears in its first 8000 bytes.
    public static func binaryBytes(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0) }
    }

    /// A path with accented letters and spaces, in NFC form, which git quotes in its output
    /// unless `core.quotePath` is false.
    public static let nonASCIIPath = "docs/guía de configuración/año ñandú.md"

    /// A text line that is not valid UTF-8: "café" in Latin-1, ending with a newline.
    public static let invalidUTF8Line: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x0A]
}
