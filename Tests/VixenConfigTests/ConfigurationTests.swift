import Testing
import VixenConfig
import VixenCore

private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
    try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
}

@Suite struct ConfigurationTests {
    @Test func defaultValues() {
        let configuration = Configuration.default
        #expect(configuration.components == nil)
        #expect(configuration.limits.maxFileSize == 1_048_576)
        #expect(configuration.limits.renameLimit == 1000)
        #expect(configuration.severityOverrides.isEmpty)
    }

    @Test func emptyFileIsDefault() throws {
        #expect(try parse("") == .default)
    }

    @Test func commentsOnlyFileIsDefault() throws {
        #expect(try parse("# components are detected\n") == .default)
    }

    @Test func nullDocumentIsDefault() throws {
        #expect(try parse("---\n~\n") == .default)
    }

    @Test func nullSectionsKeepDefaults() throws {
        #expect(try parse("components:\nlimits:\nseverity:\n") == .default)
    }

    @Test func fullSchema() throws {
        let configuration = try parse(
            """
            components:
              BE: [backend/**]
              DB: "backend/app/alembic/**"
              PAYMENTS: [services/payments/**, libs/payments/]
            limits:
              max_file_size: 2 MiB
              rename_limit: 250
            severity:
              git.file-too-large: error
              secret.generic-token: warning
              env.undocumented: info
              checklist.todo: off

            """
        )
        let components = try #require(configuration.components)
        #expect(components.map(\.component) == [Component("BE"), Component("DB"), Component("PAYMENTS")])
        #expect(
            components.map { $0.globs.map(\.pattern) } == [
                ["backend/**"], ["backend/app/alembic/**"], ["services/payments/**", "libs/payments/"],
            ])
        #expect(configuration.limits.maxFileSize == 2_097_152)
        #expect(configuration.limits.renameLimit == 250)
        #expect(
            configuration.severityOverrides == [
                RuleID(.git, "file-too-large"): .severity(.error),
                RuleID(.secret, "generic-token"): .severity(.warning),
                RuleID(.env, "undocumented"): .severity(.info),
                RuleID(.checklist, "todo"): .off,
            ])
    }

    @Test func componentNamesKeepCase() throws {
        let configuration = try parse("components:\n  be: a/**\n  BE: b/**\n  Payments-API: c/**\n")
        let names = configuration.components?.map(\.component.name)
        #expect(names == ["be", "BE", "Payments-API"])
    }

    @Test func quotedComponentNameAndGlob() throws {
        let configuration = try parse("components:\n  \"1\": '*.sql'\n")
        let components = try #require(configuration.components)
        #expect(components.map(\.component) == [Component("1")])
        #expect(components.first?.globs.map(\.pattern) == ["*.sql"])
    }

    @Test func componentsThroughAliases() throws {
        let configuration = try parse(
            """
            components:
              BE: &backend [backend/**, shared/**]
              WORKER: *backend

            """
        )
        let components = try #require(configuration.components)
        #expect(components.map(\.globs) == [components[0].globs, components[0].globs])
        #expect(components[1].globs.map(\.pattern) == ["backend/**", "shared/**"])
    }

    @Test func limitsAlone() throws {
        let configuration = try parse("limits:\n  rename_limit: 1\n")
        #expect(configuration.limits.renameLimit == 1)
        #expect(configuration.limits.maxFileSize == 1_048_576)
        #expect(configuration.components == nil)
    }

    @Test func quotedSizeIsAccepted() throws {
        let configuration = try parse("limits:\n  max_file_size: \"500 KB\"\n")
        #expect(configuration.limits.maxFileSize == 500_000)
    }

    @Test func plainIntegerSizeIsBytes() throws {
        let configuration = try parse("limits:\n  max_file_size: 4096\n")
        #expect(configuration.limits.maxFileSize == 4096)
    }

    @Test func severityOffAsQuotedString() throws {
        let configuration = try parse("severity:\n  git.file-too-large: \"off\"\n")
        #expect(configuration.severityOverrides == [RuleID(.git, "file-too-large"): .off])
    }

    @Test func severityResolution() throws {
        let configuration = try parse("severity:\n  git.file-too-large: error\n  checklist.todo: off\n")
        #expect(configuration.severity(of: RuleID(.git, "file-too-large"), default: .warning) == .error)
        #expect(configuration.severity(of: RuleID(.checklist, "todo"), default: .warning) == nil)
        #expect(configuration.severity(of: RuleID(.secret, "aws-key"), default: .error) == .error)
    }

    @Test func sectionsInAnyOrder() throws {
        let configuration = try parse("severity:\n  git.x: info\nlimits:\n  rename_limit: 3\n")
        #expect(configuration.limits.renameLimit == 3)
        #expect(configuration.severityOverrides == [RuleID(.git, "x"): .severity(.info)])
    }
}
