// Messages of `vixen-gate scan`: its help, the usage errors of its options, why a scan could not
// read a path, its progress line and the headers of its reports. Paths, option names and git
// commands are quoted as they are and never translated.

// MARK: - Help

extension Catalog {
    public static func helpScanSummary() -> LocalizedText {
        LocalizedText(
            en: "Scan files, folders, standard input or the whole history for secrets, reading every line.",
            es: "Busca secretos en archivos, carpetas, la entrada estándar o todo el historial, leyendo todas "
                + "las líneas."
        )
    }

    public static func helpScanPathArgument() -> LocalizedText {
        LocalizedText(
            en: "File or folder to scan, or - for standard input. Without one, the current directory is scanned.",
            es: "Archivo o carpeta que se analiza, o - para la entrada estándar. Sin ninguno, se analiza el "
                + "directorio actual."
        )
    }

    /// Returns the paragraph on how `scan` walks folders and names the files in its findings.
    public static func helpScanPaths() -> LocalizedText {
        LocalizedText(
            en: "Every line of every file counts as added. Findings name a file by the path as given joined with "
                + "the path below it, as grep -r prints them: 'scan src' reports src/app/config.py, 'scan .' "
                + "reports ./app/config.py, and standard input is shown as -. Folders named .git are never "
                + "entered. Symbolic links found inside a folder are not followed, so a scan never leaves the "
                + "folders it was given; a symbolic link named on the command line is followed.",
            es: "Todas las líneas de todos los archivos cuentan como añadidas. Los hallazgos nombran cada archivo "
                + "por la ruta indicada unida a la ruta que hay debajo, como las muestra grep -r: 'scan src' "
                + "informa de src/app/config.py, 'scan .' de ./app/config.py, y la entrada estándar se muestra "
                + "como -. Nunca se entra en carpetas llamadas .git. Los enlaces simbólicos que aparecen dentro "
                + "de una carpeta no se siguen, así que el análisis nunca sale de las carpetas indicadas; un "
                + "enlace simbólico indicado en la línea de comandos sí se sigue."
        )
    }

    /// Returns the paragraph on `.gitignore` and `--no-ignore`.
    public static func helpScanIgnoredFiles() -> LocalizedText {
        LocalizedText(
            en: "Inside a git work tree, files and folders that git ignores (.gitignore, .git/info/exclude, "
                + "core.excludesFile) are skipped unless git tracks them; --no-ignore scans them too. A file or "
                + "folder named on the command line is scanned even when git ignores it.",
            es: "Dentro de un árbol de trabajo de git, se omiten los archivos y carpetas que git ignora "
                + "(.gitignore, .git/info/exclude, core.excludesFile), salvo que git los tenga bajo control de "
                + "versiones; --no-ignore también los analiza. Un archivo o una carpeta indicados en la línea de "
                + "comandos se analizan aunque git los ignore."
        )
    }

    /// Returns the paragraph on files over the size limit and binary files.
    public static func helpScanLargeAndBinaryFiles() -> LocalizedText {
        LocalizedText(
            en: "A file larger than limits.max_file_size is not read and is reported as a git.file-too-large "
                + "warning. A binary file (git's test: a NUL byte in its first 8,000 bytes) is not scanned line "
                + "by line, but its name is still checked, as for key stores.",
            es: "Un archivo mayor que limits.max_file_size no se lee y se informa como advertencia "
                + "git.file-too-large. Un archivo binario (la prueba de git: un byte NUL en sus primeros 8000 "
                + "bytes) no se analiza línea a línea, pero su nombre sí se comprueba, como en los almacenes de "
                + "claves."
        )
    }

    /// Returns the paragraph on `--history` and `--all`.
    public static func helpScanHistory() -> LocalizedText {
        LocalizedText(
            en: "--history scans every version of every file in the history of HEAD, or of every branch, tag and "
                + "other reference with --all, reading each distinct version once. Each secret is reported once "
                + "per file, with the commit that added it, even when a later commit removed it. On a terminal, "
                + "a progress line shows the commits done.",
            es: "--history analiza todas las versiones de todos los archivos del historial de HEAD, o de todas las "
                + "ramas, etiquetas y demás referencias con --all, y lee cada versión distinta una sola vez. Cada "
                + "secreto se informa una vez por archivo, con el commit que lo añadió, aunque un commit posterior "
                + "lo haya eliminado. En una terminal, una línea de progreso muestra los commits analizados."
        )
    }

    /// Returns the paragraph on which configuration a scan uses.
    public static func helpScanConfiguration() -> LocalizedText {
        LocalizedText(
            en: "The configuration is --config FILE, else the .vixen-gate.yml at the root of the work tree that "
                + "contains the current directory, else the defaults. With --history it is the .vixen-gate.yml of "
                + "the repository's work tree, or of its HEAD commit when the repository is bare. Allowlists and "
                + "vixen-gate:allow comments work as in check.",
            es: "La configuración es --config FILE o, si no se indica, el .vixen-gate.yml de la raíz del árbol de "
                + "trabajo que contiene el directorio actual o, si no existe, la configuración por defecto. Con "
                + "--history es el .vixen-gate.yml del árbol de trabajo del repositorio, o el de su commit HEAD "
                + "si el repositorio es bare. Las listas de excepciones y los comentarios vixen-gate:allow "
                + "funcionan igual que en check."
        )
    }

