import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests with `URLSession`, without cookies, caches or redirects.
///
/// A redirect is returned as it is, 3xx status and all, instead of being followed: following it
/// would send the bearer token to whatever host the `Location` header names, possibly over plain
/// HTTP. The client reports the redirect so that people correct the configured URL.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    // URLSession is thread-safe; the class only keeps it so it can be invalidated once.
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration, delegate: RedirectBlocker(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request and waits for the whole response, at most ``HTTPRequest/timeout``.
    ///
    /// The timeout is enforced here, with a timer that cancels the data task, because
    /// swift-corelibs-foundation on Linux does not apply sub-second `timeoutInterval` values.
    /// Cancelling the calling task cancels the data task too.
    public func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        var urlRequest = Self.urlRequest(for: request)
        // URLSession's own timeout stays as a backstop, one second after the timer.
        urlRequest.timeoutInterval = Self.seconds(request.timeout) + 1
        let outcome = TransferOutcome()
        let task = session.dataTask(with: urlRequest) { data, response, error in
            outcome.finish(Self.result(data: data, response: response, error: error))
        }
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                outcome.deliver(to: continuation)
                let deadline = DispatchTime.now() + Self.seconds(request.timeout)
                DispatchQueue.global().asyncAfter(deadline: deadline) {
                    if outcome.finish(.failure(.timedOut)) {
                        task.cancel()
                    }
                }
                task.resume()
            }
        } onCancel: {
            if outcome.finish(.failure(.cancelled)) {
                task.cancel()
            }
        }
        return try result.get()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func result(data: Data?, response: URLResponse?, error: (any Error)?) -> Result<
        HTTPResponse, HTTPTransportError
    > {
        if let error = error as? URLError {
            return .failure(transportError(error))
        }
        guard error == nil, let httpResponse = response as? HTTPURLResponse else {
            return .failure(.connectionFailed(.other(code: URLError.badServerResponse.rawValue)))
        }
        var headers: [String: String] = [:]
        for (name, value) in httpResponse.allHeaderFields {
            headers["\(name)"] = "\(value)"
        }
        return .success(HTTPResponse(status: httpResponse.statusCode, headers: headers, body: data ?? Data()))
    }

    private static func urlRequest(for request: HTTPRequest) -> URLRequest {
        let seconds =
            Double(request.timeout.components.seconds)
            + Double(request.timeout.components.attoseconds) / 1e18
        var urlRequest = URLRequest(
            url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: seconds)
        urlRequest.httpMethod = request.method.rawValue
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        urlRequest.httpBody = request.body
        return urlRequest
    }

    private static func transportError(_ error: URLError) -> HTTPTransportError {
        switch error.code {
        case .timedOut: .timedOut
        case .cancelled: .cancelled
        case .cannotFindHost, .dnsLookupFailed: .connectionFailed(.unknownHost)
        case .cannotConnectToHost: .connectionFailed(.refused)
        case .networkConnectionLost: .connectionFailed(.lost)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired:
            .connectionFailed(.tls)
        default: .connectionFailed(.other(code: error.code.rawValue))
        }
    }
}

/// Declines every redirect, so `URLSession` returns the 3xx response itself.
private final class RedirectBlocker: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

/// The outcome of a transfer and the continuation that waits for it.
///
/// The data task, the timeout timer and cancellation each report an outcome. The first one wins, and
/// later ones are ignored.
private final class TransferOutcome: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var result: Result<HTTPResponse, HTTPTransportError>?
    private var continuation: CheckedContinuation<Result<HTTPResponse, HTTPTransportError>, Never>?

    /// Records `result` unless an outcome exists already; returns whether it was recorded.
    @discardableResult
    func finish(_ result: Result<HTTPResponse, HTTPTransportError>) -> Bool {
        let (recorded, waiting) = lock.withLock {
            guard self.result == nil else {
                return (false, CheckedContinuation<Result<HTTPResponse, HTTPTransportError>, Never>?.none)
            }
            self.result = result
            let waiting = continuation
            continuation = nil
            return (true, waiting)
        }
        waiting?.resume(returning: result)
        return recorded
    }

    /// Resumes `continuation` with the outcome, now if there is one, else when it comes.
    func deliver(to continuation: CheckedContinuation<Result<HTTPResponse, HTTPTransportError>, Never>) {
        let ready: Result<HTTPResponse, HTTPTransportError>? = lock.withLock {
            guard let result else {
                self.continuation = continuation
                return nil
            }
            return result
        }
        if let ready {
            continuation.resume(returning: ready)
        }
    }
}
