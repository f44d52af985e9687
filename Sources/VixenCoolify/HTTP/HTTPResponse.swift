import Foundation

/// A response from a server: status, headers and the whole body.
public struct HTTPResponse: Sendable, Equatable {
    public let status: Int
    /// Header values by lowercased name.
    ///
    /// A header sent twice keeps its values joined by `, `.
    public let headers: [String: String]
    public let body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        var lowered: [String: String] = [:]
        for (name, value) in headers {
            let key = name.lowercased()
            lowered[key] = lowered[key].map { "\($0), \(value)" } ?? value
        }
        self.headers = lowered
        self.body = body
    }

    /// Returns the value of the header `name`, ignoring case.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The body decoded as UTF-8, with invalid bytes replaced.
    public var text: String {
        String(decoding: body, as: UTF8.self)
    }
}
