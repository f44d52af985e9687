extension Configuration {
    /// Bounds on how much of a change the gate reads.
    public struct Limits: Sendable, Equatable {
        /// Size in bytes above which files are listed but not read; 1 MiB by default.
        public var maxFileSize: Int64
        /// Maximum number of added and deleted file pairs that rename detection compares in
        /// one diff; 1000 by default.
        public var renameLimit: Int

        public init(maxFileSize: Int64 = 1_048_576, renameLimit: Int = 1000) {
            self.maxFileSize = maxFileSize
            self.renameLimit = renameLimit
        }

        public static let `default` = Limits()
    }
}
