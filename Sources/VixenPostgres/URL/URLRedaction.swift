/// Hides the password in the text of a database URL, even one that cannot be parsed, so an error
/// message can quote what the user wrote.
enum URLRedaction {
    static let mask = "***"

    /// Returns `text` with the password of its user information, and the value of every
    /// `password=` parameter, replaced by `***`.
    ///
    /// The user information is taken to end at the last `@` of the whole text, which hides more
    /// than needed when a later part contains an `@`, and never less: a password with an
    /// unencoded `/`, `?` or `@` is hidden whole.
    static func redact(_ text: String) -> String {
        var result = redactUserPassword(text)
        result = redactPasswordParameters(result)
        return result
    }

    private static func redactUserPassword(_ text: String) -> String {
        guard let schemeEnd = text.firstRange(of: "://"),
            let at = text[schemeEnd.upperBound...].lastIndex(of: "@")
        else {
            return text
        }
        let userInformation = text[schemeEnd.upperBound..<at]
        guard let colon = userInformation.firstIndex(of: ":") else {
            return text
        }
        return String(text[..<text.index(after: colon)]) + mask + String(text[at...])
    }

    /// Hides the value after every `password=` (which includes `sslpassword=`) up to the next `&`,
    /// space or end, as written in a URL's query or in a keyword/value connection string.
    private static func redactPasswordParameters(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: "password=") {
            result += rest[..<range.upperBound] + mask
            rest = rest[range.upperBound...]
            rest = rest[(rest.firstIndex { $0 == "&" || $0 == " " } ?? rest.endIndex)...]
        }
        return result + rest
    }
}

extension DatabaseURL {
    /// Returns `text` with the password hidden in every `postgres://` or `postgresql://` URL it
    /// contains, such as a usage error that quotes an argument.
    ///
    /// A URL is taken to end at the next whitespace or quote character.
    public static func redactingURLs(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: /postgres(ql)?:\/\//.ignoresCase()) {
            result += rest[..<start.lowerBound]
            let url = rest[start.lowerBound...].prefix { !$0.isWhitespace && $0 != "'" && $0 != "\"" }
            result += URLRedaction.redact(String(url))
            rest = rest[url.endIndex...]
        }
        return result + rest
    }
}
