// Finding messages of the PostgreSQL safety lint for hazards that an Alembic operation brings, such
// as `op.create_index()`, where the fix is an argument or a block of Alembic rather than SQL.

extension Catalog {
    public static func migrationAlembicIndexNotConcurrent(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Index \(subject) is built without CONCURRENTLY, which blocks every insert, update and delete "
                + "on the table until the build ends. Pass postgresql_concurrently=True to op.create_index(), "
                + "inside `with op.get_context().autocommit_block():`, because PostgreSQL does not build an index "
                + "concurrently inside a transaction.",
            es: "El índice \(subject) se crea sin CONCURRENTLY, lo que bloquea todas las inserciones, "
                + "actualizaciones y borrados de la tabla hasta que termina. Pase postgresql_concurrently=True a "
                + "op.create_index(), dentro de `with op.get_context().autocommit_block():`, porque PostgreSQL no "
                + "crea un índice de forma concurrente dentro de una transacción.")
    }

    public static func migrationAlembicConcurrentIndexInTransaction(subject: String) -> LocalizedText {
        LocalizedText(
            en: "op.create_index() with postgresql_concurrently=True on \(subject) runs inside the migration's "
                + "transaction, where PostgreSQL rejects CREATE INDEX CONCURRENTLY, so the migration fails. Call "
                + "it inside `with op.get_context().autocommit_block():`.",
            es: "op.create_index() con postgresql_concurrently=True sobre \(subject) se ejecuta dentro de la "
                + "transacción de la migración, donde PostgreSQL rechaza CREATE INDEX CONCURRENTLY, así que la "
                + "migración falla. Llámelo dentro de `with op.get_context().autocommit_block():`.")
    }

    public static func migrationAlembicNotNullWithoutDefault(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Column \(subject) is added with nullable=False and no server_default, which fails on a table "
                + "that has rows. Pass server_default to sa.Column(), because a default in the model does not "
                + "reach the database, or add the column with nullable=True, fill it, and make it NOT NULL in a "
                + "later migration.",
            es: "La columna \(subject) se añade con nullable=False y sin server_default, lo que falla en una tabla "
                + "que tiene filas. Pase server_default a sa.Column(), porque un valor por defecto del modelo no "
                + "llega a la base de datos, o añada la columna con nullable=True, rellénela y hágala NOT NULL en "
                + "una migración posterior.")
    }

    public static func migrationAlembicConstraintWithoutNotValid(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Constraint \(subject) is checked against every existing row while the table stays locked: a "
                + "foreign key blocks writes to both tables, a check constraint blocks reads and writes. Pass "
                + "postgresql_not_valid=True to op.create_foreign_key() or op.create_check_constraint(), then "
                + "run op.execute(\"ALTER TABLE … VALIDATE CONSTRAINT …\") in a later migration, which checks the "
                + "rows without blocking reads or writes.",
            es: "La restricción \(subject) se comprueba en todas las filas existentes mientras la tabla sigue "
                + "bloqueada: una clave foránea impide escribir en ambas tablas, y una restricción CHECK impide "
                + "leer y escribir. Pase postgresql_not_valid=True a op.create_foreign_key() o "
                + "op.create_check_constraint() y después ejecute op.execute(\"ALTER TABLE … VALIDATE CONSTRAINT …\") "
                + "en una migración posterior, que comprueba las filas sin bloquear lecturas ni escrituras.")
    }

    public static func migrationAlembicUniqueConstraint(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Unique constraint \(subject) builds its index under an ACCESS EXCLUSIVE lock, which blocks reads "
                + "and writes on the table until the build ends. First build the index with op.create_index(..., "
                + "unique=True, postgresql_concurrently=True) inside `with op.get_context().autocommit_block():`, "
                + "then add the constraint with op.execute(\"ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …\").",
            es: "La restricción única \(subject) crea su índice con un bloqueo ACCESS EXCLUSIVE, que impide "
                + "lecturas y escrituras en la tabla hasta que termina. Cree antes el índice con "
                + "op.create_index(..., unique=True, postgresql_concurrently=True) dentro de "
                + "`with op.get_context().autocommit_block():` y después añada la restricción con "
                + "op.execute(\"ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …\").")
    }

    public static func migrationAlembicForeignKeyWithoutIndex(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Foreign key column \(subject) has no index in this migration, so every delete or key update on "
                + "the referenced table scans this table, and joins on the key are slow. Pass index=True to "
                + "sa.Column(), or create the index with op.create_index() (on an existing table, with "
                + "postgresql_concurrently=True inside `with op.get_context().autocommit_block():`). If an earlier "
                + "migration already indexes it, add `# vixen-gate:allow migration.foreign-key-without-index` to "
                + "the call's first line.",
            es: "La columna de clave foránea \(subject) no tiene índice en esta migración, así que cada borrado o "
                + "cambio de clave en la tabla referenciada recorre esta tabla, y las consultas con JOIN por la "
                + "clave son lentas. Pase index=True a sa.Column() o cree el índice con op.create_index() (en una "
                + "tabla existente, con postgresql_concurrently=True dentro de "
                + "`with op.get_context().autocommit_block():`). Si una migración anterior ya la indexa, añada "
                + "`# vixen-gate:allow migration.foreign-key-without-index` a la primera línea de la llamada.")
    }
}
