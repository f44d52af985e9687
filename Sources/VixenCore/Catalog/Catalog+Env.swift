// Messages of the environment-variable gate: findings, rule descriptions, the `env` section of
// `.vixen-gate.yml`, and the `vixen-gate env` command.

// MARK: - Findings

extension Catalog {
    /// Returns the message of `env.undocumented`.
    ///
    /// The text leaves out `path` and `line`, because every report prints them before the message.
    // NOTE: both parameters stay so that the rules calling this need not change.
    public static func envUndocumented(name: String, path: String, line: Int, documentation: String) -> LocalizedText {
        LocalizedText(
            en: "This line starts reading the environment variable \(name), which no documentation file lists. "
                + "Add \(name)= with a comment to \(documentation), or to a README table.",
            es: "Esta línea empieza a leer la variable de entorno \(name), que ningún archivo de documentación "
                + "recoge. Añada \(name)= con un comentario a \(documentation) o a una tabla del README.")
    }

    /// Returns the message of `env.required-undocumented`, which leaves out `path` and `line` as
    /// ``envUndocumented(name:path:line:documentation:)`` does.
    public static func envRequiredUndocumented(name: String, path: String, line: Int, documentation: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "This line requires the environment variable \(name) and stops when it is unset, but no "
                + "documentation file lists it. Add \(name)= with a comment to \(documentation).",
            es: "Esta línea exige la variable de entorno \(name) y se detiene si no está definida, pero ningún "
                + "archivo de documentación la recoge. Añada \(name)= con un comentario a \(documentation).")
    }

    public static func envUnusedDocumented(name: String, documentation: String, removedFrom path: String)
        -> LocalizedText
    {
        LocalizedText(
            en: "\(documentation) documents \(name), but this change removes its last read (in \(path)). "
                + "Remove \(name) from \(documentation) if nothing sets or reads it any more.",
            es: "\(documentation) documenta \(name), pero este cambio elimina su última lectura (en \(path)). "
                + "Quite \(name) de \(documentation) si ya nada la define ni la lee.")
    }

    public static func envSecretInBundle(name: String, prefix: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) reads \(name): the \(prefix) prefix puts its value into the JavaScript every visitor "
                + "downloads, and its name says it is a secret. Keep the secret on the server (call an API that "
                + "uses it) and drop the \(prefix) prefix.",
            es: "\(path) lee \(name): el prefijo \(prefix) incluye su valor en el JavaScript que descarga cada "
                + "visitante, y su nombre indica que es un secreto. Mantenga el secreto en el servidor (llame a una "
                + "API que lo use) y quite el prefijo \(prefix).")
    }

    public static func envDynamicLookup(expression: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) reads an environment variable whose name is computed (\(expression)), so vixen-gate cannot "
                + "check that it is documented. Make sure every name it can take is documented.",
            es: "\(path) lee una variable de entorno cuyo nombre se calcula (\(expression)), así que vixen-gate no "
                + "puede comprobar que esté documentada. Asegúrese de que todos los nombres posibles estén "
                + "documentados.")
    }

    public static func envMalformedExample(path: String, line: Int, problem: String) -> LocalizedText {
        let reason = envMalformedProblem(problem)
        return LocalizedText(
            en: "\(path):\(line) is not a valid dotenv line: \(reason.english). Write it as NAME=value, "
                + "or start it with # to make it a comment.",
            es: "\(path):\(line) no es una línea dotenv válida: \(reason.spanish). Escríbala como NOMBRE=valor, "
                + "o empiécela con # para convertirla en un comentario.")
    }

    /// Describes a ``MalformedDotenvLine`` problem by its raw value.
    public static func envMalformedProblem(_ problem: String) -> LocalizedText {
        switch problem {
        case "invalid-name":
            LocalizedText(
                en: "the name must be ASCII letters, digits and _, not starting with a digit",
                es: "el nombre debe tener solo letras ASCII, dígitos y _, y no empezar por un dígito")
        case "missing-equals":
            LocalizedText(en: "text follows the name without =", es: "hay texto tras el nombre sin =")
        case "unterminated-quote":
            LocalizedText(
                en: "the quoted value is never closed", es: "el valor entre comillas no se cierra nunca")
        default:
            LocalizedText(
                en: "text follows the closing quote", es: "hay texto después de las comillas de cierre")
        }
    }
}

