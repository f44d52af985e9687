import VixenDeploy

/// The format `plan` writes a plan in, on standard output with `--format` or to a file with `--output`.
public enum PlanFormat: String, CaseIterable, Sendable {
    /// For people at a terminal or in a CI log: what will happen, step by step, with reasons.
    case text
    /// For the deploy runner and other tools: the plan as one JSON object.
    case json
    /// For a job's step summary or a merge request: tables and a Mermaid flowchart of the steps.
    case markdown

    var renderer: any PlanRenderer {
        switch self {
        case .text: PlanTextRenderer()
        case .json: PlanJSONRenderer()
        case .markdown: PlanMarkdownRenderer()
        }
    }
}
