/// Splits a database URL into its parts; ``DatabaseURL/init(parsing:)`` documents the accepted form.
struct DatabaseURLParser {
    static let schemes = ["postgresql://", "postgres://"]

    let text: String
    private let redacted: String

    init(text: String) {
        self.text = text
        self.redacted = URLRedaction.redact(text)
    }

    func parse() throws(DatabaseURLError) -> DatabaseURL {
        guard let scheme = Self.schemes.first(where: { text.lowercased().hasPrefix($0) }) else {
            throw .unsupportedScheme(redacted: redacted)
        }
        var rest = text.dropFirst(scheme.count)

        var query: Substring?
        if let questionMark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: questionMark)...]
            rest = rest[..<questionMark]
        }

        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        // libpq ends the user information at the first `@`; the last one also reads a password
        // with an unencoded `@` as written.
        var userInformation: Substring?
        if let at = rest.lastIndex(of: "@") {
            userInformation = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }

        var url = DatabaseURL()
        if let userInformation {
            try parseUserInformation(userInformation, into: &url)
        }
        url.hosts = try parseHosts(rest)
        if let path, !path.isEmpty {
            url.database = try decode(path, part: "database")
        }
        if let query {
            url.parameters = try parseQuery(query)
        }
        return url
    }

    private func parseUserInformation(_ text: Substring, into url: inout DatabaseURL) throws(DatabaseURLError) {
        let user: Substring
        if let colon = text.firstIndex(of: ":") {
            user = text[..<colon]
            url.password = try decode(text[text.index(after: colon)...], part: "password")
        } else {
            user = text
        }
        if !user.isEmpty {
            url.user = try decode(user, part: "user")
        }
    }

    private func parseHosts(_ text: Substring) throws(DatabaseURLError) -> [DatabaseURL.Host] {
        guard !text.isEmpty else {
            return []
        }
        var hosts: [DatabaseURL.Host] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            hosts.append(try parseHost(item))
        }
        return hosts
    }

    private func parseHost(_ text: Substring) throws(DatabaseURLError) -> DatabaseURL.Host {
        var name: Substring
        var port: Substring?
        if text.first == "[" {
            guard let close = text.firstIndex(of: "]") else {
                throw .invalidHost(String(text), redacted: redacted)
            }
            name = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.first == ":" else {
                    throw .invalidHost(String(text), redacted: redacted)
                }
                port = after.dropFirst()
            }
        } else if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            name = text
        }

        let decodedName = try decode(name, part: "host")
        guard let port, !port.isEmpty else {
            return DatabaseURL.Host(name: decodedName, port: nil)
        }
        return DatabaseURL.Host(name: decodedName, port: try parsePort(port))
    }

    private func parsePort(_ text: Substring) throws(DatabaseURLError) -> Int {
        guard text.allSatisfy(\.isASCIIDigit), let port = Int(text), (1...65_535).contains(port) else {
            throw .invalidPort(String(text), redacted: redacted)
        }
        return port
    }

    private func parseQuery(_ text: Substring) throws(DatabaseURLError) -> [DatabaseURL.Parameter] {
        var parameters: [DatabaseURL.Parameter] = []
        for item in text.split(separator: "&") {
            guard let equals = item.firstIndex(of: "=") else {
                throw .invalidParameter(String(item), redacted: redacted)
            }
            let name = try decode(item[..<equals], part: "parameter name")
            let value = try decode(item[item.index(after: equals)...], part: name)
            guard LibpqParameter.variables[name] != nil else {
                if LibpqParameter.withoutVariable.contains(name) {
                    throw .parameterWithoutVariable(name, redacted: redacted)
                }
                throw .unknownParameter(name, redacted: redacted)
            }
            if name == "sslmode", !LibpqParameter.sslModes.contains(value) {
                throw .invalidSSLMode(value, redacted: redacted)
            }
            if name == "port" {
                _ = try parsePort(Substring(value))
            }
            parameters.append(DatabaseURL.Parameter(name: name, value: value))
        }
        return parameters
    }

    private func decode(_ text: Substring, part: String) throws(DatabaseURLError) -> String {
        guard let decoded = PercentEncoding.decode(text) else {
            throw .invalidPercentEncoding(part: part, redacted: redacted)
        }
        return decoded
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
