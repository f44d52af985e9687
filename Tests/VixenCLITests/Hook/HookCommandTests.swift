import Testing
import VixenCore

@testable import VixenCLI

@Suite struct HookCommandTests {
    @Test func prePushTakesRemoteAndURL() {
        let invocation = parse("hook", "pre-push", "origin", "git@example.com:team/app.git")
        #expect(invocation.parsedCommand == .hook(.prePush(remote: "origin", url: "git@example.com:team/app.git")))
    }

    @Test func prePushNeedsURL() {
        let error = parse("hook", "pre-push", "origin").usageError
        #expect(error?.kind == .missingArgument("<url>"))
        #expect(error?.commandPath == ["hook", "pre-push"])
    }

    @Test func preReceiveTakesNoArguments() {
        #expect(parse("hook", "pre-receive").parsedCommand == .hook(.preReceive))
        #expect(parse("hook", "pre-receive", "extra").usageError?.kind == .unexpectedArgument("extra"))
    }

    @Test func preCommit() {
        #expect(parse("hook", "pre-commit").parsedCommand == .hook(.preCommit))
    }

    @Test func installWithAndWithoutHooksPath() {
        #expect(parse("hook", "install").parsedCommand == .hook(.install(hooksPath: false)))
        #expect(parse("hook", "install", "--hooks-path").parsedCommand == .hook(.install(hooksPath: true)))
        #expect(
            parse("hook", "install", "--hooks-path=x").usageError?.kind == .unexpectedValue("x", option: "--hooks-path")
        )
    }

    @Test func uninstall() {
        #expect(parse("hook", "uninstall").parsedCommand == .hook(.uninstall))
        #expect(
            parse("hook", "uninstall", "--hooks-path").usageError?.kind
                == .unknownOption("--hooks-path", suggestion: nil))
    }

    @Test func languageOptionReachesHooks() {
        let invocation = parse("hook", "--lang", "es", "pre-receive")
        #expect(invocation.language == .spanish)
        #expect(invocation.parsedCommand == .hook(.preReceive))
    }

    @Test func hookWithoutCommandShowsGroupHelp() throws {
        let error = try #require(parse("hook").usageError)
        let help = try VixenGateCommandLine.helpText(for: ["hook"], language: .english)
        #expect(error.kind == .missingCommand)
        #expect(error.message.english == "missing command; choose one of the commands below\n\n" + help)
    }

    @Test func hookHelpListsCommands() throws {
        let help = try VixenGateCommandLine.helpText(for: ["hook"], language: .english)
        #expect(
            help == """
                Usage: vixen-gate hook [--lang LANG] <command>

                Run as a git hook, or install the pre-push hook.

                Commands:
                  pre-push     Check the commits that a push sends; git runs this as the
                               pre-push hook.
                  pre-receive  Check the commits a server receives; git runs this as the
                               pre-receive hook.
                  pre-commit   Check a push inside the pre-push stage of the pre-commit
                               framework.
                  install      Install the pre-push hook in the current repository.
                  uninstall    Remove the pre-push hook that `hook install` wrote and restore
                               the previous one.

                Options:
                  --lang LANG  Language of the messages, the help and the report. Accepted
                               values: en, es. Default: from LC_ALL, LC_MESSAGES or LANG, or en
                               when none is set.
                  -h, --help   Show this help.

                Run 'vixen-gate hook <command> --help' to see the options of a command.
                """)
    }
}
