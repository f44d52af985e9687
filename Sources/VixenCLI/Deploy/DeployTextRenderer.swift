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
        lines += rollbackLines(outcome, language: language)
        if outcome.dryRun {
            lines += dryRunSteps(outcome, language: language)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns which step failed and what the rollback undid, part by part, or nothing when the
    /// deployment did not fail.
    private func rollbackLines(_ outcome: DeployOutcome, language: Language) -> [String] {
        guard let execution = outcome.execution, execution.failed else {
            return []
        }
        let failed = execution.steps.last.map { DeployRun.stepName($0.step) } ?? ""
        guard let rollback = outcome.rollback, !rollback.steps.isEmpty else {
            return outcome.rollback == nil ? [] : [Catalog.runnerNothingToRollBack(failedStep: failed)(language)]
        }
        var lines = [Catalog.runnerRollbackHeading(failedStep: failed)(language)]
        for result in rollback.steps {
            var failure: String?
            if case .failed(let detail) = result.outcome {
                failure = DisplayText.escaped(detail)
            }
            let step = "[\(result.step.role.rawValue)] " + DeployRun.stepName(result.step)
            lines.append(Catalog.runnerRollbackSummary(step: step, failure: failure)(language))
        }
        return lines
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
