import VixenChecks
import VixenCore
import VixenReport

extension RuleCatalog {
    /// The descriptions of the rules the built-in checks report, which the SARIF report lists.
    ///
    /// Secret rules are described from their rule files, so a new built-in rule is described
    /// without a change here. Rules from a team's own rule files are described by their id alone.
    static var standard: RuleCatalog {
        var rules = [
            RuleDescription(
                id: LargeFileCheck.rule,
                shortDescription: Catalog.ruleFileTooLargeShortDescription(),
                fullDescription: Catalog.ruleFileTooLargeFullDescription(),
                help: Catalog.ruleFileTooLargeHelp(),
                defaultSeverity: .warning)
        ]
        for rule in SensitiveFileCheck.rules {
            rules.append(
                RuleDescription(
                    id: rule.id, shortDescription: rule.description,
                    fullDescription: Catalog.ruleSensitiveFileFullDescription(rule.description),
                    help: Catalog.ruleSecretHelp(), defaultSeverity: .error))
        }
        for rule in ChecklistCheck.rules {
            rules.append(
                RuleDescription(
                    id: rule.id, shortDescription: rule.shortDescription, fullDescription: rule.fullDescription,
                    help: rule.help, defaultSeverity: rule.defaultSeverity))
        }
        for rule in MigrationsCheck.rules {
            rules.append(
                RuleDescription(
                    id: rule.id, shortDescription: Catalog.ruleMigrationShortDescription(rule.id.name),
                    fullDescription: Catalog.ruleMigrationFullDescription(rule.id.name),
                    help: Catalog.ruleMigrationHelp(rule.id.name), defaultSeverity: rule.severity))
        }
        for rule in EnvCheck.rules {
            rules.append(
                RuleDescription(
                    id: rule.id, shortDescription: rule.shortDescription, fullDescription: rule.fullDescription,
                    help: rule.help, defaultSeverity: rule.defaultSeverity))
        }
        // The built-in files are compiled in and checked by the test suite, so they parse.
        let builtIn = (try? BuiltInRules.files()).map { RuleFileParser.parse($0).rules } ?? []
        for rule in builtIn {
            rules.append(
                RuleDescription(
                    id: rule.id, shortDescription: rule.description,
                    fullDescription: Catalog.ruleSecretFullDescription(rule.description),
                    help: Catalog.ruleSecretHelp(), defaultSeverity: rule.severity))
        }
        return RuleCatalog(rules)
    }
}
