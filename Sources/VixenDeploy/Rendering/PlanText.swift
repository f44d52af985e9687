import VixenCore

extension CodingUserInfoKey {
    /// The key of a ``PlanText`` in an encoder's `userInfo`.
    ///
    /// With it set, an encoded plan carries its localized texts beside the stable ids: step
    /// descriptions and reasons, checklist titles and details, and notes.
    public static let planText: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "vixen-gate.plan-text") else {
            preconditionFailure("CodingUserInfoKey rejected a constant raw value")
        }
        return key
    }()
}

/// The words of one plan in one language: every sentence a renderer prints about the plan.
public struct PlanText: Sendable {
    public let language: Language
    private let target: DeployTarget
    private let version: VersionDecision
    private let migrationCount: Int
    private let range: PlanRange
    /// The changed components that have no test command, for which the tests item requests a command.
    private let untestedComponents: [Component]

    public init(plan: DeployPlan, language: Language) {
        self.language = language
        self.target = plan.target
        self.version = plan.version
        self.migrationCount = plan.migrations.count
        self.range = plan.range
        self.untestedComponents = plan.tests.filter { $0.status == .notConfigured }.map(\.component)
    }

    /// The title, such as `Deploy plan for staging: v1.4.0`.
    public var title: String {
        Catalog.planTitle(target: target.rawValue, version: version.version.description)(language)
    }

    /// The sentences on how the version was chosen, with one on unconventional commits when there are any.
    public var versionLine: String {
        let number = version.version.description
        var sentences: [LocalizedText]
        switch version.source {
        case .override:
            sentences = [Catalog.planVersionOverride(number)]
        case .firstRelease:
            sentences = [Catalog.planVersionFirstRelease(number)]
        case .tag:
            let tag = version.previousTag ?? ""
            guard let bump = version.bump else {
                return Catalog.planVersionTagged(number, tag: tag)(language)
            }
            sentences = [Catalog.planVersionBumped(number, tag: tag, bump: bump.rawValue, commits: version.commits)]
            if version.unconventionalCommits > 0 {
                sentences.append(Catalog.planVersionUnconventional(version.unconventionalCommits))
            }
            if version.version.major == 0, version.breakingCommits > 0 {
                sentences.append(Catalog.planVersionZeroMajor())
            }
        }
        return LocalizedText.joined(sentences)(language)
    }

    /// Returns what the step does, such as `Deploy BE to staging through Coolify`.
    public func description(of step: PlanStep) -> String {
        let component = step.component?.name ?? ""
        let environment = Catalog.planEnvironment(target.stateTarget.rawValue)
        let text: LocalizedText
        switch step.action {
        case .runBackendTests, .runFrontendTests, .runComponentTests:
            text = Catalog.planStepRunTests(component: component)
        case .runRegressionSuite: text = Catalog.planStepRegressionSuite()
        case .applyMigrations: text = Catalog.planStepApplyMigrations(environment: environment)
        case .backupDatabase: text = Catalog.planStepBackupDatabase()
        case .deployBackend, .deployFrontend, .deployComponent:
            text = Catalog.planStepDeploy(component: component, environment: environment)
        case .healthCheck: text = Catalog.planStepHealthCheck(environment: environment)
        case .smokeTestBackend, .smokeTestFrontend, .smokeTestComponent:
            text =
                target == .staging
                ? Catalog.planStepSmokeTest(component: component)
                : Catalog.planStepCriticalSmokeTest(component: component)
        case .soakCheck: text = Catalog.planStepSoakCheck()
        case .windowCheck: text = Catalog.planStepWindowCheck()
        case .watchWindow: text = Catalog.planStepWatchWindow()
        case .confirmCriticalSeverity: text = Catalog.planStepConfirmCriticalSeverity()
        case .verifyFix: text = Catalog.planStepVerifyFix()
        case .prepareRollback: text = Catalog.planStepPrepareRollback()
        case .watchMetrics: text = Catalog.planStepWatchMetrics()
        case .report:
            text = Catalog.planStepReport(
                line: Catalog.planReportLine(target: target.rawValue, version: version.version.description))
        }
        return text(language)
    }

    /// Returns the sentence on why the step runs or is skipped.
    public func explanation(of step: PlanStep) -> String {
        let component = step.component?.name ?? ""
        let text: LocalizedText
        switch step.reason {
        case .required: text = Catalog.planReasonRequired(target: target.rawValue)
        case .componentChanged: text = Catalog.planReasonComponentChanged(component)
        case .operationsChanged: text = Catalog.planReasonOperationsChanged(component)
        case .migrationsChanged: text = Catalog.planReasonMigrationsChanged(migrationCount)
        case .deploymentRuns: text = Catalog.planReasonDeploymentRuns()
        case .componentUnchanged: text = Catalog.planReasonComponentUnchanged(component)
        case .noMigrations: text = Catalog.planReasonNoMigrations()
        case .nothingToDeploy: text = Catalog.planReasonNothingToDeploy()
        }
        return text(language)
    }

