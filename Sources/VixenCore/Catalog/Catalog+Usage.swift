/// Command-line usage: argument errors, help labels, and the help text of every command and option.
///
/// Quoted values such as `'--staged'` are the user's own words or literal spellings, so they are
/// never translated. Value names (`PATH`, `REV`) and placeholders (`<command>`) stay in English in
/// both languages, as in the usage lines they refer to.
extension Catalog {
    // MARK: Errors

    /// An argument that names no command of the group it was given to.
    ///
    /// - Parameters:
    ///   - name: The argument as given.
    ///   - suggestion: The command spelled most like `name`, when one is close enough to be a typo.
    ///   - commands: The group's commands, listed when there is no suggestion.
    public static func usageUnknownCommand(_ name: String, suggestion: String?, commands: [String]) -> LocalizedText {
        if let suggestion {
            return LocalizedText(
                en: "unknown command '\(name)'; did you mean '\(suggestion)'?",
                es: "comando desconocido '\(name)'; ¿quiso decir '\(suggestion)'?"
            )
        }
        let list = commands.joined(separator: ", ")
        return LocalizedText(
            en: "unknown command '\(name)'; valid commands: \(list)",
            es: "comando desconocido '\(name)'; comandos válidos: \(list)"
        )
    }

    /// An option that the command does not accept, such as `--stagd`.
    public static func usageUnknownOption(_ option: String, suggestion: String?) -> LocalizedText {
        if let suggestion {
            return LocalizedText(
                en: "unknown option '\(option)'; did you mean '\(suggestion)'?",
                es: "opción desconocida '\(option)'; ¿quiso decir '\(suggestion)'?"
            )
        }
        return LocalizedText(
            en: "unknown option '\(option)'",
            es: "opción desconocida '\(option)'"
        )
    }

    /// An option that needs a value but was given none, or an empty one.
    ///
    /// The fix names the `=` form because it is the only way to give a value that starts with `-`.
    public static func usageMissingValue(option: String, valueName: String) -> LocalizedText {
        LocalizedText(
            en: "missing value for option '\(option)'; write '\(option) \(valueName)' or '\(option)=\(valueName)'",
            es: "falta el valor de la opción '\(option)'; escriba '\(option) \(valueName)' o '\(option)=\(valueName)'"
        )
    }

    /// A value outside an option's fixed list, such as `--format xml`.
    public static func usageInvalidValue(_ value: String, option: String, accepted: [String]) -> LocalizedText {
        let list = accepted.joined(separator: ", ")
        return LocalizedText(
            en: "invalid value '\(value)' for option '\(option)'; accepted values: \(list)",
            es: "valor no válido '\(value)' para la opción '\(option)'; valores aceptados: \(list)"
        )
    }

    public static func usageRepeatedOption(_ option: String) -> LocalizedText {
        LocalizedText(
            en: "option '\(option)' given more than once; keep only one",
            es: "la opción '\(option)' aparece más de una vez; deje solo una"
        )
    }

    /// A value attached with `=` to an option that takes none, such as `--staged=yes`.
    public static func usageUnexpectedValue(_ value: String, option: String) -> LocalizedText {
        LocalizedText(
            en: "option '\(option)' takes no value; remove '=\(value)'",
            es: "la opción '\(option)' no admite valor; quite '=\(value)'"
        )
    }

    /// An argument beyond those the command accepts.
    public static func usageUnexpectedArgument(_ argument: String) -> LocalizedText {
        LocalizedText(
            en: "unexpected argument '\(argument)'",
            es: "argumento inesperado '\(argument)'"
        )
    }

    /// A required positional argument that was not given, named by its placeholder such as `<remote>`.
    public static func usageMissingArgument(_ placeholder: String) -> LocalizedText {
        LocalizedText(
            en: "missing argument \(placeholder)",
            es: "falta el argumento \(placeholder)"
        )
    }

    /// A group, such as `vixen-gate` itself, run without a command.
    ///
    /// The group's help follows this line.
    public static func usageMissingCommand() -> LocalizedText {
        LocalizedText(
            en: "missing command; choose one of the commands below",
            es: "falta el comando; elija uno de los comandos siguientes"
        )
    }

    /// The last line of every usage error.
    ///
    /// - Parameter helpCommand: The full command that prints the relevant help, such as
    ///   `vixen-gate check --help`.
    public static func usageSeeHelp(_ helpCommand: String) -> LocalizedText {
        LocalizedText(
            en: "Run '\(helpCommand)' to see the usage.",
            es: "Ejecute '\(helpCommand)' para ver la ayuda."
        )
    }

