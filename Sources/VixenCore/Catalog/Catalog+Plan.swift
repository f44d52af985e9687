// Messages of `vixen-gate plan`: its help and errors, and the labels, step descriptions, reasons,
// checklist items and notes of the deploy plan. Step ids, rule ids, references, component names and
// commands stay in English in both languages, because people search for them as written.

// MARK: - Help

extension Catalog {
    public static func helpPlanSummary() -> LocalizedText {
        LocalizedText(
            en: "Show the deploy plan of a range for staging, production or a hotfix: the version, the steps "
                + "with their roles, commands and reasons, and the pre-deployment checklist.",
            es: "Muestra el plan de despliegue de un rango en staging, en producción o como hotfix: la versión, los "
                + "pasos con sus roles, comandos y motivos, y la lista de comprobación previa al despliegue."
        )
    }

    /// Returns the paragraph of `plan --help` on the default range.
    public static func helpPlanRange() -> LocalizedText {
        LocalizedText(
            en: "The range starts at the commit the environment runs, which the deploy runner records in "
                + "refs/vixen-gate/deployed/staging or refs/vixen-gate/deployed/production (a hotfix uses "
                + "production's). It ends at HEAD, except for production, where it ends at the commit staging "
                + "runs when that is recorded. --base and --head set either end.",
            es: "El rango empieza en el commit que ejecuta el entorno, que el ejecutor de despliegues registra en "
                + "refs/vixen-gate/deployed/staging o refs/vixen-gate/deployed/production (un hotfix usa la de "
                + "producción). Termina en HEAD, salvo en producción, donde termina en el commit que ejecuta "
                + "staging si está registrado. --base y --head fijan cada extremo."
        )
    }

    /// Returns the paragraph of `plan --help` on how the version is chosen.
    public static func helpPlanVersionRule() -> LocalizedText {
        LocalizedText(
            en: "The version counts from the highest vX.Y.Z tag that the head reaches: a breaking change (type! "
                + "or a BREAKING CHANGE: footer) raises the major part, feat the minor part, and any other commit "
                + "the patch part. While the major part is 0, a breaking change raises the minor part. Without a "
                + "tag the version is 0.1.0.",
            es: "La versión se calcula desde la etiqueta vX.Y.Z más alta que alcanza el head: un cambio "
                + "incompatible (tipo! o un pie BREAKING CHANGE:) sube la parte mayor, feat la menor y cualquier "
                + "otro commit el parche. Mientras la parte mayor es 0, un cambio incompatible sube la menor. Sin "
                + "etiqueta, la versión es 0.1.0."
        )
    }

    public static func helpPlanTargetOption() -> LocalizedText {
        LocalizedText(
            en: "Deployment to plan: staging (new features), production (a release that ran on staging) or "
                + "hotfix (a critical fix, straight to production). Required.",
            es: "Despliegue que se planifica: staging (funcionalidades nuevas), production (una versión que ya "
                + "corrió en staging) o hotfix (una corrección crítica, directa a producción). Obligatoria."
        )
    }

    public static func helpPlanRepoOption() -> LocalizedText {
        LocalizedText(en: "Repository to plan from.", es: "Repositorio del que sale el plan.")
    }

    public static func helpPlanBaseOption() -> LocalizedText {
        LocalizedText(
            en: "Revision the environment runs now, where the range starts.",
            es: "Revisión que ejecuta ahora el entorno, donde empieza el rango."
        )
    }

    public static func helpPlanBaseDefault() -> LocalizedText {
        LocalizedText(
            en: "the commit of refs/vixen-gate/deployed/<environment>",
            es: "el commit de refs/vixen-gate/deployed/<entorno>"
        )
    }

    public static func helpPlanHeadOption() -> LocalizedText {
        LocalizedText(
            en: "Revision to deploy, where the range ends.",
            es: "Revisión que se despliega, donde termina el rango."
        )
    }

