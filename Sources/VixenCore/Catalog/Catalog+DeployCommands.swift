// The help of `vixen-gate deploy`, `status` and `state init`, and the labels of `status` and
// `state init`. Options, references and commands stay in English in both languages.

// MARK: - deploy

extension Catalog {
    public static func helpDeploySummary() -> LocalizedText {
        LocalizedText(
            en: "Decide whether the pending changes deploy now, keep batching or must not deploy, and hand the "
                + "deploy plan to the runner.",
            es: "Decide si los cambios pendientes se despliegan ahora, siguen agrupándose o no deben desplegarse, "
                + "y entrega el plan de despliegue al ejecutor.")
    }

    public static func helpDeployState() -> LocalizedText {
        LocalizedText(
            en: "The state lives in the repository: refs/vixen-gate/deployed/<environment> points at the deployed "
                + "commit, a JSON note under refs/notes/vixen-gate/<environment> records each deployment, and "
                + "refs/vixen-gate/lock/<environment> is held while a runner works. deploy fetches them from the "
                + "remote first and pushes them back with leases, so two runners cannot both win.",
            es: "El estado vive en el repositorio: refs/vixen-gate/deployed/<entorno> apunta al commit desplegado, "
                + "una nota JSON en refs/notes/vixen-gate/<entorno> registra cada despliegue, y "
                + "refs/vixen-gate/lock/<entorno> se mantiene mientras trabaja un ejecutor. deploy las trae "
                + "primero del remoto y las devuelve con leases, así que dos ejecutores no pueden ganar a la vez.")
    }

    public static func helpDeployRules() -> LocalizedText {
        LocalizedText(
            en: "Changes keep batching until enough commits or lines of BE, FE, DB and OPS are pending, the oldest "
                + "has waited long enough, or a vX.Y.Z tag is on the head. Production also needs 24 hours of "
                + "success on staging, an open deployment window and a healthy staging. A hotfix needs critical "
                + "severity and skips the rest. The deploy section of .vixen-gate.yml sets every limit.",
            es: "Los cambios se siguen agrupando hasta que haya suficientes commits o líneas pendientes de BE, FE, "
                + "DB y OPS, el más antiguo haya esperado bastante o el head tenga una etiqueta vX.Y.Z. Producción "
                + "necesita además 24 horas de éxito en staging, una ventana de despliegue abierta y un staging "
                + "sano. Un hotfix necesita severidad crítica y omite lo demás. La sección deploy de "
                + ".vixen-gate.yml fija cada límite.")
    }

    public static func helpDeployTargetOption() -> LocalizedText {
        LocalizedText(
            en: "Deployment to decide: staging, production or hotfix (a critical fix, straight to production). "
                + "Required.",
            es: "Despliegue que se decide: staging, production o hotfix (una corrección crítica, directa a "
                + "producción). Obligatoria.")
    }

    public static func helpDeployRepoOption() -> LocalizedText {
        LocalizedText(en: "Repository to deploy from.", es: "Repositorio desde el que se despliega.")
    }

    public static func helpDeployDryRunOption() -> LocalizedText {
        LocalizedText(
            en: "Decide and print the steps that would run, without taking the lock, writing the state or "
                + "running anything.",
            es: "Decide e imprime los pasos que se ejecutarían, sin tomar el bloqueo, escribir el estado ni "
                + "ejecutar nada.")
    }

    public static func helpDeployNowOption() -> LocalizedText {
        LocalizedText(
            en: "Deploy without waiting for the batching thresholds. Production still needs the staging soak and "
                + "an open window.",
            es: "Despliega sin esperar a los umbrales de agrupación. Producción sigue necesitando el rodaje en "
                + "staging y una ventana abierta.")
    }

    public static func helpDeploySeverityOption() -> LocalizedText {
        LocalizedText(
            en: "Severity of the change; critical allows a hotfix, as a 'Severity: critical' trailer or a "
                + "hotfix/ branch does.",
            es: "Severidad del cambio; critical permite un hotfix, igual que el trailer 'Severity: critical' o una "
                + "rama hotfix/.")
    }

    public static func helpStateRepoOption() -> LocalizedText {
        LocalizedText(
            en: "Repository that holds the deploy state.",
            es: "Repositorio que guarda el estado de despliegue.")
    }

    public static func helpDeployFormatOption() -> LocalizedText {
        LocalizedText(en: "Format of the decision.", es: "Formato de la decisión.")
    }

