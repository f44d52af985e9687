// Messages of `check --ci`: its help, and why the range could not be taken from the CI's variables.
// Variable names, event fields, git commands and YAML keys stay in English in both languages,
// because users type them as written.

// MARK: - Help

extension Catalog {
    public static func helpCheckCIOption() -> LocalizedText {
        LocalizedText(
            en: "Take the range from the CI's variables: GitHub Actions (GITHUB_ACTIONS=true) or GitLab CI "
                + "(GITLAB_CI=true). --base and --head still set either end.",
            es: "Toma el rango de las variables de la CI: GitHub Actions (GITHUB_ACTIONS=true) o GitLab CI "
                + "(GITLAB_CI=true). --base y --head siguen fijando cada extremo."
        )
    }

    /// Returns the paragraph of `check --help` on how `--ci` picks the range and the output.
    public static func helpCheckCIDiscussion() -> LocalizedText {
        LocalizedText(
            en: "With --ci, a pull or merge request is checked from its base commit, a push from the commit before "
                + "it, and a new branch from its merge-base with origin/<default branch>. On GitHub Actions without "
                + "--format, the report is written as annotations, and a Markdown summary is appended to "
                + "$GITHUB_STEP_SUMMARY when it is set.",
            es: "Con --ci, una pull request o merge request se comprueba desde su commit base, un push desde el commit "
                + "anterior y una rama nueva desde su merge-base con origin/<rama por defecto>. En GitHub Actions sin "
                + "--format, el informe se escribe como anotaciones y se añade un resumen en Markdown a "
                + "$GITHUB_STEP_SUMMARY cuando está definida."
        )
    }
}

// MARK: - Detection

extension Catalog {
    /// Returns the error for `--ci` outside the CI systems that vixen-gate supports.
    ///
    /// - Parameter lookedFor: The variables checked, each as `NAME=true (CI)`.
    public static func ciUnknownEnvironment(lookedFor: [String]) -> LocalizedText {
        let list = lookedFor.joined(separator: ", ")
        return LocalizedText(
            en: "--ci found no supported CI: it looked for \(list). Run the check in one of these CI systems, "
                + "or drop --ci and give the range with --base and --head.",
            es: "--ci no encontró ninguna CI compatible: buscó \(list). Ejecute la comprobación en uno de esos "
                + "sistemas de CI, o quite --ci e indique el rango con --base y --head."
        )
    }

    /// Returns the error for a variable that the CI should set for this kind of pipeline but left unset or empty.
    public static func ciMissingVariable(_ name: String, provider: String) -> LocalizedText {
        LocalizedText(
            en: "\(provider) did not set \(name), which --ci needs to pick the range. Check that the job runs "
                + "in \(provider) itself, or drop --ci and give the range with --base and --head.",
            es: "\(provider) no definió \(name), que --ci necesita para elegir el rango. Compruebe que el job se "
                + "ejecuta en el propio \(provider), o quite --ci e indique el rango con --base y --head."
        )
    }

    /// Returns the error for a value that should be a full commit id but is not 40 or 64 hex digits.
    ///
    /// - Parameter source: Where the value came from, such as `CI_COMMIT_BEFORE_SHA`.
    public static func ciInvalidCommitID(_ value: String, source: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "\"\(value)\" from \(source.english) is not a full commit id (40 or 64 hex digits). "
                + "Check the job's variables, or give the range with --base and --head.",
            es: "\"\(value)\" de \(source.spanish) no es el identificador completo de un commit (40 o 64 dígitos "
                + "hexadecimales). Revise las variables del job o indique el rango con --base y --head."
        )
    }

    /// Returns the source of a value read from a field of GitHub's event file, such as `pull_request.base.sha`.
    public static func ciEventFieldSource(_ field: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "\(field) in the event file \(path)",
            es: "\(field) del archivo de evento \(path)"
        )
    }

    /// Returns the source of a value read from an environment variable.
    public static func ciVariableSource(_ name: String) -> LocalizedText {
        LocalizedText(en: name, es: name)
    }

    /// Returns the error for GitHub's event file, named by `GITHUB_EVENT_PATH`, when it cannot be read.
    public static func ciEventUnreadable(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "Cannot read the GitHub event file \"\(path)\" named by GITHUB_EVENT_PATH: \(reason). "
                + "Run the check in the job's own workspace, where GitHub writes that file.",
            es: "No se puede leer el archivo de evento de GitHub \"\(path)\" indicado en GITHUB_EVENT_PATH: "
                + "\(reason). Ejecute la comprobación en el espacio de trabajo del propio job, donde GitHub escribe "
                + "ese archivo."
        )
    }

    public static func ciEventNotAnObject(path: String) -> LocalizedText {
        LocalizedText(
            en: "The GitHub event file \"\(path)\" is not a JSON object. Check that GITHUB_EVENT_PATH names the "
                + "file GitHub wrote for this job.",
            es: "El archivo de evento de GitHub \"\(path)\" no es un objeto JSON. Compruebe que GITHUB_EVENT_PATH "
                + "indica el archivo que GitHub escribió para este job."
        )
    }

    /// Returns the error for a field that GitHub's event file should have for this event but lacks.
    public static func ciMissingEventField(_ field: String, event: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "The GitHub event file \"\(path)\" of this \(event) event has no \(field), which --ci needs to "
                + "pick the range. Give the range with --base and --head instead.",
            es: "El archivo de evento de GitHub \"\(path)\" de este evento \(event) no tiene \(field), que --ci "
                + "necesita para elegir el rango. Indique el rango con --base y --head."
        )
    }
}

// MARK: - Range

