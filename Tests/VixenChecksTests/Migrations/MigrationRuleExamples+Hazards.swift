extension MigrationRuleExamples {
    static let hazards: [MigrationRuleExample] = [
        // migration.index-not-concurrent
        .triggers(
            "migration.index-not-concurrent", "op.create_index on an existing table",
            alembicUpgrade(["op.create_index(\"ix_users_email\", \"users\", [\"email\"])"]),
            at: "alembic/versions/b2_change.py:10"),
        .triggers(
            "migration.index-not-concurrent", "multi-line op.create_index with op.f()",
            alembicUpgrade([
                "op.create_index(", "    op.f(\"ix_users_email\"),", "    \"users\",", "    [\"email\"],", ")",
            ]),
            at: "alembic/versions/b2_change.py:10"),
        .passes(
            "migration.index-not-concurrent", "concurrent index in an autocommit block",
            alembicUpgrade([
                "with op.get_context().autocommit_block():",
                "    op.create_index(\"ix_users_email\", \"users\", [\"email\"], postgresql_concurrently=True)",
            ])),
        .passes(
            "migration.index-not-concurrent", "index on a table the same upgrade() creates",
            alembicUpgrade([
                "op.create_table(\"orders\", sa.Column(\"id\", sa.Integer(), primary_key=True))",
                "op.create_index(\"ix_orders_id\", \"orders\", [\"id\"])",
            ])),
        .passes(
            "migration.index-not-concurrent", "comment on the last line of a multi-line statement",
            alembicUpgrade([
                "op.create_index(", "    \"ix_users_email\", \"users\", [\"email\"],",
                ")  # vixen-gate:allow migration.index-not-concurrent",
            ])),
        .passes(
            "migration.index-not-concurrent", "comment on the first line of the statement",
            alembicUpgrade([
                "op.create_index(  # vixen-gate:allow", "    \"ix_users_email\", \"users\", [\"email\"],", ")",
            ])),

        // migration.concurrent-index-in-transaction
        .triggers(
            "migration.concurrent-index-in-transaction", "concurrent index outside an autocommit block",
            alembicUpgrade(["op.create_index(\"ix_a\", \"users\", [\"a\"], postgresql_concurrently=True)"]),
            at: "alembic/versions/b2_change.py:10"),
        .passes(
            "migration.concurrent-index-in-transaction", "concurrent index in an autocommit block",
            alembicUpgrade([
                "with op.get_context().autocommit_block():",
                "    op.create_index(\"ix_a\", \"users\", [\"a\"], postgresql_concurrently=True)",
            ])),
        .passes(
            "migration.concurrent-index-in-transaction", "Alembic configured to run without a transaction",
            added(
                [
                    "alembic/versions/b2_change.py":
                        MigrationTexts.alembic(
                            "b2", down: "a1",
                            upgrade: ["op.create_index(\"ix_a\", \"users\", [\"a\"], postgresql_concurrently=True)"])
                ],
                base: appliedAlembic, configuration: "migrations:\n  alembic:\n    in_transaction: false\n")),

        // migration.not-null-without-default
        .triggers(
            "migration.not-null-without-default", "NOT NULL column without server_default",
            alembicUpgrade(["op.add_column(\"users\", sa.Column(\"age\", sa.Integer(), nullable=False))"])),
        .passes(
            "migration.not-null-without-default", "NOT NULL column with server_default",
            alembicUpgrade([
                "op.add_column(\"users\", sa.Column(\"age\", sa.Integer(), nullable=False, server_default=\"0\"))"
            ])),
        .passes(
            "migration.not-null-without-default", "nullable column",
            alembicUpgrade(["op.add_column(\"users\", sa.Column(\"age\", sa.Integer(), nullable=True))"])),

        // migration.column-type-change
        .triggers(
            "migration.column-type-change", "op.alter_column with type_",
            alembicUpgrade(["op.alter_column(\"users\", \"age\", type_=sa.BigInteger(), existing_type=sa.Integer())"])),
        .passes(
            "migration.column-type-change", "op.alter_column with a comment only",
            alembicUpgrade(["op.alter_column(\"users\", \"age\", comment=\"years\")"])),

        // migration.drop-column
        .triggers("migration.drop-column", "op.drop_column", alembicUpgrade(["op.drop_column(\"users\", \"age\")"])),
        .passes(
            "migration.drop-column", "op.drop_column in downgrade() only",
            alembicUpgrade(
                ["op.add_column(\"users\", sa.Column(\"age\", sa.Integer()))"],
                downgrade: ["op.drop_column(\"users\", \"age\")"])),
    ]

    static let moreHazards: [MigrationRuleExample] = [
        // migration.drop-table
        .triggers("migration.drop-table", "op.drop_table", alembicUpgrade(["op.drop_table(\"legacy\")"])),
        .passes(
            "migration.drop-table", "op.drop_table of a table the upgrade creates",
            alembicUpgrade(["op.create_table(\"tmp\", sa.Column(\"id\", sa.Integer()))", "op.drop_table(\"tmp\")"])),

        // migration.rename-column
        .triggers(
            "migration.rename-column", "op.alter_column with new_column_name",
            alembicUpgrade(["op.alter_column(\"users\", \"name\", new_column_name=\"full_name\")"])),
        .passes(
            "migration.rename-column", "op.alter_column that only changes nullability",
            alembicUpgrade(["op.alter_column(\"users\", \"name\", nullable=True)"])),

        // migration.rename-table
        .triggers(
            "migration.rename-table", "op.rename_table", alembicUpgrade(["op.rename_table(\"users\", \"accounts\")"])),
        .passes(
            "migration.rename-table", "op.create_table",
            alembicUpgrade(["op.create_table(\"accounts\", sa.Column(\"id\", sa.Integer()))"])),

        // migration.constraint-without-not-valid
        .triggers(
            "migration.constraint-without-not-valid", "op.create_foreign_key without NOT VALID",
            alembicUpgrade(["op.create_foreign_key(\"fk_orders_user\", \"orders\", \"users\", [\"user_id\"], [\"id\"])"]
            )),
        .triggers(
            "migration.constraint-without-not-valid", "op.create_check_constraint without NOT VALID",
            alembicUpgrade(["op.create_check_constraint(\"ck_total\", \"orders\", \"total > 0\")"])),
        .passes(
            "migration.constraint-without-not-valid", "op.create_foreign_key with postgresql_not_valid=True",
            alembicUpgrade([
                "op.create_foreign_key(\"fk_orders_user\", \"orders\", \"users\", [\"user_id\"], [\"id\"], postgresql_not_valid=True)"
            ])),

        // migration.unique-constraint
        .triggers(
            "migration.unique-constraint", "op.create_unique_constraint on an existing table",
            alembicUpgrade(["op.create_unique_constraint(\"uq_users_email\", \"users\", [\"email\"])"])),
        .passes(
            "migration.unique-constraint", "op.create_unique_constraint on a table the upgrade creates",
            alembicUpgrade([
                "op.create_table(\"tags\", sa.Column(\"name\", sa.Text()))",
                "op.create_unique_constraint(\"uq_tags_name\", \"tags\", [\"name\"])",
            ])),

        // migration.foreign-key-without-index
        .triggers(
            "migration.foreign-key-without-index", "new foreign key column without an index",
            alembicUpgrade([
                "op.add_column(\"orders\", sa.Column(\"user_id\", sa.Integer(), sa.ForeignKey(\"users.id\")))"
            ])),
        .passes(
            "migration.foreign-key-without-index", "new foreign key column with index=True",
            alembicUpgrade([
                "op.add_column(\"orders\", sa.Column(\"user_id\", sa.Integer(), sa.ForeignKey(\"users.id\"), index=True))"
            ])),
        .passes(
            "migration.foreign-key-without-index", "new foreign key column indexed by op.create_index",
            alembicUpgrade([
                "op.add_column(\"orders\", sa.Column(\"user_id\", sa.Integer(), sa.ForeignKey(\"users.id\")))",
                "with op.get_context().autocommit_block():",
                "    op.create_index(\"ix_orders_user_id\", \"orders\", [\"user_id\"], postgresql_concurrently=True)",
            ])),
    ]
}