// MARK: - Rule descriptions

extension Catalog {
    public static func ruleEnvUndocumentedShort() -> LocalizedText {
        LocalizedText(
            en: "Environment variable read but not documented",
            es: "Variable de entorno leída pero no documentada")
    }

    public static func ruleEnvUndocumentedFull() -> LocalizedText {
        LocalizedText(
            en: "The change starts reading an environment variable in backend or frontend code (os.environ, "
                + "os.getenv, python-decouple, pydantic-settings fields, process.env, import.meta.env, or a "
                + "Dockerfile of the component), and no .env.example, .env.sample, .env.template, README table or "
                + "file listed in env.documentation lists it. Whoever deploys the change will not know to set it.",
            es: "El cambio empieza a leer una variable de entorno en el código del backend o del frontend "
                + "(os.environ, os.getenv, python-decouple, campos de pydantic-settings, process.env, "
                + "import.meta.env o un Dockerfile del componente), y ningún .env.example, .env.sample, "
                + ".env.template, tabla de README ni archivo de env.documentation la recoge. Quien despliegue el "
                + "cambio no sabrá que debe definirla.")
    }

    public static func ruleEnvUndocumentedHelp() -> LocalizedText {
        LocalizedText(
            en: "Add NAME= with a comment to the .env.example beside the component, or a row to a README table. "
                + "Variables the platform sets belong in env.ignore in .vixen-gate.yml.",
            es: "Añada NOMBRE= con un comentario al .env.example junto al componente, o una fila a una tabla del "
                + "README. Las variables que define la plataforma van en env.ignore de .vixen-gate.yml.")
    }

    public static func ruleEnvRequiredUndocumentedShort() -> LocalizedText {
        LocalizedText(
            en: "Required compose or deploy variable not documented",
            es: "Variable obligatoria de compose o de despliegue no documentada")
    }

    public static func ruleEnvRequiredUndocumentedFull() -> LocalizedText {
        LocalizedText(
            en: "A compose file or a shell script in a deploy or CI folder starts requiring a variable with "
                + "${NAME:?message}, which stops the deployment when it is unset, and no documentation file lists it.",
            es: "Un archivo compose o un script de shell en una carpeta de despliegue o de CI empieza a exigir una "
                + "variable con ${NOMBRE:?mensaje}, que detiene el despliegue si no está definida, y ningún archivo "
                + "de documentación la recoge.")
    }

    public static func ruleEnvRequiredUndocumentedHelp() -> LocalizedText {
        LocalizedText(
            en: "Add NAME= with a comment to the .env.example beside the compose file or at the repository root.",
            es: "Añada NOMBRE= con un comentario al .env.example junto al archivo compose o en la raíz del "
                + "repositorio.")
    }

    public static func ruleEnvUnusedDocumentedShort() -> LocalizedText {
        LocalizedText(
            en: "Documented environment variable no longer read",
            es: "Variable de entorno documentada que ya no se lee")
    }

    public static func ruleEnvUnusedDocumentedFull() -> LocalizedText {
        LocalizedText(
            en: "The change removes the last read of a variable that a documentation file still lists, so the "
                + "documentation asks people to set a variable nothing uses.",
            es: "El cambio elimina la última lectura de una variable que un archivo de documentación sigue "
                + "recogiendo, así que la documentación pide definir una variable que nada usa.")
    }

    public static func ruleEnvUnusedDocumentedHelp() -> LocalizedText {
        LocalizedText(
            en:
                "Remove the variable from the documentation file, or keep it if a tool outside the repository reads it.",
            es: "Quite la variable del archivo de documentación, o manténgala si la lee una herramienta de fuera "
                + "del repositorio.")
    }

    public static func ruleEnvSecretInBundleShort() -> LocalizedText {
        LocalizedText(
            en: "Secret-looking variable exposed to the browser",
            es: "Variable con aspecto de secreto expuesta al navegador")
    }

