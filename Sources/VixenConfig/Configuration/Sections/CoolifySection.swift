import VixenCore

extension ConfigurationSection {
    /// The `coolify` section: Coolify's address, the token's variable, the applications of each
    /// component per environment, health checks, smoke tests and notifications.
    ///
    /// ```yaml
    /// coolify:
    ///   url: https://coolify.example.com      # required
    ///   token_env: COOLIFY_TOKEN              # the variable that contains the API token
    ///   request_timeout: 30s
    ///   deploy_timeout: 30m
    ///   poll_interval: 5s
    ///   applications:
    ///     staging: {BE: <uuid>, FE: <uuid>}
    ///     production: {BE: <uuid>, FE: <uuid>}
    ///   rollback_webhook:                     # for Coolify before 4.3.0, by application UUID
    ///     <uuid>: {url_env: BE_ROLLBACK_WEBHOOK}
    ///   health_checks:
    ///     production:
    ///       BE: [{url: https://api.example.com/health, expected_status: 200, body_contains: ok, timeout: 5s}]
    ///   health: {attempts: 5, retry_delay: 2s, consecutive_successes: 3, watch_interval: 30s,
    ///            watch_window: {staging: 2m, production: 15m}}
    ///   smoke_tests:
    ///     production:
    ///       BE:
    ///         base_url: https://api.example.com
    ///         tests:
    ///           - {name: login, method: POST, path: /api/login, expected_status: 200}
    ///   notify: {url_env: DEPLOY_WEBHOOK_URL, style: slack}
    /// ```
    ///
    /// A null section counts as absent. Every value is checked here, so a deployment never starts
    /// with a configuration it would reject halfway.
    static let coolify = ConfigurationSection(key: "coolify") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "coolify") else {
            return
        }
        let reader = CoolifySectionReader(values: CoolifyValueReader(decoder: decoder))
        configuration.coolify = try reader.read(entries, sectionMark: node.mark)
    }
}
