/// One example migration change for one rule: a range that must trigger the rule, or one that
/// must not.
struct MigrationRuleExample: CustomStringConvertible {
    let rule: String
    let name: String
    let triggers: Bool
    let scenario: MigrationScenario
    /// Where the finding must point, as `file:line`, for a triggering example that checks it.
    let location: String?

    var description: String { "\(rule) \(triggers ? "triggers" : "does not trigger"): \(name)" }

    static func triggers(
        _ rule: String, _ name: String, _ scenario: MigrationScenario, at location: String? = nil
    ) -> MigrationRuleExample {
        MigrationRuleExample(rule: rule, name: name, triggers: true, scenario: scenario, location: location)
    }

    static func passes(_ rule: String, _ name: String, _ scenario: MigrationScenario) -> MigrationRuleExample {
        MigrationRuleExample(rule: rule, name: name, triggers: false, scenario: scenario, location: nil)
    }
}

/// The examples of every `migration.*` rule, grouped by rule.
enum MigrationRuleExamples {
    static let all: [MigrationRuleExample] =
        reversibility + history + alembicHistory + hazards + moreHazards

    /// The base of most history examples: one applied Alembic revision.
    static let appliedAlembic = ["alembic/versions/a1_init.py": MigrationTexts.alembic("a1")]

    static func added(_ files: [String: String], base: [String: String] = [:], configuration: String = "")
        -> MigrationScenario
    {
        MigrationScenario(base: base, head: base.merging(files) { $1 }, configuration: configuration)
    }

    /// Returns a new Alembic revision `b2` after `a1` whose `upgrade()` contains `upgrade`.
    static func alembicUpgrade(_ upgrade: [String], downgrade: [String] = ["pass  # nothing to undo here"])
        -> MigrationScenario
    {
        added(
            [
                "alembic/versions/b2_change.py": MigrationTexts.alembic(
                    "b2", down: "a1", upgrade: upgrade, downgrade: downgrade)
            ],
            base: appliedAlembic)
    }
}
