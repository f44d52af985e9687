// Messages of the checklist checks: console output, assets, container images and the tests of
// changed components. Rule ids, configuration keys, instructions and commands stay in English.

// MARK: - Frontend source

extension Catalog {
    /// Returns the message for a `console.log`, `console.debug` or `console.info` call added to frontend code.
    ///
    /// - Parameter call: The call as written, such as `console.log`.
    public static func checklistConsoleOutput(call: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "\(call) added to \(path) writes to every user's browser console in production. Remove it or use "
                + "the app's logger; if it must stay, add a `vixen-gate:allow checklist.console-log` comment to "
                + "its line.",
            es: "\(call) añadido a \(path) escribe en la consola del navegador de cada usuario en producción. "
                + "Elimínelo o use el registro (logger) de la aplicación; si debe quedarse, añada un comentario "
                + "`vixen-gate:allow checklist.console-log` a su línea.")
    }

    public static func checklistDebugger(path: String) -> LocalizedText {
        LocalizedText(
            en: "A debugger statement was added to \(path). It pauses the app in any browser with developer tools "
                + "open. Remove it before pushing.",
            es: "Se añadió una sentencia debugger a \(path). Detiene la aplicación en cualquier navegador con las "
                + "herramientas de desarrollo abiertas. Elimínela antes de hacer push.")
    }
}

// MARK: - Assets

extension Catalog {
    /// The kinds of assets whose size the checklist limits, named in messages.
    public enum ChecklistAssetKind: Sendable {
        case image
        case font
        case video

        var name: LocalizedText {
            switch self {
            case .image: LocalizedText(en: "image", es: "imagen")
            case .font: LocalizedText(en: "font", es: "fuente")
            case .video: LocalizedText(en: "video", es: "vídeo")
            }
        }

        var configurationKey: String {
            switch self {
            case .image: "max_image_size"
            case .font: "max_font_size"
            case .video: "max_video_size"
            }
        }
    }

    public static func checklistAssetTooLarge(path: String, kind: ChecklistAssetKind, size: Int64, limit: Int64)
        -> LocalizedText
    {
        let sizeText = byteSize(size, roundingUp: true)
        let limitText = byteSize(limit, roundingUp: false)
        let key = kind.configurationKey
        return LocalizedText(
            en: "The \(kind.name.english) \(path) is \(sizeText.english), over the \(limitText.english) limit, so "
                + "every visitor downloads it. Compress or resize it (for images, WebP or AVIF at the size "
                + "shown), or raise checklist.\(key) in .vixen-gate.yml.",
            es: "El archivo de \(kind.name.spanish) \(path) ocupa \(sizeText.spanish) y supera el límite de "
                + "\(limitText.spanish), así que todos los visitantes lo descargan. Comprímalo o redúzcalo (las "
                + "imágenes, en WebP o AVIF al tamaño en que se muestran) o aumente checklist.\(key) en "
                + ".vixen-gate.yml.")
    }

    public static func checklistAssetModernFormat(path: String, size: Int64) -> LocalizedText {
        let sizeText = byteSize(size, roundingUp: true)
        return LocalizedText(
            en: "\(path) is a \(sizeText.english) PNG or JPEG image. WebP or AVIF versions are usually much "
                + "smaller; serve one with <picture> or from the build, and keep this file as the fallback.",
            es: "\(path) es una imagen PNG o JPEG de \(sizeText.spanish). Las versiones WebP o AVIF suelen ser "
                + "mucho más pequeñas; sirva una con <picture> o desde la compilación y conserve este archivo "
                + "como alternativa.")
    }

    public static func checklistSourceMap(path: String) -> LocalizedText {
        LocalizedText(
            en: "The source map \(path) is committed. Served to browsers, it publishes the original source code. "
                + "Remove it from the commits, add *.map to .gitignore, and upload source maps only to the error "
                + "tracker.",
            es: "El mapa de código fuente \(path) está en el repositorio. Si se sirve a los navegadores, publica "
                + "el código fuente original. Elimínelo de los commits, añada *.map a .gitignore y suba los mapas "
                + "de código fuente solo al sistema de seguimiento de errores.")
    }

