extension DatabaseURL {
    /// Returns `inherited` with libpq's variables set from this URL, for the environment of psql,
    /// pg_dump, pg_restore and migration commands.
    ///
    /// Inherited variables that choose the server, database or role (PGHOST, PGHOSTADDR, PGPORT,
    /// PGDATABASE, PGUSER, PGPASSWORD, PGSERVICE) are removed first, so the URL alone decides where
    /// the tools connect. Other inherited PG variables stay unless the URL sets them. Several hosts
    /// become comma-separated PGHOST and PGPORT lists, with an empty port where a host has none.
    /// Query parameters win over the parts of the URL they repeat, as in libpq.
    public func libpqEnvironment(inheriting inherited: [String: String] = [:]) -> [String: String] {
        var environment = inherited
        for name in LibpqParameter.targetVariables {
            environment[name] = nil
        }

        if !hosts.isEmpty {
            environment["PGHOST"] = hosts.map(\.name).joined(separator: ",")
            if hosts.contains(where: { $0.port != nil }) {
                environment["PGPORT"] = hosts.map { $0.port.map(String.init) ?? "" }.joined(separator: ",")
            }
        }
        environment["PGUSER"] = user
        environment["PGPASSWORD"] = password
        environment["PGDATABASE"] = database

        for parameter in parameters {
            guard let variable = LibpqParameter.variables[parameter.name] else {
                continue
            }
            environment[variable] = parameter.value
        }
        return environment
    }
}
