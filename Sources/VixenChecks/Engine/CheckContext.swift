import VixenConfig
import VixenCore

/// What every check reads: the changes, the components of their files, the configuration, and the
/// trees at both ends of the range.
public struct CheckContext: Sendable {
    public let changes: ChangeSet
    public let components: ComponentResolver
    public let configuration: Configuration
    /// The files at the range's head, for checks that need a whole file (a migration's `downgrade()`,
    /// a `.env.example`) rather than its added lines.
    public let head: any RepositorySnapshot
    /// The files at the range's diff base, or nil when the range starts at the root commit.
    ///
    /// Checks compare against it to tell a file that existed before the range (an applied migration)
    /// from one the range adds.
    public let base: (any RepositorySnapshot)?
    /// The index's and the work tree's versions of the files they change, or nil when they
    /// cannot be read, as in a bare repository.
    public let workingFiles: (any WorkingFileSource)?

    public init(
        changes: ChangeSet,
        components: ComponentResolver,
        configuration: Configuration,
        head: any RepositorySnapshot = InMemorySnapshot(files: [:]),
        base: (any RepositorySnapshot)? = nil,
        workingFiles: (any WorkingFileSource)? = nil
    ) {
        self.changes = changes
        self.components = components
        self.configuration = configuration
        self.head = head
        self.base = base
        self.workingFiles = workingFiles
    }
}
