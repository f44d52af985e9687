import Foundation
import VixenConfig

/// Calls Coolify's API (version 4.3.x is the reference; older versions are noted where they differ).
///
/// Every call builds its request and sends it through ``HTTPClient`` (TLS rule, retries,
/// `Retry-After`). A status other than 2xx becomes a ``CoolifyError`` that names the endpoint and
/// what to fix. The JSON is decoded for the fields the client uses, and other fields are ignored. The token is read from its
/// environment variable for each request and appears only in the `Authorization` header.
public struct CoolifyClient: Sendable {
    /// Coolify's base URL, without `/api/v1`.
    public let baseURL: URL
    public let token: CoolifyToken
    public let http: HTTPClient
    /// The time allowed for one try of one request.
    public let requestTimeout: Duration

    public init(baseURL: URL, token: CoolifyToken, http: HTTPClient, requestTimeout: Duration = .seconds(30)) {
        self.baseURL = baseURL
        self.token = token
        self.http = http
        self.requestTimeout = requestTimeout
    }

    /// Builds the client that `configuration` describes, reading the token from `environment`.
    public init(
        configuration: Configuration.Coolify, environment: [String: String], http: HTTPClient
    ) throws(CoolifyError) {
        guard let url = URL(string: configuration.url) else {
            throw .invalidURL(configuration.url)
        }
        self.init(
            baseURL: url, token: CoolifyToken(variable: configuration.tokenVariable, environment: environment),
            http: http, requestTimeout: configuration.requestTimeout)
    }

    /// Sends one request to `endpoint` and returns the 2xx response.
    ///
    /// - Parameters:
    ///   - uuid: The UUID in the path, checked before anything is sent.
    ///   - query: Query text already encoded, such as `uuid=a,b&force=false`.
    ///   - body: A value to send as JSON.
    func call(
        _ endpoint: CoolifyEndpoint, uuid: String? = nil, query: String? = nil, body: [String: String]? = nil
    ) async throws(CoolifyError) -> HTTPResponse {
        if let uuid {
            try Self.checkUUID(uuid)
        }
        let request = try makeRequest(endpoint, uuid: uuid, query: query, body: body)
        let response: HTTPResponse
        do {
            response = try await http.send(request)
        } catch {
            throw .http(error, endpoint: endpoint)
        }
        let interpreter = ResponseInterpreter(
            endpoint: endpoint, tokenVariable: token.variable, attempts: http.retryPolicy.maxAttempts,
            secret: try? token.value())
        try interpreter.check(response, uuid: uuid ?? "")
        return response
    }

    /// Decodes a 2xx response of `endpoint` as `Value`.
    func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse, endpoint: CoolifyEndpoint)
        throws(CoolifyError) -> Value
    {
        do {
            return try JSONDecoder().decode(Value.self, from: response.body)
        } catch let error as DecodingError {
            throw .malformedResponse(endpoint: endpoint, problem: DecodingProblem(error))
        } catch {
            throw .malformedResponse(endpoint: endpoint, problem: .notJSON)
        }
    }

    private func makeRequest(
        _ endpoint: CoolifyEndpoint, uuid: String?, query: String?, body: [String: String]?
    ) throws(CoolifyError) -> HTTPRequest {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else {
            throw .invalidURL(baseURL.absoluteString)
        }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") {
            basePath.removeLast()
        }
        components.percentEncodedPath = basePath + endpoint.path(uuid: uuid)
        components.percentEncodedQuery = query
        guard let url = components.url else {
            throw .invalidURL(baseURL.absoluteString)
        }

        var headers = [HTTPHeader(name: "Accept", value: "application/json"), try authorization()]
        var data: Data?
        if let body {
            headers.append(HTTPHeader(name: "Content-Type", value: "application/json"))
            data = Self.json(body)
        }
        return HTTPRequest(method: endpoint.method, url: url, headers: headers, body: data, timeout: requestTimeout)
    }

    /// Returns the `Authorization` header; in a dry run a missing token becomes a placeholder.
    private func authorization() throws(CoolifyError) -> HTTPHeader {
        let source = "$\(token.variable)"
        do {
            return .bearer(try token.value(), source: source)
        } catch {
            guard !http.sendsRequests else {
                throw error
            }
            return .bearer("", source: source)
        }
    }

    /// Encodes a flat object with its keys sorted, so transcripts and request logs are stable.
    private static func json(_ body: [String: String]) -> Data {
        (try? JSONEncoder.sortedKeys.encode(body)) ?? Data("{}".utf8)
    }

    /// Checks that `uuid` has only the characters of Coolify's UUIDs, so it cannot change the path.
    static func checkUUID(_ uuid: String) throws(CoolifyError) {
        let allowed = uuid.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard !uuid.isEmpty, allowed else {
            throw .invalidUUID(uuid)
        }
    }
}
