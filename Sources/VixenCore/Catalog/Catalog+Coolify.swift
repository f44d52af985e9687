// Messages about Coolify: the `coolify` configuration section, the API client's errors, health checks,
// smoke tests and notifications. Configuration keys, HTTP methods, status codes, token scopes and
// endpoint paths stay in English in both languages, because people type and search for them as written.

// MARK: - Configuration

extension Catalog {
    public static func coolifyConfigMissingURL() -> LocalizedText {
        LocalizedText(
            en: "The coolify section has no url. Add url: with the address of your Coolify instance, "
                + "such as https://coolify.example.com.",
            es: "La sección coolify no tiene url. Añada url: con la dirección de su instancia de Coolify, "
                + "como https://coolify.example.com."
        )
    }

    public static func coolifyConfigMissingKey(path: String, key: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has no \(key). Add \(key): to it.",
            es: "\(path) no tiene \(key). Añada \(key):."
        )
    }

    /// Returns the message for a URL that is not absolute; `value` is already redacted when it is secret.
    public static func coolifyConfigInvalidURL(path: String, value: String, example: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid URL \"\(value)\" for \(path). Write an absolute URL with https:// and a host, "
                + "such as \(example).",
            es: "URL no válida \"\(value)\" en \(path). Escriba una URL absoluta con https:// y un host, "
                + "como \(example)."
        )
    }

    public static func coolifyConfigPlainHTTP(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) uses plain http:// to a host other than this machine: \"\(value)\". Use https://, "
                + "because tokens and webhook URLs must not travel in clear; http:// is allowed only for "
                + "127.0.0.1, ::1 and localhost.",
            es: "\(path) usa http:// sin cifrar hacia un host que no es esta máquina: \"\(value)\". Use https://, "
                + "porque los tokens y las URL de webhook no deben viajar sin cifrar; http:// solo se admite "
                + "para 127.0.0.1, ::1 y localhost."
        )
    }

    public static func coolifyConfigURLCredentials(path: String) -> LocalizedText {
        LocalizedText(
            en: "The URL of \(path) contains a user name or password before the host. Remove them from the "
                + "file and change that password, because the file is in the repository.",
            es: "La URL de \(path) contiene un usuario o una contraseña antes del host. Elimínelos del archivo y "
                + "cambie esa contraseña, porque el archivo está en el repositorio."
        )
    }

    public static func coolifyConfigURLNotABase(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must be a base address without ? or #, but is \"\(value)\". "
                + "Remove the query and the fragment.",
            es: "\(path) debe ser una dirección base sin ? ni #, pero es \"\(value)\". "
                + "Elimine la consulta y el fragmento."
        )
    }

    public static func coolifyConfigInvalidDuration(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid duration \"\(value)\" for \(path). Write a whole number with a unit (ms, s, m or h), "
                + "such as 30s or 15m.",
            es: "Duración no válida \"\(value)\" en \(path). Escriba un número entero con una unidad "
                + "(ms, s, m o h), como 30s o 15m."
        )
    }

    public static func coolifyConfigDurationTooLong(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "The duration \"\(value)\" for \(path) is longer than a week. Check the unit: s is seconds, "
                + "m minutes and h hours.",
            es: "La duración \"\(value)\" en \(path) supera una semana. Revise la unidad: s son segundos, "
                + "m minutos y h horas."
        )
    }

    public static func coolifyConfigInvalidStatus(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid HTTP status \"\(value)\" for \(path). Write a number from 100 to 599 without quotes, "
                + "such as 200.",
            es: "Estado HTTP no válido \"\(value)\" en \(path). Escriba un número del 100 al 599 sin comillas, "
                + "como 200."
        )
    }

    public static func coolifyConfigInvalidBoolean(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid value \"\(value)\" for \(path). Write true or false without quotes.",
            es: "Valor no válido \"\(value)\" en \(path). Escriba true o false sin comillas."
        )
    }

    public static func coolifyConfigInvalidMethod(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid HTTP method \"\(value)\" for \(path). Use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS.",
            es: "Método HTTP no válido \"\(value)\" en \(path). Use GET, HEAD, POST, PUT, PATCH, DELETE u OPTIONS."
        )
    }

    /// Returns the message for a Coolify token written where a variable name belongs; the value is
    /// left out on purpose.
    public static func coolifyConfigTokenInFile(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must name an environment variable, but its value looks like a Coolify token. Revoke "
                + "that token in Coolify, put a new one in an environment variable such as COOLIFY_TOKEN, "
                + "and write the variable's name here.",
            es: "\(path) debe indicar el nombre de una variable de entorno, pero su valor parece un token de "
                + "Coolify. Revoque ese token en Coolify, guarde uno nuevo en una variable de entorno como "
                + "COOLIFY_TOKEN y escriba aquí el nombre de la variable."
        )
    }

    public static func coolifyConfigInvalidVariableName(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid environment variable name \"\(value)\" for \(path). Use letters, digits and _, "
                + "starting with a letter or _, such as COOLIFY_TOKEN.",
            es: "Nombre de variable de entorno no válido \"\(value)\" en \(path). Use letras, dígitos y _, "
                + "empezando por una letra o _, como COOLIFY_TOKEN."
        )
    }

    public static func coolifyConfigInvalidUUID(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid Coolify UUID \"\(value)\" for \(path). Copy the application's UUID from its page in "
                + "Coolify: letters and digits, such as w0g8cc0kg44ogkwco8soc44w.",
            es: "UUID de Coolify no válido \"\(value)\" en \(path). Copie el UUID de la aplicación desde su página "
                + "en Coolify: letras y dígitos, como w0g8cc0kg44ogkwco8soc44w."
        )
    }

    public static func coolifyConfigUnknownEnvironment(path: String, value: String, suggestion: String?)
        -> LocalizedText
    {
        var english = "Unknown environment \"\(value)\" in \(path)."
        var spanish = "Entorno desconocido \"\(value)\" en \(path)."
        if let suggestion, suggestion != "hotfix" {
            english += " Did you mean \"\(suggestion)\"?"
            spanish += " ¿Quiso decir \"\(suggestion)\"?"
        }
        english += " Use staging or production; a hotfix uses production's settings."
        spanish += " Use staging o production; un hotfix usa la configuración de production."
        return LocalizedText(en: english, es: spanish)
    }

    public static func coolifyConfigDuplicateComponent(
        path: String, first: String, second: String, component: String
    ) -> LocalizedText {
        LocalizedText(
            en: "\(path) lists component \(component) twice, as \"\(first)\" and as \"\(second)\". Keep one of them.",
            es: "\(path) incluye dos veces el componente \(component), como \"\(first)\" y como \"\(second)\". "
                + "Conserve solo uno."
        )
    }

    public static func coolifyConfigUnknownRollbackApplication(uuid: String) -> LocalizedText {
        LocalizedText(
            en: "coolify.rollback_webhook names the application \"\(uuid)\", which coolify.applications does not "
                + "list. Use the UUID of a configured application, or add that application.",
            es: "coolify.rollback_webhook nombra la aplicación \"\(uuid)\", que coolify.applications no incluye. "
                + "Use el UUID de una aplicación configurada o añada esa aplicación."
        )
    }

    public static func coolifyConfigURLAndVariable(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has both url and url_env. Keep url_env, which reads the URL from the environment, "
                + "or url.",
            es: "\(path) tiene url y url_env a la vez. Conserve url_env, que lee la URL del entorno, o url."
        )
    }

    public static func coolifyConfigMissingWebhook(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has neither url_env nor url. Add url_env: with the name of the environment variable "
                + "that contains the webhook URL.",
            es: "\(path) no tiene url_env ni url. Añada url_env: con el nombre de la variable de entorno que "
                + "contiene la URL del webhook."
        )
    }

    public static func coolifyConfigUnknownStyle(path: String, value: String, suggestion: String?) -> LocalizedText {
        var english = "Unknown notification style \"\(value)\" for \(path)."
        var spanish = "Estilo de notificación desconocido \"\(value)\" en \(path)."
        if let suggestion {
            english += " Did you mean \"\(suggestion)\"?"
            spanish += " ¿Quiso decir \"\(suggestion)\"?"
        }
        english += " Use slack for {\"text\": ...} or discord for {\"content\": ...}."
        spanish += " Use slack para {\"text\": ...} o discord para {\"content\": ...}."
        return LocalizedText(en: english, es: spanish)
    }

    public static func coolifyConfigDuplicateTestName(path: String, name: String, firstLine: Int) -> LocalizedText {
        LocalizedText(
            en: "\(path) has two tests named \"\(name)\"; the first is at line \(firstLine). Give each test its "
                + "own name, because reports name failures by it.",
            es: "\(path) tiene dos pruebas llamadas \"\(name)\"; la primera está en la línea \(firstLine). Dé a "
                + "cada prueba un nombre propio, porque los informes identifican los fallos por él."
        )
    }

    public static func coolifyConfigPathWithoutSlash(path: String, value: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) must start with /, but is \"\(value)\". Write it as /\(value).",
            es: "\(path) debe empezar por /, pero es \"\(value)\". Escríbalo como /\(value)."
        )
    }

    public static func coolifyConfigURLAndPath(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has both url and path. Keep url for an absolute address, or path to join it to "
                + "the suite's base_url.",
            es: "\(path) tiene url y path a la vez. Conserve url para una dirección absoluta, o path para unirla "
                + "a la base_url del conjunto."
        )
    }

    public static func coolifyConfigMissingTarget(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has neither url nor path. Add path: /health to join the suite's base_url, or url: with "
                + "an absolute address.",
            es: "\(path) no tiene url ni path. Añada path: /health para unirlo a la base_url del conjunto, o url: "
                + "con una dirección absoluta."
        )
    }

    public static func coolifyConfigInvalidHeaderName(path: String, name: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid header name \"\(name)\" in \(path). Use letters, digits and -, such as Content-Type.",
            es: "Nombre de cabecera no válido \"\(name)\" en \(path). Use letras, dígitos y -, como Content-Type."
        )
    }

    public static func coolifyConfigInvalidReference(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has a ${ without its } or with an invalid variable name. Write references as "
                + "${NAME}, with letters, digits and _.",
            es: "\(path) tiene un ${ sin su } o con un nombre de variable no válido. Escriba las referencias como "
                + "${NOMBRE}, con letras, dígitos y _."
        )
    }

    /// Returns the message for a credential header written in clear; the value is left out on purpose.
    public static func coolifyConfigSecretHeader(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) carries a credential written in the file. Put the value in an environment variable "
                + "and write it as ${NAME}, such as \"Bearer ${SMOKE_TOKEN}\"; if the value was real, revoke it.",
            es: "\(path) lleva una credencial escrita en el archivo. Guarde el valor en una variable de entorno y "
                + "escríbalo como ${NOMBRE}, por ejemplo \"Bearer ${SMOKE_TOKEN}\"; si el valor era real, revóquelo."
        )
    }
}

