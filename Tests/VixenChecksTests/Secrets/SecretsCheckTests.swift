import Testing
import VixenChecks
import VixenConfig
import VixenCore
import VixenTestSupport

@Suite struct SecretsCheckTests {
    let check = SecretsCheck(environment: SecretsFixtures.cacheEnvironment)
    let keyLine = "aws_access_key_id = \(SecretsFixtures.accessKeyID)\n"

    private func file(_ path: String, _ text: String, firstLine: Int = 1) -> FileChange {
        SecretsFixtures.textFile(path, SecretsFixtures.addedText(text, firstLine: firstLine))
    }

    @Test func secretAddedThenRemovedStillReported() throws {
        let added = SecretsFixtures.commit(1, [file("settings.py", "DEBUG = False\n" + keyLine)])
        let removed = SecretsFixtures.commit(
            2, [FileChange(path: "settings.py", status: .modified, content: .text(.empty), size: 14)])
        let found = try check.run(SecretsFixtures.context(SecretsFixtures.changes(commits: [added, removed])))

        #expect(found.count == 1)
        #expect(found.first?.rule == RuleID(.secret, "aws-access-key-id"))
        #expect(found.first?.file == "settings.py")
        #expect(found.first?.line == 2)
        #expect(found.first?.commit == added.id.hex)
        #expect(found.first?.severity == .error)
    }

