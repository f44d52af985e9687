import VixenCore

/// Reads a single-document YAML file into a ``YAMLNode`` tree, using libyaml's event API.
///
/// Aliases are expanded into copies of their anchors. Every error, libyaml's own included,
/// is a ``ConfigurationError`` at the line and column where the problem is.
public struct YAMLReader: Sendable {
    /// Maximum number of nodes in the expanded tree, counting each alias at its anchor's size.
    public var maximumNodeCount: Int
    /// Maximum nesting of sequences and mappings in the expanded tree.
    public var maximumDepth: Int

    public init(maximumNodeCount: Int = 100_000, maximumDepth: Int = 100) {
        self.maximumNodeCount = maximumNodeCount
        self.maximumDepth = maximumDepth
    }

    /// Parses `bytes` and returns the document's root node, or nil when there is no document.
    ///
    /// A file that is empty or has only comments has no document. `source` is the file's
    /// display name in errors. Invalid YAML, a second document, an undefined alias, a
    /// duplicate or non-scalar mapping key, and input past the bounds above all throw a
    /// ``ConfigurationError``.
    public func read(bytes: [UInt8], source: String) throws(ConfigurationError) -> YAMLNode? {
        let parser = try LibYAMLParser(bytes: bytes, source: source)
        var builder = YAMLTreeBuilder(source: source, maximumNodeCount: maximumNodeCount, maximumDepth: maximumDepth)
        var root: YAMLNode?
        var documentCount = 0

        while true {
            let event = try parser.nextEvent()
            switch event {
            case .streamEnd:
                return root
            case .documentStart(let mark):
                documentCount += 1
                guard documentCount == 1 else {
                    throw ConfigurationError(
                        source: source, line: mark.line, column: mark.column, message: Catalog.yamlMultipleDocuments()
                    )
                }
            default:
                if let node = try builder.consume(event) {
                    root = node
                }
            }
        }
    }
}
