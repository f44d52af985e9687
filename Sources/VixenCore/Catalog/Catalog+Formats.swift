// Messages of the report formats for tools and CI: the `--format` and `--output` options, their
// usage errors, writing report files, and the labels the SARIF, JUnit, GitHub, Markdown and GitLab
// reports show. Format names, rule ids and option spellings stay in English in both languages.

// MARK: - Options

extension Catalog {
    /// Returns the default of `--format`, which depends on `--ci`.
    public static func helpCheckFormatDefault() -> LocalizedText {
        LocalizedText(
            en: "text, or github with --ci on GitHub Actions",
            es: "text, o github con --ci en GitHub Actions"
        )
    }

    /// Returns the help of `--output FORMAT=FILE`.
    public static func helpCheckOutputOption() -> LocalizedText {
        LocalizedText(
            en: "Also write the report in FORMAT to FILE, while the --format report still goes to standard "
                + "output. FORMAT takes the same values as --format, and FILE is relative to the current directory. "
                + "Repeat the option to write several files, each to its own FILE.",
            es: "Escribe además el informe en el formato FORMAT en FILE, mientras el informe de --format sigue "
                + "saliendo por la salida estándar. FORMAT admite los mismos valores que --format, y FILE es relativo "
                + "al directorio actual. Repita la opción para escribir varios archivos, cada uno en su propio FILE."
        )
    }

    // MARK: Usage errors of --output

    /// Returns the error for an `--output` entry with an unknown format, such as `--output xml=report.xml`.
    public static func usageInvalidOutputFormat(_ format: String, entry: String, accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "invalid format '\(format)' in '--output \(entry)'; accepted formats: \(list)",
            es: "formato no válido '\(format)' en '--output \(entry)'; formatos aceptados: \(list)"
        )
    }

    /// Returns the error for an `--output` entry without `=FILE` or with an empty file, such as `--output sarif=`.
    public static func usageMissingOutputFile(entry: String) -> LocalizedText {
        LocalizedText(
            en: "missing file in '--output \(entry)'; write '--output FORMAT=FILE', such as "
                + "'--output sarif=vixen-gate.sarif'",
            es: "falta el archivo en '--output \(entry)'; escriba '--output FORMAT=FILE', por ejemplo, "
                + "'--output sarif=vixen-gate.sarif'"
        )
    }

    /// Returns the error for two `--output` entries that name the same file, which the second would overwrite.
    public static func usageDuplicateOutputFile(_ path: String, first: String, second: String) -> LocalizedText {
        LocalizedText(
            en: "'--output \(first)' and '--output \(second)' both write the file '\(path)'; "
                + "give each format its own file",
            es: "'--output \(first)' y '--output \(second)' escriben el mismo archivo '\(path)'; "
                + "indique un archivo distinto para cada formato"
        )
    }

    // MARK: Writing report files

    /// Returns the error for a report file that could not be written.
    ///
    /// - Parameter reason: The system's own description of the error, such as "No such file or directory".
    public static func formatsWriteFailed(path: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en:
                "Cannot write the report to \"\(path)\": \(reason.english). Check that its folder exists and is writable, "
                + "or choose another FILE in --output.",
            es:
                "No se puede escribir el informe en \"\(path)\": \(reason.spanish). Compruebe que su carpeta existe y admite "
                + "escritura, o elija otro FILE en --output."
        )
    }
}

// MARK: - Rules without a description

extension Catalog {
    /// Returns the short description SARIF gives a rule that the run's rule catalog does not describe.
    public static func formatsRuleShortDescription(_ rule: String) -> LocalizedText {
        LocalizedText(en: "vixen-gate rule \(rule)", es: "Regla \(rule) de vixen-gate")
    }

    public static func formatsRuleFullDescription(_ rule: String) -> LocalizedText {
        LocalizedText(
            en: "Findings of the vixen-gate rule \(rule). This build of vixen-gate has no description of it.",
            es: "Hallazgos de la regla \(rule) de vixen-gate. Esta compilación de vixen-gate no tiene su descripción."
        )
    }

    public static func formatsRuleHelp(_ rule: String) -> LocalizedText {
        LocalizedText(
            en: "Each finding's message says what to change. To change the severity of \(rule), set it under "
                + "severity in .vixen-gate.yml.",
            es: "El mensaje de cada hallazgo indica qué cambiar. Para cambiar la severidad de \(rule), defínala en "
                + "severity, en .vixen-gate.yml."
        )
    }
}

// MARK: - Rule descriptions

extension Catalog {
    public static func ruleFileTooLargeShortDescription() -> LocalizedText {
        LocalizedText(
            en: "A file is over the size limit, so no check read it",
            es: "Un archivo supera el límite de tamaño, así que ninguna comprobación lo leyó"
        )
    }

    public static func ruleFileTooLargeFullDescription() -> LocalizedText {
        LocalizedText(
            en: "vixen-gate lists a changed file larger than limits.max_file_size but does not read its content, "
                + "so secrets and other problems in it go unchecked.",
            es: "vixen-gate incluye en la lista un archivo modificado que supera limits.max_file_size, pero no lee "
                + "su contenido, así que los secretos y otros problemas que contenga quedan sin comprobar."
        )
    }

    public static func ruleFileTooLargeHelp() -> LocalizedText {
        LocalizedText(
            en: "Keep large files out of git (Git LFS stores them outside the repository), or raise "
                + "limits.max_file_size in .vixen-gate.yml so the file is checked. To report it differently, set "
                + "git.file-too-large under severity in .vixen-gate.yml.",
            es: "Mantenga los archivos grandes fuera de git (Git LFS los guarda fuera del repositorio) o aumente "
                + "limits.max_file_size en .vixen-gate.yml para que el archivo se compruebe. Para notificarlo de otro "
                + "modo, defina git.file-too-large en severity, en .vixen-gate.yml."
        )
    }
}