    public static func helpPlanHeadDefault() -> LocalizedText {
        LocalizedText(
            en: "HEAD; for production, the commit of refs/vixen-gate/deployed/staging when it exists",
            es: "HEAD; en producción, el commit de refs/vixen-gate/deployed/staging si existe"
        )
    }

    public static func helpPlanVersionOption() -> LocalizedText {
        LocalizedText(
            en: "Version of the release, X.Y.Z, instead of the one computed from the tags and commits.",
            es: "Versión de la entrega, X.Y.Z, en lugar de la que se calcula con las etiquetas y los commits."
        )
    }

    public static func helpPlanFormatOption() -> LocalizedText {
        LocalizedText(en: "Format of the plan.", es: "Formato del plan.")
    }

    public static func helpPlanOutputOption() -> LocalizedText {
        LocalizedText(
            en: "Also write the plan in FORMAT to FILE, while the --format plan still goes to standard output. "
                + "FORMAT takes the same values as --format, and FILE is relative to the current directory. "
                + "Repeat the option to write several files.",
            es: "Escribe además el plan en el formato FORMAT en FILE, mientras el plan de --format sigue saliendo "
                + "por la salida estándar. FORMAT admite los mismos valores que --format, y FILE es relativo al "
                + "directorio actual. Repita la opción para escribir varios archivos."
        )
    }

    public static func helpPlanExitResolved() -> LocalizedText {
        LocalizedText(
            en: "The plan is resolved and nothing blocks it.",
            es: "El plan está resuelto y nada lo bloquea."
        )
    }

    public static func helpPlanExitBlocked() -> LocalizedText {
        LocalizedText(
            en: "The plan is resolved, but a finding blocks the deployment.",
            es: "El plan está resuelto, pero un hallazgo bloquea el despliegue."
        )
    }

    public static func helpPlanExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The plan could not be resolved, for example because of a usage error, an invalid --version or "
                + "a range without a recorded base.",
            es: "El plan no pudo resolverse, por ejemplo por un error de uso, un --version no válido o un rango "
                + "sin base registrada."
        )
    }
}

// MARK: - Errors

extension Catalog {
    /// Returns the error for `plan` without `--target`.
    public static func planMissingTarget(accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "missing option '--target'; say which deployment to plan with '--target TARGET', where TARGET "
                + "is one of \(list)\nRun 'vixen-gate plan --help' to see the usage.",
            es: "falta la opción '--target'; indique qué despliegue se planifica con '--target TARGET', donde "
                + "TARGET es uno de estos: \(list)\nEjecute 'vixen-gate plan --help' para ver la ayuda."
        )
    }

    /// Returns the error for a `--version` value that is not `X.Y.Z`.
    public static func planInvalidVersion(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(value)\" is not a version of the form X.Y.Z: three numbers without leading zeros and "
                + "without a v prefix, such as 1.4.0. Correct --version, or leave it out to count the version "
                + "from the last vX.Y.Z tag.",
            es: "\"\(value)\" no es una versión de la forma X.Y.Z: tres números sin ceros a la izquierda y sin el "
                + "prefijo v, como 1.4.0. Corrija --version, u omítala para calcular la versión desde la última "
                + "etiqueta vX.Y.Z."
        )
    }

    /// Returns the error for a plan without `--base` whose environment has no recorded deployment.
    ///
    /// - Parameters:
    ///   - reference: The missing reference, such as `refs/vixen-gate/deployed/production`.
    ///   - environment: The environment whose deployment is missing, from ``planEnvironment(_:)``.
    ///   - target: The environment as `state init --target` takes it, such as `production`.
    public static func planNoDeployedState(reference: String, environment: LocalizedText, target: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "No deployment to \(environment.english) is recorded: \(reference) does not exist in this "
                + "repository. Pass --base with the commit \(environment.english) runs now, or record that commit "
                + "once with vixen-gate state init --target \(target) --commit <commit>. The deploy runner "
                + "records \(reference) after each deployment; in a clone, fetch it with "
                + "git fetch origin '+refs/vixen-gate/*:refs/vixen-gate/*'.",
            es: "No hay ningún despliegue en \(environment.spanish) registrado: \(reference) no existe en este "
                + "repositorio. Indique con --base el commit que ejecuta \(environment.spanish) ahora, o registre ese "
                + "commit una vez con vixen-gate state init --target \(target) --commit <commit>. El ejecutor "
                + "de despliegues registra \(reference) tras cada despliegue; en un clon, tráigala con "
                + "git fetch origin '+refs/vixen-gate/*:refs/vixen-gate/*'."
        )
    }

    /// Returns the error for a deployed reference that leads to a tree or a blob instead of a commit.
    public static func planDeployedReferenceNotACommit(_ reference: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) does not point to a commit, so it cannot say what is deployed. Point it at the "
                + "deployed commit again, or pass --base and --head.",
            es: "\(reference) no apunta a un commit, así que no puede indicar qué está desplegado. Vuelva a "
                + "apuntarla al commit desplegado, o indique --base y --head."
        )
    }

    /// Returns the error for a plan file that cannot be written.
    public static func planWriteFailed(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "Cannot write the plan to \"\(path)\": \(reason). Check that its folder exists and is writable, "
                + "or choose another FILE in --output.",
            es: "No se puede escribir el plan en \"\(path)\": \(reason). Compruebe que su carpeta existe y admite "
                + "escritura, o elija otro FILE en --output."
        )
    }
}

