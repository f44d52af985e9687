extension MigrationRuleExamples {
    static let reversibility: [MigrationRuleExample] = [
        // migration.missing-down
        .triggers(
            "migration.missing-down", "Alembic revision without downgrade()",
            added(
                ["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1", downgrade: nil)],
                base: appliedAlembic),
            at: "alembic/versions/b2_age.py:9"),
        .triggers(
            "migration.missing-down", "SQL up file without its down file",
            added(["db/migrations/0002_age.up.sql": "ALTER TABLE users ADD COLUMN age int;\n"]),
            at: "db/migrations/0002_age.up.sql:1"),
        .triggers(
            "migration.missing-down", "underscore up file without _down.sql",
            added(["migrations/003_orders_up.sql": "CREATE TABLE orders (id int);\n"])),
        .triggers(
            "migration.missing-down", "dbmate file without a down section",
            added(["db/migrations/20240101_users.sql": "-- comment\n-- migrate:up\nCREATE TABLE users (id int);\n"]),
            at: "db/migrations/20240101_users.sql:2"),
        .triggers(
            "migration.missing-down", "goose SQL file without a Down section",
            added(["sql/00002_add.sql": "-- +goose Up\nCREATE TABLE t (id int);\n"])),
        .triggers(
            "migration.missing-down", "goose Go migration registered with a nil down",
            added([
                "migrations/00003_backfill.go":
                    "package migrations\n\nfunc init() {\n\tgoose.AddMigrationContext(upBackfill, nil)\n}\n"
            ]),
            at: "migrations/00003_backfill.go:4"),
        .triggers(
            "migration.missing-down", "Flyway versioned file without an undo file",
            added(["db/migration/V2__add_age.sql": "ALTER TABLE users ADD COLUMN age int;\n"])),
        .triggers(
            "migration.missing-down", "Liquibase changeset without rollback lines",
            added([
                "db/changelog.sql":
                    "--liquibase formatted sql\n\n--changeset ana:1\nCREATE TABLE t (id int);\n"
            ]),
            at: "db/changelog.sql:3"),
        .triggers(
            "migration.missing-down", "Knex migration without exports.down",
            added([
                "migrations/20240101_users.js":
                    "exports.up = function (knex) {\n  return knex.schema.createTable('users', (t) => t.increments());\n};\n"
            ]),
            at: "migrations/20240101_users.js:1"),
        .triggers(
            "migration.missing-down", "Prisma migration whose configured down script is missing",
            added(
                ["prisma/migrations/20240101_init/migration.sql": "CREATE TABLE t (id int);\n"],
                configuration: "migrations:\n  prisma:\n    down_script: down.sql\n")),
        .passes(
            "migration.missing-down", "Alembic revision with a real downgrade()",
            added(["alembic/versions/b2_age.py": MigrationTexts.alembic("b2", down: "a1")], base: appliedAlembic)),
        .passes(
            "migration.missing-down", "SQL pair with both files",
            added([
                "db/migrations/0002_age.up.sql": "ALTER TABLE users ADD COLUMN age int;\n",
                "db/migrations/0002_age.down.sql": "ALTER TABLE users DROP COLUMN age;\n",
            ])),
        .passes(
            "migration.missing-down", "Flyway file with its undo file",
            added([
                "db/migration/V2__add_age.sql": "ALTER TABLE users ADD COLUMN age int;\n",
                "db/migration/U2__add_age.sql": "ALTER TABLE users DROP COLUMN age;\n",
            ])),
        .passes(
            "migration.missing-down", "dbmate file with a down section",
            added([
                "db/migrations/20240101_users.sql":
                    "-- migrate:up\nCREATE TABLE users (id int);\n\n-- migrate:down\nDROP TABLE users;\n"
            ])),
        .passes(
            "migration.missing-down", "Liquibase changeset with a rollback line",
            added([
                "db/changelog.sql":
                    "--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (id int);\n--rollback DROP TABLE t;\n"
            ])),
        .passes(
            "migration.missing-down", "Knex ES module with an async down function",
            added([
                "db/migrations/20240101_users.ts":
                    "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n"
                    + "  await knex.schema.createTable('users', (t) => t.increments());\n}\n\n"
                    + "export async function down(knex: Knex): Promise<void> {\n  await knex.schema.dropTable('users');\n}\n"
            ])),
        .passes(
            "migration.missing-down", "goose Go migration with a down function",
            added([
                "migrations/00003_backfill.go":
                    "package migrations\n\nfunc init() {\n\tgoose.AddMigration(upBackfill, downBackfill)\n}\n\n"
                    + "func downBackfill(tx *sql.Tx) error {\n\t_, err := tx.Exec(\"DELETE FROM t\")\n\treturn err\n}\n"
            ])),
        .passes(
            "migration.missing-down", "a plain SQL file outside any migration layout",
            added(["docs/queries/report.sql": "SELECT count(*) FROM users;\n"])),

        // migration.empty-down
        .triggers(
            "migration.empty-down", "Alembic downgrade() with only pass",
            alembicUpgrade(["op.add_column(\"users\", sa.Column(\"age\", sa.Integer()))"], downgrade: ["pass"]),
            at: "alembic/versions/b2_change.py:13"),
        .triggers(
            "migration.empty-down", "Alembic downgrade() with a docstring and an ellipsis",
            alembicUpgrade(["op.drop_index(\"ix_a\")"], downgrade: ["\"\"\"Nothing.\"\"\"", "..."])),
        .triggers(
            "migration.empty-down", "Alembic downgrade() with a comment and return",
            alembicUpgrade(["op.drop_index(\"ix_a\")"], downgrade: ["# TODO", "return None"])),
        .triggers(
            "migration.empty-down", "SQL down file with only comments",
            added([
                "db/migrations/0002_age.up.sql": "ALTER TABLE users ADD COLUMN age int;\n",
                "db/migrations/0002_age.down.sql": "-- nothing yet\n/* later */\n",
            ]),
            at: "db/migrations/0002_age.down.sql:1"),
        .triggers(
            "migration.empty-down", "dbmate file with an empty down section",
            added([
                "db/migrations/20240101_users.sql": "-- migrate:up\nCREATE TABLE users (id int);\n-- migrate:down\n\n"
            ]),
            at: "db/migrations/20240101_users.sql:3"),
        .triggers(
            "migration.empty-down", "Knex down left as the generated empty stub",
            added([
                "migrations/20240101_users.js":
                    "exports.up = function(knex) {\n  return knex.schema.dropTable('old');\n};\n\n"
                    + "exports.down = function(knex) {\n  \n};\n"
            ]),
            at: "migrations/20240101_users.js:5"),
        .triggers(
            "migration.empty-down", "goose Go down function that only returns nil",
            added([
                "migrations/00004_fix.go":
                    "package migrations\n\nfunc init() {\n\tgoose.AddMigration(upFix, downFix)\n}\n\n"
                    + "func upFix(tx *sql.Tx) error {\n\t_, err := tx.Exec(\"UPDATE t SET a = 1\")\n\treturn err\n}\n\n"
                    + "func downFix(tx *sql.Tx) error {\n\treturn nil\n}\n"
            ])),
        .passes(
            "migration.empty-down", "Alembic merge revision with empty upgrade() and downgrade()",
            alembicUpgrade(["pass"], downgrade: ["pass"])),
        .passes(
            "migration.empty-down", "Knex stub with both functions still empty",
            added([
                "migrations/20240101_users.js":
                    "exports.up = function(knex) {\n};\n\nexports.down = function(knex) {\n};\n"
            ])),
        .passes(
            "migration.empty-down", "Alembic downgrade() that drops what upgrade() adds",
            alembicUpgrade(
                ["op.add_column(\"users\", sa.Column(\"age\", sa.Integer()))"],
                downgrade: ["op.drop_column(\"users\", \"age\")"])),

        // migration.raising-down
        .triggers(
            "migration.raising-down", "Alembic downgrade() raising NotImplementedError",
            alembicUpgrade(["op.drop_index(\"ix_a\")"], downgrade: ["raise NotImplementedError()"]),
            at: "alembic/versions/b2_change.py:14"),
        .triggers(
            "migration.raising-down", "Alembic downgrade() with a docstring then a raise",
            alembicUpgrade(
                ["op.drop_index(\"ix_a\")"],
                downgrade: ["\"\"\"Irreversible.\"\"\"", "raise IrreversibleMigration(\"data lost\")"])),
        .triggers(
            "migration.raising-down", "SQL down file that raises in a DO block",
            added([
                "db/migrations/0002_age.up.sql": "ALTER TABLE users DROP COLUMN age;\n",
                "db/migrations/0002_age.down.sql":
                    "-- cannot restore\nDO $$ BEGIN RAISE EXCEPTION 'irreversible'; END $$;\n",
            ]),
            at: "db/migrations/0002_age.down.sql:2"),
        .triggers(
            "migration.raising-down", "Knex down that throws",
            added([
                "migrations/20240101_users.js":
                    "exports.up = (knex) => knex.schema.dropTable('old');\n"
                    + "exports.down = async () => {\n  throw new Error('irreversible');\n};\n"
            ]),
            at: "migrations/20240101_users.js:3"),
        .passes(
            "migration.raising-down", "Alembic downgrade() that raises only on one branch",
            alembicUpgrade(
                ["op.drop_index(\"ix_a\")"],
                downgrade: [
                    "if op.get_context().dialect.name != \"postgresql\":", "    raise NotImplementedError()",
                    "op.create_index(\"ix_a\", \"users\", [\"email\"])",
                ])),

        // migration.irreversible-operation
        .triggers(
            "migration.irreversible-operation", "Django RunPython without reverse_code",
            added(["shop/migrations/0002_backfill.py": MigrationTexts.django(["migrations.RunPython(forwards)"])]),
            at: "shop/migrations/0002_backfill.py:15"),
        .triggers(
            "migration.irreversible-operation", "Django RunSQL without reverse_sql",
            added([
                "shop/migrations/0002_sql.py": MigrationTexts.django([
                    "migrations.RunSQL(\"UPDATE shop_order SET a = 1\")"
                ])
            ])),
        .triggers(
            "migration.irreversible-operation", "Django RunPython with reverse_code=None",
            added([
                "shop/migrations/0002_backfill.py": MigrationTexts.django([
                    "migrations.RunPython(forwards, reverse_code=None)"
                ])
            ])),
        .passes(
            "migration.irreversible-operation", "Django RunPython with a reverse function",
            added([
                "shop/migrations/0002_backfill.py": MigrationTexts.django(["migrations.RunPython(forwards, backwards)"])
            ])),
        .passes(
            "migration.irreversible-operation", "Django RunSQL with reverse_sql",
            added([
                "shop/migrations/0002_sql.py":
                    MigrationTexts.django([
                        "migrations.RunSQL(\"UPDATE t SET a = 1\", reverse_sql=\"UPDATE t SET a = 0\")"
                    ])
            ])),

        // migration.noop-down
        .triggers(
            "migration.noop-down", "Django RunPython with migrations.RunPython.noop",
            added([
                "shop/migrations/0002_backfill.py": MigrationTexts.django([
                    "migrations.RunPython(forwards, migrations.RunPython.noop)"
                ])
            ])),
        .triggers(
            "migration.noop-down", "Django RunSQL with reverse_sql=migrations.RunSQL.noop",
            added([
                "shop/migrations/0002_sql.py":
                    MigrationTexts.django([
                        "migrations.RunSQL(\"UPDATE t SET a = 1\", reverse_sql=migrations.RunSQL.noop)"
                    ])
            ])),
        .triggers(
            "migration.noop-down", "Django RunSQL with reverse_sql of SELECT 1",
            added([
                "shop/migrations/0002_sql.py":
                    MigrationTexts.django(["migrations.RunSQL(\"UPDATE t SET a = 1\", reverse_sql=\"SELECT 1;\")"])
            ])),
        .triggers(
            "migration.noop-down", "SQL down file with only SELECT 1",
            added([
                "db/migrations/0002_fix.up.sql": "UPDATE users SET age = 0 WHERE age IS NULL;\n",
                "db/migrations/0002_fix.down.sql": "select 1;\n",
            ])),
        .triggers(
            "migration.noop-down", "Liquibase --rollback empty",
            added([
                "db/changelog.sql":
                    "--liquibase formatted sql\n--changeset ana:2\nUPDATE t SET a = 1;\n--rollback empty\n"
            ]),
            at: "db/changelog.sql:4"),
        .passes(
            "migration.noop-down", "SQL down file that undoes the up file",
            added([
                "db/migrations/0002_fix.up.sql": "ALTER TABLE users ADD COLUMN age int;\n",
                "db/migrations/0002_fix.down.sql": "ALTER TABLE users DROP COLUMN age;\n",
            ])),

        // migration.forward-only
        .triggers(
            "migration.forward-only", "Prisma migration without a down script setting",
            added(["prisma/migrations/20240101_init/migration.sql": "CREATE TABLE t (id int);\n"]),
            at: "prisma/migrations/20240101_init/migration.sql:1"),
        .passes(
            "migration.forward-only", "Prisma migration with its configured down script",
            added(
                [
                    "prisma/migrations/20240101_init/migration.sql": "CREATE TABLE t (id int);\n",
                    "prisma/migrations/20240101_init/down.sql": "DROP TABLE t;\n",
                ],
                configuration: "migrations:\n  prisma:\n    down_script: down.sql\n")),
    ]
}
