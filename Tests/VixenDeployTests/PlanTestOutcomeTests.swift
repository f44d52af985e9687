import Foundation
import Testing
import VixenCore
import VixenDeploy

/// Where each component's tests stand in a plan, and how the renderers show it.
struct PlanTestOutcomeTests {
    static let commands = [
        PlanTestInput.Command(component: .backend, command: "pytest", directory: "backend"),
        PlanTestInput.Command(component: .frontend, command: "npm test", directory: "frontend"),
    ]

    static func run(_ component: Component, status: Int32) -> ComponentTestRun {
        let command = commands.first { $0.component == component }
        return ComponentTestRun(
            component: component, command: command?.command ?? "make test", directory: command?.directory ?? "",
            exitStatus: status, milliseconds: 1540)
    }

    private func plan(
        _ target: DeployTarget = .staging, paths: [String] = ["BE/app.py"],
        commands: [PlanTestInput.Command] = Self.commands, needed: Set<Component> = [.backend],
        runs: [ComponentTestRun]? = nil
    ) -> DeployPlan {
        var input = PlanFixtures.input(target, paths: paths)
        input.tests = PlanTestInput(commands: commands, needed: needed, runs: runs)
        return DeployPlan.resolve(input)
    }

    private func step(_ action: StepAction, in plan: DeployPlan) throws -> PlanStep {
        try #require(plan.steps.first { $0.action == action })
    }

