import Foundation

/// The checks every URL of the `coolify` section passes, and the form in which a secret URL is shown.
public enum URLRule {
    /// Why a URL is rejected.
    public enum Failure: Error, Sendable, Equatable {
        /// Not an absolute `http` or `https` URL with a host.
        case invalid
        /// `http://` to a host other than this machine.
        case plainHTTP
        /// A user name or password before the host, which would put a credential in clear.
        case credentials
        /// A query or fragment where only a base address fits.
        case notABase
    }

    /// Checks `text` and returns it without trailing slashes when `isBase` is true.
    ///
    /// - Parameter isBase: True for addresses that paths are joined to, which may not have a query
    ///   or a fragment.
    public static func check(_ text: String, isBase: Bool) throws(Failure) -> String {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            throw .invalid
        }
        guard url.user == nil, url.password == nil else {
            throw .credentials
        }
        guard scheme == "https" || LoopbackHost.contains(host) else {
            throw .plainHTTP
        }
        guard isBase else {
            return text
        }
        guard url.query == nil, url.fragment == nil else {
            throw .notABase
        }
        var base = Substring(text)
        while base.hasSuffix("/") {
            base = base.dropLast()
        }
        return String(base)
    }

    /// Returns the scheme and host of a URL that may contain a credential, such as a chat webhook,
    /// with the rest replaced by `/…`.
    public static func redacted(_ text: String) -> String {
        guard let url = URL(string: text), let scheme = url.scheme, let host = url.host else {
            return "…"
        }
        let port = url.port.map { ":\($0)" } ?? ""
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost)\(port)/…"
    }
}