    public static func ruleEnvSecretInBundleFull() -> LocalizedText {
        LocalizedText(
            en: "The change reads a variable whose prefix (VITE_, NEXT_PUBLIC_ or another in env.browser_prefixes) "
                + "puts its value into the frontend bundle, and whose name contains SECRET, TOKEN, PASSWORD, "
                + "PRIVATE_KEY, API_KEY or a similar word. Anything in the bundle is public.",
            es: "El cambio lee una variable cuyo prefijo (VITE_, NEXT_PUBLIC_ u otro de env.browser_prefixes) "
                + "incluye su valor en el paquete del frontend, y cuyo nombre contiene SECRET, TOKEN, PASSWORD, "
                + "PRIVATE_KEY, API_KEY o una palabra parecida. Todo lo que va en el paquete es público.")
    }

    public static func ruleEnvSecretInBundleHelp() -> LocalizedText {
        LocalizedText(
            en: "Move the secret to the backend and call it from the frontend. If the value is public by design, "
                + "rename the variable or add a `vixen-gate:allow env.secret-in-bundle` comment on the line.",
            es: "Lleve el secreto al backend y llámelo desde el frontend. Si el valor es público por diseño, cambie "
                + "el nombre de la variable o añada un comentario `vixen-gate:allow env.secret-in-bundle` en la línea.")
    }

    public static func ruleEnvDynamicLookupShort() -> LocalizedText {
        LocalizedText(
            en: "Environment variable looked up by a computed name",
            es: "Variable de entorno consultada con un nombre calculado")
    }

    public static func ruleEnvDynamicLookupFull() -> LocalizedText {
        LocalizedText(
            en: "The change adds a lookup such as process.env[name] or os.environ[key], whose variable name is "
                + "only known when the code runs, so it cannot be compared with the documentation.",
            es: "El cambio añade una consulta como process.env[name] u os.environ[key], cuyo nombre de variable "
                + "solo se conoce al ejecutar el código, así que no se puede comparar con la documentación.")
    }

    public static func ruleEnvDynamicLookupHelp() -> LocalizedText {
        LocalizedText(
            en: "Check that every name the lookup can take is documented, or read each variable by its literal name.",
            es: "Compruebe que todos los nombres posibles están documentados, o lea cada variable por su nombre "
                + "literal.")
    }

    public static func ruleEnvMalformedExampleShort() -> LocalizedText {
        LocalizedText(
            en: "Malformed line in a dotenv example file",
            es: "Línea mal formada en un archivo de ejemplo dotenv")
    }

    public static func ruleEnvMalformedExampleFull() -> LocalizedText {
        LocalizedText(
            en: "The change adds a line to a .env.example, .env.sample or .env.template that is not NAME=value, "
                + "a comment or blank, so it documents nothing and tools that load the file may reject it.",
            es: "El cambio añade a un .env.example, .env.sample o .env.template una línea que no es NOMBRE=valor, "
                + "un comentario ni una línea en blanco, así que no documenta nada y las herramientas que cargan "
                + "el archivo pueden rechazarlo.")
    }

    public static func ruleEnvMalformedExampleHelp() -> LocalizedText {
        LocalizedText(
            en: "Write the line as NAME=value (quotes allowed), or start it with # to make it a comment.",
            es: "Escriba la línea como NOMBRE=valor (se admiten comillas), o empiécela con # para convertirla en "
                + "un comentario.")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func envConfigInvalidPath(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path): \"\(value)\" is not a file inside the repository. Write a path relative to the repository "
                + "root, such as docs/configuration.md, without .. or a leading /.",
            es: "\(path): \"\(value)\" no es un archivo dentro del repositorio. Escriba una ruta relativa a la raíz "
                + "del repositorio, como docs/configuration.md, sin .. ni / al principio.")
    }

    public static func envConfigInvalidName(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path): \"\(value)\" is not a variable name. Use ASCII letters, digits and _, not starting with a "
                + "digit, such as SENTRY_RELEASE (a final * in ignore stands for any ending).",
            es: "\(path): \"\(value)\" no es un nombre de variable. Use letras ASCII, dígitos y _, sin empezar por "
                + "un dígito, como SENTRY_RELEASE (en ignore, un * final equivale a cualquier final).")
    }
}

