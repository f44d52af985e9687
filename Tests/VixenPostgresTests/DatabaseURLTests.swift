import Testing
import VixenCore
import VixenPostgres

@Suite struct DatabaseURLTests {
    /// A URL and the libpq variables it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        let url: String
        let variables: [String: String]

        var testDescription: String { url }
    }

    static let validURLs: [Case] = [
        Case(
            url: "postgresql://app:s3cret@db.example.com:5433/orders",
            variables: [
                "PGHOST": "db.example.com", "PGPORT": "5433", "PGUSER": "app", "PGPASSWORD": "s3cret",
                "PGDATABASE": "orders",
            ]),
        Case(
            url: "postgres://app@localhost/orders",
            variables: ["PGHOST": "localhost", "PGUSER": "app", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://app:p%40ss%2Fw%3Ard%25@localhost/my%20db",
            variables: ["PGHOST": "localhost", "PGUSER": "app", "PGPASSWORD": "p@ss/w:rd%", "PGDATABASE": "my db"]),
        Case(
            url: "postgresql://app:p@ss@localhost/orders",
            variables: ["PGHOST": "localhost", "PGUSER": "app", "PGPASSWORD": "p@ss", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://app:a+b@localhost/orders",
            variables: ["PGHOST": "localhost", "PGUSER": "app", "PGPASSWORD": "a+b", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://[::1]:5432/orders",
            variables: ["PGHOST": "::1", "PGPORT": "5432", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://[2001:db8::7]/orders",
            variables: ["PGHOST": "2001:db8::7", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql:///orders?host=/var/run/postgresql",
            variables: ["PGHOST": "/var/run/postgresql", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://%2Fvar%2Frun%2Fpostgresql/orders",
            variables: ["PGHOST": "/var/run/postgresql", "PGDATABASE": "orders"]),
        Case(
            url: "postgresql://app@db1:5432,db2/orders?target_session_attrs=read-write",
            variables: [
                "PGHOST": "db1,db2", "PGPORT": "5432,", "PGUSER": "app", "PGDATABASE": "orders",
                "PGTARGETSESSIONATTRS": "read-write",
            ]),
        Case(
            url: "postgresql://db/orders?sslmode=verify-full&sslrootcert=/etc/ca.pem&application_name=vixen",
            variables: [
                "PGHOST": "db", "PGDATABASE": "orders", "PGSSLMODE": "verify-full", "PGSSLROOTCERT": "/etc/ca.pem",
                "PGAPPNAME": "vixen",
            ]),
        Case(
            url: "postgresql://db/orders?dbname=other&user=u2&password=p%262&port=6000",
            variables: [
                "PGHOST": "db", "PGDATABASE": "other", "PGUSER": "u2", "PGPASSWORD": "p&2", "PGPORT": "6000",
            ]),
        Case(url: "postgresql://", variables: [:]),
        Case(url: "POSTGRESQL://db", variables: ["PGHOST": "db"]),
    ]

    @Test(arguments: validURLs)
    func validURLSetsVariables(_ testCase: Case) throws {
        let url = try DatabaseURL(parsing: testCase.url)

        #expect(url.libpqEnvironment() == testCase.variables)
    }

    /// A URL that must be rejected, and the exact English message.
    struct BadCase: Sendable, CustomTestStringConvertible {
        let url: String
        let message: String

        var testDescription: String { url }
    }

    static let encodingHint =
        "Characters such as / @ : ? # % in the user or password must be percent-encoded (%2F %40 %3A %3F %23 %25)."

    static let invalidURLs: [BadCase] = [
        BadCase(
            url: "mysql://root:hunter2@db/app",
            message: "Invalid database URL \"mysql://root:***@db/app\": it must start with postgresql:// or "
                + "postgres://, such as postgresql://user:password@localhost:5432/app."),
        BadCase(
            url: "postgresql://app:hunter2@db:54x2/app",
            message: "Invalid database URL \"postgresql://app:***@db:54x2/app\": the port \"54x2\" is not a number "
                + "from 1 to 65535. \(encodingHint)"),
        BadCase(
            url: "postgresql://app:hunter2@db:70000/app",
            message: "Invalid database URL \"postgresql://app:***@db:70000/app\": the port \"70000\" is not a number "
                + "from 1 to 65535."),
        BadCase(
            url: "postgresql://app:hun/ter2@db/app",
            message: "Invalid database URL \"postgresql://app:***@db/app\": the port \"hun\" is not a number from 1 "
                + "to 65535. \(encodingHint)"),
        BadCase(
            url: "postgresql://app:hunter%2@db/app",
            message: "Invalid database URL \"postgresql://app:***@db/app\": the password contains a % that is not "
                + "followed by two hexadecimal digits, or its bytes are not UTF-8. \(encodingHint)"),
        BadCase(
            url: "postgresql://app:hunter2@[::1/app",
            message: "Invalid database URL \"postgresql://app:***@[::1/app\": the host \"[::1\" is not valid. Write "
                + "an IPv6 address in brackets, such as [::1]:5432."),
        BadCase(
            url: "postgresql://app:hunter2@db/app?sslmode",
            message: "Invalid database URL \"postgresql://app:***@db/app?sslmode\": the query item \"sslmode\" has no "
                + "value. Write name=value, such as sslmode=require."),
        BadCase(
            url: "postgresql://app:hunter2@db/app?sslmode=always",
            message: "Invalid database URL \"postgresql://app:***@db/app?sslmode=always\": unknown sslmode "
                + "\"always\". Use one of disable, allow, prefer, require, verify-ca, verify-full."),
        BadCase(
            url: "postgresql://app:hunter2@db/app?keepalives=1",
            message: "Unsupported database URL \"postgresql://app:***@db/app?keepalives=1\": the parameter "
                + "\"keepalives\" has no libpq environment variable, and vixen-gate passes the URL to the "
                + "PostgreSQL tools only through the environment, never on their command line. Remove the "
                + "parameter."),
        BadCase(
            url: "postgresql://db/app?password=hunter2&port=0&sslpassword=hunter3",
            message: "Invalid database URL \"postgresql://db/app?password=***&port=0&sslpassword=***\": the port "
                + "\"0\" is not a number from 1 to 65535."),
    ]

    @Test(arguments: invalidURLs)
    func invalidURLNamesValueRedacted(_ testCase: BadCase) {
        #expect {
            try DatabaseURL(parsing: testCase.url)
        } throws: { error in
            (error as? DatabaseURLError)?.message.english == testCase.message
        }
    }

    @Test func unknownParameterListsKnownOnes() throws {
        let error = #expect(throws: DatabaseURLError.self) {
            try DatabaseURL(parsing: "postgresql://app:hunter2@db/app?sslmod=require")
        }
        let message = try #require(error).message.english

        #expect(message.hasPrefix("Invalid database URL \"postgresql://app:***@db/app?sslmod=require\": unknown "))
        #expect(message.contains("parameter \"sslmod\". Known parameters: application_name, channel_binding,"))
        #expect(!message.contains("hunter2"))
    }

    @Test func spanishMessageIsRedactedToo() throws {
        let error = #expect(throws: DatabaseURLError.self) {
            try DatabaseURL(parsing: "postgresql://app:hunter2@db:port/app")
        }

        #expect(
            try #require(error).message.spanish
                == "URL de base de datos no válida \"postgresql://app:***@db:port/app\": el puerto \"port\" no es "
                + "un número entre 1 y 65535. Los caracteres como / @ : ? # % en el usuario o la contraseña deben "
                + "ir codificados con porcentaje (%2F %40 %3A %3F %23 %25).")
    }

    @Test func descriptionHidesPassword() throws {
        let url = try DatabaseURL(parsing: "postgres://app:p%40ss@db.example.com:5433/orders?sslmode=require")

        #expect(url.description == "postgresql://app:***@db.example.com:5433/orders?sslmode=require")
        #expect("\(url)" == "postgresql://app:***@db.example.com:5433/orders?sslmode=require")
    }

    @Test func descriptionHidesPasswordParameter() throws {
        let url = try DatabaseURL(parsing: "postgresql://db/orders?password=hunter2")

        #expect(url.description == "postgresql://db/orders?password=***")
    }

    @Test func secretTextKeepsPasswordEncoded() throws {
        let url = try DatabaseURL(parsing: "postgres://app:p@ss%2Fw@[::1]:5433/my%20db?host=%2Ftmp")

        #expect(url.secretText == "postgresql://app:p%40ss%2Fw@[::1]:5433/my%20db?host=%2Ftmp")
    }

    @Test func secretTextParsesBackToSameURL() throws {
        let url = try DatabaseURL(parsing: "postgresql://a%20b:p%40ss@db1:1,db2:2/x?sslmode=disable")

        #expect(try DatabaseURL(parsing: url.secretText) == url)
    }

    @Test func replacingDatabaseDropsDatabaseParameter() throws {
        let url = try DatabaseURL(parsing: "postgresql://app@db/orders?dbname=other&sslmode=require")
        let scratch = url.replacingDatabase("scratch")

        #expect(scratch.description == "postgresql://app@db/scratch?sslmode=require")
        #expect(scratch.effectiveDatabase == "scratch")
    }

    @Test func environmentReplacesInheritedTarget() throws {
        let url = try DatabaseURL(parsing: "postgresql://app@db/orders")
        let inherited = [
            "PGHOST": "prod.example.com", "PGPASSWORD": "old", "PGSERVICE": "prod", "PGSSLMODE": "require",
            "PATH": "/usr/bin",
        ]

        let environment = url.libpqEnvironment(inheriting: inherited)

        #expect(
            environment == [
                "PGHOST": "db", "PGUSER": "app", "PGDATABASE": "orders", "PGSSLMODE": "require", "PATH": "/usr/bin",
            ])
    }

    @Test func secretsListEverySpelling() throws {
        let url = try DatabaseURL(parsing: "postgresql://app:p%40ss@db/orders")

        #expect(Set(url.secrets) == ["p@ss", "p%40ss", "postgresql://app:p%40ss@db/orders"])
    }

    @Test func urlWithoutPasswordHasNoSecrets() throws {
        let url = try DatabaseURL(parsing: "postgresql://app@db/orders")

        #expect(url.secrets == [])
    }

    @Test func redactingURLsInText() {
        let text = "unexpected argument 'postgresql://app:hunter2@db/orders'; also postgres://x:y@h and more"

        #expect(
            DatabaseURL.redactingURLs(in: text)
                == "unexpected argument 'postgresql://app:***@db/orders'; also postgres://x:***@h and more")
    }

    @Test func maskHidesEverySpelling() throws {
        let url = try DatabaseURL(parsing: "postgresql://app:p%40ss@db/orders")
        let mask = SecretMask(url: url)

        let text = "url postgresql://app:p%40ss@db/orders, raw p@ss, encoded p%40ss"

        #expect(mask.apply(text) == "url ***, raw ***, encoded ***")
    }
}
