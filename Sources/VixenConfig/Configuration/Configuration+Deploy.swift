extension Configuration {
    /// The `deploy` section: the cost rules of the deploy runner and where its state is shared.
    ///
    /// Every value is optional. A value the file leaves out takes the default that the deploy
    /// module defines, so the defaults live in one place.
    public struct Deploy: Sendable, Equatable {
        /// The batching settings of one environment.
        public struct Batch: Sendable, Equatable {
            /// The number of pending commits that change a deployable component at which they deploy.
            public var commits: Int?
            /// The number of added plus deleted lines in deployable components at which the pending
            /// changes deploy.
            public var lines: Int?
            /// Seconds the oldest pending change may wait before it deploys.
            public var maxWait: Int?

            public init(commits: Int? = nil, lines: Int? = nil, maxWait: Int? = nil) {
                self.commits = commits
                self.lines = lines
                self.maxWait = maxWait
            }
        }

        /// The remote that shares the state, such as `origin`.
        public var remote: String?
        /// Seconds after which a lock counts as left behind.
        public var lockTimeToLive: Int?
        public var staging: Batch
        public var production: Batch
        /// Seconds a commit must run on staging before production takes it.
        public var soak: Int?
        /// Production's deployment windows as written, such as `Mon-Thu 09:00-16:00 Europe/Madrid`.
        ///
        /// Each has been parsed as a ``DeploymentWindow`` already, so every command rejects a
        /// window that does not parse. The deploy module parses them again and keeps each
        /// position for its own error.
        public var windows: [Located<String>]?

        public init(
            remote: String? = nil, lockTimeToLive: Int? = nil, staging: Batch = Batch(), production: Batch = Batch(),
            soak: Int? = nil, windows: [Located<String>]? = nil
        ) {
            self.remote = remote
            self.lockTimeToLive = lockTimeToLive
            self.staging = staging
            self.production = production
            self.soak = soak
            self.windows = windows
        }

        public static let `default` = Deploy()
    }
}
