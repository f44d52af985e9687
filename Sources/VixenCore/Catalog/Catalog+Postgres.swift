// Messages about database URLs, the PostgreSQL tools, `vixen-gate migrations verify` and backups.
// Tool names, SQL, option names and configuration keys stay in English, because users type them
// as written. Every URL given to these functions is already redacted.

// MARK: - Database URLs

extension Catalog {
    /// Returns the sentence that ends URL errors, because an unencoded character is the usual cause.
    static func postgresURLEncodingHint() -> LocalizedText {
        LocalizedText(
            en: "Characters such as / @ : ? # % in the user or password must be percent-encoded "
                + "(%2F %40 %3A %3F %23 %25).",
            es: "Los caracteres como / @ : ? # % en el usuario o la contraseña deben ir codificados con "
                + "porcentaje (%2F %40 %3A %3F %23 %25).")
    }

    public static func postgresURLUnsupportedScheme(_ url: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid database URL \"\(url)\": it must start with postgresql:// or postgres://, such as "
                + "postgresql://user:password@localhost:5432/app.",
            es: "URL de base de datos no válida \"\(url)\": debe empezar por postgresql:// o postgres://, por "
                + "ejemplo postgresql://usuario:contraseña@localhost:5432/app.")
    }

    /// Returns the name of a URL part: `user`, `password`, `host`, `database`, `parameter name`, or
    /// else the name of the parameter whose value it is.
    static func postgresURLPart(_ part: String) -> LocalizedText {
        switch part {
        case "user": LocalizedText(en: "the user", es: "el usuario")
        case "password": LocalizedText(en: "the password", es: "la contraseña")
        case "host": LocalizedText(en: "the host", es: "el host")
        case "database": LocalizedText(en: "the database name", es: "el nombre de la base de datos")
        case "parameter name": LocalizedText(en: "a parameter name", es: "un nombre de parámetro")
        default: LocalizedText(en: "the value of \(part)", es: "el valor de \(part)")
        }
    }

    public static func postgresURLInvalidPercentEncoding(part: String, url: String) -> LocalizedText {
        let hint = postgresURLEncodingHint()
        let name = postgresURLPart(part)
        return LocalizedText(
            en: "Invalid database URL \"\(url)\": \(name.english) contains a % that is not followed by two "
                + "hexadecimal digits, or its bytes are not UTF-8. \(hint.english)",
            es: "URL de base de datos no válida \"\(url)\": \(name.spanish) contiene un % que no va seguido de "
                + "dos dígitos hexadecimales, o sus bytes no son UTF-8. \(hint.spanish)")
    }

    /// Returns the message for an invalid port.
    ///
    /// A port that is not all digits usually comes from an unencoded character in the password, so
    /// the message then shows how to encode it.
    public static func postgresURLInvalidPort(_ port: String, url: String) -> LocalizedText {
        let isNumber = !port.isEmpty && port.allSatisfy { $0.isASCII && $0.isNumber }
        let hint = isNumber ? LocalizedText(en: "", es: "") : postgresURLEncodingHint()
        let message = LocalizedText(
            en: "Invalid database URL \"\(url)\": the port \"\(port)\" is not a number from 1 to 65535.",
            es: "URL de base de datos no válida \"\(url)\": el puerto \"\(port)\" no es un número entre 1 y "
                + "65535.")
        return isNumber ? message : LocalizedText.joined([message, hint])
    }

    public static func postgresURLInvalidHost(_ host: String, url: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid database URL \"\(url)\": the host \"\(host)\" is not valid. Write an IPv6 address in "
                + "brackets, such as [::1]:5432.",
            es: "URL de base de datos no válida \"\(url)\": el host \"\(host)\" no es válido. Escriba las "
                + "direcciones IPv6 entre corchetes, por ejemplo [::1]:5432.")
    }

    public static func postgresURLInvalidParameter(_ item: String, url: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid database URL \"\(url)\": the query item \"\(item)\" has no value. Write name=value, "
                + "such as sslmode=require.",
            es: "URL de base de datos no válida \"\(url)\": el parámetro \"\(item)\" no tiene valor. Escriba "
                + "nombre=valor, por ejemplo sslmode=require.")
    }

    public static func postgresURLUnknownParameter(_ name: String, url: String, known: [String]) -> LocalizedText {
        let list = known.joined(separator: ", ")
        return LocalizedText(
            en: "Invalid database URL \"\(url)\": unknown parameter \"\(name)\". Known parameters: \(list).",
            es: "URL de base de datos no válida \"\(url)\": parámetro desconocido \"\(name)\". Parámetros "
                + "conocidos: \(list).")
    }

    public static func postgresURLParameterWithoutVariable(_ name: String, url: String) -> LocalizedText {
        LocalizedText(
            en: "Unsupported database URL \"\(url)\": the parameter \"\(name)\" has no libpq environment "
                + "variable, and vixen-gate passes the URL to the PostgreSQL tools only through the environment, "
                + "never on their command line. Remove the parameter.",
            es: "URL de base de datos no admitida \"\(url)\": el parámetro \"\(name)\" no tiene variable de "
                + "entorno de libpq, y vixen-gate pasa la URL a las herramientas de PostgreSQL solo por el "
                + "entorno, nunca en su línea de órdenes. Elimine el parámetro.")
    }

    public static func postgresURLInvalidSSLMode(_ value: String, url: String, accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "Invalid database URL \"\(url)\": unknown sslmode \"\(value)\". Use one of \(list).",
            es: "URL de base de datos no válida \"\(url)\": sslmode \"\(value)\" desconocido. Use uno de "
                + "estos: \(list).")
    }
}

