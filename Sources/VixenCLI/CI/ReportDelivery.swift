import VixenCore
import VixenReport

/// Writes a finished report everywhere a check asked for it: standard output, the `--output` files and,
/// under `--ci` on GitHub Actions, the step summary.
struct ReportDelivery {
    let options: CheckOptions
    /// The CI range plan under `--ci`, else nil.
    let plan: CIRangePlan?
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// The format of standard output: `--format`, else `github` under `--ci` on GitHub Actions, else `text`.
    var consoleFormat: OutputFormat {
        if let format = options.requestedFormat {
            return format
        }
        return plan?.provider == .githubActions ? .github : .text
    }

    /// True under `--ci` on GitHub Actions without `--format`, when the Markdown report also goes to
    /// `$GITHUB_STEP_SUMMARY`.
    private var writesStepSummary: Bool {
        options.requestedFormat == nil && plan?.provider == .githubActions
    }

    /// Stops the run when two `--output` files are one file on disk, such as `report.sarif` and
    /// `./out/../report.sarif`.
    ///
    /// The parser already rejects two entries that are spelled alike. This check also resolves the current
    /// directory, `..` and symbolic links, and it runs before the repository is read.
    func rejectSameFile() throws(RunFailure) {
        var entryByPath: [String: CheckOptions.OutputFile] = [:]
        for output in options.outputs {
            let path = FileAccess.canonicalPath(output.path, relativeTo: currentDirectory)
            if let first = entryByPath[path] {
                throw .message(
                    Catalog.usageDuplicateOutputFile(
                        output.path, first: "\(first.format.rawValue)=\(first.path)",
                        second: "\(output.format.rawValue)=\(output.path)"))
            }
            entryByPath[path] = output
        }
    }

    /// Prints the report, then writes each `--output` file and the step summary.
    ///
    /// Standard output comes first, so that a file that cannot be written still leaves the report in the
    /// log before the run stops.
    ///
    /// - Throws: ``RunFailure`` naming the path of a file that could not be written.
    func deliver(_ report: Report) throws(RunFailure) {
        let color = TerminalColor.shouldColor(
            choice: options.color, isTerminal: console.outputIsTerminal, environment: environment)
        console.writeOutput(renderer(for: consoleFormat, color: color).render(report, language: language))

        for output in options.outputs {
            let text = renderer(for: output.format, color: false).render(report, language: language)
            do {
                try FileAccess.store(text, at: output.path, relativeTo: currentDirectory, appending: false)
            } catch {
                throw .message(Catalog.formatsWriteFailed(path: output.path, reason: error.localizedReason))
            }
        }

        if writesStepSummary, let path = plan?.stepSummaryPath {
            try appendStepSummary(report, to: path)
        }
    }

    /// Appends the Markdown report to GitHub's step summary, within what is left of its size limit.
    ///
    /// Earlier commands of the same step may have written to the file already, so the report gets the
    /// room left under ``MarkdownReportRenderer/stepSummaryLimit``. When even a shortened report does
    /// not fit, nothing is appended and a warning goes to standard error.
    private func appendStepSummary(_ report: Report, to path: String) throws(RunFailure) {
        let limit = MarkdownReportRenderer.stepSummaryLimit
        let room = limit - (FileAccess.size(of: path, relativeTo: currentDirectory) ?? 0)
        let markdown = MarkdownReportRenderer(maximumBytes: max(0, room)).render(report, language: language)
        guard markdown.utf8.count <= room else {
            let warning = Catalog.ciStepSummaryFull(path: path, limit: MarkdownReportRenderer.describe(bytes: limit))
            console.writeError(warning(language) + "\n")
            return
        }
        do {
            try FileAccess.store(markdown, at: path, relativeTo: currentDirectory, appending: true)
        } catch {
            throw .message(Catalog.ciStepSummaryWriteFailed(path: path, reason: error.localizedReason))
        }
    }

    private func renderer(for format: OutputFormat, color: Bool) -> any ReportRenderer {
        switch format {
        case .text: TextReportRenderer(color: color)
        case .json: JSONReportRenderer()
        case .sarif: SARIFReportRenderer(rules: .standard, toolVersion: VixenGateVersion.current)
        case .junit: JUnitReportRenderer()
        case .github: GitHubReportRenderer()
        case .markdown: MarkdownReportRenderer()
        case .gitlab: GitLabReportRenderer()
        }
    }
}
