// Descriptions of the checklist rules, which the SARIF report lists: a short description naming
// the problem, a full description of why it matters, and help on how to resolve a finding.

// MARK: - Frontend source

extension Catalog {
    public static func ruleConsoleLogShort() -> LocalizedText {
        LocalizedText(
            en: "console.log, console.debug or console.info added to frontend code",
            es: "console.log, console.debug o console.info añadido al código del frontend")
    }

    public static func ruleConsoleLogFull() -> LocalizedText {
        LocalizedText(
            en: "An added line of frontend source (outside tests) calls console.log, console.debug or console.info. "
                + "Debug output reaches every user's browser console and can expose data.",
            es: "Una línea añadida al código del frontend (fuera de las pruebas) llama a console.log, console.debug "
                + "o console.info. La salida de depuración llega a la consola del navegador de cada usuario y puede "
                + "exponer datos.")
    }

    public static func ruleConsoleLogHelp() -> LocalizedText {
        LocalizedText(
            en: "Remove the call or use the app's logger. For a call that must stay, add a "
                + "`vixen-gate:allow checklist.console-log` comment on its line.",
            es: "Elimine la llamada o use el registro (logger) de la aplicación. Si la llamada debe quedarse, añada "
                + "un comentario `vixen-gate:allow checklist.console-log` en su línea.")
    }

    public static func ruleDebuggerShort() -> LocalizedText {
        LocalizedText(
            en: "debugger statement added to frontend code",
            es: "Sentencia debugger añadida al código del frontend")
    }

    public static func ruleDebuggerFull() -> LocalizedText {
        LocalizedText(
            en: "An added line of frontend source (outside tests) contains a debugger statement, which pauses "
                + "the app in any browser whose developer tools are open.",
            es: "Una línea añadida al código del frontend (fuera de las pruebas) contiene una sentencia debugger, "
                + "que detiene la aplicación en cualquier navegador con las herramientas de desarrollo abiertas.")
    }

    public static func ruleDebuggerHelp() -> LocalizedText {
        LocalizedText(
            en: "Remove the debugger statement before pushing.",
            es: "Elimine la sentencia debugger antes de hacer push.")
    }
}

// MARK: - Assets

extension Catalog {
    public static func ruleAssetTooLargeShort() -> LocalizedText {
        LocalizedText(
            en: "Image, font or video over the size limit",
            es: "Imagen, fuente o vídeo por encima del límite de tamaño")
    }

    public static func ruleAssetTooLargeFull() -> LocalizedText {
        LocalizedText(
            en: "A changed image is larger than checklist.max_image_size (300 KB by default), or a font or video "
                + "larger than checklist.max_font_size or checklist.max_video_size (1 MB by default). Large assets "
                + "slow every page load.",
            es: "Una imagen con cambios supera checklist.max_image_size (300 KB por defecto), o una fuente o un "
                + "vídeo supera checklist.max_font_size o checklist.max_video_size (1 MB por defecto). Los recursos "
                + "grandes ralentizan cada carga de página.")
    }

    public static func ruleAssetTooLargeHelp() -> LocalizedText {
        LocalizedText(
            en: "Compress or resize the file, or raise the limit in the checklist section of .vixen-gate.yml.",
            es: "Comprima o reduzca el archivo, o aumente el límite en la sección checklist de .vixen-gate.yml.")
    }

    public static func ruleAssetModernFormatShort() -> LocalizedText {
        LocalizedText(
            en: "Large PNG or JPEG that could be served as WebP or AVIF",
            es: "PNG o JPEG grande que podría servirse como WebP o AVIF")
    }

    public static func ruleAssetModernFormatFull() -> LocalizedText {
        LocalizedText(
            en: "A changed PNG or JPEG image is at least checklist.modern_format_min_size (100 KB by default) and "
                + "has no WebP or AVIF version beside it. Those formats are usually much smaller.",
            es: "Una imagen PNG o JPEG con cambios ocupa al menos checklist.modern_format_min_size (100 KB por "
                + "defecto) y no tiene al lado una versión WebP o AVIF. Esos formatos suelen ser mucho más "
                + "pequeños.")
    }

