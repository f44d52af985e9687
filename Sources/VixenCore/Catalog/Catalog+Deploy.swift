// Messages of `vixen-gate deploy`, `status` and `state init`: the decision and its reasons, the team's
// report lines, the deploy state's errors, and the `deploy` section of `.vixen-gate.yml`. Reference
// names, rule ids, commands, options and the decision ids in JSON stay in English in both languages.

// MARK: - Decision

extension Catalog {
    /// Returns the word that starts the output: `deploy`, `deferred` or `refused`.
    ///
    /// - Parameter kind: `deploy`, `defer` or `refuse`.
    public static func deployDecisionWord(_ kind: String) -> LocalizedText {
        switch kind {
        case "deploy": LocalizedText(en: "deploy", es: "desplegar")
        case "defer": LocalizedText(en: "deferred", es: "aplazado")
        default: LocalizedText(en: "refused", es: "rechazado")
        }
    }

    /// Returns the batching figures, such as `3/5 commits, 40/200 lines, oldest 2 h of 24 h`.
    ///
    /// - Parameter oldestWait: The oldest pending change's wait, or nil when no deployable commit waits.
    public static func deployFigures(
        commits: Int, commitThreshold: Int, lines: Int, lineThreshold: Int, oldestWait: String?, maxWait: String
    ) -> LocalizedText {
        var english = "\(commits)/\(commitThreshold) commits, \(lines)/\(lineThreshold) lines"
        var spanish = "\(commits)/\(commitThreshold) commits, \(lines)/\(lineThreshold) líneas"
        if let oldestWait {
            english += ", oldest \(oldestWait) of \(maxWait)"
            spanish += ", el más antiguo lleva \(oldestWait) de \(maxWait)"
        }
        return LocalizedText(en: english, es: spanish)
    }