// MARK: - HTTP

extension Catalog {
    public static func httpInsecureURL(url: String) -> LocalizedText {
        LocalizedText(
            en: "Blocked the request to \(url): plain http:// is allowed only to 127.0.0.1, ::1 and "
                + "localhost, and other schemes not at all. Use an https:// URL.",
            es: "Se bloqueó la solicitud a \(url): http:// sin cifrar solo se admite hacia 127.0.0.1, ::1 y "
                + "localhost, y otros esquemas no se admiten. Use una URL https://."
        )
    }

    public static func httpTimedOut(url: String, attempts: Int) -> LocalizedText {
        LocalizedText(
            en:
                "No response from \(url) within the timeout, after \(attempts) \(attempts == 1 ? "attempt" : "attempts"). "
                + "Check that the service is up and reachable from this machine, or raise the timeout.",
            es: "No hubo respuesta de \(url) dentro del tiempo límite, tras \(attempts) "
                + "\(attempts == 1 ? "intento" : "intentos"). Compruebe que el servicio está activo y es accesible "
                + "desde esta máquina, o aumente el tiempo límite."
        )
    }

    /// Returns the message for a connection that failed on every try; `reason` is one of the
    /// `httpFailure…` texts.
    public static func httpConnectionFailed(url: String, reason: LocalizedText, attempts: Int) -> LocalizedText {
        LocalizedText(
            en: "Could not connect to \(url) after \(attempts) \(attempts == 1 ? "attempt" : "attempts"): "
                + "\(reason.english). Check the address and that the service is reachable from this machine.",
            es: "No se pudo conectar con \(url) tras \(attempts) \(attempts == 1 ? "intento" : "intentos"): "
                + "\(reason.spanish). Compruebe la dirección y que el servicio es accesible desde esta máquina."
        )
    }

