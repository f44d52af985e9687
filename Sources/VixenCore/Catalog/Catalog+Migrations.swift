// Messages of the migration check: its findings, the descriptions of its rules, and the errors
// in the `migrations` configuration section. Rule ids, keys, file names and code stay in English.

// MARK: - Reversibility

extension Catalog {
    /// Returns the message for a migration without a down part.
    ///
    /// - Parameters:
    ///   - upName: What the forward part is called, as code: `upgrade()`, `0003_add.up.sql`.
    ///   - downName: What the missing down part would be called: `downgrade()`, `0003_add.down.sql`.
    public static func migrationMissingDown(migration: String, path: String, upName: String, downName: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "Migration \(migration) in \(path) has no \(downName), so it cannot be rolled back. Write "
                + "\(downName) so that it undoes what \(upName) does, for example dropping the tables, columns and "
                + "indexes it adds.",
            es: "La migración \(migration) de \(path) no tiene \(downName), así que no se puede revertir. Escriba "
                + "\(downName) de modo que deshaga lo que hace \(upName), por ejemplo eliminando las tablas, columnas "
                + "e índices que añade.")
    }

    public static func migrationEmptyDown(migration: String, path: String, upName: String, downName: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "\(downName) of migration \(migration) in \(path) does nothing, so a rollback would leave the changes "
                + "of \(upName) in place. Write the statements that undo them, for example dropping the column that "
                + "\(upName) adds.",
            es: "\(downName) de la migración \(migration) de \(path) no hace nada, así que una reversión dejaría en "
                + "su sitio los cambios de \(upName). Escriba las instrucciones que los deshacen, por ejemplo eliminar "
                + "la columna que añade \(upName).")
    }

    /// Returns the message for a down part whose only statement raises; `statement` is that statement as written.
    public static func migrationRaisingDown(migration: String, path: String, downName: String, statement: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "\(downName) of migration \(migration) in \(path) only raises (\(statement)), so the migration cannot "
                + "be rolled back. Write a \(downName) that undoes the forward migration. If the change truly cannot "
                + "be undone, document how to restore the data and add a `vixen-gate:allow migration.raising-down` "
                + "comment on this line.",
            es: "\(downName) de la migración \(migration) de \(path) solo lanza una excepción (\(statement)), así que "
                + "la migración no se puede revertir. Escriba un \(downName) que deshaga la migración. Si el cambio "
                + "de verdad no se puede deshacer, documente cómo restaurar los datos y añada un comentario "
                + "`vixen-gate:allow migration.raising-down` en esta línea.")
    }

    /// Returns the message for a Django operation without reverse code.
    ///
    /// - Parameters:
    ///   - operation: `RunPython` or `RunSQL`.
    ///   - parameter: The argument that is missing: `reverse_code` or `reverse_sql`.
    ///   - noOp: The declared no-op to pass when there is nothing to undo: `migrations.RunPython.noop`.
    public static func migrationIrreversibleOperation(
        migration: String, path: String, operation: String, parameter: String, noOp: String
    ) -> LocalizedText {
        LocalizedText(
            en: "\(operation) in migration \(migration) (\(path)) has no \(parameter), so Django cannot reverse it and "
                + "the migration cannot be rolled back. Pass \(parameter) with code that undoes the operation, or "
                + "\(noOp) when there is nothing to undo.",
            es: "\(operation) en la migración \(migration) (\(path)) no tiene \(parameter), así que Django no puede "
                + "revertirla y la migración no se puede deshacer. Pase \(parameter) con código que deshaga la "
                + "operación, o \(noOp) si no hay nada que deshacer.")
    }

    /// Returns the message for a rollback declared to do nothing; `detail` is the declaration as written.
    public static func migrationNoOpDown(migration: String, path: String, detail: String) -> LocalizedText {
        LocalizedText(
            en: "The rollback of migration \(migration) in \(path) is declared a no-op (\(detail)), so rolling back "
                + "leaves its changes in place. Check that nothing needs undoing; if so, add a "
                + "`vixen-gate:allow migration.noop-down` comment on this line.",
            es: "La reversión de la migración \(migration) de \(path) está declarada como vacía (\(detail)), así que "
                + "revertirla deja sus cambios en su sitio. Compruebe que no haya nada que deshacer; en ese caso, "
                + "añada un comentario `vixen-gate:allow migration.noop-down` en esta línea.")
    }

    public static func migrationForwardOnly(migration: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "Prisma migration \(migration) (\(path)) has no down script, because Prisma Migrate applies "
                + "migrations forward only. To be able to roll it back, write a down script next to migration.sql "
                + "(`prisma migrate diff` can generate it) and name it in migrations.prisma.down_script in "
                + ".vixen-gate.yml.",
            es: "La migración de Prisma \(migration) (\(path)) no tiene script de reversión, porque Prisma Migrate "
                + "solo aplica migraciones hacia delante. Para poder revertirla, escriba un script de reversión junto "
                + "a migration.sql (`prisma migrate diff` puede generarlo) e indique su nombre en "
                + "migrations.prisma.down_script de .vixen-gate.yml.")
    }
}

// MARK: - History

