import Testing
import VixenChecks
import VixenCore
import VixenReport

@testable import VixenCLI

extension CI {
    @Suite("Standard rule catalog")
    struct StandardRulesTests {
        let catalog = RuleCatalog.standard

        private func severity(of rule: RuleID) -> Severity? {
            catalog.description(of: rule)?.defaultSeverity
        }

        @Test func describesFileSizeLimit() {
            let description = catalog.description(of: LargeFileCheck.rule)
            #expect(description?.defaultSeverity == .warning)
            #expect(description?.shortDescription == Catalog.ruleFileTooLargeShortDescription())
            #expect(description?.help == Catalog.ruleFileTooLargeHelp())
        }

        @Test func describesSensitiveFiles() {
            for rule in SensitiveFileCheck.rules {
                #expect(severity(of: rule.id) == .error, "\(rule.id)")
                #expect(catalog.description(of: rule.id)?.shortDescription == rule.description, "\(rule.id)")
            }
        }

        @Test func describesChecklistAndEnvRules() {
            let rules: [any DescribedRule] = ChecklistCheck.rules + EnvCheck.rules
            for rule in rules {
                #expect(severity(of: rule.id) == rule.defaultSeverity, "\(rule.id)")
                #expect(catalog.description(of: rule.id)?.fullDescription == rule.fullDescription, "\(rule.id)")
            }
        }

        @Test func describesMigrationRules() {
            for rule in MigrationsCheck.rules {
                #expect(severity(of: rule.id) == rule.severity, "\(rule.id)")
                #expect(
                    catalog.description(of: rule.id)?.help == Catalog.ruleMigrationHelp(rule.id.name), "\(rule.id)")
            }
        }

        @Test func describesBuiltInSecretRules() throws {
            let rules = RuleFileParser.parse(try BuiltInRules.files()).rules
            #expect(rules.isEmpty == false)
            for rule in rules {
                #expect(severity(of: rule.id) == rule.severity, "\(rule.id)")
            }
        }

        @Test func listsEachRuleOnce() {
            let ids = catalog.rules.map(\.id)
            let expectedCount =
                1 + SensitiveFileCheck.rules.count + ChecklistCheck.rules.count + MigrationsCheck.rules.count
                + EnvCheck.rules.count + ((try? RuleFileParser.parse(BuiltInRules.files()).rules.count) ?? 0)
            #expect(ids.count == expectedCount)
            #expect(Set(ids).count == ids.count)
        }
    }
}