    // MARK: Help labels

    public static func helpUsageLabel() -> LocalizedText {
        LocalizedText(en: "Usage:", es: "Uso:")
    }

    public static func helpArgumentsHeading() -> LocalizedText {
        LocalizedText(en: "Arguments:", es: "Argumentos:")
    }

    public static func helpCommandsHeading() -> LocalizedText {
        LocalizedText(en: "Commands:", es: "Comandos:")
    }

    public static func helpOptionsHeading() -> LocalizedText {
        LocalizedText(en: "Options:", es: "Opciones:")
    }

    /// The list of values an option accepts, appended to the option's description.
    public static func helpAcceptedValues(_ values: [String]) -> LocalizedText {
        let list = values.joined(separator: ", ")
        return LocalizedText(en: "Accepted values: \(list).", es: "Valores aceptados: \(list).")
    }

    /// An option's default, appended to its description.
    ///
    /// - Parameter value: A literal value such as `text`, or a description such as "the current
    ///   directory" that the caller already localized.
    public static func helpDefault(_ value: LocalizedText) -> LocalizedText {
        LocalizedText(en: "Default: \(value.english).", es: "Por defecto: \(value.spanish).")
    }

    /// The description of `-h, --help`, which every command accepts.
    public static func helpHelpOption() -> LocalizedText {
        LocalizedText(en: "Show this help.", es: "Muestra esta ayuda.")
    }

    /// The last line of a group's help.
    ///
    /// - Parameter group: The group as typed, such as `vixen-gate` or `vixen-gate rules`.
    public static func helpSubcommandHint(_ group: String) -> LocalizedText {
        LocalizedText(
            en: "Run '\(group) <command> --help' to see the options of a command.",
            es: "Ejecute '\(group) <command> --help' para ver las opciones de un comando."
        )
    }

    // MARK: vixen-gate

    public static func helpRootSummary() -> LocalizedText {
        LocalizedText(
            en: "Check a range of commits before it is pushed or deployed, and report the changed components "
                + "and the findings.",
            es: "Comprueba un rango de commits antes del push o del despliegue, e informa de los componentes "
                + "con cambios y de los hallazgos."
        )
    }

    public static func helpVersionOption() -> LocalizedText {
        LocalizedText(en: "Show the version and exit.", es: "Muestra la versión y termina.")
    }

    public static func helpLanguageOption() -> LocalizedText {
        LocalizedText(
            en: "Language of the messages, the help and the report.",
            es: "Idioma de los mensajes, de la ayuda y del informe."
        )
    }

    /// The default of `--lang`, which follows `Language.resolve(explicit:environment:)`.
    public static func helpLanguageDefault() -> LocalizedText {
        LocalizedText(
            en: "from LC_ALL, LC_MESSAGES or LANG, or en when none is set",
            es: "según LC_ALL, LC_MESSAGES o LANG, o en (inglés) si ninguna está definida"
        )
    }

    // MARK: check

    public static func helpCheckSummary() -> LocalizedText {
        LocalizedText(
            en: "Check the commits of a range, and optionally the index and the work tree, and report the "
                + "changed components and the findings.",
            es: "Comprueba los commits de un rango, y opcionalmente el índice y el árbol de trabajo, e informa "
                + "de los componentes con cambios y de los hallazgos."
        )
    }

    /// The paragraph on the default range of `check`, which `--base` and `--head` override.
    public static func helpCheckRange() -> LocalizedText {
        LocalizedText(
            en: "By default the range runs from the merge-base of HEAD with its upstream branch to HEAD. "
                + "When HEAD has no upstream, the merge-base with origin/HEAD is used, else with main, else "
                + "with master. --base and --head set either end, and the base commit itself is not checked.",
            es: "Por defecto, el rango va desde el merge-base de HEAD con su rama upstream hasta HEAD. Si HEAD "
                + "no tiene upstream, se usa el merge-base con origin/HEAD y, si no existe, con main o, en su "
                + "defecto, con master. --base y --head fijan cada extremo, y el commit base no se comprueba."
        )
    }

