import VixenCore

/// The steps of a plan as a Mermaid flowchart, top to bottom, for GitHub and GitLab to draw.
///
/// Each step is a node `sN` labelled with its number, role and description, and arrows join the steps
/// in order. Skipped steps get the `skipped` class, drawn grey with a dashed border, so the steps that
/// run stand out.
enum MermaidFlowchart {
    static let skippedStyle = "fill:#f4f4f4,stroke:#999999,stroke-dasharray:4 3,color:#777777"

    /// Returns the flowchart's lines, without the surrounding code fence.
    static func lines(for plan: DeployPlan, text: PlanText) -> [String] {
        var lines = ["flowchart TD"]
        for (index, step) in plan.steps.enumerated() {
            var label = "\(index + 1). \(step.role.rawValue): \(text.description(of: step))"
            if step.skipped {
                label += " (" + Catalog.planSkipped()(text.language) + ")"
            }
            lines.append("    \(node(index))[\"\(label.mermaidLabelEscaped())\"]")
        }
        if plan.steps.count > 1 {
            let chain = plan.steps.indices.map(node).joined(separator: " --> ")
            lines.append("    " + chain)
        }
        let skipped = plan.steps.indices.filter { plan.steps[$0].skipped }.map(node)
        if !skipped.isEmpty {
            lines.append("    classDef skipped " + skippedStyle)
            lines.append("    class " + skipped.joined(separator: ",") + " skipped")
        }
        return lines
    }

    private static func node(_ index: Int) -> String {
        "s\(index + 1)"
    }
}