    public static func httpFailureUnknownHost() -> LocalizedText {
        LocalizedText(en: "the host name does not resolve", es: "el nombre del host no se resuelve")
    }

    public static func httpFailureRefused() -> LocalizedText {
        LocalizedText(en: "the connection was refused", es: "se rechazó la conexión")
    }

    public static func httpFailureTLS() -> LocalizedText {
        LocalizedText(
            en: "the TLS handshake failed, for example because the certificate is untrusted or expired",
            es: "falló la negociación TLS, por ejemplo porque el certificado no es de confianza o ha caducado"
        )
    }

    public static func httpFailureLost() -> LocalizedText {
        LocalizedText(
            en: "the connection closed before the response was complete",
            es: "la conexión se cerró antes de completar la respuesta"
        )
    }

    public static func httpFailureOther(code: Int) -> LocalizedText {
        LocalizedText(en: "URLError code \(code)", es: "código de URLError \(code)")
    }

    public static func httpNotSent(url: String) -> LocalizedText {
        LocalizedText(
            en: "Dry run: the request to \(url) was not sent.",
            es: "Simulación: la solicitud a \(url) no se envió."
        )
    }

    public static func httpCancelled() -> LocalizedText {
        LocalizedText(en: "The request was cancelled.", es: "Se canceló la solicitud.")
    }

