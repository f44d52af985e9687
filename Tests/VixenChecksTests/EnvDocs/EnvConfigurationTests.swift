import Testing
import VixenConfig

@Suite struct EnvConfigurationTests {
    private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
    }

    @Test func defaultsWithoutSection() throws {
        let env = try parse("").env
        #expect(env.documentation == [])
        #expect(env.browserPrefixes == ["VITE_", "NEXT_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_"])
        #expect(env.isIgnored("PATH"))
        #expect(env.isIgnored("GITHUB_SHA"))
        #expect(!env.isIgnored("DATABASE_URL"))
    }

    @Test func readsEveryKey() throws {
        let env = try parse(
            "env:\n  documentation: [./docs/vars.md, deploy/app.env]\n  ignore: [SENTRY_RELEASE, FEATURE_*]\n"
                + "  browser_prefixes: PUBLIC_\n"
        ).env
        #expect(env.documentation == ["docs/vars.md", "deploy/app.env"])
        #expect(env.isIgnored("SENTRY_RELEASE"))
        #expect(env.isIgnored("FEATURE_CHECKOUT"))
        #expect(env.isIgnored("NODE_ENV"))
        #expect(env.isIgnored("feature_x", isCaseSensitive: false))
        #expect(env.browserPrefixes == ["PUBLIC_"])
        #expect(env.browserPrefix(of: "PUBLIC_URL") == "PUBLIC_")
        #expect(env.browserPrefix(of: "VITE_URL") == nil)
    }

    @Test func rejectsInvalidNameAtItsLine() {
        #expect {
            try parse("env:\n  ignore:\n    - GOOD\n    - BAD-NAME\n")
        } throws: { error in
            let error = error as? ConfigurationError
            return error?.line == 4 && error?.message.english.hasPrefix("env.ignore: \"BAD-NAME\" is not") == true
        }
    }

    @Test func rejectsPathOutsideRepository() {
        #expect {
            try parse("env:\n  documentation: ../secrets.env\n")
        } throws: { error in
            (error as? ConfigurationError)?.message.english.hasPrefix("env.documentation: \"../secrets.env\"") == true
        }
    }

    @Test func rejectsUnknownKey() {
        #expect {
            try parse("env:\n  ignored: [X]\n")
        } throws: { error in
            (error as? ConfigurationError)?.line == 2
        }
    }
}