// MARK: - Headings and labels

extension Catalog {
    /// Returns an environment's name: `staging` or `production` in English, `staging` or `producción` in Spanish.
    public static func planEnvironment(_ environment: String) -> LocalizedText {
        switch environment {
        case "production": LocalizedText(en: "production", es: "producción")
        default: LocalizedText(en: environment, es: environment)
        }
    }

    /// Returns the plan's title, such as `Deploy plan for staging: v1.4.0`.
    ///
    /// - Parameter target: `staging`, `production` or `hotfix`.
    public static func planTitle(target: String, version: String) -> LocalizedText {
        switch target {
        case "hotfix":
            LocalizedText(
                en: "Hotfix plan for production: v\(version)",
                es: "Plan de hotfix en producción: v\(version)")
        case "production":
            LocalizedText(
                en: "Deploy plan for production: v\(version)",
                es: "Plan de despliegue en producción: v\(version)")
        default:
            LocalizedText(
                en: "Deploy plan for \(target): v\(version)",
                es: "Plan de despliegue en \(target): v\(version)")
        }
    }

    /// Returns the range line, such as `Range 1a2b3c4..5d6e7f8: 3 commits (base ..., head HEAD)`.
    ///
    /// - Parameters:
    ///   - span: The range as `base..head` in short ids.
    ///   - baseRevision: What the base was resolved from, such as a deployed reference.
    ///   - headRevision: What the head was resolved from, such as `HEAD`.
    public static func planRange(_ span: String, commits: Int, baseRevision: String, headRevision: String)
        -> LocalizedText
    {
        let count = reportCommitCount(commits)
        return LocalizedText(
            en: "Range \(span): \(count.english) (base \(baseRevision), head \(headRevision))",
            es: "Rango \(span): \(count.spanish) (base \(baseRevision), head \(headRevision))"
        )
    }

    public static func planComponentsLabel() -> LocalizedText {
        LocalizedText(en: "Components to deploy", es: "Componentes que se despliegan")
    }

    public static func planMigrationsLabel() -> LocalizedText {
        LocalizedText(en: "Migrations", es: "Migraciones")
    }

    /// Returns the value of the migrations line of a plan that applies none; the Spanish form
    /// is feminine, matching "migraciones".
    public static func planNoMigrations() -> LocalizedText {
        LocalizedText(en: "none", es: "ninguna")
    }