    /// Returns the first line of a dry-run transcript of one request.
    public static func coolifyDryRunHeading() -> LocalizedText {
        LocalizedText(en: "# Dry run: not sent", es: "# Simulación: no se envía")
    }

    /// Returns what a transcript shows in place of a secret; `source` names where it came from,
    /// such as `$COOLIFY_TOKEN`.
    public static func coolifyRedactedValue(source: String) -> LocalizedText {
        LocalizedText(en: "[redacted: \(source)]", es: "[oculto: \(source)]")
    }
}

// MARK: - Coolify API

extension Catalog {
    public static func coolifyInvalidURL(url: String) -> LocalizedText {
        LocalizedText(
            en: "Invalid Coolify URL \"\(url)\". Set coolify.url to an address such as https://coolify.example.com.",
            es: "URL de Coolify no válida \"\(url)\". Indique en coolify.url una dirección como "
                + "https://coolify.example.com."
        )
    }

    public static func coolifyInvalidUUID(uuid: String) -> LocalizedText {
        guard !uuid.isEmpty else {
            return LocalizedText(
                en: "No Coolify UUID was given, so nothing was sent. Configure the application under "
                    + "coolify.applications in .vixen-gate.yml.",
                es: "No se indicó ningún UUID de Coolify, así que no se envió nada. Configure la aplicación en "
                    + "coolify.applications de .vixen-gate.yml."
            )
        }
        return LocalizedText(
            en: "Invalid Coolify UUID \"\(uuid)\", so nothing was sent. Copy the UUID from the resource's page in "
                + "Coolify: letters and digits, such as w0g8cc0kg44ogkwco8soc44w.",
            es: "UUID de Coolify no válido \"\(uuid)\", así que no se envió nada. Copie el UUID desde la página del "
                + "recurso en Coolify: letras y dígitos, como w0g8cc0kg44ogkwco8soc44w."
        )
    }

    public static func coolifyMissingToken(variable: String) -> LocalizedText {
        LocalizedText(
            en: "The environment variable \(variable) is not set, so there is no Coolify API token to send. "
                + "Create a token in Coolify (Keys & Tokens, API tokens) with the scopes this run needs (read for "
                + "status and variables, deploy for deployments and rollbacks) and export it as \(variable).",
            es: "La variable de entorno \(variable) no está definida, así que no hay token de la API de Coolify que "
                + "enviar. Cree un token en Coolify (Keys & Tokens, API tokens) con los permisos que necesita esta "
                + "ejecución (read para estados y variables, deploy para despliegues y rollbacks) y expórtelo como "
                + "\(variable)."
        )
    }

    public static func coolifyEmptyToken(variable: String) -> LocalizedText {
        LocalizedText(
            en: "The environment variable \(variable) is empty, so there is no Coolify API token to send. "
                + "Export the token as \(variable), with the scopes this run needs (read for status and variables, "
                + "deploy for deployments and rollbacks).",
            es: "La variable de entorno \(variable) está vacía, así que no hay token de la API de Coolify que "
                + "enviar. Exporte el token como \(variable), con los permisos que necesita esta ejecución (read para "
                + "estados y variables, deploy para despliegues y rollbacks)."
        )
    }

