// Details of the plan's checklist items: what a range lacks for an item's rules, which findings need
// a look, and how people confirm an item that no rule judges. Rule ids, patterns, commands and
// component names stay as written in both languages.

extension Catalog {
    /// Returns the detail of an item whose rules reported findings that do not block.
    public static func planChecklistFindingsToReview(_ rules: String) -> LocalizedText {
        LocalizedText(
            en: "findings to review before deploying: \(rules)",
            es: "hallazgos que conviene revisar antes de desplegar: \(rules)")
    }

    /// Returns the detail of an item whose rules ran but found nothing of theirs in the range, such as
    /// `nothing in this range for checklist.docker-*: no Dockerfile changed`.
    public static func planChecklistNothingToExamine(_ patterns: String, absence: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "nothing in this range for \(patterns): \(absence.english)",
            es: "nada en este rango para \(patterns): \(absence.spanish)")
    }

    /// Returns the detail of an item for people whose subject the range lacks.
    public static func planChecklistNothingToConfirm(absence: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "nothing to confirm in this range: \(absence.english)",
            es: "nada que confirmar en este rango: \(absence.spanish)")
    }

    public static func planChecklistNoFileChanged() -> LocalizedText {
        LocalizedText(
            en: "the range adds or modifies no file", es: "el rango no añade ni modifica ningún archivo")
    }

    /// Returns the phrase for a range that changes no file of a component, such as `no BE file changed`.
    public static func planChecklistNoComponentFileChanged(_ component: String) -> LocalizedText {
        LocalizedText(en: "no \(component) file changed", es: "no cambió ningún archivo de \(component)")
    }

    public static func planChecklistNoBackendPythonChanged() -> LocalizedText {
        LocalizedText(
            en: "no Python file of BE changed outside tests and migrations",
            es: "no cambió ningún archivo Python de BE fuera de las pruebas y las migraciones")
    }

    public static func planChecklistNoFrontendSourceChanged() -> LocalizedText {
        LocalizedText(
            en: "no script of FE changed outside tests",
            es: "no cambió ningún script de FE fuera de las pruebas")
    }

    public static func planChecklistNoAssetChanged() -> LocalizedText {
        LocalizedText(
            en: "no image, font, video or source map changed",
            es: "no cambió ninguna imagen, fuente, vídeo ni mapa de código fuente")
    }

    public static func planChecklistNoDockerfileChanged() -> LocalizedText {
        LocalizedText(en: "no Dockerfile changed", es: "no cambió ningún Dockerfile")
    }

    public static func planChecklistNoMigrationChanged() -> LocalizedText {
        LocalizedText(en: "no migration changed", es: "no cambió ninguna migración")
    }

    public static func planChecklistNoTestsNeeded() -> LocalizedText {
        LocalizedText(
            en: "no changed component needs its tests run",
            es: "ningún componente con cambios necesita ejecutar sus pruebas")
    }

    /// Returns the detail of an item whose rules `.vixen-gate.yml` turns off.
    public static func planChecklistRulesTurnedOff(_ patterns: String) -> LocalizedText {
        LocalizedText(
            en: "people confirm, because .vixen-gate.yml turns off every rule matching \(patterns)",
            es: "lo confirman personas, porque .vixen-gate.yml desactiva todas las reglas que coinciden con "
                + "\(patterns)")
    }

    public static func planChecklistRunTests() -> LocalizedText {
        LocalizedText(
            en: "run vixen-gate plan --run-tests to run the test commands this range needs",
            es: "ejecute vixen-gate plan --run-tests para ejecutar los comandos de pruebas que necesita este rango")
    }

    /// Returns the detail of the tests item when changed components have no test command.
    ///
    /// - Parameter components: The components, joined with commas, such as `BE, FE`.
    public static func planChecklistConfigureTests(_ components: String) -> LocalizedText {
        LocalizedText(
            en: "no test command is set for \(components): add one under checklist.tests in .vixen-gate.yml, "
                + "then run vixen-gate plan --run-tests",
            es: "no hay ningún comando de pruebas para \(components): añada uno en checklist.tests de "
                + ".vixen-gate.yml y luego ejecute vixen-gate plan --run-tests")
    }

    /// Returns how people confirm that the range's migrations were run up and down.
    ///
    /// - Parameter command: The `vixen-gate migrations verify` command for the plan's range.
    public static func planChecklistVerifyMigrations(command: String) -> LocalizedText {
        LocalizedText(
            en: "people confirm by running \(command) against a scratch database",
            es: "lo confirman personas ejecutando \(command) contra una base de datos desechable")
    }

    public static func planChecklistConfirmBuild() -> LocalizedText {
        LocalizedText(
            en: "people confirm that the frontend's build, such as npm run build or the CI build job, succeeds "
                + "for this head",
            es: "lo confirman personas comprobando que la compilación del frontend, como npm run build o el job "
                + "de compilación de CI, termina sin errores para este head")
    }

    public static func planChecklistConfirmAPIIntegration() -> LocalizedText {
        LocalizedText(
            en: "people confirm the frontend's API calls against a running backend, such as staging",
            es: "lo confirman personas probando las llamadas del frontend a la API contra un backend en "
                + "ejecución, como el de staging")
    }

    public static func planChecklistConfirmBackup() -> LocalizedText {
        LocalizedText(
            en: "people confirm that a backup exists; production and hotfix plans take one in their "
                + "backup-database step",
            es: "lo confirman personas comprobando que existe una copia de seguridad; los planes de production y "
                + "hotfix la hacen en su paso backup-database")
    }

    public static func planChecklistConfirmQueryPerformance() -> LocalizedText {
        LocalizedText(
            en: "people confirm, for example with EXPLAIN ANALYZE on staging for the queries this change adds",
            es: "lo confirman personas, por ejemplo con EXPLAIN ANALYZE en staging para las consultas que añade "
                + "este cambio")
    }

    public static func planChecklistConfirmLogs() -> LocalizedText {
        LocalizedText(
            en: "people confirm that the applications' logs show in Coolify",
            es: "lo confirman personas comprobando que los registros de las aplicaciones se ven en Coolify")
    }

    public static func planChecklistConfirmRollback() -> LocalizedText {
        LocalizedText(
            en: "people confirm; the hotfix plan prepares it in its prepare-rollback step",
            es: "lo confirman personas; el plan de hotfix lo prepara en su paso prepare-rollback")
    }
}
