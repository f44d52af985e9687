// Messages of the secret scanner: findings, the `secrets` configuration section, and the
// errors that stop a scan. Rule ids, configuration keys and library names stay in English.

// MARK: - Findings

extension Catalog {
    /// Returns the message of a `secret.*` finding: the rule's description and the redacted value.
    ///
    /// The value itself never appears; a value of at least 16 characters shows its first four.
    public static func secretFound(_ description: LocalizedText, _ secret: RedactedSecret) -> LocalizedText {
        let shape = secretShape(secret)
        let englishShape = shape.english
        let spanishShape = shape.spanish
        return LocalizedText(
            en: "Secret found: \(description.english) (\(englishShape)). Revoke it and issue a new one, then remove "
                + "it from the commits before pushing. Keep the new value in Coolify's environment variables, and "
                + "in a compose file refer to it as ${NAME}. If it is not a secret, add a `vixen-gate:allow` "
                + "comment to its line or an exception under secrets.allowlist in .vixen-gate.yml.",
            es: "Se encontró un secreto: \(description.spanish) (\(spanishShape)). Revóquelo y genere uno nuevo; "
                + "después, elimínelo de los commits antes de hacer push. Guarde el nuevo valor en las variables de "
                + "entorno de Coolify y, en un archivo compose, haga referencia a él como ${NOMBRE}. Si no es un "
                + "secreto, añada un comentario `vixen-gate:allow` a su línea o una excepción en "
                + "secrets.allowlist de .vixen-gate.yml.")
    }

    /// Returns what every output may show of a secret: its length, its fingerprint, and its first
    /// characters when ``RedactedSecret`` keeps them.
    static func secretShape(_ secret: RedactedSecret) -> LocalizedText {
        guard let prefix = secret.prefix else {
            return LocalizedText(
                en: "\(secret.length) characters, fingerprint \(secret.fingerprint)",
                es: "\(secret.length) caracteres, huella \(secret.fingerprint)")
        }
        return LocalizedText(
            en: "\(secret.length) characters, starts with \"\(prefix)\", fingerprint \(secret.fingerprint)",
            es: "\(secret.length) caracteres, empieza por \"\(prefix)\", huella \(secret.fingerprint)")
    }

    /// Returns the message of a `secret.*` finding inside base64-encoded text, which the scan
    /// decoded; the line is the one where the encoded text starts.
    public static func secretFoundInBase64(_ description: LocalizedText, _ secret: RedactedSecret) -> LocalizedText {
        let found = secretFound(description, secret)
        return LocalizedText(
            en: "Base64-encoded text on this line decodes to a secret. " + found.english,
            es: "El texto codificado en base64 de esta línea contiene un secreto al decodificarlo. " + found.spanish)
    }
}

// MARK: - Configuration

extension Catalog {
    public static func secretsConfigInvalidRuleID(value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid rule id \"\(value)\" in secrets.rule_allowlists. Write the id of a secret rule, "
                + "such as secret.generic-password; `vixen-gate rules` lists them.",
            es: "Identificador de regla no válido \"\(value)\" en secrets.rule_allowlists. Escriba el identificador "
                + "de una regla de secretos, como secret.generic-password; `vixen-gate rules` las muestra.")
    }

    /// Returns the message for a glob that does not compile; `reason` is a glob message such as
    /// ``globUnclosedBracket(position:)``.
    public static func secretsConfigInvalidGlob(path: String, glob: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Invalid glob \"\(glob)\" in \(path). \(reason.english)",
            es: "Patrón glob no válido \"\(glob)\" en \(path). \(reason.spanish)")
    }

    public static func secretsConfigEmptyEntry(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has an empty entry. Write a value or remove the entry.",
            es: "\(path) tiene una entrada vacía. Escriba un valor o elimine la entrada.")
    }
}

// MARK: - Errors that stop a scan

