import Foundation
import Testing
import VixenCore
import VixenReport
import VixenTestSupport

@testable import VixenCLI

extension CI {
    /// Where a finished report goes: standard output, `--output` files and GitHub's step summary.
    @Suite("Report delivery")
    struct ReportDeliveryTests {
        static let report = Report(
            range: Report.Range(
                base: ObjectID(hex: CI.baseID), head: ObjectID(hex: CI.headID), commits: 1, includesStaged: false,
                includesWorktree: false),
            components: [.backend],
            files: [Report.File(path: "app/main.py", oldPath: nil, status: .modified, component: .backend)],
            findings: [
                Finding(
                    rule: RuleID(.env, "undocumented-variable"), severity: .error, file: "app/main.py", line: 4,
                    message: LocalizedText(en: "API_URL is undocumented.", es: "API_URL no está documentada."))
            ])

        static func plan(_ provider: CIProvider, summary: String?) -> CIRangePlan {
            CIRangePlan(
                provider: provider, event: "push",
                start: .commit(CICommit(id: CI.baseID, source: Catalog.ciVariableSource("BASE"))),
                head: CICommit(id: CI.headID, source: Catalog.ciVariableSource("HEAD")), stepSummaryPath: summary)
        }

        private func delivery(
            _ options: CheckOptions, plan: CIRangePlan?, folder: TemporaryDirectory, capture: ConsoleCapture,
            language: Language = .english
        ) -> ReportDelivery {
            ReportDelivery(
                options: options, plan: plan, language: language, environment: [:], currentDirectory: folder.path,
                console: capture.console)
        }

        private func read(_ name: String, in folder: TemporaryDirectory) throws -> String {
            try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
        }

        @Test func consoleFormatDefaults() {
            let folder = "/tmp"
            func format(_ options: CheckOptions, _ plan: CIRangePlan?) -> OutputFormat {
                ReportDelivery(
                    options: options, plan: plan, language: .english, environment: [:], currentDirectory: folder,
                    console: ConsoleCapture().console
                ).consoleFormat
            }
            #expect(format(CheckOptions(), nil) == .text)
            #expect(format(CheckOptions(ci: true), Self.plan(.githubActions, summary: nil)) == .github)
            #expect(format(CheckOptions(ci: true), Self.plan(.gitlabCI, summary: nil)) == .text)
            #expect(format(CheckOptions(format: .json, ci: true), Self.plan(.githubActions, summary: nil)) == .json)
        }

