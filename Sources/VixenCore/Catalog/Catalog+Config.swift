// Messages about reading `.vixen-gate.yml`: YAML syntax, the configuration schema and path globs.
// Key paths such as `limits.max_file_size` and YAML keywords stay in English in both languages,
// because users type them as written.

// MARK: - YAML

extension Catalog {
    /// Returns the message for a libyaml syntax error.
    ///
    /// `problem` and `context` are libyaml's own English phrases, such as "did not find
    /// expected key" and "while parsing a block mapping", and are quoted as they are.
    /// The context line and column are where that construct starts.
    public static func yamlSyntaxError(
        problem: String, context: String?, contextLine: Int, contextColumn: Int
    ) -> LocalizedText {
        guard let context else {
            return LocalizedText(
                en: "Invalid YAML: libyaml reports \"\(problem)\". "
                    + "Check the indentation, colons and quotes at this position.",
                es: "YAML no válido: libyaml indica \"\(problem)\". "
                    + "Revise la sangría, los dos puntos y las comillas en esta posición."
            )
        }
        return LocalizedText(
            en: "Invalid YAML: libyaml reports \"\(problem)\" (context: \"\(context)\", which starts at line "
                + "\(contextLine), column \(contextColumn)). Check the indentation, colons and quotes at this position.",
            es: "YAML no válido: libyaml indica \"\(problem)\" (contexto: \"\(context)\", que empieza en la línea "
                + "\(contextLine), columna \(contextColumn)). "
                + "Revise la sangría, los dos puntos y las comillas en esta posición."
        )
    }

    /// Returns the message for bytes libyaml rejects before parsing, such as invalid UTF-8.
    public static func yamlEncodingError(problem: String, byteOffset: Int) -> LocalizedText {
        LocalizedText(
            en: "The file contains bytes that YAML does not allow: libyaml reports \"\(problem)\" at byte "
                + "\(byteOffset). Save the file as UTF-8 text without control characters.",
            es: "El archivo contiene bytes que YAML no admite: libyaml indica \"\(problem)\" en el byte "
                + "\(byteOffset). Guarde el archivo como texto UTF-8 sin caracteres de control."
        )
    }

    public static func yamlOutOfMemory() -> LocalizedText {
        LocalizedText(
            en: "libyaml ran out of memory while reading the file. "
                + "Check that the file is a configuration file of normal size.",
            es: "libyaml se quedó sin memoria al leer el archivo. "
                + "Compruebe que se trata de un archivo de configuración de tamaño normal."
        )
    }

    public static func yamlMultipleDocuments() -> LocalizedText {
        LocalizedText(
            en: "A second YAML document starts here, but the file must contain a single document. "
                + "Remove this document or merge it into the first one.",
            es: "Aquí empieza un segundo documento YAML, pero el archivo debe contener un único documento. "
                + "Elimine este documento o combínelo con el primero."
        )
    }

    public static func yamlUndefinedAlias(name: String) -> LocalizedText {
        LocalizedText(
            en: "The alias *\(name) refers to an anchor that is not defined before it. "
                + "Define &\(name) earlier in the file or correct the alias.",
            es: "El alias *\(name) hace referencia a un ancla que no se ha definido antes. "
                + "Defina &\(name) más arriba en el archivo o corrija el alias."
        )
    }

    public static func yamlTooManyNodes(limit: Int) -> LocalizedText {
        LocalizedText(
            en: "The file has more than \(limit) values once its aliases are expanded. "
                + "Use fewer aliases or shorten the file.",
            es: "El archivo tiene más de \(limit) valores al expandir sus alias. Use menos alias o acorte el archivo."
        )
    }

    public static func yamlTooDeep(limit: Int) -> LocalizedText {
        LocalizedText(
            en: "Lists and mappings are nested more than \(limit) levels deep here. Flatten the structure.",
            es: "Aquí las listas y los mapas tienen más de \(limit) niveles de anidamiento. Reduzca el anidamiento."
        )
    }

    public static func yamlComplexKey() -> LocalizedText {
        LocalizedText(
            en: "This mapping key is a list or a mapping, but keys must be single values such as limits. "
                + "Write the key as text.",
            es: "Esta clave es una lista o un mapa, pero las claves deben ser valores simples, como limits. "
                + "Escriba la clave como texto."
        )
    }

    public static func yamlDuplicateKey(key: String, firstLine: Int, secondLine: Int) -> LocalizedText {
        LocalizedText(
            en: "The key \"\(key)\" appears twice in the same mapping, at lines \(firstLine) and \(secondLine). "
                + "Remove one of them or merge their values.",
            es: "La clave \"\(key)\" aparece dos veces en el mismo mapa, en las líneas \(firstLine) y \(secondLine). "
                + "Elimine una de las dos o combine sus valores."
        )
    }

    /// Returns the name of a scalar node, as "expected …" and "found …" messages use it.
    public static func yamlKindScalar() -> LocalizedText {
        LocalizedText(en: "a single value", es: "un valor simple")
    }

