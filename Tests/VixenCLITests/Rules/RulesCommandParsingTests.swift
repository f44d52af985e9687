import Testing
import VixenCLI
import VixenCore

@Suite struct RulesCommandParsingTests {
    private func command(_ arguments: String...) -> ParsedCommand? {
        try? VixenGateCommandLine.parse(arguments, environment: ["LANG": "en_US.UTF-8"]).command.get()
    }

    private func usageError(_ arguments: String...) -> UsageError? {
        guard case .failure(let error) = VixenGateCommandLine.parse(arguments, environment: [:]).command else {
            return nil
        }
        return error
    }

    @Test func listWithDefaults() {
        #expect(command("rules") == .rules(.list(RulesListOptions())))
    }

    @Test func listOptions() {
        #expect(command("rules", "--format", "json") == .rules(.list(RulesListOptions(format: .json))))
        #expect(
            command("rules", "--config=ci/gate.yml", "--format=text")
                == .rules(.list(RulesListOptions(format: .text, config: "ci/gate.yml"))))
    }

    @Test func usageShowsTheSubcommandAsOptional() throws {
        let help = try VixenGateCommandLine.helpText(for: ["rules"], language: .english)
        let usage = help.split(separator: "\n").prefix(2).joined(separator: "\n")
        #expect(usage.hasSuffix(" [<command>]"))
    }

    @Test func checkWithoutFiles() {
        #expect(command("rules", "check") == .rules(.check(RulesCheckOptions())))
    }

    @Test func checkWithFilesAndOptions() {
        #expect(
            command("rules", "check", "a.yml", "--warnings-as-errors", "b.yml", "--config", "gate.yml")
                == .rules(
                    .check(RulesCheckOptions(files: ["a.yml", "b.yml"], warningsAsErrors: true, config: "gate.yml"))))
    }

    @Test func invalidFormatRejected() {
        let error = usageError("rules", "--format", "sarif")
        #expect(error?.kind == .invalidValue("sarif", option: "--format"))
        #expect(error?.commandPath == ["rules"])
    }

    @Test func listOptionNotAcceptedByCheck() {
        #expect(usageError("rules", "check", "--format", "json")?.kind == .unknownOption("--format", suggestion: nil))
    }

    @Test func helpTopics() {
        #expect(command("rules", "--help") == .help(topic: ["rules"]))
        #expect(command("help", "rules", "check") == .help(topic: ["rules", "check"]))
    }

    @Test func helpFitsEightyColumns() throws {
        for topic in [["rules"], ["rules", "check"]] {
            for language in [Language.english, .spanish] {
                let help = try VixenGateCommandLine.helpText(for: topic, language: language)
                let tooWide = help.split(separator: "\n").filter { $0.count > 80 }
                #expect(tooWide == [], "help \(topic) in \(language)")
            }
        }
    }
}
