import Foundation

/// The routes of the fake Coolify, with the responses Coolify 4.3's API controllers give.
enum FakeCoolifyRoutes {
    typealias Contents = FakeCoolifyState.Contents

    static func route(_ request: RecordedRequest, _ data: inout Contents) -> CannedResponse {
        let method = request.method
        if method == "GET", match(request, "deploy") != nil {
            return authorize(request, "deploy", data).error ?? postRequired()
        }
        if method == "POST", match(request, "deploy") != nil {
            return authorize(request, "deploy", data).error ?? deploy(request, &data)
        }
        if method == "GET", let uuid = match(request, "deployments", "*") {
            return authorize(request, "read", data).error ?? deployment(uuid, &data)
        }
        if method == "GET", let uuid = match(request, "applications", "*") {
            return authorize(request, "read", data).error ?? application(uuid, data)
        }
        if method == "PATCH", let uuid = match(request, "applications", "*") {
            return authorize(request, "write", data).error ?? updateApplication(uuid, request, &data)
        }
        if method == "GET", let uuid = match(request, "applications", "*", "envs") {
            let access = authorize(request, "read", data)
            let sensitive = access.scopes.contains("root") || access.scopes.contains("read:sensitive")
            return access.error ?? environmentVariables(uuid, sensitive: sensitive, data)
        }
        if method == "GET", let uuid = match(request, "applications", "*", "rollback-images") {
            return authorize(request, "read", data).error ?? rollbackImages(uuid, data)
        }
        if method == "POST", let uuid = match(request, "applications", "*", "rollback") {
            return authorize(request, "deploy", data).error ?? rollback(uuid, request, &data)
        }
        let route = request.path.hasPrefix("/") ? String(request.path.dropFirst()) : request.path
        return .json(404, ["message": "The route \(route) could not be found."])
    }

    // MARK: - Matching and tokens

    /// Returns the `*` segment of `/api/v1/<pattern>` when the path matches, "" when the pattern
    /// has none, and nil when the path does not match.
    private static func match(_ request: RecordedRequest, _ pattern: String...) -> String? {
        let prefix = "/api/v1/"
        guard request.path.hasPrefix(prefix) else {
            return nil
        }
        let segments = request.path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count == pattern.count else {
            return nil
        }
        var captured = ""
        for (segment, expected) in zip(segments, pattern) {
            if expected == "*" {
                guard !segment.isEmpty else {
                    return nil
                }
                captured = String(segment)
            } else if segment != expected {
                return nil
            }
        }
        return captured
    }

    private struct Access {
        let scopes: Set<String>
        let error: CannedResponse?
    }

    /// Checks the bearer token like Coolify's `auth:sanctum` and `api.ability:<scope>` middleware.
    private static func authorize(_ request: RecordedRequest, _ scope: String, _ data: Contents) -> Access {
        let header = request.headers["authorization"] ?? ""
        guard header.hasPrefix("Bearer "), let scopes = data.tokens[String(header.dropFirst("Bearer ".count))] else {
            return Access(scopes: [], error: .json(401, ["message": "Unauthenticated."]))
        }
        guard scopes.contains("root") || scopes.contains(scope) else {
            return Access(scopes: scopes, error: .json(403, ["message": "Missing required permissions: \(scope)"]))
        }
        return Access(scopes: scopes, error: nil)
    }

    private static func postRequired() -> CannedResponse {
        .json(405, ["message": "This endpoint has changed to a POST request."], headers: [("Allow", "POST")])
    }

    // MARK: - Deployments

    private static func deploy(_ request: RecordedRequest, _ data: inout Contents) -> CannedResponse {
        guard let list = request.queryItems["uuid"], !list.isEmpty else {
            return .json(400, ["message": "You must provide uuid or tag."])
        }
        if data.fullQueueDeploys > 0 {
            data.fullQueueDeploys -= 1
            return .json(
                429, ["message": "Deployment queue is full. Please wait for existing deployments to complete."],
                headers: [("Retry-After", "60")])
        }
        var entries: [[String: Any]] = []
        for uuid in list.split(separator: ",").map(String.init) {
            guard let application = data.applications[uuid] else {
                continue
            }
            let deploymentUUID = newDeploymentUUID(&data)
            data.deployments[deploymentUUID] = FakeDeployment(
                uuid: deploymentUUID, application: uuid, statuses: application.deploymentStatuses,
                commit: application.gitCommitSHA)
            entries.append([
                "message": "Application \(application.name) deployment queued.", "resource_uuid": uuid,
                "deployment_uuid": deploymentUUID,
            ])
        }
        guard !entries.isEmpty else {
            return .json(404, ["message": "No resources found."])
        }
        return .json(200, ["deployments": entries])
    }

    private static func deployment(_ uuid: String, _ data: inout Contents) -> CannedResponse {
        guard var deployment = data.deployments[uuid] else {
            return .json(404, ["message": "Deployment not found."])
        }
        let status = deployment.currentStatus
        deployment.polls += 1
        data.deployments[uuid] = deployment
        let name = data.applications[deployment.application]?.name ?? ""
        return .json(
            200,
            [
                "id": 1, "application_id": "1", "deployment_uuid": uuid, "pull_request_id": 0, "force_rebuild": false,
                "commit": deployment.commit, "status": status, "is_webhook": false, "is_api": true,
                "application_name": name, "server_name": "localhost", "server_id": 0, "rollback": false,
                "deployment_url": "/project/p/environment/e/application/\(deployment.application)/deployment/\(uuid)",
                "created_at": "2025-01-01T00:00:00.000000Z", "updated_at": "2025-01-01T00:00:00.000000Z",
            ])
    }

