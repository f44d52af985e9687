import VixenCore

/// `vixen-gate migrations verify [--database-url URL] [--repo PATH] [--base REV] [--head REV]
/// [--allow-existing] [--pg-bin DIR]`.
enum MigrationsCommand {
    static let databaseURL = ValueOption(
        "database-url",
        valueName: "URL",
        help: Catalog.helpMigrationsDatabaseURLOption(),
        defaultDescription: Catalog.helpMigrationsDatabaseURLDefault()
    )
    static let base = ValueOption(
        "base",
        valueName: "REV",
        help: Catalog.helpMigrationsBaseOption(),
        defaultDescription: Catalog.helpMigrationsBaseDefault()
    )
    static let allowExisting = FlagOption("allow-existing", help: Catalog.helpMigrationsAllowExistingOption())
    static let pgBin = ValueOption(
        "pg-bin",
        valueName: "DIR",
        help: Catalog.helpMigrationsPgBinOption(),
        defaultDescription: Catalog.helpMigrationsPgBinDefault()
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpMigrationsExitReversible()),
            HelpSection.Entry(term: "1", description: Catalog.helpMigrationsExitNotReversible()),
            HelpSection.Entry(term: "2", description: Catalog.helpMigrationsExitFailed()),
        ]
    )

    static let verify = CommandSpec<ParsedCommand>(
        name: "verify",
        summary: Catalog.helpMigrationsVerifySummary(),
        discussion: [Catalog.helpMigrationsVerifySteps(), Catalog.helpMigrationsVerifySources()],
        options: [
            databaseURL, CheckCommand.repo, base, CheckCommand.head, allowExisting, pgBin,
        ],
        sections: [exitStatus]
    ) { arguments in
        let options = MigrationsVerifyOptions(
            databaseURL: arguments[databaseURL],
            repo: arguments[CheckCommand.repo],
            base: arguments[base],
            head: arguments[CheckCommand.head],
            allowExisting: arguments[allowExisting],
            pgBin: arguments[pgBin]
        )
        return .migrations(.verify(options))
    }

    static let spec = CommandSpec<ParsedCommand>.group(
        name: "migrations",
        summary: Catalog.helpMigrationsSummary(),
        subcommands: [verify]
    )
}
