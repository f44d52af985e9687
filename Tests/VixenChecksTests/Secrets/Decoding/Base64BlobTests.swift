import Foundation
import Testing

@testable import VixenChecks

@Suite struct Base64BlobTests {
    /// Base64 of a 30-character line of text.
    static let encodedLine = Data("DEBUG=0 and some settings here".utf8).base64EncodedString()

    private func blobs(_ text: String) -> [Base64Blob] {
        Array(text.utf8).withUnsafeBufferPointer { Base64Blob.find(in: $0) }
    }

    private func characters(_ text: String) -> [String] {
        blobs(text).map { String(decoding: $0.characters, as: UTF8.self) }
    }

    @Test func findsValueAfterKey() {
        let text = "settings: \(Self.encodedLine)\n"
        let found = blobs(text)
        #expect(found.count == 1)
        #expect(found.first?.range == 10..<(10 + Self.encodedLine.utf8.count))
        #expect(characters(text) == [Self.encodedLine])
    }

    @Test func skipsShortRuns() {
        // 16 characters: too short to hold a credential.
        #expect(blobs("value: Zm9vYmFyYmF6cXV4").isEmpty)
    }

    @Test func rejectsImpossibleLengths() {
        // 21 characters without padding is 1 more than a multiple of 4.
        #expect(blobs("a: QUJDREVGR0hJSktMTU5PUFFSU").isEmpty)
        // Padding on a length that is not a multiple of 4.
        #expect(blobs("a: QUJDREVGR0hJSktMTU5PUFFSU1Q==").isEmpty)
    }

    @Test func rejectsMixedAlphabets() {
        #expect(blobs("path: src/components/Header_Bar/index_file").isEmpty)
    }

    @Test func acceptsURLSafeAlphabet() {
        let encoded = Data("text?with>>bits~~~and more".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let found = blobs("k=\(encoded)")
        #expect(found.first?.alphabet == .urlSafe)
        #expect(characters("k=\(encoded)") == [encoded])
    }

    @Test func joinsWrappedLines() {
        let encoded = Data(String(repeating: "line of text to wrap ", count: 8).utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        let indented = encoded.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let text = "tls.key: |\n" + indented + "\nnext: value\n"

        let found = blobs(text)

        #expect(found.count == 1)
        #expect(found.first?.range.lowerBound == 15)
        #expect(characters(text) == [encoded.replacingOccurrences(of: "\n", with: "")])
    }

    @Test func paddedRunEndsBlob() {
        let first = Data("first line of the text!".utf8).base64EncodedString()
        let second = Data("second line of the text".utf8).base64EncodedString()
        #expect(first.hasSuffix("="))
        #expect(characters(first + "\n" + second + "\n") == [first, second])
    }

    @Test func skipsDataURIPayload() {
        #expect(blobs("url(data:text/plain;base64,\(Self.encodedLine))").isEmpty)
        #expect(blobs("src=\"DATA:TEXT/PLAIN;BASE64,\(Self.encodedLine)\"").isEmpty)
    }
}
