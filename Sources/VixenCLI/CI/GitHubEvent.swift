import Foundation
import VixenCore

/// The event file of a GitHub Actions job: the webhook payload of the event that started the workflow,
/// which contains, for example, a pull request's base and head commits.
struct GitHubEvent {
    /// The file's path, from `GITHUB_EVENT_PATH`.
    let path: String
    private let payload: [String: Any]

    /// Parses the file's bytes.
    ///
    /// - Throws: ``CIError/eventNotAnObject(path:)`` when they are not a JSON object.
    init(path: String, bytes: [UInt8]) throws(CIError) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)), let payload = object as? [String: Any]
        else {
            throw .eventNotAnObject(path: path)
        }
        self.path = path
        self.payload = payload
    }

    /// Returns the non-empty string at a dotted field path such as `pull_request.base.sha`, else nil.
    func string(_ field: String) -> String? {
        guard let string = value(at: field) as? String, !string.isEmpty else {
            return nil
        }
        return string
    }

    /// Returns the boolean at a dotted field path such as `forced`, else nil.
    func bool(_ field: String) -> Bool? {
        value(at: field) as? Bool
    }

    /// Returns the commit at a dotted field path, or nil when the field is missing or git's zero id.
    ///
    /// - Throws: ``CIError/invalidCommitID(_:source:)`` when the value is not a full commit id.
    func commit(_ field: String) throws(CIError) -> CICommit? {
        guard let value = string(field) else {
            return nil
        }
        return try CICommit.parse(value, source: Catalog.ciEventFieldSource(field, path: path))
    }

    private func value(at field: String) -> Any? {
        var current: Any? = payload
        for key in field.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }
}