    @Test func sameSecretReportedOncePerFile() throws {
        let first = SecretsFixtures.commit(1, [file("a.env", keyLine)])
        let second = SecretsFixtures.commit(2, [file("a.env", keyLine, firstLine: 5), file("b.env", keyLine)])
        let worktree = [file("a.env", keyLine, firstLine: 9)]
        let found = try check.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [first, second], worktree: worktree)))

        #expect(found.map(\.file) == ["a.env", "b.env"])
        #expect(found.map(\.commit) == [first.id.hex, second.id.hex])
        #expect(found.map(\.line) == [1, 1])
    }

    @Test func stagedAndWorktreeHaveNoCommit() throws {
        let password = "wTTozqvC" + "nAKjsmvn"
        let changes = SecretsFixtures.changes(
            staged: [file("app.env", keyLine)], worktree: [file("db.env", "DB_PASSWORD=\(password)\n", firstLine: 3)])
        let found = try check.run(SecretsFixtures.context(changes))

        #expect(found.map(\.file) == ["app.env", "db.env"])
        #expect(found.map(\.commit) == [nil, nil])
        #expect(found.map(\.line) == [1, 3])
    }

    @Test func binaryAndLargeFilesSkipped() throws {
        let files = [
            FileChange(path: "logo.png", status: .added, content: .binary, size: 100),
            FileChange(path: "dump.sql", status: .added, content: .tooLarge(limit: 10), size: 100),
        ]
        let found = try check.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [SecretsFixtures.commit(1, files)])))
        #expect(found.isEmpty)
    }

    @Test func providerRuleWinsOverGenericRule() throws {
        let secret = "MwT3zWLA825gFKEOU0Ek" + "m5h/Kt9sbg9bAjtbDV3J"
        let changes = SecretsFixtures.changes(
            commits: [SecretsFixtures.commit(1, [file("credentials", "aws_secret_access_key = \(secret)\n")])])
        let found = try check.run(SecretsFixtures.context(changes))
        #expect(found.map(\.rule) == [RuleID(.secret, "aws-secret-access-key")])
    }

    @Test func messageShowsOnlyRedactedSecret() throws {
        let password = "x7Kq2" + "pZ9m"
        let token = SecretsFixtures.token
        let text = "DEPLOY_TOKEN=\(token)\nDATABASE_URL=postgres://app:\(password)@db.internal/app\n"
        let found = try check.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [SecretsFixtures.commit(1, [file(".env", text)])]))
        )

        #expect(found.map(\.rule) == [RuleID(.secret, "generic-token"), RuleID(.secret, "postgres-url")])
        let tokenFinding = try #require(found.first)
        let passwordFinding = try #require(found.last)
        #expect(tokenFinding.secret?.length == 40)
        #expect(tokenFinding.secret?.prefix == "HvfI")
        #expect(tokenFinding.secret?.fingerprint.count == 12)
        #expect(passwordFinding.secret?.length == 9)
        #expect(passwordFinding.secret?.prefix == nil)

        for finding in found {
            for language in Language.allCases {
                let message = finding.message(language)
                #expect(!message.contains(token))
                #expect(!message.contains(password))
                #expect(message.contains(finding.secret?.fingerprint ?? "no fingerprint"))
            }
        }
        let fingerprint = tokenFinding.secret?.fingerprint ?? ""
        #expect(
            tokenFinding.message.english
                == "Secret found: Access token assigned in code, configuration or an Authorization header "
                + "(40 characters, starts with \"HvfI\", fingerprint \(fingerprint)). Revoke it and issue a new one, "
                + "then remove it from the commits before pushing. Keep the new value in Coolify's environment "
                + "variables, and in a compose file refer to it as ${NAME}. If it is not a secret, add a "
                + "`vixen-gate:allow` comment to its line or an exception under secrets.allowlist in .vixen-gate.yml.")
        #expect(
            passwordFinding.message.spanish.hasPrefix(
                "Se encontró un secreto: URL de conexión de PostgreSQL con contraseña (9 caracteres, huella "))
    }

    @Test func configuredAllowlists() throws {
        let configuration = try SecretsFixtures.configuration(
            """
            secrets:
              allowlist:
                paths: [tests/fixtures/**]
                stopwords: [gdxlf]
              rule_allowlists:
                secret.generic-token:
                  regexes: ['^HvfI']
                secret.aws-access-key-id:
                  paths: [docs/]
            """)
        let token = "DEPLOY_TOKEN=\(SecretsFixtures.token)\n"
        let otherKey = "id = " + "ASIA" + "QX2D45FO" + "LDQ4IW3N\n"
        let commit = SecretsFixtures.commit(
            1,
            [
                file("tests/fixtures/keys.env", otherKey), file("app.env", keyLine + token),
                file("docs/setup.md", otherKey),
                file("src/main.py", otherKey),
            ])
        let found = try check.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [commit]), configuration: configuration))

        #expect(found.map(\.file) == ["src/main.py"])
        #expect(found.map(\.rule) == [RuleID(.secret, "aws-access-key-id")])
    }

    @Test func customRuleFilesApplied() throws {
        let configuration = try SecretsFixtures.configuration("secrets:\n  rule_files: security/acme.yml\n")
        let rule = SecretsFixtures.ruleFile(
            id: "secret.acme-key", pattern: "acme_[a-z0-9]{20}", example: "acme_q8w7e6r5t4y3u2i1o9p8")
        let custom = SecretsCheck(
            customRuleFiles: [
                RuleFileBytes(path: "security/acme.yml", source: "abc1234:security/acme.yml", bytes: Array(rule.utf8))
            ],
            environment: SecretsFixtures.cacheEnvironment)
        let commit = SecretsFixtures.commit(1, [file("app.py", "KEY = 'acme_" + "k3j4h5g6f7d8s9a0l1z2'\n")])
        let found = try custom.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [commit]), configuration: configuration))

        #expect(found.map(\.rule) == [RuleID(.secret, "acme-key")])
        #expect(found.first?.message.english.hasPrefix("Secret found: Test token (25 characters") == true)
    }

    @Test func customRuleFileItselfNotScanned() throws {
        let configuration = try SecretsFixtures.configuration("secrets:\n  rule_files: security/acme.yml\n")
        let rule = SecretsFixtures.ruleFile(
            id: "secret.acme-key", pattern: "acme_[a-z0-9]{20}", example: "acme_q8w7e6r5t4y3u2i1o9p8")
        let custom = SecretsCheck(
            customRuleFiles: [
                RuleFileBytes(path: "security/acme.yml", source: "abc1234:security/acme.yml", bytes: Array(rule.utf8))
            ],
            environment: SecretsFixtures.cacheEnvironment)
        let commit = SecretsFixtures.commit(
            1, [file("security/acme.yml", rule + "# " + keyLine), file("security/other.yml", rule)])
        let found = try custom.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [commit]), configuration: configuration))

        #expect(found.map(\.file) == ["security/other.yml"])
        #expect(found.map(\.rule) == [RuleID(.secret, "acme-key")])
    }

    @Test func customRuleFileNotGivenStopsCheck() throws {
        let configuration = try SecretsFixtures.configuration("secrets:\n  rule_files: [security/acme.yml]\n")
        let error = #expect(throws: SecretsError.self) {
            try check.run(SecretsFixtures.context(SecretsFixtures.changes(), configuration: configuration))
        }
        #expect(error?.kind == .customRulesUnavailable(["security/acme.yml"]))
    }

    @Test func invalidCustomRuleFileStopsCheck() throws {
        let configuration = try SecretsFixtures.configuration("secrets:\n  rule_files: [bad.yml]\n")
        let custom = SecretsCheck(
            customRuleFiles: [SecretsFixtures.file("rules:\n  - id: secret.bad\n", source: "bad.yml")],
            environment: SecretsFixtures.cacheEnvironment)
        let error = #expect(throws: SecretsError.self) {
            try custom.run(SecretsFixtures.context(SecretsFixtures.changes(), configuration: configuration))
        }
        guard case .invalidRules(let problems)? = error?.kind else {
            Issue.record("expected invalid rules, got \(String(describing: error))")
            return
        }
        #expect(problems.map(\.source) == ["bad.yml", "bad.yml", "bad.yml", "bad.yml"])
        #expect(
            error?.message.english.hasPrefix("Secret rule files have 4 errors; run `vixen-gate rules check`") == true)
    }

    @Test func customRuleWithUnclosedRepetitionStopsCheck() throws {
        let configuration = try SecretsFixtures.configuration("secrets:\n  rule_files: [acme.yml]\n")
        let rule = SecretsFixtures.ruleFile(pattern: "acme_[a-z0-9]{20", example: "acme_q8w7e6r5t4y3u2i1o9p8")
        let custom = SecretsCheck(
            customRuleFiles: [SecretsFixtures.file(rule, source: "acme.yml")],
            environment: SecretsFixtures.cacheEnvironment)

        let error = #expect(throws: SecretsError.self) {
            try custom.run(SecretsFixtures.context(SecretsFixtures.changes(), configuration: configuration))
        }

        guard case .invalidRules(let problems)? = error?.kind else {
            Issue.record("expected invalid rules, got \(String(describing: error))")
            return
        }
        #expect(problems.map(\.rule) == ["secret.test-token"])
        #expect(problems.first?.message.english.hasPrefix("Invalid pattern: the \"{\" at column 14") == true)
    }

    @Test func severityOverrideApplies() throws {
        let configuration = try SecretsFixtures.configuration("severity:\n  secret.aws-access-key-id: warning\n")
        let commit = SecretsFixtures.commit(1, [file("a.env", keyLine)])
        let engine = CheckEngine(checks: [check])
        let found = try engine.run(
            SecretsFixtures.context(SecretsFixtures.changes(commits: [commit]), configuration: configuration))
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func standardEngineRunsSecretsCheck() {
        #expect(CheckEngine.standard.checks.contains { $0 is SecretsCheck })
    }
}
