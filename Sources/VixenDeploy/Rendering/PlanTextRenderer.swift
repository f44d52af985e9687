import VixenCore

/// The plan for people at a terminal or in a CI log: the range and version, then every step with its
/// role, command, test result and reason, the test results no step shows, the checklist by area, and
/// the notes.
public struct PlanTextRenderer: PlanRenderer, Sendable {
    public init() {}

    public func render(_ plan: DeployPlan, language: Language) -> String {
        let text = PlanText(plan: plan, language: language)
        let sections = [
            header(plan, text: text),
            steps(plan, text: text),
            testsWithoutStep(plan, text: text),
            checklist(plan, text: text),
            notes(plan, text: text),
        ]
        return sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private func header(_ plan: DeployPlan, text: PlanText) -> [String] {
        let language = text.language
        var lines = [
            text.title,
            PlanSummary.rangeLine(plan, language: language).escapingControlCharacters(),
            text.versionLine,
            Catalog.planComponentsLabel()(language) + ": " + PlanSummary.componentList(plan, language: language),
        ]
        let migrationsLabel = Catalog.planMigrationsLabel()(language) + ":"
        if plan.migrations.isEmpty {
            lines.append(migrationsLabel + " " + Catalog.planNoMigrations()(language))
        } else {
            lines.append(migrationsLabel)
            for migration in plan.migrations {
                lines.append(
                    "  " + PlanSummary.statusLetter(migration.status) + " " + migration.path.escapingControlCharacters()
                )
            }
        }
        lines.append(Catalog.planGateLabel()(language) + ": " + PlanSummary.verdict(plan, language: language))
        return lines
    }

    private func steps(_ plan: DeployPlan, text: PlanText) -> [String] {
        let language = text.language
        var lines = [Catalog.planStepsHeading()(language) + ":"]
        for (index, step) in plan.steps.enumerated() {
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: 2 + number.count)
            let heading = "  \(number)[\(step.role.rawValue)] \(text.description(of: step)) (\(step.action.rawValue))"
            if step.skipped {
                lines.append(heading + ": " + Catalog.planSkipped()(language))
            } else {
                let command = step.command?.escapingControlCharacters() ?? Catalog.planNoCommand()(language)
                lines.append(heading)
                lines.append(indent + Catalog.planCommandLabel()(language) + ": " + command)
            }
            // Tests that the change does not need get no line, because the step's reason already states
            // that its component did not change.
            if let test = step.test, test.status != .notRun {
                lines.append(
                    indent + Catalog.planTestsLabel()(language) + ": "
                        + text.result(of: test).escapingControlCharacters())
            }
            lines.append(indent + Catalog.planReasonLabel()(language) + ": " + text.explanation(of: step))
        }
        return lines
    }

    /// Returns the results of the tests that ran but that no step shows, or nothing when there are none.
    private func testsWithoutStep(_ plan: DeployPlan, text: PlanText) -> [String] {
        let outcomes = plan.testsWithoutStep.filter(\.ran)
        guard !outcomes.isEmpty else {
            return []
        }
        let lines = outcomes.map { outcome in
            "  " + outcome.component.name + ": " + text.result(of: outcome)
        }
        return [Catalog.planTestsHeading()(text.language) + ":"] + lines.map { $0.escapingControlCharacters() }
    }

    private func checklist(_ plan: DeployPlan, text: PlanText) -> [String] {
        var lines = [Catalog.planChecklistHeading()(text.language) + ":"]
        let width = ChecklistStatus.allCases.map { text.status($0).count }.max() ?? 0
        for area in ChecklistArea.allCases {
            let items = plan.checklist.filter { $0.area == area }
            guard !items.isEmpty else {
                continue
            }
            lines.append("  " + text.area(area))
            for item in items {
                let status = text.status(item.status)
                let padding = String(repeating: " ", count: width - status.count)
                lines.append("    " + status + padding + "  " + text.title(of: item) + ": " + text.detail(of: item))
            }
        }
        return lines
    }

    private func notes(_ plan: DeployPlan, text: PlanText) -> [String] {
        guard !plan.notes.isEmpty else {
            return []
        }
        return [Catalog.planNotesHeading()(text.language) + ":"] + plan.notes.map { "  - " + text.text(of: $0) }
    }
}