    /// Returns the message for a request that got no response; `reason` is an HTTP message.
    public static func coolifyRequestFailed(endpoint: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(endpoint): \(reason.english)", es: "\(endpoint): \(reason.spanish)")
    }

    public static func coolifyUnauthenticated(endpoint: String, variable: String, scope: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify rejected the API token in \(variable) (401 Unauthenticated) on \(endpoint). The token is "
                + "wrong, revoked or expired: create a new one with the \(scope) scope and export it as \(variable).",
            es: "Coolify rechazó el token de la API de \(variable) (401 Unauthenticated) en \(endpoint). El token es "
                + "incorrecto, se revocó o caducó: cree uno nuevo con el permiso \(scope) y expórtelo como "
                + "\(variable)."
        )
    }

    public static func coolifyInvalidToken(endpoint: String, variable: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify returned \"Invalid token.\" (400) for \(endpoint): the token in \(variable) belongs to no "
                + "team. Create the token in Coolify with the team that owns the applications selected.",
            es: "Coolify respondió \"Invalid token.\" (400) en \(endpoint): el token de \(variable) no pertenece a "
                + "ningún equipo. Cree el token en Coolify después de seleccionar el equipo propietario de las aplicaciones."
        )
    }

    /// Returns the message for a 403 response; `serverMessage` is Coolify's own text, when it sent one.
    public static func coolifyForbidden(endpoint: String, scope: String, serverMessage: String?) -> LocalizedText {
        let english =
            "Coolify rejected \(endpoint) (403 Forbidden): this request needs a token with the \(scope) scope."
        let spanish =
            "Coolify rechazó \(endpoint) (403 Forbidden): esta solicitud necesita un token con el permiso \(scope)."
        guard let serverMessage else {
            return LocalizedText(
                en: english + " Create a token with the \(scope) scope.",
                es: spanish + " Cree un token con el permiso \(scope).")
        }
        return LocalizedText(
            en: english + " Coolify's message: \"\(serverMessage)\". Create a token with the \(scope) scope; if the "
                + "message reports that the API is disabled or this address is not allowed, change that in "
                + "Coolify's settings.",
            es: spanish + " Mensaje de Coolify: \"\(serverMessage)\". Cree un token con el permiso \(scope); si el "
                + "mensaje indica que la API está desactivada o que esta dirección no está permitida, cámbielo en la "
                + "configuración de Coolify."
        )
    }

    public static func coolifyApplicationNotFound(endpoint: String, uuid: String, rollbackRoute: Bool) -> LocalizedText
    {
        var english =
            "Coolify has no application \(uuid) that this token can see (404 on \(endpoint)). Check the "
            + "UUID under coolify.applications in .vixen-gate.yml, and that the token belongs to the team that owns "
            + "the application."
        var spanish =
            "Coolify no tiene ninguna aplicación \(uuid) visible para este token (404 en \(endpoint)). "
            + "Revise el UUID en coolify.applications de .vixen-gate.yml y que el token pertenezca al equipo "
            + "propietario de la aplicación."
        if rollbackRoute {
            english += " Coolify before 4.3.0 has no rollback API: configure coolify.rollback_webhook for it."
            spanish += " Coolify anterior a 4.3.0 no tiene API de rollback: configure coolify.rollback_webhook."
        }
        return LocalizedText(en: english, es: spanish)
    }

    public static func coolifyDeploymentNotFound(endpoint: String, uuid: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify has no deployment \(uuid) (404 on \(endpoint)). Use the deployment_uuid of the deploy's "
                + "response; when Coolify skips a deploy as a duplicate, it responds with an id it never creates, so "
                + "look for the running deployment in Coolify.",
            es: "Coolify no tiene ningún despliegue \(uuid) (404 en \(endpoint)). Use el deployment_uuid de la "
                + "respuesta del despliegue; cuando Coolify omite un despliegue por duplicado, responde con un "
                + "identificador que nunca crea, así que busque el despliegue en curso en Coolify."
        )
    }

    public static func coolifyDeployTargetsNotFound(uuids: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify found none of the resources \(uuids) (404 on POST /api/v1/deploy). Check the UUIDs under "
                + "coolify.applications in .vixen-gate.yml, and that the token belongs to the team that owns them.",
            es: "Coolify no encontró ninguno de los recursos \(uuids) (404 en POST /api/v1/deploy). Revise los UUID "
                + "de coolify.applications en .vixen-gate.yml y que el token pertenezca al equipo propietario."
        )
    }

    public static func coolifyMethodNotAllowed(endpoint: String) -> LocalizedText {
        LocalizedText(
            en: "Coolify returned 405 Method Not Allowed for \(endpoint). Since Coolify 4.2.0, deploy and other "
                + "actions accept only POST (GET /api/v1/deploy returns 405). Send the request with POST; if "
                + "vixen-gate already does, check for a proxy in front of Coolify that changes the method.",
            es: "Coolify respondió 405 Method Not Allowed en \(endpoint). Desde Coolify 4.2.0, el despliegue y otras "
                + "acciones solo aceptan POST (GET /api/v1/deploy devuelve 405). Envíe la solicitud con POST; si "
                + "vixen-gate ya lo hace, compruebe si un proxy delante de Coolify cambia el método."
        )
    }

    public static func coolifyRateLimited(endpoint: String, attempts: Int, serverMessage: String?) -> LocalizedText {
        var english =
            "Coolify returned 429 Too Many Requests for \(endpoint) on all \(attempts) attempts: its "
            + "deployment queue is full or its API rate limit was reached."
        var spanish =
            "Coolify respondió 429 Too Many Requests a \(endpoint) en los \(attempts) intentos: su cola de "
            + "despliegues está llena o se alcanzó el límite de solicitudes de su API."
        if let serverMessage {
            english += " Coolify's message: \"\(serverMessage)\"."
            spanish += " Mensaje de Coolify: \"\(serverMessage)\"."
        }
        english += " Wait for the running deployments to finish, then try again."
        spanish += " Espere a que terminen los despliegues en curso y vuelva a intentarlo."
        return LocalizedText(en: english, es: spanish)
    }

    public static func coolifyQueueFull(endpoint: String, serverMessage: String?) -> LocalizedText {
        var english = "Coolify did not queue the rollback (400 on \(endpoint)) because its deployment queue is full."
        var spanish = "Coolify no encoló el rollback (400 en \(endpoint)) porque su cola de despliegues está llena."
        if let serverMessage {
            english += " Coolify's message: \"\(serverMessage)\"."
            spanish += " Mensaje de Coolify: \"\(serverMessage)\"."
        }
        english += " Wait for the running deployments to finish, then roll back again."
        spanish += " Espere a que terminen los despliegues en curso y vuelva a hacer el rollback."
        return LocalizedText(en: english, es: spanish)
    }

    public static func coolifyRejected(endpoint: String, status: Int, serverMessage: String?) -> LocalizedText {
        guard let serverMessage else {
            return LocalizedText(
                en: "Coolify rejected \(endpoint) with status \(status) and gave no reason. Check the values sent, "
                    + "such as the commit or tag.",
                es: "Coolify rechazó \(endpoint) con el estado \(status) sin indicar el motivo. Revise los valores "
                    + "enviados, como el commit o la etiqueta."
            )
        }
        return LocalizedText(
            en: "Coolify rejected \(endpoint) with status \(status): \"\(serverMessage)\". Correct the value it names.",
            es:
                "Coolify rechazó \(endpoint) con el estado \(status): \"\(serverMessage)\". Corrija el valor que indica."
        )
    }

    public static func coolifyServerError(endpoint: String, status: Int, attempts: Int) -> LocalizedText {
        LocalizedText(
            en: "Coolify responded to \(endpoint) with the server error \(status) on all \(attempts) attempts. Check "
                + "Coolify's logs and state, then try again.",
            es: "Coolify respondió a \(endpoint) con el error de servidor \(status) en los \(attempts) intentos. "
                + "Revise los registros y el estado de Coolify y vuelva a intentarlo."
        )
    }

    public static func coolifyRedirected(endpoint: String, status: Int, location: String?) -> LocalizedText {
        let target = location ?? "?"
        return LocalizedText(
            en: "Coolify responded to \(endpoint) with a redirect (\(status)) to \(target). vixen-gate does not follow "
                + "redirects, so that the token goes only to coolify.url: set coolify.url to the address the "
                + "redirect names, often its https:// form.",
            es: "Coolify respondió a \(endpoint) con una redirección (\(status)) a \(target). vixen-gate no sigue "
                + "redirecciones, para que el token solo llegue a coolify.url: indique en coolify.url la dirección "
                + "de la redirección, a menudo su forma https://."
        )
    }

    public static func coolifyUnexpectedStatus(endpoint: String, status: Int) -> LocalizedText {
        LocalizedText(
            en: "Coolify responded to \(endpoint) with the unexpected status \(status). Check that coolify.url points "
                + "at Coolify 4 and not at another service.",
            es: "Coolify respondió a \(endpoint) con el estado inesperado \(status). Compruebe que coolify.url apunta "
                + "a Coolify 4 y no a otro servicio."
        )
    }

    /// Returns the message for a response that cannot be decoded; `problem` is a `coolifyProblem…` text.
    public static func coolifyMalformedResponse(endpoint: String, problem: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "The response to \(endpoint) is not what Coolify 4.3 sends: \(problem.english). Check that "
                + "coolify.url points at Coolify 4; a newer Coolify may have changed this response.",
            es: "La respuesta a \(endpoint) no es la que envía Coolify 4.3: \(problem.spanish). Compruebe que "
                + "coolify.url apunta a Coolify 4; una versión más reciente puede haber cambiado esta respuesta."
        )
    }

    public static func coolifyProblemNotJSON() -> LocalizedText {
        LocalizedText(en: "the body is not JSON", es: "el cuerpo no es JSON")
    }

    public static func coolifyProblemMissingField(field: String) -> LocalizedText {
        LocalizedText(en: "the field \(field) is missing", es: "falta el campo \(field)")
    }

    public static func coolifyProblemWrongType(field: String) -> LocalizedText {
        LocalizedText(en: "the field \(field) has another type", es: "el campo \(field) tiene otro tipo")
    }

    public static func coolifyProblemInvalidValue(field: String) -> LocalizedText {
        LocalizedText(en: "the field \(field) has an invalid value", es: "el campo \(field) tiene un valor no válido")
    }

    public static func coolifyDeploymentTimedOut(uuid: String, status: String, timeout: String) -> LocalizedText {
        LocalizedText(
            en: "Deployment \(uuid) was still \(status) after \(timeout). Look at it in Coolify, and raise "
                + "coolify.deploy_timeout if builds take longer.",
            es: "El despliegue \(uuid) seguía en \(status) tras \(timeout). Revíselo en Coolify y aumente "
                + "coolify.deploy_timeout si las compilaciones tardan más."
        )
    }

    public static func coolifyWebhookRejected(url: String, status: Int) -> LocalizedText {
        LocalizedText(
            en: "The rollback webhook \(url) returned \(status) instead of 2xx. Check the endpoint that "
                + "coolify.rollback_webhook names.",
            es: "El webhook de rollback \(url) respondió \(status) en lugar de 2xx. Revise el servicio que indica "
                + "coolify.rollback_webhook."
        )
    }

    /// Returns the message for a rollback webhook without a response; `reason` is an HTTP message.
    public static func coolifyWebhookUnreachable(reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "The rollback webhook could not be reached. \(reason.english)",
            es: "No se pudo contactar con el webhook de rollback. \(reason.spanish)"
        )
    }

    public static func coolifyInvalidWebhookURL(source: String, url: String) -> LocalizedText {
        LocalizedText(
            en: "The rollback webhook URL in \(source) is invalid: \"\(url)\". Use an absolute https:// URL; plain "
                + "http:// is allowed only to 127.0.0.1, ::1 and localhost.",
            es: "La URL del webhook de rollback de \(source) no es válida: \"\(url)\". Use una URL https:// absoluta; "
                + "http:// sin cifrar solo se admite hacia 127.0.0.1, ::1 y localhost."
        )
    }

    public static func coolifyMissingWebhookURL(variable: String) -> LocalizedText {
        LocalizedText(
            en: "The environment variable \(variable), which should contain the rollback webhook's URL, is not set "
                + "or is empty. Export it before deploying.",
            es: "La variable de entorno \(variable), que debe contener la URL del webhook de rollback, no está "
                + "definida o está vacía. Expórtela antes de desplegar."
        )
    }
}