    @Test func neededTestsAreToRun() throws {
        let plan = plan()

        #expect(
            try step(.runBackendTests, in: plan).test
                == TestOutcome(component: .backend, status: .toRun, command: "pytest", directory: "backend"))
        #expect(
            try step(.runFrontendTests, in: plan).test
                == TestOutcome(component: .frontend, status: .notRun, command: "npm test", directory: "frontend"))
        #expect(plan.tests.map(\.component) == [.backend, .frontend])
        #expect(plan.testsWithoutStep == [])
    }

    @Test func runsGiveResults() throws {
        let plan = plan(runs: [Self.run(.backend, status: 3)])

        let backend = try #require(try step(.runBackendTests, in: plan).test)
        #expect(backend.status == .failed)
        #expect(backend.exitStatus == 3)
        #expect(backend.milliseconds == 1540)
        #expect(backend.command == "pytest")
        #expect(try step(.runFrontendTests, in: plan).test?.status == .notRun)
    }

    @Test func passingRunIsPassed() throws {
        let plan = plan(runs: [Self.run(.backend, status: 0)])

        #expect(try step(.runBackendTests, in: plan).test?.status == .passed)
        #expect(try step(.runBackendTests, in: plan).test?.exitStatus == 0)
    }

    @Test func changedComponentWithoutCommand() throws {
        let plan = plan(paths: ["FE/app.js"], commands: [], needed: [])

        #expect(try step(.runFrontendTests, in: plan).test == TestOutcome(component: .frontend, status: .notConfigured))
        #expect(try step(.runBackendTests, in: plan).test == TestOutcome(component: .backend, status: .notRun))
    }

    @Test func testFileChangeRunsUnchangedComponent() throws {
        let plan = plan(paths: ["TESTS/test_app.py"], needed: [.backend], runs: [Self.run(.backend, status: 0)])

        let step = try step(.runBackendTests, in: plan)
        #expect(step.skipped)
        #expect(step.test?.status == .passed)
    }

    @Test func noTestInputLeavesTestsOut() throws {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py"])

        #expect(try step(.runBackendTests, in: plan).test == nil)
        #expect(plan.tests == [])
    }

    @Test func productionHasTestsWithoutStep() {
        let plan = plan(.production, runs: [Self.run(.backend, status: 0)])

        #expect(plan.testsWithoutStep.map(\.component) == [.backend, .frontend])
        #expect(plan.testsWithoutStep.map(\.status) == [.passed, .notRun])
    }

    @Test func textShowsResultOnStep() {
        let text = PlanTextRenderer().render(plan(runs: [Self.run(.backend, status: 3)]), language: .english)

        #expect(
            text.contains(
                "  1. [SM] Check that the BE tests pass (run-backend-tests)\n"
                    + "     command: cd backend && pytest\n"
                    + "     tests: failed: pytest (in backend) exited with status 3 in 1.5 s. Its output is on "
                    + "standard error.\n"
                    + "     why: BE changed.\n"))
        #expect(
            text.contains(
                "  2. [SM] Check that the FE tests pass (run-frontend-tests): skipped\n"
                    + "     why: FE did not change.\n"))
    }

    @Test func textInSpanish() {
        let text = PlanTextRenderer().render(plan(runs: [Self.run(.backend, status: 0)]), language: .spanish)

        #expect(text.contains("     pruebas: aprobadas: pytest (en backend) terminó con el estado 0 en 1,5 s.\n"))
    }

    @Test func textSaysToRunWithoutRuns() {
        let text = PlanTextRenderer().render(plan(), language: .english)

        #expect(
            text.contains(
                "     tests: to be run: pytest (in backend). vixen-gate plan --run-tests runs it now.\n"))
    }

    @Test func textNotConfiguredAndRoot() {
        let commands = [PlanTestInput.Command(component: .backend, command: "make test", directory: "")]
        let run = ComponentTestRun(
            component: .backend, command: "make test", directory: "", exitStatus: 0, milliseconds: 1540)
        let text = PlanTextRenderer().render(
            plan(paths: ["BE/app.py", "FE/app.js"], commands: commands, runs: [run]), language: .english)

        #expect(text.contains("     tests: passed: make test (in .) exited with status 0 in 1.5 s.\n"))
        #expect(
            text.contains(
                "     tests: not configured: FE changed, but checklist.tests in .vixen-gate.yml sets no test command "
                    + "for it.\n"))
    }

    @Test func textListsProductionTests() {
        let text = PlanTextRenderer().render(
            plan(.production, runs: [Self.run(.backend, status: 0)]), language: .english)

        #expect(text.contains("\n\nTests:\n  BE: passed: pytest (in backend) exited with status 0 in 1.5 s.\n\n"))
    }

    @Test func textLeavesOutProductionTestsThatDidNotRun() {
        let text = PlanTextRenderer().render(plan(.production), language: .english)

        #expect(!text.contains("Tests:"))
    }

    @Test func markdownShowsResultInReason() {
        let markdown = PlanMarkdownRenderer().render(plan(runs: [Self.run(.backend, status: 3)]), language: .english)

        #expect(
            markdown.contains(
                "| BE changed. **BE tests:** failed: pytest \\(in backend\\) exited with status 3 in 1.5 s. Its output "
                    + "is on standard error. |"))
    }

    @Test func markdownListsProductionTests() {
        let markdown = PlanMarkdownRenderer().render(
            plan(.production, runs: [Self.run(.backend, status: 0)]), language: .english)

        #expect(
            markdown.contains(
                "\n\n### Tests\n\n- **BE tests:** passed: pytest \\(in backend\\) exited with status 0 in 1.5 s.\n\n"))
    }

    @Test func jsonRoundTrip() throws {
        let plan = plan(runs: [Self.run(.backend, status: 3)])
        let text = PlanJSONRenderer().render(plan, language: .english)

        let decoded = try JSONDecoder().decode(DeployPlan.self, from: Data(text.utf8))

        #expect(decoded == plan)
    }

    @Test func jsonTestObject() throws {
        let text = PlanJSONRenderer().render(plan(runs: [Self.run(.backend, status: 3)]), language: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let tests = try #require(object["tests"] as? [[String: Any]])
        let backend = try #require(tests.first)

        #expect(
            Set(backend.keys) == ["component", "status", "command", "directory", "exit_status", "milliseconds", "text"])
        #expect(backend["component"] as? String == "BE")
        #expect(backend["status"] as? String == "failed")
        #expect(backend["exit_status"] as? Int == 3)
        #expect(backend["milliseconds"] as? Int == 1540)
        #expect(
            backend["text"] as? String
                == "failed: pytest (in backend) exited with status 3 in 1.5 s. Its output is on standard error.")
        let frontend = try #require(tests.last)
        #expect(frontend["status"] as? String == "not-run")
        #expect(frontend["exit_status"] is NSNull)
    }

    @Test func statusIDs() {
        #expect(
            TestOutcome.Status.allCases.map(\.rawValue) == ["to-run", "passed", "failed", "not-run", "not-configured"])
    }
}