extension Catalog {
    public static func migrationAppliedEdited(migration: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "Migration \(migration) in \(path) was edited, but it existed before this range, so a database may "
                + "already have applied it and will not run the new version. Restore the file and put the change in "
                + "a new migration.",
            es: "Se editó la migración \(migration) de \(path), pero ya existía antes de este rango, así que es "
                + "posible que alguna base de datos ya la haya aplicado y no ejecute la versión nueva. Restaure el "
                + "archivo y ponga el cambio en una migración nueva.")
    }

    public static func migrationAppliedRenamed(migration: String, path: String, oldPath: String) -> LocalizedText {
        LocalizedText(
            en: "Migration \(migration) was renamed from \(oldPath) to \(path), but it existed before this range and a "
                + "database may already have applied it; tools that record migrations by file name would run it "
                + "again. Restore its name and put any change in a new migration.",
            es: "Se renombró la migración \(migration) de \(oldPath) a \(path), pero ya existía antes de este rango y "
                + "es posible que alguna base de datos ya la haya aplicado; las herramientas que registran las "
                + "migraciones por nombre de archivo la ejecutarían de nuevo. Restaure su nombre y ponga cualquier "
                + "cambio en una migración nueva.")
    }

    public static func migrationAppliedDeleted(migration: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "Migration \(migration) (\(path)) was deleted, but it existed before this range, so a database may "
                + "already have applied it; such a database can no longer be rolled back through it, and a new one "
                + "would be built without it. Restore the file, and undo its change in a new migration.",
            es: "Se eliminó la migración \(migration) (\(path)), pero ya existía antes de este rango, así que es "
                + "posible que alguna base de datos ya la haya aplicado; esa base de datos ya no se puede revertir "
                + "con ella y una base nueva se crearía sin ella. Restaure el archivo y deshaga su cambio en una "
                + "migración nueva.")
    }

    public static func migrationDownDeleted(migration: String, path: String, downPath: String) -> LocalizedText {
        LocalizedText(
            en: "The down migration \(downPath) of migration \(migration) (\(path)) was deleted, so a database that "
                + "applied the migration can no longer roll it back. Restore \(downPath).",
            es: "Se eliminó la migración de reversión \(downPath) de la migración \(migration) (\(path)), así que una "
                + "base de datos que aplicó la migración ya no puede revertirla. Restaure \(downPath).")
    }

    /// Returns the message for an Alembic revision that leaves the history with several heads;
    /// `heads` are the revision ids of every head, this one included.
    public static func migrationMultipleHeads(revision: String, path: String, heads: [String]) -> LocalizedText {
        let list = heads.joined(separator: ", ")
        return LocalizedText(
            en: "Alembic revision \(revision) (\(path)) leaves the revision history with \(heads.count) heads "
                + "(\(list)), so `alembic upgrade head` fails. Set its down_revision to the latest revision, or run "
                + "`alembic merge heads` to add a merge revision.",
            es: "La revisión de Alembic \(revision) (\(path)) deja el historial de revisiones con \(heads.count) "
                + "cabezas (\(list)), así que `alembic upgrade head` falla. Asigne a su down_revision la última "
                + "revisión o ejecute `alembic merge heads` para añadir una revisión de fusión.")
    }

    public static func migrationUnknownDownRevision(revision: String, path: String, missing: String, folder: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "The down_revision of Alembic revision \(revision) (\(path)) names \(missing), which no revision in "
                + "\(folder) has, so Alembic cannot place it in the history. Set it to the id of the revision this "
                + "one follows.",
            es: "El down_revision de la revisión de Alembic \(revision) (\(path)) indica \(missing), que no es el "
                + "identificador de ninguna revisión de \(folder), así que Alembic no puede situarla en el historial. "
                + "Asígnele el identificador de la revisión a la que sigue.")
    }

    public static func migrationDuplicateVersion(path: String, version: String, otherPath: String) -> LocalizedText {
        LocalizedText(
            en: "Migration \(path) uses version \(version), which \(otherPath) uses too, so the migration tool cannot "
                + "order them or rejects both. Renumber \(path) to a version that no other migration uses.",
            es: "La migración \(path) usa la versión \(version), que también usa \(otherPath), así que la herramienta "
                + "de migraciones no puede ordenarlas o rechaza ambas. Cambie el número de \(path) por una versión que "
                + "no use ninguna otra migración.")
    }

    /// Returns the text that places a locking hazard's own message in its migration.
    public static func migrationHazardContext(migration: String, path: String, hazard: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Migration \(migration) (\(path)): \(hazard.english)",
            es: "Migración \(migration) (\(path)): \(hazard.spanish)")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func migrationsConfigEmptyEntry(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has an empty entry. Write a value or remove the entry.",
            es: "\(path) tiene una entrada vacía. Escriba un valor o elimine la entrada.")
    }

    /// Returns the message for a glob that does not compile; `reason` is a glob message.
    public static func migrationsConfigInvalidGlob(path: String, glob: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Invalid glob \"\(glob)\" in \(path). \(reason.english)",
            es: "Patrón glob no válido \"\(glob)\" en \(path). \(reason.spanish)")
    }

    public static func migrationsConfigPathOutside(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) is \"\(value)\", which is not a path inside the repository. Write a path relative to the "
                + "repository root, without a leading /, .. or \\, such as backend/alembic/versions.",
            es: "\(path) es \"\(value)\", que no es una ruta dentro del repositorio. Escriba una ruta relativa a la "
                + "raíz del repositorio, sin / inicial, .. ni \\, como backend/alembic/versions.")
    }

    public static func migrationsConfigInvalidBoolean(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for \(path). Write true or false, without quotes.",
            es: "Valor no válido \"\(value)\" en \(path). Escriba true o false, sin comillas.")
    }
}
