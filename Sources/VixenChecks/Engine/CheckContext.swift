import VixenConfig
import VixenCore

/// What every check reads: the changes, the components of their files and the configuration.
public struct CheckContext: Sendable {
    public let changes: ChangeSet
    public let components: ComponentResolver
    public let configuration: Configuration

    public init(changes: ChangeSet, components: ComponentResolver, configuration: Configuration) {
        self.changes = changes
        self.components = components
        self.configuration = configuration
    }
}
