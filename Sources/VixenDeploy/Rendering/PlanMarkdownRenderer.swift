import VixenCore

/// The plan as GitHub-flavored Markdown, for a job's step summary or a merge request.
///
/// The layout is a heading with the target and version, then the range, version, components, migrations
/// and verdict. A Mermaid flowchart of the steps follows, with skipped steps greyed, then a table of the
/// steps with their commands and reasons (a test step's result follows its reason), the test results
/// that no step shows, the checklist as a table, and the notes. Paths, commands, rule ids and
/// component names are code spans and every other value is escaped, so nothing read from the
/// repository can add formatting, links, HTML or table cells.
public struct PlanMarkdownRenderer: PlanRenderer, Sendable {
    public init() {}

    public func render(_ plan: DeployPlan, language: Language) -> String {
        let text = PlanText(plan: plan, language: language)
        var blocks = [
            "## " + text.title.markdownEscaped(),
            PlanSummary.rangeLine(plan, language: language).markdownEscaped(),
            text.versionLine.markdownEscaped(),
            label(Catalog.planComponentsLabel(), language) + components(plan, language: language),
            label(Catalog.planMigrationsLabel(), language) + migrations(plan, language: language),
            label(Catalog.planGateLabel(), language) + PlanSummary.verdict(plan, language: language).markdownEscaped(),
            "### " + Catalog.planStepsHeading()(language).markdownEscaped(),
            (["```mermaid"] + MermaidFlowchart.lines(for: plan, text: text) + ["```"]).joined(separator: "\n"),
            stepTable(plan, text: text),
        ]
        let outcomes = plan.testsWithoutStep.filter(\.ran)
        if !outcomes.isEmpty {
            blocks.append("### " + Catalog.planTestsHeading()(language).markdownEscaped())
            blocks.append(outcomes.map { "- " + testResult($0, text: text) }.joined(separator: "\n"))
        }
        blocks += [
            "### " + Catalog.planChecklistHeading()(language).markdownEscaped(),
            checklistTable(plan, text: text),
        ]
        if !plan.notes.isEmpty {
            blocks.append("### " + Catalog.planNotesHeading()(language).markdownEscaped())
            blocks.append(plan.notes.map { "- " + text.text(of: $0).markdownEscaped() }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func label(_ text: LocalizedText, _ language: Language) -> String {
        "**" + text(language).markdownEscaped() + ":** "
    }

    private func components(_ plan: DeployPlan, language: Language) -> String {
        guard plan.deploys else {
            return Catalog.reportNone()(language).markdownEscaped()
        }
        return plan.components.map { $0.name.markdownCodeSpan() }.joined(separator: ", ")
    }

    private func migrations(_ plan: DeployPlan, language: Language) -> String {
        guard !plan.migrations.isEmpty else {
            return Catalog.planNoMigrations()(language).markdownEscaped()
        }
        return plan.migrations.map { migration in
            PlanSummary.statusLetter(migration.status) + " " + migration.path.markdownCodeSpan()
        }.joined(separator: ", ")
    }

    private func stepTable(_ plan: DeployPlan, text: PlanText) -> String {
        let language = text.language
        let titles = [
            "#", Catalog.planRoleColumn()(language), Catalog.planStepColumn()(language),
            Catalog.planCommandColumn()(language), Catalog.planReasonColumn()(language),
        ]
        var rows = [
            "| " + titles.map { $0.markdownEscaped() }.joined(separator: " | ") + " |",
            "| --- | --- | --- | --- | --- |",
        ]
        for (index, step) in plan.steps.enumerated() {
            var description =
                text.description(of: step).markdownEscaped() + " " + step.action.rawValue.markdownCodeSpan()
            var command = step.command?.markdownCodeSpan() ?? Catalog.planNoCommand()(language).markdownEscaped()
            if step.skipped {
                description = "~~" + description + "~~ _" + Catalog.planSkipped()(language).markdownEscaped() + "_"
                command = ""
            }
            var reason = text.explanation(of: step).markdownEscaped()
            if let test = step.test, test.status != .notRun {
                reason += " " + testResult(test, text: text)
            }
            let cells = ["\(index + 1)", step.role.rawValue, description, command, reason]
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }

    /// Returns a component's test result with the label in bold, such as `**BE tests:** passed: …`.
    private func testResult(_ outcome: TestOutcome, text: PlanText) -> String {
        let label = outcome.component.name + " " + Catalog.planTestsLabel()(text.language)
        return "**" + label.markdownEscaped() + ":** " + text.result(of: outcome).markdownEscaped()
    }

    private func checklistTable(_ plan: DeployPlan, text: PlanText) -> String {
        let language = text.language
        let titles = [
            Catalog.planAreaColumn()(language), Catalog.planItemColumn()(language),
            Catalog.planStatusColumn()(language), Catalog.planDetailColumn()(language),
        ]
        var rows = [
            "| " + titles.map { $0.markdownEscaped() }.joined(separator: " | ") + " |",
            "| --- | --- | --- | --- |",
        ]
        for item in plan.checklist {
            let status = text.status(item.status).markdownEscaped()
            let cells = [
                text.area(item.area).markdownEscaped(), text.title(of: item).markdownEscaped(),
                item.status == .failed ? "**" + status + "**" : status, text.detail(of: item).markdownEscaped(),
            ]
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }
}
