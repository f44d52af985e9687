import VixenCore

/// Reads and checks the single values of the `coolify` section, each error at the value's position.
struct CoolifyValueReader {
    let decoder: ConfigurationDecoder

    /// Component names that may be written out in full, as `backend: <uuid>`.
    static let componentAliases: [String: Component] = [
        "backend": .backend, "frontend": .frontend, "database": .database,
    ]

    /// Returns a non-empty text.
    func text(_ node: YAMLNode, path: String, example: String) throws(ConfigurationError) -> String {
        let scalar = try decoder.scalar(node, path: path, example: example)
        guard !scalar.value.isEmpty else {
            throw decoder.error(Catalog.configMissingValue(path: path, example: example), at: scalar.mark)
        }
        return scalar.value
    }

    /// Returns a URL that ``URLRule`` accepts; a secret URL is shown only as its scheme and host.
    func url(_ node: YAMLNode, path: String, isBase: Bool, isSecret: Bool = false) throws(ConfigurationError) -> String
    {
        let example = isBase ? "https://coolify.example.com" : "https://api.example.com/health"
        let scalar = try decoder.scalar(node, path: path, example: example)
        let shown = isSecret ? URLRule.redacted(scalar.value) : scalar.value
        do {
            return try URLRule.check(scalar.value, isBase: isBase)
        } catch {
            let message: LocalizedText
            switch error {
            case .invalid: message = Catalog.coolifyConfigInvalidURL(path: path, value: shown, example: example)
            case .plainHTTP: message = Catalog.coolifyConfigPlainHTTP(path: path, value: shown)
            case .credentials: message = Catalog.coolifyConfigURLCredentials(path: path)
            case .notABase: message = Catalog.coolifyConfigURLNotABase(path: path, value: shown)
            }
            throw decoder.error(message, at: scalar.mark)
        }
    }

