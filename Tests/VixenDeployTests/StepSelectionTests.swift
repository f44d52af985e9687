import Testing
import VixenCore
import VixenDeploy

struct StepSelectionTests {
    private func lines(_ plan: DeployPlan) -> [StepLine] {
        plan.steps.map(StepLine.init)
    }

    /// The steps every target gets when nothing is deployed: all skipped but the report.
    private static func nothingToDeploy(_ target: DeployTarget) -> [StepLine] {
        let plan = PlanFixtures.plan(target, paths: ["BE/app.py"])
        return plan.steps.map { step in
            StepLine(step.action, step.component?.name ?? "-", step.action == .report ? .required : .nothingToDeploy)
        }
    }

    @Test func stagingBackendWithMigration() {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py", "DB/0002_orders.py", "TESTS/test_orders.py"])
        #expect(
            lines(plan) == [
                StepLine(.runBackendTests, "BE", .componentChanged),
                StepLine(.runFrontendTests, "FE", .componentUnchanged),
                StepLine(.runRegressionSuite, "-", .required),
                StepLine(.applyMigrations, "DB", .migrationsChanged),
                StepLine(.deployBackend, "BE", .componentChanged),
                StepLine(.deployFrontend, "FE", .componentUnchanged),
                StepLine(.healthCheck, "-", .deploymentRuns),
                StepLine(.smokeTestBackend, "BE", .componentChanged),
                StepLine(.smokeTestFrontend, "FE", .componentUnchanged),
                StepLine(.report, "-", .required),
            ])
        #expect(plan.components.map(\.name) == ["BE", "DB"])
        #expect(plan.changedComponents.map(\.name) == ["BE", "DB", "TESTS"])
        #expect(plan.migrations == [PlannedMigration(path: "DB/0002_orders.py", status: .added)])
        #expect(plan.deploys)
        #expect(plan.notes == [])
    }

    @Test func productionFrontendWithoutMigrations() {
        let plan = PlanFixtures.plan(.production, paths: ["FE/src/main.js"])
        #expect(
            lines(plan) == [
                StepLine(.soakCheck, "-", .required),
                StepLine(.windowCheck, "-", .required),
                StepLine(.backupDatabase, "DB", .noMigrations),
                StepLine(.applyMigrations, "DB", .noMigrations),
                StepLine(.deployBackend, "BE", .componentUnchanged),
                StepLine(.deployFrontend, "FE", .componentChanged),
                StepLine(.healthCheck, "-", .deploymentRuns),
                StepLine(.watchWindow, "-", .deploymentRuns),
                StepLine(.smokeTestBackend, "BE", .componentUnchanged),
                StepLine(.smokeTestFrontend, "FE", .componentChanged),
                StepLine(.report, "-", .required),
            ])
        #expect(plan.migrations == [])
    }

    @Test func productionWithMigrationBacksUp() {
        let plan = PlanFixtures.plan(.production, paths: ["DB/0003_index.sql"])
        let database = plan.steps.filter { $0.component == .database }.map(StepLine.init)
        #expect(
            database == [
                StepLine(.backupDatabase, "DB", .migrationsChanged),
                StepLine(.applyMigrations, "DB", .migrationsChanged),
            ])
        #expect(plan.steps.filter { $0.action == .deployBackend }.map(\.reason) == [.componentUnchanged])
    }

    @Test func hotfixOperationsRedeploysEverything() {
        let plan = PlanFixtures.plan(.hotfix, paths: ["OPS/Dockerfile"])
        #expect(
            lines(plan) == [
                StepLine(.confirmCriticalSeverity, "-", .required),
                StepLine(.verifyFix, "-", .required),
                StepLine(.prepareRollback, "-", .required),
                StepLine(.backupDatabase, "DB", .noMigrations),
                StepLine(.applyMigrations, "DB", .noMigrations),
                StepLine(.deployBackend, "BE", .operationsChanged),
                StepLine(.deployFrontend, "FE", .operationsChanged),
                StepLine(.healthCheck, "-", .deploymentRuns),
                StepLine(.watchMetrics, "-", .deploymentRuns),
                StepLine(.report, "-", .required),
            ])
        #expect(plan.target.stateTarget == .production)
    }

    @Test func stagingOperationsSkipsUnitTests() {
        let plan = PlanFixtures.plan(.staging, paths: ["OPS/compose.yaml"])
        #expect(
            lines(plan) == [
                StepLine(.runBackendTests, "BE", .componentUnchanged),
                StepLine(.runFrontendTests, "FE", .componentUnchanged),
                StepLine(.runRegressionSuite, "-", .required),
                StepLine(.applyMigrations, "DB", .noMigrations),
                StepLine(.deployBackend, "BE", .operationsChanged),
                StepLine(.deployFrontend, "FE", .operationsChanged),
                StepLine(.healthCheck, "-", .deploymentRuns),
                StepLine(.smokeTestBackend, "BE", .operationsChanged),
                StepLine(.smokeTestFrontend, "FE", .operationsChanged),
                StepLine(.report, "-", .required),
            ])
    }

    @Test func configuredComponentGetsItsOwnSteps() {
        let plan = PlanFixtures.plan(.staging, paths: ["PAYMENTS/charge.py", "DOCS/payments.md"])
        #expect(
            lines(plan) == [
                StepLine(.runBackendTests, "BE", .componentUnchanged),
                StepLine(.runFrontendTests, "FE", .componentUnchanged),
                StepLine(.runComponentTests, "PAYMENTS", .componentChanged),
                StepLine(.runRegressionSuite, "-", .required),
                StepLine(.applyMigrations, "DB", .noMigrations),
                StepLine(.deployBackend, "BE", .componentUnchanged),
                StepLine(.deployFrontend, "FE", .componentUnchanged),
                StepLine(.deployComponent, "PAYMENTS", .componentChanged),
                StepLine(.healthCheck, "-", .deploymentRuns),
                StepLine(.smokeTestBackend, "BE", .componentUnchanged),
                StepLine(.smokeTestFrontend, "FE", .componentUnchanged),
                StepLine(.smokeTestComponent, "PAYMENTS", .componentChanged),
                StepLine(.report, "-", .required),
            ])
        #expect(plan.components.map(\.name) == ["PAYMENTS"])
    }

    @Test(arguments: DeployTarget.allCases)
    func docsOnlyDeploysNothing(target: DeployTarget) {
        let plan = PlanFixtures.plan(target, paths: ["DOCS/deploy.md", "none/LICENSE.txt"])
        #expect(lines(plan) == Self.nothingToDeploy(target))
        #expect(plan.components == [])
        #expect(!plan.deploys)
        #expect(plan.notes == [.nothingToDeploy])
    }

    @Test(arguments: DeployTarget.allCases)
    func testsOnlyDeploysNothing(target: DeployTarget) {
        let plan = PlanFixtures.plan(target, paths: ["TESTS/test_orders.py"])
        #expect(lines(plan) == Self.nothingToDeploy(target))
        #expect(plan.steps.filter(\.skipped).count == plan.steps.count - 1)
        #expect(plan.notes == [.nothingToDeploy])
    }

    @Test func emptyRangeSaysSo() {
        let plan = PlanFixtures.plan(.staging, paths: [], commits: 0)
        #expect(lines(plan) == Self.nothingToDeploy(.staging))
        #expect(plan.notes == [.emptyRange])
    }

    @Test func stepsCarryRoles() {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py", "DB/0002.py"])
        #expect(
            plan.steps.map(\.role.rawValue) == ["SM", "SM", "QA", "DB", "OPS", "OPS", "OPS", "QA", "QA", "SM"])
    }

    @Test func defaultCommands() {
        let plan = PlanFixtures.plan(.production, paths: ["BE/app.py", "DB/0002.py"])
        let commands = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.action, $0.command) })
        #expect(commands[.backupDatabase] == #"pg_dump "$PROD_DB_URL" > backup_$(date +%Y%m%d).sql"#)
        #expect(commands[.applyMigrations] == "alembic upgrade head")
        #expect(commands[.deployBackend] == "POST /api/v1/deploy?uuid=<BE application UUID>&force=false")
        #expect(commands[.healthCheck] == "curl --fail <API URL>/health")
        #expect(commands[.smokeTestBackend] == .some(nil))
        #expect(commands[.soakCheck] == .some(nil))
    }

    @Test func configuredCommands() {
        var commands = DeployCommands.defaults
        commands.tests[Component("PAYMENTS")] = "make test"
        commands.smokeTests[.backend] = "pytest -m smoke"
        commands.coolifyApplications[.backend] = "k4c8w0s"
        let input = PlanFixtures.input(.staging, paths: ["BE/app.py", "PAYMENTS/x.py"], commands: commands)

        let plan = DeployPlan.resolve(input)

        let byAction = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.action, $0.command) })
        #expect(byAction[.runComponentTests] == "make test")
        #expect(byAction[.smokeTestBackend] == "pytest -m smoke")
        #expect(byAction[.deployBackend] == "POST /api/v1/deploy?uuid=k4c8w0s&force=false")
        #expect(
            byAction[.runRegressionSuite]
                == "(cd backend && pytest) && (cd frontend && npm test) && (make test)")
    }

    @Test func regressionSuiteWithoutTestsHasNoCommand() {
        let commands = DeployCommands(
            tests: [:], smokeTests: [:], coolifyApplications: [:], migrate: "m", backup: "b", healthCheck: "h")
        let plan = DeployPlan.resolve(PlanFixtures.input(.staging, paths: ["BE/app.py"], commands: commands))
        #expect(plan.steps.first { $0.action == .runRegressionSuite }?.command == .some(nil))
    }
}