    public static func helpDeployExitDecided() -> LocalizedText {
        LocalizedText(
            en: "Deployed, deferred, refused, or a dry run: the first line says which and why.",
            es: "Desplegado, aplazado, rechazado o simulado: la primera línea dice cuál y por qué.")
    }

    public static func helpDeployExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The deployment failed and was rolled back, or its rollback failed too.",
            es: "El despliegue falló y se revirtió, o también falló su reversión.")
    }

    public static func helpDeployExitError() -> LocalizedText {
        LocalizedText(
            en: "The run could not decide or deploy, for example because another runner holds the lock, the "
                + "state could not be fetched or pushed, or the Coolify runner is not configured.",
            es: "La ejecución no pudo decidir ni desplegar, por ejemplo porque otro ejecutor tiene el bloqueo, no "
                + "se pudo traer ni enviar el estado o el ejecutor de Coolify no está configurado.")
    }
}

// MARK: - status

extension Catalog {
    public static func helpStatusSummary() -> LocalizedText {
        LocalizedText(
            en: "Show what is deployed to staging and production and what is pending for each.",
            es: "Muestra qué está desplegado en staging y en producción y qué queda pendiente en cada uno.")
    }

    public static func helpStatusDiscussion() -> LocalizedText {
        LocalizedText(
            en: "It fetches refs/vixen-gate/* and refs/notes/vixen-gate/* from the remote first, unless "
                + "--no-fetch is given or the repository has no remote. Pending changes run from the deployed "
                + "commit to HEAD, and for production to the commit staging runs.",
            es: "Primero trae refs/vixen-gate/* y refs/notes/vixen-gate/* del remoto, salvo con --no-fetch o si el "
                + "repositorio no tiene remoto. Los cambios pendientes van del commit desplegado a HEAD, y en "
                + "producción al commit que ejecuta staging.")
    }

    public static func helpStatusTargetOption() -> LocalizedText {
        LocalizedText(
            en: "Environment to show: staging or production (hotfix shows production).",
            es: "Entorno que se muestra: staging o production (hotfix muestra producción).")
    }

    public static func helpStatusTargetDefault() -> LocalizedText {
        LocalizedText(en: "both environments", es: "los dos entornos")
    }

    public static func helpStatusNoFetchOption() -> LocalizedText {
        LocalizedText(
            en: "Show the state this repository has, without fetching it from the remote.",
            es: "Muestra el estado que tiene este repositorio, sin traerlo del remoto.")
    }

    public static func helpStatusFormatOption() -> LocalizedText {
        LocalizedText(en: "Format of the status.", es: "Formato del estado.")
    }

    public static func statusDeployed(
        commit: String, version: String, number: String, time: String, result: LocalizedText
    ) -> LocalizedText {
        LocalizedText(
            en: "deployed: \(commit) v\(version) #\(number) at \(time), \(result.english)",
            es: "desplegado: \(commit) v\(version) n.º \(number) el \(time), \(result.spanish)")
    }

    /// Returns the line for a deployed commit that has no state note, as after a hand-made `git update-ref`.
    public static func statusDeployedWithoutNote(commit: String) -> LocalizedText {
        LocalizedText(
            en: "deployed: \(commit), with no state note",
            es: "desplegado: \(commit), sin nota de estado")
    }

    public static func statusNothingDeployed(reference: String, target: String) -> LocalizedText {
        LocalizedText(
            en: "deployed: nothing recorded in \(reference). Record the commit that runs there with vixen-gate "
                + "state init --target \(target) --commit <commit>",
            es: "desplegado: nada registrado en \(reference). Registre el commit que se ejecuta allí con "
                + "vixen-gate state init --target \(target) --commit <commit>")
    }

    public static func statusLastAttempt(commit: String, version: String, number: String, result: LocalizedText)
        -> LocalizedText
    {
        LocalizedText(
            en: "last attempt: \(commit) v\(version) #\(number), \(result.english)",
            es: "último intento: \(commit) v\(version) n.º \(number), \(result.spanish)")
    }

    /// Returns the pending changes, such as `pending up to 1a2b3c4: 3 commits (2 deployable), 40 lines (BE, DB)`.
    ///
    /// - Parameter components: The changed components joined with commas, or nil when there are none.
    public static func statusPending(
        commits: Int, deployableCommits: Int, lines: Int, head: String, components: String?
    )
        -> LocalizedText
    {
        let list = components.map { " (\($0))" } ?? ""
        let english =
            "pending up to \(head): \(commits) \(commits == 1 ? "commit" : "commits") (\(deployableCommits) "
            + "deployable), \(lines) \(lines == 1 ? "line" : "lines")\(list)"
        let spanish =
            "pendiente hasta \(head): \(commits) \(commits == 1 ? "commit" : "commits") (\(deployableCommits) "
            + "\(deployableCommits == 1 ? "desplegable" : "desplegables")), \(lines) "
            + "\(lines == 1 ? "línea" : "líneas")\(list)"
        return LocalizedText(en: english, es: spanish)
    }

