import VixenCore

/// The parts of a plan's header that the text and Markdown renderers share.
enum PlanSummary {
    /// Returns the range line, such as `Range 1a2b3c4..5d6e7f8: 3 commits (base …, head HEAD)`.
    static func rangeLine(_ plan: DeployPlan, language: Language) -> String {
        let span = "\(plan.range.base.short)..\(plan.range.head.short)"
        return Catalog.planRange(
            span, commits: plan.range.commits, baseRevision: plan.range.baseRevision,
            headRevision: plan.range.headRevision)(language)
    }

    /// Returns the deployed components joined with commas, or the word for none.
    static func componentList(_ plan: DeployPlan, language: Language) -> String {
        guard plan.deploys else {
            return Catalog.reportNone()(language)
        }
        return plan.components.map(\.name).joined(separator: ", ").escapingControlCharacters()
    }

    /// Returns the gate's verdict: passed, or blocked with the rules and what to do.
    static func verdict(_ plan: DeployPlan, language: Language) -> String {
        guard plan.blocked else {
            return Catalog.reportPassed()(language)
        }
        let rules = plan.blockingRules.map(\.description).joined(separator: ", ")
        let check = "vixen-gate check --base \(plan.range.base.short) --head \(plan.range.head.short)"
        return Catalog.planBlockedAdvice(rules: rules, checkCommand: check)(language)
    }

    /// Returns git's one-letter status, as `git diff --name-status` prints it.
    static func statusLetter(_ status: FileChange.Status) -> String {
        switch status {
        case .added: "A"
        case .modified: "M"
        case .deleted: "D"
        case .renamed: "R"
        case .typeChanged: "T"
        }
    }
}
