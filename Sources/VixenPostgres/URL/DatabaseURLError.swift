import VixenCore

/// A database URL that cannot be parsed.
///
/// Every case carries the URL already redacted, so no message built from it shows a password.
public enum DatabaseURLError: Error, Sendable, Equatable {
    /// The text does not start with `postgresql://` or `postgres://`.
    case unsupportedScheme(redacted: String)
    /// A `%` is not followed by two hexadecimal digits, or the decoded bytes are not UTF-8.
    case invalidPercentEncoding(part: String, redacted: String)
    /// A port is not a whole number from 1 to 65535.
    case invalidPort(String, redacted: String)
    /// An IPv6 address lacks its closing bracket, or something other than `:port` follows it.
    case invalidHost(String, redacted: String)
    /// A query item has no `=`.
    case invalidParameter(String, redacted: String)
    /// A query parameter that libpq does not define.
    case unknownParameter(String, redacted: String)
    /// A libpq parameter that has no environment variable, so the tools cannot receive it.
    case parameterWithoutVariable(String, redacted: String)
    /// An `sslmode` value that libpq does not define.
    case invalidSSLMode(String, redacted: String)

    public var message: LocalizedText {
        switch self {
        case .unsupportedScheme(let redacted):
            Catalog.postgresURLUnsupportedScheme(redacted)
        case .invalidPercentEncoding(let part, let redacted):
            Catalog.postgresURLInvalidPercentEncoding(part: part, url: redacted)
        case .invalidPort(let port, let redacted):
            Catalog.postgresURLInvalidPort(port, url: redacted)
        case .invalidHost(let host, let redacted):
            Catalog.postgresURLInvalidHost(host, url: redacted)
        case .invalidParameter(let item, let redacted):
            Catalog.postgresURLInvalidParameter(item, url: redacted)
        case .unknownParameter(let name, let redacted):
            Catalog.postgresURLUnknownParameter(name, url: redacted, known: LibpqParameter.names)
        case .parameterWithoutVariable(let name, let redacted):
            Catalog.postgresURLParameterWithoutVariable(name, url: redacted)
        case .invalidSSLMode(let value, let redacted):
            Catalog.postgresURLInvalidSSLMode(value, url: redacted, accepted: LibpqParameter.sslModes)
        }
    }
}
