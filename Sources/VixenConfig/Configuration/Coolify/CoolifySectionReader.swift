import VixenCore

/// Decodes the entries of the `coolify` section into ``Configuration/Coolify``.
///
/// The nested parts have their own files: applications and webhooks, health checks, smoke tests.
struct CoolifySectionReader {
    let values: CoolifyValueReader

    static let keys = [
        "url", "token_env", "request_timeout", "deploy_timeout", "poll_interval", "applications",
        "rollback_webhook", "health_checks", "health", "smoke_tests", "notify",
    ]

    func read(_ entries: [YAMLMappingEntry], sectionMark: YAMLMark) throws(ConfigurationError) -> Configuration.Coolify
    {
        guard let urlEntry = entries.first(where: { $0.key.value == "url" }) else {
            throw values.decoder.error(Catalog.coolifyConfigMissingURL(), at: sectionMark)
        }
        var coolify = Configuration.Coolify(url: try values.url(urlEntry.value, path: "coolify.url", isBase: true))
        var webhookEntry: YAMLMappingEntry?

        for entry in entries {
            let path = "coolify.\(entry.key.value)"
            switch entry.key.value {
            case "url":
                continue
            case "token_env":
                coolify.tokenVariable = try values.variableName(entry.value, path: path)
            case "request_timeout":
                coolify.requestTimeout = try values.duration(entry.value, path: path, defaultText: "30s")
            case "deploy_timeout":
                coolify.deployTimeout = try values.duration(entry.value, path: path, defaultText: "30m")
            case "poll_interval":
                coolify.pollInterval = try values.duration(entry.value, path: path, defaultText: "5s")
            case "applications":
                coolify.applications = try readApplications(entry.value)
            case "rollback_webhook":
                // Read after the loop, because it must name applications listed above or below it.
                webhookEntry = entry
            case "health_checks":
                coolify.healthChecks = try readHealthChecks(entry.value)
            case "health":
                coolify.health = try readHealthSettings(entry.value)
            case "smoke_tests":
                coolify.smokeTests = try readSmokeTests(entry.value)
            case "notify":
                coolify.notification = try readNotification(entry.value)
            default:
                throw values.decoder.unknownKey(entry.key, section: "coolify", known: Self.keys)
            }
        }

        if let webhookEntry {
            coolify.rollbackWebhooks = try readRollbackWebhooks(webhookEntry.value, applications: coolify.applications)
        }
        return coolify
    }

    private func readNotification(_ node: YAMLNode) throws(ConfigurationError) -> Configuration.Notification? {
        let path = "coolify.notify"
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            return nil
        }
        var style = Configuration.NotificationStyle.slack
        for entry in entries {
            switch entry.key.value {
            case "url", "url_env":
                continue
            case "style":
                style = try values.notificationStyle(entry.value, path: "\(path).style")
            default:
                throw values.decoder.unknownKey(entry.key, section: path, known: ["url", "url_env", "style"])
            }
        }
        let url = try values.webhookURL(entries, path: path, at: node.mark)
        return Configuration.Notification(url: url, style: style)
    }
}
