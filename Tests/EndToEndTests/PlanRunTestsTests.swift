import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate plan --run-tests` on the team's repository, with test commands that pass, fail or
/// leave a file behind so a test can see whether they ran.
struct PlanRunTestsTests {
    let repository: GitRepository
    let gate: VixenGateBinary
    /// The commit staging runs: the configuration, before the backend change.
    let base: String

    init() throws {
        try self.init(backendCommand: "echo backend tests ran in $(basename $PWD)")
    }

    /// Configures `backendCommand` for the backend and a frontend command that leaves
    /// `frontend/frontend-tests-ran`, records staging at that commit, then changes the backend only.
    init(backendCommand: String) throws {
        repository = try TeamRepository.make()
        gate = try VixenGateBinary()
        try repository.write(
            ".vixen-gate.yml",
            """
            checklist:
              tests:
                backend: {command: "\(backendCommand)", directory: backend}
                frontend: {command: "touch frontend-tests-ran", directory: frontend}

            """)
        base = try repository.commit("Configure the test commands")
        try repository.git("update-ref", "refs/vixen-gate/deployed/staging", base)
        try repository.write("backend/app/orders.py", "ORDERS = []\n")
        try repository.commit("feat(api): keep the orders")
    }

    /// Returns the repository with a backend command that prints a line and exits with status 3.
    static func failing() throws -> PlanRunTestsTests {
        try PlanRunTestsTests(backendCommand: "echo backend tests ran; sh -c 'exit 3'")
    }

    private var frontendMarker: URL {
        repository.url.appendingPathComponent("frontend/frontend-tests-ran")
    }

    private func json(_ result: ProcessResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    }

    /// Returns the `test` object of the step with `action`.
    private func test(of action: String, in plan: [String: Any]) throws -> [String: Any] {
        let steps = try #require(plan["steps"] as? [[String: Any]])
        let step = try #require(steps.first { $0["action"] as? String == action })
        return try #require(step["test"] as? [String: Any])
    }

    private func checklistItem(_ id: String, in plan: [String: Any]) throws -> [String: Any] {
        let items = try #require(plan["checklist"] as? [[String: Any]])
        return try #require(items.first { $0["item"] as? String == id })
    }

    @Test func passingTestsVerifyChecklist() throws {
        let result = try gate.run(
            ["plan", "--target", "staging", "--run-tests", "--format", "json"], in: repository.url)

        #expect(result.status == 0)
        let plan = try json(result)
        let backend = try test(of: "run-backend-tests", in: plan)
        #expect(backend["status"] as? String == "passed")
        #expect(backend["exit_status"] as? Int == 0)
        #expect(backend["command"] as? String == "echo backend tests ran in $(basename $PWD)")
        #expect(backend["directory"] as? String == "backend")
        #expect((backend["milliseconds"] as? Int ?? -1) >= 0)
        let frontend = try test(of: "run-frontend-tests", in: plan)
        #expect(frontend["status"] as? String == "not-run")
        #expect(frontend["exit_status"] is NSNull)
        #expect(!FileManager.default.fileExists(atPath: frontendMarker.path))
        let tests = try #require(plan["tests"] as? [[String: Any]])
        #expect(tests.map { $0["component"] as? String } == ["BE", "FE"])
        #expect(tests.map { $0["status"] as? String } == ["passed", "not-run"])
        let item = try checklistItem("backend.tests-pass", in: plan)
        #expect(item["status"] as? String == "verified")
        #expect(item["rules"] as? [String] == ["checklist.tests"])
        #expect(
            result.stderr.contains(
                "==> Running the BE tests: echo backend tests ran in $(basename $PWD) (in backend)\n"))
        #expect(result.stderr.contains("backend tests ran in backend\n"))
        #expect(!result.stdout.contains("backend tests ran in backend"))
    }

    @Test func failingTestBlocksPlan() throws {
        let failing = try Self.failing()

        let result = try failing.gate.run(
            ["plan", "--target", "staging", "--run-tests", "--format", "json"], in: failing.repository.url)

        #expect(result.status == 1)
        let plan = try failing.json(result)
        let backend = try failing.test(of: "run-backend-tests", in: plan)
        #expect(backend["status"] as? String == "failed")
        #expect(backend["exit_status"] as? Int == 3)
        #expect(plan["blocked"] as? Bool == true)
        #expect(plan["blocking_rules"] as? [String] == ["checklist.tests"])
        let item = try failing.checklistItem("backend.tests-pass", in: plan)
        #expect(item["status"] as? String == "failed")
        #expect(item["rules"] as? [String] == ["checklist.tests"])
        #expect(result.stderr.contains("backend tests ran\n"))
    }

    @Test func failingTestInTextAndMarkdown() throws {
        let failing = try Self.failing()
        let markdown = failing.repository.url.appendingPathComponent("plan.md")

        let result = try failing.gate.run(
            ["plan", "--target", "staging", "--run-tests", "--output", "markdown=\(markdown.path)"],
            in: failing.repository.url)

        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let testLine = try #require(lines.first { $0.hasPrefix("     tests: ") })
        #expect(testLine.hasPrefix("     tests: failed: echo backend tests ran; sh -c 'exit 3' (in backend) exited "))
        #expect(testLine.hasSuffix(" s. Its output is on standard error."))
        #expect(testLine.contains(" with status 3 in "))
        #expect(lines.contains("    failed          Unit and integration tests pass: blocked by checklist.tests"))
        let document = try String(contentsOf: markdown, encoding: .utf8)
        #expect(document.contains(" **BE tests:** failed: echo backend tests ran; sh -c 'exit 3' \\(in backend\\) "))
    }

    @Test func withoutRunTestsNothingRuns() throws {
        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        let plan = try json(result)
        let backend = try test(of: "run-backend-tests", in: plan)
        #expect(backend["status"] as? String == "to-run")
        #expect(backend["command"] as? String == "echo backend tests ran in $(basename $PWD)")
        #expect(backend["milliseconds"] is NSNull)
        #expect(try test(of: "run-frontend-tests", in: plan)["status"] as? String == "not-run")
        #expect(try checklistItem("backend.tests-pass", in: plan)["status"] as? String == "manual")
    }

    @Test func withoutRunTestsTextSaysToRun() throws {
        let result = try gate.run(["plan", "--target", "staging"], in: repository.url)

        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "     tests: to be run: echo backend tests ran in $(basename $PWD) (in backend). vixen-gate plan "
                    + "--run-tests runs it now.\n"))
    }

    @Test func productionListsTestsThatRan() throws {
        try repository.git("update-ref", "refs/vixen-gate/deployed/production", base)
        try repository.git("update-ref", "refs/vixen-gate/deployed/staging", "HEAD")

        let result = try gate.run(["plan", "--target", "production", "--run-tests"], in: repository.url)

        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "Tests:"))
        #expect(lines.count > heading + 1)
        #expect(
            lines[heading + 1].hasPrefix(
                "  BE: passed: echo backend tests ran in $(basename $PWD) (in backend) exited with status 0 in "))
        #expect(lines.contains { $0.hasPrefix("  FE:") } == false)
    }
}
