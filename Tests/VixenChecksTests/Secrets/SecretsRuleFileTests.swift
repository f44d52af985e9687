import Testing
import VixenChecks
import VixenCore

@Suite struct SecretsRuleFileTests {
    private func problems(_ text: String, source: String = "rules.yml") -> [String] {
        RuleFileParser.parse([SecretsFixtures.file(text, source: source)]).problems.map { $0.formatted(.english) }
    }

    @Test func completeRuleReadsEveryField() throws {
        let text = """
            rules:
              - id: secret.acme-key
                description: {en: "Acme key", es: "Clave de Acme"}
                pattern: 'acme_[a-z0-9]{20}'
                confirm: '(acme_[a-z0-9]{20})'
                secret_group: 1
                max_width: 64
                min_entropy: 3.25
                keywords: [acme]
                allowlist: ['^acme_test']
                stopwords: [Dummy]
                severity: warning
                examples: ['acme_q8w7e6r5t4y3u2i1o9p8']
                negative_examples: ['acme_short', 'acme_1234']

            """
        let parsed = RuleFileParser.parse([SecretsFixtures.file(text)])
        #expect(parsed.problems == [])
        let rule = try #require(parsed.rules.first)
        #expect(rule.id == RuleID(.secret, "acme-key"))
        #expect(rule.description == LocalizedText(en: "Acme key", es: "Clave de Acme"))
        #expect(rule.pattern == "acme_[a-z0-9]{20}")
        #expect(rule.confirm == "(acme_[a-z0-9]{20})")
        #expect(rule.secretGroup == 1)
        #expect(rule.maxWidth == 64)
        #expect(rule.minEntropy == 3.25)
        #expect(rule.keywords == ["acme"])
        #expect(rule.allowlist == ["^acme_test"])
        #expect(rule.stopwords == ["dummy"])
        #expect(rule.severity == .warning)
        #expect(rule.examples == ["acme_q8w7e6r5t4y3u2i1o9p8"])
        #expect(rule.negativeExamples == ["acme_short", "acme_1234"])
        #expect(rule.location.rule == RulePosition(line: 2, column: 5))
        #expect(rule.location.examples == [RulePosition(line: 13, column: 16)])
        #expect(
            rule.location.negativeExamples == [RulePosition(line: 14, column: 25), RulePosition(line: 14, column: 39)])
    }

    @Test func defaultsOfOptionalFields() throws {
        let parsed = RuleFileParser.parse([SecretsFixtures.file(SecretsFixtures.ruleFile(pattern: "tok_[a-z]{16}"))])
        let rule = try #require(parsed.rules.first)
        #expect(rule.confirm == nil)
        #expect(rule.confirmingPattern == "tok_[a-z]{16}")
        #expect(rule.secretGroup == 0)
        #expect(rule.maxWidth == SecretRule.defaultMaxWidth)
        #expect(rule.minEntropy == nil)
        #expect(rule.keywords == [])
        #expect(rule.severity == .error)
    }

    @Test func everyProblemOfAFileListed() {
        let text = """
            rules:
              - id: secret.one
                description: {en: "One"}
                pattern: 'one_[a-z]{8}'
                colour: red
                examples: ['one_abcdefgh']
                negative_examples: []
              - id: git.two
                description: {en: "Two", es: "Dos"}
                pattern: ''
                max_width: 0
                min_entropy: 9
                severity: fatal
                examples: ['x']
                negative_examples: ['y']
              - id: secret.Three_Key
                description: {en: "Three", es: "Tres"}
                pattern: 'three_[a-z]{8}'
                keywords: [Three]
                examples: ['three_abcdefgh']
                negative_examples: ['three']

            """
        #expect(
            problems(text) == [
                "rules.yml:5:5: error: secret.one: Unknown key \"colour\". Known keys: id, description, pattern, "
                    + "confirm, secret_group, max_width, min_entropy, keywords, allowlist, stopwords, severity, "
                    + "examples, negative_examples.",
                "rules.yml:3:18: error: secret.one: The rule has no description.es. Add it, such as description.es: \"…\".",
                "rules.yml:7:24: error: secret.one: negative_examples is empty, but every rule needs at least one. Add one.",
                "rules.yml:8:9: error: git.two: Invalid rule id \"git.two\". Write secret.<name>, such as secret.acme-api-key.",
                "rules.yml:10:14: error: git.two: pattern is empty. Write a value or remove the key.",
                "rules.yml:11:16: error: git.two: Invalid value \"0\" for max_width. Write a whole number from 1 to 65536.",
                "rules.yml:12:18: error: git.two: Invalid value \"9\" for min_entropy. Write bits per byte from 0 to 8, "
                    + "such as 3.5.",
                "rules.yml:13:15: error: git.two: Unknown severity \"fatal\". Use error, warning or info.",
                "rules.yml:16:9: warning: secret.Three_Key: The rule id \"secret.Three_Key\" should use lowercase "
                    + "letters, digits and single hyphens after secret., such as secret.acme-api-key.",
                "rules.yml:19:16: warning: secret.Three_Key: The keyword \"Three\" is not lowercase; it is matched "
                    + "ignoring case, so write \"three\".",
            ])
    }

    @Test func rulesWithErrorsLeftOut() {
        let text =
            SecretsFixtures.ruleFile(id: "secret.good", pattern: "good_[a-z]{8}", example: "good_abcdefgh")
            + "  - id: secret.bad\n    pattern: 'bad'\n"
        let parsed = RuleFileParser.parse([SecretsFixtures.file(text)])
        #expect(parsed.rules.map(\.id.description) == ["secret.good"])
        #expect(!parsed.isValid)
    }

    @Test func yamlSyntaxErrorPosition() {
        #expect(
            problems("rules:\n  - id: secret.x\n    pattern: 'unterminated\n", source: "bad.yml") == [
                "bad.yml:4:1: error: Invalid YAML: libyaml reports \"found unexpected end of stream\" (context: "
                    + "\"while scanning a quoted scalar\", which starts at line 3, column 14). Check the indentation, "
                    + "colons and quotes at this position."
            ])
    }

    @Test func fileShapeProblems() {
        #expect(
            problems("- id: secret.x\n") == [
                "rules.yml:1:1: error: Expected a mapping (key: value pairs) at the top level of the file, but found "
                    + "a list. A rule file starts with rules:."
            ])
        #expect(problems("rulez: []\n") == ["rules.yml:1:1: error: Unknown key \"rulez\". Known keys: rules."])
        #expect(
            problems("# nothing yet\n") == [
                "rules.yml:1:1: warning: The file defines no rules. Add rules under a top-level rules: list, or "
                    + "remove the file."
            ])
    }

    @Test func duplicateIDAcrossFiles() {
        let first = SecretsFixtures.file(SecretsFixtures.ruleFile(pattern: "tok_[a-z]{16}"), source: "a.yml")
        let second = SecretsFixtures.file(SecretsFixtures.ruleFile(pattern: "tok_[0-9]{16}"), source: "b.yml")
        let parsed = RuleFileParser.parse([first, second])
        #expect(parsed.rules.map(\.location.source) == ["a.yml"])
        #expect(
            parsed.problems.map { $0.formatted(.english) } == [
                "b.yml:2:5: error: secret.test-token: The rule id secret.test-token is already defined at a.yml:2. "
                    + "Give this rule another id."
            ])
        #expect(
            parsed.problems.map { $0.formatted(.spanish) } == [
                "b.yml:2:5: error: secret.test-token: El identificador secret.test-token ya está definido en a.yml:2. "
                    + "Asigne otro identificador a esta regla."
            ])
    }
}