    public static func ruleAssetModernFormatHelp() -> LocalizedText {
        LocalizedText(
            en: "Add a WebP or AVIF version with the same name beside the image and serve it, keeping the PNG or "
                + "JPEG as the fallback.",
            es: "Añada junto a la imagen una versión WebP o AVIF con el mismo nombre y sírvala, conservando el PNG "
                + "o JPEG como alternativa.")
    }

    public static func ruleSourceMapShort() -> LocalizedText {
        LocalizedText(en: "Source map committed", es: "Mapa de código fuente en el repositorio")
    }

    public static func ruleSourceMapFull() -> LocalizedText {
        LocalizedText(
            en: "A changed *.map file is a JavaScript or CSS source map. Deployed with the build, it publishes the "
                + "original source code.",
            es: "Un archivo *.map con cambios es un mapa de código fuente de JavaScript o CSS. Si se despliega con "
                + "la compilación, publica el código fuente original.")
    }

    public static func ruleSourceMapHelp() -> LocalizedText {
        LocalizedText(
            en: "Remove the file from the commits, add *.map to .gitignore, and upload source maps only to the "
                + "error tracker.",
            es: "Elimine el archivo de los commits, añada *.map a .gitignore y suba los mapas de código fuente solo "
                + "al sistema de seguimiento de errores.")
    }
}

// MARK: - Container images

extension Catalog {
    public static func ruleDockerUnpinnedBaseShort() -> LocalizedText {
        LocalizedText(
            en: "Base image without a version tag or digest",
            es: "Imagen base sin etiqueta de versión ni digest")
    }

    public static func ruleDockerUnpinnedBaseFull() -> LocalizedText {
        LocalizedText(
            en: "A FROM line of a changed Dockerfile names an image without a tag, or with the latest tag, so the "
                + "same commit can build a different image tomorrow.",
            es: "Una línea FROM de un Dockerfile con cambios indica una imagen sin etiqueta o con la etiqueta "
                + "latest, así que el mismo commit puede generar otra imagen mañana.")
    }

    public static func ruleDockerUnpinnedBaseHelp() -> LocalizedText {
        LocalizedText(
            en: "Pin a version tag (python:3.12-slim) or a digest (python@sha256:…).",
            es: "Fije una etiqueta de versión (python:3.12-slim) o un digest (python@sha256:…).")
    }

    public static func ruleDockerRootUserShort() -> LocalizedText {
        LocalizedText(en: "Image runs as root", es: "La imagen se ejecuta como root")
    }

    public static func ruleDockerRootUserFull() -> LocalizedText {
        LocalizedText(
            en: "The final stage of a changed Dockerfile sets no USER, or sets USER root or 0, so the container's "
                + "process runs as root and a flaw in it reaches more of the host.",
            es: "La última etapa de un Dockerfile con cambios no define USER, o define USER root o 0, así que el "
                + "proceso del contenedor se ejecuta como root y un fallo en él alcanza más del host.")
    }

    public static func ruleDockerRootUserHelp() -> LocalizedText {
        LocalizedText(
            en: "Create an unprivileged user and switch to it with USER at the end of the final stage.",
            es: "Cree un usuario sin privilegios y cambie a él con USER al final de la última etapa.")
    }

    public static func ruleDockerHealthcheckShort() -> LocalizedText {
        LocalizedText(en: "Image without a health check", es: "Imagen sin comprobación de estado")
    }

    public static func ruleDockerHealthcheckFull() -> LocalizedText {
        LocalizedText(
            en: "The final stage of a changed Dockerfile has no HEALTHCHECK, and .vixen-gate.yml does not say "
                + "that Coolify checks the application's health, so a hung container counts as running.",
            es: "La última etapa de un Dockerfile con cambios no tiene HEALTHCHECK, y .vixen-gate.yml no indica que "
                + "Coolify compruebe el estado de la aplicación, así que un contenedor bloqueado figura como en "
                + "ejecución.")
    }