// MARK: - Tools

extension Catalog {
    public static func postgresToolNotFound(_ tool: String, searched: [String]) -> LocalizedText {
        let places = searched.joined(separator: ", ")
        return LocalizedText(
            en: "\(tool) was not found in \(places). Install the PostgreSQL client tools (Debian: apt-get install "
                + "postgresql-client), or give their folder with --pg-bin DIR or database.pg_bin in "
                + ".vixen-gate.yml.",
            es: "No se encontró \(tool) en \(places). Instale las herramientas cliente de PostgreSQL (Debian: "
                + "apt-get install postgresql-client) o indique su carpeta con --pg-bin DIR o con "
                + "database.pg_bin en .vixen-gate.yml.")
    }

    public static func postgresToolMissingFromFolder(_ tool: String, folder: String) -> LocalizedText {
        LocalizedText(
            en: "The PostgreSQL tools folder \"\(folder)\" has no executable \(tool). Give a folder that contains "
                + "psql, pg_dump and pg_restore, such as /usr/lib/postgresql/16/bin.",
            es: "La carpeta de herramientas de PostgreSQL \"\(folder)\" no contiene el ejecutable \(tool). "
                + "Indique una carpeta que contenga psql, pg_dump y pg_restore, por ejemplo "
                + "/usr/lib/postgresql/16/bin.")
    }

    public static func postgresLaunchFailed(_ tool: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "Could not start \(tool): \(reason). Check that it exists and is executable.",
            es: "No se pudo iniciar \(tool): \(reason). Compruebe que existe y que es ejecutable.")
    }

    /// Returns a tool's exit status followed by its output, indented, or a note that it printed nothing.
    public static func postgresToolFailure(tool: String, status: Int32, output: String) -> LocalizedText {
        guard !output.isEmpty else {
            return LocalizedText(
                en: "\(tool) exited with status \(status) and printed nothing.",
                es: "\(tool) terminó con el estado \(status) sin mostrar nada.")
        }
        let indented = output.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
            .joined(separator: "\n")
        return LocalizedText(
            en: "\(tool) exited with status \(status):\n\(indented)",
            es: "\(tool) terminó con el estado \(status):\n\(indented)")
    }

    public static func postgresConnectionFailed(url: String, failure: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Could not query the database \(url). Check that the server is running, the password is right "
                + "and the database exists. \(failure.english)",
            es: "No se pudo consultar la base de datos \(url). Compruebe que el servidor está en marcha, que la "
                + "contraseña es correcta y que la base de datos existe. \(failure.spanish)")
    }

    public static func postgresDumpOlderThanServer(
        path: String, dumpVersion: String, serverVersion: String, serverMajor: String
    ) -> LocalizedText {
        LocalizedText(
            en: "pg_dump \(dumpVersion) (\(path)) cannot dump this server, which runs PostgreSQL \(serverVersion): "
                + "pg_dump rejects servers of a newer major version than its own. Install the client tools of "
                + "PostgreSQL \(serverMajor) or newer and give their folder with --pg-bin DIR or database.pg_bin "
                + "in .vixen-gate.yml, such as /usr/lib/postgresql/\(serverMajor)/bin.",
            es: "pg_dump \(dumpVersion) (\(path)) no puede volcar este servidor, que ejecuta PostgreSQL "
                + "\(serverVersion): pg_dump rechaza los servidores de una versión mayor más reciente que la suya. "
                + "Instale las herramientas cliente de PostgreSQL \(serverMajor) o posterior e indique su carpeta "
                + "con --pg-bin DIR o con database.pg_bin en .vixen-gate.yml, por ejemplo "
                + "/usr/lib/postgresql/\(serverMajor)/bin.")
    }
}

