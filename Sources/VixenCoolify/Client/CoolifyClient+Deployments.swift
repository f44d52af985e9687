extension CoolifyClient {
    /// Starts a deployment of each resource in `uuids` with `POST /api/v1/deploy` (token scope `deploy`).
    ///
    /// Coolify deploys the resources it finds and leaves unknown UUIDs out of its response, so each requested
    /// UUID gets its own ``DeployResult``, in the requested order. When it knows none, Coolify
    /// returns 404 and this throws ``CoolifyError/notFound(endpoint:uuid:)`` naming them all.
    ///
    /// NOTE: a timed-out POST is sent again. If the first one reached Coolify, the application may be
    /// queued twice; Coolify 4.3 skips a second deployment of the same commit while the first one
    /// is queued or in progress.
    ///
    /// - Parameter force: Rebuild without Docker's cache.
    public func deploy(uuids: [String], force: Bool) async throws(CoolifyError) -> [DeployResult] {
        guard !uuids.isEmpty else {
            throw .invalidUUID("")
        }
        for uuid in uuids {
            try Self.checkUUID(uuid)
        }
        let list = uuids.joined(separator: ",")
        let response: HTTPResponse
        do {
            response = try await call(.deploy, query: "uuid=\(list)&force=\(force)")
        } catch .notFound(let endpoint, _) {
            throw .notFound(endpoint: endpoint, uuid: list)
        }
        let body = try decode(DeployResponseBody.self, from: response, endpoint: .deploy)

        return uuids.map { uuid in
            guard let entry = body.deployments.first(where: { $0.resourceUUID == uuid }) else {
                return DeployResult(resourceUUID: uuid, outcome: .notFound)
            }
            guard let deploymentUUID = entry.deploymentUUID else {
                return DeployResult(resourceUUID: uuid, outcome: .notQueued(message: entry.message))
            }
            return DeployResult(
                resourceUUID: uuid, outcome: .queued(deploymentUUID: deploymentUUID, message: entry.message))
        }
    }

    /// Returns a deployment's status with `GET /api/v1/deployments/{uuid}` (token scope `read`).
    public func deployment(_ uuid: String) async throws(CoolifyError) -> Deployment {
        let response = try await call(.deployment, uuid: uuid)
        return try decode(Deployment.self, from: response, endpoint: .deployment)
    }

    /// Polls a deployment until it is finished, failed or cancelled, and returns it in that state.
    ///
    /// Always poll after deploying: a failed deployment can look fine from outside, because Coolify
    /// keeps the previous container running. The first read is immediate, and reads repeat every
    /// `pollInterval` until `timeout` has passed on ``HTTPClient/clock``; a last read happens at the
    /// timeout. A failed or cancelled deployment is returned, not thrown, so the caller decides
    /// about rolling back.
    ///
    /// - Parameter onPoll: Called with each status read, for progress reports.
    /// - Throws: ``CoolifyError/deploymentTimedOut(uuid:lastStatus:timeout:)`` when time runs out, and
    ///   any error of ``deployment(_:)``.
    public func waitForDeployment(
        _ uuid: String, timeout: Duration, pollInterval: Duration,
        onPoll: (@Sendable (Deployment) -> Void)? = nil
    ) async throws(CoolifyError) -> Deployment {
        let clock = http.clock
        let start = clock.uptime()
        while true {
            let current = try await deployment(uuid)
            onPoll?(current)
            if current.status.isFinal {
                return current
            }
            let remaining = timeout - (clock.uptime() - start)
            guard remaining > .zero else {
                throw .deploymentTimedOut(uuid: uuid, lastStatus: current.status, timeout: timeout)
            }
            do {
                try await clock.sleep(for: min(pollInterval, remaining))
            } catch {
                throw .http(.cancelled, endpoint: .deployment)
            }
        }
    }
}
