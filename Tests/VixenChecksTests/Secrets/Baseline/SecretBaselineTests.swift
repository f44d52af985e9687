import Testing
import VixenCore

@testable import VixenChecks

@Suite struct SecretBaselineTests {
    static let salt = (0..<16).map { UInt8($0) }
    /// A password built from pieces, so the source contains no credential as one literal.
    static let password = "Nb9*Uixr" + "XkOKKjO_"

    private func secretFinding(_ rule: String, path: String?, hash: String?, line: Int = 3) throws -> Finding {
        Finding(
            rule: try #require(RuleID(parsing: rule)), severity: .error, file: path, line: line, commit: nil,
            message: LocalizedText(en: "m", es: "m"),
            secret: RedactedSecret(length: 16, fingerprint: "abc", prefix: nil, baselineHash: hash))
    }

    private func fileFinding(_ rule: String, path: String) throws -> Finding {
        Finding(
            rule: try #require(RuleID(parsing: rule)), severity: .error, file: path, line: 1,
            message: LocalizedText(en: "m", es: "m"))
    }

    @Test func hashIsTruncatedSaltedSHA256() {
        // The first 5 hex digits of SHA-256(salt || value), as Python's hashlib computes them.
        #expect(BaselineSecretHash.hash(Array(Self.password.utf8), salt: Self.salt) == "2b540")
        #expect(BaselineSecretHash.hash([], salt: Self.salt) == "be45c")
        let otherSalt = [UInt8](repeating: 0xFF, count: 16)
        #expect(BaselineSecretHash.hash(Array(Self.password.utf8), salt: otherSalt) == "fd88a")
    }

    @Test func hashValidity() {
        #expect(BaselineSecretHash.isValid("0a9f3"))
        #expect(!BaselineSecretHash.isValid("0a9f"))
        #expect(!BaselineSecretHash.isValid("0a9f3e"))
        #expect(!BaselineSecretHash.isValid("0A9F3"))
        #expect(!BaselineSecretHash.isValid("0a9g3"))
    }

    @Test func redactionCarriesHashOnlyWithSalt() {
        let value = Array(Self.password.utf8)
        let withSalt = value.withUnsafeBufferPointer { SecretRedaction.redact($0, baselineSalt: Self.salt) }
        let without = value.withUnsafeBufferPointer { SecretRedaction.redact($0) }
        #expect(withSalt.redacted.baselineHash == "2b540")
        #expect(without.redacted.baselineHash == nil)
        #expect(withSalt.redacted.fingerprint == without.redacted.fingerprint)
    }

    @Test func saltIsRandomAndSixteenBytes() {
        let first = SecretBaseline.makeSalt()
        let second = SecretBaseline.makeSalt()
        #expect(first.count == 16)
        #expect(second.count == 16)
        #expect(first != second)
    }

    @Test func entriesComeFromSecretFindingsWithAFile() throws {
        let findings = [
            try secretFinding("secret.generic-password", path: "app/settings.py", hash: "2b540"),
            try fileFinding("secret.env-file", path: "backend/.env"),
            try secretFinding("secret.jwt", path: nil, hash: "11111"),
            Finding(
                rule: RuleID(.git, "file-too-large"), severity: .warning, file: "big.bin",
                message: LocalizedText(en: "m", es: "m")),
        ]

        let baseline = SecretBaseline(salt: Self.salt, findings: findings)

        #expect(
            baseline.entries == [
                SecretBaseline.Entry(rule: RuleID(.secret, "env-file"), path: "backend/.env", hash: nil),
                SecretBaseline.Entry(rule: RuleID(.secret, "generic-password"), path: "app/settings.py", hash: "2b540"),
            ])
        #expect(baseline.counts.secrets == 1)
        #expect(baseline.counts.files == 1)
    }

    @Test func entryIgnoresLineAndCommit() throws {
        let first = try secretFinding("secret.generic-password", path: "a.py", hash: "2b540", line: 3)
        let moved = try secretFinding("secret.generic-password", path: "a.py", hash: "2b540", line: 40)
        #expect(SecretBaseline.entry(for: first) == SecretBaseline.entry(for: moved))
    }

    @Test func filterDropsListedFindingsOnly() throws {
        let listed = try secretFinding("secret.generic-password", path: "a.py", hash: "2b540")
        let file = try fileFinding("secret.env-file", path: ".env")
        let baseline = SecretBaseline(salt: Self.salt, findings: [listed, file])

        let otherValue = try secretFinding("secret.generic-password", path: "a.py", hash: "be45c")
        let otherPath = try secretFinding("secret.generic-password", path: "b.py", hash: "2b540")
        let otherRule = try secretFinding("secret.generic-token", path: "a.py", hash: "2b540")
        let otherFile = try fileFinding("secret.env-file", path: "backend/.env")
        let large = Finding(
            rule: RuleID(.git, "file-too-large"), severity: .warning, file: "a.py",
            message: LocalizedText(en: "m", es: "m"))

        let result = baseline.filter([listed, otherValue, file, otherPath, otherRule, otherFile, large])

        #expect(result.kept == [otherValue, otherPath, otherRule, otherFile, large])
        #expect(result.dropped == 2)
    }

    @Test func entryWithoutHashDoesNotCoverValues() throws {
        let baseline = SecretBaseline(
            salt: Self.salt,
            entries: [SecretBaseline.Entry(rule: RuleID(.secret, "generic-password"), path: "a.py", hash: nil)])
        #expect(!baseline.contains(try secretFinding("secret.generic-password", path: "a.py", hash: "2b540")))
    }

    @Test func entriesSortByUTF8Bytes() {
        let rule = RuleID(.secret, "env-file")
        let upper = SecretBaseline.Entry(rule: rule, path: "Z/.env", hash: nil)
        let lower = SecretBaseline.Entry(rule: rule, path: "a/.env", hash: nil)
        let accented = SecretBaseline.Entry(rule: rule, path: "é/.env", hash: nil)
        let baseline = SecretBaseline(salt: Self.salt, entries: [accented, lower, upper])
        #expect(baseline.entries == [upper, lower, accented])
    }
}