// MARK: - SARIF

extension Catalog {
    /// Returns the run-level notification of a SARIF log that leaves out some of the report's findings.
    public static func sarifResultsDropped(_ dropped: Int, maximum: Int) -> LocalizedText {
        let count = LocalizedText(
            en: dropped == 1 ? "1 finding was" : "\(dropped) findings were",
            es: dropped == 1 ? "Se omitió 1 hallazgo" : "Se omitieron \(dropped) hallazgos"
        )
        let limit = LocalizedText(
            en: maximum == 1 ? "1 result" : "\(maximum) results",
            es: maximum == 1 ? "1 resultado" : "\(maximum) resultados"
        )
        return LocalizedText(
            en: "\(count.english) left out of this SARIF log, because SARIF consumers such as GitHub code scanning "
                + "accept at most \(limit.english) per run. Errors were kept before warnings and info. The JSON "
                + "report lists every finding.",
            es: "\(count.spanish) en este registro SARIF, porque los consumidores de SARIF, como el code scanning "
                + "de GitHub, aceptan como máximo \(limit.spanish) por ejecución. Se conservaron antes los errores "
                + "que las advertencias y la información. El informe JSON incluye todos los hallazgos."
        )
    }
}

// MARK: - JUnit

extension Catalog {
    /// Returns the name of the passing test case of a component that has no findings.
    public static func junitNoFindings() -> LocalizedText {
        LocalizedText(en: "no findings", es: "sin hallazgos")
    }
}

// MARK: - GitHub annotations

extension Catalog {
    /// Returns the line after the annotations when GitHub's cap per step left some findings without one.
    ///
    /// - Parameters:
    ///   - errors: Errors not annotated.
    ///   - warnings: Warnings not annotated.
    ///   - notices: Info findings not annotated, which GitHub shows as notices.
    ///   - maximum: The most annotations of each kind that GitHub shows for one step.
    public static func githubAnnotationsLeftOut(errors: Int, warnings: Int, notices: Int, maximum: Int)
        -> LocalizedText
    {
        var english: [String] = []
        var spanish: [String] = []
        if errors > 0 {
            english.append(errors == 1 ? "1 error" : "\(errors) errors")
            spanish.append(errors == 1 ? "1 error" : "\(errors) errores")
        }
        if warnings > 0 {
            english.append(warnings == 1 ? "1 warning" : "\(warnings) warnings")
            spanish.append(warnings == 1 ? "1 advertencia" : "\(warnings) advertencias")
        }
        if notices > 0 {
            english.append(notices == 1 ? "1 notice" : "\(notices) notices")
            spanish.append(notices == 1 ? "1 aviso" : "\(notices) avisos")
        }
        let total = errors + warnings + notices
        let limit = LocalizedText(
            en: maximum == 1 ? "1 annotation" : "\(maximum) annotations",
            es: maximum == 1 ? "1 anotación" : "\(maximum) anotaciones"
        )
        return LocalizedText(
            en: "vixen-gate: \(listed(english, and: "and")) \(total == 1 ? "was" : "were") not annotated, because "
                + "GitHub shows at most \(limit.english) of each kind per step. The text, JSON, SARIF and "
                + "Markdown reports list every finding.",
            es: "vixen-gate: no se \(total == 1 ? "anotó" : "anotaron") \(listed(spanish, and: "y")), porque GitHub "
                + "muestra como máximo \(limit.spanish) de cada tipo por paso. Los informes de texto, JSON, SARIF "
                + "y Markdown incluyen todos los hallazgos."
        )
    }

    /// Joins `items` as a sentence does: "a", "a and b", "a, b and c".
    private static func listed(_ items: [String], and conjunction: String) -> String {
        guard let last = items.last else {
            return ""
        }
        let rest = items.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " \(conjunction) " + last
    }
}

// MARK: - Markdown

extension Catalog {
    /// Returns the heading of the Markdown report, such as "vixen-gate: blocked".
    ///
    /// - Parameter outcome: ``reportBlocked()`` or ``reportPassed()``.
    public static func markdownTitle(outcome: LocalizedText) -> LocalizedText {
        LocalizedText(en: "vixen-gate: \(outcome.english)", es: "vixen-gate: \(outcome.spanish)")
    }

    public static func markdownSeverityColumn() -> LocalizedText {
        LocalizedText(en: "Severity", es: "Severidad")
    }

    public static func markdownComponentColumn() -> LocalizedText {
        LocalizedText(en: "Component", es: "Componente")
    }

    public static func markdownRuleColumn() -> LocalizedText {
        LocalizedText(en: "Rule", es: "Regla")
    }

    public static func markdownLocationColumn() -> LocalizedText {
        LocalizedText(en: "Location", es: "Ubicación")
    }

    public static func markdownMessageColumn() -> LocalizedText {
        LocalizedText(en: "Message", es: "Mensaje")
    }

    /// Returns the note after a findings table cut short to keep the report within its size limit.
    ///
    /// - Parameters:
    ///   - hidden: Findings left out of the table.
    ///   - limit: The size limit as people write it, such as "1 MiB".
    public static func markdownFindingsLeftOut(_ hidden: Int, limit: String) -> LocalizedText {
        LocalizedText(
            en: (hidden == 1 ? "1 more finding is" : "\(hidden) more findings are")
                + " not listed, because this summary must stay under \(limit). The JSON and SARIF reports "
                + "list every finding.",
            es: (hidden == 1 ? "No se muestra 1 hallazgo más" : "No se muestran \(hidden) hallazgos más")
                + ", porque este resumen debe ocupar menos de \(limit). Los informes JSON y SARIF incluyen todos "
                + "los hallazgos."
        )
    }
}
