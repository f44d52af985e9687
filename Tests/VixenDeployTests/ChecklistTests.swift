import Testing
import VixenCore
import VixenDeploy

struct ChecklistTests {
    static let secretRules: Set<RuleID> = [
        RuleID(.secret, "aws-access-key-id"), RuleID(.secret, "env-file"), RuleID(.secret, "private-key-file"),
    ]

    private func item(_ id: ChecklistItemID, in items: [ChecklistItem]) throws -> ChecklistItem {
        try #require(items.first { $0.id == id })
    }

    private func finding(_ rule: RuleID, _ severity: Severity) -> Finding {
        Finding(rule: rule, severity: severity, file: "app.py", line: 1, message: LocalizedText(en: "x", es: "x"))
    }

    @Test func mappingListsEveryItemOnce() {
        #expect(ChecklistMapping.entries.map(\.item) == ChecklistItemID.allCases)
    }

    @Test func itemsFollowAreaOrder() {
        let items = ChecklistItem.evaluate(rulesRun: [], findings: [])
        #expect(
            items.map(\.area.rawValue) == [
                "backend", "backend", "backend", "backend", "backend",
                "frontend", "frontend", "frontend", "frontend", "frontend",
                "database", "database", "database", "database",
                "devops", "devops", "devops", "devops", "devops",
            ])
    }

    @Test func verifiedListsRulesThatRan() throws {
        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: [])

        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .verified)
        #expect(
            secrets.rules.map(\.description) == [
                "secret.aws-access-key-id", "secret.env-file", "secret.private-key-file",
            ])
        let coolify = try item(.secretsInCoolify, in: items)
        #expect(coolify.status == .verified)
        #expect(coolify.rules.map(\.description) == ["secret.env-file", "secret.private-key-file"])
    }

    @Test func blockingFindingFailsItem() throws {
        let findings = [finding(RuleID(.secret, "env-file"), .error)]

        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: findings)

        let coolify = try item(.secretsInCoolify, in: items)
        #expect(coolify.status == .failed)
        #expect(coolify.rules.map(\.description) == ["secret.env-file"])
        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .failed)
        #expect(secrets.rules.map(\.description) == ["secret.env-file"])
    }

    @Test func warningDoesNotFailItem() throws {
        let findings = [finding(RuleID(.secret, "aws-access-key-id"), .warning)]
        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: findings)
        #expect(try item(.noHardcodedSecrets, in: items).status == .verified)
    }

    @Test func unknownRuleFindingStillFails() throws {
        let findings = [finding(RuleID(.secret, "acme-internal-token"), .error)]
        let items = ChecklistItem.evaluate(rulesRun: [], findings: findings)
        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .failed)
        #expect(secrets.rules.map(\.description) == ["secret.acme-internal-token"])
    }

    @Test func itemWithoutRunningRulesIsManual() throws {
        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: [])
        let typeHints = try item(.typeHints, in: items)
        #expect(typeHints.status == .manual)
        #expect(typeHints.rules == [])
        #expect(typeHints.patterns == ["checklist.type-hints"])
    }

    @Test func itemWithoutPatternsIsManual() throws {
        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: [])
        let backup = try item(.backupTaken, in: items)
        #expect(backup.status == .manual)
        #expect(backup.patterns == [])
    }

    @Test func futureRulesVerifyTheirItems() throws {
        let rulesRun: Set<RuleID> = [
            RuleID(.checklist, "docker-healthcheck"), RuleID(.checklist, "docker-root-user"),
            RuleID(.migration, "index-not-concurrent"), RuleID(.env, "undocumented-variable"),
            RuleID(.checklist, "console-log"), RuleID(.checklist, "tests"),
        ]

        let items = ChecklistItem.evaluate(rulesRun: rulesRun, findings: [])

        let verified = items.filter { $0.status == .verified }.map(\.id)
        #expect(
            verified == [
                .testsPass, .backendEnvironmentDocumented, .noConsoleErrors, .frontendEnvironmentConfigured,
                .indexesChecked, .imagesOptimized, .healthChecksConfigured,
            ])
        #expect(try item(.imagesOptimized, in: items).rules.count == 2)
        #expect(
            try item(.healthChecksConfigured, in: items).rules.map(\.description) == ["checklist.docker-healthcheck"])
    }

    @Test func migrationHazardFailsIndexItem() throws {
        let rule = RuleID(.migration, "foreign-key-without-index")
        let items = ChecklistItem.evaluate(rulesRun: [rule], findings: [finding(rule, .error)])
        #expect(try item(.indexesChecked, in: items).status == .failed)
        #expect(try item(.migrationsReversible, in: items).status == .manual)
    }

    @Test func planCarriesBlockingRules() {
        let findings = [
            finding(RuleID(.secret, "env-file"), .error), finding(RuleID(.git, "file-too-large"), .error),
            finding(RuleID(.secret, "env-file"), .error), finding(RuleID(.secret, "jwt"), .warning),
        ]
        let plan = DeployPlan.resolve(PlanFixtures.input(.staging, paths: ["BE/app.py"], findings: findings))
        #expect(plan.blocked)
        #expect(plan.blockingRules.map(\.description) == ["git.file-too-large", "secret.env-file"])
    }

    @Test func planWithoutBlockingFindingPasses() {
        let findings = [finding(RuleID(.secret, "jwt"), .warning)]
        let plan = DeployPlan.resolve(PlanFixtures.input(.staging, paths: ["BE/app.py"], findings: findings))
        #expect(!plan.blocked)
        #expect(plan.blockingRules == [])
    }
}