    /// Returns the sentence on where a component's tests stand, such as `passed: pytest (in backend) …`.
    public func result(of outcome: TestOutcome) -> String {
        let component = outcome.component.name
        let command = outcome.command ?? ""
        let directory = (outcome.directory ?? "").isEmpty ? "." : outcome.directory ?? "."
        let milliseconds = outcome.milliseconds ?? 0
        let text: LocalizedText
        switch outcome.status {
        case .toRun: text = Catalog.planTestToRun(command: command, directory: directory)
        case .passed: text = Catalog.planTestPassed(command: command, directory: directory, milliseconds: milliseconds)
        case .failed:
            text = Catalog.planTestFailed(
                command: command, directory: directory, status: outcome.exitStatus ?? 0, milliseconds: milliseconds)
        case .notRun: text = Catalog.planTestNotRun(component: component)
        case .notConfigured: text = Catalog.planTestNotConfigured(component: component)
        }
        return text(language)
    }

    public func title(of item: ChecklistItem) -> String {
        Self.title(of: item.id)(language)
    }

    /// Returns why the item has its status: the rules that verified, failed or warned about it, what the
    /// range lacks for it, or how people confirm it.
    public func detail(of item: ChecklistItem) -> String {
        let patterns = item.patterns.map(\.text).joined(separator: ", ")
        let rules = item.rules.map(\.description).joined(separator: ", ")
        let text: LocalizedText
        switch item.status {
        case .failed:
            text = Catalog.planChecklistFailedBy(rules)
        case .warnings:
            text = Catalog.planChecklistFindingsToReview(rules)
        case .verified:
            text = Catalog.planChecklistVerifiedBy(patterns, ruleCount: item.rules.count)
        case .notApplicable:
            let absence = ChecklistMapping.entry(for: item.id).subject?.absence ?? Catalog.planChecklistNoTestsNeeded()
            text =
                item.patterns.isEmpty
                ? Catalog.planChecklistNothingToConfirm(absence: absence)
                : Catalog.planChecklistNothingToExamine(patterns, absence: absence)
        case .manual:
            text =
                item.patterns.isEmpty || item.id == .testsPass
                ? howToConfirm(item.id) : Catalog.planChecklistRulesTurnedOff(patterns)
        }
        return text(language)
    }

    /// Returns how people confirm an item that no rule judges in this run.
    private func howToConfirm(_ item: ChecklistItemID) -> LocalizedText {
        switch item {
        case .testsPass:
            guard untestedComponents.isEmpty else {
                return Catalog.planChecklistConfigureTests(untestedComponents.map(\.name).joined(separator: ", "))
            }
            return Catalog.planChecklistRunTests()
        case .migrationsTested:
            return Catalog.planChecklistVerifyMigrations(
                command: "vixen-gate migrations verify --base \(range.base.short) --head \(range.head.short)")
        case .buildSucceeds: return Catalog.planChecklistConfirmBuild()
        case .apiIntegrationTested: return Catalog.planChecklistConfirmAPIIntegration()
        case .backupTaken: return Catalog.planChecklistConfirmBackup()
        case .queryPerformance: return Catalog.planChecklistConfirmQueryPerformance()
        case .logsReachable: return Catalog.planChecklistConfirmLogs()
        case .rollbackPlanReady: return Catalog.planChecklistConfirmRollback()
        case .typeHints, .backendEnvironmentDocumented, .noHardcodedSecrets, .noConsoleErrors,
            .frontendEnvironmentConfigured, .assetsOptimized, .migrationsReversible, .indexesChecked, .imagesOptimized,
            .healthChecksConfigured, .secretsInCoolify:
            return Catalog.planChecklistPeopleConfirm()
        }
    }

    public func status(_ status: ChecklistStatus) -> String {
        Catalog.planChecklistStatus(status.rawValue)(language)
    }

    public func area(_ area: ChecklistArea) -> String {
        Catalog.planChecklistArea(area.rawValue)(language)
    }

    public func text(of note: PlanNote) -> String {
        switch note {
        case .productionHeadIsHEAD(let reference): Catalog.planNoteProductionHeadIsHEAD(reference: reference)(language)
        case .emptyRange: Catalog.planNoteEmptyRange()(language)
        case .nothingToDeploy: Catalog.planNoteNothingToDeploy()(language)
        }
    }

    private static func title(of item: ChecklistItemID) -> LocalizedText {
        switch item {
        case .testsPass: Catalog.planChecklistTestsPass()
        case .typeHints: Catalog.planChecklistTypeHints()
        case .backendEnvironmentDocumented: Catalog.planChecklistBackendEnvironment()
        case .migrationsTested: Catalog.planChecklistMigrationsTested()
        case .noHardcodedSecrets: Catalog.planChecklistNoHardcodedSecrets()
        case .buildSucceeds: Catalog.planChecklistBuildSucceeds()
        case .noConsoleErrors: Catalog.planChecklistNoConsoleErrors()
        case .apiIntegrationTested: Catalog.planChecklistAPIIntegrationTested()
        case .frontendEnvironmentConfigured: Catalog.planChecklistFrontendEnvironment()
        case .assetsOptimized: Catalog.planChecklistAssetsOptimized()
        case .migrationsReversible: Catalog.planChecklistMigrationsReversible()
        case .backupTaken: Catalog.planChecklistBackupTaken()
        case .indexesChecked: Catalog.planChecklistIndexesChecked()
        case .queryPerformance: Catalog.planChecklistQueryPerformance()
        case .imagesOptimized: Catalog.planChecklistImagesOptimized()
        case .healthChecksConfigured: Catalog.planChecklistHealthChecksConfigured()
        case .logsReachable: Catalog.planChecklistLogsReachable()
        case .secretsInCoolify: Catalog.planChecklistSecretsInCoolify()
        case .rollbackPlanReady: Catalog.planChecklistRollbackPlanReady()
        }
    }
}
