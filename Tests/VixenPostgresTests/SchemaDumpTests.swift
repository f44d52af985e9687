import Foundation
import Testing
import VixenPostgres

@Suite struct SchemaDumpTests {
    /// The start of a pg_dump 15.18 schema dump, with the noise that differs between runs and versions.
    static let dump = """
        --
        -- PostgreSQL database dump
        --

        \\restrict 9hJ2kQ8sVbN3xY7

        -- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
        -- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

        SET statement_timeout = 0;
        SET client_encoding = 'UTF8';
        SELECT pg_catalog.set_config('search_path', '', false);
        SET default_table_access_method = heap;

        --
        -- Name: users; Type: TABLE; Schema: public; Owner: vixen
        --

        CREATE TABLE public.users (\u{20}\u{20}
            id integer NOT NULL
        );


        ALTER TABLE public.users OWNER TO vixen;

        --
        -- PostgreSQL database dump complete
        --

        \\unrestrict 9hJ2kQ8sVbN3xY7

        """

    @Test func removesCommentsSettingsAndRestrictKeys() {
        #expect(
            SchemaDump.normalize(Self.dump) == """
                CREATE TABLE public.users (
                    id integer NOT NULL
                );

                ALTER TABLE public.users OWNER TO vixen;

                """)
    }

    @Test func dumpsDifferingOnlyInNoiseAreEqual() {
        let other = Self.dump.replacingOccurrences(of: "9hJ2kQ8sVbN3xY7", with: "Zq1Lm4Tt8Vv0Pp2")
            .replacingOccurrences(of: "15.18", with: "15.19")

        #expect(SchemaDump.normalize(other) == SchemaDump.normalize(Self.dump))
    }

    @Test func emptyDumpIsEmpty() {
        #expect(SchemaDump.normalize("--\n-- nothing\n--\n\n") == "")
    }
}
