/// Limits that keep a read of the repository fast and bounded.
public struct ReadOptions: Sendable, Equatable {
    /// Files larger than this many bytes are listed but not read.
    public var maxFileSize: Int64
    /// The most added files, and the most deleted files, left after exact renames for which
    /// rename detection by similarity still runs.
    ///
    /// Past it, only exact renames count.
    public var renameLimit: Int

    public init(maxFileSize: Int64 = 1 << 20, renameLimit: Int = 1000) {
        self.maxFileSize = maxFileSize
        self.renameLimit = renameLimit
    }
}
