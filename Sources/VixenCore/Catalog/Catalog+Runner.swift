// Messages of the deploy runner's executor: the team's report lines of each step, why a step failed
// or was skipped, the rollback, the dry run, notifications, and the `database.migrate` and
// `database.url_env` keys. Keys, commands, variables and UUIDs stay in English in both languages.

// MARK: - Report lines

extension Catalog {
    /// Returns the line of passing tests, such as `[SM-042] Tests passing: BE`.
    public static func runnerReportTestsPassed(role: String, number: String, components: String) -> LocalizedText {
        LocalizedText(
            en: "[\(role)-\(number)] Tests passing: \(components)",
            es: "[\(role)-\(number)] Pruebas superadas: \(components)")
    }

    /// Returns the DB line of a backup; `file` is nil in a dry run.
    public static func runnerReportBackup(
        number: String, environment: LocalizedText, file: String?, bytes: Int64, removed: Int
    ) -> LocalizedText {
        guard let file else {
            return LocalizedText(
                en: "[DB-\(number)] Would back up the \(environment.english) database",
                es: "[DB-\(number)] Se haría la copia de seguridad de la base de datos de \(environment.spanish)")
        }
        return LocalizedText(
            en: "[DB-\(number)] Backed up the \(environment.english) database to \(file) (\(bytes) bytes, "
                + "\(removed) older \(removed == 1 ? "backup" : "backups") removed)",
            es: "[DB-\(number)] Copia de seguridad de la base de datos de \(environment.spanish) en \(file) "
                + "(\(bytes) bytes, \(removed) \(removed == 1 ? "copia anterior eliminada" : "copias anteriores eliminadas"))"
        )
    }

    public static func runnerReportMigrations(number: String, count: Int, environment: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "[DB-\(number)] Applied \(count) \(count == 1 ? "migration" : "migrations") to \(environment.english)",
            es: "[DB-\(number)] \(count == 1 ? "Aplicada 1 migración" : "Aplicadas \(count) migraciones") en "
                + "\(environment.spanish)")
    }

    public static func runnerReportHealth(number: String, environment: LocalizedText, checks: Int, afterRollback: Bool)
        -> LocalizedText
    {
        LocalizedText(
            en: "[OPS-\(number)] Health checks passing on \(environment.english): \(checks)/\(checks)"
                + (afterRollback ? " after the rollback" : ""),
            es: "[OPS-\(number)] Chequeos de salud correctos en \(environment.spanish): \(checks)/\(checks)"
                + (afterRollback ? " tras la reversión" : ""))
    }

    public static func runnerReportWatched(number: String, environment: LocalizedText, window: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "[OPS-\(number)] Watched \(environment.english) for \(window): health checks kept passing",
            es: "[OPS-\(number)] Vigilado \(environment.spanish) durante \(window): los chequeos de salud siguieron "
                + "correctos")
    }

    /// Returns the QA line of the smoke tests, such as `[QA-042] Smoke tests post-deployment: 10/10 passing`.
    public static func runnerReportSmokeTests(number: String, summary: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "[QA-\(number)] Smoke tests post-deployment: \(summary.english)",
            es: "[QA-\(number)] Pruebas de humo tras el despliegue: \(summary.spanish)")
    }

    /// Returns the SM line that closes a deployment.
    ///
    /// - Parameter production: True for production, which is watched, and false for staging, whose
    ///   smoke tests close it.
    public static func runnerReportCompleted(
        number: String, version: String, environment: LocalizedText, production: Bool
    ) -> LocalizedText {
        LocalizedText(
            en: "[SM-\(number)] Deployment v\(version) to \(environment.english) completed, "
                + (production ? "monitoring OK" : "smoke tests OK"),
            es: "[SM-\(number)] Despliegue de la v\(version) en \(environment.spanish) completado, "
                + (production ? "monitorización correcta" : "pruebas de humo correctas"))
    }

    public static func runnerReportRolledBack(
        number: String, component: String, image: String, environment: LocalizedText
    )
        -> LocalizedText
    {
        LocalizedText(
            en: "[OPS-\(number)] Rolled back \(component) on \(environment.english) to image \(image)",
            es: "[OPS-\(number)] Revertido \(component) en \(environment.spanish) a la imagen \(image)")
    }

    public static func runnerReportUndidMigrations(number: String, count: Int, environment: LocalizedText)
        -> LocalizedText
    {
        LocalizedText(
            en: "[DB-\(number)] Undid \(count) \(count == 1 ? "migration" : "migrations") on \(environment.english)",
            es: "[DB-\(number)] \(count == 1 ? "Deshecha 1 migración" : "Deshechas \(count) migraciones") en "
                + "\(environment.spanish)")
    }
}

