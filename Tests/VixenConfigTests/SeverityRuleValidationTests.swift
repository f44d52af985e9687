import Testing
import VixenConfig
import VixenCore

private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
    try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
}

@Suite struct SeverityRuleValidationTests {
    static let known: Set<RuleID> = [
        RuleID(.git, "file-too-large"), RuleID(.secret, "openai-project-key"), RuleID(.env, "undocumented"),
    ]

    private func validationError(_ text: String) throws -> ConfigurationError? {
        let configuration = try parse(text)
        do {
            try configuration.validateSeverityRules(known: Self.known)
            return nil
        } catch {
            return error
        }
    }

    @Test func severityKeysKeepPositions() throws {
        let configuration = try parse("severity:\n  git.file-too-large: error\n  env.undocumented: off\n")
        #expect(
            configuration.severityKeys == [
                Configuration.Located(RuleID(.git, "file-too-large"), source: ".vixen-gate.yml", line: 2, column: 3),
                Configuration.Located(RuleID(.env, "undocumented"), source: ".vixen-gate.yml", line: 3, column: 3),
            ])
    }

    @Test func knownIdsPass() throws {
        let error = try validationError("severity:\n  git.file-too-large: error\n  env.undocumented: off\n")
        #expect(error == nil)
    }

    @Test func noSeveritySectionPasses() throws {
        let error = try validationError("limits:\n  rename_limit: 3\n")
        #expect(error == nil)
    }

    @Test func typoNamesClosestId() throws {
        let error = try validationError("severity:\n  git.file-too-large: error\n  secret.openai-projet-key: error\n")
        #expect(
            error?.formatted(.english)
                == ".vixen-gate.yml:3:3: Unknown rule \"secret.openai-projet-key\" in severity, so its severity "
                + "would never apply. Did you mean \"secret.openai-project-key\"? Write the id of a built-in rule "
                + "or of a rule in the files under secrets.rule_files; vixen-gate rules lists the secret rules.")
        #expect(
            error?.formatted(.spanish)
                == ".vixen-gate.yml:3:3: Regla desconocida \"secret.openai-projet-key\" en severity, así que su "
                + "severidad nunca se aplicaría. ¿Quiso decir \"secret.openai-project-key\"? Escriba el "
                + "identificador de una regla integrada o de una regla de los archivos de secrets.rule_files; "
                + "vixen-gate rules lista las reglas de secretos.")
    }

    @Test func distantIdHasNoSuggestion() throws {
        let error = try validationError("severity:\n  checklist.todo: off\n")
        #expect(
            error?.formatted(.english)
                == ".vixen-gate.yml:2:3: Unknown rule \"checklist.todo\" in severity, so its severity would never "
                + "apply. Write the id of a built-in rule or of a rule in the files under secrets.rule_files; "
                + "vixen-gate rules lists the secret rules.")
    }

    @Test func firstUnknownInFileOrder() throws {
        let config = "severity:\n  git.file-too-large: error\n  env.missing: off\n  git.other: off\n"
        let error = try validationError(config)
        #expect(error?.line == 3)
        #expect(error?.column == 3)
    }

    @Test func overrideSetInCodeIsNotChecked() throws {
        let configuration = Configuration(severityOverrides: [RuleID(.git, "unknown"): .off])
        try configuration.validateSeverityRules(known: Self.known)
        #expect(configuration.severityKeys == [])
    }
}
