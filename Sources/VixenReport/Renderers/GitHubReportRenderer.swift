import VixenCore

/// The report as GitHub Actions workflow commands, which GitHub shows as annotations on the run and
/// on the pull request's changed lines.
///
/// Each finding becomes one line, `::error file=F,line=N,title=RULE::message`, with `::warning` for
/// warnings and `::notice` for info findings. `file` and `line` are left out when the finding has none.
/// GitHub shows at most 10 error and 10 warning annotations per step, so at most
/// ``maximumAnnotationsPerKind`` of each kind are written, notices included, in report order. When some
/// are left out, one plain line states how many. The last line is the verdict with the count of each
/// severity.
///
/// Messages are in the report's language, and titles are rule ids. Property values and messages are
/// escaped by GitHub's rules, so no path or message can end a command or inject another.
public struct GitHubReportRenderer: ReportRenderer, Sendable {
    /// The maximum number of error annotations, and of warning annotations, GitHub shows for one step.
    public static let annotationsPerStep = 10

    public let maximumAnnotationsPerKind: Int

    public init(maximumAnnotationsPerKind: Int = Self.annotationsPerStep) {
        self.maximumAnnotationsPerKind = maximumAnnotationsPerKind
    }

    public func render(_ report: Report, language: Language) -> String {
        var written: [Severity: Int] = [:]
        var leftOut: [Severity: Int] = [:]
        var lines: [String] = []

        for finding in report.findings {
            guard written[finding.severity, default: 0] < maximumAnnotationsPerKind else {
                leftOut[finding.severity, default: 0] += 1
                continue
            }
            written[finding.severity, default: 0] += 1
            lines.append(command(for: finding, language: language))
        }

        if !leftOut.isEmpty {
            let note = Catalog.githubAnnotationsLeftOut(
                errors: leftOut[.error, default: 0], warnings: leftOut[.warning, default: 0],
                notices: leftOut[.info, default: 0], maximum: maximumAnnotationsPerKind)
            lines.append(note(language))
        }
        // Plain lines, which GitHub prints as they are because they do not start with "::".
        lines.append(report.outcomeSummary(language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    private func command(for finding: Finding, language: Language) -> String {
        var properties: [String] = []
        if let file = finding.file {
            properties.append("file=" + file.workflowCommandProperty())
            if let line = finding.line {
                properties.append("line=\(line)")
            }
        }
        properties.append("title=" + finding.rule.description.workflowCommandProperty())

        let name: String
        switch finding.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        let message = finding.message(language).workflowCommandData()
        return "::\(name) " + properties.joined(separator: ",") + "::" + message
    }
}