extension Catalog {
    /// Returns the message for a rule pattern that Vectorscan or PCRE2 rejects.
    ///
    /// `reason` is the library's own English message, quoted as it is; `position` is
    /// `file:line:column` of the pattern.
    public static func secretsPatternRejected(
        rule: String, library: String, reason: String, position: String
    ) -> LocalizedText {
        LocalizedText(
            en: "\(position): rule \(rule): \(library) rejects the pattern: \"\(reason)\". Fix the pattern, "
                + "then run `vixen-gate rules check` to test the rule against its examples.",
            es: "\(position): regla \(rule): \(library) rechaza el patrón: \"\(reason)\". Corrija el patrón y "
                + "después ejecute `vixen-gate rules check` para probar la regla con sus ejemplos.")
    }

    public static func secretsMissingGroup(rule: String, group: Int, groupCount: Int, position: String) -> LocalizedText
    {
        LocalizedText(
            en: "\(position): rule \(rule): secret_group is \(group), but the pattern has only \(groupCount) "
                + "capture groups. Add a group around the secret or lower secret_group (0 is the whole match).",
            es: "\(position): regla \(rule): secret_group vale \(group), pero el patrón solo tiene \(groupCount) "
                + "grupos de captura. Añada un grupo alrededor del secreto o reduzca secret_group (0 es toda la "
                + "coincidencia).")
    }

    public static func secretsAllowlistRejected(pattern: String, reason: String, position: String) -> LocalizedText {
        LocalizedText(
            en: "\(position): PCRE2 rejects the allowlist pattern \"\(pattern)\": \"\(reason)\". "
                + "Fix the pattern in .vixen-gate.yml.",
            es: "\(position): PCRE2 rechaza el patrón de excepción \"\(pattern)\": \"\(reason)\". "
                + "Corrija el patrón en .vixen-gate.yml.")
    }

    /// Returns the message for a compile error Vectorscan does not tie to one pattern.
    public static func secretsDatabaseRejected(reason: String) -> LocalizedText {
        LocalizedText(
            en: "Vectorscan could not compile the secret rules: \"\(reason)\". Run `vixen-gate rules check` "
                + "to find the rule at fault.",
            es: "Vectorscan no pudo compilar las reglas de secretos: \"\(reason)\". Ejecute "
                + "`vixen-gate rules check` para encontrar la regla que falla.")
    }

    public static func secretsRuleFileUnreadable(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The rule file \"\(path)\" cannot be read: \(reason). Check that it exists and its permissions.",
            es: "No se puede leer el archivo de reglas \"\(path)\": \(reason). Compruebe que existe y sus permisos.")
    }

    public static func secretsCustomRulesUnavailable(_ paths: [String]) -> LocalizedText {
        let list = paths.map { "\"\($0)\"" }.joined(separator: ", ")
        return LocalizedText(
            en: "secrets.rule_files names \(list), which this run could not load, so the secret scan would "
                + "miss those rules. Check the paths in .vixen-gate.yml, which are relative to the repository root.",
            es: "secrets.rule_files indica \(list), que esta ejecución no pudo cargar, así que el análisis de "
                + "secretos no aplicaría esas reglas. Revise las rutas en .vixen-gate.yml, que son relativas a la "
                + "raíz del repositorio.")
    }

    /// Returns the message for rule files with errors; each problem is one line, as
    /// ``rulesProblemLine(position:isError:rule:message:)`` formats it.
    public static func secretsInvalidRules(_ problems: [LocalizedText]) -> LocalizedText {
        let count = problems.count
        return LocalizedText(
            en: (count == 1 ? "A secret rule file has an error" : "Secret rule files have \(count) errors")
                + "; run `vixen-gate rules check` after fixing them:\n"
                + problems.map(\.english).joined(separator: "\n"),
            es: (count == 1
                ? "Un archivo de reglas de secretos tiene un error"
                : "Los archivos de reglas de "
                    + "secretos tienen \(count) errores")
                + "; ejecute `vixen-gate rules check` después de corregirlos:\n"
                + problems.map(\.spanish).joined(separator: "\n"))
    }

    /// Returns the message for a C library call that failed; `code` is the library's status, if any.
    public static func secretsLibraryFailure(library: String, function: String, code: Int32?) -> LocalizedText {
        let englishCode = code.map { " with status \($0)" } ?? ", out of memory"
        let spanishCode = code.map { " con el estado \($0)" } ?? " por falta de memoria"
        return LocalizedText(
            en: "\(library) failed in \(function)\(englishCode). Run the check again; if it fails again, "
                + "report it with the output of `vixen-gate --version`.",
            es: "\(library) falló en \(function)\(spanishCode). Vuelva a ejecutar la comprobación; si vuelve a "
                + "fallar, notifíquelo junto con la salida de `vixen-gate --version`.")
    }
}