// MARK: - Health checks and smoke tests

extension Catalog {
    public static func probeUnexpectedStatus(expected: Int, actual: Int) -> LocalizedText {
        LocalizedText(
            en: "expected status \(expected), got \(actual)",
            es: "se esperaba el estado \(expected), se obtuvo \(actual)")
    }

    public static func probeMissingText(text: String) -> LocalizedText {
        LocalizedText(
            en: "the body does not contain \"\(text)\"",
            es: "el cuerpo no contiene \"\(text)\""
        )
    }

    public static func probeInvalidURL(url: String) -> LocalizedText {
        LocalizedText(
            en: "no request could be built for \"\(url)\"; a path needs base_url in the suite or a domain in "
                + "Coolify",
            es: "no se pudo construir la solicitud para \"\(url)\"; una ruta necesita base_url en el conjunto o un "
                + "dominio en Coolify"
        )
    }

    public static func probeMissingVariables(names: [String]) -> LocalizedText {
        let list = names.joined(separator: ", ")
        return LocalizedText(
            en: "the environment variables its headers name are not set: \(list)",
            es: "no están definidas las variables de entorno que nombran sus cabeceras: \(list)"
        )
    }

    /// Returns the result of the smoke tests in the form of the team's report line, such as `10/10 passing`.
    public static func smokeTestsSummary(passed: Int, total: Int) -> LocalizedText {
        LocalizedText(en: "\(passed)/\(total) passing", es: "\(passed)/\(total) superadas")
    }

