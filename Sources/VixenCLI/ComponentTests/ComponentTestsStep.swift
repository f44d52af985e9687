import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenReport

/// The `--run-tests` part of `vixen-gate check`: runs the test commands the change needs and
/// adds their outcome to the report.
///
/// Which commands run is ``TestSelection``'s decision over the report's changed files, so a
/// component the range, the index and the work tree leave alone is not tested. The commands run
/// one after another, in the configuration's order, in the work tree as it is on disk, which
/// may differ from the range's head.
struct ComponentTestsStep {
    let configuration: Configuration
    /// The work tree's root, or nil for a bare repository.
    let workTree: String?
    let environment: [String: String]
    let console: Console
    let language: Language

    /// Returns `report` with the test runs and the `checklist.tests` findings added.
    ///
    /// - Throws: ``RunFailure`` when a command cannot start, or when tests are needed in a
    ///   repository without a work tree.
    func run(after report: Report) throws(RunFailure) -> Report {
        let changed = report.files.map { (path: $0.path, component: $0.component) }
        let selection = TestSelection(changed: changed, configuration: configuration.checklist)
        var runs: [ComponentTestRun] = []
        if !selection.commands.isEmpty {
            guard let workTree else {
                throw .message(Catalog.checklistTestsNoWorkTree())
            }
            let runner = TestCommandRunner(
                workTree: URL(fileURLWithPath: workTree), environment: environment, console: console,
                language: language)
            for command in selection.commands {
                runs.append(try runner.run(command))
            }
        }

        let rule = ComponentTestsRule()
        var added: [Finding] = []
        for var finding in rule.findings(changed: changed, configuration: configuration.checklist, runs: runs) {
            guard let severity = configuration.severity(of: finding.rule, default: finding.severity) else {
                continue
            }
            finding.severity = severity
            added.append(finding)
        }
        let findings = (report.findings + added).sorted(by: Finding.reportOrder)
        return Report(
            scope: report.scope, components: report.components, files: report.files, findings: findings,
            testRuns: runs, baselined: report.baselined)
    }
}
