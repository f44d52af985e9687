// Messages about secret rule files and the `vixen-gate rules` commands. Rule ids, the keys of
// a rule file and library names stay in English, because users type them as written.

// MARK: - Problem lines

extension Catalog {
    public static func rulesProblemLevel(isError: Bool) -> LocalizedText {
        isError ? LocalizedText(en: "error", es: "error") : LocalizedText(en: "warning", es: "advertencia")
    }

    /// Returns one problem as `file:line:column: error: rule: message`, the form compilers use;
    /// `rule` is nil for a problem with the file itself.
    public static func rulesProblemLine(
        position: String, isError: Bool, rule: String?, message: LocalizedText
    ) -> LocalizedText {
        let level = rulesProblemLevel(isError: isError)
        let rulePart = rule.map { "\($0): " } ?? ""
        return LocalizedText(
            en: "\(position): \(level.english): \(rulePart)\(message.english)",
            es: "\(position): \(level.spanish): \(rulePart)\(message.spanish)")
    }
}

// MARK: - Rule file structure

extension Catalog {
    public static func rulesFileHasNoRules() -> LocalizedText {
        LocalizedText(
            en: "The file defines no rules. Add rules under a top-level rules: list, or remove the file.",
            es: "El archivo no define ninguna regla. Añada reglas en una lista rules: de primer nivel o elimine "
                + "el archivo.")
    }

    public static func rulesWrongKind(key: String?, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
        guard let key else {
            return LocalizedText(
                en: "Expected \(expected.english) at the top level of the file, but found \(found.english). "
                    + "A rule file starts with rules:.",
                es: "Se esperaba \(expected.spanish) en el nivel superior del archivo, pero se encontró "
                    + "\(found.spanish). Un archivo de reglas empieza por rules:.")
        }
        return LocalizedText(
            en: "Expected \(expected.english) for \(key), but found \(found.english).",
            es: "Se esperaba \(expected.spanish) en \(key), pero se encontró \(found.spanish).")
    }

    public static func rulesUnknownKey(_ key: String, known: [String]) -> LocalizedText {
        let list = known.joined(separator: ", ")
        return LocalizedText(
            en: "Unknown key \"\(key)\". Known keys: \(list).",
            es: "Clave desconocida \"\(key)\". Claves conocidas: \(list).")
    }

    /// Returns the message for a required key that is absent; `example` is a value to show, if any.
    public static func rulesMissingKey(_ key: String, example: String?) -> LocalizedText {
        guard let example else {
            return LocalizedText(
                en: "The rule has no \(key). Add it.",
                es: "La regla no tiene \(key). Añádalo.")
        }
        return LocalizedText(
            en: "The rule has no \(key). Add it, such as \(key): \(example).",
            es: "La regla no tiene \(key). Añádalo, por ejemplo \(key): \(example).")
    }