// MARK: - Verification

extension Catalog {
    public static func postgresExistingTables(url: String, count: Int, examples: [String]) -> LocalizedText {
        let list = examples.joined(separator: ", ")
        let more = count > examples.count ? ", …" : ""
        let englishTables = count == 1 ? "1 table" : "\(count) tables"
        let spanishTables = count == 1 ? "1 tabla" : "\(count) tablas"
        return LocalizedText(
            en: "The database \(url) already contains \(englishTables) (\(list)\(more)), so the URL probably points "
                + "at a real database. Verification only needs a server where it may create a scratch database: "
                + "point the URL at an empty database, or pass --allow-existing if this server is meant for it. "
                + "The tables are never changed either way.",
            es: "La base de datos \(url) ya contiene \(spanishTables) (\(list)\(more)), así que probablemente la "
                + "URL apunta a una base de datos real. La verificación solo necesita un servidor en el que pueda "
                + "crear una base de datos temporal: apunte la URL a una base de datos vacía o use "
                + "--allow-existing si este servidor está pensado para ello. En ningún caso se modifican esas "
                + "tablas.")
    }

    public static func postgresScratchNotCreated(_ name: String, failure: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Could not create the scratch database \(name). The role in the URL needs the CREATEDB privilege "
                + "(ALTER ROLE ... CREATEDB). \(failure.english)",
            es: "No se pudo crear la base de datos temporal \(name). El rol de la URL necesita el privilegio "
                + "CREATEDB (ALTER ROLE ... CREATEDB). \(failure.spanish)")
    }

    public static func postgresStepFailed(step: LocalizedText, migration: String, failure: LocalizedText)
        -> LocalizedText
    {
        LocalizedText(
            en: "Migration \(migration) failed at step \"\(step.english)\". Fix the migration, then run the "
                + "verification again. \(failure.english)",
            es: "La migración \(migration) falló en el paso \"\(step.spanish)\". Corrija la migración y vuelva a "
                + "ejecutar la verificación. \(failure.spanish)")
    }

    public static func postgresInterrupted(scratchDatabase: String?, dropped: Bool) -> LocalizedText {
        guard let scratchDatabase else {
            return LocalizedText(
                en: "Verification was interrupted before it created a scratch database.",
                es: "La verificación se interrumpió antes de crear una base de datos temporal.")
        }
        if dropped {
            return LocalizedText(
                en: "Verification was interrupted; the scratch database \(scratchDatabase) was dropped.",
                es: "La verificación se interrumpió; se eliminó la base de datos temporal \(scratchDatabase).")
        }
        return LocalizedText(
            en: "Verification was interrupted, and the scratch database \(scratchDatabase) could not be dropped. "
                + "Drop it with: DROP DATABASE \(scratchDatabase);",
            es: "La verificación se interrumpió y no se pudo eliminar la base de datos temporal \(scratchDatabase). "
                + "Elimínela con: DROP DATABASE \(scratchDatabase);")
    }

    public static func postgresStepApplyBase() -> LocalizedText {
        LocalizedText(en: "apply the base's migration", es: "aplicar la migración de la base")
    }

    public static func postgresStepDumpBeforeUp() -> LocalizedText {
        LocalizedText(en: "dump the schema before the migration", es: "volcar el esquema antes de la migración")
    }

    public static func postgresStepUp() -> LocalizedText {
        LocalizedText(en: "up", es: "subida (up)")
    }

    public static func postgresStepDumpAfterUp() -> LocalizedText {
        LocalizedText(en: "dump the schema after up", es: "volcar el esquema después de la subida")
    }

    public static func postgresStepDown() -> LocalizedText {
        LocalizedText(en: "down", es: "bajada (down)")
    }

    public static func postgresStepDumpAfterDown() -> LocalizedText {
        LocalizedText(en: "dump the schema after down", es: "volcar el esquema después de la bajada")
    }

    public static func postgresStepUpAgain() -> LocalizedText {
        LocalizedText(en: "up again after down", es: "nueva subida después de la bajada")
    }

    public static func postgresStepDumpAfterUpAgain() -> LocalizedText {
        LocalizedText(
            en: "dump the schema after up again", es: "volcar el esquema después de la nueva subida")
    }
}

