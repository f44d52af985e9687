import VixenCore

extension ConfigurationSection {
    /// The `components` section, a mapping from component name to one glob or a list of globs.
    ///
    /// Names are case-sensitive and kept as written. A null section counts as absent, so
    /// detection stays on, but an empty mapping is an error because it would assign no
    /// file to any component.
    static let components = ConfigurationSection(key: "components") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "components") else {
            return
        }
        guard !entries.isEmpty else {
            throw decoder.error(Catalog.configNoComponents(), at: node.mark)
        }

        var result: [Configuration.ComponentGlobs] = []
        for entry in entries {
            let component = try decodeComponentName(entry.key, decoder: decoder)
            let globs = try decodeGlobs(entry.value, component: component, decoder: decoder)
            result.append(Configuration.ComponentGlobs(component: component, globs: globs))
        }
        configuration.components = result
    }

    private static func decodeComponentName(
        _ key: YAMLScalar, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Component {
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

    private static func decodeGlobs(
        _ node: YAMLNode, component: Component, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [PathGlob] {
        let path = "components.\(component.name)"
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindGlob(), nodeKind: Catalog.yamlKindGlobs())
        guard !scalars.isEmpty else {
            throw decoder.error(Catalog.configEmptyGlobList(component: component.name), at: node.mark)
        }

        var globs: [PathGlob] = []
        for scalar in scalars {
            do {
                globs.append(try PathGlob(scalar.value))
            } catch {
                let message = Catalog.configInvalidGlob(
                    component: component.name, glob: scalar.value, reason: error.message)
                throw decoder.error(message, at: scalar.mark)
            }
        }
        return globs
    }
}
