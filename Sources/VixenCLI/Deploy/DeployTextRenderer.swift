import VixenCore
import VixenDeploy

/// The decision for people: the decision and its reason on the first line, then the team's report
/// line, then, in a dry run that would deploy, the steps it would run.
struct DeployTextRenderer {
    func render(_ outcome: DeployOutcome, language: Language) -> String {
        let text = DecisionText(outcome: outcome)
        var lines = [text.headline(language)]
        if let reportLine = text.reportLine {
            lines.append(reportLine(language))
        }
        if outcome.dryRun {
            lines += dryRunSteps(outcome, language: language)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns the steps a deployment would run, or a line saying that nothing changed.
    private func dryRunSteps(_ outcome: DeployOutcome, language: Language) -> [String] {
        guard outcome.decision.kind == .deploy, let plan = outcome.plan else {
            return [Catalog.deployDryRunNoSteps()(language)]
        }
        let text = PlanText(plan: plan, language: language)
        var lines = [Catalog.deployDryRunHeading()(language)]
        for (index, step) in plan.steps.filter({ !$0.skipped }).enumerated() {
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: 2 + number.count)
            lines.append("  \(number)[\(step.role.rawValue)] \(text.description(of: step)) (\(step.action.rawValue))")
            let command = step.command.map(DisplayText.escaped) ?? Catalog.planNoCommand()(language)
            lines.append(indent + Catalog.planCommandLabel()(language) + ": " + command)
        }
        return lines
    }
}
