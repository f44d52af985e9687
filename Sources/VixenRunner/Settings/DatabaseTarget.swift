import VixenPostgres

/// The database a backup or migration works on, with the variable its URL came from.
public struct DatabaseTarget: Sendable, Equatable {
    public let url: DatabaseURL
    /// The variable of `database.url_env` that contained the URL, such as `PROD_DATABASE_URL`.
    public let sourceVariable: String

    public init(url: DatabaseURL, sourceVariable: String) {
        self.url = url
        self.sourceVariable = sourceVariable
    }
}
