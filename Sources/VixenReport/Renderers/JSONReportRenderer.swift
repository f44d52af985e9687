import Foundation
import VixenCore

/// The report for tools: one JSON object, pretty-printed with sorted keys and a trailing newline.
///
/// Keys are English in every language, and only finding messages are localized. Absent values
/// are written as `null` rather than left out, so a consumer can rely on every key except
/// `old_path`, which appears only on renamed files, `scope`, which only the report of a scan has (its
/// `range` is null), and `tests`, which appears only when the report has test runs
/// (`check --run-tests`). Arrays keep the order of the ``Report``.
public struct JSONReportRenderer: ReportRenderer, Sendable {
    public init() {}

    public func render(_ report: Report, language: Language) -> String {
        let document = JSONReportDocument(report: report, language: language)
        return JSONText.encode(document)
    }
}