    public static func rulesInvalidID(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid rule id \"\(value)\". Write secret.<name>, such as secret.acme-api-key.",
            es: "Identificador de regla no válido \"\(value)\". Escriba secret.<nombre>, como secret.acme-api-key.")
    }

    public static func rulesIDStyle(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "The rule id \"\(value)\" should use lowercase letters, digits and single hyphens after secret., "
                + "such as secret.acme-api-key.",
            es: "El identificador \"\(value)\" debería usar minúsculas, dígitos y guiones simples después de "
                + "secret., como secret.acme-api-key.")
    }

    public static func rulesDuplicateID(_ id: String, firstSource: String, firstLine: Int) -> LocalizedText {
        LocalizedText(
            en: "The rule id \(id) is already defined at \(firstSource):\(firstLine). Give this rule another id.",
            es: "El identificador \(id) ya está definido en \(firstSource):\(firstLine). Asigne otro identificador "
                + "a esta regla.")
    }

    public static func rulesEmptyValue(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "\(key) is empty. Write a value or remove the key.",
            es: "\(key) está vacío. Escriba un valor o elimine la clave.")
    }

    public static func rulesNULInText(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "\(key) contains a NUL character, which the pattern libraries cannot read. Write \\x00 instead.",
            es: "\(key) contiene un carácter NUL, que las bibliotecas de patrones no pueden leer. Escriba \\x00 "
                + "en su lugar.")
    }

    public static func rulesInvalidInteger(_ key: String, value: String, range: ClosedRange<Int>) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for \(key). Write a whole number from \(range.lowerBound) to "
                + "\(range.upperBound).",
            es: "Valor no válido \"\(value)\" en \(key). Escriba un número entero entre \(range.lowerBound) y "
                + "\(range.upperBound).")
    }

    public static func rulesInvalidEntropy(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for min_entropy. Write bits per byte from 0 to 8, such as 3.5.",
            es: "Valor no válido \"\(value)\" en min_entropy. Escriba los bits por byte, entre 0 y 8, como 3.5.")
    }

    public static func rulesInvalidSeverity(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "Unknown severity \"\(value)\". Use error, warning or info.",
            es: "Severidad desconocida \"\(value)\". Use error, warning o info.")
    }

    public static func rulesEmptyList(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "\(key) is empty, but every rule needs at least one. Add one.",
            es: "\(key) está vacío, pero toda regla necesita al menos uno. Añada uno.")
    }

    public static func rulesKeywordNotLowercase(_ keyword: String) -> LocalizedText {
        LocalizedText(
            en: "The keyword \"\(keyword)\" is not lowercase; it is matched ignoring case, so write "
                + "\"\(keyword.lowercased())\".",
            es: "La palabra clave \"\(keyword)\" no está en minúsculas; se busca sin distinguir mayúsculas, así que "
                + "escriba \"\(keyword.lowercased())\".")
    }
}

// MARK: - Rule checks

