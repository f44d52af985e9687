import VixenCore

extension CoolifySectionReader {
    static let smokeTestKeys = [
        "name", "method", "url", "path", "headers", "body", "expected_status", "expected_body", "critical", "timeout",
    ]

    /// Reads `smoke_tests`: environment, then component, then `base_url` and `tests`.
    func readSmokeTests(
        _ node: YAMLNode
    ) throws(ConfigurationError) -> [Configuration.DeploymentEnvironment: [Component: Configuration.SmokeSuite]] {
        var result: [Configuration.DeploymentEnvironment: [Component: Configuration.SmokeSuite]] = [:]
        try values.forEachEnvironment(node, path: "coolify.smoke_tests") {
            environment, componentsNode, path throws(ConfigurationError) in
            var suites: [Component: Configuration.SmokeSuite] = [:]
            try values.forEachComponent(componentsNode, path: path) {
                component, suiteNode, componentPath throws(ConfigurationError) in
                suites[component] = try readSuite(suiteNode, path: componentPath)
            }
            result[environment] = suites
        }
        return result
    }

    private func readSuite(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Configuration.SmokeSuite {
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            throw values.decoder.error(Catalog.coolifyConfigMissingKey(path: path, key: "tests"), at: node.mark)
        }
        var suite = Configuration.SmokeSuite(tests: [])
        var names: [String: Int] = [:]
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            switch entry.key.value {
            case "base_url":
                suite.baseURL = try values.url(entry.value, path: entryPath, isBase: true)
            case "tests":
                for item in try values.list(entry.value, path: entryPath) {
                    let test = try readSmokeTest(item, path: entryPath)
                    if let firstLine = names[test.name] {
                        let message = Catalog.coolifyConfigDuplicateTestName(
                            path: entryPath, name: test.name, firstLine: firstLine)
                        throw values.decoder.error(message, at: item.mark)
                    }
                    names[test.name] = item.mark.line
                    suite.tests.append(test)
                }
            default:
                throw values.decoder.unknownKey(entry.key, section: path, known: ["base_url", "tests"])
            }
        }
        guard entries.contains(where: { $0.key.value == "tests" }) else {
            throw values.decoder.error(Catalog.coolifyConfigMissingKey(path: path, key: "tests"), at: node.mark)
        }
        return suite
    }

    private func readSmokeTest(_ node: YAMLNode, path: String) throws(ConfigurationError) -> Configuration.SmokeTest {
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            throw values.decoder.error(
                Catalog.configMissingValue(path: path, example: "{name: health, path: /health}"), at: node.mark)
        }
        guard let nameEntry = entries.first(where: { $0.key.value == "name" }) else {
            throw values.decoder.error(Catalog.coolifyConfigMissingKey(path: path, key: "name"), at: node.mark)
        }
        let name = try values.text(nameEntry.value, path: "\(path).name", example: "login")
        let testPath = "\(path).\(name)"
        var test = Configuration.SmokeTest(name: name, target: try readTarget(entries, path: testPath, at: node.mark))

        for entry in entries {
            let entryPath = "\(testPath).\(entry.key.value)"
            switch entry.key.value {
            case "name", "url", "path":
                continue
            case "method":
                test.method = try values.method(entry.value, path: entryPath)
            case "headers":
                test.headers = try readHeaders(entry.value, path: entryPath)
            case "body":
                test.body = try values.decoder.scalar(entry.value, path: entryPath, example: "'{\"ping\": true}'").value
            case "expected_status":
                test.expectedStatus = try values.status(entry.value, path: entryPath)
            case "expected_body":
                test.expectedBody = try values.text(entry.value, path: entryPath, example: "ok")
            case "critical":
                test.critical = try values.boolean(entry.value, path: entryPath)
            case "timeout":
                test.timeout = try values.duration(entry.value, path: entryPath, defaultText: "10s")
            default:
                throw values.decoder.unknownKey(entry.key, section: testPath, known: Self.smokeTestKeys)
            }
        }
        return test
    }

    /// Reads the test's `url` or `path`; exactly one of them must be present.
    private func readTarget(
        _ entries: [YAMLMappingEntry], path: String, at mark: YAMLMark
    ) throws(ConfigurationError) -> Configuration.SmokeTarget {
        let url = entries.first { $0.key.value == "url" }
        let requestPath = entries.first { $0.key.value == "path" }
        switch (url, requestPath) {
        case (let url?, nil):
            return .url(try values.url(url.value, path: "\(path).url", isBase: false))
        case (nil, let requestPath?):
            let scalar = try values.decoder.scalar(requestPath.value, path: "\(path).path", example: "/health")
            guard scalar.value.hasPrefix("/") else {
                throw values.decoder.error(
                    Catalog.coolifyConfigPathWithoutSlash(path: "\(path).path", value: scalar.value), at: scalar.mark)
            }
            return .path(scalar.value)
        case (.some, .some(let requestPath)):
            throw values.decoder.error(Catalog.coolifyConfigURLAndPath(path: path), at: requestPath.key.mark)
        case (nil, nil):
            throw values.decoder.error(Catalog.coolifyConfigMissingTarget(path: path), at: mark)
        }
    }

    /// Reads `headers`, a mapping from header name to value.
    ///
    /// A header that carries a credential must take its value from the environment through `${NAME}`.
    private func readHeaders(_ node: YAMLNode, path: String) throws(ConfigurationError) -> [Configuration
        .HeaderTemplate]
    {
        guard let entries = try values.decoder.mappingEntries(node, path: path) else {
            return []
        }
        var headers: [Configuration.HeaderTemplate] = []
        for entry in entries {
            let name = entry.key.value
            guard Configuration.HeaderTemplate.isValidName(name) else {
                throw values.decoder.error(
                    Catalog.coolifyConfigInvalidHeaderName(path: path, name: name), at: entry.key.mark)
            }
            let entryPath = "\(path).\(name)"
            let scalar = try values.decoder.scalar(entry.value, path: entryPath, example: "application/json")
            let references: [String]
            do {
                references = try Configuration.HeaderTemplate.references(in: scalar.value)
            } catch {
                throw values.decoder.error(Catalog.coolifyConfigInvalidReference(path: entryPath), at: scalar.mark)
            }
            if Configuration.HeaderTemplate.isSensitiveName(name), references.isEmpty {
                throw values.decoder.error(Catalog.coolifyConfigSecretHeader(path: entryPath), at: scalar.mark)
            }
            headers.append(Configuration.HeaderTemplate(name: name, value: scalar.value))
        }
        return headers
    }
}
