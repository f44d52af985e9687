import Testing
import VixenCLI

@Suite struct CommandSelectionTests {
    @Test func versionCommandAndFlag() {
        #expect(parse("version").parsedCommand == .version)
        #expect(parse("--version").parsedCommand == .version)
        #expect(parse("--version", "--lang", "es").parsedCommand == .version)
    }

    @Test func helpCommandTopics() {
        #expect(parse("help").parsedCommand == .help(topic: []))
        #expect(parse("help", "check").parsedCommand == .help(topic: ["check"]))
        #expect(parse("help", "help").parsedCommand == .help(topic: ["help"]))
        #expect(parse("help", "--", "version").parsedCommand == .help(topic: ["version"]))
    }

    @Test func helpFlagsOnEveryCommand() {
        #expect(parse("--help").parsedCommand == .help(topic: []))
        #expect(parse("-h").parsedCommand == .help(topic: []))
        #expect(parse("check", "--help").parsedCommand == .help(topic: ["check"]))
        #expect(parse("check", "-h").parsedCommand == .help(topic: ["check"]))
        #expect(parse("help", "--help").parsedCommand == .help(topic: ["help"]))
        #expect(parse("version", "-h").parsedCommand == .help(topic: ["version"]))
    }

    @Test func helpFlagBeforeCommandDescribesCommand() {
        #expect(parse("--help", "check").parsedCommand == .help(topic: ["check"]))
        #expect(parse("-h", "check", "--staged").parsedCommand == .help(topic: ["check"]))
    }

    @Test func helpFlagWinsOverOptionErrors() {
        #expect(parse("check", "--stagd", "--help").parsedCommand == .help(topic: ["check"]))
        #expect(parse("check", "--format", "xml", "-h").parsedCommand == .help(topic: ["check"]))
        #expect(parse("check", "--help", "extra").parsedCommand == .help(topic: ["check"]))
        #expect(parse("check", "--base", "--help").parsedCommand == .help(topic: ["check"]))
    }

    @Test func helpFlagAfterDoubleDashIsPositional() {
        let error = parse("check", "--", "--help").usageError
        #expect(error?.kind == .unexpectedArgument("--help"))
    }

    @Test func helpFlagInsideValueIsAValue() {
        #expect(parse("check", "--base=--help").checkOptions?.base == "--help")
    }

    @Test func unknownCommandWinsOverHelpFlag() {
        let error = parse("chek", "--help").usageError
        #expect(error?.kind == .unknownCommand("chek", suggestion: "check"))
    }

    @Test func doubleDashMakesOptionsPositional() {
        let error = parse("check", "--", "--staged").usageError
        #expect(error?.kind == .unexpectedArgument("--staged"))
        #expect(error?.commandPath == ["check"])
    }

    @Test func doubleDashBeforeCommandName() {
        #expect(parse("--", "version").parsedCommand == .version)
    }

    @Test func secondDoubleDashIsPositional() {
        let error = parse("check", "--", "--").usageError
        #expect(error?.kind == .unexpectedArgument("--"))
    }
}