// MARK: - Steps

extension Catalog {
    /// Returns the error of a deployment that lacks settings, naming every missing key or variable.
    ///
    /// - Parameter readAt: The deployed commit whose `.vixen-gate.yml` the settings were read from,
    ///   when the message should name it, because a setting the pending changes add does not count yet.
    public static func runnerMissingSettings(_ keys: [String], readAt commit: String? = nil) -> LocalizedText {
        let list = keys.joined(separator: ", ")
        let english =
            "The deployment needs settings that .vixen-gate.yml or the environment lacks: \(list). Nothing was "
            + "deployed and the state was not changed. Set them, or run with --dry-run to see the steps."
        let spanish =
            "El despliegue necesita ajustes que faltan en .vixen-gate.yml o en el entorno: \(list). No se "
            + "desplegó nada ni cambió el estado. Indíquelos, o ejecute con --dry-run para ver los pasos."
        guard let commit else {
            return LocalizedText(en: english, es: spanish)
        }
        return LocalizedText(
            en: english + " The settings are read from .vixen-gate.yml as the deployed commit \(commit) has it, so "
                + "that a push cannot change how it is deployed; settings that the pending changes add count once "
                + "they are deployed. For a first deployment, record the commit that runs now and has the settings "
                + "with 'vixen-gate state init'.",
            es: spanish + " Los ajustes se leen de .vixen-gate.yml tal como está en el commit desplegado \(commit), "
                + "para que un push no pueda cambiar cómo se despliega; los ajustes que añaden los cambios pendientes "
                + "cuentan una vez desplegados. Para un primer despliegue, registre el commit que se ejecuta ahora y "
                + "tiene los ajustes con 'vixen-gate state init'.")
    }

