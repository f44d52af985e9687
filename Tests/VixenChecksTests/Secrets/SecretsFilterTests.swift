import Testing
import VixenCore

@testable import VixenChecks

@Suite struct SecretsFilterTests {
    private func placeholderReason(_ text: String) -> PlaceholderReason? {
        Array(text.utf8).withUnsafeBufferPointer { PlaceholderFilter.reason(for: $0) }
    }

    @Test func entropyOfKnownStrings() {
        #expect(ShannonEntropy.bitsPerByte(Array("".utf8)) == 0)
        #expect(ShannonEntropy.bitsPerByte(Array("aaaaaaaa".utf8)) == 0)
        #expect(ShannonEntropy.bitsPerByte(Array("abab".utf8)) == 1)
        #expect(ShannonEntropy.bitsPerByte(Array("0123456789abcdef".utf8)) == 4)
        #expect(ShannonEntropy.bitsPerByte((0...255).map { UInt8($0) }) == 8)
    }

    @Test func placeholderForms() {
        #expect(placeholderReason("${DB_PASSWORD}") == .template)
        #expect(placeholderReason("{{ secret_key }}") == .template)
        #expect(placeholderReason("<your-token>") == .template)
        #expect(placeholderReason("$API_KEY") == .template)
        #expect(placeholderReason("os.environ[") == .environmentRead)
        #expect(placeholderReason("process.env.API_KEY") == .environmentRead)
        #expect(placeholderReason("changethis") == .word("changethis"))
        #expect(placeholderReason("my-EXAMPLE-key") == .word("example"))
        #expect(placeholderReason("your_api_token") == .word("your"))
        #expect(placeholderReason("sk-xxxxxxxxxxxxxxxxxxxxxxxx") == .word("xxx"))
        #expect(placeholderReason("********") == .word("***"))
        #expect(placeholderReason("zzzzzzzzzzzz") == .repeatedCharacter)
        #expect(placeholderReason("akiaiosfodnn7example") == .documentedExample)
    }

    @Test func randomValuesAreNotPlaceholders() {
        #expect(placeholderReason("HvfItOgWJOadFLFBxqb2dnoM6RU2XrhhTfppQp0z") == nil)
        // Three x's inside a long random value are chance, not a mask.
        #expect(placeholderReason("q8W7e6Rxxx5t4Y3u2I1o9P8a7S6d5F4g3H2j1K0l") == nil)
        #expect(placeholderReason("Tr0ub4dor&3") == nil)
    }

    @Test func redactionKeepsPrefixOnlyForLongValues() {
        let long = Array("0123456789abcdef".utf8).withUnsafeBufferPointer { SecretRedaction.redact($0) }
        #expect(long.redacted.length == 16)
        #expect(long.redacted.prefix == "0123")
        #expect(long.redacted.fingerprint == String(long.digest.prefix(12)))
        #expect(long.digest == SHA256.hexHash(Array("0123456789abcdef".utf8)))

        let short = Array("0123456789abcde".utf8).withUnsafeBufferPointer { SecretRedaction.redact($0) }
        #expect(short.redacted.length == 15)
        #expect(short.redacted.prefix == nil)
    }

    @Test func redactedSecretDropsPrefixOfShortValues() {
        #expect(RedactedSecret(length: 8, fingerprint: "abc", prefix: "abcd").prefix == nil)
        #expect(RedactedSecret(length: 20, fingerprint: "abc", prefix: "abcdefgh").prefix == "abcd")
    }
}