    /// Returns the line for one failed smoke test; `reason` is a `probe…` text or an HTTP message.
    public static func smokeTestFailed(component: String, name: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Smoke test \(component) \(name) failed: \(reason.english)",
            es: "La prueba de humo \(component) \(name) falló: \(reason.spanish)"
        )
    }

    /// Returns the line for a failed health check; `reason` is a `probe…` text or an HTTP message.
    public static func healthCheckFailed(url: String, requests: Int, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Health check \(url) failed after \(requests) \(requests == 1 ? "request" : "requests"): "
                + "\(reason.english)",
            es:
                "La comprobación de salud \(url) falló tras \(requests) \(requests == 1 ? "solicitud" : "solicitudes"): "
                + "\(reason.spanish)"
        )
    }

    /// Returns the line for a failed watch; `elapsed` is a duration such as `3m`.
    public static func healthWatchFailed(url: String, elapsed: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Health check \(url) failed \(elapsed) into the watch: \(reason.english)",
            es: "La comprobación de salud \(url) falló a los \(elapsed) de vigilancia: \(reason.spanish)"
        )
    }
}

// MARK: - Notifications

extension Catalog {
    public static func notifyMissingVariable(variable: String) -> LocalizedText {
        LocalizedText(
            en: "Warning: no notification was posted, because the environment variable \(variable) with the "
                + "webhook URL is not set. Export it, or remove coolify.notify.",
            es: "Aviso: no se publicó ninguna notificación, porque la variable de entorno \(variable) con la URL del "
                + "webhook no está definida. Expórtela o elimine coolify.notify."
        )
    }

