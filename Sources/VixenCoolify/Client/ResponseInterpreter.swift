import Foundation

/// Turns a response of one endpoint into success or the ``CoolifyError`` that explains it.
struct ResponseInterpreter {
    let endpoint: CoolifyEndpoint
    let tokenVariable: String
    /// The tries the HTTP client makes, which a 429 or 5xx response has used up when it arrives here.
    let attempts: Int
    /// The token, removed from any text Coolify sends back; nil when it is not set.
    let secret: String?

    /// Returns when the status is 2xx, else throws the error for it.
    ///
    /// - Parameter uuid: The UUID of the request, named in the message of a 404 response.
    func check(_ response: HTTPResponse, uuid: String) throws(CoolifyError) {
        let message = serverMessage(response)
        switch response.status {
        case 200...299:
            return
        case 300...399:
            throw .redirected(endpoint: endpoint, status: response.status, location: response.header("Location"))
        case 400 where message == "Invalid token.":
            throw .invalidToken(endpoint: endpoint, variable: tokenVariable)
        case 400 where endpoint == .rollback:
            throw .queueFull(endpoint: endpoint, serverMessage: message)
        case 400, 422:
            throw .rejected(
                endpoint: endpoint, status: response.status, serverMessage: message ?? validationErrors(response))
        case 401:
            throw .unauthenticated(endpoint: endpoint, variable: tokenVariable)
        case 403:
            throw .forbidden(endpoint: endpoint, serverMessage: message)
        case 404:
            throw .notFound(endpoint: endpoint, uuid: uuid)
        case 405:
            throw .methodNotAllowed(endpoint: endpoint)
        case 429:
            throw .rateLimited(endpoint: endpoint, attempts: attempts, serverMessage: message)
        case 500...599:
            throw .serverError(endpoint: endpoint, status: response.status, attempts: attempts)
        default:
            throw .unexpectedStatus(endpoint: endpoint, status: response.status)
        }
    }

    /// The maximum length of server text that a message quotes, so a large error page cannot flood the output.
    static let maximumMessageLength = 300

    /// Returns the `message` field of a JSON response, without the token and cut to a readable length.
    func serverMessage(_ response: HTTPResponse) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
            let message = object["message"] as? String, !message.isEmpty
        else {
            return nil
        }
        var text = message
        if let errors = validationErrors(response) {
            text += " " + errors
        }
        return clean(text)
    }

    /// Returns Laravel's validation errors, `{"errors": {"field": ["reason"]}}`, as `field: reason` text.
    private func validationErrors(_ response: HTTPResponse) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
            let errors = object["errors"] as? [String: Any], !errors.isEmpty
        else {
            return nil
        }
        let parts = errors.keys.sorted().map { field -> String in
            let reasons = (errors[field] as? [Any])?.compactMap { $0 as? String } ?? []
            return reasons.isEmpty ? field : "\(field): \(reasons.joined(separator: " "))"
        }
        return clean(parts.joined(separator: "; "))
    }

    private func clean(_ text: String) -> String {
        var cleaned = text
        if let secret, !secret.isEmpty {
            cleaned = cleaned.replacingOccurrences(of: secret, with: "[redacted]")
        }
        cleaned = String(cleaned.map { $0.isNewline ? " " : $0 })
        if cleaned.count > Self.maximumMessageLength {
            cleaned = String(cleaned.prefix(Self.maximumMessageLength)) + "…"
        }
        return cleaned
    }
}
