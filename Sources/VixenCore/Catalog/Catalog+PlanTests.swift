// Messages of `vixen-gate plan --run-tests`: the option's help and where each component's tests
// stand in the plan. Commands, folders, component names and option names stay as written.

extension Catalog {
    public static func helpPlanRunTestsOption() -> LocalizedText {
        LocalizedText(
            en: "Also run the test command of each changed component, as configured under checklist.tests in "
                + ".vixen-gate.yml, in the work tree, as check --run-tests does. The plan shows each result, and a "
                + "failure blocks.",
            es: "Ejecutar también el comando de pruebas de cada componente con cambios, configurado en "
                + "checklist.tests de .vixen-gate.yml, en el árbol de trabajo, como hace check --run-tests. El plan "
                + "muestra cada resultado, y un fallo bloquea.")
    }

    /// Returns the label of the line that gives a test step's result in the text plan.
    public static func planTestsLabel() -> LocalizedText {
        LocalizedText(en: "tests", es: "pruebas")
    }

    /// Returns the heading of the test results that no step shows, such as those of a production plan.
    public static func planTestsHeading() -> LocalizedText {
        LocalizedText(en: "Tests", es: "Pruebas")
    }

    /// Returns the result of tests that the change needs and that have not run.
    ///
    /// - Parameter directory: The folder the command runs in, `.` for the repository root.
    public static func planTestToRun(command: String, directory: String) -> LocalizedText {
        LocalizedText(
            en: "to be run: \(command) (in \(directory)). vixen-gate plan --run-tests runs it now.",
            es: "pendientes de ejecutar: \(command) (en \(directory)). vixen-gate plan --run-tests lo ejecuta ahora.")
    }

    public static func planTestPassed(command: String, directory: String, milliseconds: Int64) -> LocalizedText {
        let seconds = secondsText(milliseconds)
        return LocalizedText(
            en: "passed: \(command) (in \(directory)) exited with status 0 in \(seconds.en) s.",
            es: "aprobadas: \(command) (en \(directory)) terminó con el estado 0 en \(seconds.es) s.")
    }

    public static func planTestFailed(command: String, directory: String, status: Int32, milliseconds: Int64)
        -> LocalizedText
    {
        let seconds = secondsText(milliseconds)
        return LocalizedText(
            en: "failed: \(command) (in \(directory)) exited with status \(status) in \(seconds.en) s. Its output "
                + "is on standard error.",
            es: "fallaron: \(command) (en \(directory)) terminó con el estado \(status) en \(seconds.es) s. Su "
                + "salida está en la salida de error.")
    }

    public static func planTestNotRun(component: String) -> LocalizedText {
        LocalizedText(
            en: "not run: neither \(component) nor a test file in its folder changed.",
            es: "no se ejecutan: no hay cambios en \(component) ni en los archivos de prueba de su carpeta.")
    }

    public static func planTestNotConfigured(component: String) -> LocalizedText {
        LocalizedText(
            en: "not configured: \(component) changed, but checklist.tests in .vixen-gate.yml sets no test command "
                + "for it.",
            es: "sin configurar: \(component) tiene cambios, pero checklist.tests de .vixen-gate.yml no define un "
                + "comando de pruebas para él.")
    }

    /// Returns a duration in seconds with one decimal, such as `1.2` and `1,2`.
    private static func secondsText(_ milliseconds: Int64) -> (en: String, es: String) {
        let whole = milliseconds / 1000
        let tenth = milliseconds % 1000 / 100
        return ("\(whole).\(tenth)", "\(whole),\(tenth)")
    }
}