    public static func yamlKindSequence() -> LocalizedText {
        LocalizedText(en: "a list", es: "una lista")
    }

    public static func yamlKindMapping() -> LocalizedText {
        LocalizedText(en: "a mapping (key: value pairs)", es: "un mapa (pares clave: valor)")
    }

    public static func yamlKindGlob() -> LocalizedText {
        LocalizedText(en: "a glob", es: "un patrón glob")
    }

    public static func yamlKindGlobs() -> LocalizedText {
        LocalizedText(en: "a glob or a list of globs", es: "un patrón glob o una lista de patrones glob")
    }
}

// MARK: - Configuration schema

extension Catalog {
    /// Returns the message for a value of the wrong shape; a nil `path` stands for the top level.
    public static func configWrongKind(path: String?, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
        guard let path else {
            return LocalizedText(
                en: "Expected \(expected.english) at the top level of the file, but found \(found.english).",
                es: "Se esperaba \(expected.spanish) en el nivel superior del archivo, "
                    + "pero se encontró \(found.spanish)."
            )
        }
        return LocalizedText(
            en: "Expected \(expected.english) for \(path), but found \(found.english).",
            es: "Se esperaba \(expected.spanish) en \(path), pero se encontró \(found.spanish)."
        )
    }

    public static func configMissingValue(path: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has no value. Write a value such as \(example), or remove the key to use the default.",
            es: "\(path) no tiene valor. Escriba un valor como \(example) "
                + "o elimine la clave para usar el valor predeterminado."
        )
    }

    /// Returns the message for a key that `section` does not define.
    ///
    /// A nil section is the top level. `suggestion` is a known key close to `key`, if any.
    public static func configUnknownKey(
        key: String, section: String?, known: [String], suggestion: String?
    ) -> LocalizedText {
        let knownList = known.joined(separator: ", ")
        var english: String
        var spanish: String
        if let section {
            english = "Unknown key \"\(key)\" in \(section)."
            spanish = "Clave desconocida \"\(key)\" en \(section)."
        } else {
            english = "Unknown key \"\(key)\" at the top level."
            spanish = "Clave desconocida \"\(key)\" en el nivel superior."
        }
        if let suggestion {
            english += " Did you mean \"\(suggestion)\"?"
            spanish += " ¿Quiso decir \"\(suggestion)\"?"
        }
        english += " Known keys: \(knownList)."
        spanish += " Claves conocidas: \(knownList)."
        return LocalizedText(en: english, es: spanish)
    }

    public static func configInvalidSize(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid size \"\(value)\" for \(path). Write a whole number of bytes or a number with a unit "
                + "(B, KB, KiB, MB, MiB, GB or GiB), such as 1 MiB.",
            es: "Tamaño no válido \"\(value)\" en \(path). Escriba un número entero de bytes o un número con unidad "
                + "(B, KB, KiB, MB, MiB, GB o GiB), como 1 MiB."
        )
    }

    public static func configSizeTooLarge(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "The size \"\(value)\" for \(path) is too large. Write a smaller size, such as 100 MiB.",
            es: "El tamaño \"\(value)\" en \(path) es demasiado grande. Escriba un tamaño menor, como 100 MiB."
        )
    }

    /// Returns the message for a zero or negative limit; `defaultValue` is the value used when
    /// the key is absent, as the file would write it.
    public static func configNotPositive(path: String, value: String, defaultValue: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must be greater than zero, but is \(value). "
                + "Write a positive value, or remove the key to use the default of \(defaultValue).",
            es: "\(path) debe ser mayor que cero, pero vale \(value). "
                + "Escriba un valor positivo o elimine la clave para usar el valor predeterminado, \(defaultValue)."
        )
    }

    public static func configInvalidInteger(path: String, value: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for \(path). Write a whole number, such as \(example).",
            es: "Valor no válido \"\(value)\" en \(path). Escriba un número entero, como \(example)."
        )
    }

    public static func configQuotedNumber(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must be a number, but \"\(value)\" is quoted, which makes it text. Remove the quotes.",
            es: "\(path) debe ser un número, pero \"\(value)\" está entre comillas, lo que lo convierte en texto. "
                + "Quite las comillas."
        )
    }

    /// Returns the message for a severity name that is not error, warning, info or off;
    /// `suggestion` is a close valid name, when there is one.
    public static func configUnknownSeverity(rule: String, value: String, suggestion: String?) -> LocalizedText {
        var english = "Unknown severity \"\(value)\" for rule \(rule)."
        var spanish = "Severidad desconocida \"\(value)\" para la regla \(rule)."
        if let suggestion {
            english += " Did you mean \"\(suggestion)\"?"
            spanish += " ¿Quiso decir \"\(suggestion)\"?"
        }
        english += " Use error, warning, info or off."
        spanish += " Use error, warning, info u off."
        return LocalizedText(en: english, es: spanish)
    }

    public static func configInvalidRuleID(value: String) -> LocalizedText {
        let families = RuleID.Family.allCases.map(\.rawValue)
        let allButLast = families.dropLast().joined(separator: ", ")
        let last = families.last ?? ""
        return LocalizedText(
            en: "Invalid rule id \"\(value)\" in severity. Write <family>.<name>, where the family is "
                + "\(allButLast) or \(last), such as git.file-too-large.",
            es: "Identificador de regla no válido \"\(value)\" en severity. Escriba <familia>.<nombre>, donde la "
                + "familia es \(allButLast) o \(last), como git.file-too-large."
        )
    }

    /// Returns the message for a well-formed rule id under `severity` that no loaded rule has.
    ///
    /// `suggestion` is a known rule id close to `rule`, if any.
    public static func configUnknownSeverityRule(rule: String, suggestion: String?) -> LocalizedText {
        var english = "Unknown rule \"\(rule)\" in severity, so its severity would never apply."
        var spanish = "Regla desconocida \"\(rule)\" en severity, así que su severidad nunca se aplicaría."
        if let suggestion {
            english += " Did you mean \"\(suggestion)\"?"
            spanish += " ¿Quiso decir \"\(suggestion)\"?"
        }
        english +=
            " Write the id of a built-in rule or of a rule in the files under secrets.rule_files; "
            + "vixen-gate rules lists the secret rules."
        spanish +=
            " Escriba el identificador de una regla integrada o de una regla de los archivos de "
            + "secrets.rule_files; vixen-gate rules lista las reglas de secretos."
        return LocalizedText(en: english, es: spanish)
    }

    public static func configNoComponents() -> LocalizedText {
        LocalizedText(
            en: "The components section lists no components. List at least one component with its globs, "
                + "or remove the section to detect components from the repository layout.",
            es: "La sección components no incluye ningún componente. Indique al menos un componente con sus "
                + "patrones glob o elimine la sección para detectar los componentes a partir de la estructura "
                + "del repositorio."
        )
    }

    public static func configEmptyComponentName() -> LocalizedText {
        LocalizedText(
            en: "A component name is empty. Name the component, such as BE or PAYMENTS.",
            es: "Hay un componente sin nombre. Asígnele un nombre, como BE o PAYMENTS."
        )
    }

    /// Returns the message for a component name with whitespace; `suggestion` is the name with
    /// its whitespace replaced, offered as a valid alternative.
    public static func configComponentNameWithSpaces(name: String, suggestion: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid component name \"\(name)\" because it contains spaces. "
                + "Use a single word, such as \(suggestion).",
            es: "Nombre de componente no válido \"\(name)\" porque contiene espacios. "
                + "Use una sola palabra, como \(suggestion)."
        )
    }

    public static func configEmptyGlobList(component: String) -> LocalizedText {
        let example = "\(component.lowercased())/**"
        return LocalizedText(
            en: "Component \(component) has no globs. List at least one glob, such as \(example).",
            es: "El componente \(component) no tiene patrones glob. Indique al menos uno, como \(example)."
        )
    }

    /// Returns the message for a glob that does not compile; `reason` is one of the glob
    /// messages below, such as ``globUnclosedBracket(position:)``.
    public static func configInvalidGlob(component: String, glob: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Invalid glob \"\(glob)\" for component \(component). \(reason.english)",
            es: "Patrón glob no válido \"\(glob)\" en el componente \(component). \(reason.spanish)"
        )
    }
}

