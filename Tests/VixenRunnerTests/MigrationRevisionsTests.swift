import Testing
import VixenCore
import VixenDeploy

@testable import VixenRunner

struct MigrationRevisionsTests {
    @Test(arguments: [
        "backend/app/alembic/versions/0002_add_orders.py",
        "db/migrations/20240101_create_users.up.sql",
        "migrations/0003_add_index.sql",
        "sql/V3__add_table.sql",
    ])
    func countsRevision(path: String) {
        #expect(MigrationRevisions.isRevision(path))
    }

    @Test(arguments: [
        "backend/app/alembic/env.py",
        "backend/app/alembic/versions/__init__.py",
        "migrations/0003_add_index_down.sql",
        "db/migrations/20240101_create_users.down.sql",
        "sql/U3__add_table.sql",
        "backend/alembic.ini",
    ])
    func ignoresOtherFile(path: String) {
        #expect(!MigrationRevisions.isRevision(path))
    }

    @Test func countsOnlyAddedRevisions() {
        let migrations = [
            PlannedMigration(path: "backend/app/alembic/versions/0002_a.py", status: .added),
            PlannedMigration(path: "backend/app/alembic/versions/0003_b.py", status: .added),
            PlannedMigration(path: "backend/app/alembic/versions/0001_c.py", status: .modified),
            PlannedMigration(path: "backend/app/alembic/env.py", status: .added),
        ]
        #expect(MigrationRevisions.count(migrations) == 2)
    }
}
