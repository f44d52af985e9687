// Messages of `vixen-gate migrations verify` about which migrations it applies and how: the
// frameworks whose migrations need `database.verify`'s commands, and base migrations that the
// range edits. Keys, framework names and commands stay in English.

extension Catalog {
    /// Returns the error for a migration that only its framework's tool runs, while
    /// `database.verify` sets no commands.
    public static func migrationsVerifyNeedsCommands(migration: String, framework: String) -> LocalizedText {
        LocalizedText(
            en: "Migration \(migration) needs \(framework)'s own tool to run, and database.verify in .vixen-gate.yml "
                + "sets no commands, so nothing was verified. Set database.verify.up_command and "
                + "database.verify.down_command to commands that apply and undo one migration (and "
                + "database.verify.working_directory to the folder they run in), then run the verification again.",
            es: "La migración \(migration) necesita la herramienta de \(framework) para ejecutarse, y database.verify "
                + "de .vixen-gate.yml no define órdenes, así que no se verificó nada. Defina "
                + "database.verify.up_command y database.verify.down_command con órdenes que apliquen y deshagan una "
                + "migración (y database.verify.working_directory con la carpeta donde se ejecutan) y vuelva a "
                + "ejecutar la verificación.")
    }

    /// Returns the error for migrations of several frameworks that each need their own tool,
    /// while `database.verify` sets one pair of commands.
    public static func migrationsVerifyCommandsAmbiguous(frameworks: [String]) -> LocalizedText {
        let list = frameworks.joined(separator: ", ")
        return LocalizedText(
            en: "The repository has migrations of several frameworks that need their own tool (\(list)), but "
                + "database.verify sets one pair of commands, so nothing was verified. Verify one framework at a "
                + "time: set migrations.<framework>.paths to [] in .vixen-gate.yml for the others.",
            es: "El repositorio tiene migraciones de varios frameworks que necesitan su propia herramienta "
                + "(\(list)), pero database.verify define un solo par de órdenes, así que no se verificó nada. "
                + "Verifique un framework cada vez: asigne [] a migrations.<framework>.paths en .vixen-gate.yml para "
                + "los demás.")
    }

    /// Returns the note for a base migration that the range edits or deletes, which is applied as
    /// the base has it.
    public static func migrationsBaseVersionApplied(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Applied as the base has it: \(name). This range edits or deletes it, which `vixen-gate check` "
                + "reports as a migration.applied-edited or migration.applied-deleted finding; the edit is not "
                + "verified.",
            es: "Aplicada tal como está en la base: \(name). Este rango la edita o la elimina, lo que "
                + "`vixen-gate check` informa como hallazgo migration.applied-edited o migration.applied-deleted; la "
                + "edición no se verifica.")
    }

    /// Returns the error for a migration discovery that failed on the commit `commit`.
    public static func migrationsInventoryFailed(commit: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The migrations of commit \(commit) could not be read, so nothing was verified: \(reason)",
            es: "No se pudieron leer las migraciones del commit \(commit), así que no se verificó nada: \(reason)")
    }

    /// Returns the error for a migration file over `limits.max_file_size`, which the discovery
    /// does not read, so verifying without it would prove nothing.
    public static func migrationsVerifyFileTooLarge(path: String, limit: Int64) -> LocalizedText {
        LocalizedText(
            en: "Migration file \(path) is larger than limits.max_file_size (\(limit) bytes), so vixen-gate does not "
                + "read it and nothing was verified. Raise limits.max_file_size in .vixen-gate.yml above the file's "
                + "size, then run the verification again.",
            es: "El archivo de migración \(path) supera limits.max_file_size (\(limit) bytes), así que vixen-gate no "
                + "lo lee y no se verificó nada. Aumente limits.max_file_size en .vixen-gate.yml por encima del "
                + "tamaño del archivo y vuelva a ejecutar la verificación.")
    }
}
