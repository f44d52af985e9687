import VixenCore

extension CoolifySectionReader {
    /// Reads `applications`: environment, then component, then the application's UUID.
    func readApplications(
        _ node: YAMLNode
    ) throws(ConfigurationError) -> [Configuration.DeploymentEnvironment: [Component: String]] {
        var result: [Configuration.DeploymentEnvironment: [Component: String]] = [:]
        try values.forEachEnvironment(node, path: "coolify.applications") {
            environment, componentsNode, path throws(ConfigurationError) in
            var applications: [Component: String] = [:]
            try values.forEachComponent(componentsNode, path: path) {
                component, uuidNode, componentPath throws(ConfigurationError) in
                applications[component] = try values.uuid(uuidNode, path: componentPath)
            }
            result[environment] = applications
        }
        return result
    }

    /// Reads `rollback_webhook`: application UUID, then a URL or `{url: ...}` or `{url_env: ...}`.
    ///
    /// Each UUID must be one of `applications`, so a typo cannot leave an application without its
    /// rollback.
    func readRollbackWebhooks(
        _ node: YAMLNode, applications: [Configuration.DeploymentEnvironment: [Component: String]]
    ) throws(ConfigurationError) -> [String: Configuration.WebhookURL] {
        guard let entries = try values.decoder.mappingEntries(node, path: "coolify.rollback_webhook") else {
            return [:]
        }
        let known = Set(applications.values.flatMap(\.values))
        var result: [String: Configuration.WebhookURL] = [:]
        for entry in entries {
            let uuid = entry.key.value
            guard known.contains(uuid) else {
                throw values.decoder.error(
                    Catalog.coolifyConfigUnknownRollbackApplication(uuid: uuid), at: entry.key.mark)
            }
            let path = "coolify.rollback_webhook.\(uuid)"
            switch entry.value {
            case .scalar:
                result[uuid] = .literal(try values.url(entry.value, path: path, isBase: false, isSecret: true))
            default:
                guard let fields = try values.decoder.mappingEntries(entry.value, path: path) else {
                    throw values.decoder.error(
                        Catalog.configMissingValue(path: path, example: "{url_env: ROLLBACK_WEBHOOK_URL}"),
                        at: entry.value.mark)
                }
                for field in fields where field.key.value != "url" && field.key.value != "url_env" {
                    throw values.decoder.unknownKey(field.key, section: path, known: ["url", "url_env"])
                }
                result[uuid] = try values.webhookURL(fields, path: path, at: entry.value.mark)
            }
        }
        return result
    }
}