    public static func deployReasonCommitThreshold(_ figures: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "enough commits are pending (\(figures.english))",
            es: "hay suficientes commits pendientes (\(figures.spanish))")
    }

    public static func deployReasonLineThreshold(_ figures: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "enough lines changed (\(figures.english))",
            es: "han cambiado suficientes líneas (\(figures.spanish))")
    }

    public static func deployReasonMaxWait(_ figures: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "the oldest change has waited long enough (\(figures.english))",
            es: "el cambio más antiguo ya ha esperado bastante (\(figures.spanish))")
    }

    public static func deployReasonReleaseTag(_ tag: String) -> LocalizedText {
        LocalizedText(
            en: "the head carries the release tag \(tag)",
            es: "el head tiene la etiqueta de versión \(tag)")
    }

    public static func deployReasonForced(_ figures: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "--now skips batching (\(figures.english))",
            es: "--now omite la agrupación (\(figures.spanish))")
    }

    /// - Parameter source: What marks the change critical: the trailer and its commit, the branch, or the option.
    public static func deployReasonCriticalHotfix(_ source: String) -> LocalizedText {
        LocalizedText(
            en: "hotfix of critical severity (\(source)), which skips batching, the staging soak and the windows",
            es: "hotfix de severidad crítica (\(source)), que omite la agrupación, el rodaje en staging y las "
                + "ventanas")
    }

    public static func deployReasonNothingPending(environment: LocalizedText, commit: String) -> LocalizedText {
        LocalizedText(
            en: "nothing is pending, \(environment.english) already runs \(commit)",
            es: "no hay nada pendiente, \(environment.spanish) ya ejecuta \(commit)")
    }

    public static func deployReasonNothingDeployable(_ commits: Int) -> LocalizedText {
        LocalizedText(
            en: "the \(commits) pending \(commits == 1 ? "commit changes" : "commits change") no deployable "
                + "component (BE, FE, DB, OPS)",
            es: commits == 1
                ? "el commit pendiente no cambia ningún componente desplegable (BE, FE, DB, OPS)"
                : "los \(commits) commits pendientes no cambian ningún componente desplegable (BE, FE, DB, OPS)")
    }

    /// Returns the refusal when no deployment of the environment is recorded, with the command that records one.
    ///
    /// - Parameter target: `staging` or `production`, as `--target` takes it.
    public static func deployReasonNoDeployment(reference: String, environment: LocalizedText, target: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "no deployment to \(environment.english) is recorded (\(reference) does not exist). Record the "
                + "commit that runs there now with: vixen-gate state init --target \(target) --commit <commit>",
            es: "no hay ningún despliegue en \(environment.spanish) registrado (\(reference) no existe). Registre "
                + "el commit que se ejecuta allí ahora con: vixen-gate state init --target \(target) --commit "
                + "<commit>")
    }

    public static func deployReasonGateBlocked(rules: String, checkCommand: String) -> LocalizedText {
        LocalizedText(
            en: "the gate blocks the pending range because of \(rules). Run \(checkCommand) to see the findings.",
            es: "la compuerta bloquea el rango pendiente por \(rules). Ejecute \(checkCommand) para ver los "
                + "hallazgos.")
    }

    public static func deployReasonNotCritical() -> LocalizedText {
        LocalizedText(
            en: "a hotfix needs critical severity. Add a 'Severity: critical' trailer to a pending commit, deploy "
                + "from a hotfix/ branch, or pass --severity critical; otherwise deploy to staging",
            es: "un hotfix necesita severidad crítica. Añada el trailer 'Severity: critical' a un commit "
                + "pendiente, despliegue desde una rama hotfix/ o indique --severity critical; si no, despliegue "
                + "en staging")
    }

    public static func deployReasonNotOnStaging(_ commit: String) -> LocalizedText {
        LocalizedText(
            en: "staging has no recorded deployment of \(commit). Deploy it to staging first",
            es: "staging no tiene registrado ningún despliegue de \(commit). Despliéguelo antes en staging")
    }

    /// - Parameter result: `rolled-back` or `failed`.
    public static func deployReasonFailedOnStaging(_ commit: String, result: String) -> LocalizedText {
        result == "rolled-back"
            ? LocalizedText(
                en: "staging's deployment of \(commit) was rolled back. Fix it and deploy a new commit to staging",
                es: "el despliegue de \(commit) en staging se revirtió. Corríjalo y despliegue un commit nuevo en "
                    + "staging")
            : LocalizedText(
                en: "staging's deployment of \(commit) failed. Fix it and deploy a new commit to staging",
                es: "el despliegue de \(commit) en staging falló. Corríjalo y despliegue un commit nuevo en staging")
    }

    public static func deployReasonStagingMovedBack(_ commit: String) -> LocalizedText {
        LocalizedText(
            en: "staging no longer runs \(commit): it went back to an earlier commit since. Deploy it to staging "
                + "again",
            es: "staging ya no ejecuta \(commit): volvió después a un commit anterior. Vuelva a desplegarlo en "
                + "staging")
    }

    public static func deployReasonSoakIncomplete(_ commit: String, ranFor: String, soak: String, readyAt: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "\(commit) has run on staging for \(ranFor) of \(soak); production can take it from \(readyAt)",
            es: "\(commit) lleva \(ranFor) de \(soak) en staging; producción puede recibirlo a partir de \(readyAt)")
    }

    /// - Parameter nextOpening: When the next window opens, or nil when none opens within a week.
    public static func deployReasonOutsideWindow(windows: String, nextOpening: String?) -> LocalizedText {
        guard let nextOpening else {
            return LocalizedText(
                en: "no deployment window is open now (\(windows))",
                es: "ahora no hay ninguna ventana de despliegue abierta (\(windows))")
        }
        return LocalizedText(
            en: "no deployment window is open now (\(windows)); the next opens at \(nextOpening)",
            es: "ahora no hay ninguna ventana de despliegue abierta (\(windows)); la próxima se abre el "
                + "\(nextOpening)")
    }

    public static func deployReasonUnknownTimeZone(_ zone: String) -> LocalizedText {
        LocalizedText(
            en: "this system has no data for the time zone \(zone) of a deployment window. Install the time zone "
                + "data (the tzdata package) or correct deploy.production.windows",
            es: "este sistema no tiene datos de la zona horaria \(zone) de una ventana de despliegue. Instale los "
                + "datos de zonas horarias (el paquete tzdata) o corrija deploy.production.windows")
    }

    public static func deployReasonStagingUnhealthy(_ detail: String) -> LocalizedText {
        LocalizedText(
            en: "staging's health checks fail now: \(detail)",
            es: "los chequeos de salud de staging fallan ahora: \(detail)")
    }

    public static func deployReasonHealthUnknown(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "staging's health cannot be checked: \(reason.english)",
            es: "no se puede comprobar la salud de staging: \(reason.spanish)")
    }
}

// MARK: - Report lines

