import Testing
import VixenConfig
import VixenCore

@Suite struct SecretsConfigurationTests {
    private func parse(_ yaml: String) throws -> Configuration {
        try Configuration.parse(bytes: Array(yaml.utf8), source: ".vixen-gate.yml")
    }

    private func error(_ yaml: String) -> String? {
        do throws(ConfigurationError) {
            _ = try Configuration.parse(bytes: Array(yaml.utf8), source: ".vixen-gate.yml")
            return nil
        } catch {
            return error.formatted(.english)
        }
    }

    @Test func fullSection() throws {
        let configuration = try parse(
            """
            secrets:
              rule_files: [security/rules.yml, security/more.yml]
              cache_dir: ~/.cache/team-gate
              allowlist:
                paths: tests/fixtures/**
                regexes: ['^sk_test_']
                stopwords: [Dummy, sample]
              rule_allowlists:
                secret.generic-password:
                  paths: [docs/]
                  stopwords: hunter
            """)
        let secrets = configuration.secrets
        #expect(secrets.ruleFiles.map(\.value) == ["security/rules.yml", "security/more.yml"])
        #expect(secrets.ruleFiles.map(\.position) == [".vixen-gate.yml:2:16", ".vixen-gate.yml:2:36"])
        #expect(secrets.cacheDirectory == "~/.cache/team-gate")
        #expect(secrets.allowlist.paths.map(\.pattern) == ["tests/fixtures/**"])
        #expect(secrets.allowlist.regexes.map(\.value) == ["^sk_test_"])
        #expect(secrets.allowlist.regexes.map(\.position) == [".vixen-gate.yml:6:15"])
        #expect(secrets.allowlist.stopwords == ["dummy", "sample"])
        let rule = RuleID(.secret, "generic-password")
        #expect(secrets.ruleAllowlists.keys.sorted() == [rule])
        #expect(secrets.ruleAllowlists[rule]?.paths.map(\.pattern) == ["docs/"])
        #expect(secrets.ruleAllowlists[rule]?.stopwords == ["hunter"])
        #expect(secrets.ruleAllowlists[rule]?.regexes == [])
    }

    @Test func absentSectionKeepsDefaults() throws {
        #expect(try parse("limits:\n  rename_limit: 10\n").secrets == .default)
        #expect(try parse("secrets:\n").secrets == .default)
    }

    @Test func invalidValues() {
        #expect(
            error("secrets:\n  rule_file: a.yml\n")
                == ".vixen-gate.yml:2:3: Unknown key \"rule_file\" in secrets. Did you mean \"rule_files\"? "
                + "Known keys: rule_files, cache_dir, allowlist, rule_allowlists, baseline.")
        #expect(
            error("secrets:\n  rule_allowlists:\n    git.file-too-large: {}\n")
                == ".vixen-gate.yml:3:5: Invalid rule id \"git.file-too-large\" in secrets.rule_allowlists. Write the id "
                + "of a secret rule, such as secret.generic-password; `vixen-gate rules` lists them.")
        #expect(
            error("secrets:\n  allowlist:\n    paths: ['a//b']\n")
                == ".vixen-gate.yml:3:13: Invalid glob \"a//b\" in secrets.allowlist.paths. "
                + "It contains two slashes in a row. Remove one of them.")
        #expect(
            error("secrets:\n  allowlist:\n    stopwords: ['ok', '']\n")
                == ".vixen-gate.yml:3:23: secrets.allowlist.stopwords has an empty entry. Write a value or remove the entry."
        )
        #expect(
            error("secrets:\n  allowlist:\n    path: [a/]\n")
                == ".vixen-gate.yml:3:5: Unknown key \"path\" in secrets.allowlist. Did you mean \"paths\"? "
                + "Known keys: paths, regexes, stopwords.")
        #expect(
            error("secrets:\n  rule_files: {a: b}\n")
                == ".vixen-gate.yml:2:15: Expected a list for secrets.rule_files, but found a mapping (key: value pairs)."
        )
        #expect(
            error("secrets:\n  cache_dir:\n")
                == ".vixen-gate.yml:2:13: secrets.cache_dir has no value. Write a value such as ~/.cache/vixen-gate, "
                + "or remove the key to use the default.")
    }

    @Test func baselinePath() throws {
        #expect(try parse("secrets:\n").secrets.baselinePath == ".vixen-gate-baseline.json")
        let configured = try parse("secrets:\n  baseline: security/baseline.json\n")
        #expect(configured.secrets.baselinePath == "security/baseline.json")
    }

    @Test func invalidBaselinePaths() {
        let paths = ["/etc/baseline.json", "../baseline.json", "security/../b.json", "./b.json", "a//b.json", "dir/"]
        for path in paths {
            #expect(
                error("secrets:\n  baseline: '\(path)'\n")
                    == ".vixen-gate.yml:2:13: Invalid path \"\(path)\" in secrets.baseline. Write a file path relative to "
                    + "the repository root, such as security/baseline.json, with no leading \"/\", no \".\" or \"..\" "
                    + "folders and no empty folder names.",
                "\(path)")
        }
        #expect(
            error("secrets:\n  baseline: ''\n")
                == ".vixen-gate.yml:2:13: secrets.baseline has no value. Write a value such as "
                + ".vixen-gate-baseline.json, or remove the key to use the default.")
    }
}
