import Foundation
import VixenConfig

/// The rule every request passes before it is handed to a transport: `https`, or plain `http` to
/// this machine only (127.0.0.1, ::1 or localhost).
enum TransportSecurity {
    static func check(_ request: HTTPRequest) throws(HTTPClientError) {
        let scheme = request.url.scheme?.lowercased()
        guard let host = request.url.host, !host.isEmpty else {
            throw .insecureURL(request.displayedURL)
        }
        switch scheme {
        case "https":
            return
        case "http" where LoopbackHost.contains(host):
            return
        default:
            throw .insecureURL(request.displayedURL)
        }
    }
}