// MARK: - Path globs

extension Catalog {
    public static func globEmpty() -> LocalizedText {
        LocalizedText(
            en: "The glob is empty. Write a path pattern, such as backend/**.",
            es: "El patrón glob está vacío. Escriba un patrón de ruta, como backend/**."
        )
    }

    public static func globEmptySegment() -> LocalizedText {
        LocalizedText(
            en: "It contains two slashes in a row. Remove one of them.",
            es: "Contiene dos barras seguidas. Elimine una de ellas."
        )
    }

    /// Returns the message for a `[` without its `]`, at a 1-based character `position` in the glob.
    public static func globUnclosedBracket(position: Int) -> LocalizedText {
        LocalizedText(
            en: "The \"[\" at character \(position) is never closed. "
                + "Add a \"]\", or write \"\\[\" to match a literal bracket.",
            es: "El \"[\" de la posición \(position) no se cierra. "
                + "Añada un \"]\" o escriba \"\\[\" para que coincida con un corchete literal."
        )
    }

    public static func globBackwardsRange(range: String) -> LocalizedText {
        LocalizedText(
            en: "The range \(range) runs backwards. Write the lower character first, as in a-z.",
            es: "El rango \(range) está invertido. Escriba primero el carácter menor, como en a-z."
        )
    }

    /// Returns the message for a `\` with nothing to escape, at a 1-based character `position` in the glob.
    public static func globDanglingBackslash(position: Int) -> LocalizedText {
        LocalizedText(
            en: "The \"\\\" at character \(position) escapes nothing. "
                + "Remove it, or write \"\\\\\" to match a backslash.",
            es: "La \"\\\" de la posición \(position) no escapa ningún carácter. "
                + "Elimínela o escriba \"\\\\\" para que coincida con una barra invertida."
        )
    }
}
