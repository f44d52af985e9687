import VixenCore

extension Configuration {
    /// The `coolify` section: where Coolify runs, which applications each component deploys as, and
    /// how deployments are checked and announced.
    ///
    /// The values are validated but not used here; the `VixenCoolify` module builds its clients from
    /// them. Durations default to the values in ``init(url:)``.
    public struct Coolify: Sendable, Equatable {
        /// Coolify's base URL, such as `https://coolify.example.com`, without `/api/v1` and without a
        /// trailing slash.
        public var url: String
        /// The environment variable that contains the API token.
        ///
        /// The token itself never appears in the configuration.
        public var tokenVariable: String
        /// The Coolify application UUID of each component, per environment.
        public var applications: [DeploymentEnvironment: [Component: String]]
        /// Webhooks that roll an application back, by application UUID, for Coolify versions before
        /// 4.3.0, which have no rollback API.
        public var rollbackWebhooks: [String: WebhookURL]
        /// The HTTP health checks of each component, per environment.
        public var healthChecks: [DeploymentEnvironment: [Component: [HealthCheck]]]
        /// The smoke tests of each component, per environment.
        public var smokeTests: [DeploymentEnvironment: [Component: SmokeSuite]]
        /// Retry and watch settings of the health checks.
        public var health: HealthSettings
        /// The webhook that receives deployment reports, or nil to post nothing.
        public var notification: Notification?
        /// The time allowed for one request to Coolify, 30 seconds by default.
        public var requestTimeout: Duration
        /// The time a deployment may take, from queued to finished, 30 minutes by default.
        public var deployTimeout: Duration
        /// The wait between two reads of a deployment's status, 5 seconds by default.
        public var pollInterval: Duration

        /// The name of the token variable when `token_env` is absent.
        public static let defaultTokenVariable = "COOLIFY_TOKEN"

        public init(url: String) {
            self.url = url
            self.tokenVariable = Self.defaultTokenVariable
            self.applications = [:]
            self.rollbackWebhooks = [:]
            self.healthChecks = [:]
            self.smokeTests = [:]
            self.health = HealthSettings()
            self.notification = nil
            self.requestTimeout = .seconds(30)
            self.deployTimeout = .seconds(30 * 60)
            self.pollInterval = .seconds(5)
        }

        /// Returns the application UUID of `component` in `environment`, or nil when none is configured.
        public func application(_ component: Component, in environment: DeploymentEnvironment) -> String? {
            applications[environment]?[component]
        }
    }

    /// An environment that Coolify deploys to.
    ///
    /// A hotfix deploys to production, so it uses production's applications and checks.
    public enum DeploymentEnvironment: String, CaseIterable, Sendable, Hashable {
        case staging
        case production
    }

    /// A webhook URL, written in the file or read from an environment variable.
    ///
    /// Chat webhook URLs contain their own credential, so `url_env` keeps them out of the repository.
    public enum WebhookURL: Sendable, Equatable {
        case literal(String)
        /// The name of the environment variable that contains the URL.
        case environment(String)
    }

    /// The webhook for deployment reports and the JSON style it expects.
    public struct Notification: Sendable, Equatable {
        public var url: WebhookURL
        public var style: NotificationStyle

        public init(url: WebhookURL, style: NotificationStyle) {
            self.url = url
            self.style = style
        }
    }

    /// The JSON shape a notification webhook expects.
    public enum NotificationStyle: String, CaseIterable, Sendable {
        /// `{"text": "..."}`, which Slack's incoming webhooks and Mattermost accept.
        case slack
        /// `{"content": "..."}`, which Discord's webhooks accept.
        case discord
    }
}
