/// The connection parameters that libpq reads from the environment, by URL query name.
///
/// The names and variables are those of libpq 15 (`PQconndefaults`), plus `require_auth` and
/// `load_balance_hosts` from libpq 16 and `sslnegotiation` from libpq 17. An older libpq ignores
/// the variables it does not know, so those three settings have no effect with older tools.
enum LibpqParameter {
    /// Query parameter name to environment variable.
    static let variables: [String: String] = [
        "host": "PGHOST",
        "hostaddr": "PGHOSTADDR",
        "port": "PGPORT",
        "dbname": "PGDATABASE",
        "user": "PGUSER",
        "password": "PGPASSWORD",
        "passfile": "PGPASSFILE",
        "require_auth": "PGREQUIREAUTH",
        "channel_binding": "PGCHANNELBINDING",
        "service": "PGSERVICE",
        "options": "PGOPTIONS",
        "application_name": "PGAPPNAME",
        "client_encoding": "PGCLIENTENCODING",
        "connect_timeout": "PGCONNECT_TIMEOUT",
        "sslmode": "PGSSLMODE",
        "sslnegotiation": "PGSSLNEGOTIATION",
        "sslcompression": "PGSSLCOMPRESSION",
        "sslcert": "PGSSLCERT",
        "sslkey": "PGSSLKEY",
        "sslrootcert": "PGSSLROOTCERT",
        "sslcrl": "PGSSLCRL",
        "sslcrldir": "PGSSLCRLDIR",
        "sslsni": "PGSSLSNI",
        "ssl_min_protocol_version": "PGSSLMINPROTOCOLVERSION",
        "ssl_max_protocol_version": "PGSSLMAXPROTOCOLVERSION",
        "requirepeer": "PGREQUIREPEER",
        "gssencmode": "PGGSSENCMODE",
        "krbsrvname": "PGKRBSRVNAME",
        "gsslib": "PGGSSLIB",
        "target_session_attrs": "PGTARGETSESSIONATTRS",
        "load_balance_hosts": "PGLOADBALANCEHOSTS",
    ]

    /// libpq parameters that exist only as connection parameters, with no environment variable.
    static let withoutVariable: Set<String> = [
        "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
        "tcp_user_timeout", "replication", "sslpassword", "sslcertmode", "sslkeylogfile", "gssdelegation",
    ]

    /// The variables that choose the server, the database and the role.
    ///
    /// Inherited values of these are removed before the URL's are set, so the URL alone decides
    /// where the tools connect.
    static let targetVariables = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE"]

    static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

    static var names: [String] { variables.keys.sorted() }

    /// True for parameters whose value must be hidden like a password.
    static func isSecret(_ name: String) -> Bool {
        name == "password"
    }
}
