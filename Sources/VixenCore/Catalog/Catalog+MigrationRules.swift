// Descriptions of the `migration.*` rules, which SARIF reports list beside their results. Each
// function takes the rule's name without the `migration.` family.

extension Catalog {
    /// Returns the one-sentence title of a migration rule.
    public static func ruleMigrationShortDescription(_ name: String) -> LocalizedText {
        switch name {
        case "missing-down":
            LocalizedText(en: "A migration has no down part", es: "Una migración no tiene parte de reversión")
        case "empty-down":
            LocalizedText(en: "A migration's down part does nothing", es: "La reversión de una migración no hace nada")
        case "raising-down":
            LocalizedText(
                en: "A migration's down part only raises", es: "La reversión de una migración solo lanza una excepción")
        case "irreversible-operation":
            LocalizedText(
                en: "A Django operation has no reverse code", es: "Una operación de Django no tiene código inverso")
        case "noop-down":
            LocalizedText(
                en: "A migration's rollback is declared a no-op",
                es: "La reversión de una migración está declarada como vacía")
        case "forward-only":
            LocalizedText(
                en: "A Prisma migration has no down script", es: "Una migración de Prisma no tiene script de reversión")
        case "applied-edited":
            LocalizedText(en: "An existing migration was edited", es: "Se editó una migración existente")
        case "applied-deleted":
            LocalizedText(en: "An existing migration was deleted", es: "Se eliminó una migración existente")
        case "multiple-heads":
            LocalizedText(en: "Alembic history has several heads", es: "El historial de Alembic tiene varias cabezas")
        case "unknown-down-revision":
            LocalizedText(
                en: "An Alembic down_revision names no revision",
                es: "Un down_revision de Alembic no indica ninguna revisión")
        case "duplicate-version":
            LocalizedText(en: "Two migrations share a version", es: "Dos migraciones comparten versión")
        default: hazardShortDescription(name)
        }
    }

    private static func hazardShortDescription(_ name: String) -> LocalizedText {
        switch name {
        case "index-not-concurrent":
            LocalizedText(en: "An index is created without CONCURRENTLY", es: "Se crea un índice sin CONCURRENTLY")
        case "concurrent-index-in-transaction":
            LocalizedText(
                en: "CREATE INDEX CONCURRENTLY runs inside a transaction",
                es: "CREATE INDEX CONCURRENTLY se ejecuta dentro de una transacción")
        case "not-null-without-default":
            LocalizedText(
                en: "A NOT NULL column is added without a default",
                es: "Se añade una columna NOT NULL sin valor por defecto")
        case "column-type-change":
            LocalizedText(en: "A column's type is changed", es: "Se cambia el tipo de una columna")
        case "drop-column": LocalizedText(en: "A column is dropped", es: "Se elimina una columna")
        case "drop-table": LocalizedText(en: "A table is dropped", es: "Se elimina una tabla")
        case "rename-column": LocalizedText(en: "A column is renamed", es: "Se renombra una columna")
        case "rename-table": LocalizedText(en: "A table is renamed", es: "Se renombra una tabla")
        case "constraint-without-not-valid":
            LocalizedText(
                en: "A foreign key or check constraint is added without NOT VALID",
                es: "Se añade una clave foránea o una restricción CHECK sin NOT VALID")
        case "unique-constraint":
            LocalizedText(
                en: "A unique constraint is added directly", es: "Se añade directamente una restricción UNIQUE")
        case "foreign-key-without-index":
            LocalizedText(en: "A foreign key column has no index", es: "Una columna de clave foránea no tiene índice")
        default: LocalizedText(en: "Migration rule \(name)", es: "Regla de migraciones \(name)")
        }
    }

