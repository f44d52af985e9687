import Foundation
import VixenCoolify

/// The responses a dry run pretends to get, so it can go through every request a deployment sends.
///
/// Coolify's routes respond as a healthy Coolify 4.3 does: applications running the image of the
/// recorded commit, deployments finished at once at the planned commit, and rollbacks queued.
/// Health checks and smoke tests get their expected status and text. Nothing here is sent anywhere.
public struct DryRunResponder: Sendable {
    /// The commit the plan deploys, which the pretended deployments report.
    public let head: String
    /// The status and body text each checked URL expects, by absolute URL or by path.
    public let expectations: [String: (status: Int, text: String?)]

    public init(head: String, expectations: [String: (status: Int, text: String?)]) {
        self.head = head
        self.expectations = expectations
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse? {
        let path = request.url.path
        if path.hasPrefix("/api/v1/") {
            return coolify(path: path, method: request.method, query: request.url.query ?? "")
        }
        let expected =
            expectations[request.url.absoluteString] ?? expectations[request.url.path] ?? (status: 200, text: nil)
        return HTTPResponse(status: expected.status, body: Data((expected.text ?? "").utf8))
    }

    private func coolify(path: String, method: HTTPMethod, query: String) -> HTTPResponse {
        let parts = path.split(separator: "/").map(String.init)
        let uuid = parts.count > 3 ? parts[3] : "dry-run"
        switch (method, parts.dropFirst(2).first ?? "") {
        case (.post, "deploy"):
            return json(deployments(query: query))
        case (.get, "deployments"):
            return json(#"{"deployment_uuid":"\#(uuid)","status":"finished","commit":"\#(head)"}"#)
        case (.get, "applications") where path.hasSuffix("/rollback-images"):
            return json(#"{"current":null,"images":[]}"#)
        case (.get, "applications"):
            return json(#"{"uuid":"\#(uuid)","name":"\#(uuid)","status":"running:healthy","git_commit_sha":"HEAD"}"#)
        case (.patch, "applications"):
            return json(#"{"uuid":"\#(uuid)"}"#)
        case (.post, "applications"):
            return json(#"{"message":"Rollback deployment queued.","deployment_uuid":"dry-run"}"#)
        default:
            return json("{}")
        }
    }

    /// Returns a deploy response that queues a deployment for each UUID of `uuid=a,b&force=false`.
    private func deployments(query: String) -> String {
        let list = query.split(separator: "&").first { $0.hasPrefix("uuid=") }?.dropFirst("uuid=".count) ?? ""
        let entries = list.split(separator: ",").map { uuid in
            #"{"message":"Deployment queued.","resource_uuid":"\#(uuid)","deployment_uuid":"dry-run-\#(uuid)"}"#
        }
        return #"{"deployments":["# + entries.joined(separator: ",") + "]}"
    }

    private func json(_ text: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(text.utf8))
    }
}