    private static func newDeploymentUUID(_ data: inout Contents) -> String {
        data.deploymentCount += 1
        let digits = String(data.deploymentCount)
        return "dpl" + String(repeating: "0", count: max(0, 21 - digits.count)) + digits
    }

    // MARK: - Applications

    private static func application(_ uuid: String, _ data: Contents) -> CannedResponse {
        guard let application = data.applications[uuid] else {
            return .json(404, ["message": "Application not found."])
        }
        return .json(
            200,
            [
                "uuid": uuid, "name": application.name, "description": NSNull(),
                "fqdn": application.fqdn.map { $0 as Any } ?? NSNull(),
                "git_repository": "team/product", "git_branch": "main", "git_commit_sha": application.gitCommitSHA,
                "build_pack": "dockerfile", "status": application.status, "health_check_enabled": false,
                "health_check_path": "/", "ports_exposes": "8000",
                "settings": ["is_static": false, "is_auto_deploy_enabled": true],
                "created_at": "2025-01-01T00:00:00.000000Z", "updated_at": "2025-01-01T00:00:00.000000Z",
            ])
    }

    /// Handles `PATCH /api/v1/applications/{uuid}` for `git_commit_sha`, with Coolify's checks of
    /// the JSON body and of the SHA's characters.
    private static func updateApplication(_ uuid: String, _ request: RecordedRequest, _ data: inout Contents)
        -> CannedResponse
    {
        guard request.headers["content-type"]?.hasPrefix("application/json") == true else {
            return .json(400, ["message": "Invalid request.", "error": "Content-Type must be application/json."])
        }
        guard let body = request.jsonObject, !body.isEmpty else {
            return .json(400, ["message": "Invalid request.", "error": "Invalid JSON."])
        }
        guard var application = data.applications[uuid] else {
            return .json(404, ["message": "Application not found"])
        }
        let extra = body.keys.filter { $0 != "git_commit_sha" }.sorted()
        guard extra.isEmpty else {
            let errors = Dictionary(uniqueKeysWithValues: extra.map { ($0, ["This field is not allowed."]) })
            return .json(422, ["message": "Validation failed.", "errors": errors])
        }
        guard let sha = body["git_commit_sha"] as? String, isGitReference(sha) else {
            return .json(
                422,
                [
                    "message": "Validation failed.",
                    "errors": ["git_commit_sha": ["The git commit sha format is invalid."]],
                ])
        }
        application.gitCommitSHA = sha
        data.applications[uuid] = application
        return .json(200, ["uuid": uuid])
    }

    private static func environmentVariables(_ uuid: String, sensitive: Bool, _ data: Contents) -> CannedResponse {
        guard let application = data.applications[uuid] else {
            return .json(404, ["message": "Application not found"])
        }
        let list: [[String: Any]] = application.environmentVariables.enumerated().map { index, variable in
            var entry: [String: Any] = [
                "uuid": "env\(index)", "key": variable.key, "is_buildtime": variable.isBuildtime,
                "is_runtime": variable.isRuntime, "is_preview": variable.isPreview, "is_literal": false,
                "is_multiline": false, "is_shown_once": false, "is_shared": false, "comment": NSNull(),
                "version": "4.0.0", "created_at": "2025-01-01T00:00:00.000000Z",
            ]
            if sensitive {
                entry["value"] = variable.value
                entry["real_value"] = variable.value
            }
            return entry
        }
        return .json(200, list)
    }

    // MARK: - Rollback

    private static func rollbackImages(_ uuid: String, _ data: Contents) -> CannedResponse {
        guard let application = data.applications[uuid] else {
            return .json(404, ["message": "Application not found."])
        }
        let images: [[String: Any]] = application.imageTags.map { tag in
            ["tag": tag, "created_at": "2025-01-01 10:00:00 +0000 UTC", "is_current": tag == application.currentTag]
        }
        return .json(200, ["current": application.currentTag.map { $0 as Any } ?? NSNull(), "images": images])
    }

    private static func rollback(_ uuid: String, _ request: RecordedRequest, _ data: inout Contents) -> CannedResponse {
        guard request.headers["content-type"]?.hasPrefix("application/json") == true, let body = request.jsonObject,
            !body.isEmpty
        else {
            return .json(400, ["message": "Invalid request.", "error": "Content-Type must be application/json."])
        }
        guard let commit = body["commit"] as? String, body.count == 1 else {
            return .json(
                422, ["message": "Validation failed.", "errors": ["commit": ["The commit field is required."]]])
        }
        guard let application = data.applications[uuid] else {
            return .json(404, ["message": "Application not found."])
        }
        guard isGitReference(commit) else {
            return .json(422, ["message": "Validation failed.", "errors": ["commit": ["Invalid rollback commit."]]])
        }
        if data.fullQueueRollbacks > 0 {
            data.fullQueueRollbacks -= 1
            return .json(
                400, ["message": "Deployment queue is full. Please wait for existing deployments to complete."])
        }
        let deploymentUUID = newDeploymentUUID(&data)
        data.deployments[deploymentUUID] = FakeDeployment(
            uuid: deploymentUUID, application: uuid, statuses: application.deploymentStatuses, commit: commit)
        return .json(200, ["message": "Rollback deployment queued.", "deployment_uuid": deploymentUUID])
    }

    /// Coolify 4.3's rule for `git_commit_sha` and rollback commits: a letter or digit, then letters,
    /// digits and `._-/`.
    private static func isGitReference(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, CharacterSet.alphanumerics.contains(first),
            text.allSatisfy(\.isASCII)
        else {
            return false
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-/"))
        return text.unicodeScalars.allSatisfy { allowed.contains($0) }
    }
}
