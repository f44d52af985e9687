import Testing
import VixenConfig
import VixenCore

/// Returns the error parsing `text` throws, or nil when it parses.
private func parseError(_ text: String) -> ConfigurationError? {
    do {
        _ = try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
        return nil
    } catch {
        return error
    }
}

@Suite struct CoolifyConfigurationErrorTests {
    @Test func missingURL() {
        let error = parseError("coolify:\n  token_env: COOLIFY_TOKEN\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(
            error?.formatted(.english)
                == ".vixen-gate.yml:2:3: The coolify section has no url. Add url: with the address of your Coolify "
                + "instance, such as https://coolify.example.com.")
        #expect(
            error?.formatted(.spanish)
                == ".vixen-gate.yml:2:3: La sección coolify no tiene url. Añada url: con la dirección de su instancia "
                + "de Coolify, como https://coolify.example.com.")
    }

    @Test func plainHTTPToRemoteHost() {
        let error = parseError("coolify:\n  url: http://coolify.example.com\n")
        #expect(error?.line == 2)
        #expect(error?.column == 8)
        #expect(
            error?.message.english
                == "coolify.url uses plain http:// to a host other than this machine: \"http://coolify.example.com\". "
                + "Use https://, because tokens and webhook URLs must not travel in clear; http:// is allowed only "
                + "for 127.0.0.1, ::1 and localhost.")
    }

    @Test func relativeURL() {
        let error = parseError("coolify:\n  url: coolify.example.com\n")
        #expect(
            error?.message.english
                == "Invalid URL \"coolify.example.com\" for coolify.url. Write an absolute URL with https:// and a "
                + "host, such as https://coolify.example.com.")
    }

    @Test func urlWithPassword() {
        let error = parseError("coolify:\n  url: https://admin:pw@coolify.example.com\n")
        #expect(error?.message == Catalog.coolifyConfigURLCredentials(path: "coolify.url"))
        #expect(error?.message.english.contains("pw@") == false)
    }

    @Test func baseURLWithQuery() {
        let error = parseError("coolify:\n  url: https://coolify.example.com/?team=1\n")
        #expect(
            error?.message
                == Catalog.coolifyConfigURLNotABase(path: "coolify.url", value: "https://coolify.example.com/?team=1"))
    }

    @Test func tokenPastedAsVariableName() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  token_env: 3|WaobqX9tJQshKPuQFHsyApxuOOggg\n")
        #expect(error?.line == 3)
        #expect(error?.column == 14)
        #expect(error?.message == Catalog.coolifyConfigTokenInFile(path: "coolify.token_env"))
        #expect(error?.message.english.contains("WaobqX9") == false)
    }

    @Test func invalidVariableName() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  token_env: coolify-token\n")
        #expect(
            error?.message.english
                == "Invalid environment variable name \"coolify-token\" for coolify.token_env. Use letters, digits "
                + "and _, starting with a letter or _, such as COOLIFY_TOKEN.")
    }

    @Test func unknownKeySuggestsClosest() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  poll_intervall: 5s\n")
        #expect(error?.line == 3)
        #expect(
            error?.message.english
                == "Unknown key \"poll_intervall\" in coolify. Did you mean \"poll_interval\"? Known keys: url, "
                + "token_env, request_timeout, deploy_timeout, poll_interval, applications, rollback_webhook, "
                + "health_checks, health, smoke_tests, notify.")
    }

    @Test func durationWithoutUnit() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  deploy_timeout: 30\n")
        #expect(error?.column == 19)
        #expect(
            error?.message.english
                == "Invalid duration \"30\" for coolify.deploy_timeout. Write a whole number with a unit (ms, s, m or "
                + "h), such as 30s or 15m.")
        #expect(
            error?.message.spanish
                == "Duración no válida \"30\" en coolify.deploy_timeout. Escriba un número entero con una unidad "
                + "(ms, s, m o h), como 30s o 15m.")
    }

    @Test func zeroDuration() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  poll_interval: 0s\n")
        #expect(
            error?.message == Catalog.configNotPositive(path: "coolify.poll_interval", value: "0s", defaultValue: "5s"))
    }

    @Test func hotfixIsNotAnEnvironment() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  applications:\n    hotfix: {BE: abc}\n")
        #expect(error?.line == 4)
        #expect(error?.column == 5)
        #expect(
            error?.message.english
                == "Unknown environment \"hotfix\" in coolify.applications. Use staging or production; a hotfix uses "
                + "production's settings.")
    }

    @Test func misspelledEnvironmentGetsSuggestion() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  applications:\n    stagign: {BE: abc}\n")
        #expect(
            error?.message.english
                == "Unknown environment \"stagign\" in coolify.applications. Did you mean \"staging\"? Use staging or "
                + "production; a hotfix uses production's settings.")
    }

    @Test func componentAliasAndNameTogether() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  applications:\n    staging: {BE: a, backend: b}\n")
        #expect(
            error?.message.english
                == "coolify.applications.staging lists component BE twice, as \"BE\" and as \"backend\". Keep one of them."
        )
    }

    @Test func uuidWithSlash() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  applications:\n    staging: {BE: a/b}\n")
        #expect(
            error?.message == Catalog.coolifyConfigInvalidUUID(path: "coolify.applications.staging.BE", value: "a/b"))
    }

    @Test func rollbackWebhookForUnknownApplication() {
        let error = parseError(
            "coolify:\n  rollback_webhook:\n    other1: {url_env: HOOK}\n  url: https://c.example.com\n"
                + "  applications:\n    production: {BE: prd1}\n")
        #expect(error?.line == 3)
        #expect(error?.message == Catalog.coolifyConfigUnknownRollbackApplication(uuid: "other1"))
    }

    @Test func secretWebhookURLIsNotShown() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  notify:\n    url: http://hooks.example.com/services/T0/B0/secret\n"
        )
        #expect(
            error?.message
                == Catalog.coolifyConfigPlainHTTP(path: "coolify.notify.url", value: "http://hooks.example.com/…"))
        #expect(error?.message.english.contains("secret") == false)
    }

    @Test func notifyWithBothURLs() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  notify: {url: https://h.example.com/x, url_env: HOOK}\n")
        #expect(error?.message == Catalog.coolifyConfigURLAndVariable(path: "coolify.notify"))
    }

    @Test func notifyUnknownStyle() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  notify: {url_env: HOOK, style: slak}\n")
        #expect(
            error?.message.english
                == "Unknown notification style \"slak\" for coolify.notify.style. Did you mean \"slack\"? Use slack "
                + "for {\"text\": ...} or discord for {\"content\": ...}.")
    }

    @Test func healthCheckStatusOutOfRange() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  health_checks:\n    staging:\n      BE:\n"
                + "        - {url: https://a.example.com/health, expected_status: 2000}\n")
        #expect(error?.line == 6)
        #expect(
            error?.message
                == Catalog.coolifyConfigInvalidStatus(
                    path: "coolify.health_checks.staging.BE.expected_status", value: "2000"))
    }

    @Test func healthCheckWithoutURL() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  health_checks:\n    staging:\n      BE:\n        - {timeout: 5s}\n"
        )
        #expect(error?.message == Catalog.coolifyConfigMissingKey(path: "coolify.health_checks.staging.BE", key: "url"))
    }

    @Test func healthAttemptsQuoted() {
        let error = parseError("coolify:\n  url: https://c.example.com\n  health:\n    attempts: \"3\"\n")
        #expect(error?.message == Catalog.configQuotedNumber(path: "coolify.health.attempts", value: "3"))
    }

    @Test func smokeHeaderWithSecretInClear() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - name: login\n            path: /login\n"
                + "            headers: {Authorization: Bearer abc123realtoken}\n")
        #expect(error?.line == 9)
        #expect(
            error?.message.english
                == "coolify.smoke_tests.staging.BE.tests.login.headers.Authorization carries a credential written in "
                + "the file. Put the value in an environment variable and write it as ${NAME}, such as \"Bearer "
                + "${SMOKE_TOKEN}\"; if the value was real, revoke it.")
        #expect(error?.message.english.contains("abc123realtoken") == false)
    }

    @Test func smokeHeaderWithUnclosedReference() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: login, path: /login, headers: {X-Trace: '${TRACE'}}\n")
        #expect(
            error?.message
                == Catalog.coolifyConfigInvalidReference(
                    path: "coolify.smoke_tests.staging.BE.tests.login.headers.X-Trace"))
    }

    @Test func smokeTestWithURLAndPath() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: home, url: https://a.example.com/, path: /home}\n")
        #expect(error?.message == Catalog.coolifyConfigURLAndPath(path: "coolify.smoke_tests.staging.BE.tests.home"))
    }

    @Test func smokeTestPathWithoutSlash() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: home, path: home}\n")
        #expect(
            error?.message.english
                == "coolify.smoke_tests.staging.BE.tests.home.path must start with /, but is \"home\". Write it as /home."
        )
    }

    @Test func smokeTestDuplicateName() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: home, path: /}\n          - {name: home, path: /index}\n")
        #expect(error?.line == 8)
        #expect(
            error?.message
                == Catalog.coolifyConfigDuplicateTestName(
                    path: "coolify.smoke_tests.staging.BE.tests", name: "home", firstLine: 7))
    }

    @Test func smokeTestCriticalMustBeBoolean() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: home, path: /, critical: yes}\n")
        #expect(
            error?.message
                == Catalog.coolifyConfigInvalidBoolean(
                    path: "coolify.smoke_tests.staging.BE.tests.home.critical", value: "yes"))
    }

    @Test func smokeTestMethodUnknown() {
        let error = parseError(
            "coolify:\n  url: https://c.example.com\n  smoke_tests:\n    staging:\n      BE:\n        tests:\n"
                + "          - {name: home, path: /, method: FETCH}\n")
        #expect(
            error?.message.english
                == "Invalid HTTP method \"FETCH\" for coolify.smoke_tests.staging.BE.tests.home.method. Use GET, HEAD, "
                + "POST, PUT, PATCH, DELETE or OPTIONS.")
    }
}
