/// The action a `vixen-gate migrations` command line requests.
public enum MigrationsRequest: Sendable, Equatable {
    /// `migrations verify`: prove the range's new migrations reversible on a scratch database.
    case verify(MigrationsVerifyOptions)
}

/// The options of `vixen-gate migrations verify`.
public struct MigrationsVerifyOptions: Sendable, Equatable {
    /// The environment variable read when `--database-url` is not given.
    public static let urlVariable = "VIXEN_GATE_DATABASE_URL"

    /// The URL from `--database-url`, or nil to read ``urlVariable``.
    public var databaseURL: String?
    public var repo: String?
    public var base: String?
    public var head: String?
    public var allowExisting: Bool
    /// The folder of psql, pg_dump and pg_restore, replacing `database.pg_bin`.
    public var pgBin: String?

    public init(
        databaseURL: String? = nil, repo: String? = nil, base: String? = nil, head: String? = nil,
        allowExisting: Bool = false, pgBin: String? = nil
    ) {
        self.databaseURL = databaseURL
        self.repo = repo
        self.base = base
        self.head = head
        self.allowExisting = allowExisting
        self.pgBin = pgBin
    }
}
