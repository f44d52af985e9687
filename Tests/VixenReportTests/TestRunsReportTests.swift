import Foundation
import Testing
import VixenCore
import VixenReport

/// The test runs of `check --run-tests` in the JSON and text reports.
@Suite struct TestRunsReportTests {
    static let runs = [
        ComponentTestRun(
            component: .backend, command: "pytest", directory: "backend", exitStatus: 3, milliseconds: 1234),
        ComponentTestRun(component: .frontend, command: "npm test", directory: "", exitStatus: 0, milliseconds: 56),
    ]

    private func report(testRuns: [ComponentTestRun]?) -> Report {
        Report(
            scope: ReportFixtures.singleWarning.scope, components: [], files: [], findings: [], testRuns: testRuns)
    }

    private func json(_ report: Report) throws -> [String: Any] {
        let text = JSONReportRenderer().render(report, language: .english)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonListsRuns() throws {
        let tests = try #require(try json(report(testRuns: Self.runs))["tests"] as? [[String: Any]])
        #expect(tests.count == 2)
        #expect(tests.first?["component"] as? String == "BE")
        #expect(tests.first?["command"] as? String == "pytest")
        #expect(tests.first?["directory"] as? String == "backend")
        #expect(tests.first?["status"] as? String == "failed")
        #expect(tests.first?["exit_status"] as? Int == 3)
        #expect(tests.first?["duration"] as? Double == 1.234)
        #expect(tests.last?["directory"] as? String == ".")
        #expect(tests.last?["status"] as? String == "passed")
    }

    @Test func jsonHasEmptyListWhenNoneRan() throws {
        let tests = try #require(try json(report(testRuns: []))["tests"] as? [Any])
        #expect(tests.isEmpty)
    }

    @Test func jsonOmitsKeyWithoutRunTests() throws {
        #expect(try json(report(testRuns: nil))["tests"] == nil)
    }

    @Test func textListsRunsBeforeSummary() {
        let text = TextReportRenderer(color: false).render(report(testRuns: Self.runs), language: .english)
        #expect(
            text.hasSuffix(
                """
                Tests:
                  BE: pytest (in backend): failed with status 3 in 1.2 s
                  FE: npm test (in .): passed in 0.0 s

                passed: 0 errors, 0 warnings, 0 info

                """))
    }

    @Test func textInSpanish() {
        let text = TextReportRenderer(color: false).render(report(testRuns: [Self.runs[0]]), language: .spanish)
        #expect(text.contains("Pruebas:\n  BE: pytest (en backend): fallaron con el estado 3 en 1,2 s\n"))
    }

    @Test func textSaysNoneWhenNoneRan() {
        let text = TextReportRenderer(color: false).render(report(testRuns: []), language: .english)
        #expect(text.contains("\nTests: none\n"))
    }

    @Test func textOmitsSectionWithoutRunTests() {
        let text = TextReportRenderer(color: false).render(report(testRuns: nil), language: .english)
        #expect(!text.contains("Tests"))
    }
}
