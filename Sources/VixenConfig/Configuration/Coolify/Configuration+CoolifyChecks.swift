import VixenCore

extension Configuration {
    /// One HTTP health check: the URL to request and what a healthy response looks like.
    public struct HealthCheck: Sendable, Equatable {
        /// An absolute `https` URL, or `http` on a loopback host.
        public var url: String
        /// The status a healthy service returns, 200 by default.
        public var expectedStatus: Int
        /// Text the body must contain, or nil to check the status only.
        public var bodyContains: String?
        /// The time allowed for one request, 10 seconds by default.
        public var timeout: Duration

        public init(
            url: String, expectedStatus: Int = 200, bodyContains: String? = nil, timeout: Duration = .seconds(10)
        ) {
            self.url = url
            self.expectedStatus = expectedStatus
            self.bodyContains = bodyContains
            self.timeout = timeout
        }
    }

    /// Retry and watch settings of the health checks that run after a deployment.
    public struct HealthSettings: Sendable, Equatable {
        /// The failed requests one check may have before it fails, 5 by default.
        public var attempts: Int
        /// The wait after the first failed request, 2 seconds by default.
        ///
        /// It doubles after each further failed request, up to one minute, and is also the wait
        /// between two successful requests.
        public var retryDelay: Duration
        /// The successful requests in a row that make a check pass, 3 by default.
        public var consecutiveSuccesses: Int
        /// The wait between two rounds of checks while a deployment is watched, 30 seconds by default.
        public var watchInterval: Duration
        /// How long a deployment is watched after its checks pass: 2 minutes on staging and 15 minutes
        /// on production by default.
        public var watchWindows: [DeploymentEnvironment: Duration]

        public init(
            attempts: Int = 5, retryDelay: Duration = .seconds(2), consecutiveSuccesses: Int = 3,
            watchInterval: Duration = .seconds(30),
            watchWindows: [DeploymentEnvironment: Duration] = [.staging: .seconds(120), .production: .seconds(900)]
        ) {
            self.attempts = attempts
            self.retryDelay = retryDelay
            self.consecutiveSuccesses = consecutiveSuccesses
            self.watchInterval = watchInterval
            self.watchWindows = watchWindows
        }

        /// Returns the watch window of `environment`.
        public func watchWindow(_ environment: DeploymentEnvironment) -> Duration {
            watchWindows[environment] ?? HealthSettings().watchWindows[environment] ?? .zero
        }
    }

    /// The smoke tests of one component in one environment.
    public struct SmokeSuite: Sendable, Equatable {
        /// The URL that test paths are joined to, or nil to use the URL Coolify reports for the
        /// application (its first domain).
        public var baseURL: String?
        public var tests: [SmokeTest]

        public init(baseURL: String? = nil, tests: [SmokeTest]) {
            self.baseURL = baseURL
            self.tests = tests
        }
    }

    /// One smoke test: a request and the response it expects.
    public struct SmokeTest: Sendable, Equatable {
        /// The name reports show, such as `login`.
        public var name: String
        /// An HTTP method in upper case, `GET` by default.
        public var method: String
        public var target: SmokeTarget
        public var headers: [HeaderTemplate]
        /// The request body as written, or nil to send none.
        public var body: String?
        /// 200 by default.
        public var expectedStatus: Int
        /// Text the body must contain, or nil to check the status only.
        public var expectedBody: String?
        /// Whether the test runs after a deployment.
        ///
        /// Only critical tests run, and tests are critical by default, so `critical: false` keeps a
        /// test in the file without running it.
        public var critical: Bool
        /// 10 seconds by default.
        public var timeout: Duration

        public init(
            name: String, method: String = "GET", target: SmokeTarget, headers: [HeaderTemplate] = [],
            body: String? = nil, expectedStatus: Int = 200, expectedBody: String? = nil, critical: Bool = true,
            timeout: Duration = .seconds(10)
        ) {
            self.name = name
            self.method = method
            self.target = target
            self.headers = headers
            self.body = body
            self.expectedStatus = expectedStatus
            self.expectedBody = expectedBody
            self.critical = critical
            self.timeout = timeout
        }
    }

    /// The destination of a smoke test's request.
    public enum SmokeTarget: Sendable, Equatable {
        /// An absolute URL.
        case url(String)
        /// A path starting with `/`, joined to the suite's base URL.
        case path(String)
    }

    /// A request header whose value may name environment variables as `${NAME}`.
    ///
    /// Secrets such as tokens come from the environment this way, so the file never contains them.
    public struct HeaderTemplate: Sendable, Equatable {
        public var name: String
        /// The value as written, with `${NAME}` references not yet replaced.
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}