    /// Returns the label of the gate's verdict, which ``reportPassed()`` or ``reportBlocked()`` follows.
    public static func planGateLabel() -> LocalizedText {
        LocalizedText(en: "Gate", es: "Resultado de vixen-gate")
    }

    /// Returns the verdict of a blocked plan and what people should do about it.
    ///
    /// - Parameters:
    ///   - rules: The blocking rule ids, joined for display.
    ///   - checkCommand: The `vixen-gate check` command that lists the findings of the same range.
    public static func planBlockedAdvice(rules: String, checkCommand: String) -> LocalizedText {
        LocalizedText(
            en: "blocked by \(rules). Do not deploy a blocked plan: fix the findings that \(checkCommand) lists, "
                + "then plan again.",
            es: "bloqueado por \(rules). No despliegue un plan bloqueado: corrija los hallazgos que muestra "
                + "\(checkCommand) y vuelva a generar el plan."
        )
    }

    public static func planStepsHeading() -> LocalizedText {
        LocalizedText(en: "Steps", es: "Pasos")
    }

    public static func planChecklistHeading() -> LocalizedText {
        LocalizedText(en: "Pre-deployment checklist", es: "Lista de comprobación previa al despliegue")
    }

    public static func planNotesHeading() -> LocalizedText {
        LocalizedText(en: "Notes", es: "Notas")
    }

    public static func planCommandLabel() -> LocalizedText {
        LocalizedText(en: "command", es: "comando")
    }

    public static func planReasonLabel() -> LocalizedText {
        LocalizedText(en: "why", es: "motivo")
    }

    /// Returns the value of a step's command when the step has none, because people carry it out or no
    /// command is configured for it.
    public static func planNoCommand() -> LocalizedText {
        LocalizedText(en: "none (people carry out this step)", es: "ninguno (lo realizan personas)")
    }

    public static func planSkipped() -> LocalizedText {
        LocalizedText(en: "skipped", es: "omitido")
    }

    public static func planRoleColumn() -> LocalizedText {
        LocalizedText(en: "Role", es: "Rol")
    }

    public static func planStepColumn() -> LocalizedText {
        LocalizedText(en: "Step", es: "Paso")
    }

    public static func planCommandColumn() -> LocalizedText {
        LocalizedText(en: "Command", es: "Comando")
    }

    public static func planReasonColumn() -> LocalizedText {
        LocalizedText(en: "Why", es: "Motivo")
    }

    public static func planAreaColumn() -> LocalizedText {
        LocalizedText(en: "Area", es: "Área")
    }

    public static func planItemColumn() -> LocalizedText {
        LocalizedText(en: "Item", es: "Punto")
    }

    public static func planStatusColumn() -> LocalizedText {
        LocalizedText(en: "Status", es: "Estado")
    }

    /// Returns the heading of the checklist column that names the rules that judged an item, or people.
    public static func planDetailColumn() -> LocalizedText {
        LocalizedText(en: "Detail", es: "Detalle")
    }
}

// MARK: - Version

extension Catalog {
    public static func planVersionOverride(_ version: String) -> LocalizedText {
        LocalizedText(
            en: "Version \(version), set with --version.",
            es: "Versión \(version), fijada con --version."
        )
    }

    public static func planVersionFirstRelease(_ version: String) -> LocalizedText {
        LocalizedText(
            en: "Version \(version): the head reaches no vX.Y.Z tag, so this is the first release.",
            es: "Versión \(version): el head no alcanza ninguna etiqueta vX.Y.Z, así que es la primera entrega."
        )
    }

    /// Returns the version line for a head that is the tagged commit itself, deployed again.
    public static func planVersionTagged(_ version: String, tag: String) -> LocalizedText {
        LocalizedText(
            en: "Version \(version): the head is the commit tagged \(tag).",
            es: "Versión \(version): el head es el commit de la etiqueta \(tag)."
        )
    }

