/// Limits that keep a read of the repository fast and bounded.
public struct ReadOptions: Sendable, Equatable {
    /// Files larger than this many bytes are listed but not read.
    public var maxFileSize: Int64
    /// Rename detection by similarity runs only when a diff has at most this many added and
    /// this many deleted files left after exact renames; past it, only exact renames count.
    public var renameLimit: Int

    public init(maxFileSize: Int64 = 1 << 20, renameLimit: Int = 1000) {
        self.maxFileSize = maxFileSize
        self.renameLimit = renameLimit
    }
}