    /// The paragraph on the changes that `--staged` and `--worktree` add to the range.
    public static func helpCheckIndexAndWorktree() -> LocalizedText {
        LocalizedText(
            en: "--staged adds the changes staged in the index. --worktree adds the unstaged changes in the "
                + "work tree and the index as well, so it includes --staged.",
            es: "--staged añade los cambios preparados en el índice. --worktree añade los cambios sin preparar "
                + "del árbol de trabajo y también el índice, así que incluye --staged."
        )
    }

    public static func helpCheckRepoOption() -> LocalizedText {
        LocalizedText(en: "Repository to check.", es: "Repositorio que se comprueba.")
    }

    public static func helpCheckRepoDefault() -> LocalizedText {
        LocalizedText(
            en: "the repository that contains the current directory",
            es: "el repositorio que contiene el directorio actual"
        )
    }

    public static func helpCheckBaseOption() -> LocalizedText {
        LocalizedText(
            en: "Revision where the range starts. That commit itself is not checked.",
            es: "Revisión donde empieza el rango. Ese commit no se comprueba."
        )
    }

    public static func helpCheckBaseDefault() -> LocalizedText {
        LocalizedText(en: "the merge-base described above", es: "el merge-base descrito arriba")
    }

    public static func helpCheckHeadOption() -> LocalizedText {
        LocalizedText(en: "Revision where the range ends.", es: "Revisión donde termina el rango.")
    }

    public static func helpCheckHeadDefault() -> LocalizedText {
        LocalizedText(en: "HEAD", es: "HEAD")
    }

    public static func helpCheckStagedOption() -> LocalizedText {
        LocalizedText(
            en: "Also check the changes staged in the index.",
            es: "Comprueba también los cambios preparados en el índice."
        )
    }

    public static func helpCheckWorktreeOption() -> LocalizedText {
        LocalizedText(
            en: "Also check the index and the unstaged changes in the work tree.",
            es: "Comprueba también el índice y los cambios sin preparar del árbol de trabajo."
        )
    }

    public static func helpCheckFormatOption() -> LocalizedText {
        LocalizedText(en: "Format of the report.", es: "Formato del informe.")
    }

    public static func helpCheckConfigOption() -> LocalizedText {
        LocalizedText(
            en: "Configuration file to use instead of the repository's .vixen-gate.yml.",
            es: "Archivo de configuración que se usa en lugar del .vixen-gate.yml del repositorio."
        )
    }

    public static func helpCheckColorOption() -> LocalizedText {
        LocalizedText(
            en: "When to color the text report. With auto, color is used only on a terminal, unless NO_COLOR "
                + "or CLICOLOR_FORCE says otherwise.",
            es: "Cuándo colorear el informe de texto. Con auto, solo se colorea en una terminal, salvo que "
                + "NO_COLOR o CLICOLOR_FORCE indiquen otra cosa."
        )
    }

    public static func helpCheckExitStatusHeading() -> LocalizedText {
        LocalizedText(en: "Exit status:", es: "Códigos de salida:")
    }

    public static func helpCheckExitPassed() -> LocalizedText {
        LocalizedText(en: "Nothing blocks.", es: "Nada bloquea.")
    }

    public static func helpCheckExitBlocked() -> LocalizedText {
        LocalizedText(en: "At least one finding blocks.", es: "Al menos un hallazgo bloquea.")
    }

    public static func helpCheckExitFailed() -> LocalizedText {
        LocalizedText(
            en: "The check could not run, for example because of a usage error, an unreadable repository or "
                + "an invalid configuration.",
            es: "La comprobación no pudo ejecutarse, por ejemplo por un error de uso, un repositorio que no se "
                + "puede leer o una configuración no válida."
        )
    }

    // MARK: help

    public static func helpHelpSummary() -> LocalizedText {
        LocalizedText(en: "Show the help of a command.", es: "Muestra la ayuda de un comando.")
    }

    /// The `<command>` argument of `vixen-gate help`, which may be a path such as `rules check`.
    public static func helpHelpTopicArgument() -> LocalizedText {
        LocalizedText(
            en: "Command whose help to show, with its parent commands first when it is nested. Without one, "
                + "the general help is shown.",
            es: "Comando cuya ayuda se muestra, precedido de sus comandos padre si está anidado. Sin comando, "
                + "se muestra la ayuda general."
        )
    }

    // MARK: version

    public static func helpVersionSummary() -> LocalizedText {
        LocalizedText(en: "Show the version of vixen-gate.", es: "Muestra la versión de vixen-gate.")
    }
}
