// Messages of the secret baseline: the `baseline` command, the baseline file's errors, the
// `secrets.baseline` setting and the count a report shows. File names, keys and rule ids stay
// in English.

// MARK: - Report

extension Catalog {
    /// Returns the note a report's summary adds when the baseline left findings out.
    public static func reportBaselined(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 finding left out by the baseline" : "\(count) findings left out by the baseline",
            es: count == 1
                ? "1 hallazgo omitido por la línea base" : "\(count) hallazgos omitidos por la línea base")
    }
}

// MARK: - Configuration

extension Catalog {
    public static func secretsConfigInvalidBaselinePath(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid path \"\(value)\" in secrets.baseline. Write a file path relative to the repository root, "
                + "such as security/baseline.json, with no leading \"/\", no \".\" or \"..\" folders and no empty "
                + "folder names.",
            es: "Ruta no válida \"\(value)\" en secrets.baseline. Escriba la ruta de un archivo relativa a la raíz "
                + "del repositorio, como security/baseline.json, sin \"/\" inicial, sin carpetas \".\" o \"..\" y sin "
                + "nombres de carpeta vacíos.")
    }
}

// MARK: - Baseline file

extension Catalog {
    /// Returns the message for a baseline file that is not a valid baseline; `problem` is one of
    /// the `baselineProblem…` texts.
    public static func baselineInvalid(_ file: String, problem: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "The baseline file \(file) is invalid: \(problem.english). Fix it, or delete it and write it again "
                + "with `vixen-gate baseline`.",
            es: "El archivo de línea base \(file) no es válido: \(problem.spanish). Corríjalo, o elimínelo y vuelva "
                + "a generarlo con `vixen-gate baseline`.")
    }

    public static func baselineUnreadable(_ file: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The baseline file \(file) cannot be read: \(reason). Check its permissions.",
            es: "No se puede leer el archivo de línea base \(file): \(reason). Revise sus permisos.")
    }

    public static func baselineProblemNotJSON() -> LocalizedText {
        LocalizedText(en: "it is not valid JSON", es: "no es JSON válido")
    }

    public static func baselineProblemNotObject() -> LocalizedText {
        LocalizedText(
            en: "it is not a JSON object with the keys version, salt and entries",
            es: "no es un objeto JSON con las claves version, salt y entries")
    }

    /// Returns the problem of a key the file lacks; `key` is a path such as `entries[2].rule`.
    public static func baselineProblemMissingKey(_ key: String) -> LocalizedText {
        LocalizedText(en: "the key \"\(key)\" is missing", es: "falta la clave \"\(key)\"")
    }

    /// Returns the problem of a value of the wrong JSON type; `expected` is one of the
    /// `baselineKind…` texts.
    public static func baselineProblemWrongType(_ key: String, expected: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "\"\(key)\" must be \(expected.english)",
            es: "\"\(key)\" debe ser \(expected.spanish)")
    }

    public static func baselineProblemVersion(_ version: Int, supported: Int) -> LocalizedText {
        LocalizedText(
            en: "its version is \(version), but this vixen-gate reads version \(supported) only",
            es: "su versión es \(version), pero esta versión de vixen-gate solo lee la versión \(supported)")
    }

    public static func baselineProblemSalt(hexDigits: Int) -> LocalizedText {
        LocalizedText(
            en: "\"salt\" must be \(hexDigits) lowercase hex digits",
            es: "\"salt\" debe tener \(hexDigits) dígitos hexadecimales en minúscula")
    }

    public static func baselineProblemRule(_ index: Int, value: String) -> LocalizedText {
        LocalizedText(
            en: "entries[\(index)].rule is \"\(value)\", which is not the id of a secret rule (secret.<name>)",
            es: "entries[\(index)].rule vale \"\(value)\", que no es el identificador de una regla de secretos "
                + "(secret.<nombre>)")
    }

    public static func baselineProblemEmptyPath(_ index: Int) -> LocalizedText {
        LocalizedText(en: "entries[\(index)].path is empty", es: "entries[\(index)].path está vacío")
    }

    public static func baselineProblemHash(_ index: Int, value: String, hexDigits: Int) -> LocalizedText {
        LocalizedText(
            en: "entries[\(index)].hash is \"\(value)\", but it must be \(hexDigits) lowercase hex digits",
            es: "entries[\(index)].hash vale \"\(value)\", pero debe tener \(hexDigits) dígitos hexadecimales en "
                + "minúscula")
    }

    public static func baselineKindObject() -> LocalizedText {
        LocalizedText(en: "an object", es: "un objeto")
    }

    public static func baselineKindArray() -> LocalizedText {
        LocalizedText(en: "an array", es: "un array")
    }

    public static func baselineKindString() -> LocalizedText {
        LocalizedText(en: "a string", es: "una cadena")
    }

    public static func baselineKindInteger() -> LocalizedText {
        LocalizedText(en: "an integer", es: "un número entero")
    }
}

// MARK: - The baseline command

