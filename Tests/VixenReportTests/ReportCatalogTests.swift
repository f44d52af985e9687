import Testing
import VixenCore

@Suite("Report catalog")
struct ReportCatalogTests {
    @Test(arguments: [
        (Severity.error, 0, "0 errors", "0 errores"),
        (Severity.error, 1, "1 error", "1 error"),
        (Severity.error, 2, "2 errors", "2 errores"),
        (Severity.warning, 0, "0 warnings", "0 advertencias"),
        (Severity.warning, 1, "1 warning", "1 advertencia"),
        (Severity.warning, 12, "12 warnings", "12 advertencias"),
        (Severity.info, 0, "0 info", "0 info"),
        (Severity.info, 1, "1 info", "1 info"),
        (Severity.info, 3, "3 info", "3 info"),
    ])
    func severityCountPlural(severity: Severity, count: Int, english: String, spanish: String) {
        let text = Catalog.reportSeverityCount(severity, count: count)
        #expect(text(.english) == english)
        #expect(text(.spanish) == spanish)
    }

    @Test(arguments: [(0, "0 commits"), (1, "1 commit"), (2, "2 commits"), (101, "101 commits")])
    func commitCountPlural(count: Int, expected: String) {
        let text = Catalog.reportCommitCount(count)
        #expect(text(.english) == expected)
        #expect(text(.spanish) == expected)
    }

    @Test func rangeHeaderSingular() {
        let text = Catalog.reportRange("1a2b3c4..5d6e7f8", commits: 1)
        #expect(text(.english) == "Range 1a2b3c4..5d6e7f8: 1 commit")
        #expect(text(.spanish) == "Rango 1a2b3c4..5d6e7f8: 1 commit")
    }

    @Test func severityLabels() {
        #expect(Catalog.reportSeverity(.error)(.spanish) == "error")
        #expect(Catalog.reportSeverity(.warning)(.spanish) == "advertencia")
        #expect(Catalog.reportSeverity(.info)(.spanish) == "info")
        #expect(Catalog.reportSeverity(.warning)(.english) == "warning")
    }
}
