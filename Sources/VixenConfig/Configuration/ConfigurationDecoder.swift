import VixenCore

/// Node checks and error construction shared by the section decoders.
///
/// A key path such as `limits.max_file_size` names the value in messages; nil stands for
/// the top level of the file.
struct ConfigurationDecoder: Sendable {
    let source: String

    func error(_ message: LocalizedText, at mark: YAMLMark) -> ConfigurationError {
        ConfigurationError(source: source, line: mark.line, column: mark.column, message: message)
    }

    /// Returns the entries of a mapping, or nil for a null value.
    func mappingEntries(_ node: YAMLNode, path: String?) throws(ConfigurationError) -> [YAMLMappingEntry]? {
        switch node {
        case .mapping(let entries, _):
            return entries
        case .scalar(let scalar) where scalar.isNull:
            return nil
        default:
            throw wrongKind(node, path: path, expected: Catalog.yamlKindMapping())
        }
    }

    /// Returns the node as a scalar, throwing when it is null or not a scalar.
    ///
    /// `example` is a valid value, which the message for a missing value suggests.
    func scalar(_ node: YAMLNode, path: String, example: String) throws(ConfigurationError) -> YAMLScalar {
        guard case .scalar(let scalar) = node else {
            throw wrongKind(node, path: path, expected: Catalog.yamlKindScalar())
        }
        guard !scalar.isNull else {
            throw error(Catalog.configMissingValue(path: path, example: example), at: scalar.mark)
        }
        return scalar
    }

    /// Returns the scalars of a node that may be one scalar or a list of them; null gives none.
    ///
    /// - Parameters:
    ///   - itemKind: What each list item must be, named in the error when one is not a scalar.
    ///   - nodeKind: What the node must be, named in the error when it is a mapping.
    func scalarOrList(_ node: YAMLNode, path: String, itemKind: LocalizedText, nodeKind: LocalizedText)
        throws(ConfigurationError) -> [YAMLScalar]
    {
        switch node {
        case .scalar(let scalar) where scalar.isNull:
            return []
        case .scalar(let scalar):
            return [scalar]
        case .sequence(let items, _):
            var scalars: [YAMLScalar] = []
            for item in items {
                guard case .scalar(let scalar) = item else {
                    throw wrongKind(item, path: path, expected: itemKind)
                }
                scalars.append(scalar)
            }
            return scalars
        case .mapping:
            throw wrongKind(node, path: path, expected: nodeKind)
        }
    }

    func wrongKind(_ node: YAMLNode, path: String?, expected: LocalizedText) -> ConfigurationError {
        error(Catalog.configWrongKind(path: path, expected: expected, found: Self.kindName(node.kind)), at: node.mark)
    }

    /// Builds the error for a key the section does not define, suggesting a close known key.
    func unknownKey(_ key: YAMLScalar, section: String?, known: [String]) -> ConfigurationError {
        let suggestion = KeySuggestion.closest(to: key.value, among: known)
        let message = Catalog.configUnknownKey(key: key.value, section: section, known: known, suggestion: suggestion)
        return error(message, at: key.mark)
    }

    static func kindName(_ kind: YAMLNode.Kind) -> LocalizedText {
        switch kind {
        case .scalar: Catalog.yamlKindScalar()
        case .sequence: Catalog.yamlKindSequence()
        case .mapping: Catalog.yamlKindMapping()
        }
    }
}
