import VixenCoolify
import VixenCore
import VixenDeploy

/// Deploys every application of the plan through Coolify at the planned commit, all at once.
///
/// For each application it reads the running image (for the rollback), sets `git_commit_sha` to the
/// planned commit, then starts all deployments with one deploy request, and polls each deployment
/// until it is finished, failed or cancelled. A finished deployment of another commit than the
/// planned one counts as failed, because the environment would not run what was reviewed. A
/// deployment that reports no commit, or `HEAD`, passes that check, since there is nothing to compare.
struct CoolifyRollout {
    let context: StepContext

    /// Deploys the components of `steps` and records each one's outcome in `journal`.
    func perform(_ steps: [PlanStep], journal: inout RunJournal) {
        let components = steps.compactMap(\.component)
        let outcome = AsyncWait.value { [context, journal] in
            await Self.rollOut(components, context: context, journal: journal)
        }
        journal = outcome
        let failed = components.contains { journal.deployOutcomes[$0] != .succeeded }
        if !failed {
            context.report(context.lines.deployed())
        }
    }

    private static func rollOut(_ components: [Component], context: StepContext, journal start: RunJournal) async
        -> RunJournal
    {
        var journal = start
        let client: CoolifyClient
        do {
            guard let configured = try context.client() else {
                return failAll(components, Catalog.runnerMissingSettings(["coolify.url"]), journal: journal)
            }
            client = configured
        } catch {
            return failAll(components, error.message, journal: journal)
        }
        let head = context.plan.range.head.hex
        var uuids: [String] = []
        for component in components {
            guard let uuid = context.resolved.application(component) else {
                let key = "coolify.applications.\(context.resolved.environment.rawValue).\(component.name)"
                return failAll(components, Catalog.runnerMissingSettings([key]), journal: journal)
            }
            do {
                try await PreviousImage.record(
                    uuid, component: component, client: client, context: context, in: &journal)
                try await client.setCommit(application: uuid, sha: head)
            } catch {
                return failAll(components, error.message, journal: journal)
            }
            uuids.append(uuid)
        }

        let results: [DeployResult]
        do {
            results = try await client.deploy(uuids: uuids, force: false)
        } catch {
            return failAll(components, error.message, journal: journal)
        }
        var queued: [(Component, String)] = []
        for (component, result) in zip(components, results) {
            switch result.outcome {
            case .queued(let deployment, _):
                journal.deployedApplications.append(
                    DeployedApplication(component: component, uuid: result.resourceUUID))
                journal.deploymentUUIDs.append(deployment)
                queued.append((component, deployment))
            case .notQueued(let message):
                journal.deployOutcomes[component] = .failed(
                    Catalog.runnerDeployNotQueued(application: result.resourceUUID, message: message))
            case .notFound:
                journal.deployOutcomes[component] = .failed(
                    Catalog.runnerDeployNotQueued(application: result.resourceUUID, message: "No resources found."))
            }
        }
        for (component, deployment) in queued {
            journal.deployOutcomes[component] = await wait(
                for: deployment, head: head, client: client, context: context)
        }
        return journal
    }

    /// Polls one deployment and returns whether it finished at the planned commit.
    private static func wait(for deployment: String, head: String, client: CoolifyClient, context: StepContext) async
        -> StepOutcomeDetail
    {
        guard let coolify = context.resolved.coolify else {
            return .failed(Catalog.runnerMissingSettings(["coolify.url"]))
        }
        let final: Deployment
        do {
            final = try await client.waitForDeployment(
                deployment, timeout: coolify.deployTimeout, pollInterval: coolify.pollInterval)
        } catch {
            return .failed(error.message)
        }
        guard final.status == .finished else {
            return .failed(
                Catalog.runnerDeploymentEnded(
                    deployment: deployment, status: final.status.rawValue, page: final.deploymentURL))
        }
        if let commit = final.commit, commit != "HEAD", !head.hasPrefix(commit), commit != head {
            return .failed(Catalog.runnerDeploymentWrongCommit(deployment: deployment, commit: commit, expected: head))
        }
        return .succeeded
    }

    private static func failAll(_ components: [Component], _ reason: LocalizedText, journal start: RunJournal)
        -> RunJournal
    {
        var journal = start
        for component in components where journal.deployOutcomes[component] == nil {
            journal.deployOutcomes[component] = .failed(reason)
        }
        return journal
    }
}
