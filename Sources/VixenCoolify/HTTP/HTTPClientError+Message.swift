import VixenCore

extension HTTPClientError {
    /// The localized explanation, which names the URL (only its host when it is secret) and never a header.
    public var message: LocalizedText {
        switch self {
        case .insecureURL(let url): Catalog.httpInsecureURL(url: url)
        case .timedOut(let url, let attempts): Catalog.httpTimedOut(url: url, attempts: attempts)
        case .connectionFailed(let url, let reason, let attempts):
            Catalog.httpConnectionFailed(url: url, reason: reason.message, attempts: attempts)
        case .notSent(let url): Catalog.httpNotSent(url: url)
        case .cancelled: Catalog.httpCancelled()
        }
    }
}

extension ConnectionFailure {
    public var message: LocalizedText {
        switch self {
        case .unknownHost: Catalog.httpFailureUnknownHost()
        case .refused: Catalog.httpFailureRefused()
        case .tls: Catalog.httpFailureTLS()
        case .lost: Catalog.httpFailureLost()
        case .other(let code): Catalog.httpFailureOther(code: code)
        }
    }
}
