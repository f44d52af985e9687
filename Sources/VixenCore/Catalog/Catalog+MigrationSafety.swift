// Messages of the PostgreSQL safety lint of migrations: one finding message per hazard, and the
// short description, full description and help that the SARIF rule list shows. SQL keywords, lock
// names and rule ids stay in English in both languages, because that is how PostgreSQL writes them.

// MARK: - Findings

extension Catalog {
    public static func migrationIndexNotConcurrent(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Index \(subject) is built without CONCURRENTLY, which blocks every insert, update and delete "
                + "on the table until the build ends. Create the index with CREATE INDEX CONCURRENTLY in a "
                + "migration that runs outside a transaction.",
            es: "El índice \(subject) se crea sin CONCURRENTLY, lo que bloquea todas las inserciones, "
                + "actualizaciones y borrados de la tabla hasta que termina. Cree el índice con CREATE INDEX "
                + "CONCURRENTLY en una migración que se ejecute fuera de una transacción.")
    }

    public static func migrationConcurrentIndexInTransaction(subject: String) -> LocalizedText {
        LocalizedText(
            en: "The CONCURRENTLY operation on \(subject) runs inside a transaction, where PostgreSQL rejects "
                + "CREATE INDEX, DROP INDEX and REINDEX CONCURRENTLY, so the migration fails. Move the statement "
                + "to a migration that runs outside a transaction (in Alembic, inside "
                + "op.get_context().autocommit_block(); in dbmate, under `-- migrate:up transaction:false`) "
                + "and remove any BEGIN around it.",
            es: "La operación CONCURRENTLY sobre \(subject) se ejecuta dentro de una transacción, donde "
                + "PostgreSQL rechaza CREATE INDEX, DROP INDEX y REINDEX CONCURRENTLY, así que la migración falla. "
                + "Mueva la sentencia a una migración que se ejecute fuera de una transacción (en Alembic, dentro "
                + "de op.get_context().autocommit_block(); en dbmate, bajo `-- migrate:up transaction:false`) y "
                + "quite cualquier BEGIN que la rodee.")
    }

    public static func migrationNotNullWithoutDefault(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Column \(subject) becomes NOT NULL without a default. Adding such a column fails on a table "
                + "that has rows, and SET NOT NULL reads the whole table under an ACCESS EXCLUSIVE lock, which "
                + "blocks reads and writes. Give a new column a DEFAULT. For an existing column, add "
                + "CHECK (column IS NOT NULL) NOT VALID, validate it in a later migration, then run SET NOT NULL, "
                + "which then skips the scan.",
            es: "La columna \(subject) pasa a ser NOT NULL sin valor por defecto. Añadir una columna así falla en "
                + "una tabla que tiene filas, y SET NOT NULL lee toda la tabla con un bloqueo ACCESS EXCLUSIVE, que "
                + "impide lecturas y escrituras. Dé un DEFAULT a la columna nueva. Para una columna existente, "
                + "añada CHECK (columna IS NOT NULL) NOT VALID, valídela en una migración posterior y después "
                + "ejecute SET NOT NULL, que así no recorre la tabla.")
    }

    public static func migrationColumnTypeChange(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Changing the type of column \(subject) rewrites the table and its indexes under an ACCESS "
                + "EXCLUSIVE lock, which blocks reads and writes until the rewrite ends. Add a column of the new "
                + "type, fill it in batches, switch the code to it, and drop the old column in a later release.",
            es: "Cambiar el tipo de la columna \(subject) reescribe la tabla y sus índices con un bloqueo ACCESS "
                + "EXCLUSIVE, que impide lecturas y escrituras hasta que termina. Añada una columna del tipo nuevo, "
                + "rellénela por lotes, haga que el código la use y elimine la columna antigua en una versión "
                + "posterior.")
    }

    public static func migrationDropColumn(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Dropping column \(subject) breaks the application version that still runs until the new one "
                + "is deployed, and a rollback does not bring the data back. First deploy code that no longer "
                + "uses the column, then drop it in a later migration, after a backup.",
            es: "Eliminar la columna \(subject) rompe la versión de la aplicación que sigue en ejecución hasta "
                + "que se despliega la nueva, y revertir el despliegue no recupera los datos. Despliegue primero "
                + "un código que ya no use la columna y elimínela después en una migración posterior, tras una "
                + "copia de seguridad.")
    }

    public static func migrationDropTable(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Dropping table \(subject) breaks the application version that still runs until the new one "
                + "is deployed, and a rollback does not bring the data back. First deploy code that no longer "
                + "uses the table, then drop it in a later migration, after a backup.",
            es: "Eliminar la tabla \(subject) rompe la versión de la aplicación que sigue en ejecución hasta que "
                + "se despliega la nueva, y revertir el despliegue no recupera los datos. Despliegue primero un "
                + "código que ya no use la tabla y elimínela después en una migración posterior, tras una copia "
                + "de seguridad.")
    }

    public static func migrationRenameColumn(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Renaming column \(subject) breaks the application version that still runs, which uses the old "
                + "name until the new version is deployed. Add a column with the new name, write to both, copy "
                + "the data, move reads to the new column, and drop the old one in a later release.",
            es: "Renombrar la columna \(subject) rompe la versión de la aplicación que sigue en ejecución, que usa "
                + "el nombre antiguo hasta que se despliega la nueva. Añada una columna con el nombre nuevo, "
                + "escriba en ambas, copie los datos, haga que las lecturas usen la columna nueva y elimine la "
                + "antigua en una versión posterior.")
    }

    public static func migrationRenameTable(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Renaming table \(subject) breaks the application version that still runs, which uses the old "
                + "name until the new version is deployed. Rename it in two releases: rename the table and "
                + "create a view with the old name, deploy code that uses the new name, then drop the view.",
            es: "Renombrar la tabla \(subject) rompe la versión de la aplicación que sigue en ejecución, que usa "
                + "el nombre antiguo hasta que se despliega la nueva. Renómbrela en dos versiones: renombre la "
                + "tabla y cree una vista con el nombre antiguo, despliegue un código que use el nombre nuevo y "
                + "después elimine la vista.")
    }

    public static func migrationConstraintWithoutNotValid(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Constraint \(subject) is checked against every existing row while the table stays locked: a "
                + "foreign key blocks writes to both tables, a check constraint blocks reads and writes. That "
                + "happens when it is added without NOT VALID, or validated in the transaction that added it. Add "
                + "it with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration, which "
                + "checks the rows without blocking reads or writes.",
            es: "La restricción \(subject) se comprueba en todas las filas existentes mientras la tabla sigue "
                + "bloqueada: una clave foránea impide escribir en ambas tablas, y una restricción CHECK impide "
                + "leer y escribir. Ocurre cuando se añade sin NOT VALID o se valida en la misma transacción que "
                + "la añadió. Añádala con NOT VALID y después ejecute ALTER TABLE … VALIDATE CONSTRAINT en una "
                + "migración posterior, que comprueba las filas sin bloquear lecturas ni escrituras.")
    }

    public static func migrationUniqueConstraint(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Unique or primary key constraint \(subject) builds its index under an ACCESS EXCLUSIVE lock, "
                + "which blocks reads and writes on the table until the build ends. Build the index first with "
                + "CREATE UNIQUE INDEX CONCURRENTLY, then add the constraint with ADD CONSTRAINT … UNIQUE USING "
                + "INDEX (or PRIMARY KEY USING INDEX).",
            es: "La restricción única o de clave primaria \(subject) crea su índice con un bloqueo ACCESS "
                + "EXCLUSIVE, que impide lecturas y escrituras en la tabla hasta que termina. Cree antes el índice "
                + "con CREATE UNIQUE INDEX CONCURRENTLY y después añada la restricción con ADD CONSTRAINT … UNIQUE "
                + "USING INDEX (o PRIMARY KEY USING INDEX).")
    }

    public static func migrationForeignKeyWithoutIndex(subject: String) -> LocalizedText {
        LocalizedText(
            en: "Foreign key column \(subject) has no index in this migration, so every delete or key update on "
                + "the referenced table scans this table, and joins on the key are slow. Create an index on it "
                + "(with CONCURRENTLY on an existing table). If an earlier migration already indexes it, add "
                + "`-- vixen-gate:allow migration.foreign-key-without-index` to the statement's first line.",
            es: "La columna de clave foránea \(subject) no tiene índice en esta migración, así que cada borrado o "
                + "cambio de clave en la tabla referenciada recorre esta tabla, y las consultas con JOIN por la "
                + "clave son lentas. Cree un índice sobre ella (con CONCURRENTLY en una tabla existente). Si una migración "
                + "anterior ya la indexa, añada `-- vixen-gate:allow migration.foreign-key-without-index` a la "
                + "primera línea de la sentencia.")
    }
}

