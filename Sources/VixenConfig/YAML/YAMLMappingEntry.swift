/// One key and its value in a YAML mapping.
///
/// Keys are always scalars in the trees this module builds.
public struct YAMLMappingEntry: Sendable, Hashable {
    public let key: YAMLScalar
    public let value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
