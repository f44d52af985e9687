import Testing
import VixenConfig

@Suite struct ByteSizeParserTests {
    @Test(arguments: [
        ("0", Int64(0)),
        ("1", 1),
        ("1048576", 1_048_576),
        ("12 B", 12),
        ("1KB", 1000),
        ("1 KB", 1000),
        ("1 kB", 1000),
        ("1 KiB", 1024),
        ("1 kib", 1024),
        ("3 MB", 3_000_000),
        ("1 MiB", 1_048_576),
        ("2 GB", 2_000_000_000),
        ("2 GiB", 2_147_483_648),
        ("1.5 KiB", 1536),
        ("1.1 KiB", 1126),
        ("0.5 MB", 500_000),
        (".5 KB", 500),
        ("  7 MiB  ", 7_340_032),
        ("-1", -1),
        ("-2 KB", -2000),
        ("+3", 3),
        ("9223372036854775807", Int64.max),
    ])
    func validSize(text: String, bytes: Int64) throws {
        #expect(try ByteSizeParser.bytes(from: text) == bytes)
    }

    @Test(arguments: ["", "MiB", "1 MiBs", "1 TB", "one", "1,5 MiB", "1 M iB", "0x10", "1e3", "- 1"])
    func invalidSize(text: String) {
        #expect(throws: ByteSizeParser.Failure.invalid) {
            try ByteSizeParser.bytes(from: text)
        }
    }

    @Test(arguments: ["9223372036854775808", "9000000000 GiB", "99999999999999999999999 B"])
    func tooLargeSize(text: String) {
        #expect(throws: ByteSizeParser.Failure.tooLarge) {
            try ByteSizeParser.bytes(from: text)
        }
    }
}