    /// Returns a size for people in decimal units (1 KB = 1,000 bytes), with one decimal when it
    /// is not whole.
    ///
    /// - Parameter roundingUp: True to round up to the shown decimal, so that a size just over a
    ///   limit never prints as equal to it.
    static func byteSize(_ bytes: Int64, roundingUp: Bool) -> LocalizedText {
        let (unit, divisor): (String, Int64) =
            bytes >= 1_000_000 ? ("MB", 1_000_000) : bytes >= 1000 ? ("KB", 1000) : ("bytes", 1)
        let tenths = divisor == 1 ? bytes * 10 : (bytes * 10 + (roundingUp ? divisor - 1 : 0)) / divisor
        let whole = tenths / 10
        let fraction = tenths % 10
        guard fraction != 0 else {
            return LocalizedText(en: "\(whole) \(unit)", es: "\(whole) \(unit)")
        }
        return LocalizedText(en: "\(whole).\(fraction) \(unit)", es: "\(whole),\(fraction) \(unit)")
    }
}

// MARK: - Container images

extension Catalog {
    /// Returns the message for a base image given without a tag, or with `latest`.
    ///
    /// - Parameter repository: The image without its tag, such as `python`, for the example of a pinned image.
    public static func checklistDockerUnpinnedBase(path: String, image: String, repository: String, isLatest: Bool)
        -> LocalizedText
    {
        LocalizedText(
            en: "\(path) builds on \(image)" + (isLatest ? "" : ", which has no tag and so means latest")
                + ". The latest tag changes without notice, so the same commit can build a different image. Pin a "
                + "version tag (\(repository):<version>) or a digest (\(repository)@sha256:<digest>).",
            es: "\(path) parte de \(image)" + (isLatest ? "" : ", que no tiene etiqueta y por tanto equivale a latest")
                + ". La etiqueta latest cambia sin aviso, así que el mismo commit puede generar otra imagen. Fije una "
                + "etiqueta de versión (\(repository):<versión>) o un digest (\(repository)@sha256:<digest>).")
    }

    /// Returns the message for an image whose final stage runs as root.
    ///
    /// - Parameter user: The `USER` value that selects root, or nil when the stage sets no user.
    public static func checklistDockerRootUser(path: String, user: String?) -> LocalizedText {
        guard let user else {
            return LocalizedText(
                en: "The image that \(path) builds sets no USER, so its process runs as root unless the base "
                    + "image sets another user. Create an unprivileged user and add USER with its name or id "
                    + "(such as USER 1000) at the end of the final stage.",
                es: "La imagen que genera \(path) no define USER, así que su proceso se ejecuta como root salvo "
                    + "que la imagen base defina otro usuario. Cree un usuario sin privilegios y añada USER con su "
                    + "nombre o identificador (como USER 1000) al final de la última etapa.")
        }
        return LocalizedText(
            en: "The image that \(path) builds runs as root (USER \(user)). Switch to an unprivileged user "
                + "(such as USER 1000) after the steps that need root.",
            es: "La imagen que genera \(path) se ejecuta como root (USER \(user)). Cambie a un usuario sin "
                + "privilegios (como USER 1000) después de los pasos que necesitan root.")
    }

    public static func checklistDockerHealthcheck(path: String) -> LocalizedText {
        LocalizedText(
            en: "The image that \(path) builds has no HEALTHCHECK, so a container that stops answering still "
                + "counts as running. Add a HEALTHCHECK, or, when Coolify checks the application's health, set "
                + "checklist.healthcheck_configured: true in .vixen-gate.yml.",
            es: "La imagen que genera \(path) no tiene HEALTHCHECK, así que un contenedor que deja de responder "
                + "sigue figurando como en ejecución. Añada un HEALTHCHECK o, si Coolify comprueba el estado de "
                + "la aplicación, defina checklist.healthcheck_configured: true en .vixen-gate.yml.")
    }

