import Foundation
import Testing
import VixenCore
import VixenReport

/// Reports of `vixen-gate scan`, which name what was read instead of a range of commits.
@Suite("Scan scope")
struct ScanScopeTests {
    private static let finding = Finding(
        rule: RuleID(.secret, "test-token"), severity: .error, file: "src/config.py", line: 3,
        message: LocalizedText(en: "Secret found.", es: "Se encontró un secreto."))

    private static let pathScan = Report(scope: .paths(["src", "./a.py"], files: 12), findings: [finding])

    @Test func textNamesPathsAndOmitsChangeSections() {
        let expected = """
            Scan of src, ./a.py: 12 files

            Findings:
              error    secret.test-token  src/config.py:3  Secret found.

            blocked: 1 error, 0 warnings, 0 info

            """
        #expect(TextReportRenderer(color: false).render(Self.pathScan, language: .english) == expected)
    }

    @Test func textFindingsInSpanishHaveNoGroup() {
        let expected = """
            Análisis de src, ./a.py: 12 archivos

            Hallazgos:
              error        secret.test-token  src/config.py:3  Se encontró un secreto.

            bloqueado: 1 error, 0 advertencias, 0 info

            """
        #expect(TextReportRenderer(color: false).render(Self.pathScan, language: .spanish) == expected)
    }

    @Test func textInSpanish() {
        let report = Report(scope: .paths(["-"], files: 1), findings: [])
        let expected = """
            Análisis de la entrada estándar: 1 archivo

            Hallazgos: ninguno

            aprobado: 0 errores, 0 advertencias, 0 info

            """
        #expect(TextReportRenderer(color: false).render(report, language: .spanish) == expected)
    }

    @Test func emptyScanSaysSo() {
        let report = Report(scope: .paths(["empty"], files: 0), findings: [])
        #expect(
            TextReportRenderer(color: false).render(report, language: .english).hasPrefix("No files to scan in empty\n")
        )
        #expect(
            TextReportRenderer(color: false).render(report, language: .spanish)
                .hasPrefix("No hay archivos que analizar en empty\n"))
    }

    @Test func manyPathsAreCounted() {
        let report = Report(scope: .paths(["a", "b", "c", "d", "e", "f", "g"], files: 7), findings: [])
        #expect(
            TextReportRenderer(color: false).render(report, language: .english)
                .hasPrefix("Scan of a, b, c, d, e and 2 more: 7 files\n"))
    }

    @Test func controlCharactersInPathsAreEscaped() {
        let report = Report(scope: .paths(["evil\u{1B}[31m"], files: 1), findings: [])
        let text = TextReportRenderer(color: false).render(report, language: .english)
        #expect(!text.contains("\u{1B}"))
    }

    @Test(arguments: [
        (false, Language.english, "History of HEAD: 3 commits"),
        (true, Language.english, "History of every reference: 3 commits"),
        (false, Language.spanish, "Historial de HEAD: 3 commits"),
        (true, Language.spanish, "Historial de todas las referencias: 3 commits"),
    ])
    func historyHeader(allReferences: Bool, language: Language, expected: String) {
        let report = Report(scope: .history(allReferences: allReferences, commits: 3), findings: [])
        #expect(TextReportRenderer(color: false).render(report, language: language).hasPrefix(expected + "\n\n"))
    }

    @Test func jsonHasScopeAndNullRange() throws {
        let text = JSONReportRenderer().render(Self.pathScan, language: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["range"] is NSNull)
        let scope = try #require(object["scope"] as? [String: Any])
        #expect(scope.keys.sorted() == ["all_refs", "commits", "files", "kind", "paths"])
        #expect(scope["kind"] as? String == "paths")
        #expect(scope["paths"] as? [String] == ["src", "./a.py"])
        #expect(scope["files"] as? Int == 12)
        #expect(scope["all_refs"] is NSNull)
        #expect(scope["commits"] is NSNull)
    }

    @Test func jsonHistoryScope() throws {
        let report = Report(scope: .history(allReferences: true, commits: 37), findings: [])
        let text = JSONReportRenderer().render(report, language: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scope = try #require(object["scope"] as? [String: Any])
        #expect(scope["kind"] as? String == "history")
        #expect(scope["paths"] is NSNull)
        #expect(scope["files"] is NSNull)
        #expect(scope["all_refs"] as? Bool == true)
        #expect(scope["commits"] as? Int == 37)
    }

    @Test func jsonOfRangeHasNoScope() throws {
        let text = JSONReportRenderer().render(ReportFixtures.emptyRange, language: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["scope"] == nil)
        #expect(object["range"] is [String: Any])
    }

    @Test func markdownNamesPathsWithoutComponents() {
        let markdown = MarkdownReportRenderer().render(Self.pathScan, language: .english)
        #expect(markdown.hasPrefix("## vixen-gate: blocked\n\nScan of src, ./a.py: 12 files\n\n**Findings:**"))
        #expect(!markdown.contains("Changed components"))
    }

    @Test func rangeOfScanIsNil() {
        #expect(Self.pathScan.range == nil)
        #expect(ReportFixtures.emptyRange.range?.commits == 0)
    }
}
