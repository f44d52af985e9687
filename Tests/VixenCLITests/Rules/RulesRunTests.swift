import Foundation
import Testing
import VixenCLI
import VixenTestSupport

@Suite struct RulesRunTests {
    static let goodRule = """
        rules:
          - id: secret.acme-key
            description: {en: "Acme key", es: "Clave de Acme"}
            pattern: 'acme_[a-z0-9]{20}'
            examples: ['key = acme_q8w7e6r5t4y3u2i1o9p8']
            negative_examples: ['acme_short']

        """

    static let badRule = """
        rules:
          - id: secret.acme-key
            description: {en: "Acme key", es: "Clave de Acme"}
            pattern: 'acme_[a-z0-9]{20}(?=;)'
            examples: ['acme_q8w7e6r5t4y3u2i1o9p8;']
            negative_examples: ['acme_short']
          - id: secret.Acme-Other
            description: {en: "Other", es: "Otra"}
            pattern: 'other_[a-z]{8}'
            examples: ['other_abc']
            negative_examples: ['other_abcdefgh']

        """

    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    private func write(_ name: String, _ text: String) throws {
        let url = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func listsBuiltInRulesAsText() {
        let result = RulesTestConsole.run(["rules"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.error == "")
        let lines = result.output.split(separator: "\n").map(String.init)
        let line = lines.first { $0.hasPrefix("secret.aws-access-key-id ") }
        #expect(line?.hasSuffix("  error    AWS access key ID") == true)
        #expect(lines.last?.hasSuffix(" rules.") == true)
        let ids = lines.dropLast().map { String($0.prefix { $0 != " " }) }
        #expect(ids == ids.sorted())
        #expect(lines.last == "\(ids.count) rules.")
    }

    @Test func listsDescriptionsInSpanish() {
        let result = RulesTestConsole.run(["rules", "--lang", "es"], in: folder.path)
        let line = result.output.split(separator: "\n").first { $0.hasPrefix("secret.aws-access-key-id ") }
        #expect(line?.hasSuffix("  error        ID de clave de acceso de AWS") == true)
        #expect(result.output.hasSuffix(" reglas.\n"))
    }

    @Test func listsConfiguredRulesAsJSON() throws {
        try write(".vixen-gate.yml", "secrets:\n  rule_files: [security/acme.yml]\n")
        try write("security/acme.yml", Self.goodRule)
        let result = RulesTestConsole.run(["rules", "--format", "json"], in: folder.path)
        #expect(result.status == 0)

        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["language"] as? String == "en")
        let rules = object?["rules"] as? [[String: String]] ?? []
        let acme = rules.first { $0["id"] == "secret.acme-key" }
        #expect(
            acme == [
                "id": "secret.acme-key", "severity": "error", "description": "Acme key", "source": "security/acme.yml",
            ])
        let jwt = rules.first { $0["id"] == "secret.jwt" }
        #expect(jwt?["source"] == "core.yml")
    }

    @Test func checkValidFile() throws {
        try write("acme.yml", Self.goodRule)
        let result = RulesTestConsole.run(["rules", "check", "acme.yml"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.output == "Checked 1 rule in 1 file: 0 errors, 0 warnings.\n")
        #expect(result.error == "")
    }

    @Test func checkListsEveryProblem() throws {
        try write("acme.yml", Self.badRule)
        let result = RulesTestConsole.run(["rules", "check", "acme.yml"], in: folder.path)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(
            lines.first
                == "acme.yml:7:9: warning: secret.Acme-Other: The rule id \"secret.Acme-Other\" should use lowercase "
                + "letters, digits and single hyphens after secret., such as secret.acme-api-key.")
        #expect(
            lines.dropFirst().first?.hasPrefix("acme.yml:4:14: error: secret.acme-key: Vectorscan rejects pattern: \"")
                == true)
        #expect(
            lines.dropFirst(2).first
                == "acme.yml:10:16: error: secret.Acme-Other: Example 1 does not match: the pattern finds nothing in it."
        )
        #expect(
            lines.dropFirst(3).first
                == "acme.yml:11:25: error: secret.Acme-Other: Negative example 1 matches, with a secret of 14 "
                + "characters, fingerprint 30f50d12f4a9. Tighten the pattern, or add a stopword or an allowlist entry.")
        #expect(lines.last == "Checked 2 rules in 1 file: 3 errors, 1 warning.")
    }

    @Test func warningsAsErrorsFailsOnWarning() throws {
        try write(
            "acme.yml", Self.goodRule.replacingOccurrences(of: "secret.acme-key", with: "secret.acme_key"))
        let plain = RulesTestConsole.run(["rules", "check", "acme.yml"], in: folder.path)
        #expect(plain.status == 0)
        #expect(plain.output.hasSuffix("Checked 1 rule in 1 file: 0 errors, 1 warning.\n"))

        let strict = RulesTestConsole.run(["rules", "check", "--warnings-as-errors", "acme.yml"], in: folder.path)
        #expect(strict.status == 1)
    }

    @Test func checkWithoutFilesUsesConfiguration() throws {
        try write(".vixen-gate.yml", "secrets:\n  rule_files: [security/acme.yml]\n  allowlist:\n    regexes: ['(']\n")
        try write("security/acme.yml", Self.goodRule)
        let result = RulesTestConsole.run(["rules", "check", "--lang", "es"], in: folder.path)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == ".vixen-gate.yml:4:15: error: PCRE2 rechaza (: \"missing closing parenthesis (offset 1)\". "
                + "Corrija el patrón.")
        #expect(lines.last?.hasPrefix("Se comprobaron ") == true)
        #expect(lines.last?.hasSuffix(" archivos: 1 error, 0 advertencias.") == true)
    }

    @Test func missingFileCannotRun() {
        let result = RulesTestConsole.run(["rules", "check", "missing.yml"], in: folder.path)
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.error == "vixen-gate: error: The rule file \"missing.yml\" does not exist. Check the path.\n")
    }

    @Test func missingConfiguredFileCannotRun() throws {
        try write(".vixen-gate.yml", "secrets:\n  rule_files: [security/gone.yml]\n")
        let result = RulesTestConsole.run(["rules"], in: folder.path)
        #expect(result.status == 2)
        #expect(
            result.error
                == "vixen-gate: error: .vixen-gate.yml:2:16: the rule file \"security/gone.yml\" named in "
                + "secrets.rule_files does not exist. Check the path, which is relative to the repository root.\n")
    }
}
