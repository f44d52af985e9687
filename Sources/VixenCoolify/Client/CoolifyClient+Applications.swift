extension CoolifyClient {
    /// Returns an application with `GET /api/v1/applications/{uuid}` (token scope `read`).
    public func application(_ uuid: String) async throws(CoolifyError) -> Application {
        let response = try await call(.application, uuid: uuid)
        return try decode(Application.self, from: response, endpoint: .application)
    }

    /// Sets the commit an application deploys with `PATCH /api/v1/applications/{uuid}` and the body
    /// `{"git_commit_sha": sha}` (token scope `write`).
    ///
    /// The next deployment then builds that commit instead of the branch's latest. Coolify 4.3
    /// accepts letters, digits and `._-/` here and returns 422 otherwise.
    public func setCommit(application uuid: String, sha: String) async throws(CoolifyError) {
        let response = try await call(.updateApplication, uuid: uuid, body: ["git_commit_sha": sha])
        _ = try decode(UpdateResponseBody.self, from: response, endpoint: .updateApplication)
    }

    /// Lists an application's environment variables, without values, with
    /// `GET /api/v1/applications/{uuid}/envs` (token scope `read`).
    public func environmentVariables(_ uuid: String) async throws(CoolifyError) -> [EnvironmentVariable] {
        let response = try await call(.environmentVariables, uuid: uuid)
        return try decode([EnvironmentVariable].self, from: response, endpoint: .environmentVariables)
    }
}

/// The JSON of a successful PATCH: `{"uuid": "..."}`.
private struct UpdateResponseBody: Decodable {
    let uuid: String
}
