import Foundation
import Testing
import VixenTestSupport

/// Rule ids under `severity` in `.vixen-gate.yml` that no built-in or custom rule has.
struct SeverityRuleTests {
    static let typoConfig = "severity:\n  git.file-too-large: error\n  secret.openai-projet-key: error\n"

    /// A custom rule file whose one rule is `secret.acme-key`.
    static let acmeRules = """
        rules:
          - id: secret.acme-key
            description: {en: "Acme key", es: "Clave de Acme"}
            pattern: 'acme_[a-z0-9]{20}'
            examples: ['key = acme_q8w7e6r5t4y3u2i1o9p8']
            negative_examples: ['acme_short']

        """

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    /// Makes a team repository whose second commit writes `config` as `.vixen-gate.yml`, plus
    /// `files`, and a third commit that adds a docs page, the only commit in `HEAD~1..HEAD`.
    ///
    /// - Returns: The repository and the short id of the second commit, the range's base.
    private func repository(config: String, files: [String: String] = [:]) throws -> (GitRepository, String) {
        let repository = try TeamRepository.make()
        try repository.write(".vixen-gate.yml", config)
        for (path, contents) in files {
            try repository.write(path, contents)
        }
        let base = try repository.commit("Configure vixen-gate")
        try repository.write("docs/release.md", "# Release\n")
        try repository.commit("Describe the release")
        return (repository, String(base.prefix(7)))
    }

    @Test func typoBlocksCheckInEnglish() throws {
        let (repository, base) = try repository(config: Self.typoConfig)

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \(base):.vixen-gate.yml:3:3: Unknown rule \"secret.openai-projet-key\" in "
                + "severity, so its severity would never apply. Did you mean \"secret.openai-project-key\"? "
                + "Write the id of a built-in rule or of a rule in the files under secrets.rule_files; "
                + "vixen-gate rules lists the secret rules.\n")
    }

    @Test func typoBlocksCheckInSpanish() throws {
        let (repository, base) = try repository(config: Self.typoConfig)

        let result = try gate.run(["check", "--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \(base):.vixen-gate.yml:3:3: Regla desconocida \"secret.openai-projet-key\" "
                + "en severity, así que su severidad nunca se aplicaría. ¿Quiso decir "
                + "\"secret.openai-project-key\"? Escriba el identificador de una regla integrada o de una regla "
                + "de los archivos de secrets.rule_files; vixen-gate rules lista las reglas de secretos.\n")
    }

    @Test func builtInIdsOfEveryFamilyPass() throws {
        let config = """
            severity:
              git.file-too-large: error
              secret.openai-project-key: warning
              secret.env-file: warning
              migration.drop-column: warning
              env.undocumented: off
              checklist.tests: off

            """
        let (repository, _) = try repository(config: config)

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func customRuleIdPasses() throws {
        let config = "secrets:\n  rule_files: [security/acme.yml]\nseverity:\n  secret.acme-key: warning\n"
        let (repository, _) = try repository(config: config, files: ["security/acme.yml": Self.acmeRules])

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func customRuleIdWithoutItsFileBlocks() throws {
        let (repository, base) = try repository(config: "severity:\n  secret.acme-key: warning\n")

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: error: \(base):.vixen-gate.yml:2:3: Unknown rule \"secret.acme-key\" in severity"))
    }

    @Test func typoBlocksScan() throws {
        let (repository, _) = try repository(config: Self.typoConfig)

        let result = try gate.run(["scan", "docs"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: error: .vixen-gate.yml:3:3: Unknown rule \"secret.openai-projet-key\" in severity"))
    }
}