// MARK: - Backups

extension Catalog {
    public static func postgresBackupInvalidKeep(_ keep: Int) -> LocalizedText {
        LocalizedText(
            en: "Invalid number of backups to keep: \(keep). Keep at least 1, such as backup.keep: 7.",
            es: "Número de copias que conservar no válido: \(keep). Conserve al menos 1, por ejemplo "
                + "backup.keep: 7.")
    }

    public static func postgresBackupFolderUnusable(_ folder: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The backup folder \(folder) cannot be used: \(reason). Check its path and permissions.",
            es: "No se puede usar la carpeta de copias \(folder): \(reason). Revise su ruta y sus permisos.")
    }

    public static func postgresBackupNotAFolder(_ folder: String) -> LocalizedText {
        LocalizedText(
            en: "The backup folder \(folder) is a file, not a folder. Choose another path.",
            es: "La carpeta de copias \(folder) es un archivo, no una carpeta. Elija otra ruta.")
    }

    public static func postgresBackupDumpFailed(url: String, failure: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "The backup of \(url) failed, and no backup file was kept. Do not deploy until a backup "
                + "succeeds. \(failure.english)",
            es: "La copia de seguridad de \(url) falló y no se conservó ningún archivo. No despliegue hasta que "
                + "una copia termine bien. \(failure.spanish)")
    }

    public static func postgresBackupVerificationFailed(_ file: String, failure: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "pg_restore could not read the new backup \(file), so it was deleted. Do not deploy until a "
                + "backup succeeds. \(failure.english)",
            es: "pg_restore no pudo leer la nueva copia \(file), así que se eliminó. No despliegue hasta que una "
                + "copia termine bien. \(failure.spanish)")
    }

    public static func postgresBackupPruneFailed(_ file: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The new backup was written, but the old backup \(file) could not be deleted: \(reason). "
                + "Delete it by hand or fix the folder's permissions.",
            es: "Se escribió la nueva copia, pero no se pudo eliminar la copia antigua \(file): \(reason). "
                + "Elimínela a mano o corrija los permisos de la carpeta.")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func postgresConfigVerifyMissingCommand(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "database.verify has no \(key). Give both up_command and down_command, such as "
                + "up_command: alembic upgrade +1 and down_command: alembic downgrade -1.",
            es: "database.verify no tiene \(key). Indique tanto up_command como down_command, por ejemplo "
                + "up_command: alembic upgrade +1 y down_command: alembic downgrade -1.")
    }

    public static func postgresConfigFolderOutsideRepository(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) \"\(value)\" is not a folder inside the repository. Write a path relative to the "
                + "repository root, without .., such as backend.",
            es: "\(path) \"\(value)\" no es una carpeta dentro del repositorio. Escriba una ruta relativa a la "
                + "raíz del repositorio, sin .., por ejemplo backend.")
    }

    public static func postgresConfigInvalidVariableName(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) \"\(value)\" is not a valid environment variable name. Use letters, digits and _, "
                + "not starting with a digit, such as DATABASE_URL.",
            es: "\(path) \"\(value)\" no es un nombre de variable de entorno válido. Use letras, dígitos y _, "
                + "sin empezar por un dígito, por ejemplo DATABASE_URL.")
    }
}