    public static func helpScanHistoryOption() -> LocalizedText {
        LocalizedText(
            en: "Scan every line ever added in the history instead of files.",
            es: "Analiza todas las líneas añadidas alguna vez en el historial, en lugar de archivos."
        )
    }

    public static func helpScanAllOption() -> LocalizedText {
        LocalizedText(
            en: "With --history, start from every reference, as git log --all does, not only from HEAD.",
            es: "Con --history, parte de todas las referencias, como git log --all, y no solo de HEAD."
        )
    }

    public static func helpScanRepoOption() -> LocalizedText {
        LocalizedText(
            en: "With --history, the repository whose history is scanned.",
            es: "Con --history, el repositorio cuyo historial se analiza."
        )
    }

    public static func helpScanNoIgnoreOption() -> LocalizedText {
        LocalizedText(
            en: "Also scan the files and folders that git ignores.",
            es: "Analiza también los archivos y carpetas que git ignora."
        )
    }

    public static func helpScanExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The scan could not run, for example because of a usage error, a path that does not exist or "
                + "cannot be read, an unreadable repository or an invalid configuration.",
            es: "El análisis no pudo ejecutarse, por ejemplo por un error de uso, una ruta que no existe o que no "
                + "se puede leer, un repositorio que no se puede leer o una configuración no válida."
        )
    }
}

// MARK: - Usage errors

extension Catalog {
    /// Returns the error for an option given without the option it only works with, such as `--all`
    /// without `--history`.
    public static func usageMissingRequiredOption(_ option: String, required: String) -> LocalizedText {
        LocalizedText(
            en: "option '\(option)' only works with '\(required)'; add '\(required)' or remove '\(option)'",
            es: "la opción '\(option)' solo funciona con '\(required)'; añada '\(required)' o quite '\(option)'"
        )
    }

    /// Returns the error for two arguments that exclude each other, such as `--history` and a path.
    public static func usageConflictingArguments(_ first: String, _ second: String) -> LocalizedText {
        LocalizedText(
            en: "'\(first)' cannot be combined with '\(second)'; keep one of them",
            es: "'\(first)' no se puede combinar con '\(second)'; deje solo uno de los dos"
        )
    }
}

// MARK: - Errors that stop a scan

extension Catalog {
    public static func scanPathNotFound(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(path)\" does not exist. Check the path; a relative path starts at the current directory.",
            es: "\"\(path)\" no existe. Revise la ruta; una ruta relativa parte del directorio actual."
        )
    }

    /// Returns the message for a file or folder that exists but cannot be read.
    ///
    /// - Parameter reason: The system's description of the error, such as "Permission denied".
    public static func scanPathUnreadable(_ path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(path)\" cannot be read: \(reason). Make it readable, or leave it out of the paths to scan.",
            es: "No se puede leer \"\(path)\": \(reason). Haga que se pueda leer o déjelo fuera de las rutas que se "
                + "analizan."
        )
    }
}

// MARK: - Progress

extension Catalog {
    /// Returns the progress line of a history scan, which a terminal shows while the scan runs.
    public static func scanHistoryProgress(done: Int, total: Int) -> LocalizedText {
        LocalizedText(
            en: "Scanning history: \(done)/\(total) commits",
            es: "Analizando el historial: \(done)/\(total) commits"
        )
    }
}

// MARK: - Report headers

extension Catalog {
    /// Returns the header of a scan of files, such as `Scan of src, ./a.py: 12 files`.
    ///
    /// `paths` is the list as the report shows it, and `files` is at least 1.
    public static func reportScan(_ paths: String, files: Int) -> LocalizedText {
        let count = reportFileCount(files)
        return LocalizedText(
            en: "Scan of \(paths): \(count.english)",
            es: "Análisis de \(paths): \(count.spanish)"
        )
    }

    /// Returns the header of a scan that found no file to read, so that it never passes in silence.
    public static func reportEmptyScan(_ paths: String) -> LocalizedText {
        LocalizedText(
            en: "No files to scan in \(paths)",
            es: "No hay archivos que analizar en \(paths)"
        )
    }

    public static func reportFileCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 file" : "\(count) files",
            es: count == 1 ? "1 archivo" : "\(count) archivos"
        )
    }

    /// Returns the name of standard input in a scan's header.
    public static func reportStandardInput() -> LocalizedText {
        LocalizedText(en: "standard input", es: "la entrada estándar")
    }

    /// Returns the note that ends a header's list of paths when some are left out, such as `and 3 more`.
    public static func reportMorePaths(_ count: Int) -> LocalizedText {
        LocalizedText(en: "and \(count) more", es: "y \(count) más")
    }

    /// Returns the header of a history scan, such as `History of HEAD: 120 commits`.
    public static func reportHistoryScan(allReferences: Bool, commits: Int) -> LocalizedText {
        let count = reportCommitCount(commits)
        if allReferences {
            return LocalizedText(
                en: "History of every reference: \(count.english)",
                es: "Historial de todas las referencias: \(count.spanish)"
            )
        }
        return LocalizedText(
            en: "History of HEAD: \(count.english)",
            es: "Historial de HEAD: \(count.spanish)"
        )
    }
}
