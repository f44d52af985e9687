import Testing
import VixenCore

@testable import VixenCLI

@Suite struct LanguagePrescanTests {
    private func prescan(_ arguments: [String]) -> Language? {
        LanguagePrescan.explicitLanguage(in: arguments, option: RootCommand.language)
    }

    @Test func separateAndAttachedForms() {
        #expect(prescan(["check", "--lang", "es"]) == .spanish)
        #expect(prescan(["check", "--lang=es"]) == .spanish)
        #expect(prescan(["--lang", "en", "check"]) == .english)
    }

    @Test func absentOrInvalidGivesNil() {
        #expect(prescan([]) == nil)
        #expect(prescan(["check"]) == nil)
        #expect(prescan(["check", "--lang"]) == nil)
        #expect(prescan(["check", "--lang=fr"]) == nil)
        #expect(prescan(["check", "--lang", "ES"]) == nil)
        #expect(prescan(["check", "--language", "es"]) == nil)
    }

    @Test func firstValidValueWins() {
        #expect(prescan(["--lang", "fr", "--lang", "es"]) == .spanish)
        #expect(prescan(["--lang=en", "--lang=es"]) == .english)
    }

    @Test func stopsAtDoubleDash() {
        #expect(prescan(["help", "--", "--lang", "es"]) == nil)
    }

    @Test func toleratesOtherErrors() {
        #expect(prescan(["chek", "--stagd", "--format", "--lang", "es"]) == .spanish)
    }

    @Test func explicitLanguageOverridesEnvironment() {
        let invocation = VixenGateCommandLine.parse(["version", "--lang", "en"], environment: ["LANG": "es_ES.UTF-8"])
        #expect(invocation.language == .english)
    }

    @Test func environmentGivesLanguageWithoutOption() {
        let spanish = VixenGateCommandLine.parse(["version"], environment: ["LC_ALL": "es_MX.UTF-8"])
        #expect(spanish.language == .spanish)

        let english = VixenGateCommandLine.parse(["version"], environment: [:])
        #expect(english.language == .english)
    }

    @Test func invalidLanguageFallsBackToEnvironment() {
        let invocation = VixenGateCommandLine.parse(["check", "--lang", "fr"], environment: ["LANG": "es_AR.UTF-8"])
        #expect(invocation.language == .spanish)
        #expect(invocation.usageError?.kind == .invalidValue("fr", option: "--lang"))
    }

    @Test func usageErrorInRequestedLanguage() throws {
        let invocation = parse("check", "--stagd", "--lang", "es")
        let error = try #require(invocation.usageError)
        #expect(invocation.language == .spanish)
        #expect(
            error.message(invocation.language) == """
                opción desconocida '--stagd'; ¿quiso decir '--staged'?
                Ejecute 'vixen-gate check --help' para ver la ayuda.
                """
        )
    }

    @Test func unknownCommandInRequestedLanguage() {
        let invocation = parse("--lang=es", "chek")
        #expect(invocation.language == .spanish)
        #expect(invocation.usageError?.kind == .unknownCommand("chek", suggestion: "check"))
    }
}
