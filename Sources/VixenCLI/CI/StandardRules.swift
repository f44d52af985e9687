import VixenChecks
import VixenCore
import VixenReport

extension RuleCatalog {
    /// The descriptions of the rules the built-in checks report, which the SARIF report lists.
    ///
    /// Secret rules are described from their rule files, so a new built-in rule is described
    /// without a change here. Rules from a team's own rule files are described by their id alone.
    static var standard: RuleCatalog {
        let families: [[any DescribedRule]] = [
            [CatalogRule.largeFile], CatalogRule.sensitiveFiles, ChecklistCheck.rules, CatalogRule.migrations,
            EnvCheck.rules, CatalogRule.builtInSecrets,
        ]
        return RuleCatalog(families.joined().map(RuleDescription.init(describing:)))
    }
}

extension RuleDescription {
    /// Copies the texts and the default severity of `rule`.
    init(describing rule: any DescribedRule) {
        self.init(
            id: rule.id, shortDescription: rule.shortDescription, fullDescription: rule.fullDescription,
            help: rule.help, defaultSeverity: rule.defaultSeverity)
    }
}

/// A built-in rule whose texts come from the catalog, for the families whose rules do not carry
/// their own: the file size limit, sensitive files, migrations and the built-in secret rules.
private struct CatalogRule: DescribedRule {
    let id: RuleID
    let defaultSeverity: Severity
    let shortDescription: LocalizedText
    let fullDescription: LocalizedText
    let help: LocalizedText

    static let largeFile = CatalogRule(
        id: LargeFileCheck.rule, defaultSeverity: .warning,
        shortDescription: Catalog.ruleFileTooLargeShortDescription(),
        fullDescription: Catalog.ruleFileTooLargeFullDescription(), help: Catalog.ruleFileTooLargeHelp())

    static var sensitiveFiles: [CatalogRule] {
        SensitiveFileCheck.rules.map { rule in
            CatalogRule(
                id: rule.id, defaultSeverity: .error, shortDescription: rule.description,
                fullDescription: Catalog.ruleSensitiveFileFullDescription(rule.description),
                help: Catalog.ruleSecretHelp())
        }
    }

    static var migrations: [CatalogRule] {
        MigrationsCheck.rules.map { rule in
            CatalogRule(
                id: rule.id, defaultSeverity: rule.severity,
                shortDescription: Catalog.ruleMigrationShortDescription(rule.id.name),
                fullDescription: Catalog.ruleMigrationFullDescription(rule.id.name),
                help: Catalog.ruleMigrationHelp(rule.id.name))
        }
    }

    static var builtInSecrets: [CatalogRule] {
        // The built-in files are compiled in and checked by the test suite, so they parse.
        let rules = (try? BuiltInRules.files()).map { RuleFileParser.parse($0).rules } ?? []
        return rules.map { rule in
            CatalogRule(
                id: rule.id, defaultSeverity: rule.severity, shortDescription: rule.description,
                fullDescription: Catalog.ruleSecretFullDescription(rule.description), help: Catalog.ruleSecretHelp())
        }
    }
}
