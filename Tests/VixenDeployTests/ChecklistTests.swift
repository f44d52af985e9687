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

    private func finding(_ rule: RuleID, _ severity: Severity, file: String = "BE/app.py") -> Finding {
        Finding(rule: rule, severity: severity, file: file, line: 1, message: LocalizedText(en: "x", es: "x"))
    }

    private func evaluate(
        _ paths: [String], rulesRun: Set<RuleID>, findings: [Finding] = [], tests: [TestOutcome] = []
    ) -> [ChecklistItem] {
        ChecklistItem.evaluate(rulesRun: rulesRun, findings: findings, files: PlanFixtures.files(paths), tests: tests)
    }

    @Test func mappingListsEveryItemOnce() {
        #expect(ChecklistMapping.entries.map(\.item) == ChecklistItemID.allCases)
    }

    @Test func itemsFollowAreaOrder() {
        let items = evaluate([], rulesRun: [])
        #expect(
            items.map(\.area.rawValue) == [
                "backend", "backend", "backend", "backend", "backend",
                "frontend", "frontend", "frontend", "frontend", "frontend",
                "database", "database", "database", "database",
                "devops", "devops", "devops", "devops", "devops",
            ])
    }

    @Test func verifiedListsRulesThatRan() throws {
        let items = evaluate(["BE/app.py"], rulesRun: Self.secretRules)

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

        let items = evaluate(["BE/app.py"], rulesRun: Self.secretRules, findings: findings)

        let coolify = try item(.secretsInCoolify, in: items)
        #expect(coolify.status == .failed)
        #expect(coolify.rules.map(\.description) == ["secret.env-file"])
        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .failed)
        #expect(secrets.rules.map(\.description) == ["secret.env-file"])
    }

    @Test func warningGivesItemWarnings() throws {
        let findings = [finding(RuleID(.secret, "aws-access-key-id"), .warning)]
        let items = evaluate(["BE/app.py"], rulesRun: Self.secretRules, findings: findings)
        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .warnings)
        #expect(secrets.rules.map(\.description) == ["secret.aws-access-key-id"])
        #expect(try item(.secretsInCoolify, in: items).status == .verified)
    }

    @Test func typeHintsWarningIsNotVerified() throws {
        let rule = RuleID(.checklist, "type-hints")
        let items = evaluate(["BE/app.py"], rulesRun: [rule], findings: [finding(rule, .warning)])
        let typeHints = try item(.typeHints, in: items)
        #expect(typeHints.status == .warnings)
        #expect(typeHints.rules == [rule])
    }

    @Test func infoFindingGivesItemWarnings() throws {
        let rule = RuleID(.checklist, "docker-root-user")
        let items = evaluate(
            ["OPS/Dockerfile"], rulesRun: [rule], findings: [finding(rule, .info, file: "OPS/Dockerfile")])
        #expect(try item(.imagesOptimized, in: items).status == .warnings)
    }

    @Test func unknownRuleFindingStillFails() throws {
        let findings = [finding(RuleID(.secret, "acme-internal-token"), .error)]
        let items = evaluate(["BE/app.py"], rulesRun: [], findings: findings)
        let secrets = try item(.noHardcodedSecrets, in: items)
        #expect(secrets.status == .failed)
        #expect(secrets.rules.map(\.description) == ["secret.acme-internal-token"])
    }

    @Test func itemWithRulesTurnedOffIsManual() throws {
        let items = evaluate(["BE/app.py"], rulesRun: Self.secretRules)
        let typeHints = try item(.typeHints, in: items)
        #expect(typeHints.status == .manual)
        #expect(typeHints.rules == [])
        #expect(typeHints.patterns == ["checklist.type-hints"])
    }

    @Test func itemWithoutPatternsIsManual() throws {
        let items = evaluate(["BE/app.py"], rulesRun: Self.secretRules)
        let logs = try item(.logsReachable, in: items)
        #expect(logs.status == .manual)
        #expect(logs.patterns == [])
    }

    @Test func dockerItemsWithoutDockerfileAreNotApplicable() throws {
        let rules: Set<RuleID> = [RuleID(.checklist, "docker-healthcheck"), RuleID(.checklist, "docker-root-user")]
        let items = evaluate(["BE/app.py", "FE/src/main.ts"], rulesRun: rules)
        let images = try item(.imagesOptimized, in: items)
        #expect(images.status == .notApplicable)
        #expect(images.rules.count == 2)
        #expect(try item(.healthChecksConfigured, in: items).status == .notApplicable)
    }

    @Test func dockerItemsWithDockerfileAreVerified() throws {
        let rules: Set<RuleID> = [RuleID(.checklist, "docker-healthcheck"), RuleID(.checklist, "docker-root-user")]
        let items = evaluate(["OPS/backend.Dockerfile"], rulesRun: rules)
        #expect(try item(.imagesOptimized, in: items).status == .verified)
        #expect(try item(.healthChecksConfigured, in: items).status == .verified)
    }

    @Test func dockerignoreIsNotDockerfile() throws {
        let items = evaluate(["OPS/Dockerfile.dockerignore"], rulesRun: [RuleID(.checklist, "docker-root-user")])
        #expect(try item(.imagesOptimized, in: items).status == .notApplicable)
    }

    @Test func migrationItemsWithoutMigrationAreNotApplicable() throws {
        let rules: Set<RuleID> = [RuleID(.migration, "missing-down"), RuleID(.migration, "index-not-concurrent")]
        let items = evaluate(["BE/app.py"], rulesRun: rules)
        #expect(try item(.migrationsReversible, in: items).status == .notApplicable)
        #expect(try item(.indexesChecked, in: items).status == .notApplicable)
        #expect(try item(.migrationsTested, in: items).status == .notApplicable)
        #expect(try item(.backupTaken, in: items).status == .notApplicable)
    }

    @Test func migrationItemsWithMigration() throws {
        let rules: Set<RuleID> = [RuleID(.migration, "missing-down"), RuleID(.migration, "index-not-concurrent")]
        let items = evaluate(["DB/0002_orders.py"], rulesRun: rules)
        #expect(try item(.migrationsReversible, in: items).status == .verified)
        #expect(try item(.indexesChecked, in: items).status == .verified)
        #expect(try item(.migrationsTested, in: items).status == .manual)
        #expect(try item(.backupTaken, in: items).status == .manual)
    }

    @Test func assetsItemFollowsServedAssets() throws {
        let rules: Set<RuleID> = [RuleID(.checklist, "asset-too-large"), RuleID(.checklist, "source-map")]
        #expect(try item(.assetsOptimized, in: evaluate(["FE/public/logo.PNG"], rulesRun: rules)).status == .verified)
        #expect(try item(.assetsOptimized, in: evaluate(["FE/dist/app.js.map"], rulesRun: rules)).status == .verified)
        #expect(
            try item(.assetsOptimized, in: evaluate(["DOCS/logo.png"], rulesRun: rules)).status == .notApplicable)
        #expect(try item(.assetsOptimized, in: evaluate(["FE/src/app.ts"], rulesRun: rules)).status == .notApplicable)
    }

    @Test func frontendItemsFollowScripts() throws {
        let rules: Set<RuleID> = [RuleID(.checklist, "console-log"), RuleID(.checklist, "debugger")]
        #expect(try item(.noConsoleErrors, in: evaluate(["FE/src/App.vue"], rulesRun: rules)).status == .verified)
        #expect(
            try item(.noConsoleErrors, in: evaluate(["FE/src/app.test.ts"], rulesRun: rules)).status == .notApplicable)
        #expect(
            try item(.noConsoleErrors, in: evaluate(["FE/src/__tests__/app.ts"], rulesRun: rules)).status
                == .notApplicable)
    }

    @Test func typeHintsFollowBackendPython() throws {
        let rule = RuleID(.checklist, "type-hints")
        #expect(try item(.typeHints, in: evaluate(["BE/app/models.pyi"], rulesRun: [rule])).status == .verified)
        #expect(try item(.typeHints, in: evaluate(["BE/requirements.txt"], rulesRun: [rule])).status == .notApplicable)
        #expect(try item(.typeHints, in: evaluate(["FE/tool.py"], rulesRun: [rule])).status == .notApplicable)
    }

    @Test func deletionLeavesSecretsNotApplicable() throws {
        let files = [PlanInput.ChangedFile(path: "BE/old.py", status: .deleted, component: .backend)]
        let items = ChecklistItem.evaluate(rulesRun: Self.secretRules, findings: [], files: files)
        #expect(try item(.noHardcodedSecrets, in: items).status == .notApplicable)
        #expect(try item(.backendEnvironmentDocumented, in: items).status == .manual)
    }

    @Test func envFindingCountsOnlyForItsComponent() throws {
        let rule = RuleID(.env, "undocumented")
        let findings = [finding(rule, .error, file: "BE/app/reviews.py")]
        let items = evaluate(["BE/app/reviews.py", "FE/src/main.ts"], rulesRun: [rule], findings: findings)
        let backend = try item(.backendEnvironmentDocumented, in: items)
        #expect(backend.status == .failed)
        #expect(backend.rules == [rule])
        let frontend = try item(.frontendEnvironmentConfigured, in: items)
        #expect(frontend.status == .verified)
        #expect(frontend.rules == [rule])
    }

    @Test func envFindingOutsideComponentsCountsForBoth() throws {
        let rule = RuleID(.env, "unused-documented")
        let findings = [finding(rule, .warning, file: "none/.env.example")]
        let items = evaluate(["none/.env.example", "BE/app.py"], rulesRun: [rule], findings: findings)
        #expect(try item(.backendEnvironmentDocumented, in: items).status == .warnings)
        #expect(try item(.frontendEnvironmentConfigured, in: items).status == .warnings)
    }

    @Test func envItemWithoutComponentFileIsNotApplicable() throws {
        let rule = RuleID(.env, "undocumented")
        let items = evaluate(["BE/app.py"], rulesRun: [rule])
        #expect(try item(.backendEnvironmentDocumented, in: items).status == .verified)
        #expect(try item(.frontendEnvironmentConfigured, in: items).status == .notApplicable)
    }

    @Test func testsItemWithoutNeededTestsIsNotApplicable() throws {
        let tests = [
            TestOutcome(component: .backend, status: .notRun), TestOutcome(component: .frontend, status: .notRun),
        ]
        let items = evaluate(["DOCS/a.md"], rulesRun: [], tests: tests)
        #expect(try item(.testsPass, in: items).status == .notApplicable)
    }

    @Test func testsItemWithTestsToRunIsManual() throws {
        let tests = [
            TestOutcome(component: .backend, status: .toRun), TestOutcome(component: .frontend, status: .notRun),
        ]
        let items = evaluate(["BE/app.py"], rulesRun: [], tests: tests)
        #expect(try item(.testsPass, in: items).status == .manual)
    }

    @Test func testsRuleThatRanVerifiesItem() throws {
        let items = evaluate(["BE/app.py"], rulesRun: [RuleID(.checklist, "tests")])
        #expect(try item(.testsPass, in: items).status == .verified)
    }

    @Test func migrationHazardFailsIndexItem() throws {
        let rule = RuleID(.migration, "foreign-key-without-index")
        let findings = [finding(rule, .error, file: "DB/0002_orders.py")]
        let items = evaluate(["DB/0002_orders.py"], rulesRun: [rule], findings: findings)
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