// MARK: - migrations verify

extension Catalog {
    static func postgresMigrationCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 migration" : "\(count) migrations",
            es: count == 1 ? "1 migración" : "\(count) migraciones")
    }

    public static func migrationsMissingURL(variable: String) -> LocalizedText {
        LocalizedText(
            en: "No database URL. Set \(variable) (preferred, so the password stays off the command line) or "
                + "pass --database-url, such as postgresql://user:password@localhost:5432/postgres.",
            es: "No hay URL de base de datos. Defina \(variable) (mejor, así la contraseña no aparece en la línea "
                + "de órdenes) o use --database-url, por ejemplo postgresql://usuario:contraseña@localhost:5432/postgres."
        )
    }

    public static func migrationsExportFailed(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "Could not write \(path) into the temporary folder: \(reason). Check the free space and the "
                + "permissions of the temporary folder (TMPDIR).",
            es: "No se pudo escribir \(path) en la carpeta temporal: \(reason). Revise el espacio libre y los "
                + "permisos de la carpeta temporal (TMPDIR).")
    }

    public static func migrationsWorkingDirectoryMissing(_ folder: String, commit: String) -> LocalizedText {
        LocalizedText(
            en: "database.verify.working_directory is \"\(folder)\", but commit \(commit) has no files there. Give "
                + "the folder that contains alembic.ini, relative to the repository root.",
            es: "database.verify.working_directory vale \"\(folder)\", pero el commit \(commit) no tiene archivos "
                + "ahí. Indique la carpeta que contiene alembic.ini, relativa a la raíz del repositorio.")
    }

    public static func migrationsNothingToVerify(base: String, head: String) -> LocalizedText {
        LocalizedText(
            en: "No new migrations between \(base) and \(head); nothing to verify.",
            es: "No hay migraciones nuevas entre \(base) y \(head); no hay nada que verificar.")
    }

    public static func migrationsVerifyStart(url: String, newCount: Int, baseCount: Int) -> LocalizedText {
        let new = postgresMigrationCount(newCount)
        let base = postgresMigrationCount(baseCount)
        return LocalizedText(
            en: "Verifying \(new.english) on a scratch database on the server of \(url), after the base's "
                + "\(base.english).",
            es: "Verificando \(new.spanish) en una base de datos temporal del servidor de \(url), después de "
                + "\(base.spanish) de la base.")
    }

    public static func migrationsScratchCreated(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Created the scratch database \(name).", es: "Creada la base de datos temporal \(name).")
    }

    public static func migrationsBaseApplied(_ name: String) -> LocalizedText {
        LocalizedText(en: "Applied from the base: \(name)", es: "Aplicada desde la base: \(name)")
    }

    public static func migrationsReversible(_ name: String) -> LocalizedText {
        LocalizedText(en: "Reversible: \(name)", es: "Reversible: \(name)")
    }

    public static func migrationsScratchDropped(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Dropped the scratch database \(name).", es: "Eliminada la base de datos temporal \(name).")
    }

    public static func migrationsScratchNotDropped(_ name: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "warning: the scratch database \(name) could not be dropped. Drop it with: DROP DATABASE \(name); "
                + reason.english,
            es: "advertencia: no se pudo eliminar la base de datos temporal \(name). Elimínela con: DROP DATABASE "
                + "\(name); \(reason.spanish)")
    }

    public static func migrationsNoDown(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Not reversible: \(name) has no down migration. Add one that undoes it, then run the verification "
                + "again.",
            es: "No reversible: \(name) no tiene migración de bajada. Añada una que la deshaga y vuelva a ejecutar "
                + "la verificación.")
    }

    public static func migrationsDownChangesSchema(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Not reversible: after the down migration of \(name), the schema differs from the schema before "
                + "its up migration. Make the down migration undo every change of the up migration:",
            es: "No reversible: después de la migración de bajada de \(name), el esquema difiere del que había antes "
                + "de su subida. Haga que la bajada deshaga todos los cambios de la subida:")
    }

    public static func migrationsUpAgainChangesSchema(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "Not reversible: applying \(name) again after its down migration gives a different schema than "
                + "the first time. Make the down migration restore the state the up migration starts from:",
            es: "No reversible: aplicar \(name) de nuevo después de su bajada da un esquema distinto del de la "
                + "primera vez. Haga que la bajada restaure el estado del que parte la subida:")
    }

    public static func migrationsDiffBeforeUp(_ name: String) -> LocalizedText {
        LocalizedText(en: "schema before \(name) (up)", es: "esquema antes de \(name) (subida)")
    }

    public static func migrationsDiffAfterDown(_ name: String) -> LocalizedText {
        LocalizedText(en: "schema after \(name) (down)", es: "esquema después de \(name) (bajada)")
    }

    public static func migrationsDiffAfterUp(_ name: String) -> LocalizedText {
        LocalizedText(en: "schema after \(name) (first up)", es: "esquema después de \(name) (primera subida)")
    }

    public static func migrationsDiffAfterUpAgain(_ name: String) -> LocalizedText {
        LocalizedText(
            en: "schema after \(name) (up again after down)",
            es: "esquema después de \(name) (nueva subida tras la bajada)")
    }

    public static func migrationsNotVerified(_ names: [String]) -> LocalizedText {
        let list = names.joined(separator: ", ")
        return LocalizedText(
            en: "Not verified, because an earlier migration is not reversible: \(list)",
            es: "Sin verificar, porque una migración anterior no es reversible: \(list)")
    }

    public static func migrationsVerifySummary(reversible: Int, total: Int) -> LocalizedText {
        let englishTotal = total == 1 ? "1 new migration" : "\(total) new migrations"
        let spanishTotal = total == 1 ? "1 migración nueva" : "\(total) migraciones nuevas"
        return LocalizedText(
            en: "Reversible: \(reversible) of \(englishTotal).",
            es: "Reversibles: \(reversible) de \(spanishTotal).")
    }
}

