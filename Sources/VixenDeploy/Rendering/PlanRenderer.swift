import VixenCore

/// A renderer for one output format of a ``DeployPlan``.
public protocol PlanRenderer {
    /// Renders the whole plan, ending with a newline.
    ///
    /// Rendering is a pure function of its arguments. Only the wording changes with `language`, never
    /// the facts or their order.
    func render(_ plan: DeployPlan, language: Language) -> String
}