    public static func ruleDockerHealthcheckHelp() -> LocalizedText {
        LocalizedText(
            en: "Add a HEALTHCHECK that calls the app's health endpoint, or configure the health check in Coolify "
                + "and set checklist.healthcheck_configured: true in .vixen-gate.yml.",
            es: "Añada un HEALTHCHECK que llame al endpoint de estado de la aplicación, o configure la comprobación "
                + "en Coolify y defina checklist.healthcheck_configured: true en .vixen-gate.yml.")
    }

    public static func ruleDockerIgnoreShort() -> LocalizedText {
        LocalizedText(
            en: "Build context without a .dockerignore",
            es: "Contexto de compilación sin .dockerignore")
    }

    public static func ruleDockerIgnoreFull() -> LocalizedText {
        LocalizedText(
            en: "A changed Dockerfile's build context has no .dockerignore. A warning when the Dockerfile copies "
                + "the whole context (COPY . .), which puts .git, node_modules and .env files in the image; info "
                + "otherwise.",
            es: "El contexto de compilación de un Dockerfile con cambios no tiene .dockerignore. Es una advertencia "
                + "si el Dockerfile copia todo el contexto (COPY . .), lo que mete .git, node_modules y los archivos "
                + ".env en la imagen; en otro caso es informativo.")
    }

    public static func ruleDockerIgnoreHelp() -> LocalizedText {
        LocalizedText(
            en: "Add a .dockerignore to the build context, or set checklist.build_contexts in .vixen-gate.yml when "
                + "the image is built from another folder than the Dockerfile's.",
            es: "Añada un .dockerignore al contexto de compilación, o defina checklist.build_contexts en "
                + ".vixen-gate.yml si la imagen se genera desde otra carpeta que la del Dockerfile.")
    }

    public static func ruleDockerSingleStageShort() -> LocalizedText {
        LocalizedText(
            en: "Frontend image built in a single stage",
            es: "Imagen del frontend generada en una sola etapa")
    }

    public static func ruleDockerSingleStageFull() -> LocalizedText {
        LocalizedText(
            en: "A changed Dockerfile of the frontend (in the FE component, or running an npm, yarn, pnpm or bun "
                + "build) has one stage, so the image carries node_modules and the build tools.",
            es: "Un Dockerfile del frontend con cambios (del componente FE, o que ejecuta una compilación con npm, "
                + "yarn, pnpm o bun) tiene una sola etapa, así que la imagen lleva node_modules y las herramientas "
                + "de compilación.")
    }

    public static func ruleDockerSingleStageHelp() -> LocalizedText {
        LocalizedText(
            en: "Build in a first stage and copy only the output into a small serving stage.",
            es: "Compile en una primera etapa y copie solo el resultado en una etapa pequeña que lo sirva.")
    }
}

// MARK: - Tests of changed components

extension Catalog {
    public static func ruleTestsShort() -> LocalizedText {
        LocalizedText(
            en: "Tests of a changed component failed or are not configured",
            es: "Las pruebas de un componente con cambios fallaron o no están configuradas")
    }

    public static func ruleTestsFull() -> LocalizedText {
        LocalizedText(
            en: "With --run-tests, each changed component's test command runs. A failing command is an error; a "
                + "changed BE or FE component without a configured command is info.",
            es: "Con --run-tests se ejecuta el comando de pruebas de cada componente con cambios. Un comando que "
                + "falla es un error; un componente BE o FE con cambios sin comando configurado es informativo.")
    }

    public static func ruleTestsHelp() -> LocalizedText {
        LocalizedText(
            en: "Fix the failing tests, or configure the command under checklist.tests in .vixen-gate.yml.",
            es: "Corrija las pruebas que fallan o configure el comando en checklist.tests de .vixen-gate.yml.")
    }
}

// MARK: - Backend type annotations

