import Testing

@testable import VixenPostgres

@Suite struct PostgresVersionTests {
    @Test func serverVersionNumbers() throws {
        let fifteen = try #require(PostgresVersion(versionNumber: "150018"))
        let nineSix = try #require(PostgresVersion(versionNumber: "90624"))

        #expect(fifteen.text == "15.18")
        #expect(fifteen.majorText == "15")
        #expect(nineSix.text == "9.6.24")
        #expect(nineSix.majorText == "9.6")
    }

    @Test func toolVersionOutput() throws {
        let debian = try #require(PostgresVersion(toolOutput: "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n"))
        let beta = try #require(PostgresVersion(toolOutput: "pg_dump (PostgreSQL) 18beta1\n"))
        let old = try #require(PostgresVersion(toolOutput: "pg_dump (PostgreSQL) 9.6.24\n"))

        #expect(debian.text == "15.18")
        #expect(debian.majorText == "15")
        #expect(beta.majorText == "18")
        #expect(old.majorText == "9.6")
        #expect(PostgresVersion(toolOutput: "psql: command not found") == nil)
    }

    @Test func olderDumpCannotDumpNewerServer() throws {
        let dump15 = try #require(PostgresVersion(toolOutput: "pg_dump (PostgreSQL) 15.18"))
        let server16 = try #require(PostgresVersion(versionNumber: "160002"))
        let server15 = try #require(PostgresVersion(versionNumber: "150001"))
        let server96 = try #require(PostgresVersion(versionNumber: "90624"))

        #expect(!dump15.canDump(server16))
        #expect(dump15.canDump(server15))
        #expect(dump15.canDump(server96))
    }
}
