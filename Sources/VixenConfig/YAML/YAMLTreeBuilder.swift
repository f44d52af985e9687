import VixenCore

/// Builds a ``YAMLNode`` tree from libyaml events, expanding aliases within fixed bounds.
///
/// Nesting is kept on an explicit stack, so deep input cannot overflow the call stack
/// here. Every alias counts at its full expanded size, so nested aliases that would
/// expand exponentially fail once they pass ``maximumNodeCount``. ``maximumDepth`` keeps
/// the finished tree shallow enough for recursive code to walk.
struct YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not arrived yet.
    private struct Frame {
        let isMapping: Bool
        let mark: YAMLMark
        let anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        /// The key read last in a mapping, waiting for its value.
        var pendingKey: YAMLScalar?
        /// The line of each key seen so far, for duplicate-key errors.
        var keyLines: [String: Int] = [:]
        /// Nodes in this subtree, itself included, with aliases counted at their expanded size.
        var nodeCount = 1
        /// Levels of sequences and mappings in this subtree, itself included.
        var height = 1
    }

    /// An anchored node with the size and height it adds wherever an alias repeats it.
    ///
    /// A scalar has height 0, because only sequences and mappings count as nesting.
    private struct Anchored {
        let node: YAMLNode
        let nodeCount: Int
        let height: Int
    }

    let source: String
    let maximumNodeCount: Int
    let maximumDepth: Int

    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var totalNodeCount = 0

    init(source: String, maximumNodeCount: Int, maximumDepth: Int) {
        self.source = source
        self.maximumNodeCount = maximumNodeCount
        self.maximumDepth = maximumDepth
    }

    /// Applies one event of a document's content; returns the root node once it is complete.
    mutating func consume(_ event: YAMLEvent) throws(ConfigurationError) -> YAMLNode? {
        switch event {
        case .scalar(let scalar, let anchor):
            let node = YAMLNode.scalar(scalar)
            try count(1, at: scalar.mark)
            if let anchor {
                anchors[anchor] = Anchored(node: node, nodeCount: 1, height: 0)
            }
            return try attach(node, nodeCount: 1, height: 0, at: scalar.mark)

        case .alias(let name, let mark):
            guard let anchored = anchors[name] else {
                throw error(Catalog.yamlUndefinedAlias(name: name), at: mark)
            }
            try count(anchored.nodeCount, at: mark)
            return try attach(anchored.node, nodeCount: anchored.nodeCount, height: anchored.height, at: mark)

        case .sequenceStart(let anchor, let mark):
            try open(Frame(isMapping: false, mark: mark, anchor: anchor))
            return nil

        case .mappingStart(let anchor, let mark):
            try open(Frame(isMapping: true, mark: mark, anchor: anchor))
            return nil

        case .sequenceEnd, .mappingEnd:
            return try close()

        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            return nil
        }
    }

    private mutating func open(_ frame: Frame) throws(ConfigurationError) {
        guard stack.count < maximumDepth else {
            throw error(Catalog.yamlTooDeep(limit: maximumDepth), at: frame.mark)
        }
        try count(1, at: frame.mark)
        stack.append(frame)
    }

    private mutating func close() throws(ConfigurationError) -> YAMLNode? {
        guard let frame = stack.popLast() else {
            return nil
        }
        let node: YAMLNode =
            frame.isMapping
            ? .mapping(frame.entries, mark: frame.mark)
            : .sequence(frame.items, mark: frame.mark)
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: frame.nodeCount, height: frame.height)
        }
        return try attach(node, nodeCount: frame.nodeCount, height: frame.height, at: frame.mark)
    }

    /// Adds a finished node to the open collection, or returns it when it is the root.
    ///
    /// `mark` is where the node occurs in the text, which differs from the node's own mark
    /// when the node is an alias's copy.
    private mutating func attach(
        _ node: YAMLNode, nodeCount: Int, height: Int, at mark: YAMLMark
    ) throws(ConfigurationError) -> YAMLNode? {
        guard var frame = stack.popLast() else {
            return node
        }
        guard stack.count + 1 + height <= maximumDepth else {
            throw error(Catalog.yamlTooDeep(limit: maximumDepth), at: mark)
        }
        frame.nodeCount += nodeCount
        frame.height = max(frame.height, height + 1)

        if !frame.isMapping {
            frame.items.append(node)
        } else if let key = frame.pendingKey {
            frame.entries.append(YAMLMappingEntry(key: key, value: node))
            frame.pendingKey = nil
        } else {
            guard case .scalar(let key) = node else {
                throw error(Catalog.yamlComplexKey(), at: mark)
            }
            if let firstLine = frame.keyLines[key.value] {
                let message = Catalog.yamlDuplicateKey(key: key.value, firstLine: firstLine, secondLine: mark.line)
                throw error(message, at: mark)
            }
            frame.keyLines[key.value] = mark.line
            frame.pendingKey = key
        }

        stack.append(frame)
        return nil
    }

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws(ConfigurationError) {
        totalNodeCount += nodes
        guard totalNodeCount <= maximumNodeCount else {
            throw error(Catalog.yamlTooManyNodes(limit: maximumNodeCount), at: mark)
        }
    }

    private func error(_ message: LocalizedText, at mark: YAMLMark) -> ConfigurationError {
        ConfigurationError(source: source, line: mark.line, column: mark.column, message: message)
    }
}