extension Catalog {
    /// Returns what `vixen-gate baseline` prints after writing the file.
    public static func baselineWritten(_ path: String, secrets: Int, files: Int) -> LocalizedText {
        let englishSecrets = secrets == 1 ? "1 secret value" : "\(secrets) secret values"
        let spanishSecrets = secrets == 1 ? "1 valor secreto" : "\(secrets) valores secretos"
        let englishFiles = files == 1 ? "1 sensitive file" : "\(files) sensitive files"
        let spanishFiles = files == 1 ? "1 archivo sensible" : "\(files) archivos sensibles"
        return LocalizedText(
            en: "Wrote \(path) with \(englishSecrets) and \(englishFiles). Commit it: a check reads the baseline as "
                + "it is at the range's base commit.",
            es: "Se escribió \(path) con \(spanishSecrets) y \(spanishFiles). Haga commit del archivo: una "
                + "comprobación lee la línea base tal como está en el commit base del rango.")
    }

    /// Returns what `vixen-gate baseline` prints when the file already lists exactly the current findings.
    public static func baselineUnchanged(_ path: String, entries: Int) -> LocalizedText {
        LocalizedText(
            en: "\(path) is up to date (\(entries == 1 ? "1 entry" : "\(entries) entries")); it was not rewritten.",
            es: "\(path) está al día (\(entries == 1 ? "1 entrada" : "\(entries) entradas")); no se ha reescrito.")
    }

    public static func baselineNoWorkTree(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The repository has no work tree, so there is no place for \(path). Name the file with --output FILE.",
            es: "El repositorio no tiene árbol de trabajo, así que no hay dónde escribir \(path). Indique el archivo "
                + "con --output FILE.")
    }

    public static func baselineUnwritable(_ path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The baseline file \(path) cannot be written: \(reason). Check the folder and its permissions.",
            es: "No se puede escribir el archivo de línea base \(path): \(reason). Revise la carpeta y sus permisos.")
    }

    // MARK: Help

    public static func helpBaselineSummary() -> LocalizedText {
        LocalizedText(
            en: "Record the current secret findings in a baseline file, so that later checks leave them out.",
            es: "Registra los hallazgos de secretos actuales en un archivo de línea base, para que las comprobaciones "
                + "posteriores los omitan.")
    }

    public static func helpBaselineDiscussion() -> LocalizedText {
        LocalizedText(
            en: "The checks are those of check, over every commit from the first one to HEAD unless --base and "
                + "--head say otherwise, with the work tree's .vixen-gate.yml. Each entry is a rule id, a path and, "
                + "for a secret value, a short salted hash of it: no value, line number or commit is stored. "
                + "Writing the file again keeps its salt, so unchanged findings give the same bytes. check reads "
                + "the baseline as it is at the range's base commit, so the file applies to ranges that start at or "
                + "after the commit that adds it.",
            es: "Las comprobaciones son las de check, sobre todos los commits desde el primero hasta HEAD salvo que "
                + "--base y --head indiquen otra cosa, con el .vixen-gate.yml del árbol de trabajo. Cada entrada es "
                + "un identificador de regla, una ruta y, para un valor secreto, un hash corto con sal de ese valor: "
                + "no se guarda ningún valor, número de línea ni commit. Al volver a escribir el archivo se conserva "
                + "su sal, así que los mismos hallazgos dan los mismos bytes. check lee la línea base tal como está "
                + "en el commit base del rango, así que el archivo se aplica a los rangos que empiezan en el commit "
                + "que lo añade o después.")
    }

    public static func helpBaselineBaseOption() -> LocalizedText {
        LocalizedText(
            en: "Revision after which findings are recorded. That commit itself is not checked.",
            es: "Revisión a partir de la cual se registran los hallazgos. Ese commit no se comprueba.")
    }

    public static func helpBaselineBaseDefault() -> LocalizedText {
        LocalizedText(en: "the whole history", es: "todo el historial")
    }

    public static func helpBaselineOutputOption() -> LocalizedText {
        LocalizedText(
            en: "File to write, relative to the current directory.",
            es: "Archivo que se escribe, relativo al directorio actual.")
    }

    public static func helpBaselineOutputDefault() -> LocalizedText {
        LocalizedText(
            en: "secrets.baseline of .vixen-gate.yml, else .vixen-gate-baseline.json, at the repository root",
            es: "secrets.baseline de .vixen-gate.yml o, si no existe, .vixen-gate-baseline.json, en la raíz del "
                + "repositorio")
    }

    public static func helpBaselineExitWritten() -> LocalizedText {
        LocalizedText(en: "The baseline file is up to date.", es: "El archivo de línea base está al día.")
    }

    public static func helpBaselineExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The baseline could not be written, for example because of a usage error, an unreadable repository, "
                + "an invalid configuration or an invalid existing baseline file.",
            es: "No se pudo escribir la línea base, por ejemplo por un error de uso, un repositorio que no se puede "
                + "leer, una configuración no válida o un archivo de línea base existente que no es válido.")
    }
}