    public static func notifyInvalidVariable(variable: String) -> LocalizedText {
        LocalizedText(
            en: "Warning: no notification was posted, because the environment variable \(variable) does not "
                + "contain a URL. Set it to the webhook's https:// URL.",
            es: "Aviso: no se publicó ninguna notificación, porque la variable de entorno \(variable) no contiene "
                + "una URL. Asígnele la URL https:// del webhook."
        )
    }

    public static func notifyInvalidURL() -> LocalizedText {
        LocalizedText(
            en: "Warning: no notification was posted, because coolify.notify.url is not a URL. Correct it.",
            es: "Aviso: no se publicó ninguna notificación, porque coolify.notify.url no es una URL. Corríjala."
        )
    }

    public static func notifyRejected(url: String, status: Int) -> LocalizedText {
        LocalizedText(
            en: "Warning: the notification webhook \(url) returned \(status), so the report was not posted. The "
                + "deployment is not affected; check the webhook's URL and its channel.",
            es: "Aviso: el webhook de notificaciones \(url) respondió \(status), así que no se publicó el informe. "
                + "El despliegue no se ve afectado; revise la URL del webhook y su canal."
        )
    }

    /// Returns the warning for a webhook without a response; `reason` is an HTTP message.
    public static func notifyUnreachable(reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "Warning: the report was not posted to the notification webhook. The deployment is not affected. "
                + "\(reason.english)",
            es: "Aviso: no se publicó el informe en el webhook de notificaciones. El despliegue no se ve afectado. "
                + "\(reason.spanish)"
        )
    }
}