extension Catalog {
    /// Returns the OPS line of a deployment this run recorded.
    ///
    /// - Parameter result: `succeeded`, `rolled-back` or `failed`.
    public static func deployReportRecorded(
        number: String, version: String, environment: LocalizedText, components: String, result: String
    ) -> LocalizedText {
        switch result {
        case "succeeded":
            LocalizedText(
                en: "[OPS-\(number)] Deployed v\(version) to \(environment.english) - components: \(components)",
                es: "[OPS-\(number)] Desplegada la v\(version) en \(environment.spanish) - componentes: \(components)")
        case "rolled-back":
            LocalizedText(
                en: "[OPS-\(number)] Rolled back v\(version) on \(environment.english) - components: \(components)",
                es: "[OPS-\(number)] Revertida la v\(version) en \(environment.spanish) - componentes: \(components)")
        default:
            LocalizedText(
                en: "[OPS-\(number)] Deployment of v\(version) to \(environment.english) failed and so did its "
                    + "rollback - components: \(components)",
                es: "[OPS-\(number)] Falló el despliegue de la v\(version) en \(environment.spanish) y también su "
                    + "reversión - componentes: \(components)")
        }
    }

    /// Returns the OPS line of a deployment that a dry run would start.
    public static func deployReportPlanned(
        number: String, version: String, environment: LocalizedText, components: String
    )
        -> LocalizedText
    {
        LocalizedText(
            en: "[OPS-\(number)] Would deploy v\(version) to \(environment.english) - components: \(components)",
            es: "[OPS-\(number)] Se desplegaría la v\(version) en \(environment.spanish) - componentes: \(components)")
    }

    public static func deployReportDeferred(
        number: String, version: String, environment: LocalizedText, reason: LocalizedText
    ) -> LocalizedText {
        LocalizedText(
            en: "[OPS-\(number)] Deferred v\(version) to \(environment.english) - \(reason.english)",
            es: "[OPS-\(number)] Aplazada la v\(version) en \(environment.spanish) - \(reason.spanish)")
    }

    public static func deployReportRefused(
        number: String, version: String, environment: LocalizedText, reason: LocalizedText
    ) -> LocalizedText {
        LocalizedText(
            en: "[SM-\(number)] Refused v\(version) to \(environment.english) - \(reason.english)",
            es: "[SM-\(number)] Rechazada la v\(version) en \(environment.spanish) - \(reason.spanish)")
    }

    /// Returns the OPS line of a deployment that `state init` recorded.
    public static func stateReportInitialized(
        number: String, version: String, environment: LocalizedText, commit: String
    )
        -> LocalizedText
    {
        LocalizedText(
            en: "[OPS-\(number)] Recorded v\(version) at \(commit) as deployed to \(environment.english)",
            es: "[OPS-\(number)] Registrada la v\(version) en \(commit) como desplegada en \(environment.spanish)")
    }
}

// MARK: - Runner messages

