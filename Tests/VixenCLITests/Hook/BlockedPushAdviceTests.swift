import Testing
import VixenCore

@testable import VixenCLI

/// The hint after a blocked push, which depends on the families of the blocking findings.
@Suite struct BlockedPushAdviceTests {
    private func finding(_ rule: String, _ severity: Severity = .error) throws -> Finding {
        Finding(
            rule: try #require(RuleID(parsing: rule)), severity: severity,
            message: LocalizedText(en: "found", es: "encontrado"))
    }

    @Test func migrationFindingAdvisesFixCommit() throws {
        let advice = BlockedPushAdvice.fix(for: [try finding("migration.empty-down")], onServer: false)

        #expect(
            advice.english
                == "The push was stopped. Add a commit that fixes the findings above, or rewrite the commits that "
                + "added them, then push again.")
    }

    @Test func envFindingAdvisesFixCommitInSpanish() throws {
        let advice = BlockedPushAdvice.fix(for: [try finding("env.undocumented")], onServer: true)

        #expect(
            advice.spanish
                == "El servidor ha rechazado el push. Añada un commit que corrija los hallazgos anteriores, o "
                + "reescriba los commits que los introdujeron, y vuelva a hacer push.")
    }

    @Test func secretFindingAdvisesRewriteAndRotation() throws {
        let advice = BlockedPushAdvice.fix(for: [try finding("secret.github-token")], onServer: false)

        #expect(
            advice
                == LocalizedText.joined([
                    Catalog.hookBlockedStopped(onServer: false), Catalog.hookBlockedRewrite(),
                    Catalog.hookBlockedRotate(),
                ]))
    }

    @Test func largeFileAdvisesRewriteOnly() throws {
        let advice = BlockedPushAdvice.fix(for: [try finding("git.file-too-large")], onServer: false)

        #expect(
            advice == LocalizedText.joined([Catalog.hookBlockedStopped(onServer: false), Catalog.hookBlockedRewrite()]))
    }

    @Test func mixedFindingsGetBothHints() throws {
        let findings = [try finding("migration.drop-table"), try finding("secret.github-token")]

        let advice = BlockedPushAdvice.fix(for: findings, onServer: false)

        #expect(
            advice
                == LocalizedText.joined([
                    Catalog.hookBlockedStopped(onServer: false), Catalog.hookBlockedRewrite(),
                    Catalog.hookBlockedRotate(), Catalog.hookBlockedFixOnTop(afterRewrite: true),
                ]))
        #expect(
            advice.english.hasSuffix(
                "For the other findings, add a commit that fixes them, or rewrite the commits "
                    + "that added them, then push again."))
    }

    @Test func warningsDoNotChooseHint() throws {
        let findings = [try finding("secret.github-token", .warning), try finding("env.undocumented")]

        let advice = BlockedPushAdvice.fix(for: findings, onServer: false)

        #expect(!advice.english.contains("git rebase -i"))
        #expect(!advice.english.contains("rotate"))
    }
}
