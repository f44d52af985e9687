import Testing
import VixenCore

@testable import VixenCLI

/// A command tree shaped like the commands planned next, declared the way real commands are.
private enum ToolCommand: Equatable, Sendable {
    case prePush(remote: String, url: String, dryRun: Bool)
    case rulesCheck(file: String?, strict: Bool, directory: String?)
    case plan(DeployTarget)
    case env
    case version
}

private enum DeployTarget: String, CaseIterable, Sendable {
    case staging
    case production
    case hotfix
}

private enum ToolSpecs {
    static let text = LocalizedText(en: "Text.", es: "Texto.")

    static let version = FlagOption("version", help: text)
    static let dryRun = FlagOption("dry-run", help: text)
    static let remote = PositionalSpec("remote", help: text)
    static let url = PositionalSpec("url", help: text)
    static let rulesDirectory = ValueOption("rules-dir", valueName: "DIR", help: text, inherited: true)
    static let strict = FlagOption("strict", help: text)
    static let file = PositionalSpec("file", arity: .optional, help: text)
    static let target = ChoiceOption("target", valueName: "TARGET", default: DeployTarget.staging, help: text)

    static let prePush = CommandSpec<ToolCommand>(
        name: "pre-push",
        summary: LocalizedText(en: "Check a push.", es: "Comprueba un push."),
        options: [dryRun],
        positionals: [remote, url]
    ) { arguments in
        .prePush(
            remote: arguments.value(of: remote) ?? "",
            url: arguments.value(of: url) ?? "",
            dryRun: arguments[dryRun]
        )
    }

    static let rulesCheck = CommandSpec<ToolCommand>(
        name: "check",
        summary: text,
        options: [strict],
        positionals: [file]
    ) { arguments in
        .rulesCheck(file: arguments.value(of: file), strict: arguments[strict], directory: arguments[rulesDirectory])
    }

    static let plan = CommandSpec<ToolCommand>(name: "plan", summary: text, options: [target]) {
        arguments throws(UsageError) in
        .plan(try arguments.value(of: target))
    }

    static let root = CommandSpec<ToolCommand>.group(
        name: "tool",
        summary: text,
        options: [version],
        subcommands: [
            .group(
                name: "hook",
                summary: LocalizedText(en: "Run as a git hook.", es: "Se ejecuta como hook de git."),
                subcommands: [prePush]
            ),
            .group(name: "rules", summary: text, options: [rulesDirectory], subcommands: [rulesCheck]),
            plan,
            CommandSpec(name: "env", summary: text) { _ in .env },
        ],
        withoutSubcommand: { arguments in arguments[version] ? .version : nil }
    )
}

private let parser = CommandLineParser(root: ToolSpecs.root)

private func parseTool(_ arguments: String...) -> Result<ParseOutcome<ToolCommand>, UsageError> {
    Result { () throws(UsageError) in try parser.parse(arguments) }
}

private func usageError(_ result: Result<ParseOutcome<ToolCommand>, UsageError>) -> UsageError? {
    guard case .failure(let error) = result else {
        return nil
    }
    return error
}

@Suite struct NestedCommandTests {
    @Test func subcommandOfGroup() {
        let result = parseTool("hook", "pre-push", "origin", "git@example.com:team/app.git")
        let expected = ToolCommand.prePush(remote: "origin", url: "git@example.com:team/app.git", dryRun: false)
        #expect(result == .success(.output(expected)))
    }

    @Test func optionsBetweenPositionals() {
        let result = parseTool("hook", "pre-push", "origin", "--dry-run", "https://example.com/app.git")
        let expected = ToolCommand.prePush(remote: "origin", url: "https://example.com/app.git", dryRun: true)
        #expect(result == .success(.output(expected)))
    }

    @Test func doubleDashAllowsDashedPositionals() {
        let result = parseTool("hook", "pre-push", "--", "-origin", "--url")
        let expected = ToolCommand.prePush(remote: "-origin", url: "--url", dryRun: false)
        #expect(result == .success(.output(expected)))
    }

