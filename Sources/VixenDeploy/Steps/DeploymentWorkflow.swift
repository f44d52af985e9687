/// The steps of each kind of deployment, in the order of the team's workflow.
enum DeploymentWorkflow {
    static func steps(_ factory: StepFactory) -> [PlanStep] {
        switch factory.target {
        case .staging: staging(factory)
        case .production: production(factory)
        case .hotfix: hotfix(factory)
        }
    }

    /// Returns the steps of new features: tests, the regression suite, migrations, deployment, health,
    /// smoke tests, report.
    static func staging(_ factory: StepFactory) -> [PlanStep] {
        var steps = factory.applications.map(factory.tests)
        steps.append(factory.required(.qualityAssurance, .runRegressionSuite, command: factory.regressionSuiteCommand))
        steps.append(factory.migration(.database, .applyMigrations, command: factory.commands.migrate))
        steps += factory.applications.map(factory.deploy)
        steps.append(factory.afterDeployment(.operations, .healthCheck, command: factory.commands.healthCheck))
        steps += factory.applications.map(factory.smokeTests)
        steps.append(factory.report())
        return steps
    }

    /// Returns the steps of a release: 24 hours on staging, a deployment window, a backup, migrations,
    /// deployment, health and the first 15 minutes watched, the critical smoke tests, report.
    static func production(_ factory: StepFactory) -> [PlanStep] {
        var steps = [
            factory.required(.scrumMaster, .soakCheck),
            factory.required(.scrumMaster, .windowCheck),
            factory.migration(.database, .backupDatabase, command: factory.commands.backup),
            factory.migration(.database, .applyMigrations, command: factory.commands.migrate),
        ]
        steps += factory.applications.map(factory.deploy)
        steps.append(factory.afterDeployment(.operations, .healthCheck, command: factory.commands.healthCheck))
        steps.append(factory.afterDeployment(.operations, .watchWindow))
        steps += factory.applications.map(factory.smokeTests)
        steps.append(factory.report())
        return steps
    }

    /// Returns the steps of a critical fix that goes straight to production.
    ///
    /// The severity is confirmed, the fix verified and the rollback plan made ready, then the deployment
    /// runs and the metrics are watched. A hotfix with migrations backs up and migrates as a release does.
    static func hotfix(_ factory: StepFactory) -> [PlanStep] {
        var steps = [
            factory.required(.scrumMaster, .confirmCriticalSeverity),
            factory.required(.qualityAssurance, .verifyFix),
            factory.required(.operations, .prepareRollback),
            factory.migration(.database, .backupDatabase, command: factory.commands.backup),
            factory.migration(.database, .applyMigrations, command: factory.commands.migrate),
        ]
        steps += factory.applications.map(factory.deploy)
        steps.append(factory.afterDeployment(.operations, .healthCheck, command: factory.commands.healthCheck))
        steps.append(factory.afterDeployment(.operations, .watchMetrics))
        steps.append(factory.report())
        return steps
    }
}