// MARK: - Help

extension Catalog {
    public static func helpMigrationsSummary() -> LocalizedText {
        LocalizedText(
            en: "Prove database migrations reversible against a PostgreSQL server.",
            es: "Comprueba contra un servidor PostgreSQL que las migraciones de base de datos son reversibles.")
    }

    public static func helpMigrationsVerifySummary() -> LocalizedText {
        LocalizedText(
            en: "Apply, undo and reapply each new migration of a range on a scratch database, and compare the "
                + "schemas.",
            es: "Aplica, deshace y vuelve a aplicar cada migración nueva de un rango en una base de datos "
                + "temporal, y compara los esquemas.")
    }

    public static func helpMigrationsVerifySteps() -> LocalizedText {
        LocalizedText(
            en: "Creates a scratch database on the server of the URL and applies the migrations that the base "
                + "already has. Then, for each migration that the range adds, it runs up, down and up again, and "
                + "compares pg_dump --schema-only dumps: the schema after down must equal the schema before up. A "
                + "difference is printed as a unified diff. The scratch database is dropped at the end, also after "
                + "an error or an interruption. The database the URL names is only read, and must hold no tables "
                + "unless --allow-existing is given.",
            es: "Crea una base de datos temporal en el servidor de la URL y aplica las migraciones que la base ya "
                + "tiene. Después, para cada migración que añade el rango, ejecuta la subida, la bajada y de nuevo "
                + "la subida, y compara volcados de pg_dump --schema-only: el esquema tras la bajada debe ser igual "
                + "al de antes de la subida. Las diferencias se muestran como un diff unificado. La base de datos "
                + "temporal se elimina al final, también tras un error o una interrupción. La base de datos que "
                + "indica la URL solo se lee, y no debe contener tablas salvo que se use --allow-existing.")
    }

