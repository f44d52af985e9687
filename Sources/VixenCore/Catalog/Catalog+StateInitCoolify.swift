// Messages of `vixen-gate state init` without `--commit`, which reads the commit an environment
// runs from its Coolify applications. Application UUIDs, commits, keys and options stay as written.

extension Catalog {
    /// Returns the default of `state init --commit` in the help.
    public static func helpStateInitCommitDefault() -> LocalizedText {
        LocalizedText(
            en: "the commit the environment's Coolify applications run",
            es: "el commit que ejecutan las aplicaciones de Coolify del entorno")
    }

    public static func stateInitNoCoolify(environment: String) -> LocalizedText {
        LocalizedText(
            en: "state init without --commit reads the commit that \(environment) runs from Coolify, but "
                + ".vixen-gate.yml has no coolify section. Pass --commit with the commit that runs there, or "
                + "configure coolify.url and coolify.applications.\(environment).",
            es: "state init sin --commit lee de Coolify el commit que ejecuta \(environment), pero .vixen-gate.yml no "
                + "tiene la sección coolify. Indique con --commit el commit que se ejecuta allí, o configure "
                + "coolify.url y coolify.applications.\(environment).")
    }

    public static func stateInitNoApplications(environment: String) -> LocalizedText {
        LocalizedText(
            en: "No Coolify application is configured under coolify.applications.\(environment) in .vixen-gate.yml, "
                + "so the commit that \(environment) runs cannot be read. Pass --commit with the commit that runs "
                + "there, or add the applications.",
            es: "No hay ninguna aplicación de Coolify configurada en coolify.applications.\(environment) de "
                + ".vixen-gate.yml, así que no se puede leer el commit que ejecuta \(environment). Indique con "
                + "--commit el commit que se ejecuta allí, o añada las aplicaciones.")
    }

    /// Returns the message for a Coolify request that failed while reading the commit.
    ///
    /// - Parameter reason: The Coolify client's own message, which names the token's variable, never the token.
    public static func stateInitCoolifyFailed(component: String, application: String, reason: LocalizedText)
        -> LocalizedText
    {
        LocalizedText(
            en: "Reading the commit of Coolify application \(application) (\(component)) failed: \(reason.english) "
                + "To record the deployment without Coolify, pass --commit.",
            es: "No se pudo leer el commit de la aplicación de Coolify \(application) (\(component)): "
                + "\(reason.spanish) Para registrar el despliegue sin Coolify, indique --commit.")
    }

    /// Returns the message for an application whose `git_commit_sha` names no commit, such as `HEAD`.
    public static func stateInitCommitUnknown(component: String, application: String, value: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "Coolify application \(application) (\(component)) reports the commit \"\(value)\", which names no "
                + "commit: Coolify then builds the latest commit of the branch, so the commit that runs is unknown. "
                + "Pass --commit with the commit that runs there.",
            es: "La aplicación de Coolify \(application) (\(component)) indica el commit \"\(value)\", que no "
                + "identifica ningún commit: Coolify compila entonces el último commit de la rama, así que no se "
                + "sabe qué commit se ejecuta. Indique con --commit el commit que se ejecuta allí.")
    }

    /// Returns the message for applications of one environment that run different commits.
    ///
    /// - Parameter applications: Each application as `BE (uuid): commit`, joined with commas.
    public static func stateInitCommitsDisagree(environment: String, applications: String) -> LocalizedText {
        LocalizedText(
            en: "The Coolify applications of \(environment) run different commits: \(applications). Deploy them to "
                + "one commit, or pass --commit with the commit to record.",
            es: "Las aplicaciones de Coolify de \(environment) ejecutan commits distintos: \(applications). "
                + "Despliéguelas en un mismo commit, o indique con --commit el commit que se debe registrar.")
    }

    public static func stateInitCommitNotInRepository(commit: String, applications: String) -> LocalizedText {
        LocalizedText(
            en: "The commit \(commit) that Coolify runs for \(applications) is not in this repository. Fetch it "
                + "(git fetch origin), or pass --commit.",
            es: "El commit \(commit) que Coolify ejecuta para \(applications) no está en este repositorio. "
                + "Descárguelo (git fetch origin) o indique --commit.")
    }

    /// Returns the line on standard error that names the applications the recorded commit came from.
    public static func stateInitCommitFromCoolify(commit: String, environment: String, applications: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "Coolify runs \(commit) on \(environment): \(applications).",
            es: "Coolify ejecuta \(commit) en \(environment): \(applications).")
    }
}
