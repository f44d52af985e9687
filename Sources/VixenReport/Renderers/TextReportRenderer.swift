import VixenCore

/// The report for people at a terminal or in a CI log.
///
/// The layout is a header naming the range, the changed components, the changed files, the
/// findings grouped by component, the test commands after `--run-tests`, and one summary line.
/// Sections are separated by blank lines. The report of a scan has a header naming what was read,
/// and no component or file sections.
/// Paths, component names, rule names and messages have their control characters escaped, so with
/// `color` false the output contains no ESC byte whatever the repository contains.
public struct TextReportRenderer: ReportRenderer, Sendable {
    /// Whether to add ANSI colors.
    ///
    /// The caller decides with ``TerminalColor/shouldColor(choice:isTerminal:environment:)``.
    public let color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: Report, language: Language) -> String {
        let style = TextStyle(isEnabled: color)
        var lines: [String] = []

        lines.append(style.bold(report.scope.headline(language: language).escapingControlCharacters()))
        lines.append("")
        // A scan reads files whole, so it has no changed components or files to list.
        if case .range = report.scope {
            lines.append(componentsLine(for: report.components, style: style, language: language))
            lines.append("")
            lines += fileLines(for: report.files, style: style, language: language)
            lines.append("")
        }
        lines += findingLines(for: report, style: style, language: language)
        lines.append("")
        if let runs = report.testRuns {
            lines += testLines(for: runs, style: style, language: language)
            lines.append("")
        }
        lines.append(summaryLine(for: report, style: style, language: language))

        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Components and files

    private func componentsLine(for components: [Component], style: TextStyle, language: Language) -> String {
        let heading = style.bold(Catalog.reportChangedComponents()(language) + ":")
        guard !components.isEmpty else {
            return heading + " " + Catalog.reportNone()(language)
        }
        let names = Set(components).sorted().map { $0.name.escapingControlCharacters() }
        return heading + " " + names.joined(separator: ", ")
    }

    private func fileLines(for files: [Report.File], style: TextStyle, language: Language) -> [String] {
        let heading = style.bold(Catalog.reportChangedFiles()(language) + ":")
        guard !files.isEmpty else {
            return [heading + " " + Catalog.reportNone()(language)]
        }

        var lines = [heading]
        for (group, groupFiles) in ReportGroup.groupFiles(files) {
            lines.append("  " + style.bold(title(of: group, language: language)))
            for file in groupFiles {
                lines.append("    " + statusLetter(file.status) + " " + describe(file))
            }
        }
        return lines
    }

    /// Returns git's one-letter status, as `git diff --name-status` prints it.
    private func statusLetter(_ status: FileChange.Status) -> String {
        switch status {
        case .added: "A"
        case .modified: "M"
        case .deleted: "D"
        case .renamed: "R"
        case .typeChanged: "T"
        }
    }

    private func describe(_ file: Report.File) -> String {
        let path = file.path.escapingControlCharacters()
        guard file.status == .renamed, let oldPath = file.oldPath else {
            return path
        }
        return oldPath.escapingControlCharacters() + " -> " + path
    }

    func title(of group: ReportGroup, language: Language) -> String {
        switch group {
        case .component(let component): component.name.escapingControlCharacters()
        case .other: Catalog.reportOtherGroup()(language)
        case .range: Catalog.reportRangeGroup()(language)
        }
    }

    // MARK: Tests

    /// Returns the section listing the test commands that ran, present only after `--run-tests`.
    private func testLines(for runs: [ComponentTestRun], style: TextStyle, language: Language) -> [String] {
        let heading = style.bold(Catalog.reportTests()(language) + ":")
        guard !runs.isEmpty else {
            return [heading + " " + Catalog.reportNone()(language)]
        }
        var lines = [heading]
        for run in runs {
            let text = Catalog.reportTestRun(
                component: run.component.name, command: run.command, directory: run.displayDirectory,
                passed: run.passed, status: run.exitStatus, milliseconds: run.milliseconds)(language)
            lines.append("  " + style.apply(run.passed ? .green : .red, to: text.escapingControlCharacters()))
        }
        return lines
    }

    // MARK: Summary

    private func summaryLine(for report: Report, style: TextStyle, language: Language) -> String {
        let outcome: String
        if report.blocked {
            outcome = style.apply(.red, to: Catalog.reportBlocked()(language))
        } else {
            outcome = style.apply(.green, to: Catalog.reportPassed()(language))
        }

        let counts = [Severity.error, .warning, .info].map { severity in
            let count = report.findings.filter { $0.severity == severity }.count
            return Catalog.reportSeverityCount(severity, count: count)(language)
        }
        return outcome + ": " + counts.joined(separator: ", ") + report.baselinedNote(language: language)
    }
}
