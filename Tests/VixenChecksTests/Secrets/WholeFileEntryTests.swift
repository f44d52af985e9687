import Testing
import VixenChecks
import VixenCore

/// The entry points that `vixen-gate scan` uses outside a change set: the fingerprints of a whole
/// text, and the sensitive-file rule of a path.
@Suite struct WholeFileEntryTests {
    /// A GitHub classic token built at run time, so the test file itself contains no credential.
    private static let token = "ghp_" + String(repeating: "k7Qz9Xw2", count: 3) + "aB3dE1fG4hJ5"

    private func fingerprints(_ text: String) throws -> Set<String> {
        let session = try SecretsFixtures.builtInScanner().makeSession()
        return try Array(text.utf8).withUnsafeBytes { try session.fingerprints(in: $0) }
    }

    @Test func fingerprintMatchesFinding() throws {
        let text = "GITHUB_TOKEN = \"\(Self.token)\"\n"
        let check = SecretsCheck(environment: SecretsFixtures.cacheEnvironment)
        let file = SecretsFixtures.textFile("settings.py", SecretsFixtures.addedText(text))
        let findings = try check.run(try SecretsFixtures.context(SecretsFixtures.changes(worktree: [file])))

        let found = try fingerprints(text)

        #expect(found.count == 1)
        #expect(findings.count == 1)
        #expect(found == Set(findings.compactMap { $0.secret?.fingerprint }))
    }

    @Test func sameValueTwiceIsOneFingerprint() throws {
        let text = "A = \"\(Self.token)\"\nB = \"\(Self.token)\"\n"
        #expect(try fingerprints(text).count == 1)
    }

    @Test func textWithoutSecretsHasNone() throws {
        #expect(try fingerprints("print('hello')\n") == [])
    }

    @Test func emptyTextHasNone() throws {
        #expect(try fingerprints("") == [])
    }

    @Test func sensitiveNameReadsContentOnce() {
        var reads = 0
        let rule = SensitiveFileCheck.rule(forNewFile: "certs/server.pem") {
            reads += 1
            return Array("-----BEGIN PRIVATE KEY-----\n".utf8)
        }
        #expect(rule == RuleID(.secret, "private-key-file"))
        #expect(reads == 1)
    }

    @Test func ordinaryNameNeverReadsContent() {
        var reads = 0
        let rule = SensitiveFileCheck.rule(forNewFile: "src/app.py") {
            reads += 1
            return []
        }
        #expect(rule == nil)
        #expect(reads == 0)
    }

    @Test func nameOnlyKindNeedsNoContent() {
        var reads = 0
        let rule = SensitiveFileCheck.rule(forNewFile: "backend/.env") {
            reads += 1
            return []
        }
        #expect(rule == RuleID(.secret, "env-file"))
        #expect(reads == 0)
    }

    @Test func publicCertificateIsNotSensitive() {
        let rule = SensitiveFileCheck.rule(forNewFile: "certs/server.pem") {
            Array("-----BEGIN CERTIFICATE-----\n".utf8)
        }
        #expect(rule == nil)
    }
}
