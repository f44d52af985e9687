import Foundation
import Testing
import VixenCore

@testable import VixenChecks

/// Secrets inside base64 text, found by decoding it once and scanning the result.
@Suite struct Base64ScanTests {
    /// An RSA private key in PEM form, its body derived from hashes at run time so that no key
    /// sits in the source.
    static let privateKey: String = {
        let body = (0..<4).map { index in
            Data(SHA256.hash(Array("line \(index)".utf8)) + SHA256.hash(Array("more \(index)".utf8)).prefix(16))
                .base64EncodedString()
        }
        return (["-----BEGIN " + "RSA PRIVATE KEY-----"] + body + ["-----END " + "RSA PRIVATE KEY-----", ""])
            .joined(separator: "\n")
    }()

    static let password = "Nb9*Uixr" + "XkOKKjO_"

    private func encoded(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }

    private func findings(_ path: String, _ text: String) throws -> [Finding] {
        try ScanHarness.findings(path: path, text: text)
    }

    @Test func privateKeyInKubernetesSecret() throws {
        let text = "apiVersion: v1\nkind: Secret\ndata:\n  tls.key: \(encoded(Self.privateKey))\n"
        let found = try findings("deploy/secret.yaml", text)

        #expect(found.map(\.rule) == [RuleID(.secret, "private-key")])
        #expect(found.first?.line == 4)
        #expect(encoded(Self.privateKey).hasPrefix("LS0tLS1CRUdJTi"))
        let message = try #require(found.first?.message)
        #expect(message.english.hasPrefix("Base64-encoded text on this line decodes to a secret. Secret found: "))
        #expect(message.spanish.hasPrefix("El texto codificado en base64 de esta línea contiene un secreto"))
    }

    @Test func privateKeyWrappedAtSeventySixColumns() throws {
        let wrapped = Data(Self.privateKey.utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        let indented = wrapped.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let found = try findings("values.yaml", "signing:\n  key: |\n" + indented + "\n")

        #expect(found.map(\.rule) == [RuleID(.secret, "private-key")])
        #expect(found.first?.line == 3)
    }

    @Test func urlSafeEnvironmentFile() throws {
        let environment = "DEBUG=0\nDB_PASSWORD=\(Self.password)\n"
        let urlSafe = encoded(environment).replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let found = try findings("ci/env.txt", "# generated\nENV_B64=\(urlSafe)\n")

        #expect(found.map(\.rule) == [RuleID(.secret, "generic-password")])
        #expect(found.first?.line == 2)
    }

    @Test func decodedFindingReplacesEncodedOne() throws {
        // The generic rule also matches the encoded characters after `db-password:`.
        let text = "data:\n  db-password: \(encoded("DB_PASSWORD=\(Self.password)"))\n"
        let unfiltered = try ScanHarness.findings(path: "secret.yaml", text: text, filters: [])
        let found = try findings("secret.yaml", text)

        #expect(found.count == 1)
        #expect(found.first?.secret?.length == Self.password.count)
        #expect(found.first?.message.english.hasPrefix("Base64-encoded text") == true)
        #expect(unfiltered.count == 1)
    }

    @Test func encodedValueStaysWhenDecodedTextHasNoSecret() throws {
        // A Kubernetes secret stores the bare password, so only the encoded form is found.
        let text = "data:\n  db-password: \(encoded(Self.password + "-and-more"))\n"
        let found = try findings("secret.yaml", text)

        #expect(found.map(\.rule) == [RuleID(.secret, "generic-password")])
        #expect(found.first?.message.english.hasPrefix("Secret found: ") == true)
    }

    @Test func dataURIIsNotDecoded() throws {
        let uri = "data:text/plain;base64,\(encoded("password = \(Self.password)"))"
        let found = try findings("web/style.css", ".x { background: url(\"\(uri)\"); }\n")
        #expect(found.isEmpty)
    }

    @Test func binaryBase64IsNotReported() throws {
        let random = Data((0..<48).map { UInt8(truncatingIfNeeded: $0 &* 73 &+ 11) }).base64EncodedString()
        let found = try findings("fixtures/blob.txt", "blob: \(random)\n")
        #expect(found.isEmpty)
    }

    @Test func inlineCommentSuppressesDecodedFinding() throws {
        let text = "  tls.key: \(encoded(Self.privateKey))  # vixen-gate:allow secret.private-key\n"
        let file = SecretsFixtures.textFile("secret.yaml", SecretsFixtures.addedText(text))
        let changes = SecretsFixtures.changes(commits: [SecretsFixtures.commit(1, [file])])
        let check = SecretsCheck(environment: SecretsFixtures.cacheEnvironment)
        let engine = CheckEngine(checks: [check])

        #expect(try check.run(SecretsFixtures.context(changes)).count == 1)
        #expect(try engine.run(SecretsFixtures.context(changes)).isEmpty)
    }
}
