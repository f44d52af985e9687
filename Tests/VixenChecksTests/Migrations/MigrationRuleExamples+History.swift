extension MigrationRuleExamples {
    static let sqlPair = [
        "db/migrations/0001_users.up.sql": "CREATE TABLE users (id int);\n",
        "db/migrations/0001_users.down.sql": "DROP TABLE users;\n",
    ]

    static let history: [MigrationRuleExample] = [
        // migration.applied-edited
        .triggers(
            "migration.applied-edited", "applied Alembic revision edited",
            MigrationScenario(
                base: appliedAlembic,
                head: [
                    "alembic/versions/a1_init.py": MigrationTexts.alembic(
                        "a1", upgrade: ["op.add_column(\"users\", sa.Column(\"x\", sa.Text()))"])
                ]),
            at: "alembic/versions/a1_init.py:10"),
        .triggers(
            "migration.applied-edited", "applied SQL up file edited",
            MigrationScenario(
                base: sqlPair,
                head: sqlPair.merging(["db/migrations/0001_users.up.sql": "CREATE TABLE users (id bigint);\n"]) { $1 })),
        .triggers(
            "migration.applied-edited", "applied Liquibase changeset edited in a file that gains another",
            MigrationScenario(
                base: [
                    "db/changelog.sql":
                        "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (id int);\n--rollback DROP TABLE t;\n"
                ],
                head: [
                    "db/changelog.sql":
                        "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (id bigint);\n--rollback DROP TABLE t;\n"
                        + "--changeset ana:2\nCREATE TABLE u (id int);\n--rollback DROP TABLE u;\n"
                ]),
            at: "db/changelog.sql:3"),
        .passes(
            "migration.applied-edited", "new Alembic revision beside an unchanged applied one",
            added(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1")], base: appliedAlembic)),
        .passes(
            "migration.applied-edited", "Liquibase changeset appended to a file",
            MigrationScenario(
                base: [
                    "db/changelog.sql":
                        "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (id int);\n--rollback DROP TABLE t;\n"
                ],
                head: [
                    "db/changelog.sql":
                        "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (id int);\n--rollback DROP TABLE t;\n"
                        + "--changeset ana:2\nCREATE TABLE u (id int);\n--rollback DROP TABLE u;\n"
                ])),
        .passes(
            "migration.applied-edited", "down file of an applied SQL pair fixed",
            MigrationScenario(
                base: sqlPair,
                head: sqlPair.merging(["db/migrations/0001_users.down.sql": "DROP TABLE IF EXISTS users;\n"]) { $1 })),
        .passes(
            "migration.applied-edited", "migration added and edited within the range",
            MigrationScenario(base: nil, head: sqlPair)),

        // migration.applied-deleted
        .triggers(
            "migration.applied-deleted", "applied Alembic revision deleted",
            MigrationScenario(base: appliedAlembic, head: ["README.md": "# app\n"]),
            at: "alembic/versions/a1_init.py:-"),
        .triggers(
            "migration.applied-deleted", "down file of an applied SQL pair deleted",
            MigrationScenario(
                base: sqlPair, head: ["db/migrations/0001_users.up.sql": "CREATE TABLE users (id int);\n"]),
            at: "db/migrations/0001_users.down.sql:-"),
        .passes(
            "migration.applied-deleted", "a file that is no migration deleted",
            MigrationScenario(base: ["db/seeds/users.sql": "INSERT INTO users VALUES (1);\n"], head: [:])),
    ]

    static let alembicHistory: [MigrationRuleExample] = [
        // migration.multiple-heads
        .triggers(
            "migration.multiple-heads", "second revision after the same parent",
            added(
                ["alembic/versions/c3_other.py": MigrationTexts.alembic("c3", down: "a1")],
                base: appliedAlembic.merging(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1")]) {
                    $1
                }),
            at: "alembic/versions/c3_other.py:6"),
        .triggers(
            "migration.multiple-heads", "second root revision in the folder of alembic.ini",
            added(
                ["backend/app/alembic/versions/c3_root.py": MigrationTexts.alembic("c3")],
                base: [
                    "backend/alembic.ini": "[alembic]\nscript_location = app/alembic\n",
                    "backend/app/alembic/versions/a1_init.py": MigrationTexts.alembic("a1"),
                ])),
        .passes(
            "migration.multiple-heads", "revision after the current head",
            added(
                ["alembic/versions/c3_next.py": MigrationTexts.alembic("c3", down: "b2")],
                base: appliedAlembic.merging(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1")]) {
                    $1
                })),
        .passes(
            "migration.multiple-heads", "merge revision that joins two heads",
            added(
                [
                    "alembic/versions/d4_merge.py":
                        MigrationTexts.alembic("d4", upgrade: ["pass"], downgrade: ["pass"])
                        .replacing("down_revision = None", with: "down_revision = (\"b2\", \"c3\")")
                ],
                base: appliedAlembic.merging([
                    "alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1"),
                    "alembic/versions/c3_other.py": MigrationTexts.alembic("c3", down: "a1"),
                ]) { $1 })),
        .passes(
            "migration.multiple-heads", "new branch with its own branch label",
            added(
                [
                    "alembic/versions/x1_feature.py": MigrationTexts.alembic(
                        "x1", header: ["branch_labels = (\"feature\",)"])
                ],
                base: appliedAlembic)),

        // migration.unknown-down-revision
        .triggers(
            "migration.unknown-down-revision", "down_revision naming no revision",
            added(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a0")], base: appliedAlembic),
            at: "alembic/versions/b2_age.py:6"),
        .passes(
            "migration.unknown-down-revision", "down_revision naming the head",
            added(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1")], base: appliedAlembic)),

        // migration.duplicate-version
        .triggers(
            "migration.duplicate-version", "SQL pair reusing an existing version",
            added(
                [
                    "db/migrations/0001_orders.up.sql": "CREATE TABLE orders (id int);\n",
                    "db/migrations/0001_orders.down.sql": "DROP TABLE orders;\n",
                ],
                base: sqlPair),
            at: "db/migrations/0001_orders.up.sql:1"),
        .triggers(
            "migration.duplicate-version", "Flyway version written with another separator",
            added(
                [
                    "db/migration/V1_1__b.sql": "CREATE TABLE b (id int);\n",
                    "db/migration/U1_1__b.sql": "DROP TABLE b;\n",
                ],
                base: [
                    "db/migration/V1.1__a.sql": "CREATE TABLE a (id int);\n",
                    "db/migration/U1.1__a.sql": "DROP TABLE a;\n",
                ])),
        .triggers(
            "migration.duplicate-version", "Alembic revision id used by another script",
            added(["alembic/versions/a1_copy.py": MigrationTexts.alembic("a1", down: "a1")], base: appliedAlembic),
            at: "alembic/versions/a1_copy.py:5"),
        .passes(
            "migration.duplicate-version", "SQL pair with the next version",
            added(
                [
                    "db/migrations/0002_orders.up.sql": "CREATE TABLE orders (id int);\n",
                    "db/migrations/0002_orders.down.sql": "DROP TABLE orders;\n",
                ],
                base: sqlPair)),
    ]
}