extension Catalog {
    /// Returns the first sentence of the error for a commit that the CI names but the clone lacks.
    ///
    /// git's own explanation and remedy follow it.
    ///
    /// - Parameters:
    ///   - end: ``ciRangeBase()`` or ``ciRangeHead()``.
    ///   - commit: The commit id as the CI gave it.
    ///   - source: Where the id came from.
    public static func ciCommitUnavailable(end: LocalizedText, commit: String, source: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "The \(end.english) of the CI range, commit \(commit) from \(source.english), cannot be read.",
            es: "No se puede leer el \(end.spanish) del rango de la CI, el commit \(commit) de \(source.spanish)."
        )
    }

    public static func ciRangeBase() -> LocalizedText {
        LocalizedText(en: "base", es: "inicio")
    }

    public static func ciRangeHead() -> LocalizedText {
        LocalizedText(en: "head", es: "final")
    }

    /// Returns the error for a range that starts at the merge-base with the default branch when the clone
    /// lacks `origin/<branch>`.
    ///
    /// - Parameters:
    ///   - branch: The default branch, such as `main`.
    ///   - reason: Why the range needs the default branch, such as ``ciReasonNewBranch()``.
    public static func ciDefaultBranchMissing(_ branch: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "\(reason.english), so its range starts at the merge-base with origin/\(branch), but this clone has "
                + "no origin/\(branch). Fetch it before the check: `git fetch origin "
                + "\(branch):refs/remotes/origin/\(branch)` (on GitHub, actions/checkout with fetch-depth: 0 "
                + "fetches every branch).",
            es: "\(reason.spanish), así que su rango empieza en el merge-base con origin/\(branch), pero este clon "
                + "no tiene origin/\(branch). Descárguela antes de la comprobación: `git fetch origin "
                + "\(branch):refs/remotes/origin/\(branch)` (en GitHub, actions/checkout con fetch-depth: 0 "
                + "descarga todas las ramas)."
        )
    }

    /// Returns the reason a push's range starts at the default branch: the push created the branch or tag.
    public static func ciReasonNewBranch() -> LocalizedText {
        LocalizedText(
            en: "This push created its branch or tag",
            es: "Este push creó su rama o etiqueta"
        )
    }

    /// Returns the reason a push's range starts at the default branch: the push rewrote the branch's history.
    public static func ciReasonForcedPush() -> LocalizedText {
        LocalizedText(
            en: "This push was forced, so the commit before it may not be in the history",
            es: "Este push fue forzado, así que el commit anterior puede no estar en el historial"
        )
    }

    /// Returns the reason a run's range starts at a branch: the CI names no base commit for it, as for a
    /// scheduled or manual run.
    ///
    /// - Parameter event: The kind of run as the CI names it, such as `schedule` or `workflow_dispatch`.
    public static func ciReasonNoBaseCommit(event: String) -> LocalizedText {
        LocalizedText(
            en: "This \(event) run names no base commit",
            es: "Esta ejecución de tipo \(event) no indica ningún commit base"
        )
    }

    /// Returns the error for a range that needs the default branch when no variable names it.
    ///
    /// - Parameter sources: What was read for it, such as `CI_DEFAULT_BRANCH`.
    public static func ciMissingDefaultBranch(reason: LocalizedText, sources: [String]) -> LocalizedText {
        LocalizedText(
            en: "\(reason.english), so its range starts at the merge-base with the default branch, but no branch "
                + "name was found in \(sources.joined(separator: " or ")). Give the start of the range with --base.",
            es: "\(reason.spanish), así que su rango empieza en el merge-base con la rama por defecto, pero no se "
                + "encontró el nombre de la rama en \(sources.joined(separator: " o ")). Indique el inicio del rango "
                + "con --base."
        )
    }

    /// Returns the error for a step summary that could not be appended to.
    ///
    /// - Parameter reason: The system's own description of the error.
    public static func ciStepSummaryWriteFailed(path: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Cannot append the Markdown summary to \"\(path)\", named by GITHUB_STEP_SUMMARY: \(reason.english). "
                + "Pass --format to print the report without the summary.",
            es: "No se puede añadir el resumen en Markdown a \"\(path)\", indicado en GITHUB_STEP_SUMMARY: "
                + "\(reason.spanish). Use --format para mostrar el informe sin el resumen."
        )
    }
}

// MARK: - Step summary

extension Catalog {
    /// Returns the warning that the step summary is too full for the Markdown report to fit under GitHub's limit.
    public static func ciStepSummaryFull(path: String, limit: String) -> LocalizedText {
        LocalizedText(
            en: "vixen-gate: warning: the Markdown summary was not appended to \"\(path)\" (GITHUB_STEP_SUMMARY), "
                + "because the file would then exceed GitHub's limit of \(limit) per step. The annotations above "
                + "and the --output reports are complete.",
            es: "vixen-gate: advertencia: el resumen en Markdown no se añadió a \"\(path)\" (GITHUB_STEP_SUMMARY), "
                + "porque el archivo superaría el límite de GitHub de \(limit) por paso. Las anotaciones anteriores "
                + "y los informes de --output están completos."
        )
    }
}

// MARK: - Secrets found in CI

extension Catalog {
    /// Returns the sentence that `check --ci` adds to a `secret.*` finding: in CI the commits were
    /// already pushed, so the value must be treated as leaked.
    public static func ciSecretAlreadyPushed() -> LocalizedText {
        LocalizedText(
            en: "This value has already reached the remote, so removing it from the commits is not enough. "
                + "Rotate it now (revoke it and issue a new one), because anyone who can read the repository may "
                + "have copied it.",
            es: "Este valor ya llegó al remoto, así que no basta con eliminarlo de los commits. Rótelo ya "
                + "(revóquelo y genere uno nuevo), porque cualquiera con acceso al repositorio puede haberlo "
                + "copiado."
        )
    }
}