extension Catalog {
    /// Returns the error for an executor that stopped midway, which leaves the lock in place.
    public static func deployInterrupted(completedSteps: Int, reason: LocalizedText, lockReference: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "The deployment stopped after \(completedSteps) completed steps: \(reason.english). The deployed "
                + "reference was not moved, and \(lockReference) stays so that no one deploys over an unknown "
                + "state. Check what the environment runs, then run deploy again: it takes over the lock once "
                + "it is older than deploy.lock_ttl.",
            es: "El despliegue se detuvo tras \(completedSteps) pasos completados: \(reason.spanish). La referencia "
                + "desplegada no se movió, y \(lockReference) se mantiene para que nadie despliegue sobre un "
                + "estado desconocido. Compruebe qué ejecuta el entorno y vuelva a ejecutar deploy: tomará el "
                + "bloqueo cuando sea más antiguo que deploy.lock_ttl.")
    }

    public static func deployLocalStateOnly(remote: String) -> LocalizedText {
        LocalizedText(
            en: "warning: this repository has no remote named \(remote), so the deploy state stays in this "
                + "repository only. Set deploy.remote to share it.",
            es: "aviso: este repositorio no tiene ningún remoto llamado \(remote), así que el estado de despliegue "
                + "queda solo en este repositorio. Indique deploy.remote para compartirlo.")
    }

    public static func deployStaleLockReplaced(reference: String, owner: String, command: String, age: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "warning: took over \(reference), which \(owner) took \(age) ago for \(command) and never released; "
                + "check that its run really stopped.",
            es: "aviso: se tomó \(reference), que \(owner) tomó hace \(age) para \(command) y nunca liberó; "
                + "compruebe que esa ejecución se detuvo de verdad.")
    }

    public static func deployLockKept(reference: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "warning: \(reference) could not be released: \(reason.english)",
            es: "aviso: no se pudo liberar \(reference): \(reason.spanish)")
    }

    public static func deployRollbackFailed(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "error: the rollback could not run: \(reason.english)",
            es: "error: no se pudo ejecutar la reversión: \(reason.spanish)")
    }

    /// Returns the progress line of one step, such as `[OPS] deploy-backend (BE): succeeded`.
    ///
    /// - Parameters:
    ///   - step: The step's action id, with its component in brackets when it has one.
    ///   - failure: How the step failed, or nil when it did not.
    public static func deployStepLine(role: String, step: String, failure: String?, skipped: Bool, rollback: Bool)
        -> LocalizedText
    {
        let english: String
        let spanish: String
        if let failure {
            english = "failed: \(failure)"
            spanish = "falló: \(failure)"
        } else if skipped {
            english = "skipped"
            spanish = "omitido"
        } else {
            english = "succeeded"
            spanish = "correcto"
        }
        return LocalizedText(
            en: (rollback ? "rollback: " : "") + "[\(role)] \(step): \(english)",
            es: (rollback ? "reversión: " : "") + "[\(role)] \(step): \(spanish)")
    }

    public static func deployDryRunHeading() -> LocalizedText {
        LocalizedText(
            en: "Steps it would run (dry run, nothing was changed):",
            es: "Pasos que ejecutaría (simulación, no se cambió nada):")
    }

    public static func deployDryRunNoSteps() -> LocalizedText {
        LocalizedText(en: "Dry run: nothing was changed.", es: "Simulación: no se cambió nada.")
    }

    public static func deployMissingTarget(command: String, accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "missing option '--target'; say which deployment with '--target TARGET', where TARGET is one of "
                + "\(list)\nRun 'vixen-gate \(command) --help' to see the usage.",
            es: "falta la opción '--target'; indique el despliegue con '--target TARGET', donde TARGET es uno de "
                + "estos: \(list)\nEjecute 'vixen-gate \(command) --help' para ver la ayuda.")
    }

    public static func deployInvalidWindow(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "invalid deployment window: \(reason.english)",
            es: "ventana de despliegue no válida: \(reason.spanish)")
    }

    public static func deployWindowWrongShape(_ text: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(text)\" is not DAYS HH:MM-HH:MM ZONE. Write it as Mon-Thu 09:00-16:00 Europe/Madrid.",
            es: "\"\(text)\" no tiene la forma DÍAS HH:MM-HH:MM ZONA. Escríbala como Mon-Thu 09:00-16:00 "
                + "Europe/Madrid.")
    }

    public static func deployWindowInvalidDays(_ text: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(text)\" is not a list of days. Use Mon, Tue, Wed, Thu, Fri, Sat and Sun, ranges such as "
                + "Mon-Thu, and commas between them.",
            es: "\"\(text)\" no es una lista de días. Use Mon, Tue, Wed, Thu, Fri, Sat y Sun, rangos como Mon-Thu "
                + "y comas entre ellos.")
    }

    public static func deployWindowInvalidHours(_ text: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(text)\" is not a span of hours. Write HH:MM-HH:MM in 24-hour time with the end after the "
                + "start, such as 09:00-16:00; 24:00 ends at midnight.",
            es: "\"\(text)\" no es un intervalo de horas. Escriba HH:MM-HH:MM en formato de 24 horas con el final "
                + "después del inicio, como 09:00-16:00; 24:00 termina a medianoche.")
    }

    public static func deployWindowUnknownTimeZone(_ text: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(text)\" is not a time zone this system knows. Use an IANA name such as Europe/Madrid or UTC, "
                + "and install the tzdata package if it is missing.",
            es: "\"\(text)\" no es una zona horaria que este sistema conozca. Use un nombre IANA como "
                + "Europe/Madrid o UTC, e instale el paquete tzdata si falta.")
    }
}

// MARK: - State errors

extension Catalog {
    public static func deployMalformedNote(reference: String, commit: String, detail: String) -> LocalizedText {
        LocalizedText(
            en: "The state note on commit \(commit) under \(reference) is not a valid record (\(detail)). Show it "
                + "with git notes --ref=\(reference) show \(commit), then correct it or remove it with git notes "
                + "--ref=\(reference) remove \(commit).",
            es: "La nota de estado del commit \(commit) en \(reference) no es un registro válido (\(detail)). "
                + "Muéstrela con git notes --ref=\(reference) show \(commit) y corríjala o elimínela con git notes "
                + "--ref=\(reference) remove \(commit).")
    }