    /// Returns the message for a build context without a `.dockerignore`.
    ///
    /// - Parameters:
    ///   - context: The build context folder, `.` for the repository root.
    ///   - copiesContext: True when an instruction copies the whole context, which makes it a warning.
    public static func checklistDockerIgnore(path: String, context: String, copiesContext: Bool) -> LocalizedText {
        let ignoreFile = context == "." ? ".dockerignore" : "\(context)/.dockerignore"
        guard copiesContext else {
            return LocalizedText(
                en: "The build context of \(path) (\(context)) has no .dockerignore, so every build sends the "
                    + "whole folder to Docker. Add \(ignoreFile) listing .git, node_modules, .env files and build "
                    + "output, or set checklist.build_contexts in .vixen-gate.yml when the image is built "
                    + "from another folder.",
                es: "El contexto de compilación de \(path) (\(context)) no tiene .dockerignore, así que cada "
                    + "compilación envía la carpeta entera a Docker. Añada \(ignoreFile) con .git, "
                    + "node_modules, los archivos .env y la salida de la compilación, o defina "
                    + "checklist.build_contexts en .vixen-gate.yml si la imagen se genera desde otra carpeta.")
        }
        return LocalizedText(
            en: "\(path) copies its whole build context (\(context)) into the image, and there is no "
                + ".dockerignore, so .git, node_modules and .env files end up in the image. Add \(ignoreFile), "
                + "or copy only the files the image needs.",
            es: "\(path) copia todo su contexto de compilación (\(context)) en la imagen y no hay .dockerignore, "
                + "así que .git, node_modules y los archivos .env acaban en la imagen. Añada \(ignoreFile) o "
                + "copie solo los archivos que la imagen necesita.")
    }

    public static func checklistDockerSingleStage(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) builds the frontend in its only stage, so the image ships node_modules and the build "
                + "tools. Build in a first stage, then copy only the output (such as dist/) into a small serving "
                + "stage, for example nginx:alpine.",
            es: "\(path) compila el frontend en su única etapa, así que la imagen incluye node_modules y las "
                + "herramientas de compilación. Compile en una primera etapa y copie solo el resultado (como dist/) "
                + "en una etapa pequeña que lo sirva, por ejemplo nginx:alpine.")
    }
}

// MARK: - Tests of changed components

extension Catalog {
    public static func checklistTestsFailed(component: String, command: String, status: Int32) -> LocalizedText {
        LocalizedText(
            en: "The \(component) tests failed: `\(command)` exited with status \(status). Fix the failing tests "
                + "(their output is above, on standard error), then check again.",
            es: "Las pruebas de \(component) fallaron: `\(command)` terminó con el estado \(status). Corrija las "
                + "pruebas que fallan (su salida aparece arriba, en la salida de error) y vuelva a comprobar.")
    }

