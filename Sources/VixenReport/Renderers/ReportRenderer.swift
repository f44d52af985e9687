import VixenCore

/// A renderer for one output format of a ``Report``, such as text for people or JSON for tools.
public protocol ReportRenderer {
    /// Renders the whole report, ending with a newline.
    ///
    /// Rendering is a pure function of its arguments, so the same report always gives the same
    /// text. Only the wording changes with `language`, never the facts or their order.
    func render(_ report: Report, language: Language) -> String
}
