import VixenCore

/// Builds steps for one range, giving each the reason that makes it run or skips it.
///
/// The rules every kind of deployment shares live here. Only changed components are tested, built,
/// deployed and smoke-tested. A change to OPS builds and deploys every application again, because
/// container and CI files take effect only then. Migration and backup steps need a changed file of the
/// DB component. A range that changes no deployable component skips every step but the report.
struct StepFactory {
    let target: DeployTarget
    let changed: Set<Component>
    let migrationCount: Int
    let commands: DeployCommands
    /// The test outcome of each component, which its test step carries, or empty when the plan leaves tests out.
    var testOutcomes: [Component: TestOutcome] = [:]

    /// True when the range changes a deployable component, meaning anything but DOCS and TESTS.
    var deploys: Bool { changed.contains(where: \.isDeployable) }

    /// The components that are tested, built, deployed and smoke-tested on their own.
    ///
    /// BE and FE are always listed, so the plan shows their steps as skipped when they did not change.
    /// Every other changed deployable component except DB and OPS follows, such as one a configuration adds.
    var applications: [Component] {
        let others = changed.filter { component in
            component.isDeployable && !Component.builtIn.contains(component)
        }
        return [.backend, .frontend] + others.sorted()
    }

    /// Returns a step that every deployment of the kind runs, skipped only when nothing is deployed.
    func required(_ role: DeployRole, _ action: StepAction, command: String? = nil) -> PlanStep {
        PlanStep(role: role, action: action, command: command, reason: deploys ? .required : .nothingToDeploy)
    }

    /// Returns the closing report, which runs even when nothing is deployed, so the team hears of it.
    func report() -> PlanStep {
        PlanStep(role: .scrumMaster, action: .report, command: nil, reason: .required)
    }

    /// Returns a step that follows any deployment, such as the health check.
    func afterDeployment(_ role: DeployRole, _ action: StepAction, command: String? = nil) -> PlanStep {
        PlanStep(role: role, action: action, command: command, reason: deploys ? .deploymentRuns : .nothingToDeploy)
    }

    /// Returns a step that runs only when files of the DB component changed.
    func migration(_ role: DeployRole, _ action: StepAction, command: String) -> PlanStep {
        let reason: StepReason
        if !deploys {
            reason = .nothingToDeploy
        } else {
            reason = migrationCount > 0 ? .migrationsChanged : .noMigrations
        }
        return PlanStep(role: role, action: action, component: .database, command: command, reason: reason)
    }

    /// Returns the step that checks the tests of `component`, which runs only when the component changed.
    func tests(_ component: Component) -> PlanStep {
        let action = Self.action(
            for: component, backend: .runBackendTests, frontend: .runFrontendTests, other: .runComponentTests)
        return PlanStep(
            role: .scrumMaster, action: action, component: component, command: commands.tests[component],
            reason: componentReason(component, rebuildsOnOperations: false), test: testOutcomes[component])
    }

    func deploy(_ component: Component) -> PlanStep {
        let action = Self.action(
            for: component, backend: .deployBackend, frontend: .deployFrontend, other: .deployComponent)
        return PlanStep(
            role: .operations, action: action, component: component, command: commands.deploy(component),
            reason: componentReason(component, rebuildsOnOperations: true))
    }

    func smokeTests(_ component: Component) -> PlanStep {
        let action = Self.action(
            for: component, backend: .smokeTestBackend, frontend: .smokeTestFrontend, other: .smokeTestComponent)
        return PlanStep(
            role: .qualityAssurance, action: action, component: component, command: commands.smokeTests[component],
            reason: componentReason(component, rebuildsOnOperations: true))
    }

    /// Returns the command of the full regression suite: the tests of every application.
    var regressionSuiteCommand: String? {
        commands.regressionSuite(applications)
    }

    private func componentReason(_ component: Component, rebuildsOnOperations: Bool) -> StepReason {
        if !deploys {
            return .nothingToDeploy
        }
        if changed.contains(component) {
            return .componentChanged
        }
        if rebuildsOnOperations, changed.contains(.operations) {
            return .operationsChanged
        }
        return .componentUnchanged
    }

    private static func action(
        for component: Component, backend: StepAction, frontend: StepAction, other: StepAction
    ) -> StepAction {
        switch component {
        case .backend: backend
        case .frontend: frontend
        default: other
        }
    }
}
