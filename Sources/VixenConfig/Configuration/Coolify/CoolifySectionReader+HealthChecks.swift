import VixenCore

extension CoolifySectionReader {
    /// Reads `health_checks`: environment, then component, then a list of checks.
    ///
    /// A check is a mapping, or only its URL when the defaults fit.
    func readHealthChecks(
        _ node: YAMLNode
    ) throws(ConfigurationError) -> [Configuration.DeploymentEnvironment: [Component: [Configuration.HealthCheck]]] {
        var result: [Configuration.DeploymentEnvironment: [Component: [Configuration.HealthCheck]]] = [:]
        try values.forEachEnvironment(node, path: "coolify.health_checks") {
            environment, componentsNode, path throws(ConfigurationError) in
            var checks: [Component: [Configuration.HealthCheck]] = [:]
            try values.forEachComponent(componentsNode, path: path) {
                component, listNode, componentPath throws(ConfigurationError) in
                checks[component] = try values.list(listNode, path: componentPath).map {
                    (item) throws(ConfigurationError) -> Configuration.HealthCheck in
                    try readHealthCheck(item, path: componentPath)
                }
            }
            result[environment] = checks
        }
        return result
    }

    private func readHealthCheck(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Configuration.HealthCheck
    {
        if case .scalar = node {
            return Configuration.HealthCheck(url: try values.url(node, path: "\(path).url", isBase: false))
        }
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            throw values.decoder.error(
                Catalog.configMissingValue(path: path, example: "{url: https://api.example.com/health}"), at: node.mark)
        }
        guard let urlEntry = entries.first(where: { $0.key.value == "url" }) else {
            throw values.decoder.error(Catalog.coolifyConfigMissingKey(path: path, key: "url"), at: node.mark)
        }
        var check = Configuration.HealthCheck(url: try values.url(urlEntry.value, path: "\(path).url", isBase: false))
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            switch entry.key.value {
            case "url":
                continue
            case "expected_status":
                check.expectedStatus = try values.status(entry.value, path: entryPath)
            case "body_contains":
                check.bodyContains = try values.text(entry.value, path: entryPath, example: "ok")
            case "timeout":
                check.timeout = try values.duration(entry.value, path: entryPath, defaultText: "10s")
            default:
                throw values.decoder.unknownKey(
                    entry.key, section: path, known: ["url", "expected_status", "body_contains", "timeout"])
            }
        }
        return check
    }

    /// Reads `health`: how checks are retried and how long a deployment is watched.
    func readHealthSettings(_ node: YAMLNode) throws(ConfigurationError) -> Configuration.HealthSettings {
        let path = "coolify.health"
        var settings = Configuration.HealthSettings()
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            return settings
        }
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            switch entry.key.value {
            case "attempts":
                settings.attempts = try values.count(entry.value, path: entryPath, defaultText: "5")
            case "retry_delay":
                settings.retryDelay = try values.duration(entry.value, path: entryPath, defaultText: "2s")
            case "consecutive_successes":
                settings.consecutiveSuccesses = try values.count(entry.value, path: entryPath, defaultText: "3")
            case "watch_interval":
                settings.watchInterval = try values.duration(entry.value, path: entryPath, defaultText: "30s")
            case "watch_window":
                try values.forEachEnvironment(entry.value, path: entryPath) {
                    environment, windowNode, windowPath throws(ConfigurationError) in
                    let defaultText = environment == .production ? "15m" : "2m"
                    settings.watchWindows[environment] = try values.duration(
                        windowNode, path: windowPath, defaultText: defaultText)
                }
            default:
                throw values.decoder.unknownKey(
                    entry.key, section: path,
                    known: ["attempts", "retry_delay", "consecutive_successes", "watch_interval", "watch_window"])
            }
        }
        return settings
    }
}