    public static func runnerInvalidDatabaseURL(variable: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "$\(variable) is not a valid PostgreSQL URL: \(reason.english)",
            es: "$\(variable) no es una URL de PostgreSQL válida: \(reason.spanish)")
    }

    public static func runnerNoTestCommand(component: String, key: String) -> LocalizedText {
        LocalizedText(
            en: "note: no test command for \(component), so its tests were not run; set \(key) to run them",
            es: "nota: no hay orden de pruebas para \(component), así que no se ejecutaron; indique \(key) para "
                + "ejecutarlas")
    }

    public static func runnerNoSmokeTests(component: String, key: String) -> LocalizedText {
        LocalizedText(
            en: "note: no critical smoke tests for \(component), so none ran; add them under \(key)",
            es: "nota: no hay pruebas de humo críticas para \(component), así que no se ejecutó ninguna; añádalas "
                + "en \(key)")
    }

    public static func runnerFolderMissing(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "the folder \(path) does not exist", es: "la carpeta \(path) no existe")
    }

    public static func runnerLaunchFailed(_ reason: String) -> LocalizedText {
        LocalizedText(en: "/bin/sh could not start: \(reason)", es: "/bin/sh no pudo iniciarse: \(reason)")
    }

    public static func runnerCommandNotStarted(command: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "\(command) did not start: \(reason.english)", es: "\(command) no se inició: \(reason.spanish)")
    }

    public static func runnerTestsFailed(component: String, command: String, status: Int32, output: String)
        -> LocalizedText
    {
        let tail = output.isEmpty ? "" : "\n" + output
        return LocalizedText(
            en: "the \(component) tests failed: \(command) exited with status \(status)\(tail)",
            es: "fallaron las pruebas de \(component): \(command) terminó con el estado \(status)\(tail)")
    }

    public static func runnerMigrationFailed(command: String, status: Int32, output: String) -> LocalizedText {
        let tail = output.isEmpty ? "" : "\n" + output
        return LocalizedText(
            en: "\(command) exited with status \(status)\(tail)",
            es: "\(command) terminó con el estado \(status)\(tail)")
    }

    public static func runnerBackupFailed(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "the backup failed, so nothing was migrated or deployed: \(reason.english)",
            es: "falló la copia de seguridad, así que no se migró ni desplegó nada: \(reason.spanish)")
    }

    public static func runnerDeployNotQueued(application: String, message: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify queued no deployment of \(application): \(message)",
            es: "Coolify no encoló ningún despliegue de \(application): \(message)")
    }

    /// Returns why a Coolify deployment did not finish; `page` is its page in Coolify, when known.
    public static func runnerDeploymentEnded(deployment: String, status: String, page: String?) -> LocalizedText {
        let english = page.map { "; see its logs at \($0)" } ?? ""
        let spanish = page.map { "; consulte sus registros en \($0)" } ?? ""
        return LocalizedText(
            en: "the Coolify deployment \(deployment) ended as \(status)\(english)",
            es: "el despliegue \(deployment) de Coolify terminó como \(status)\(spanish)")
    }

    public static func runnerDeploymentWrongCommit(deployment: String, commit: String, expected: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "the Coolify deployment \(deployment) built \(commit), not the planned commit \(expected); check "
                + "that nothing else changed the application's git_commit_sha",
            es: "el despliegue \(deployment) de Coolify construyó \(commit), no el commit previsto \(expected); "
                + "compruebe que nada más cambió el git_commit_sha de la aplicación")
    }

    public static func runnerNoPreviousImage(applications: String) -> LocalizedText {
        LocalizedText(
            en: "the image running before the deployment is unknown for \(applications), so there is nothing to "
                + "roll back to; roll back in Coolify's interface",
            es: "se desconoce la imagen que se ejecutaba antes del despliegue en \(applications), así que no hay a "
                + "qué revertir; revierta desde la interfaz de Coolify")
    }

    public static func runnerHealthProbeNoChecks(environment: String) -> LocalizedText {
        LocalizedText(
            en: "\(environment) has no health checks, so its health cannot be checked; add them under "
                + "coolify.health_checks.\(environment)",
            es: "\(environment) no tiene chequeos de salud, así que no se puede comprobar su salud; añádalos en "
                + "coolify.health_checks.\(environment)")
    }

    /// Returns the notice of a request sent again, such as after a 429 with `Retry-After`.
    public static func runnerRetry(
        method: String, url: String, cause: String, attempt: Int, maxAttempts: Int, delay: String
    )
        -> LocalizedText
    {
        LocalizedText(
            en: "note: \(method) \(url) got \(cause) on try \(attempt) of \(maxAttempts); trying again in \(delay)",
            es: "nota: \(method) \(url) recibió \(cause) en el intento \(attempt) de \(maxAttempts); se reintenta "
                + "en \(delay)")
    }

    public static func runnerCauseTimedOut() -> LocalizedText {
        LocalizedText(en: "no response in time", es: "ninguna respuesta a tiempo")
    }

    public static func runnerCauseConnectionFailed() -> LocalizedText {
        LocalizedText(en: "a failed connection", es: "una conexión fallida")
    }
}

// MARK: - Dry run and output

