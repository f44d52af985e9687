import VixenConfig
import VixenCore

extension CoolifyError {
    /// The localized explanation: what failed, on which endpoint or UUID, and what to do.
    public var message: LocalizedText {
        switch self {
        case .invalidURL(let url): Catalog.coolifyInvalidURL(url: url)
        case .invalidUUID(let uuid): Catalog.coolifyInvalidUUID(uuid: uuid)
        case .missingToken(let variable): Catalog.coolifyMissingToken(variable: variable)
        case .emptyToken(let variable): Catalog.coolifyEmptyToken(variable: variable)
        case .http(let error, let endpoint):
            Catalog.coolifyRequestFailed(endpoint: "\(endpoint)", reason: error.message)
        case .unauthenticated(let endpoint, let variable):
            Catalog.coolifyUnauthenticated(endpoint: "\(endpoint)", variable: variable, scope: endpoint.scope.rawValue)
        case .invalidToken(let endpoint, let variable):
            Catalog.coolifyInvalidToken(endpoint: "\(endpoint)", variable: variable)
        case .forbidden(let endpoint, let serverMessage):
            Catalog.coolifyForbidden(
                endpoint: "\(endpoint)", scope: endpoint.scope.rawValue, serverMessage: serverMessage)
        case .notFound(let endpoint, let uuid): Self.notFoundMessage(endpoint, uuid: uuid)
        case .methodNotAllowed(let endpoint): Catalog.coolifyMethodNotAllowed(endpoint: "\(endpoint)")
        case .rateLimited(let endpoint, let attempts, let serverMessage):
            Catalog.coolifyRateLimited(endpoint: "\(endpoint)", attempts: attempts, serverMessage: serverMessage)
        case .queueFull(let endpoint, let serverMessage):
            Catalog.coolifyQueueFull(endpoint: "\(endpoint)", serverMessage: serverMessage)
        case .rejected(let endpoint, let status, let serverMessage):
            Catalog.coolifyRejected(endpoint: "\(endpoint)", status: status, serverMessage: serverMessage)
        case .serverError(let endpoint, let status, let attempts):
            Catalog.coolifyServerError(endpoint: "\(endpoint)", status: status, attempts: attempts)
        case .redirected(let endpoint, let status, let location):
            Catalog.coolifyRedirected(endpoint: "\(endpoint)", status: status, location: location)
        case .unexpectedStatus(let endpoint, let status):
            Catalog.coolifyUnexpectedStatus(endpoint: "\(endpoint)", status: status)
        case .malformedResponse(let endpoint, let problem):
            Catalog.coolifyMalformedResponse(endpoint: "\(endpoint)", problem: problem.message)
        case .deploymentTimedOut(let uuid, let lastStatus, let timeout):
            Catalog.coolifyDeploymentTimedOut(
                uuid: uuid, status: lastStatus.rawValue, timeout: DurationParser.text(timeout))
        case .webhookRejected(let url, let status): Catalog.coolifyWebhookRejected(url: url, status: status)
        case .webhookUnreachable(let error): Catalog.coolifyWebhookUnreachable(reason: error.message)
        case .missingWebhookURL(let variable): Catalog.coolifyMissingWebhookURL(variable: variable)
        case .invalidWebhookURL(let source, let url): Catalog.coolifyInvalidWebhookURL(source: source, url: url)
        }
    }

    private static func notFoundMessage(_ endpoint: CoolifyEndpoint, uuid: String) -> LocalizedText {
        switch endpoint.resource {
        case .deployment:
            Catalog.coolifyDeploymentNotFound(endpoint: "\(endpoint)", uuid: uuid)
        case .deployTargets:
            Catalog.coolifyDeployTargetsNotFound(uuids: uuid)
        case .application:
            Catalog.coolifyApplicationNotFound(
                endpoint: "\(endpoint)", uuid: uuid, rollbackRoute: endpoint == .rollback || endpoint == .rollbackImages
            )
        }
    }
}

extension DecodingProblem {
    public var message: LocalizedText {
        switch self {
        case .notJSON: Catalog.coolifyProblemNotJSON()
        case .missingField(let field): Catalog.coolifyProblemMissingField(field: field)
        case .wrongType(let field): Catalog.coolifyProblemWrongType(field: field)
        case .invalidValue(let field): Catalog.coolifyProblemInvalidValue(field: field)
        }
    }
}
