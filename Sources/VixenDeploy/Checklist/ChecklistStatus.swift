/// Where a checklist item stands before the deployment.
public enum ChecklistStatus: String, CaseIterable, Sendable, Codable {
    /// The item's rules ran over files of the range that they examine, and none of them reported a finding.
    case verified
    /// The item's rules reported findings that do not block, which people should read before deploying.
    case warnings
    /// A finding of a rule that judges the item blocks.
    case failed
    /// The range contains nothing that the item's rules examine or that people would confirm, such as a
    /// container item for a range that changes no Dockerfile.
    case notApplicable = "not-applicable"
    /// No rule that runs judges the item, so people confirm it.
    case manual
}