extension Catalog {
    /// Returns the message for a pattern a library rejects; `reason` is its own English message.
    public static func rulesPatternRejected(library: String, key: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "\(library) rejects \(key): \"\(reason)\". Fix the pattern.",
            es: "\(library) rechaza \(key): \"\(reason)\". Corrija el patrón.")
    }

    /// Returns the problem of a pattern whose `{` starts a repetition count, such as `{32`, that
    /// is never closed, which PCRE2 and Vectorscan would read as literal text.
    ///
    /// - Parameter column: The 1-based character column of the `{` in the pattern.
    public static func rulesUnclosedRepetition(key: String, column: Int, fragment: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid \(key): the \"{\" at column \(column) of the pattern starts the repetition count "
                + "\"\(fragment)\" but has no closing \"}\", so PCRE2 and Vectorscan would match it as literal text. "
                + "Close it, as in {32}, or escape it as \\{.",
            es: "\(key) no válido: la \"{\" de la columna \(column) del patrón abre el número de repeticiones "
                + "\"\(fragment)\" pero no tiene \"}\" de cierre, así que PCRE2 y Vectorscan la buscarían como texto "
                + "literal. Ciérrela, como en {32}, o escápela como \\{.")
    }

    public static func rulesSecretGroupMissing(group: Int, groupCount: Int) -> LocalizedText {
        LocalizedText(
            en: "secret_group is \(group), but the confirming pattern has \(groupCount) capture groups. "
                + "Add a group around the secret or lower secret_group.",
            es: "secret_group vale \(group), pero el patrón de confirmación tiene \(groupCount) grupos de captura. "
                + "Añada un grupo alrededor del secreto o reduzca secret_group.")
    }

    public static func rulesExampleNoHit(number: Int) -> LocalizedText {
        LocalizedText(
            en: "Example \(number) does not match: the pattern finds nothing in it.",
            es: "El ejemplo \(number) no coincide: el patrón no encuentra nada en él.")
    }

    public static func rulesExampleNotConfirmed(number: Int, maxWidth: Int) -> LocalizedText {
        LocalizedText(
            en: "Example \(number) does not match: the pattern finds it, but the confirming pattern does not match "
                + "within the \(maxWidth) bytes before the hit, or captures an empty secret. Check confirm, "
                + "secret_group and max_width.",
            es: "El ejemplo \(number) no coincide: el patrón lo encuentra, pero el patrón de confirmación no "
                + "coincide en los \(maxWidth) bytes anteriores al acierto o captura un secreto vacío. Revise "
                + "confirm, secret_group y max_width.")
    }

    public static func rulesExampleRejected(number: Int, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Example \(number) does not match: the secret is dropped because \(reason.english).",
            es: "El ejemplo \(number) no coincide: el secreto se descarta porque \(reason.spanish).")
    }

    /// Returns the problem of a negative example in which the rule finds a secret, shown only in
    /// its redacted form.
    public static func rulesNegativeExampleMatched(number: Int, secret: RedactedSecret) -> LocalizedText {
        let shape = secretShape(secret)
        return LocalizedText(
            en: "Negative example \(number) matches, with a secret of \(shape.english). Tighten the pattern, or add "
                + "a stopword or an allowlist entry.",
            es: "El ejemplo negativo \(number) coincide, con un secreto de \(shape.spanish). Restrinja el patrón o "
                + "añada una palabra de exclusión o una entrada en allowlist.")
    }

    public static func rulesReasonLowEntropy(_ entropy: Double, minimum: Double) -> LocalizedText {
        let measured = (entropy * 100).rounded() / 100
        return LocalizedText(
            en: "its entropy, \(measured) bits per byte, is below min_entropy \(minimum)",
            es: "su entropía, \(measured) bits por byte, es menor que min_entropy \(minimum)")
    }

    public static func rulesReasonNoKeyword(_ keywords: [String]) -> LocalizedText {
        let list = keywords.joined(separator: ", ")
        return LocalizedText(
            en: "none of the keywords (\(list)) occurs within max_width bytes of the match",
            es: "ninguna de las palabras clave (\(list)) aparece a menos de max_width bytes de la coincidencia")
    }

    public static func rulesReasonStopword(_ word: String) -> LocalizedText {
        LocalizedText(
            en: "it contains the stopword \"\(word)\"",
            es: "contiene la palabra de exclusión \"\(word)\"")
    }

    public static func rulesReasonAllowlisted(_ pattern: String) -> LocalizedText {
        LocalizedText(
            en: "the allowlist pattern \"\(pattern)\" matches it",
            es: "el patrón de excepción \"\(pattern)\" coincide con él")
    }

    public static func rulesReasonDocumentedExample() -> LocalizedText {
        LocalizedText(
            en: "it is a key published in a vendor's documentation",
            es: "es una clave publicada en la documentación de un proveedor")
    }

    public static func rulesReasonPlaceholderWord(_ word: String) -> LocalizedText {
        LocalizedText(
            en: "it contains \"\(word)\", which marks a placeholder",
            es: "contiene \"\(word)\", que indica un marcador de posición")
    }

    public static func rulesReasonTemplate() -> LocalizedText {
        LocalizedText(
            en: "it is a template or variable reference, such as ${NAME} or <name>",
            es: "es una plantilla o una referencia a una variable, como ${NAME} o <name>")
    }

    public static func rulesReasonEnvironmentRead() -> LocalizedText {
        LocalizedText(
            en: "it reads the value from the environment or the settings",
            es: "lee el valor del entorno o de la configuración")
    }

    public static func rulesReasonRepeatedCharacter() -> LocalizedText {
        LocalizedText(
            en: "it repeats a single character",
            es: "repite un único carácter")
    }

    /// Returns the closing line of `rules check`.
    public static func rulesCheckSummary(rules: Int, files: Int, errors: Int, warnings: Int) -> LocalizedText {
        let englishRules = rules == 1 ? "1 rule" : "\(rules) rules"
        let spanishRules = rules == 1 ? "1 regla" : "\(rules) reglas"
        let englishFiles = files == 1 ? "1 file" : "\(files) files"
        let spanishFiles = files == 1 ? "1 archivo" : "\(files) archivos"
        let englishErrors = errors == 1 ? "1 error" : "\(errors) errors"
        let spanishErrors = errors == 1 ? "1 error" : "\(errors) errores"
        let englishWarnings = warnings == 1 ? "1 warning" : "\(warnings) warnings"
        let spanishWarnings = warnings == 1 ? "1 advertencia" : "\(warnings) advertencias"
        return LocalizedText(
            en: "Checked \(englishRules) in \(englishFiles): \(englishErrors), \(englishWarnings).",
            es:
                "\(rules == 1 ? "Se comprobó" : "Se comprobaron") \(spanishRules) en \(spanishFiles): \(spanishErrors), "
                + "\(spanishWarnings).")
    }

    /// Returns the closing line of `rules`.
    public static func rulesListCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 rule." : "\(count) rules.",
            es: count == 1 ? "1 regla." : "\(count) reglas.")
    }

    /// Returns the message for a file that `secrets.rule_files` names but that does not exist;
    /// `position` is where the configuration names it.
    public static func rulesConfiguredFileMissing(_ path: String, position: String) -> LocalizedText {
        LocalizedText(
            en: "\(position): the rule file \"\(path)\" named in secrets.rule_files does not exist. Check the path, "
                + "which is relative to the repository root.",
            es: "\(position): el archivo de reglas \"\(path)\" indicado en secrets.rule_files no existe. Revise la "
                + "ruta, que es relativa a la raíz del repositorio.")
    }

    public static func rulesFileNotFound(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The rule file \"\(path)\" does not exist. Check the path.",
            es: "El archivo de reglas \"\(path)\" no existe. Revise la ruta.")
    }
}

