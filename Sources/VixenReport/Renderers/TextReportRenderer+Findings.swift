import VixenCore

extension TextReportRenderer {
    /// Renders the findings section: one line per finding as `severity rule file:line (commit) message`.
    ///
    /// The severity and rule columns are padded so that rules and locations line up within the report.
    /// A message that spans several lines continues on lines indented under the group. A range's
    /// findings are grouped under their component's name; a scan has no components, so its findings
    /// follow the heading without group names.
    func findingLines(for report: Report, style: TextStyle, language: Language) -> [String] {
        let heading = style.bold(Catalog.reportFindings()(language) + ":")
        guard !report.findings.isEmpty else {
            return [heading + " " + Catalog.reportNone()(language)]
        }

        let severityWidth = Severity.allCases.map { Catalog.reportSeverity($0)(language).count }.max() ?? 0
        let ruleWidth = report.findings.map { $0.rule.description.escapingControlCharacters().count }.max() ?? 0

        var lines = [heading]
        let grouped = Self.groupsByComponent(report.scope)
        let indent = grouped ? "    " : "  "
        for (group, findings) in ReportGroup.groupFindings(report.findings, files: report.files) {
            if grouped {
                lines.append("  " + style.bold(title(of: group, language: language)))
            }
            for finding in findings {
                let severity = Catalog.reportSeverity(finding.severity)(language)
                let severityPadding = String(repeating: " ", count: severityWidth - severity.count)
                var columns = [
                    style.apply(attribute(for: finding.severity), to: severity) + severityPadding,
                    padded(finding.rule.description.escapingControlCharacters(), to: ruleWidth),
                ]
                if let location = location(of: finding, language: language) {
                    columns.append(location)
                }

                let messageLines = messageLines(of: finding, language: language)
                columns.append(messageLines.first ?? "")
                lines.append(trimmingTrailingSpaces(indent + columns.joined(separator: "  ")))
                for continuation in messageLines.dropFirst() {
                    lines.append(trimmingTrailingSpaces(indent + "  " + continuation))
                }
            }
        }
        return lines
    }

    /// Returns true for a range, whose files have components, and false for a scan.
    private static func groupsByComponent(_ scope: Report.Scope) -> Bool {
        if case .range = scope {
            return true
        }
        return false
    }

    private func attribute(for severity: Severity) -> TextStyle.Attribute {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
    }

    /// Returns `file:line`, `file` or nothing, followed by the short id of the commit when there is one.
    private func location(of finding: Finding, language: Language) -> String? {
        var parts: [String] = []
        if let file = finding.file {
            let path = file.escapingControlCharacters()
            parts.append(finding.line.map { "\(path):\($0)" } ?? path)
        }
        if let commit = finding.commit {
            let shortID = String(commit.prefix(7)).escapingControlCharacters()
            parts.append(Catalog.reportFindingCommit(shortID)(language))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Splits the message at its line breaks (LF, CRLF, CR and the other Unicode line separators)
    /// and escapes the control characters left in each line.
    private func messageLines(of finding: Finding, language: Language) -> [String] {
        let message = finding.message(language)
        let lines = message.split(omittingEmptySubsequences: false) { $0.isNewline }
        return lines.map { String($0).escapingControlCharacters() }
    }

    private func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var result = line
        while result.last == " " {
            result.removeLast()
        }
        return result
    }
}