        @Test func writesEveryOutputFile() throws {
            let folder = try TemporaryDirectory()
            let capture = ConsoleCapture()
            let options = CheckOptions(
                format: .json,
                outputs: [
                    .init(format: .sarif, path: "vixen-gate.sarif"), .init(format: .junit, path: "junit.xml"),
                    .init(format: .gitlab, path: "gl-code-quality-report.json"),
                    .init(format: .markdown, path: "summary.md"), .init(format: .text, path: "report.txt"),
                ])
            try delivery(options, plan: nil, folder: folder, capture: capture).deliver(Self.report)

            #expect(capture.output == JSONReportRenderer().render(Self.report, language: .english))
            let sarif = SARIFReportRenderer(rules: .standard, toolVersion: VixenGateVersion.current)
            #expect(try read("vixen-gate.sarif", in: folder) == sarif.render(Self.report, language: .english))
            #expect(try read("junit.xml", in: folder) == JUnitReportRenderer().render(Self.report, language: .english))
            #expect(
                try read("gl-code-quality-report.json", in: folder)
                    == GitLabReportRenderer().render(Self.report, language: .english))
            #expect(
                try read("summary.md", in: folder) == MarkdownReportRenderer().render(Self.report, language: .english))
            #expect(
                try read("report.txt", in: folder)
                    == TextReportRenderer(color: false).render(Self.report, language: .english))
            #expect(capture.error == "")
        }

        @Test func githubGetsAnnotationsAndSummary() throws {
            let folder = try TemporaryDirectory()
            let summary = folder.url.appendingPathComponent("step-summary.md").path
            try "# Tests\n\n".write(toFile: summary, atomically: false, encoding: .utf8)
            let capture = ConsoleCapture()

            try delivery(
                CheckOptions(ci: true), plan: Self.plan(.githubActions, summary: summary), folder: folder,
                capture: capture,
                language: .spanish
            ).deliver(Self.report)

            #expect(
                capture.output == """
                    ::error file=app/main.py,line=4,title=env.undocumented-variable::API_URL no está documentada.
                    bloqueado: 1 error, 0 advertencias, 0 info

                    """)
            let markdown = MarkdownReportRenderer().render(Self.report, language: .spanish)
            #expect(try String(contentsOfFile: summary, encoding: .utf8) == "# Tests\n\n" + markdown)
        }

        @Test func explicitFormatSkipsSummary() throws {
            let folder = try TemporaryDirectory()
            let summary = folder.url.appendingPathComponent("step-summary.md").path
            let capture = ConsoleCapture()
            try delivery(
                CheckOptions(format: .github, ci: true), plan: Self.plan(.githubActions, summary: summary),
                folder: folder, capture: capture
            ).deliver(Self.report)
            #expect(capture.output.hasPrefix("::error "))
            #expect(!FileManager.default.fileExists(atPath: summary))
        }

        @Test func fullSummaryIsLeftAlone() throws {
            let folder = try TemporaryDirectory()
            let summary = folder.url.appendingPathComponent("step-summary.md").path
            let earlier = String(repeating: "x", count: MarkdownReportRenderer.stepSummaryLimit - 100)
            try earlier.write(toFile: summary, atomically: false, encoding: .utf8)
            let capture = ConsoleCapture()

            try delivery(
                CheckOptions(ci: true), plan: Self.plan(.githubActions, summary: summary), folder: folder,
                capture: capture
            ).deliver(Self.report)

            #expect(FileAccess.size(of: summary, relativeTo: folder.path) == earlier.utf8.count)
            #expect(
                capture.error == """
                    vixen-gate: warning: the Markdown summary was not appended to "\(summary)" (GITHUB_STEP_SUMMARY), \
                    because the file would then exceed GitHub's limit of 1 MiB per step. The annotations above and the \
                    --output reports are complete.

                    """)
        }

        @Test func unwritableOutputNamesPathAfterReport() throws {
            let folder = try TemporaryDirectory()
            let capture = ConsoleCapture()
            let options = CheckOptions(outputs: [.init(format: .sarif, path: "reports/vixen-gate.sarif")])
            let result = Result { () throws(RunFailure) in
                try delivery(options, plan: nil, folder: folder, capture: capture).deliver(Self.report)
            }
            guard case .failure(let failure) = result else {
                Issue.record("writing into a missing folder succeeded")
                return
            }
            #expect(capture.output.hasPrefix("Range aaaaaaa..bbbbbbb: 1 commit"))
            #expect(
                failure.text(.english) == """
                    Cannot write the report to "reports/vixen-gate.sarif": No such file or directory. Check that its \
                    folder exists and is writable, or choose another FILE in --output.
                    """)
            #expect(
                failure.text(.spanish) == """
                    No se puede escribir el informe en "reports/vixen-gate.sarif": no existe el archivo o la carpeta. \
                    Compruebe que su carpeta existe y admite escritura, o elija otro FILE en --output.
                    """)
        }

        @Test func unwritableSummaryNamesVariable() throws {
            let folder = try TemporaryDirectory()
            let summary = folder.url.appendingPathComponent("missing/summary.md").path
            let result = Result { () throws(RunFailure) in
                try delivery(
                    CheckOptions(ci: true), plan: Self.plan(.githubActions, summary: summary), folder: folder,
                    capture: ConsoleCapture()
                ).deliver(Self.report)
            }
            guard case .failure(let failure) = result else {
                Issue.record("appending to a missing folder succeeded")
                return
            }
            #expect(
                failure.text(.english) == """
                    Cannot append the Markdown summary to "\(summary)", named by GITHUB_STEP_SUMMARY: No such file or \
                    directory. Pass --format to print the report without the summary.
                    """)
        }

        @Test func sameFileThroughDifferentSpellings() throws {
            let folder = try TemporaryDirectory()
            let options = CheckOptions(outputs: [
                .init(format: .sarif, path: "a.sarif"), .init(format: .json, path: folder.path + "/a.sarif"),
            ])
            let result = Result { () throws(RunFailure) in
                try delivery(options, plan: nil, folder: folder, capture: ConsoleCapture()).rejectSameFile()
            }
            guard case .failure(let failure) = result else {
                Issue.record("two spellings of one file were accepted")
                return
            }
            #expect(
                failure.text(.english) == """
                    '--output sarif=a.sarif' and '--output json=\(folder.path)/a.sarif' both write the file \
                    '\(folder.path)/a.sarif'; give each format its own file
                    """)
        }

        @Test func distinctFilesAccepted() throws {
            let folder = try TemporaryDirectory()
            let options = CheckOptions(outputs: [
                .init(format: .sarif, path: "a.sarif"), .init(format: .json, path: "b.json"),
            ])
            try delivery(options, plan: nil, folder: folder, capture: ConsoleCapture()).rejectSameFile()
        }
    }
}