    /// Returns the message for a changed component whose test command is not configured.
    ///
    /// - Parameter key: The component's key under `checklist.tests`, such as `backend`.
    public static func checklistTestsNotConfigured(component: String, key: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "\(component) changed, but no test command is configured for it, so its tests did not run. Add "
                + "checklist.tests.\(key) to .vixen-gate.yml, such as \(key): {command: \"\(example)\", "
                + "directory: \"\(key)\"}.",
            es: "\(component) tiene cambios, pero no tiene un comando de pruebas configurado, así que sus pruebas "
                + "no se ejecutaron. Añada checklist.tests.\(key) a .vixen-gate.yml, por ejemplo "
                + "\(key): {command: \"\(example)\", directory: \"\(key)\"}.")
    }

    /// Returns the line written to standard error before a component's tests start.
    public static func checklistTestsStarting(component: String, command: String, directory: String) -> LocalizedText {
        LocalizedText(
            en: "==> Running the \(component) tests: \(command) (in \(directory))",
            es: "==> Ejecutando las pruebas de \(component): \(command) (en \(directory))")
    }

    public static func checklistTestsNoWorkTree() -> LocalizedText {
        LocalizedText(
            en: "--run-tests needs a work tree to run the tests in, and this repository is bare. Run the check "
                + "in a clone with a work tree, or without --run-tests.",
            es: "--run-tests necesita un árbol de trabajo donde ejecutar las pruebas, y este repositorio es bare. "
                + "Ejecute la comprobación en un clon con árbol de trabajo o sin --run-tests.")
    }

    public static func checklistTestsDirectoryMissing(component: String, directory: String) -> LocalizedText {
        LocalizedText(
            en: "The \(component) tests cannot start: the folder \"\(directory)\" does not exist in the work tree. "
                + "Fix checklist.tests in .vixen-gate.yml; the directory is relative to the repository root.",
            es: "Las pruebas de \(component) no pueden empezar: la carpeta \"\(directory)\" no existe en el árbol "
                + "de trabajo. Corrija checklist.tests en .vixen-gate.yml; la carpeta es relativa a la raíz del "
                + "repositorio.")
    }

    /// Returns the message for a command that the shell could not find (status 127) or run (status 126).
    public static func checklistTestsCommandNotFound(component: String, command: String, status: Int32)
        -> LocalizedText
    {
        LocalizedText(
            en: "The \(component) tests cannot start: /bin/sh could not "
                + (status == 127 ? "find" : "run") + " `\(command)` (status \(status)). Install the tool, or fix "
                + "the command in checklist.tests in .vixen-gate.yml.",
            es: "Las pruebas de \(component) no pueden empezar: /bin/sh no pudo "
                + (status == 127 ? "encontrar" : "ejecutar") + " `\(command)` (estado \(status)). Instale la "
                + "herramienta o corrija el comando en checklist.tests de .vixen-gate.yml.")
    }

    public static func checklistTestsLaunchFailed(component: String, command: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The \(component) tests cannot start: running `\(command)` with /bin/sh failed: \(reason). Check "
                + "that /bin/sh exists and that the folder is readable.",
            es: "Las pruebas de \(component) no pueden empezar: no se pudo ejecutar `\(command)` con /bin/sh: "
                + "\(reason). Compruebe que /bin/sh existe y que la carpeta se puede leer.")
    }

    public static func helpCheckRunTestsOption() -> LocalizedText {
        LocalizedText(
            en: "Also run the test command of each changed component, as configured under checklist.tests in "
                + ".vixen-gate.yml, in the work tree. A failure blocks.",
            es: "Ejecutar también el comando de pruebas de cada componente con cambios, configurado en "
                + "checklist.tests de .vixen-gate.yml, en el árbol de trabajo. Un fallo bloquea.")
    }
}

// MARK: - Report

extension Catalog {
    public static func reportTests() -> LocalizedText {
        LocalizedText(en: "Tests", es: "Pruebas")
    }

    /// Returns one line of the report's test section, such as `BE: pytest (in backend): passed in 1.2 s`.
    ///
    /// - Parameters:
    ///   - directory: The folder the command ran in, `.` for the repository root.
    ///   - milliseconds: How long the command ran.
    public static func reportTestRun(
        component: String, command: String, directory: String, passed: Bool, status: Int32, milliseconds: Int64
    ) -> LocalizedText {
        let seconds = "\(milliseconds / 1000).\(milliseconds % 1000 / 100)"
        let secondsSpanish = "\(milliseconds / 1000),\(milliseconds % 1000 / 100)"
        return LocalizedText(
            en: "\(component): \(command) (in \(directory)): "
                + (passed ? "passed" : "failed with status \(status)") + " in \(seconds) s",
            es: "\(component): \(command) (en \(directory)): "
                + (passed ? "aprobadas" : "fallaron con el estado \(status)") + " en \(secondsSpanish) s")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func checklistConfigInvalidBoolean(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for \(path). Write true or false, without quotes.",
            es: "Valor no válido \"\(value)\" en \(path). Escriba true o false, sin comillas.")
    }

    public static func checklistConfigMissingCommand(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has no command. Write the command that runs the tests, such as "
                + "{command: \"pytest\", directory: \"backend\"}.",
            es: "\(path) no tiene comando. Escriba el comando que ejecuta las pruebas, como "
                + "{command: \"pytest\", directory: \"backend\"}.")
    }

    public static func checklistConfigInvalidPath(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid path \"\(value)\" in \(path). Write a path relative to the repository root, without "
                + "a leading / or .. parts, such as backend.",
            es: "Ruta no válida \"\(value)\" en \(path). Escriba una ruta relativa a la raíz del repositorio, sin "
                + "/ inicial ni partes .., como backend.")
    }
}
