/// Why a step runs or is skipped, as a stable id written to JSON.
public enum StepReason: String, CaseIterable, Sendable, Codable {
    /// Every deployment of the plan's kind runs the step.
    case required
    /// The step's component changed.
    case componentChanged = "component-changed"
    /// OPS changed, and container or CI files take effect only when the component is built and deployed again.
    case operationsChanged = "operations-changed"
    /// Files of the DB component changed.
    case migrationsChanged = "migrations-changed"
    /// Something is deployed, and the step follows every deployment.
    case deploymentRuns = "deployment-runs"
    /// Skipped: the step's component did not change.
    case componentUnchanged = "component-unchanged"
    /// Skipped: no file of the DB component changed.
    case noMigrations = "no-migrations"
    /// Skipped: the range changes no deployable component.
    case nothingToDeploy = "nothing-to-deploy"

    /// True for the reasons that skip a step.
    public var skips: Bool {
        switch self {
        case .componentUnchanged, .noMigrations, .nothingToDeploy: true
        case .required, .componentChanged, .operationsChanged, .migrationsChanged, .deploymentRuns: false
        }
    }
}