    /// Returns the version line for a version counted from a tag, such as `a minor bump from v1.3.0`.
    ///
    /// - Parameter bump: `major`, `minor` or `patch`.
    public static func planVersionBumped(_ version: String, tag: String, bump: String, commits: Int)
        -> LocalizedText
    {
        let part: LocalizedText
        switch bump {
        case "major": part = LocalizedText(en: "major", es: "mayor")
        case "minor": part = LocalizedText(en: "minor", es: "menor")
        default: part = LocalizedText(en: "patch", es: "de parche")
        }
        let count = reportCommitCount(commits)
        return LocalizedText(
            en: "Version \(version): a \(part.english) bump from \(tag) over \(count.english).",
            es: "Versión \(version): subida \(part.spanish) desde \(tag) con \(count.spanish)."
        )
    }

    /// Returns the sentence on commits whose message follows no convention.
    public static func planVersionUnconventional(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1
                ? "1 of them follows no convention and counts as a patch change."
                : "\(count) of them follow no convention and count as patch changes.",
            es: count == 1
                ? "1 de ellos no sigue la convención y cuenta como cambio de parche."
                : "\(count) de ellos no siguen la convención y cuentan como cambios de parche."
        )
    }

    /// Returns the sentence on a breaking change under major version zero, which raises the minor part.
    public static func planVersionZeroMajor() -> LocalizedText {
        LocalizedText(
            en: "While the major version is 0, a breaking change raises the minor part; pass --version 1.0.0 to "
                + "leave initial development.",
            es: "Mientras la versión mayor es 0, un cambio incompatible sube la parte menor; indique "
                + "--version 1.0.0 para salir del desarrollo inicial."
        )
    }
}

// MARK: - Steps

extension Catalog {
    public static func planStepRunTests(component: String) -> LocalizedText {
        LocalizedText(
            en: "Check that the \(component) tests pass",
            es: "Comprobar que las pruebas de \(component) pasan"
        )
    }

    public static func planStepRegressionSuite() -> LocalizedText {
        LocalizedText(
            en: "Run the full regression suite",
            es: "Ejecutar la batería completa de pruebas de regresión"
        )
    }