    /// Returns the paragraph on what a migration rule reports and why it matters.
    public static func ruleMigrationFullDescription(_ name: String) -> LocalizedText {
        switch name {
        case "missing-down", "empty-down", "raising-down":
            LocalizedText(
                en: "A migration added in the range cannot be rolled back: it has no down part (downgrade(), a down "
                    + "file, a down section or rollback lines), or its down part does nothing or only raises. When a "
                    + "deployment fails, the database then cannot return to the previous release.",
                es: "Una migración añadida en el rango no se puede revertir: no tiene parte de reversión (downgrade(), "
                    + "un archivo down, una sección down o líneas de rollback), o esa parte no hace nada o solo lanza "
                    + "una excepción. Si un despliegue falla, la base de datos no puede volver a la versión anterior.")
        case "irreversible-operation":
            LocalizedText(
                en: "A Django RunPython or RunSQL operation without reverse_code or reverse_sql makes its whole "
                    + "migration irreversible: `migrate` to an earlier migration stops with IrreversibleError.",
                es: "Una operación RunPython o RunSQL de Django sin reverse_code ni reverse_sql hace irreversible toda "
                    + "su migración: `migrate` a una migración anterior se detiene con IrreversibleError.")
        case "noop-down":
            LocalizedText(
                en: "A migration declares that its rollback does nothing (migrations.RunPython.noop, RunSQL.noop, a "
                    + "down file with only SELECT 1). That is right for data fixes with nothing to undo, and wrong "
                    + "for schema changes.",
                es: "Una migración declara que su reversión no hace nada (migrations.RunPython.noop, RunSQL.noop, un "
                    + "archivo down con solo SELECT 1). Es correcto en correcciones de datos sin nada que deshacer, e "
                    + "incorrecto en cambios de esquema.")
        case "forward-only":
            LocalizedText(
                en: "Prisma Migrate has no down migrations, so a Prisma migration can only be undone by hand unless "
                    + "the team keeps a down script beside it.",
                es: "Prisma Migrate no tiene migraciones de reversión, así que una migración de Prisma solo se puede "
                    + "deshacer a mano, salvo que el equipo guarde un script de reversión junto a ella.")
        case "applied-edited", "applied-deleted":
            LocalizedText(
                en: "A migration that existed before the range was edited, renamed or deleted. Databases that "
                    + "already applied it never see the change, so environments drift apart and a new database is "
                    + "built differently from production.",
                es: "Se editó, renombró o eliminó una migración que ya existía antes del rango. Las bases de datos "
                    + "que ya la aplicaron nunca ven el cambio, así que los entornos divergen y una base de datos "
                    + "nueva queda distinta de la de producción.")
        case "multiple-heads", "unknown-down-revision":
            LocalizedText(
                en: "Alembic orders revisions by their down_revision. Two revisions that follow the same one, or a "
                    + "down_revision that names no revision, break `alembic upgrade head`.",
                es: "Alembic ordena las revisiones por su down_revision. Dos revisiones que siguen a la misma, o un "
                    + "down_revision que no indica ninguna revisión, hacen fallar `alembic upgrade head`.")
        case "duplicate-version":
            LocalizedText(
                en: "Two migration files in one folder have the same version, or two Alembic revisions the same id. "
                    + "Migration tools order and record migrations by version, so they reject the folder or skip one.",
                es: "Dos archivos de migración de una carpeta tienen la misma versión, o dos revisiones de Alembic el "
                    + "mismo identificador. Las herramientas ordenan y registran las migraciones por versión, así que "
                    + "rechazan la carpeta u omiten una.")
        default:
            LocalizedText(
                en: "A migration added in the range runs a PostgreSQL operation that locks a live table for its "
                    + "whole run, fails on a table with rows, or breaks the running release: "
                    + "\(ruleMigrationShortDescription(name).english).",
                es: "Una migración añadida en el rango ejecuta una operación de PostgreSQL que bloquea una tabla en "
                    + "uso durante toda su ejecución, falla en una tabla con filas o rompe la versión en ejecución: "
                    + "\(ruleMigrationShortDescription(name).spanish).")
        }
    }

    /// Returns the steps that resolve a finding of a migration rule.
    public static func ruleMigrationHelp(_ name: String) -> LocalizedText {
        switch name {
        case "missing-down", "empty-down", "raising-down", "irreversible-operation", "forward-only", "noop-down":
            LocalizedText(
                en: "Write the down part so that it undoes the forward one, and test both directions before "
                    + "deploying. When a migration truly cannot be undone, add a `vixen-gate:allow <rule>` comment "
                    + "on the reported line and document how to restore the data.",
                es: "Escriba la parte de reversión de modo que deshaga la migración y pruebe ambos sentidos antes de "
                    + "desplegar. Si una migración de verdad no se puede deshacer, añada un comentario "
                    + "`vixen-gate:allow <regla>` en la línea indicada y documente cómo restaurar los datos.")
        case "applied-edited", "applied-deleted":
            LocalizedText(
                en: "Restore the migration as it was and write a new migration for the change. If the migration "
                    + "was never applied anywhere (it exists only on your branch), set the rule to warning under "
                    + "severity in .vixen-gate.yml, or rewrite the branch's commits.",
                es: "Restaure la migración tal como estaba y escriba una migración nueva para el cambio. Si la "
                    + "migración no se aplicó en ningún sitio (solo existe en su rama), defina la regla como warning "
                    + "en severity de .vixen-gate.yml o reescriba los commits de la rama.")
        case "multiple-heads", "unknown-down-revision":
            LocalizedText(
                en: "Set down_revision to the revision the new one follows (`alembic heads` lists the current heads), "
                    + "or add a merge revision with `alembic merge heads`.",
                es: "Asigne a down_revision la revisión a la que sigue la nueva (`alembic heads` muestra las cabezas "
                    + "actuales) o añada una revisión de fusión con `alembic merge heads`.")
        case "duplicate-version":
            LocalizedText(
                en: "Renumber the new migration to the next free version, or generate it again with the migration "
                    + "tool.",
                es: "Cambie el número de la migración nueva por la siguiente versión libre, o vuelva a generarla con "
                    + "la herramienta de migraciones.")
        default:
            LocalizedText(
                en: "Stage the change so that no step locks or breaks a table in use: create indexes CONCURRENTLY "
                    + "outside a transaction, add constraints NOT VALID and validate them later, add columns as "
                    + "nullable or with a default, and drop or rename only after the code no longer uses the old "
                    + "name. When the table is small or not in use yet, add a `vixen-gate:allow <rule>` comment on "
                    + "the statement's first or last line.",
                es: "Divida el cambio para que ningún paso bloquee o rompa una tabla en uso: cree los índices con "
                    + "CONCURRENTLY fuera de una transacción, añada las restricciones con NOT VALID y valídelas "
                    + "después, añada las columnas como anulables o con valor por defecto, y elimine o renombre solo "
                    + "cuando el código ya no use el nombre anterior. Si la tabla es pequeña o aún no se usa, añada un "
                    + "comentario `vixen-gate:allow <regla>` en la primera o la última línea de la instrucción.")
        }
    }
}