    @Test func missingPositional() {
        let error = usageError(parseTool("hook", "pre-push", "origin"))
        #expect(error?.kind == .missingArgument("<url>"))
        #expect(error?.commandPath == ["hook", "pre-push"])
        #expect(
            error?.message.english == """
                missing argument <url>
                Run 'tool hook pre-push --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                falta el argumento <url>
                Ejecute 'tool hook pre-push --help' para ver la ayuda.
                """
        )
    }

    @Test func extraPositional() {
        let error = usageError(parseTool("hook", "pre-push", "origin", "url", "more"))
        #expect(error?.kind == .unexpectedArgument("more"))
    }

    @Test func groupWithoutSubcommand() throws {
        let error = try #require(usageError(parseTool("hook")))
        let hookHelp = try parser.helpText(for: ["hook"], language: .english)
        #expect(error.kind == .missingCommand)
        #expect(error.commandPath == ["hook"])
        #expect(error.message.english == "missing command; choose one of the commands below\n\n" + hookHelp)
    }

    @Test func unknownSubcommandInGroup() {
        let error = usageError(parseTool("hook", "pre-psuh"))
        #expect(error?.kind == .unknownCommand("pre-psuh", suggestion: "pre-push"))
        #expect(error?.commandPath == ["hook"])
        #expect(
            error?.message.english == """
                unknown command 'pre-psuh'; did you mean 'pre-push'?
                Run 'tool hook --help' to see the usage.
                """
        )
    }

    @Test func subcommandOptionBeforeSubcommand() {
        let error = usageError(parseTool("hook", "--dry-run", "pre-push", "origin", "url"))
        #expect(error?.kind == .unknownOption("--dry-run", suggestion: nil))
        #expect(error?.commandPath == ["hook"])
    }

    @Test func inheritedOptionAtEitherLevel() {
        let before = parseTool("rules", "--rules-dir", "custom", "check", "a.yml", "--strict")
        #expect(before == .success(.output(.rulesCheck(file: "a.yml", strict: true, directory: "custom"))))

        let after = parseTool("rules", "check", "--rules-dir=custom")
        #expect(after == .success(.output(.rulesCheck(file: nil, strict: false, directory: "custom"))))
    }

    @Test func inheritedOptionTwiceAcrossLevels() {
        let error = usageError(parseTool("rules", "--rules-dir", "a", "check", "--rules-dir", "b"))
        #expect(error?.kind == .repeatedOption("--rules-dir"))
    }

    @Test func ownGroupOptionWithSubcommand() {
        let error = usageError(parseTool("--version", "env"))
        #expect(error?.kind == .unexpectedArgument("env"))
        #expect(parseTool("--version") == .success(.output(.version)))
    }

    @Test func enumOptionOnNewCommand() {
        #expect(parseTool("plan") == .success(.output(.plan(.staging))))
        #expect(parseTool("plan", "--target", "hotfix") == .success(.output(.plan(.hotfix))))

        let error = usageError(parseTool("plan", "--target", "prod"))
        #expect(error?.kind == .invalidValue("prod", option: "--target"))
        #expect(
            error?.message.english == """
                invalid value 'prod' for option '--target'; accepted values: staging, production, hotfix
                Run 'tool plan --help' to see the usage.
                """
        )
    }

    @Test func leafWithoutOptions() {
        #expect(parseTool("env") == .success(.output(.env)))
    }

    @Test func helpOfNestedCommand() {
        #expect(parseTool("hook", "pre-push", "--help") == .success(.help(path: ["hook", "pre-push"])))
        #expect(parseTool("hook", "-h", "pre-push") == .success(.help(path: ["hook", "pre-push"])))
        #expect(parseTool("hook", "pre-push", "origin", "-h") == .success(.help(path: ["hook", "pre-push"])))
    }

    @Test func nestedHelpText() throws {
        let help = try parser.helpText(for: ["hook", "pre-push"], language: .english)
        #expect(
            help == """
                Usage: tool hook pre-push [--dry-run] <remote> <url>

                Check a push.

                Arguments:
                  <remote>  Text.
                  <url>     Text.

                Options:
                  --dry-run   Text.
                  -h, --help  Show this help.
                """
        )
    }

    @Test func groupHelpText() throws {
        let help = try parser.helpText(for: ["hook"], language: .spanish)
        #expect(
            help == """
                Uso: tool hook <command>

                Se ejecuta como hook de git.

                Comandos:
                  pre-push  Comprueba un push.

                Opciones:
                  -h, --help  Muestra esta ayuda.

                Ejecute 'tool hook <command> --help' para ver las opciones de un comando.
                """
        )
    }

    @Test func helpForUnknownPath() {
        let result = Result { () throws(UsageError) in try parser.resolve(["rules", "chekc"]) }
        guard case .failure(let error) = result else {
            Issue.record("resolving an unknown path succeeded")
            return
        }
        #expect(error.kind == .unknownCommand("chekc", suggestion: "check"))
        #expect(error.commandPath == ["rules"])
    }
}