    public static func planStepApplyMigrations(environment: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Apply the migrations to the \(environment.english) database",
            es: "Aplicar las migraciones a la base de datos de \(environment.spanish)"
        )
    }

    public static func planStepBackupDatabase() -> LocalizedText {
        LocalizedText(
            en: "Back up the production database with pg_dump",
            es: "Hacer una copia de seguridad de la base de datos de producción con pg_dump"
        )
    }

    public static func planStepDeploy(component: String, environment: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Deploy \(component) to \(environment.english) through Coolify",
            es: "Desplegar \(component) en \(environment.spanish) mediante Coolify"
        )
    }

    public static func planStepHealthCheck(environment: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Check the health of the API (/health) and the frontend on \(environment.english)",
            es: "Comprobar la salud de la API (/health) y del frontend en \(environment.spanish)"
        )
    }

    public static func planStepSmokeTest(component: String) -> LocalizedText {
        LocalizedText(
            en: "Run the \(component) smoke tests on staging",
            es: "Ejecutar las pruebas de humo de \(component) en staging"
        )
    }

    public static func planStepCriticalSmokeTest(component: String) -> LocalizedText {
        LocalizedText(
            en: "Run the critical \(component) smoke tests on production: login, avatar creation, content "
                + "generation and the critical API endpoints",
            es: "Ejecutar las pruebas de humo críticas de \(component) en producción: inicio de sesión, creación "
                + "de avatares, generación de contenido y los endpoints críticos de la API"
        )
    }

    public static func planStepSoakCheck() -> LocalizedText {
        LocalizedText(
            en: "Confirm that staging has run this release stably for 24 hours or more",
            es: "Confirmar que staging lleva 24 horas o más ejecutando esta versión de forma estable"
        )
    }

    public static func planStepWindowCheck() -> LocalizedText {
        LocalizedText(
            en: "Agree on a deployment window and confirm the deployment falls inside it",
            es: "Acordar una ventana de despliegue y confirmar que el despliegue cae dentro de ella"
        )
    }

    public static func planStepWatchWindow() -> LocalizedText {
        LocalizedText(
            en: "Watch the logs, health checks, response times, CPU and memory for the first 15 minutes",
            es: "Vigilar los registros, las comprobaciones de salud, los tiempos de respuesta, la CPU y la "
                + "memoria durante los primeros 15 minutos"
        )
    }

    public static func planStepConfirmCriticalSeverity() -> LocalizedText {
        LocalizedText(
            en: "Confirm that the bug is of critical severity",
            es: "Confirmar que el error es de gravedad crítica"
        )
    }

    public static func planStepVerifyFix() -> LocalizedText {
        LocalizedText(
            en: "Verify the fix locally or on staging",
            es: "Verificar la corrección en local o en staging"
        )
    }

    public static func planStepPrepareRollback() -> LocalizedText {
        LocalizedText(
            en: "Have the rollback plan ready: the image to roll back to in Coolify and the down migrations",
            es: "Tener preparado el plan de reversión: la imagen a la que volver en Coolify y las migraciones "
                + "de reversión"
        )
    }

    public static func planStepWatchMetrics() -> LocalizedText {
        LocalizedText(
            en: "Watch the metrics after the deployment: errors, response times, CPU and memory",
            es: "Vigilar las métricas después del despliegue: errores, tiempos de respuesta, CPU y memoria"
        )
    }

    /// Returns the report step's description, which quotes the line the team expects.
    public static func planStepReport(line: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Report to the team: \(line.english)",
            es: "Informar al equipo: \(line.spanish)"
        )
    }

    /// Returns the line the scrum master reports at the end, with `###` where the deployment's sequence
    /// number goes, because the plan does not know it.
    ///
    /// - Parameter target: `staging`, `production` or `hotfix`.
    public static func planReportLine(target: String, version: String) -> LocalizedText {
        switch target {
        case "hotfix":
            LocalizedText(
                en: "[SM-###] Hotfix v\(version) deployed to production",
                es: "[SM-###] Hotfix v\(version) desplegado en producción")
        case "production":
            LocalizedText(
                en: "[SM-###] Deploy production v\(version) completed",
                es: "[SM-###] Despliegue de la v\(version) en producción completado")
        default:
            LocalizedText(
                en: "[SM-###] Deploy \(target) v\(version) completed, smoke tests OK",
                es: "[SM-###] Despliegue de la v\(version) en \(target) completado, pruebas de humo OK")
        }
    }
}

// MARK: - Reasons

extension Catalog {
    /// Returns the reason of a step that every deployment of the kind runs.
    ///
    /// - Parameter target: `staging`, `production` or `hotfix`.
    public static func planReasonRequired(target: String) -> LocalizedText {
        switch target {
        case "hotfix":
            LocalizedText(en: "Every hotfix runs this step.", es: "Todo hotfix ejecuta este paso.")
        case "production":
            LocalizedText(
                en: "Every production deployment runs this step.",
                es: "Todo despliegue en producción ejecuta este paso.")
        default:
            LocalizedText(
                en: "Every \(target) deployment runs this step.",
                es: "Todo despliegue en \(target) ejecuta este paso.")
        }
    }

    public static func planReasonComponentChanged(_ component: String) -> LocalizedText {
        LocalizedText(en: "\(component) changed.", es: "\(component) tiene cambios.")
    }

    public static func planReasonOperationsChanged(_ component: String) -> LocalizedText {
        LocalizedText(
            en: "OPS changed (container or CI files), so \(component) is built and deployed again.",
            es: "OPS tiene cambios (archivos de contenedores o de CI), así que \(component) se construye y se "
                + "despliega de nuevo."
        )
    }

