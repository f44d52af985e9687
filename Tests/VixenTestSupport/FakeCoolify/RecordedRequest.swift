import Foundation

/// A request as the loopback server received it.
public struct RecordedRequest: Sendable, Equatable {
    public let method: String
    /// The path without the query, such as `/api/v1/deploy`.
    public let path: String
    /// The query as sent, without the `?`, or nil when there is none.
    public let query: String?
    /// Header values by lowercased name.
    public let headers: [String: String]
    public let body: Data

    public init(method: String, path: String, query: String?, headers: [String: String], body: Data) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The query's parameters, decoded; a repeated name keeps its last value.
    public var queryItems: [String: String] {
        var items: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].removingPercentEncoding ?? parts[0]
            items[name] = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
        }
        return items
    }

    /// The body parsed as a JSON object, or nil when it is not one.
    public var jsonObject: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}