// MARK: - Sensitive files

extension Catalog {
    /// Returns the message for a file that contains credentials by its nature.
    ///
    /// - Parameter kind: What the file is, from one of the `sensitive…` descriptions below.
    public static func sensitiveFileAdded(_ kind: LocalizedText, path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) is \(kind.english), which contains credentials whatever its lines look like. Remove it from "
                + "the commits, add it to .gitignore, and keep the values in Coolify's environment variables "
                + "(or another secret store); revoke any credential it held.",
            es: "\(path) es \(kind.spanish), que contiene credenciales sea cual sea el aspecto de sus líneas. "
                + "Elimínelo de los commits, añádalo a .gitignore y guarde los valores en las variables de entorno "
                + "de Coolify (u otro almacén de secretos); revoque las credenciales que contuviera.")
    }

    public static func sensitiveEnvironmentFile() -> LocalizedText {
        LocalizedText(en: "an environment file (.env)", es: "un archivo de entorno (.env)")
    }

    public static func sensitivePrivateKeyFile() -> LocalizedText {
        LocalizedText(en: "a private key file", es: "un archivo de clave privada")
    }

    public static func sensitiveKeyStore() -> LocalizedText {
        LocalizedText(en: "a key store", es: "un almacén de claves")
    }

    public static func sensitiveRegistryCredentials() -> LocalizedText {
        LocalizedText(
            en: "a package registry configuration with a token or password",
            es: "una configuración de registro de paquetes con un token o una contraseña")
    }

    public static func sensitiveKubeconfig() -> LocalizedText {
        LocalizedText(
            en: "a Kubernetes configuration with embedded credentials",
            es: "una configuración de Kubernetes con credenciales incluidas")
    }

    public static func sensitiveCloudCredentials() -> LocalizedText {
        LocalizedText(en: "a cloud credentials file", es: "un archivo de credenciales de la nube")
    }
}

// MARK: - Rule documentation

extension Catalog {
    /// Returns the paragraph SARIF shows for a secret rule.
    public static func ruleSecretFullDescription(_ description: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "An added line contains a credential: \(description.english). A secret in a repository reaches "
                + "every clone and stays in the history after it is deleted.",
            es: "Una línea añadida contiene una credencial: \(description.spanish). Un secreto en un repositorio "
                + "llega a todos los clones y sigue en el historial aunque se borre.")
    }

    /// Returns the paragraph SARIF shows for a sensitive-file rule.
    public static func ruleSensitiveFileFullDescription(_ description: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "A file was added that is \(description.english), which contains credentials whatever its lines "
                + "look like.",
            es: "Se añadió un archivo que es \(description.spanish), que contiene credenciales sea cual sea el "
                + "aspecto de sus líneas.")
    }

    /// Returns the steps that resolve a secret finding.
    public static func ruleSecretHelp() -> LocalizedText {
        LocalizedText(
            en: "Revoke the credential and issue a new one: it has reached every clone. Remove it from the commits "
                + "(rewrite them, for example with `git rebase -i`) and keep the value in Coolify's environment "
                + "variables. If it is not a secret, add a `vixen-gate:allow <rule>` comment on its line or an "
                + "exception under secrets.allowlist in .vixen-gate.yml.",
            es: "Revoque la credencial y genere una nueva: ya ha llegado a todos los clones. Elimínela de los commits "
                + "(reescríbalos, por ejemplo con `git rebase -i`) y guarde el valor en las variables de entorno de "
                + "Coolify. Si no es un secreto, añada un comentario `vixen-gate:allow <regla>` en su línea o una "
                + "excepción en secrets.allowlist de .vixen-gate.yml.")
    }
}