    public static func planReasonComponentUnchanged(_ component: String) -> LocalizedText {
        LocalizedText(en: "\(component) did not change.", es: "\(component) no tiene cambios.")
    }

    public static func planReasonMigrationsChanged(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 file of the DB component changed." : "\(count) files of the DB component changed.",
            es: count == 1
                ? "Cambió 1 archivo del componente DB." : "Cambiaron \(count) archivos del componente DB."
        )
    }

    public static func planReasonNoMigrations() -> LocalizedText {
        LocalizedText(
            en: "No file of the DB component changed, so there is no migration to apply and no backup to take.",
            es: "Ningún archivo del componente DB cambió, así que no hay migraciones que aplicar ni copia de "
                + "seguridad que hacer."
        )
    }

    public static func planReasonDeploymentRuns() -> LocalizedText {
        LocalizedText(
            en: "This step follows every deployment that changes something.",
            es: "Este paso sigue a todo despliegue que cambia algo."
        )
    }

    public static func planReasonNothingToDeploy() -> LocalizedText {
        LocalizedText(
            en: "The range changes no deployable component, so nothing is deployed.",
            es: "El rango no cambia ningún componente desplegable, así que no se despliega nada."
        )
    }
}

// MARK: - Notes

extension Catalog {
    public static func planNoteProductionHeadIsHEAD(reference: String) -> LocalizedText {
        LocalizedText(
            en: "\(reference) does not exist, so this plan runs up to HEAD. Check that HEAD is what ran on "
                + "staging, or pass --head with that commit.",
            es: "\(reference) no existe, así que este plan llega hasta HEAD. Compruebe que HEAD es lo que corrió "
                + "en staging, o indique ese commit con --head."
        )
    }

    public static func planNoteEmptyRange() -> LocalizedText {
        LocalizedText(
            en: "The range has no commits: the environment already runs its head.",
            es: "El rango no tiene commits: el entorno ya ejecuta su head."
        )
    }

    public static func planNoteNothingToDeploy() -> LocalizedText {
        LocalizedText(
            en: "The range changes only DOCS, TESTS or files of no component, so every deployment step is "
                + "skipped.",
            es: "El rango solo cambia DOCS, TESTS o archivos sin componente, así que se omiten todos los pasos "
                + "de despliegue."
        )
    }
}

// MARK: - Checklist

extension Catalog {
    /// Returns a checklist area's heading.
    ///
    /// - Parameter area: `backend`, `frontend`, `database` or `devops`.
    public static func planChecklistArea(_ area: String) -> LocalizedText {
        switch area {
        case "backend": LocalizedText(en: "Backend", es: "Backend")
        case "frontend": LocalizedText(en: "Frontend", es: "Frontend")
        case "database": LocalizedText(en: "Database", es: "Base de datos")
        default: LocalizedText(en: "DevOps", es: "DevOps")
        }
    }

    /// Returns a checklist status's label.
    ///
    /// - Parameter status: `verified`, `warnings`, `failed`, `not-applicable` or `manual`.
    public static func planChecklistStatus(_ status: String) -> LocalizedText {
        switch status {
        case "verified": LocalizedText(en: "verified", es: "verificado")
        case "warnings": LocalizedText(en: "warnings", es: "advertencias")
        case "failed": LocalizedText(en: "failed", es: "fallido")
        case "not-applicable": LocalizedText(en: "not-applicable", es: "no aplicable")
        default: LocalizedText(en: "manual", es: "manual")
        }
    }

    /// Returns the detail of a verified item, such as `secret.* (217 rules ran)`.
    public static func planChecklistVerifiedBy(_ patterns: String, ruleCount: Int) -> LocalizedText {
        LocalizedText(
            en: ruleCount == 1 ? "\(patterns) (1 rule ran)" : "\(patterns) (\(ruleCount) rules ran)",
            es: ruleCount == 1
                ? "\(patterns) (se ejecutó 1 regla)" : "\(patterns) (se ejecutaron \(ruleCount) reglas)"
        )
    }

