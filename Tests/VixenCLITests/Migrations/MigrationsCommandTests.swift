import Testing
import VixenCLI
import VixenCore

@Suite struct MigrationsCommandTests {
    @Test func verifyWithEveryOption() {
        let invocation = parse(
            "migrations", "verify", "--database-url", "postgresql://app@db/orders", "--repo", "app", "--base", "main",
            "--head", "feature", "--allow-existing", "--pg-bin", "/usr/lib/postgresql/16/bin")

        #expect(
            invocation.parsedCommand
                == .migrations(
                    .verify(
                        MigrationsVerifyOptions(
                            databaseURL: "postgresql://app@db/orders", repo: "app", base: "main", head: "feature",
                            allowExisting: true, pgBin: "/usr/lib/postgresql/16/bin"))))
    }

    @Test func verifyWithoutOptions() {
        #expect(parse("migrations", "verify").parsedCommand == .migrations(.verify(MigrationsVerifyOptions())))
    }

    @Test func migrationsAloneNeedsSubcommand() {
        #expect(parse("migrations").usageError?.kind == .missingCommand)
    }

    @Test func verifyHelpNamesVariable() throws {
        let help = try VixenGateCommandLine.helpText(for: ["migrations", "verify"], language: .english)

        #expect(help.hasPrefix("Usage: vixen-gate migrations verify [--database-url URL] [--repo PATH]\n"))
        #expect(help.contains("Default:\n                      VIXEN_GATE_DATABASE_URL."))
        #expect(help.contains("  1  A new migration is not reversible.\n"))
    }

    @Test func helpFitsEightyColumns() throws {
        for topic in [["migrations"], ["migrations", "verify"]] {
            for language in [Language.english, .spanish] {
                let help = try VixenGateCommandLine.helpText(for: topic, language: language)
                let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.filter { $0.count > 80 } == [], "help \(topic) in \(language)")
                #expect(lines.filter { $0.hasSuffix(" ") } == [], "help \(topic) in \(language)")
            }
        }
    }
}
