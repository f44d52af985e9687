/// Writes a ``DatabaseURL`` back as text, with every part percent-encoded.
struct DatabaseURLRenderer {
    let url: DatabaseURL
    /// Writes `***` in place of the password and of secret parameters.
    let hidesSecrets: Bool

    func render() -> String {
        var text = "postgresql://"
        if url.user != nil || url.password != nil {
            text += url.user.map(PercentEncoding.encode) ?? ""
            if let password = url.password {
                text += ":" + (hidesSecrets ? URLRedaction.mask : PercentEncoding.encode(password))
            }
            text += "@"
        }
        text += url.hosts.map(render).joined(separator: ",")
        if let database = url.database {
            text += "/" + PercentEncoding.encode(database)
        }
        if !url.parameters.isEmpty {
            text += "?" + url.parameters.map(render).joined(separator: "&")
        }
        return text
    }

    private func render(_ host: DatabaseURL.Host) -> String {
        let name = host.name.contains(":") ? "[\(host.name)]" : PercentEncoding.encode(host.name)
        guard let port = host.port else {
            return name
        }
        return "\(name):\(port)"
    }

    private func render(_ parameter: DatabaseURL.Parameter) -> String {
        let value = hidesSecrets && LibpqParameter.isSecret(parameter.name) ? URLRedaction.mask : parameter.value
        let encodedValue = value == URLRedaction.mask ? value : PercentEncoding.encode(value)
        return PercentEncoding.encode(parameter.name) + "=" + encodedValue
    }
}
