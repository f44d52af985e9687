import VixenCore

/// The report as JUnit XML, for CI systems that show test results, such as GitLab's test reports.
///
/// Each changed component is a `testsuite`, and so are the findings on files without a component (`other`)
/// and on the range as a whole (`range`), as the text report groups them. Each finding is a `testcase` named
/// `<rule> <file>:<line>`. An error is a `failure`, because only errors block. A warning or info finding is
/// a passing test case whose `system-out` contains the message, so it stays visible without failing the job.
/// A component without findings gets one passing test case, and so does an empty report, so that every
/// suite shows up.
///
/// Suite names and messages are in the report's language; rule ids, paths and attribute names are not.
/// All text is escaped for XML 1.0, so any path or message gives well-formed XML.
public struct JUnitReportRenderer: ReportRenderer, Sendable {
    public init() {}

    public func render(_ report: Report, language: Language) -> String {
        let suites = suites(of: report)
        let tests = suites.map(\.testCount).reduce(0, +)
        let failures = report.count(of: .error)

        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        lines.append(#"<testsuites name="vixen-gate" tests="\#(tests)" failures="\#(failures)" errors="0">"#)
        for suite in suites {
            lines += suiteLines(suite, language: language)
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Suite {
        let group: ReportGroup
        let findings: [Finding]

        /// One test case per finding, or the single passing case of a suite without findings.
        var testCount: Int { max(1, findings.count) }
    }

    /// Returns the findings' groups and the changed components without findings, in report order.
    private func suites(of report: Report) -> [Suite] {
        var findingsByGroup: [ReportGroup: [Finding]] = [:]
        for (group, findings) in ReportGroup.groupFindings(report.findings, files: report.files) {
            findingsByGroup[group] = findings
        }
        for component in report.components where findingsByGroup[.component(component)] == nil {
            findingsByGroup[.component(component)] = []
        }
        if findingsByGroup.isEmpty {
            findingsByGroup[.range] = []
        }
        return findingsByGroup.keys.sorted().map { Suite(group: $0, findings: findingsByGroup[$0] ?? []) }
    }

    private func suiteLines(_ suite: Suite, language: Language) -> [String] {
        let name = title(of: suite.group, language: language)
        let className = ("vixen-gate." + name).xmlEscapedAttribute()
        let failures = suite.findings.filter { $0.severity == .error }.count

        var lines = [
            #"  <testsuite name="\#(name.xmlEscapedAttribute())" tests="\#(suite.testCount)" failures="\#(failures)" "#
                + #"errors="0" skipped="0">"#
        ]
        if suite.findings.isEmpty {
            let caseName = Catalog.junitNoFindings()(language).xmlEscapedAttribute()
            lines.append(#"    <testcase name="\#(caseName)" classname="\#(className)"/>"#)
        }
        for finding in suite.findings {
            let caseName = testCaseName(of: finding).xmlEscapedAttribute()
            lines.append(#"    <testcase name="\#(caseName)" classname="\#(className)">"#)
            let body = details(of: finding, language: language).xmlEscapedText()
            if finding.severity == .error {
                let message = finding.message(language).xmlEscapedAttribute()
                let type = finding.rule.description.xmlEscapedAttribute()
                lines.append(#"      <failure message="\#(message)" type="\#(type)">\#(body)</failure>"#)
            } else {
                lines.append("      <system-out>\(body)</system-out>")
            }
            lines.append("    </testcase>")
        }
        lines.append("  </testsuite>")
        return lines
    }

    private func title(of group: ReportGroup, language: Language) -> String {
        switch group {
        case .component(let component): component.name
        case .other: Catalog.reportOtherGroup()(language)
        case .range: Catalog.reportRangeGroup()(language)
        }
    }

    /// Returns `<rule> <file>:<line>`, `<rule> <file>` or the rule alone.
    private func testCaseName(of finding: Finding) -> String {
        guard let location = location(of: finding) else {
            return finding.rule.description
        }
        return finding.rule.description + " " + location
    }

    private func location(of finding: Finding) -> String? {
        guard let file = finding.file else {
            return nil
        }
        return finding.line.map { "\(file):\($0)" } ?? file
    }

    /// Returns the severity, rule, location and commit on one line, then the message.
    private func details(of finding: Finding, language: Language) -> String {
        var parts = [Catalog.reportSeverity(finding.severity)(language), finding.rule.description]
        if let location = location(of: finding) {
            parts.append(location)
        }
        if let commit = finding.commit {
            parts.append(Catalog.reportFindingCommit(String(commit.prefix(7)))(language))
        }
        return parts.joined(separator: " ") + "\n" + finding.message(language)
    }
}
