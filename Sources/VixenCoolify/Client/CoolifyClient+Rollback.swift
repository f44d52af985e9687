extension CoolifyClient {
    /// Lists the images an application can roll back to with
    /// `GET /api/v1/applications/{uuid}/rollback-images` (token scope `read`; Coolify 4.3.0 and later).
    ///
    /// On an older Coolify the route does not exist and the call fails with a 404; configure a
    /// rollback webhook for those versions and use ``RollbackWebhook``.
    public func rollbackImages(_ application: String) async throws(CoolifyError) -> RollbackImages {
        let response = try await call(.rollbackImages, uuid: application)
        return try decode(RollbackImages.self, from: response, endpoint: .rollbackImages)
    }

    /// Queues a rollback of an application to the image tagged `tag` with
    /// `POST /api/v1/applications/{uuid}/rollback` and the body `{"commit": tag}` (token scope
    /// `deploy`; Coolify 4.3.0 and later).
    ///
    /// The rollback is a deployment: poll its ``RollbackResult/deploymentUUID`` with
    /// ``waitForDeployment(_:timeout:pollInterval:onPoll:)``. It does not undo database migrations.
    ///
    /// - Throws: ``CoolifyError/queueFull(endpoint:serverMessage:)`` when Coolify returns 400 because
    ///   its deployment queue is full, and ``CoolifyError/rejected(endpoint:status:serverMessage:)``
    ///   for a tag Coolify does not accept (422).
    public func rollback(_ application: String, to tag: String) async throws(CoolifyError) -> RollbackResult {
        let response = try await call(.rollback, uuid: application, body: ["commit": tag])
        return try decode(RollbackResult.self, from: response, endpoint: .rollback)
    }
}
