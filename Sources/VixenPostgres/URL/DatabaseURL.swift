/// A PostgreSQL connection URL, `postgresql://user:password@host:port/database?parameter=value`,
/// parsed into its decoded parts.
///
/// The PostgreSQL tools get a URL only through libpq's environment variables (``libpqEnvironment``),
/// never on their command line, where any user of the machine could read it in the process list.
/// ``description`` shows the URL with the password replaced by `***`, so a value printed by mistake
/// still hides it.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// One server of the host list: a name, an IP address, or the folder of a Unix socket.
    public struct Host: Sendable, Equatable {
        /// The decoded host, without the brackets of an IPv6 address.
        public var name: String
        public var port: Int?

        public init(name: String, port: Int? = nil) {
            self.name = name
            self.port = port
        }
    }

    /// One query parameter, decoded, such as `sslmode=require`.
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The servers of the URL's authority, in order.
    ///
    /// It is empty when the URL names none. libpq then uses a `host` parameter if there is one, else
    /// the local Unix socket.
    public var hosts: [Host]
    public var user: String?
    public var password: String?
    public var database: String?
    /// The query parameters in the order written.
    ///
    /// Each name is one that has a libpq environment variable.
    public var parameters: [Parameter]

    public init(
        hosts: [Host] = [], user: String? = nil, password: String? = nil, database: String? = nil,
        parameters: [Parameter] = []
    ) {
        self.hosts = hosts
        self.user = user
        self.password = password
        self.database = database
        self.parameters = parameters
    }

    /// Parses a `postgresql://` or `postgres://` URL.
    ///
    /// Every part is percent-decoded. Unlike libpq, the user information ends at the last `@` of
    /// the authority, so a password with an unencoded `@` still reads as written. IPv6 addresses
    /// are written in brackets, and a Unix socket folder either as the host, percent-encoded
    /// (`%2Fvar%2Frun%2Fpostgresql`), or as a `host` parameter (`?host=/var/run/postgresql`).
    ///
    /// - Throws: ``DatabaseURLError``, whose message shows the URL redacted.
    public init(parsing text: String) throws(DatabaseURLError) {
        self = try DatabaseURLParser(text: text).parse()
    }

    /// Returns the value of the parameter `name`, the last one when it is given more than once.
    public func parameter(_ name: String) -> String? {
        parameters.last { $0.name == name }?.value
    }

    /// The database the tools connect to: the `dbname` parameter, else the URL's path.
    ///
    /// Nil means libpq's default, which is a database named like the user.
    public var effectiveDatabase: String? {
        parameter("dbname") ?? database
    }

    /// The role the tools log in as: the `user` parameter, else the URL's user information.
    public var effectiveUser: String? {
        parameter("user") ?? user
    }

    /// Returns the same URL pointing to the database `name`, with any `dbname` parameter removed.
    public func replacingDatabase(_ name: String) -> DatabaseURL {
        var url = self
        url.database = name
        url.parameters.removeAll { $0.name == "dbname" }
        return url
    }

    /// The URL with its password, percent-encoded, with the `postgresql://` scheme.
    ///
    /// This is the value given to migration commands, so it contains the password in clear: never
    /// print it. ``description`` is the printable form.
    public var secretText: String {
        DatabaseURLRenderer(url: self, hidesSecrets: false).render()
    }

    /// The URL with the password and other secret parameters shown as `***`.
    public var description: String {
        DatabaseURLRenderer(url: self, hidesSecrets: true).render()
    }

    /// The values to hide in any text that is shown, such as a tool's error output.
    ///
    /// It contains the password and the secret parameters, decoded and percent-encoded, and the
    /// URL's text as ``secretText`` renders it.
    public var secrets: [String] {
        var values: [String] = []
        if let password, !password.isEmpty {
            values.append(password)
            values.append(PercentEncoding.encode(password))
        }
        for parameter in parameters where LibpqParameter.isSecret(parameter.name) && !parameter.value.isEmpty {
            values.append(parameter.value)
            values.append(PercentEncoding.encode(parameter.value))
        }
        if !values.isEmpty {
            values.append(secretText)
        }
        return values
    }
}