    public static func deployNewerNoteFormat(reference: String, commit: String, format: Int) -> LocalizedText {
        LocalizedText(
            en: "The state note on commit \(commit) under \(reference) has format \(format), which a newer "
                + "vixen-gate wrote. Update vixen-gate to read it.",
            es: "La nota de estado del commit \(commit) en \(reference) tiene el formato \(format), que escribió "
                + "un vixen-gate más reciente. Actualice vixen-gate para leerla.")
    }

    public static func deployMalformedLock(reference: String, commit: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) points at \(commit), which does not name a lock owner. If no runner is deploying, "
                + "remove it with git update-ref -d \(reference) and on the remote with git push origin "
                + ":\(reference).",
            es: "\(reference) apunta a \(commit), que no indica quién tiene el bloqueo. Si no hay ningún despliegue "
                + "en curso, elimínela con git update-ref -d \(reference) y en el remoto con git push origin "
                + ":\(reference).")
    }

    public static func deployLockHeld(reference: String, owner: String, command: String, age: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "Another runner holds \(reference): \(owner), running \(command), took it \(age) ago. Wait for it "
                + "to finish; the next run takes over a lock older than deploy.lock_ttl.",
            es: "Otro ejecutor tiene \(reference): \(owner), que ejecuta \(command), lo tomó hace \(age). Espere a "
                + "que termine; la siguiente ejecución toma un bloqueo más antiguo que deploy.lock_ttl.")
    }

    public static func deployLockLost(reference: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) was removed or replaced by someone else while this run held it, so this run's "
                + "writes may overlap another's. Check the state with vixen-gate status.",
            es: "Otra persona eliminó o sustituyó \(reference) mientras esta ejecución lo tenía, así que sus "
                + "escrituras pueden solaparse con otras. Revise el estado con vixen-gate status.")
    }

    public static func deployStateMoved(reference: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) changed in this repository while this run worked, so the run stopped without "
                + "overwriting it. Check the state with vixen-gate status and run again.",
            es: "\(reference) cambió en este repositorio mientras trabajaba esta ejecución, así que se detuvo sin "
                + "sobrescribirla. Revise el estado con vixen-gate status y vuelva a ejecutar.")
    }

    public static func deployRemoteMoved(remote: String, references: String) -> LocalizedText {
        LocalizedText(
            en: "The deploy state on \(remote) changed after this run fetched it (\(references)), so nothing was "
                + "pushed. Run again to decide on the new state.",
            es: "El estado de despliegue en \(remote) cambió después de que esta ejecución lo trajera "
                + "(\(references)), así que no se envió nada. Vuelva a ejecutar para decidir con el estado nuevo.")
    }

    public static func deployRemoteCommandFailed(command: String, status: Int32, output: String) -> LocalizedText {
        let detail = output.isEmpty ? "" : ":\n" + output
        return LocalizedText(
            en: "\(command) failed with exit status \(status), so the deploy state could not be shared. Check the "
                + "remote's address and credentials (deploy.remote)\(detail)",
            es: "\(command) falló con el código de salida \(status), así que no se pudo compartir el estado de "
                + "despliegue. Revise la dirección y las credenciales del remoto (deploy.remote)\(detail)")
    }

    public static func deployAlreadyRecorded(reference: String, commit: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) already records \(commit), so state init changed nothing. Deployments move it from "
                + "now on; to record another commit by hand, delete it first with git update-ref -d \(reference) "
                + "and, on the remote, git push origin :\(reference).",
            es: "\(reference) ya registra \(commit), así que state init no cambió nada. A partir de ahora la mueven "
                + "los despliegues; para registrar otro commit a mano, elimínela antes con git update-ref -d "
                + "\(reference) y, en el remoto, git push origin :\(reference).")
    }
}

// MARK: - Configuration

extension Catalog {
    /// Returns the error for a `deploy` duration that is not a number with a unit.
    public static func configInvalidDuration(path: String, value: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must be a duration such as \(example): whole numbers with s, m, h or d, which may be "
                + "combined as 1h30m. \"\(value)\" is not one.",
            es: "\(path) debe ser una duración como \(example): números enteros con s, m, h o d, que pueden "
                + "combinarse como 1h30m. \"\(value)\" no lo es.")
    }

    public static func configNoDeployWindows(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) needs at least one window such as Mon-Thu 09:00-16:00 Europe/Madrid; leave the key out to "
                + "use that default.",
            es: "\(path) necesita al menos una ventana como Mon-Thu 09:00-16:00 Europe/Madrid; omita la clave para "
                + "usar ese valor predeterminado.")
    }
}
