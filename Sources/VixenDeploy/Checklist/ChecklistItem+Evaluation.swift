import VixenCore

extension ChecklistItem {
    /// Returns every item of ``ChecklistMapping`` judged by the rules that ran, the findings they
    /// reported and what the range holds for them.
    ///
    /// For each item, in this order: a blocking finding of its rules fails it, another finding gives
    /// it warnings, a range without its subject makes it not applicable, a rule of it that ran
    /// verifies it, and otherwise people confirm it.
    ///
    /// - Parameters:
    ///   - rulesRun: The ids of the rules that ran over the range; only these can verify an item.
    ///   - findings: The findings of the range. A finding counts even when its rule is missing from
    ///     `rulesRun`, as a team's own secret rules are, but for an item of one component only when
    ///     its file belongs to that component or to none of ``ChecklistMapping/scopedComponents``.
    ///   - files: The files the range changes, which decide whether an item's subject is present.
    ///   - tests: The test outcomes of the plan; when every one is `not-run`, no test is needed and
    ///     the tests item is not applicable.
    public static func evaluate(
        rulesRun: Set<RuleID>, findings: [Finding], files: [PlanInput.ChangedFile], tests: [TestOutcome] = []
    ) -> [ChecklistItem] {
        let components = Dictionary(files.map { ($0.path, $0.component) }, uniquingKeysWith: { first, _ in first })
        return ChecklistMapping.entries.map { entry in
            let counted = findings.filter { finding in
                entry.judges(finding.rule) && counts(finding, for: entry, components: components)
            }
            return evaluate(entry, rulesRun: rulesRun, findings: counted, files: files, tests: tests)
        }
    }

    private static func evaluate(
        _ entry: ChecklistMapping.Entry, rulesRun: Set<RuleID>, findings: [Finding], files: [PlanInput.ChangedFile],
        tests: [TestOutcome]
    ) -> ChecklistItem {
        let failing = Set(findings.filter { $0.severity.blocks }.map(\.rule)).sorted()
        if !failing.isEmpty {
            return ChecklistItem(id: entry.item, status: .failed, patterns: entry.patterns, rules: failing)
        }
        let warning = Set(findings.map(\.rule)).sorted()
        if !warning.isEmpty {
            return ChecklistItem(id: entry.item, status: .warnings, patterns: entry.patterns, rules: warning)
        }
        let ran = rulesRun.filter(entry.judges).sorted()
        let applies: Bool
        if let subject = entry.subject {
            applies = subject.isPresent(in: files)
        } else if entry.item == .testsPass {
            applies = !ran.isEmpty || tests.isEmpty || tests.contains { $0.status != .notRun }
        } else {
            applies = true
        }
        let status: ChecklistStatus
        if !applies {
            status = .notApplicable
        } else {
            status = ran.isEmpty ? .manual : .verified
        }
        return ChecklistItem(id: entry.item, status: status, patterns: entry.patterns, rules: ran)
    }

    /// Returns whether a finding counts for an item: always for an item of the whole range, and for an
    /// item of one component when the finding's file belongs to it or to no component with items of
    /// its own.
    private static func counts(
        _ finding: Finding, for entry: ChecklistMapping.Entry, components: [String: Component?]
    ) -> Bool {
        guard let scope = entry.component else {
            return true
        }
        guard let file = finding.file, let component = components[file] ?? nil else {
            return true
        }
        return component == scope || !ChecklistMapping.scopedComponents.contains(component)
    }
}
