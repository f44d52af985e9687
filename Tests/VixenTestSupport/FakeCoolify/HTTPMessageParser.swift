import Foundation

/// Reads the head of an HTTP/1.1 request and names status codes, for ``LoopbackHTTPServer``.
enum HTTPMessageParser {
    /// Returns the offset just past the blank line that ends the head, or nil when it has not arrived.
    static func headEnd(in data: [UInt8]) -> Int? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard data.count >= marker.count else {
            return nil
        }
        for start in 0...(data.count - marker.count) where Array(data[start..<start + marker.count]) == marker {
            return start + marker.count
        }
        return nil
    }

    /// Returns the `Content-Length` of a head, or 0 when it has none.
    static func contentLength(head: [UInt8]) -> Int {
        headers(of: head)["content-length"].flatMap { Int($0) } ?? 0
    }

    static func request(head: [UInt8], body: Data) -> RecordedRequest? {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ").map(String.init)
        guard requestLine.count == 3 else {
            return nil
        }
        let target = requestLine[1]
        let path: String
        let query: String?
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = nil
        }
        return RecordedRequest(method: requestLine[0], path: path, query: query, headers: headers(of: head), body: body)
    }

    private static func headers(of head: [UInt8]) -> [String: String] {
        var headers: [String: String] = [:]
        for line in String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else {
                continue
            }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        return headers
    }

    static func reasonPhrase(_ status: Int) -> String {
        let phrases = [
            200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return phrases[status] ?? "Status"
    }
}