// MARK: - Help

extension Catalog {
    public static func helpRulesSummary() -> LocalizedText {
        LocalizedText(
            en: "List the secret rules: built-in ones and those in the files that .vixen-gate.yml names.",
            es: "Muestra las reglas de secretos: las incluidas y las de los archivos que indica .vixen-gate.yml.")
    }

    public static func helpRulesFormatOption() -> LocalizedText {
        LocalizedText(
            en: "Output format: text for people, json for programs.",
            es: "Formato de salida: text para personas, json para programas.")
    }

    public static func helpRulesConfigOption() -> LocalizedText {
        LocalizedText(
            en: "Read the custom rule files from this configuration file instead of the .vixen-gate.yml at the "
                + "root of the current repository. Paths in it are relative to that repository's root.",
            es: "Lee los archivos de reglas propios de este archivo de configuración en lugar del "
                + ".vixen-gate.yml de la raíz del repositorio actual. Sus rutas son relativas a la raíz de ese "
                + "repositorio.")
    }

    public static func helpRulesCheckSummary() -> LocalizedText {
        LocalizedText(
            en: "Check rule files: compile every pattern and run every rule's examples and negative examples.",
            es: "Comprueba archivos de reglas: compila cada patrón y ejecuta los ejemplos y ejemplos negativos de "
                + "cada regla.")
    }

    public static func helpRulesCheckDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Without <file>, checks the built-in rules and the custom rule files that .vixen-gate.yml names. "
                + "With <file>, checks those files, and also reports ids that clash with the built-in rules. Every "
                + "problem is listed with its file, line and column, not only the first.",
            es: "Sin <file>, comprueba las reglas incluidas y los archivos de reglas propios que indica "
                + ".vixen-gate.yml. Con <file>, comprueba esos archivos e informa también de los identificadores que "
                + "coinciden con los de las reglas incluidas. Se muestran todos los problemas con su archivo, línea "
                + "y columna, no solo el primero.")
    }

    public static func helpRulesCheckFileArgument() -> LocalizedText {
        LocalizedText(en: "A rule file to check.", es: "Un archivo de reglas que comprobar.")
    }

    public static func helpRulesWarningsAsErrorsOption() -> LocalizedText {
        LocalizedText(
            en: "Count warnings as errors, so that any warning gives exit status 1.",
            es: "Cuenta las advertencias como errores, de modo que cualquier advertencia da el estado de salida 1.")
    }

    public static func helpRulesCheckExitPassed() -> LocalizedText {
        LocalizedText(en: "Every rule is valid.", es: "Todas las reglas son válidas.")
    }

    public static func helpRulesCheckExitProblems() -> LocalizedText {
        LocalizedText(
            en: "At least one error, or a warning with --warnings-as-errors.",
            es: "Hay al menos un error, o una advertencia con --warnings-as-errors.")
    }

    public static func helpRulesCheckExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The check could not run, for example because a file cannot be read.",
            es: "La comprobación no pudo ejecutarse, por ejemplo porque no se puede leer un archivo.")
    }
}
