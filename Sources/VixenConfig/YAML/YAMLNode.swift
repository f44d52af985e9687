/// A node of a parsed YAML document, with aliases already replaced by copies of their anchors.
///
/// An alias's copy keeps the marks of the anchored node, so errors about its content point
/// at the place where that content is written.
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], mark: YAMLMark)
    /// Entries in file order. Keys are unique: the reader rejects a mapping that repeats one.
    case mapping([YAMLMappingEntry], mark: YAMLMark)

    /// The node's start position: its anchor or tag when it has one, else the scalar's
    /// first character, the `[` or `{`, the first `-` or the first key.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark): mark
        case .mapping(_, let mark): mark
        }
    }

    /// True for a scalar that YAML reads as null, such as a key with nothing after its colon.
    public var isNull: Bool {
        if case .scalar(let scalar) = self {
            return scalar.isNull
        }
        return false
    }

    public var kind: Kind {
        switch self {
        case .scalar: .scalar
        case .sequence: .sequence
        case .mapping: .mapping
        }
    }

    /// The three shapes of YAML nodes, used to say which shape was expected in errors.
    public enum Kind: Sendable, Hashable {
        case scalar
        case sequence
        case mapping
    }
}