    /// Returns a positive duration such as `30s`; `defaultText` is the default the message offers.
    func duration(_ node: YAMLNode, path: String, defaultText: String) throws(ConfigurationError) -> Duration {
        let scalar = try decoder.scalar(node, path: path, example: defaultText)
        let duration: Duration
        do {
            duration = try DurationParser.duration(from: scalar.value, maximum: .seconds(7 * 24 * 3600))
        } catch {
            switch error {
            case .invalid:
                throw decoder.error(
                    Catalog.coolifyConfigInvalidDuration(path: path, value: scalar.value), at: scalar.mark)
            case .tooLong:
                throw decoder.error(
                    Catalog.coolifyConfigDurationTooLong(path: path, value: scalar.value), at: scalar.mark)
            }
        }
        guard duration > .zero else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: defaultText)
            throw decoder.error(message, at: scalar.mark)
        }
        return duration
    }

    /// Returns a whole number greater than zero, written without quotes.
    func count(_ node: YAMLNode, path: String, defaultText: String) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: defaultText)
        guard let count = Int(scalar.value) else {
            let message = Catalog.configInvalidInteger(path: path, value: scalar.value, example: defaultText)
            throw decoder.error(message, at: scalar.mark)
        }
        guard !scalar.isQuoted else {
            throw decoder.error(Catalog.configQuotedNumber(path: path, value: scalar.value), at: scalar.mark)
        }
        guard count > 0 else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: defaultText)
            throw decoder.error(message, at: scalar.mark)
        }
        return count
    }

    /// Returns an HTTP status code from 100 to 599.
    func status(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: "200")
        guard let status = Int(scalar.value), (100...599).contains(status), !scalar.isQuoted else {
            throw decoder.error(Catalog.coolifyConfigInvalidStatus(path: path, value: scalar.value), at: scalar.mark)
        }
        return status
    }

    /// Returns `true` or `false`, written without quotes.
    func boolean(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Bool {
        let scalar = try decoder.scalar(node, path: path, example: "true")
        switch (scalar.value, scalar.isQuoted) {
        case ("true", false): return true
        case ("false", false): return false
        default:
            throw decoder.error(Catalog.coolifyConfigInvalidBoolean(path: path, value: scalar.value), at: scalar.mark)
        }
    }

    /// Returns an HTTP method in upper case.
    func method(_ node: YAMLNode, path: String) throws(ConfigurationError) -> String {
        let scalar = try decoder.scalar(node, path: path, example: "GET")
        let method = scalar.value.uppercased()
        guard ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].contains(method) else {
            throw decoder.error(Catalog.coolifyConfigInvalidMethod(path: path, value: scalar.value), at: scalar.mark)
        }
        return method
    }

    /// Returns the name of an environment variable.
    ///
    /// A value with `|` is a Coolify token (`<id>|<secret>`) pasted in place of the name. The message
    /// then leaves the value out and asks for the token to be revoked, because it is now in the file.
    func variableName(_ node: YAMLNode, path: String) throws(ConfigurationError) -> String {
        let scalar = try decoder.scalar(node, path: path, example: "COOLIFY_TOKEN")
        guard !scalar.value.contains("|") else {
            throw decoder.error(Catalog.coolifyConfigTokenInFile(path: path), at: scalar.mark)
        }
        guard EnvironmentVariableName.isValid(scalar.value) else {
            throw decoder.error(
                Catalog.coolifyConfigInvalidVariableName(path: path, value: scalar.value), at: scalar.mark)
        }
        return scalar.value
    }

    /// Returns a Coolify resource UUID: letters, digits, `-` and `_`, as Coolify generates them.
    func uuid(_ node: YAMLNode, path: String) throws(ConfigurationError) -> String {
        let scalar = try decoder.scalar(node, path: path, example: "w0g8cc0kg44ogkwco8soc44w")
        let allowed = scalar.value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard !scalar.value.isEmpty, allowed else {
            throw decoder.error(Catalog.coolifyConfigInvalidUUID(path: path, value: scalar.value), at: scalar.mark)
        }
        return scalar.value
    }

    func notificationStyle(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Configuration.NotificationStyle
    {
        let scalar = try decoder.scalar(node, path: path, example: "slack")
        guard let style = Configuration.NotificationStyle(rawValue: scalar.value) else {
            let names = Configuration.NotificationStyle.allCases.map(\.rawValue)
            let suggestion = KeySuggestion.closest(to: scalar.value, among: names)
            let message = Catalog.coolifyConfigUnknownStyle(path: path, value: scalar.value, suggestion: suggestion)
            throw decoder.error(message, at: scalar.mark)
        }
        return style
    }

    /// Returns the webhook URL of a mapping with exactly one of `url` and `url_env`.
    func webhookURL(
        _ entries: [YAMLMappingEntry], path: String, at mark: YAMLMark
    ) throws(ConfigurationError) -> Configuration.WebhookURL {
        let literal = entries.first { $0.key.value == "url" }
        let variable = entries.first { $0.key.value == "url_env" }
        switch (literal, variable) {
        case (let literal?, nil):
            return .literal(try url(literal.value, path: "\(path).url", isBase: false, isSecret: true))
        case (nil, let variable?):
            return .environment(try variableName(variable.value, path: "\(path).url_env"))
        case (.some, .some(let variable)):
            throw decoder.error(Catalog.coolifyConfigURLAndVariable(path: path), at: variable.key.mark)
        case (nil, nil):
            throw decoder.error(Catalog.coolifyConfigMissingWebhook(path: path), at: mark)
        }
    }

    /// Returns the items of a list; null gives none.
    func list(_ node: YAMLNode, path: String) throws(ConfigurationError) -> [YAMLNode] {
        switch node {
        case .sequence(let items, _):
            return items
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            throw decoder.wrongKind(node, path: path, expected: Catalog.yamlKindSequence())
        }
    }

    /// Calls `body` with each environment of a mapping keyed by `staging` and `production`.
    func forEachEnvironment(
        _ node: YAMLNode, path: String,
        _ body: (Configuration.DeploymentEnvironment, YAMLNode, String) throws(ConfigurationError) -> Void
    ) throws(ConfigurationError) {
        guard let entries = try decoder.mappingEntries(node, path: path) else {
            return
        }
        for entry in entries {
            guard let environment = Configuration.DeploymentEnvironment(rawValue: entry.key.value) else {
                let names = Configuration.DeploymentEnvironment.allCases.map(\.rawValue)
                let suggestion = KeySuggestion.closest(to: entry.key.value, among: names + ["hotfix"])
                let message = Catalog.coolifyConfigUnknownEnvironment(
                    path: path, value: entry.key.value, suggestion: suggestion)
                throw decoder.error(message, at: entry.key.mark)
            }
            try body(environment, entry.value, "\(path).\(entry.key.value)")
        }
    }

    /// Calls `body` with each component of a mapping keyed by component names or their aliases.
    func forEachComponent(
        _ node: YAMLNode, path: String, _ body: (Component, YAMLNode, String) throws(ConfigurationError) -> Void
    ) throws(ConfigurationError) {
        guard let entries = try decoder.mappingEntries(node, path: path) else {
            return
        }
        var seen: [Component: String] = [:]
        for entry in entries {
            let component = try component(entry.key)
            if let first = seen[component] {
                let message = Catalog.coolifyConfigDuplicateComponent(
                    path: path, first: first, second: entry.key.value, component: component.name)
                throw decoder.error(message, at: entry.key.mark)
            }
            seen[component] = entry.key.value
            try body(component, entry.value, "\(path).\(entry.key.value)")
        }
    }

    private func component(_ key: YAMLScalar) throws(ConfigurationError) -> Component {
        if let alias = Self.componentAliases[key.value] {
            return alias
        }
        guard !key.value.isEmpty else {
            throw decoder.error(Catalog.configEmptyComponentName(), at: key.mark)
        }
        guard !key.value.contains(where: \.isWhitespace) else {
            let suggestion = String(key.value.map { $0.isWhitespace ? "_" : $0 })
            throw decoder.error(
                Catalog.configComponentNameWithSpaces(name: key.value, suggestion: suggestion), at: key.mark)
        }
        return Component(key.value)
    }
}
