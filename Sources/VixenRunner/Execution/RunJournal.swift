import VixenCore

/// The changes one run made so far, which the rollback undoes exactly.
struct RunJournal: Sendable, Equatable {
    /// Applications whose deployment Coolify queued, in the order they were deployed.
    var deployedApplications: [DeployedApplication] = []
    /// The image tag each application ran before, by application UUID.
    var previousImageTags: [String: String] = [:]
    /// The `git_commit_sha` each application had before, by application UUID, which a rollback
    /// sets again so that Coolify's next deployment does not build the failed commit.
    var previousCommits: [String: String] = [:]
    /// The Coolify deployments this run started, in order.
    var deploymentUUIDs: [String] = []
    /// The first domain Coolify reports for each component, which smoke tests written with a path use.
    var domains: [Component: String] = [:]
    /// How many migrations the up command applied.
    var appliedMigrations = 0
    /// The result of each deployed component, filled when the Coolify deployments end.
    var deployOutcomes: [Component: StepOutcomeDetail] = [:]
    /// The result of each smoke-tested component, filled when the smoke tests end.
    var smokeOutcomes: [Component: StepOutcomeDetail] = [:]

    /// True when the run changed an environment: a deployment queued or a migration applied.
    var changedEnvironment: Bool {
        !deployedApplications.isEmpty || appliedMigrations > 0
    }
}

/// One application a run deployed.
struct DeployedApplication: Sendable, Equatable {
    let component: Component
    let uuid: String
}

/// A step's result before it is turned into a ``StepResult``: success, or the failure's text.
enum StepOutcomeDetail: Sendable, Equatable {
    case succeeded
    case failed(LocalizedText)
    case skipped
}