    public static func statusLock(owner: String, command: String, age: String) -> LocalizedText {
        LocalizedText(
            en: "lock: held by \(owner), running \(command), taken \(age) ago",
            es: "bloqueo: lo tiene \(owner), que ejecuta \(command), desde hace \(age)")
    }

    /// Returns the word for a deployment's result.
    ///
    /// - Parameter result: `succeeded`, `rolled-back` or `failed`.
    public static func statusResult(_ result: String) -> LocalizedText {
        switch result {
        case "succeeded": LocalizedText(en: "succeeded", es: "correcto")
        case "rolled-back": LocalizedText(en: "rolled back", es: "revertido")
        default: LocalizedText(en: "failed", es: "fallido")
        }
    }

    public static func statusFetched(remote: String) -> LocalizedText {
        LocalizedText(en: "State fetched from \(remote).", es: "Estado traído de \(remote).")
    }

    public static func statusNotFetched() -> LocalizedText {
        LocalizedText(
            en: "State as this repository has it (--no-fetch).",
            es: "Estado tal como lo tiene este repositorio (--no-fetch).")
    }

    public static func statusLocalOnly(remote: String) -> LocalizedText {
        LocalizedText(
            en: "State kept in this repository only: it has no remote named \(remote).",
            es: "Estado guardado solo en este repositorio: no tiene ningún remoto llamado \(remote).")
    }
}

// MARK: - state init

extension Catalog {
    public static func helpStateSummary() -> LocalizedText {
        LocalizedText(
            en: "Record deployments that were made without vixen-gate.",
            es: "Registra despliegues hechos sin vixen-gate.")
    }

    public static func helpStateInitSummary() -> LocalizedText {
        LocalizedText(
            en: "Record the commit an environment runs now, so deploy and plan have a state to start from.",
            es: "Registra el commit que ejecuta ahora un entorno, para que deploy y plan tengan un estado del que "
                + "partir.")
    }

    public static func helpStateInitDiscussion() -> LocalizedText {
        LocalizedText(
            en: "It creates refs/vixen-gate/deployed/<environment> and a state note on the commit, with the "
                + "version that plan computes for that commit, and pushes both to the remote when the repository "
                + "has one. It changes nothing when a deployment is already recorded.",
            es: "Crea refs/vixen-gate/deployed/<entorno> y una nota de estado en el commit, con la versión que "
                + "plan calcula para ese commit, y envía ambas al remoto si el repositorio tiene uno. No cambia "
                + "nada si ya hay un despliegue registrado.")
    }

    public static func helpStateInitTargetOption() -> LocalizedText {
        LocalizedText(
            en: "Environment to record: staging or production (hotfix records production). Required.",
            es: "Entorno que se registra: staging o production (hotfix registra producción). Obligatoria.")
    }

    public static func helpStateInitCommitOption() -> LocalizedText {
        LocalizedText(
            en: "Commit the environment runs now.",
            es: "Commit que ejecuta ahora el entorno.")
    }

    public static func helpStateInitSequenceOption() -> LocalizedText {
        LocalizedText(
            en: "Sequence number of that deployment, a whole number; the next deployment gets the one after it.",
            es: "Número de secuencia de ese despliegue, un número entero; el siguiente despliegue recibe el "
                + "posterior.")
    }

    public static func stateInvalidSequence(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(value)\" is not a sequence number. Give --sequence a whole number of 0 or more, such as 41.",
            es: "\"\(value)\" no es un número de secuencia. Indique en --sequence un número entero igual o mayor "
                + "que 0, como 41.")
    }

    public static func stateRecorded(reference: String) -> LocalizedText {
        LocalizedText(en: "Recorded in \(reference).", es: "Registrado en \(reference).")
    }

    public static func stateRecordedAndPushed(reference: String, remote: String) -> LocalizedText {
        LocalizedText(
            en: "Recorded in \(reference) and pushed to \(remote).",
            es: "Registrado en \(reference) y enviado a \(remote).")
    }
}
