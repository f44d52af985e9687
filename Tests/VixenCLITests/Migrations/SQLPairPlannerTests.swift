import Testing

@testable import VixenCLI

@Suite struct SQLPairPlannerTests {
    @Test func pairsInApplyOrder() {
        let paths = [
            "README.md",
            "db/migrations/10_tags.up.sql", "db/migrations/10_tags.down.sql",
            "db/migrations/2_bio.up.sql", "db/migrations/2_bio.down.sql",
            "db/migrations/1_users.up.sql",
            "db/orphan.down.sql",
            "sql/003_orders_up.sql", "sql/003_orders_down.sql",
        ]

        #expect(
            SQLPairPlanner.pairs(in: paths) == [
                SQLMigrationPair(name: "db/migrations/1_users", upPath: "db/migrations/1_users.up.sql", downPath: nil),
                SQLMigrationPair(
                    name: "db/migrations/2_bio", upPath: "db/migrations/2_bio.up.sql",
                    downPath: "db/migrations/2_bio.down.sql"),
                SQLMigrationPair(
                    name: "db/migrations/10_tags", upPath: "db/migrations/10_tags.up.sql",
                    downPath: "db/migrations/10_tags.down.sql"),
                SQLMigrationPair(
                    name: "sql/003_orders", upPath: "sql/003_orders_up.sql", downPath: "sql/003_orders_down.sql"),
            ])
    }

    @Test func fileNamedOnlySuffixIsNotMigration() {
        #expect(SQLPairPlanner.pairs(in: ["db/.up.sql", "db/_up.sql", "schema.sql"]) == [])
    }

    @Test func timestampsCompareAsNumbers() {
        #expect(NaturalOrder.precedes("20240101120000_a", "20240102090000_b"))
        #expect(NaturalOrder.precedes("9_a", "10_a"))
        #expect(!NaturalOrder.precedes("10_a", "9_a"))
        #expect(NaturalOrder.precedes("a/9_x", "b/1_x"))
    }

    @Test func alembicRevisionFileIsRecognized() {
        let revision = """
            revision = "c2d8e4f1a637"
            down_revision = "9f3e6a5c2b71"
            """
        let typed = """
            revision: str = "c2d8e4f1a637"
            down_revision: Union[str, None] = None
            """

        #expect(CommandPlanner.declaresRevision(revision))
        #expect(CommandPlanner.declaresRevision(typed))
        #expect(!CommandPlanner.declaresRevision("revision_count = 3\n"))
        #expect(!CommandPlanner.declaresRevision("def upgrade():\n    pass\n"))
    }
}
