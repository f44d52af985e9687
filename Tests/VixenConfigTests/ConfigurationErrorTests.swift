import Testing
import VixenConfig
import VixenCore

/// Returns the error parsing `text` throws, or nil when it parses.
private func parseError(_ text: String) -> ConfigurationError? {
    do {
        _ = try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
        return nil
    } catch {
        return error
    }
}

@Suite struct ConfigurationErrorTests {
    // MARK: Unknown keys

    @Test func unknownTopLevelKeyWithSuggestion() {
        let error = parseError("limts:\n  rename_limit: 5\n")
        #expect(error?.source == ".vixen-gate.yml")
        #expect(error?.line == 1)
        #expect(error?.column == 1)
        #expect(
            error?.message.english
                == "Unknown key \"limts\" at the top level. Did you mean \"limits\"? "
                + "Known keys: components, limits, severity, secrets, migrations, database, checklist, coolify, deploy, env."
        )
        #expect(
            error?.message.spanish
                == "Clave desconocida \"limts\" en el nivel superior. ¿Quiso decir \"limits\"? "
                + "Claves conocidas: components, limits, severity, secrets, migrations, database, checklist, coolify, deploy, env."
        )
    }

    @Test func unknownTopLevelKeyWithoutSuggestion() {
        let error = parseError("components:\n  BE: a/**\nplugins: []\n")
        #expect(error?.line == 3)
        #expect(error?.column == 1)
        #expect(
            error?.message.english
                == "Unknown key \"plugins\" at the top level. "
                + "Known keys: components, limits, severity, secrets, migrations, database, checklist, coolify, deploy, env."
        )
    }

    @Test func unknownLimitsKeyInCamelCase() {
        let error = parseError("limits:\n  maxFileSize: 1 MiB\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(
            error?.message.english
                == "Unknown key \"maxFileSize\" in limits. Did you mean \"max_file_size\"? "
                + "Known keys: max_file_size, rename_limit."
        )
    }

    @Test func unknownLimitsKeyByOneLetter() {
        let error = parseError("limits:\n  rename_limits: 10\n")
        #expect(
            error?.message
                == Catalog.configUnknownKey(
                    key: "rename_limits", section: "limits", known: ["max_file_size", "rename_limit"],
                    suggestion: "rename_limit"
                )
        )
    }

    // MARK: Node kinds

    @Test func topLevelList() {
        let error = parseError("- components\n")
        #expect(error?.line == 1)
        #expect(error?.column == 1)
        #expect(
            error?.message.english
                == "Expected a mapping (key: value pairs) at the top level of the file, but found a list."
        )
        #expect(
            error?.message.spanish
                == "Se esperaba un mapa (pares clave: valor) en el nivel superior del archivo, pero se encontró una lista."
        )
    }

    @Test func topLevelScalar() {
        let error = parseError("hello\n")
        #expect(
            error?.message.english
                == "Expected a mapping (key: value pairs) at the top level of the file, but found a single value."
        )
    }

    @Test func limitsAsList() {
        let error = parseError("limits:\n  - 1 MiB\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message.english == "Expected a mapping (key: value pairs) for limits, but found a list.")
    }

    @Test func severityAsScalar() {
        let error = parseError("severity: error\n")
        #expect(error?.line == 1)
        #expect(error?.column == 11)
        #expect(
            error?.message.english == "Expected a mapping (key: value pairs) for severity, but found a single value.")
    }

    @Test func componentsAsList() {
        let error = parseError("components: [backend/**]\n")
        #expect(error?.line == 1)
        #expect(error?.column == 13)
        #expect(error?.message.english == "Expected a mapping (key: value pairs) for components, but found a list.")
    }

    @Test func componentGlobsAsMapping() {
        let error = parseError("components:\n  BE:\n    path: backend/**\n")
        #expect(error?.line == 3)
        #expect(error?.column == 5)
        #expect(
            error?.message.english
                == "Expected a glob or a list of globs for components.BE, but found a mapping (key: value pairs)."
        )
    }

    @Test func nestedListInGlobs() {
        let error = parseError("components:\n  BE: [a/**, [b/**]]\n")
        #expect(error?.line == 2)
        #expect(error?.column == 14)
        #expect(error?.message.english == "Expected a glob for components.BE, but found a list.")
    }

    @Test func sizeAsList() {
        let error = parseError("limits:\n  max_file_size: [1]\n")
        #expect(error?.column == 18)
        #expect(error?.message.english == "Expected a single value for limits.max_file_size, but found a list.")
    }

    @Test func missingSize() {
        let error = parseError("limits:\n  max_file_size:\n  rename_limit: 3\n")
        #expect(error?.line == 2)
        #expect(
            error?.message.english
                == "limits.max_file_size has no value. Write a value such as 1 MiB, or remove the key to use the default."
        )
    }

    @Test func missingSeverity() {
        let error = parseError("severity:\n  git.file-too-large: ~\n")
        #expect(error?.line == 2)
        #expect(error?.column == 23)
        #expect(error?.message == Catalog.configMissingValue(path: "severity.git.file-too-large", example: "warning"))
    }

    // MARK: Limits

    @Test func invalidSize() {
        let error = parseError("limits:\n  max_file_size: 10 MBs\n")
        #expect(error?.line == 2)
        #expect(error?.column == 18)
        #expect(
            error?.message.english
                == "Invalid size \"10 MBs\" for limits.max_file_size. Write a whole number of bytes or a number with "
                + "a unit (B, KB, KiB, MB, MiB, GB or GiB), such as 1 MiB."
        )
        #expect(
            error?.message.spanish
                == "Tamaño no válido \"10 MBs\" en limits.max_file_size. Escriba un número entero de bytes o un "
                + "número con unidad (B, KB, KiB, MB, MiB, GB o GiB), como 1 MiB."
        )
    }

    @Test func sizeTooLarge() {
        let error = parseError("limits:\n  max_file_size: 9000000000 GiB\n")
        #expect(
            error?.message.english
                == "The size \"9000000000 GiB\" for limits.max_file_size is too large. "
                + "Write a smaller size, such as 100 MiB."
        )
    }

    @Test func zeroSize() {
        let error = parseError("limits:\n  max_file_size: 0 KB\n")
        #expect(error?.line == 2)
        #expect(error?.column == 18)
        #expect(
            error?.message.english
                == "limits.max_file_size must be greater than zero, but is 0 KB. "
                + "Write a positive value, or remove the key to use the default of 1 MiB."
        )
    }

    @Test func negativeSize() {
        let error = parseError("limits:\n  max_file_size: -1\n")
        #expect(
            error?.message
                == Catalog.configNotPositive(path: "limits.max_file_size", value: "-1", defaultValue: "1 MiB"))
    }

    @Test func negativeRenameLimit() {
        let error = parseError("limits:\n  rename_limit: -5\n")
        #expect(error?.line == 2)
        #expect(error?.column == 17)
        #expect(
            error?.message.english
                == "limits.rename_limit must be greater than zero, but is -5. "
                + "Write a positive value, or remove the key to use the default of 1000."
        )
    }

    @Test func zeroRenameLimit() {
        let error = parseError("limits:\n  rename_limit: 0\n")
        #expect(
            error?.message == Catalog.configNotPositive(path: "limits.rename_limit", value: "0", defaultValue: "1000"))
    }

    @Test func renameLimitNotInteger() {
        let error = parseError("limits:\n  rename_limit: 1.5\n")
        #expect(error?.column == 17)
        #expect(
            error?.message.english
                == "Invalid value \"1.5\" for limits.rename_limit. Write a whole number, such as 1000."
        )
    }

    @Test func quotedRenameLimit() {
        let error = parseError("limits:\n  rename_limit: \"1000\"\n")
        #expect(error?.line == 2)
        #expect(error?.column == 17)
        #expect(
            error?.message.english
                == "limits.rename_limit must be a number, but \"1000\" is quoted, which makes it text. Remove the quotes."
        )
    }

    // MARK: Severity

    @Test func unknownSeverityWithSuggestion() {
        let error = parseError("severity:\n  git.file-too-large: warn\n")
        #expect(error?.line == 2)
        #expect(error?.column == 23)
        #expect(
            error?.message.english
                == "Unknown severity \"warn\" for rule git.file-too-large. Did you mean \"warning\"? "
                + "Use error, warning, info or off."
        )
        #expect(
            error?.message.spanish
                == "Severidad desconocida \"warn\" para la regla git.file-too-large. ¿Quiso decir \"warning\"? "
                + "Use error, warning, info u off."
        )
    }

    @Test func unknownSeverityWithoutSuggestion() {
        let error = parseError("severity:\n  git.file-too-large: fatal\n")
        #expect(
            error?.message.english
                == "Unknown severity \"fatal\" for rule git.file-too-large. Use error, warning, info or off."
        )
    }

    @Test func severityNamesAreCaseSensitive() {
        let error = parseError("severity:\n  git.file-too-large: Error\n")
        #expect(
            error?.message
                == Catalog.configUnknownSeverity(rule: "git.file-too-large", value: "Error", suggestion: "error")
        )
    }

    @Test func ruleIDWithoutName() {
        let error = parseError("severity:\n  git: error\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(
            error?.message.english
                == "Invalid rule id \"git\" in severity. Write <family>.<name>, where the family is "
                + "git, secret, migration, env or checklist, such as git.file-too-large."
        )
    }

    @Test func ruleIDWithUnknownFamily() {
        let error = parseError("severity:\n  lint.trailing-space: off\n")
        #expect(error?.message == Catalog.configInvalidRuleID(value: "lint.trailing-space"))
    }

    // MARK: Components

    @Test func emptyComponentsMapping() {
        let error = parseError("components: {}\n")
        #expect(error?.line == 1)
        #expect(error?.column == 13)
        #expect(
            error?.message.english
                == "The components section lists no components. List at least one component with its globs, "
                + "or remove the section to detect components from the repository layout."
        )
    }

    @Test func emptyComponentName() {
        let error = parseError("components:\n  \"\": [a/**]\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message.english == "A component name is empty. Name the component, such as BE or PAYMENTS.")
    }

    @Test func componentNameWithSpaces() {
        let error = parseError("components:\n  MY APP: [app/**]\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(
            error?.message.english
                == "Invalid component name \"MY APP\" because it contains spaces. Use a single word, such as MY_APP."
        )
    }

    @Test func emptyGlobList() {
        let error = parseError("components:\n  PAYMENTS: []\n")
        #expect(error?.line == 2)
        #expect(error?.column == 13)
        #expect(
            error?.message.english
                == "Component PAYMENTS has no globs. List at least one glob, such as payments/**."
        )
    }

    @Test func nullGlobList() {
        let error = parseError("components:\n  PAYMENTS:\n  BE: a/**\n")
        #expect(error?.line == 2)
        #expect(error?.message == Catalog.configEmptyGlobList(component: "PAYMENTS"))
    }

    @Test func unclosedBracketGlob() {
        let error = parseError("components:\n  BE: [\"backend/[ab\"]\n")
        #expect(error?.line == 2)
        #expect(error?.column == 8)
        #expect(
            error?.message.english
                == "Invalid glob \"backend/[ab\" for component BE. The \"[\" at character 9 is never closed. "
                + "Add a \"]\", or write \"\\[\" to match a literal bracket."
        )
        #expect(
            error?.message.spanish
                == "Patrón glob no válido \"backend/[ab\" en el componente BE. El \"[\" de la posición 9 no se cierra. "
                + "Añada un \"]\" o escriba \"\\[\" para que coincida con un corchete literal."
        )
    }

    @Test func emptyGlob() {
        let error = parseError("components:\n  BE: [\"\"]\n")
        #expect(
            error?.message.english
                == "Invalid glob \"\" for component BE. The glob is empty. Write a path pattern, such as backend/**."
        )
    }

    @Test func doubleSlashGlob() {
        let error = parseError("components:\n  BE: backend//app\n")
        #expect(error?.column == 7)
        #expect(
            error?.message.english
                == "Invalid glob \"backend//app\" for component BE. It contains two slashes in a row. Remove one of them."
        )
    }

    // MARK: Errors from the YAML layer

    @Test func duplicateComponent() {
        let error = parseError("components:\n  BE: a/**\n  FE: b/**\n  BE: c/**\n")
        #expect(error?.line == 4)
        #expect(error?.column == 3)
        #expect(error?.message == Catalog.yamlDuplicateKey(key: "BE", firstLine: 2, secondLine: 4))
    }

    @Test func invalidYAMLNamesSource() {
        let error = parseError("limits: [\n")
        #expect(error?.source == ".vixen-gate.yml")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
    }
}
