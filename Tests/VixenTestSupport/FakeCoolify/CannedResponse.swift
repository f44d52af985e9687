import Foundation

/// A response the loopback server sends, possibly after a delay.
public struct CannedResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// How long the server delays the response.
    ///
    /// The server serves other requests meanwhile.
    public var delay: Duration

    public init(
        status: Int, headers: [(name: String, value: String)] = [], body: Data = Data(), delay: Duration = .zero
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    /// A response with a JSON body, with `Content-Type: application/json`.
    ///
    /// `json` is any value `JSONSerialization` accepts; keys are sorted so bodies are stable.
    public static func json(
        _ status: Int, _ json: Any, headers: [(name: String, value: String)] = [], delay: Duration = .zero
    ) -> CannedResponse {
        let body = (try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])) ?? Data()
        return CannedResponse(
            status: status, headers: [("Content-Type", "application/json")] + headers, body: body, delay: delay)
    }

    /// A response with a plain text body.
    public static func text(_ status: Int, _ text: String, delay: Duration = .zero) -> CannedResponse {
        CannedResponse(
            status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(text.utf8),
            delay: delay)
    }
}
