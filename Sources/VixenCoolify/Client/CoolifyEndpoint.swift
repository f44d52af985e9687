import Foundation
import VixenCore

/// One route of Coolify's API as the client uses it: method, path template and the token scope it
/// needs, as `routes/api.php` of Coolify 4.3 declares them.
public struct CoolifyEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// The kind of resource the UUID in a request names, for the message of a 404 response.
    public enum Resource: Sendable, Equatable {
        case application
        case deployment
        /// The applications, services or databases a deploy request lists.
        case deployTargets
    }

    public let method: HTTPMethod
    /// The path with `{uuid}` where the UUID goes, such as `/api/v1/deployments/{uuid}`.
    public let path: String
    public let scope: TokenScope
    public let resource: Resource

    /// `POST /api/v1/deploy?uuid=...&force=...`; a GET returns 405 since Coolify 4.2.0.
    public static let deploy = CoolifyEndpoint(
        method: .post, path: "/api/v1/deploy", scope: .deploy, resource: .deployTargets)
    public static let deployment = CoolifyEndpoint(
        method: .get, path: "/api/v1/deployments/{uuid}", scope: .read, resource: .deployment)
    public static let application = CoolifyEndpoint(
        method: .get, path: "/api/v1/applications/{uuid}", scope: .read, resource: .application)
    public static let updateApplication = CoolifyEndpoint(
        method: .patch, path: "/api/v1/applications/{uuid}", scope: .write, resource: .application)
    public static let environmentVariables = CoolifyEndpoint(
        method: .get, path: "/api/v1/applications/{uuid}/envs", scope: .read, resource: .application)
    /// Coolify 4.3.0 and later.
    public static let rollbackImages = CoolifyEndpoint(
        method: .get, path: "/api/v1/applications/{uuid}/rollback-images", scope: .read, resource: .application)
    /// Coolify 4.3.0 and later.
    public static let rollback = CoolifyEndpoint(
        method: .post, path: "/api/v1/applications/{uuid}/rollback", scope: .deploy, resource: .application)

    /// The method and path template, such as `GET /api/v1/deployments/{uuid}`.
    public var description: String { "\(method.rawValue) \(path)" }

    /// Returns the path with `uuid` in place of `{uuid}`.
    func path(uuid: String?) -> String {
        guard let uuid else {
            return path
        }
        return path.replacingOccurrences(of: "{uuid}", with: uuid)
    }
}
