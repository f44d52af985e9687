import VixenCore

/// The report as GitHub-flavored Markdown, for a GitHub job's step summary or a merge request comment.
///
/// The layout is a heading with the verdict, the range, the changed components, a table of the findings
/// grouped by component as the text report groups them, and the count of each severity. A scan's
/// report names what was read in place of the range and has no components line. Paths, rule ids
/// and component names are code spans and every other value is escaped, so no path or message can add
/// formatting, links, HTML or table cells.
///
/// The output is at most ``maximumBytes`` bytes of UTF-8. When the whole table does not fit, its last rows
/// are left out and a note after the table states how many. Only a report whose heading, range, components
/// and summary alone exceed the limit comes out longer.
public struct MarkdownReportRenderer: ReportRenderer, Sendable {
    /// GitHub's limit for the summary of one step: 1 MiB.
    public static let stepSummaryLimit = 1_048_576

    public let maximumBytes: Int

    public init(maximumBytes: Int = Self.stepSummaryLimit) {
        self.maximumBytes = maximumBytes
    }

    public func render(_ report: Report, language: Language) -> String {
        let rows = findingRows(for: report, language: language)
        let complete = assemble(report, rows: rows[...], hidden: 0, language: language)
        guard complete.utf8.count > maximumBytes else {
            return complete
        }

        // Reserve room for the note as if every row were left out, which is its longest form.
        let skeleton = assemble(report, rows: [], hidden: rows.count, language: language)
        let budget = maximumBytes - skeleton.utf8.count
        var used = 0
        var shown = 0
        while shown < rows.count, used + rows[shown].utf8.count + 1 <= budget {
            used += rows[shown].utf8.count + 1
            shown += 1
        }
        return assemble(report, rows: rows[..<shown], hidden: rows.count - shown, language: language)
    }

    /// Joins the blocks of the report, with `rows` as the table's rows and a note on `hidden` rows left out.
    private func assemble(_ report: Report, rows: ArraySlice<String>, hidden: Int, language: Language) -> String {
        let outcome = report.blocked ? Catalog.reportBlocked() : Catalog.reportPassed()
        var blocks = [
            "## " + Catalog.markdownTitle(outcome: outcome)(language).markdownEscaped(),
            report.scope.headline(language: language).markdownEscaped(),
        ]
        // A scan reads files whole, so it has no changed components to list.
        if case .range = report.scope {
            blocks.append(componentsLine(for: report.components, language: language))
        }

        let findingsLabel = "**" + Catalog.reportFindings()(language).markdownEscaped() + ":**"
        if report.findings.isEmpty {
            blocks.append(findingsLabel + " " + Catalog.reportNone()(language).markdownEscaped())
        } else {
            blocks.append(([findingsLabel, ""] + tableHeader(language: language) + rows).joined(separator: "\n"))
        }
        if hidden > 0 {
            let note = Catalog.markdownFindingsLeftOut(hidden, limit: Self.describe(bytes: maximumBytes))
            blocks.append("_" + note(language).markdownEscaped() + "_")
        }

        let counts = [Severity.error, .warning, .info].map { severity in
            Catalog.reportSeverityCount(severity, count: report.count(of: severity))(language)
        }
        blocks.append("**" + outcome(language).markdownEscaped() + ":** " + counts.joined(separator: ", "))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func componentsLine(for components: [Component], language: Language) -> String {
        let label = "**" + Catalog.reportChangedComponents()(language).markdownEscaped() + ":** "
        guard !components.isEmpty else {
            return label + Catalog.reportNone()(language).markdownEscaped()
        }
        return label + Set(components).sorted().map { $0.name.markdownCodeSpan() }.joined(separator: ", ")
    }

    private func tableHeader(language: Language) -> [String] {
        let titles = [
            Catalog.markdownSeverityColumn(), Catalog.markdownComponentColumn(), Catalog.markdownRuleColumn(),
            Catalog.markdownLocationColumn(), Catalog.markdownMessageColumn(),
        ]
        return [
            "| " + titles.map { $0(language).markdownEscaped() }.joined(separator: " | ") + " |",
            "| --- | --- | --- | --- | --- |",
        ]
    }

    /// Returns one table row per finding, grouped by component and sorted as the text report sorts them.
    private func findingRows(for report: Report, language: Language) -> [String] {
        var rows: [String] = []
        for (group, findings) in ReportGroup.groupFindings(report.findings, files: report.files) {
            let groupCell: String
            switch group {
            case .component(let component): groupCell = component.name.markdownCodeSpan()
            case .other: groupCell = Catalog.reportOtherGroup()(language).markdownEscaped()
            case .range: groupCell = Catalog.reportRangeGroup()(language).markdownEscaped()
            }
            for finding in findings {
                let cells = [
                    Catalog.reportSeverity(finding.severity)(language).markdownEscaped(),
                    groupCell,
                    finding.rule.description.markdownCodeSpan(),
                    location(of: finding, language: language),
                    finding.message(language).markdownEscaped(),
                ]
                rows.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        return rows
    }

    /// Returns `file:line` as code, followed by the commit's short id, or an empty cell.
    private func location(of finding: Finding, language: Language) -> String {
        var parts: [String] = []
        if let file = finding.file {
            parts.append((finding.line.map { "\(file):\($0)" } ?? file).markdownCodeSpan())
        }
        if let commit = finding.commit {
            parts.append(Catalog.reportFindingCommit(String(commit.prefix(7)))(language).markdownEscaped())
        }
        return parts.joined(separator: " ")
    }

    /// Writes a byte count as people write a limit: `1 MiB`, `64 KiB`, or `500 bytes`.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 {
            return "\(bytes / 1_048_576) MiB"
        }
        if bytes >= 1024, bytes % 1024 == 0 {
            return "\(bytes / 1024) KiB"
        }
        return "\(bytes) bytes"
    }
}