    /// Returns the detail of a failed item: the rules whose findings block.
    public static func planChecklistFailedBy(_ rules: String) -> LocalizedText {
        LocalizedText(en: "blocked by \(rules)", es: "bloqueado por \(rules)")
    }

    /// Returns the detail of an item that no rule judges.
    public static func planChecklistPeopleConfirm() -> LocalizedText {
        LocalizedText(en: "people confirm", es: "lo confirman personas")
    }

    public static func planChecklistTestsPass() -> LocalizedText {
        LocalizedText(
            en: "Unit and integration tests pass",
            es: "Las pruebas unitarias y de integración pasan"
        )
    }

    public static func planChecklistTypeHints() -> LocalizedText {
        LocalizedText(en: "Type hints complete", es: "Anotaciones de tipo completas")
    }

    public static func planChecklistBackendEnvironment() -> LocalizedText {
        LocalizedText(en: "Environment variables documented", es: "Variables de entorno documentadas")
    }

    public static func planChecklistMigrationsTested() -> LocalizedText {
        LocalizedText(en: "Migrations tested up and down", es: "Migraciones probadas de ida y de vuelta")
    }

    public static func planChecklistNoHardcodedSecrets() -> LocalizedText {
        LocalizedText(en: "No hardcoded secrets", es: "Ningún secreto escrito en el código")
    }

    public static func planChecklistBuildSucceeds() -> LocalizedText {
        LocalizedText(en: "Build succeeds", es: "La compilación termina sin errores")
    }

    public static func planChecklistNoConsoleErrors() -> LocalizedText {
        LocalizedText(en: "No console errors", es: "Sin errores en la consola")
    }

    public static func planChecklistAPIIntegrationTested() -> LocalizedText {
        LocalizedText(en: "API integration tested", es: "Integración con la API probada")
    }

    public static func planChecklistFrontendEnvironment() -> LocalizedText {
        LocalizedText(en: "Environment variables configured", es: "Variables de entorno configuradas")
    }

    public static func planChecklistAssetsOptimized() -> LocalizedText {
        LocalizedText(en: "Assets optimized", es: "Recursos estáticos optimizados")
    }

    public static func planChecklistMigrationsReversible() -> LocalizedText {
        LocalizedText(en: "Migrations reversible", es: "Migraciones reversibles")
    }

    public static func planChecklistBackupTaken() -> LocalizedText {
        LocalizedText(en: "Backup taken", es: "Copia de seguridad realizada")
    }

    public static func planChecklistIndexesChecked() -> LocalizedText {
        LocalizedText(en: "Indexes checked", es: "Índices verificados")
    }

    public static func planChecklistQueryPerformance() -> LocalizedText {
        LocalizedText(en: "Query performance acceptable", es: "Rendimiento de las consultas aceptable")
    }

    public static func planChecklistImagesOptimized() -> LocalizedText {
        LocalizedText(en: "Container images optimized", es: "Imágenes de contenedor optimizadas")
    }

    public static func planChecklistHealthChecksConfigured() -> LocalizedText {
        LocalizedText(en: "Health checks configured", es: "Comprobaciones de salud configuradas")
    }

    public static func planChecklistLogsReachable() -> LocalizedText {
        LocalizedText(en: "Logs reachable", es: "Registros accesibles")
    }

    public static func planChecklistSecretsInCoolify() -> LocalizedText {
        LocalizedText(
            en: "Secrets kept in Coolify, never in the repository",
            es: "Secretos guardados en Coolify, nunca en el repositorio"
        )
    }

    public static func planChecklistRollbackPlanReady() -> LocalizedText {
        LocalizedText(en: "Rollback plan ready", es: "Plan de reversión preparado")
    }
}
