import Testing
import VixenCore

@testable import VixenChecks

@Suite struct BaselineFileTests {
    /// A fixed salt, so the encoded bytes are known: the bytes 0 to 15.
    static let salt = (0..<16).map { UInt8($0) }
    static let saltHex = "000102030405060708090a0b0c0d0e0f"

    private func entry(_ rule: String, _ path: String, _ hash: String? = nil) throws -> SecretBaseline.Entry {
        SecretBaseline.Entry(rule: try #require(RuleID(parsing: rule)), path: path, hash: hash)
    }

    private func decode(_ text: String) throws(BaselineError) -> SecretBaseline {
        try BaselineFile.decode(Array(text.utf8), file: "base:.vixen-gate-baseline.json")
    }

    /// Returns the problem of `text`, or nil when it decodes.
    private func problem(_ text: String) -> LocalizedText? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func encodesSortedEntriesOnePerLine() throws {
        let baseline = SecretBaseline(
            salt: Self.salt,
            entries: [
                try entry("secret.generic-password", "backend/app/settings.py", "2b540"),
                try entry("secret.env-file", "backend/.env"),
                try entry("secret.generic-password", "backend/app/config.py", "be45c"),
                try entry("secret.env-file", "backend/.env"),
            ])

        let text = String(decoding: BaselineFile.encode(baseline), as: UTF8.self)

        #expect(
            text == """
                {
                  "version": 1,
                  "salt": "\(Self.saltHex)",
                  "entries": [
                    {"rule": "secret.env-file", "path": "backend/.env"},
                    {"rule": "secret.generic-password", "path": "backend/app/config.py", "hash": "be45c"},
                    {"rule": "secret.generic-password", "path": "backend/app/settings.py", "hash": "2b540"}
                  ]
                }

                """)
    }

    @Test func encodesEmptyBaseline() {
        let text = String(decoding: BaselineFile.encode(SecretBaseline(salt: Self.salt, entries: [])), as: UTF8.self)
        #expect(text == "{\n  \"version\": 1,\n  \"salt\": \"\(Self.saltHex)\",\n  \"entries\": []\n}\n")
    }

    @Test func escapesPathsAsJSONRequires() throws {
        #expect(BaselineFile.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(BaselineFile.quoted("tab\there") == "\"tab\\there\"")
        #expect(BaselineFile.quoted("bell\u{07}") == "\"bell\\u0007\"")
        #expect(BaselineFile.quoted("configuración/ñ.env") == "\"configuración/ñ.env\"")

        let odd = try entry("secret.env-file", "odd \"name\"\n/.env")
        let baseline = SecretBaseline(salt: Self.salt, entries: [odd])
        let decoded = try BaselineFile.decode(BaselineFile.encode(baseline), file: "f")
        #expect(decoded == baseline)
    }

    @Test func roundTripGivesTheSameBytes() throws {
        let baseline = SecretBaseline(
            salt: SecretBaseline.makeSalt(),
            entries: [
                try entry("secret.private-key-file", "deploy/id_rsa"),
                try entry("secret.aws-access-key-id", "infra/ci.tf", "0f3a9"),
            ])
        let bytes = BaselineFile.encode(baseline)
        let decoded = try BaselineFile.decode(bytes, file: "f")
        #expect(decoded == baseline)
        #expect(BaselineFile.encode(decoded) == bytes)
    }

    @Test func readsAnyKeyOrderAndSpacing() throws {
        let baseline = try decode(
            """
            {"entries":[{"hash":"2b540","path":"a.py","rule":"secret.generic-password"}],
             "salt":"\(Self.saltHex)","version":1}
            """)
        #expect(baseline.salt == Self.salt)
        #expect(baseline.entries == [try entry("secret.generic-password", "a.py", "2b540")])
    }

    @Test func errorNamesFileAndProblem() {
        do {
            _ = try decode("{")
            Issue.record("an unterminated object decoded")
        } catch {
            #expect(error.file == "base:.vixen-gate-baseline.json")
            #expect(
                error.message.english
                    == "The baseline file base:.vixen-gate-baseline.json is invalid: it is not valid JSON. Fix it, "
                    + "or delete it and write it again with `vixen-gate baseline`.")
            #expect(
                error.message.spanish
                    == "El archivo de línea base base:.vixen-gate-baseline.json no es válido: no es JSON válido. "
                    + "Corríjalo, o elimínelo y vuelva a generarlo con `vixen-gate baseline`.")
        }
    }

    @Test func rejectsMalformedDocuments() {
        let salt = Self.saltHex
        let cases: [(text: String, problem: LocalizedText)] = [
            ("not json", Catalog.baselineProblemNotJSON()),
            ("[]", Catalog.baselineProblemNotObject()),
            ("{\"salt\": \"\(salt)\", \"entries\": []}", Catalog.baselineProblemMissingKey("version")),
            ("{\"version\": 1, \"entries\": []}", Catalog.baselineProblemMissingKey("salt")),
            ("{\"version\": 1, \"salt\": \"\(salt)\"}", Catalog.baselineProblemMissingKey("entries")),
            (
                "{\"version\": \"1\", \"salt\": \"\(salt)\", \"entries\": []}",
                Catalog.baselineProblemWrongType("version", expected: Catalog.baselineKindInteger())
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": {}}",
                Catalog.baselineProblemWrongType("entries", expected: Catalog.baselineKindArray())
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [\"secret.env-file\"]}",
                Catalog.baselineProblemWrongType("entries[0]", expected: Catalog.baselineKindObject())
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": \"secret.env-file\"}]}",
                Catalog.baselineProblemMissingKey("entries[0].path")
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": 3, \"path\": \"a\"}]}",
                Catalog.baselineProblemWrongType("entries[0].rule", expected: Catalog.baselineKindString())
            ),
            (
                "{\"version\": 2, \"salt\": \"\(salt)\", \"entries\": []}",
                Catalog.baselineProblemVersion(2, supported: 1)
            ),
            ("{\"version\": 1, \"salt\": \"00ff\", \"entries\": []}", Catalog.baselineProblemSalt(hexDigits: 32)),
            (
                "{\"version\": 1, \"salt\": \"\(salt.uppercased())\", \"entries\": []}",
                Catalog.baselineProblemSalt(hexDigits: 32)
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": \"git.file-too-large\", \"path\": \"a\"}]}",
                Catalog.baselineProblemRule(0, value: "git.file-too-large")
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": \"secret.env-file\", \"path\": \"\"}]}",
                Catalog.baselineProblemEmptyPath(0)
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": \"secret.jwt\", \"path\": \"a\", "
                    + "\"hash\": \"2b5401\"}]}",
                Catalog.baselineProblemHash(0, value: "2b5401", hexDigits: 5)
            ),
            (
                "{\"version\": 1, \"salt\": \"\(salt)\", \"entries\": [{\"rule\": \"secret.jwt\", \"path\": \"a\", "
                    + "\"hash\": \"2B540\"}]}",
                Catalog.baselineProblemHash(0, value: "2B540", hexDigits: 5)
            ),
        ]
        for (text, expected) in cases {
            #expect(problem(text) == expected, "\(text)")
        }
    }
}
