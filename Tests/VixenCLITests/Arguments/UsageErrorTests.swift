import Testing
import VixenCLI
import VixenCore

@Suite struct UsageErrorTests {
    @Test func unknownOptionWithSuggestion() {
        let error = parse("check", "--stagd").usageError
        #expect(error?.kind == .unknownOption("--stagd", suggestion: "--staged"))
        #expect(error?.commandPath == ["check"])
        #expect(
            error?.message.english == """
                unknown option '--stagd'; did you mean '--staged'?
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                opción desconocida '--stagd'; ¿quiso decir '--staged'?
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func unknownOptionWithoutSuggestion() {
        let error = parse("check", "--frobnicate").usageError
        #expect(error?.kind == .unknownOption("--frobnicate", suggestion: nil))
        #expect(
            error?.message.english == """
                unknown option '--frobnicate'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func unknownOptionWithAttachedValue() {
        let error = parse("check", "--fromat=json").usageError
        #expect(error?.kind == .unknownOption("--fromat", suggestion: "--format"))
        #expect(
            error?.message.english == """
                unknown option '--fromat'; did you mean '--format'?
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func unknownShortOption() {
        let error = parse("check", "-x").usageError
        #expect(error?.kind == .unknownOption("-x", suggestion: nil))
    }

    @Test func optionOfAnotherCommand() {
        let error = parse("--staged", "check").usageError
        #expect(error?.kind == .unknownOption("--staged", suggestion: nil))
        #expect(error?.commandPath == [])
        #expect(
            error?.message.english == """
                unknown option '--staged'
                Run 'vixen-gate --help' to see the usage.
                """
        )
    }

    @Test func unknownCommandWithSuggestion() {
        let error = parse("chek").usageError
        #expect(error?.kind == .unknownCommand("chek", suggestion: "check"))
        #expect(error?.commandPath == [])
        #expect(
            error?.message.english == """
                unknown command 'chek'; did you mean 'check'?
                Run 'vixen-gate --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                comando desconocido 'chek'; ¿quiso decir 'check'?
                Ejecute 'vixen-gate --help' para ver la ayuda.
                """
        )
    }

    @Test func unknownCommandListsCommands() {
        let error = parse("release").usageError
        #expect(error?.kind == .unknownCommand("release", suggestion: nil))
        #expect(
            error?.message.english == """
                unknown command 'release'; valid commands: check, scan, baseline, plan, deploy, status, state, hook, rules, migrations, env, help, version
                Run 'vixen-gate --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                comando desconocido 'release'; comandos válidos: check, scan, baseline, plan, deploy, status, state, hook, rules, migrations, env, help, version
                Ejecute 'vixen-gate --help' para ver la ayuda.
                """
        )
    }

    @Test func unknownHelpTopic() {
        let error = parse("help", "chekc").usageError
        #expect(error?.kind == .unknownCommand("chekc", suggestion: "check"))
        #expect(
            error?.message.english == """
                unknown command 'chekc'; did you mean 'check'?
                Run 'vixen-gate --help' to see the usage.
                """
        )
    }

    @Test func helpTopicBelowLeafCommand() {
        let error = parse("help", "check", "staged").usageError
        #expect(error?.kind == .unexpectedArgument("staged"))
        #expect(error?.commandPath == ["check"])
    }

    @Test func missingValueAtEnd() {
        let error = parse("check", "--base").usageError
        #expect(error?.kind == .missingValue(option: "--base"))
        #expect(
            error?.message.english == """
                missing value for option '--base'; write '--base REV' or '--base=REV'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                falta el valor de la opción '--base'; escriba '--base REV' o '--base=REV'
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func missingValueBeforeAnotherOption() {
        let error = parse("check", "--repo", "--staged").usageError
        #expect(error?.kind == .missingValue(option: "--repo"))
        #expect(
            error?.message.english == """
                missing value for option '--repo'; write '--repo PATH' or '--repo=PATH'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func missingValueBeforeDoubleDash() {
        let error = parse("check", "--head", "--", "x").usageError
        #expect(error?.kind == .missingValue(option: "--head"))
    }

    @Test func emptyValueIsMissing() {
        #expect(parse("check", "--config=").usageError?.kind == .missingValue(option: "--config"))
        #expect(parse("check", "--config", "").usageError?.kind == .missingValue(option: "--config"))
        #expect(parse("check", "--format=").usageError?.kind == .missingValue(option: "--format"))
    }

    @Test func missingEnumValueNamesPlaceholder() {
        let error = parse("check", "--format").usageError
        #expect(
            error?.message.english == """
                missing value for option '--format'; write '--format FORMAT' or '--format=FORMAT'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func invalidEnumValue() {
        let error = parse("check", "--format", "xml").usageError
        #expect(error?.kind == .invalidValue("xml", option: "--format"))
        #expect(
            error?.message.english == """
                invalid value 'xml' for option '--format'; accepted values: text, json, sarif, junit, github, \
                markdown, gitlab
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                valor no válido 'xml' para la opción '--format'; valores aceptados: text, json, sarif, junit, \
                github, markdown, gitlab
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func enumValuesAreCaseSensitive() {
        let error = parse("check", "--color=Always").usageError
        #expect(error?.kind == .invalidValue("Always", option: "--color"))
        #expect(
            error?.message.english == """
                invalid value 'Always' for option '--color'; accepted values: auto, always, never
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func invalidLanguageValue() {
        let error = parse("check", "--lang", "fr").usageError
        #expect(error?.kind == .invalidValue("fr", option: "--lang"))
        #expect(
            error?.message.english == """
                invalid value 'fr' for option '--lang'; accepted values: en, es
                Run 'vixen-gate check --help' to see the usage.
                """
        )
    }

    @Test func flagGivenTwice() {
        let error = parse("check", "--staged", "--staged").usageError
        #expect(error?.kind == .repeatedOption("--staged"))
        #expect(
            error?.message.english == """
                option '--staged' given more than once; keep only one
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                la opción '--staged' aparece más de una vez; deje solo una
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func valueOptionGivenTwiceInBothForms() {
        let error = parse("check", "--format", "json", "--format=json").usageError
        #expect(error?.kind == .repeatedOption("--format"))
    }

    @Test func inheritedOptionGivenAtTwoLevels() {
        let error = parse("--lang", "es", "check", "--lang", "en").usageError
        #expect(error?.kind == .repeatedOption("--lang"))
        #expect(error?.commandPath == ["check"])
    }

    @Test func flagWithAttachedValue() {
        let error = parse("check", "--staged=yes").usageError
        #expect(error?.kind == .unexpectedValue("yes", option: "--staged"))
        #expect(
            error?.message.english == """
                option '--staged' takes no value; remove '=yes'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                la opción '--staged' no admite valor; quite '=yes'
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func helpFlagWithAttachedValue() {
        let error = parse("check", "--help=all").usageError
        #expect(error?.kind == .unexpectedValue("all", option: "--help"))
    }

    @Test func unexpectedArgument() {
        let error = parse("check", "main..HEAD").usageError
        #expect(error?.kind == .unexpectedArgument("main..HEAD"))
        #expect(
            error?.message.english == """
                unexpected argument 'main..HEAD'
                Run 'vixen-gate check --help' to see the usage.
                """
        )
        #expect(
            error?.message.spanish == """
                argumento inesperado 'main..HEAD'
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func flagDoesNotTakeSeparateValue() {
        let error = parse("check", "--staged", "true").usageError
        #expect(error?.kind == .unexpectedArgument("true"))
    }

    @Test func versionArgument() {
        let error = parse("version", "2").usageError
        #expect(error?.kind == .unexpectedArgument("2"))
        #expect(error?.commandPath == ["version"])
    }

    @Test func versionFlagWithCommand() {
        let error = parse("--version", "check").usageError
        #expect(error?.kind == .unexpectedArgument("check"))
        #expect(error?.commandPath == [])
    }

    @Test func noCommandPrintsRootHelp() throws {
        let error = try #require(parse().usageError)
        let rootHelp = try VixenGateCommandLine.helpText(for: [], language: .english)
        let rootHelpSpanish = try VixenGateCommandLine.helpText(for: [], language: .spanish)
        #expect(error.kind == .missingCommand)
        #expect(error.commandPath == [])
        #expect(error.exitStatus == 2)
        #expect(error.message.english == "missing command; choose one of the commands below\n\n" + rootHelp)
        #expect(error.message.spanish == "falta el comando; elija uno de los comandos siguientes\n\n" + rootHelpSpanish)
    }

    @Test func onlyLanguageIsStillMissingCommand() {
        let invocation = parse("--lang", "es")
        #expect(invocation.usageError?.kind == .missingCommand)
        #expect(invocation.language == .spanish)
    }

    @Test func everyErrorExitsWithTwo() {
        let commandLines: [[String]] = [
            [], ["chek"], ["check", "--stagd"], ["check", "--base"], ["check", "--format", "xml"],
            ["check", "--staged", "--staged"], ["check", "extra"], ["check", "--staged=1"],
        ]
        for arguments in commandLines {
            let error = VixenGateCommandLine.parse(arguments, environment: [:]).usageError
            #expect(error?.exitStatus == 2, "\(arguments)")
        }
    }
}
