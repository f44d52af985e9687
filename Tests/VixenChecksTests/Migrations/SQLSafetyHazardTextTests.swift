import Testing
import VixenCore

@testable import VixenChecks

/// Severities and texts of every migration hazard, in both languages.
@Suite struct SQLSafetyHazardTextTests {
    @Test func onlyMissingIndexIsWarning() {
        let warnings = MigrationHazard.allCases.filter { $0.defaultSeverity == .warning }
        #expect(warnings == [.foreignKeyWithoutIndex])
        let errors = MigrationHazard.allCases.filter { $0.defaultSeverity == .error }
        #expect(errors.count == MigrationHazard.allCases.count - 1)
    }

    @Test func rulesAreInMigrationFamily() {
        #expect(MigrationHazard.indexNotConcurrent.rule.description == "migration.index-not-concurrent")
        #expect(MigrationHazard.allCases.allSatisfy { $0.rule.family == .migration })
    }

    @Test func messagesNameTheSubject() {
        for hazard in MigrationHazard.allCases {
            let message = hazard.message(subject: "app.users.email")
            #expect(message(.english).contains(" app.users.email "), "\(hazard.rule) English message")
            #expect(message(.spanish).contains(" app.users.email "), "\(hazard.rule) Spanish message")
            #expect(message(.english).hasSuffix("."), "\(hazard.rule) English message")
            #expect(message(.spanish).hasSuffix("."), "\(hazard.rule) Spanish message")
        }
    }

    @Test func messagesDifferPerHazard() {
        let messages = Set(MigrationHazard.allCases.map { $0.message(subject: "x").english })
        #expect(messages.count == MigrationHazard.allCases.count)
        let spanish = Set(MigrationHazard.allCases.map { $0.message(subject: "x").spanish })
        #expect(spanish.count == MigrationHazard.allCases.count)
    }

    @Test func ruleDescriptionsExistInBothLanguages() {
        for hazard in MigrationHazard.allCases {
            for text in [hazard.shortDescription, hazard.fullDescription, hazard.help] {
                #expect(!text.english.isEmpty, "\(hazard.rule)")
                #expect(!text.spanish.isEmpty, "\(hazard.rule)")
                #expect(text.english != text.spanish, "\(hazard.rule): \(text.english)")
            }
            #expect(!hazard.shortDescription.english.hasSuffix("."), "\(hazard.rule) short description")
        }
    }

    @Test func helpEndsWithHowToAccept() {
        let help = MigrationHazard.dropColumn.help
        #expect(
            help.english.hasSuffix(
                "add `-- vixen-gate:allow migration.drop-column` to the statement's first "
                    + "line, or set migration.drop-column under severity in .vixen-gate.yml."))
        #expect(help.spanish.contains("`-- vixen-gate:allow migration.drop-column`"))
    }
}

/// Messages of hazards that an Alembic operation brings, whose fix is written in Alembic.
@Suite struct AlembicHazardTextTests {
    @Test func alembicIndexFindingAdvisesConcurrentlyArgument() throws {
        let scenario = MigrationRuleExamples.alembicUpgrade([
            "op.create_index(\"ix_users_email\", \"users\", [\"email\"])"
        ])

        let finding = try #require(try scenario.findings().first { $0.rule == MigrationHazard.indexNotConcurrent.rule })

        #expect(finding.message.english.contains("Pass postgresql_concurrently=True to op.create_index()"))
        #expect(finding.message.english.contains("`with op.get_context().autocommit_block():`"))
        #expect(!finding.message.english.contains("CREATE INDEX CONCURRENTLY in a migration"))
    }

    @Test func sqlInOpExecuteKeepsSQLAdvice() throws {
        let scenario = MigrationRuleExamples.alembicUpgrade([
            "op.execute(\"CREATE INDEX ix_users_email ON users (email)\")"
        ])

        let finding = try #require(try scenario.findings().first { $0.rule == MigrationHazard.indexNotConcurrent.rule })

        #expect(finding.message.english.contains("Create the index with CREATE INDEX CONCURRENTLY"))
    }

    @Test func alembicMessagesNameSubjectAndDiffer() {
        let differing: [MigrationHazard] = [
            .indexNotConcurrent, .concurrentIndexInTransaction, .notNullWithoutDefault, .constraintWithoutNotValid,
            .uniqueConstraint, .foreignKeyWithoutIndex,
        ]
        for hazard in MigrationHazard.allCases {
            let alembic = hazard.message(subject: "app.users.email", source: .alembicOperation)
            let sql = hazard.message(subject: "app.users.email", source: .sql)
            #expect(alembic.english.contains(" app.users.email "), "\(hazard.rule) English message")
            #expect(alembic.spanish.contains(" app.users.email "), "\(hazard.rule) Spanish message")
            #expect((alembic != sql) == differing.contains(hazard), "\(hazard.rule)")
        }
    }
}