    public static func helpMigrationsVerifySources() -> LocalizedText {
        LocalizedText(
            en: "Migrations are SQL pairs (name.up.sql and name.down.sql, or name_up.sql and name_down.sql) read "
                + "from the commits, or, when .vixen-gate.yml sets database.verify, Alembic revisions applied one "
                + "by one with its up_command and down_command, which get the scratch database's URL in "
                + "DATABASE_URL (or database.url_variable). The URL reaches psql, pg_dump and the commands only "
                + "through environment variables, never their command line, and is shown with its password "
                + "replaced by ***.",
            es: "Las migraciones son pares SQL (nombre.up.sql y nombre.down.sql, o nombre_up.sql y "
                + "nombre_down.sql) leídos de los commits o, si .vixen-gate.yml define database.verify, revisiones "
                + "de Alembic aplicadas una a una con sus up_command y down_command, que reciben la URL de la base "
                + "de datos temporal en DATABASE_URL (o database.url_variable). La URL llega a psql, a pg_dump y a "
                + "las órdenes solo por variables de entorno, nunca por su línea de órdenes, y se muestra con la "
                + "contraseña sustituida por ***.")
    }

    public static func helpMigrationsDatabaseURLOption() -> LocalizedText {
        LocalizedText(
            en: "PostgreSQL server to verify on, as postgresql://user:password@host:port/database. Prefer the "
                + "VIXEN_GATE_DATABASE_URL variable, which keeps the password out of the process list and the "
                + "shell history.",
            es: "Servidor PostgreSQL en el que se verifica, como postgresql://usuario:contraseña@host:puerto/base. "
                + "Es preferible la variable VIXEN_GATE_DATABASE_URL, que mantiene la contraseña fuera de la lista "
                + "de procesos y del historial de la shell.")
    }

    public static func helpMigrationsDatabaseURLDefault() -> LocalizedText {
        LocalizedText(en: "VIXEN_GATE_DATABASE_URL", es: "VIXEN_GATE_DATABASE_URL")
    }

    public static func helpMigrationsBaseOption() -> LocalizedText {
        LocalizedText(
            en: "Revision whose migrations are applied first; the migrations that --head adds are verified.",
            es: "Revisión cuyas migraciones se aplican primero; se verifican las migraciones que añade --head.")
    }

    public static func helpMigrationsBaseDefault() -> LocalizedText {
        LocalizedText(
            en: "the merge-base of --head with HEAD's upstream branch, origin/HEAD, main or master",
            es: "el merge-base de --head con la rama upstream de HEAD, origin/HEAD, main o master")
    }

    public static func helpMigrationsAllowExistingOption() -> LocalizedText {
        LocalizedText(
            en: "Verify even when the database in the URL contains tables. They are never changed.",
            es: "Verifica aunque la base de datos de la URL contenga tablas. Nunca se modifican.")
    }

    public static func helpMigrationsPgBinOption() -> LocalizedText {
        LocalizedText(
            en: "Folder of psql, pg_dump and pg_restore, such as /usr/lib/postgresql/16/bin. pg_dump must be at "
                + "least as new as the server.",
            es: "Carpeta de psql, pg_dump y pg_restore, por ejemplo /usr/lib/postgresql/16/bin. pg_dump debe ser "
                + "al menos tan reciente como el servidor.")
    }

    public static func helpMigrationsPgBinDefault() -> LocalizedText {
        LocalizedText(
            en: "database.pg_bin, else PATH, else the newest /usr/lib/postgresql/*/bin",
            es: "database.pg_bin; si no, PATH; si no, la /usr/lib/postgresql/*/bin más reciente")
    }

    public static func helpMigrationsExitReversible() -> LocalizedText {
        LocalizedText(
            en: "Every new migration is reversible, or there is none.",
            es: "Todas las migraciones nuevas son reversibles, o no hay ninguna.")
    }

    public static func helpMigrationsExitNotReversible() -> LocalizedText {
        LocalizedText(en: "A new migration is not reversible.", es: "Una migración nueva no es reversible.")
    }

    public static func helpMigrationsExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The verification could not run, for example because a migration failed or the server cannot be "
                + "reached.",
            es: "La verificación no pudo ejecutarse, por ejemplo porque falló una migración o no se puede acceder "
                + "al servidor.")
    }
}
