import Foundation
import Testing

@testable import VixenChecks

@Suite struct Base64DecoderTests {
    private func decode(_ text: String, alphabet: Base64Alphabet = .standard) -> String? {
        let characters = Array(text.utf8.filter { $0 != UInt8(ascii: "=") })
        return Base64Decoder.decode(characters[...], alphabet: alphabet).map { String(decoding: $0, as: UTF8.self) }
    }

    private func blob(_ text: String) -> Base64Blob {
        Base64Blob(range: 0..<text.utf8.count, characters: Array(text.utf8))
    }

    @Test func decodesStandardVectors() {
        // RFC 4648, section 10.
        #expect(decode("Zg==") == "f")
        #expect(decode("Zm8=") == "fo")
        #expect(decode("Zm9v") == "foo")
        #expect(decode("Zm9vYg==") == "foob")
        #expect(decode("Zm9vYmE=") == "fooba")
        #expect(decode("Zm9vYmFy") == "foobar")
    }

    @Test func alphabetsDiffer() {
        #expect(decode("Pz8_", alphabet: .urlSafe) == "???")
        #expect(decode("Pz8_", alphabet: .standard) == nil)
        #expect(decode("Pz8/", alphabet: .standard) == "???")
        #expect(decode("Pz8/", alphabet: .urlSafe) == nil)
    }

    @Test func decodesPrintableText() {
        var decoder = Base64Decoder()
        let encoded = Data("DATABASE_URL=postgres://app@db/app\n".utf8).base64EncodedString()
        let decoded = decoder.decodeText(blob(encoded))
        #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == "DATABASE_URL=postgres://app@db/app\n")
    }

    @Test func rejectsBinary() {
        var decoder = Base64Decoder()
        // Printable first bytes, then a NUL.
        let encoded = Data(Array("printable start".utf8) + [0, 1, 2] + Array("more text".utf8)).base64EncodedString()
        #expect(decoder.decodeText(blob(encoded)) == nil)
        // A PNG signature: the first 4 characters already decode to a non-printable byte.
        #expect(decoder.decodeText(blob("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ")) == nil)
    }

    @Test func stopsAtBudget() {
        let encoded = Data(String(repeating: "words ", count: 10).utf8).base64EncodedString()
        var decoder = Base64Decoder(budget: 70)
        #expect(decoder.decodeText(blob(encoded)) != nil)
        #expect(decoder.remainingBudget == 10)
        #expect(decoder.decodeText(blob(encoded)) == nil)
        #expect(decoder.remainingBudget == 10)
    }
}