extension Catalog {
    public static func ruleTypeHintsShort() -> LocalizedText {
        LocalizedText(
            en: "New or changed backend function without type annotations",
            es: "Función del backend nueva o modificada sin anotaciones de tipo")
    }

    public static func ruleTypeHintsFull() -> LocalizedText {
        LocalizedText(
            en: "A Python function of the backend (outside tests and migrations) that the change adds or edits "
                + "lacks an annotation on a parameter or on its return type. Type checkers such as mypy skip or "
                + "weaken the checks of such a function, so wrong calls reach production unnoticed. The first "
                + "parameter of a method and the return type of an __init__ with an annotated parameter may be "
                + "omitted, as in mypy.",
            es: "Una función Python del backend (fuera de las pruebas y las migraciones) que el cambio añade o "
                + "modifica no tiene anotación en un parámetro o en su tipo de retorno. Los verificadores de tipos "
                + "como mypy omiten o debilitan la comprobación de esa función, de modo que las llamadas "
                + "incorrectas llegan a producción sin detectarse. Pueden omitirse el primer parámetro de un "
                + "método y el tipo de retorno de un __init__ con algún parámetro anotado, como en mypy.")
    }

    public static func ruleTypeHintsHelp() -> LocalizedText {
        LocalizedText(
            en: "Annotate every parameter the message names and add the return type, such as `-> None` for a "
                + "function that returns nothing.",
            es: "Anote cada parámetro que indica el mensaje y añada el tipo de retorno, por ejemplo `-> None` "
                + "para una función que no devuelve nada.")
    }

    /// Returns the message for a backend function that lacks annotations.
    ///
    /// With no parameters listed, the message is about the return annotation alone.
    ///
    /// - Parameters:
    ///   - function: The qualified name, such as `Settings.load`.
    ///   - parameters: The parameters without an annotation, as written (`name`, `*args`, `**kwargs`).
    ///   - isReturnMissing: Whether the function lacks a return annotation too.
    public static func checklistTypeHints(
        function: String, path: String, parameters: [String], isReturnMissing: Bool
    ) -> LocalizedText {
        let names = parameters.joined(separator: ", ")
        let plural = parameters.count > 1
        let reasonEnglish = "so that type checkers such as mypy check its calls."
        let reasonSpanish = "para que los verificadores de tipos como mypy comprueben sus llamadas."
        switch (parameters.isEmpty, isReturnMissing) {
        case (true, _):
            return LocalizedText(
                en: "The function \(function) in \(path) has no return annotation. Add one, such as `-> None` "
                    + "when it returns nothing, " + reasonEnglish,
                es: "La función \(function) de \(path) no tiene anotación del tipo de retorno. Añádala, por "
                    + "ejemplo `-> None` si no devuelve nada, " + reasonSpanish)
        case (false, false):
            return LocalizedText(
                en: "The function \(function) in \(path) has no type annotation on the "
                    + (plural ? "parameters " : "parameter ") + names + ". Annotate "
                    + (plural ? "them " : "it ") + reasonEnglish,
                es: "La función \(function) de \(path) no tiene anotación de tipo en "
                    + (plural ? "los parámetros " : "el parámetro ") + names + ". "
                    + (plural ? "Anótelos " : "Anótelo ") + reasonSpanish)
        case (false, true):
            return LocalizedText(
                en: "The function \(function) in \(path) has no type annotation on the "
                    + (plural ? "parameters " : "parameter ") + names + " and no return annotation. Annotate "
                    + (plural ? "them" : "it") + " and add the return type, such as `-> None` when it returns "
                    + "nothing, " + reasonEnglish,
                es: "La función \(function) de \(path) no tiene anotación de tipo en "
                    + (plural ? "los parámetros " : "el parámetro ") + names + " ni en su tipo de retorno. "
                    + (plural ? "Anótelos" : "Anótelo") + " y añada el tipo de retorno, por ejemplo `-> None` si "
                    + "no devuelve nada, " + reasonSpanish)
        }
    }
}
