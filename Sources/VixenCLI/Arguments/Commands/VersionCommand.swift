import VixenCore

/// `vixen-gate version`, the same as `vixen-gate --version`.
enum VersionCommand {
    static let spec = CommandSpec<ParsedCommand>(
        name: "version",
        summary: Catalog.helpVersionSummary()
    ) { _ in
        .version
    }
}