// MARK: - The env command's help

extension Catalog {
    public static func helpEnvSummary() -> LocalizedText {
        LocalizedText(
            en: "List every environment variable per component, where it is read and where it is documented.",
            es: "Lista cada variable de entorno por componente, dónde se lee y dónde está documentada.")
    }

    public static func helpEnvDiscussion() -> LocalizedText {
        LocalizedText(
            en: "The whole tree of the revision is read with the .vixen-gate.yml it contains. With --coolify, each "
                + "component's variables are compared with its Coolify application for --target, reading names and "
                + "flags only, so a token with the read scope is enough.",
            es: "Se lee el árbol completo de la revisión con el .vixen-gate.yml que contiene. Con --coolify, las "
                + "variables de cada componente se comparan con su aplicación de Coolify para --target, leyendo "
                + "solo nombres e indicadores, así que basta un token con el permiso read.")
    }

    public static func helpEnvRevOption() -> LocalizedText {
        LocalizedText(en: "Revision whose files are listed.", es: "Revisión cuyos archivos se listan.")
    }

    public static func helpEnvFormatOption() -> LocalizedText {
        LocalizedText(en: "Format of the list on standard output.", es: "Formato de la lista en la salida estándar.")
    }

    public static func helpEnvCoolifyOption() -> LocalizedText {
        LocalizedText(
            en: "Compare each component's variables with its Coolify application (needs --target).",
            es: "Compara las variables de cada componente con su aplicación de Coolify (requiere --target).")
    }

    public static func helpEnvTargetOption() -> LocalizedText {
        LocalizedText(
            en: "Environment whose Coolify applications --coolify reads.",
            es: "Entorno cuyas aplicaciones de Coolify lee --coolify.")
    }

    public static func helpEnvExitListed() -> LocalizedText {
        LocalizedText(
            en: "The list was printed; with --coolify, no application lacks a variable.",
            es: "La lista se ha impreso; con --coolify, a ninguna aplicación le falta una variable.")
    }

    public static func helpEnvExitMissing() -> LocalizedText {
        LocalizedText(
            en: "With --coolify: an application lacks a variable, or sees a browser variable only at run time.",
            es: "Con --coolify: a una aplicación le falta una variable, o ve una variable del navegador solo en "
                + "tiempo de ejecución.")
    }

    public static func helpEnvExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The command could not run: a usage error, an unreadable repository or configuration, or a "
                + "failed Coolify request.",
            es: "El comando no pudo ejecutarse: un error de uso, un repositorio o una configuración ilegibles, o "
                + "una petición a Coolify fallida.")
    }
}

// MARK: - The env command's errors and report

extension Catalog {
    public static func envCoolifyNotConfigured() -> LocalizedText {
        LocalizedText(
            en: "--coolify needs a coolify section in .vixen-gate.yml with the url and the applications of each "
                + "target. Add it, or run vixen-gate env without --coolify.",
            es: "--coolify necesita una sección coolify en .vixen-gate.yml con la url y las aplicaciones de cada "
                + "destino. Añádala, o ejecute vixen-gate env sin --coolify.")
    }

    public static func envCoolifyNoApplications(target: String) -> LocalizedText {
        LocalizedText(
            en: "coolify.applications has no application for \(target) in .vixen-gate.yml. Add the UUID of each "
                + "component's application under coolify.applications.\(target).",
            es: "coolify.applications no tiene ninguna aplicación para \(target) en .vixen-gate.yml. Añada el UUID "
                + "de la aplicación de cada componente en coolify.applications.\(target).")
    }