// MARK: - Rule documentation

extension Catalog {
    /// Returns the help paragraph every migration safety rule ends with: how to accept a finding.
    public static func ruleMigrationAcceptHazard(rule: String) -> LocalizedText {
        LocalizedText(
            en: "If a finding does not apply, for example because the table is small or the running code no "
                + "longer uses it, add `-- vixen-gate:allow \(rule)` to the statement's first line, or set "
                + "\(rule) under severity in .vixen-gate.yml.",
            es: "Si un hallazgo no procede, por ejemplo porque la tabla es pequeña o el código en ejecución ya no "
                + "la usa, añada `-- vixen-gate:allow \(rule)` a la primera línea de la sentencia, o defina "
                + "\(rule) en severity, en .vixen-gate.yml.")
    }

    public static func ruleMigrationIndexNotConcurrentShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Index built without CONCURRENTLY on an existing table",
            es: "Índice creado sin CONCURRENTLY en una tabla existente")
    }

    public static func ruleMigrationIndexNotConcurrentFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration runs CREATE INDEX or CREATE UNIQUE INDEX without CONCURRENTLY on a table it did not "
                + "create. The build holds a lock that blocks every write to the table until it ends, which on a "
                + "large table stops the application for minutes.",
            es: "Una migración ejecuta CREATE INDEX o CREATE UNIQUE INDEX sin CONCURRENTLY sobre una tabla que no "
                + "creó ella. La creación mantiene un bloqueo que impide escribir en la tabla hasta que termina, "
                + "lo que en una tabla grande detiene la aplicación durante minutos.")
    }

    public static func ruleMigrationIndexNotConcurrentHelp() -> LocalizedText {
        LocalizedText(
            en: "Write CREATE INDEX CONCURRENTLY and run it in a migration without a transaction. If the build "
                + "fails, drop the INVALID index it leaves before trying again.",
            es: "Escriba CREATE INDEX CONCURRENTLY y ejecútelo en una migración sin transacción. Si la creación "
                + "falla, elimine el índice INVALID que deja antes de volver a intentarlo.")
    }

    public static func ruleMigrationConcurrentIndexInTransactionShortDescription() -> LocalizedText {
        LocalizedText(
            en: "CONCURRENTLY index operation inside a transaction",
            es: "Operación de índice CONCURRENTLY dentro de una transacción")
    }

    public static func ruleMigrationConcurrentIndexInTransactionFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration runs CREATE INDEX, DROP INDEX or REINDEX with CONCURRENTLY inside a transaction, "
                + "opened by the migration tool or by a BEGIN in the file. PostgreSQL rejects it there, so the "
                + "migration fails partway through a deployment.",
            es: "Una migración ejecuta CREATE INDEX, DROP INDEX o REINDEX con CONCURRENTLY dentro de una "
                + "transacción, abierta por la herramienta de migraciones o por un BEGIN en el archivo. PostgreSQL "
                + "la rechaza ahí, así que la migración falla a mitad de un despliegue.")
    }

    public static func ruleMigrationConcurrentIndexInTransactionHelp() -> LocalizedText {
        LocalizedText(
            en: "Put the statement in a migration of its own that the tool runs outside a transaction (Alembic: "
                + "op.get_context().autocommit_block(); dbmate: `-- migrate:up transaction:false`), without BEGIN "
                + "or COMMIT around it.",
            es: "Ponga la sentencia en una migración propia que la herramienta ejecute fuera de una transacción "
                + "(Alembic: op.get_context().autocommit_block(); dbmate: `-- migrate:up transaction:false`), sin "
                + "BEGIN ni COMMIT alrededor.")
    }

    public static func ruleMigrationNotNullWithoutDefaultShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Column made NOT NULL without a default",
            es: "Columna NOT NULL sin valor por defecto")
    }

    public static func ruleMigrationNotNullWithoutDefaultFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration adds a NOT NULL column without a DEFAULT to an existing table, which fails as soon "
                + "as the table has rows, or runs ALTER COLUMN … SET NOT NULL, which reads the whole table while "
                + "blocking reads and writes.",
            es: "Una migración añade a una tabla existente una columna NOT NULL sin DEFAULT, lo que falla en "
                + "cuanto la tabla tiene filas, o ejecuta ALTER COLUMN … SET NOT NULL, que lee toda la tabla "
                + "mientras impide lecturas y escrituras.")
    }

    public static func ruleMigrationNotNullWithoutDefaultHelp() -> LocalizedText {
        LocalizedText(
            en: "Give a new column a DEFAULT, which PostgreSQL 11 and later add without rewriting the table. For "
                + "an existing column, add CHECK (column IS NOT NULL) NOT VALID, run VALIDATE CONSTRAINT in a "
                + "later migration, then SET NOT NULL (PostgreSQL 12 and later then skip the scan) and drop the "
                + "check.",
            es: "Dé un DEFAULT a la columna nueva, que PostgreSQL 11 y posteriores añaden sin reescribir la tabla. "
                + "Para una columna existente, añada CHECK (columna IS NOT NULL) NOT VALID, ejecute VALIDATE "
                + "CONSTRAINT en una migración posterior, después SET NOT NULL (PostgreSQL 12 y posteriores ya no "
                + "recorren la tabla) y elimine la restricción CHECK.")
    }

    public static func ruleMigrationColumnTypeChangeShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Column type changed on an existing table",
            es: "Cambio del tipo de una columna en una tabla existente")
    }

    public static func ruleMigrationColumnTypeChangeFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration runs ALTER COLUMN … TYPE on an existing table. Most type changes rewrite the table "
                + "and rebuild its indexes while blocking reads and writes. A few, such as raising a varchar "
                + "limit, do not, but the rule cannot tell them apart without the old type.",
            es: "Una migración ejecuta ALTER COLUMN … TYPE sobre una tabla existente. La mayoría de los cambios "
                + "de tipo reescriben la tabla y reconstruyen sus índices mientras impiden lecturas y escrituras. "
                + "Unos pocos, como ampliar el límite de un varchar, no lo hacen, pero la regla no puede "
                + "distinguirlos sin conocer el tipo anterior.")
    }

    public static func ruleMigrationColumnTypeChangeHelp() -> LocalizedText {
        LocalizedText(
            en: "Add a column of the new type, write to both columns, fill the new one in batches, move reads to "
                + "it, and drop the old column in a later release.",
            es: "Añada una columna del tipo nuevo, escriba en ambas columnas, rellene la nueva por lotes, haga "
                + "que las lecturas la usen y elimine la columna antigua en una versión posterior.")
    }

    public static func ruleMigrationDropColumnShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Column dropped that running code may still read",
            es: "Se elimina una columna que el código en ejecución puede seguir leyendo")
    }

    public static func ruleMigrationDropColumnFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration drops a column of an existing table. Migrations run before the new code is "
                + "deployed, so the version still running fails on every query that names the column, and "
                + "rolling the deployment back does not restore the data.",
            es: "Una migración elimina una columna de una tabla existente. Las migraciones se ejecutan antes de "
                + "desplegar el código nuevo, así que la versión que sigue en ejecución falla en cada consulta que "
                + "nombra la columna, y revertir el despliegue no restaura los datos.")
    }

    public static func ruleMigrationDropColumnHelp() -> LocalizedText {
        LocalizedText(
            en: "Deploy code that no longer reads or writes the column first. Drop the column in a migration of "
                + "a later release, after a backup.",
            es: "Despliegue primero un código que ya no lea ni escriba la columna. Elimine la columna en una "
                + "migración de una versión posterior, tras una copia de seguridad.")
    }

    public static func ruleMigrationDropTableShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Table dropped that running code may still read",
            es: "Se elimina una tabla que el código en ejecución puede seguir leyendo")
    }

    public static func ruleMigrationDropTableFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration drops a table it did not create. Migrations run before the new code is deployed, so "
                + "the version still running fails on every query that uses the table, and rolling the deployment "
                + "back does not restore the data.",
            es: "Una migración elimina una tabla que no creó ella. Las migraciones se ejecutan antes de desplegar "
                + "el código nuevo, así que la versión que sigue en ejecución falla en cada consulta que usa la "
                + "tabla, y revertir el despliegue no restaura los datos.")
    }

    public static func ruleMigrationDropTableHelp() -> LocalizedText {
        LocalizedText(
            en: "Deploy code that no longer uses the table first. Drop the table in a migration of a later "
                + "release, after a backup.",
            es: "Despliegue primero un código que ya no use la tabla. Elimine la tabla en una migración de una "
                + "versión posterior, tras una copia de seguridad.")
    }

    public static func ruleMigrationRenameColumnShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Column renamed under the running code",
            es: "Se renombra una columna que usa el código en ejecución")
    }

    public static func ruleMigrationRenameColumnFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration renames a column of an existing table. The version still running uses the old name "
                + "until the new code is deployed, so its queries fail from the moment the migration commits.",
            es: "Una migración renombra una columna de una tabla existente. La versión que sigue en ejecución usa "
                + "el nombre antiguo hasta que se despliega el código nuevo, así que sus consultas fallan desde "
                + "que la migración se confirma.")
    }

    public static func ruleMigrationRenameColumnHelp() -> LocalizedText {
        LocalizedText(
            en: "Add a column with the new name, write to both columns, copy the data, move reads to the new "
                + "column, and drop the old one in a later release.",
            es: "Añada una columna con el nombre nuevo, escriba en ambas columnas, copie los datos, haga que las "
                + "lecturas usen la columna nueva y elimine la antigua en una versión posterior.")
    }

    public static func ruleMigrationRenameTableShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Table renamed under the running code",
            es: "Se renombra una tabla que usa el código en ejecución")
    }

    public static func ruleMigrationRenameTableFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration renames an existing table. The version still running uses the old name until the "
                + "new code is deployed, so its queries fail from the moment the migration commits.",
            es: "Una migración renombra una tabla existente. La versión que sigue en ejecución usa el nombre "
                + "antiguo hasta que se despliega el código nuevo, así que sus consultas fallan desde que la "
                + "migración se confirma.")
    }

    public static func ruleMigrationRenameTableHelp() -> LocalizedText {
        LocalizedText(
            en: "Rename the table and create a view with the old name in the same migration, deploy code that "
                + "uses the new name, then drop the view in a later release.",
            es: "Renombre la tabla y cree una vista con el nombre antiguo en la misma migración, despliegue un "
                + "código que use el nombre nuevo y elimine la vista en una versión posterior.")
    }

    public static func ruleMigrationConstraintWithoutNotValidShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Foreign key or check constraint validated under a lock",
            es: "Clave foránea o restricción CHECK validada con la tabla bloqueada")
    }

    public static func ruleMigrationConstraintWithoutNotValidFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration adds a foreign key or check constraint to an existing table without NOT VALID, adds "
                + "a column with REFERENCES, or validates a constraint in the transaction that added it. "
                + "PostgreSQL then checks every row while a foreign key blocks writes to both tables and a check "
                + "constraint blocks reads and writes.",
            es: "Una migración añade a una tabla existente una clave foránea o una restricción CHECK sin NOT "
                + "VALID, añade una columna con REFERENCES o valida una restricción en la misma transacción que "
                + "la añadió. PostgreSQL comprueba entonces todas las filas mientras una clave foránea impide "
                + "escribir en ambas tablas y una restricción CHECK impide leer y escribir.")
    }

    public static func ruleMigrationConstraintWithoutNotValidHelp() -> LocalizedText {
        LocalizedText(
            en: "Add the constraint with NOT VALID, which checks only new rows. Run ALTER TABLE … VALIDATE "
                + "CONSTRAINT in a later migration; it checks the existing rows without blocking reads or writes. "
                + "For a new column, add the column first, then the foreign key with NOT VALID.",
            es: "Añada la restricción con NOT VALID, que solo comprueba las filas nuevas. Ejecute ALTER TABLE … "
                + "VALIDATE CONSTRAINT en una migración posterior; comprueba las filas existentes sin bloquear "
                + "lecturas ni escrituras. Para una columna nueva, añada primero la columna y después la clave "
                + "foránea con NOT VALID.")
    }

    public static func ruleMigrationUniqueConstraintShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Unique or primary key constraint that builds its index under a lock",
            es: "Restricción única o de clave primaria que crea su índice con la tabla bloqueada")
    }

    public static func ruleMigrationUniqueConstraintFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration adds a UNIQUE or PRIMARY KEY constraint to an existing table, or a column with one, "
                + "so PostgreSQL builds a new index while blocking reads and writes on the table.",
            es: "Una migración añade una restricción UNIQUE o PRIMARY KEY a una tabla existente, o una columna "
                + "con una de ellas, así que PostgreSQL crea un índice nuevo mientras impide lecturas y escrituras "
                + "en la tabla.")
    }

    public static func ruleMigrationUniqueConstraintHelp() -> LocalizedText {
        LocalizedText(
            en: "Build the index with CREATE UNIQUE INDEX CONCURRENTLY in a migration without a transaction, then "
                + "add the constraint with ADD CONSTRAINT name UNIQUE USING INDEX index_name (or PRIMARY KEY USING "
                + "INDEX), which takes only a brief lock.",
            es: "Cree el índice con CREATE UNIQUE INDEX CONCURRENTLY en una migración sin transacción y después "
                + "añada la restricción con ADD CONSTRAINT nombre UNIQUE USING INDEX nombre_indice (o PRIMARY KEY "
                + "USING INDEX), que solo bloquea la tabla un instante.")
    }

    public static func ruleMigrationForeignKeyWithoutIndexShortDescription() -> LocalizedText {
        LocalizedText(
            en: "Foreign key column without an index",
            es: "Columna de clave foránea sin índice")
    }

    public static func ruleMigrationForeignKeyWithoutIndexFullDescription() -> LocalizedText {
        LocalizedText(
            en: "A migration adds a foreign key, and no index created in the same migration starts with its "
                + "columns. PostgreSQL does not index them by itself, so deleting or updating a referenced row "
                + "scans the whole table, and joins on the key are slow.",
            es: "Una migración añade una clave foránea y ningún índice creado en la misma migración empieza por "
                + "sus columnas. PostgreSQL no las indexa por sí mismo, así que borrar o actualizar una fila "
                + "referenciada recorre toda la tabla, y las consultas con JOIN por la clave son lentas.")
    }

    public static func ruleMigrationForeignKeyWithoutIndexHelp() -> LocalizedText {
        LocalizedText(
            en: "Create an index whose first columns are the foreign key's columns, with CONCURRENTLY when the "
                + "table already exists. An index from an earlier migration is not seen by this rule.",
            es: "Cree un índice cuyas primeras columnas sean las de la clave foránea, con CONCURRENTLY si la "
                + "tabla ya existe. Esta regla no ve los índices creados en migraciones anteriores.")
    }
}
