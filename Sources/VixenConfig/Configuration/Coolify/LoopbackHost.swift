/// The hosts that plain `http://` may reach: this machine only.
///
/// Every other host needs `https://`, because a bearer token or a webhook URL sent in clear can be
/// read on the way. The configuration rejects other `http://` URLs, and the HTTP client rejects
/// them again before connecting.
public enum LoopbackHost {
    public static let names: Set<String> = ["127.0.0.1", "::1", "localhost"]

    /// Returns whether `host` names this machine, ignoring case and the brackets of an IPv6 address.
    public static func contains(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") {
            name = String(name.dropFirst().dropLast())
        }
        return names.contains(name)
    }
}
