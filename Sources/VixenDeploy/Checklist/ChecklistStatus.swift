/// Where a checklist item stands before the deployment.
public enum ChecklistStatus: String, CaseIterable, Sendable, Codable {
    /// At least one rule that judges the item ran over the range, and none of them blocks.
    case verified
    /// A finding of a rule that judges the item blocks.
    case failed
    /// No rule that runs judges the item, so people confirm it.
    case manual
}