    public static func envCoolifyMissingTarget(accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "--coolify needs --target with one of: \(list).",
            es: "--coolify necesita --target con uno de estos valores: \(list).")
    }

    public static func envTargetWithoutCoolify() -> LocalizedText {
        LocalizedText(
            en: "--target only applies with --coolify. Add --coolify, or remove --target.",
            es: "--target solo se aplica con --coolify. Añada --coolify o quite --target.")
    }

    /// Returns the first line of `vixen-gate env`.
    ///
    /// - Parameters:
    ///   - names: Distinct variable names.
    ///   - entries: Listed entries: a name read by two components is listed under each.
    public static func envListHeader(revision: String, names: Int, entries: Int, components: Int) -> LocalizedText {
        LocalizedText(
            en: "Environment variables at \(revision): \(names == 1 ? "1 name" : "\(names) names"), listed "
                + "\(entries == 1 ? "once" : "\(entries) times") in \(components == 1 ? "1 component" : "\(components) components")",
            es: "Variables de entorno en \(revision): \(names == 1 ? "1 nombre" : "\(names) nombres"), "
                + "\(entries == 1 ? "listado 1 vez" : "listados \(entries) veces") en "
                + "\(components == 1 ? "1 componente" : "\(components) componentes")")
    }

    public static func envDocumentedNotReadHeading() -> LocalizedText {
        LocalizedText(en: "Documented, not read", es: "Documentadas, no leídas")
    }

    public static func envDynamicLookupsHeading() -> LocalizedText {
        LocalizedText(en: "Lookups by a computed name", es: "Consultas con un nombre calculado")
    }

    public static func envWarningsHeading() -> LocalizedText {
        LocalizedText(en: "Warnings", es: "Avisos")
    }

    public static func envCoolifyHeading(target: String) -> LocalizedText {
        LocalizedText(en: "Coolify (\(target))", es: "Coolify (\(target))")
    }

    public static func envRequiredTag() -> LocalizedText {
        LocalizedText(en: "required", es: "obligatoria")
    }

    public static func envBrowserTag(prefix: String) -> LocalizedText {
        LocalizedText(en: "browser: \(prefix)", es: "navegador: \(prefix)")
    }

    public static func envReadAt(_ places: String) -> LocalizedText {
        LocalizedText(en: "read at: \(places)", es: "se lee en: \(places)")
    }

    public static func envDocumentedIn(_ places: String) -> LocalizedText {
        LocalizedText(en: "documented in: \(places)", es: "documentada en: \(places)")
    }

    public static func envNotDocumented(expected: String) -> LocalizedText {
        LocalizedText(
            en: "not documented: add it to \(expected)",
            es: "sin documentar: añádala a \(expected)")
    }

    public static func envCoolifyComplete(application: String) -> LocalizedText {
        LocalizedText(
            en: "\(application): every variable is defined",
            es: "\(application): todas las variables están definidas")
    }

    public static func envCoolifyMissing(name: String, application: String, readAt: String) -> LocalizedText {
        LocalizedText(
            en: "\(application): \(name) is missing (read at \(readAt)). Add it to the application's environment "
                + "variables in Coolify.",
            es: "\(application): falta \(name) (se lee en \(readAt)). Añádala a las variables de entorno de la "
                + "aplicación en Coolify.")
    }

    public static func envCoolifyNotBuildtime(name: String, application: String) -> LocalizedText {
        LocalizedText(
            en: "\(application): \(name) goes into the browser bundle but is not a build variable, so the build "
                + "does not see it. Mark it \"Build Variable\" (is_buildtime) in Coolify.",
            es: "\(application): \(name) va en el paquete del navegador pero no es una variable de compilación, "
                + "así que la compilación no la ve. Márquela como \"Build Variable\" (is_buildtime) en Coolify.")
    }

    public static func envMarkdownTitle(revision: String) -> LocalizedText {
        LocalizedText(en: "Environment variables at \(revision)", es: "Variables de entorno en \(revision)")
    }

    public static func envMarkdownColumns() -> [LocalizedText] {
        [
            LocalizedText(en: "Variable", es: "Variable"),
            LocalizedText(en: "Read in", es: "Se lee en"),
            LocalizedText(en: "Documented in", es: "Documentada en"),
        ]
    }

    public static func envMarkdownNotDocumented() -> LocalizedText {
        LocalizedText(en: "not documented", es: "sin documentar")
    }
}
