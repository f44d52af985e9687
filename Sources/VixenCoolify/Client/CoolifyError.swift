/// The reason a Coolify call failed.
///
/// ``message`` explains it and names the fix.
/// No case carries the token: errors name the variable that contains it, and text that Coolify
/// sends back is cleaned of the token before it is kept.
public enum CoolifyError: Error, Sendable, Equatable {
    /// `coolify.url` is not a URL the client can join paths to.
    case invalidURL(String)
    /// A UUID passed to the client has characters Coolify never uses, so no request was built.
    case invalidUUID(String)
    case missingToken(variable: String)
    case emptyToken(variable: String)
    /// The HTTP layer sent nothing or got no response: an insecure URL, timeouts, failed connections,
    /// a dry run, or cancellation.
    case http(HTTPClientError, endpoint: CoolifyEndpoint)
    /// 401: Coolify does not know the token.
    case unauthenticated(endpoint: CoolifyEndpoint, variable: String)
    /// 400 `Invalid token.`: the token belongs to no team.
    case invalidToken(endpoint: CoolifyEndpoint, variable: String)
    /// 403: the token lacks the endpoint's scope, or the API is disabled or limited to other IPs.
    case forbidden(endpoint: CoolifyEndpoint, serverMessage: String?)
    /// 404: no resource with that UUID is visible to the token's team.
    case notFound(endpoint: CoolifyEndpoint, uuid: String)
    /// 405: the endpoint needs another method; Coolify 4.2.0 and later return 405 to `GET /api/v1/deploy`.
    case methodNotAllowed(endpoint: CoolifyEndpoint)
    /// 429 after every try: Coolify's deployment queue is full or its rate limit was reached.
    case rateLimited(endpoint: CoolifyEndpoint, attempts: Int, serverMessage: String?)
    /// 400 from the rollback endpoint, which Coolify 4.3 returns when the deployment queue is full.
    case queueFull(endpoint: CoolifyEndpoint, serverMessage: String?)
    /// 400 or 422: Coolify rejected a value of the request.
    case rejected(endpoint: CoolifyEndpoint, status: Int, serverMessage: String?)
    /// 5xx after every try.
    case serverError(endpoint: CoolifyEndpoint, status: Int, attempts: Int)
    /// 3xx: the client does not follow redirects, so that the token reaches only `coolify.url`.
    case redirected(endpoint: CoolifyEndpoint, status: Int, location: String?)
    case unexpectedStatus(endpoint: CoolifyEndpoint, status: Int)
    /// A 2xx response whose JSON lacks a field the client uses, or has it with another type.
    case malformedResponse(endpoint: CoolifyEndpoint, problem: DecodingProblem)
    /// The deployment was still not finished, failed or cancelled when the time ran out.
    case deploymentTimedOut(uuid: String, lastStatus: DeploymentStatus, timeout: Duration)
    /// A rollback webhook responded with a status other than 2xx.
    case webhookRejected(url: String, status: Int)
    /// A rollback webhook got no response.
    case webhookUnreachable(HTTPClientError)
    /// The environment variable that should contain a rollback webhook's URL is unset or empty.
    case missingWebhookURL(variable: String)
    /// A rollback webhook's URL is not `https`, nor `http` to this machine; `source` names the
    /// variable or key it came from, and `url` shows only its scheme and host.
    case invalidWebhookURL(source: String, url: String)
}

/// A problem in a JSON response, named by the path of the field, such as `deployments[0].resource_uuid`.
public enum DecodingProblem: Sendable, Equatable {
    case notJSON
    case missingField(String)
    case wrongType(String)
    case invalidValue(String)
}