extension Catalog {
    public static func runnerDryRunCommand(command: String, folder: String) -> LocalizedText {
        LocalizedText(
            en: "Would run in \(folder): \(command)", es: "Se ejecutaría en \(folder): \(command)")
    }

    public static func runnerDryRunDatabaseCommand(
        command: String, folder: String, variable: String, source: String, url: String
    ) -> LocalizedText {
        LocalizedText(
            en: "Would run in \(folder) with \(variable) from $\(source) (\(url)): \(command)",
            es: "Se ejecutaría en \(folder) con \(variable) tomada de $\(source) (\(url)): \(command)")
    }

    public static func runnerDryRunBackup(variable: String, folder: String, keep: Int) -> LocalizedText {
        LocalizedText(
            en: "Would run pg_dump --format=custom on $\(variable) into \(folder), check it with pg_restore --list "
                + "and keep the newest \(keep)",
            es: "Se ejecutaría pg_dump --format=custom sobre $\(variable) en \(folder), se comprobaría con "
                + "pg_restore --list y se conservarían las \(keep) más recientes")
    }

    public static func runnerDryRunWouldStop(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "A deployment would stop before its first step: \(reason.english)",
            es: "Un despliegue se detendría antes de su primer paso: \(reason.spanish)")
    }

    public static func runnerDryRunRequestsHeading() -> LocalizedText {
        LocalizedText(
            en: "Requests and commands it would send and run (dry run, nothing was sent or run):",
            es: "Peticiones y órdenes que enviaría y ejecutaría (simulación, no se envió ni ejecutó nada):")
    }

    /// Returns the final output's line for one part of a rollback, such as `  BE: rolled back`.
    public static func runnerRollbackSummary(step: String, failure: String?) -> LocalizedText {
        guard let failure else {
            return LocalizedText(en: "  \(step): rolled back", es: "  \(step): revertido")
        }
        return LocalizedText(
            en: "  \(step): not rolled back: \(failure)", es: "  \(step): no revertido: \(failure)")
    }

    public static func runnerRollbackHeading(failedStep: String) -> LocalizedText {
        LocalizedText(
            en: "The step \(failedStep) failed, so the deployment was rolled back:",
            es: "Falló el paso \(failedStep), así que se revirtió el despliegue:")
    }

    public static func runnerNothingToRollBack(failedStep: String) -> LocalizedText {
        LocalizedText(
            en: "The step \(failedStep) failed before anything changed an environment, so there was nothing to "
                + "roll back.",
            es: "Falló el paso \(failedStep) antes de que nada cambiara un entorno, así que no había nada que "
                + "revertir.")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func runnerConfigMigrateMissingCommand(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "database.migrate has no \(key). Give both up_command and down_command, such as "
                + "up_command: alembic upgrade head and down_command: alembic downgrade -1.",
            es: "database.migrate no tiene \(key). Indique tanto up_command como down_command, por ejemplo "
                + "up_command: alembic upgrade head y down_command: alembic downgrade -1.")
    }
}

extension Catalog {
    public static func runnerNoWorkTree() -> LocalizedText {
        LocalizedText(
            en: "The repository has no work tree, so the tests and migrations cannot run. Run deploy in a "
                + "checkout of the commit to deploy.",
            es: "El repositorio no tiene árbol de trabajo, así que no se pueden ejecutar las pruebas ni las "
                + "migraciones. Ejecute deploy en una copia de trabajo del commit que se despliega.")
    }

    public static func runnerConfigURLInsteadOfVariable(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) contains a URL, not the name of a variable. Write the environment variable that contains "
                + "the URL, such as PROD_DATABASE_URL, and keep the URL and its password out of the file. The value "
                + "is not shown because it may contain a password.",
            es: "\(path) contiene una URL, no el nombre de una variable. Escriba la variable de entorno que contiene "
                + "la URL, por ejemplo PROD_DATABASE_URL, y deje la URL y su contraseña fuera del archivo. El valor "
                + "no se muestra porque puede contener una contraseña.")
    }
}
