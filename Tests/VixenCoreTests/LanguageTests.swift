import Testing
import VixenCore

struct LanguageTests {
    @Test func explicitChoiceWinsOverEnvironment() {
        let spanishEnvironment = ["LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "es_ES.UTF-8"]
        #expect(Language.resolve(explicit: .english, environment: spanishEnvironment) == .english)
        #expect(Language.resolve(explicit: .spanish, environment: [:]) == .spanish)
    }

    @Test func allCategoriesBeatMessagesAndLang() {
        let environment = ["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "es_ES.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: environment) == .english)

        let reversed = ["LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: reversed) == .spanish)
    }

    @Test func messagesBeatLang() {
        let environment = ["LC_MESSAGES": "es_AR.UTF-8", "LANG": "en_GB.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: environment) == .spanish)

        let reversed = ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "es_AR.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: reversed) == .english)
    }

    @Test func emptyValuesAreSkipped() {
        let environment = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_ES.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: environment) == .spanish)
    }

    @Test func noVariablesMeansEnglish() {
        #expect(Language.resolve(explicit: nil, environment: [:]) == .english)
        #expect(Language.resolve(explicit: nil, environment: ["LC_ALL": "", "LANG": ""]) == .english)
    }

    @Test(arguments: ["es", "es_ES", "es_MX.UTF-8", "es_AR.utf8", "ES_CO.UTF-8"])
    func spanishLocales(locale: String) {
        #expect(Language.resolve(explicit: nil, environment: ["LANG": locale]) == .spanish)
    }

    @Test(arguments: ["C", "C.UTF-8", "POSIX", "en_US.UTF-8", "pt_BR.UTF-8", "eu_ES.UTF-8"])
    func nonSpanishLocales(locale: String) {
        #expect(Language.resolve(explicit: nil, environment: ["LANG": locale]) == .english)
    }

    @Test func cLocaleOverridesSpanishLang() {
        let environment = ["LC_ALL": "C", "LANG": "es_ES.UTF-8"]
        #expect(Language.resolve(explicit: nil, environment: environment) == .english)
    }
}
