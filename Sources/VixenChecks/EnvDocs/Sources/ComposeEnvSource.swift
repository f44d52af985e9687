import VixenSyntax

/// Docker Compose reads: `${X}`, `${X:-default}`, `${X:?error}` and `$X` anywhere in a compose
/// file, with `$$` as a literal `$`.
///
/// Compose files are `compose.yaml`, `compose.yml`, `docker-compose.yaml`, `docker-compose.yml`
/// and their variants such as `compose.override.yml` or `docker-compose.prod.yml`. A
/// `${X:?error}` or `${X?error}` read is required: Compose stops when `X` is unset.
struct ComposeEnvSource: EnvSource {
    func handles(_ path: String) -> Bool {
        Self.isComposeFile(path)
    }

    static func isComposeFile(_ path: String) -> Bool {
        let name = EnvSources.fileName(path).lowercased()
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else {
            return false
        }
        return name.hasPrefix("compose.") || name.hasPrefix("docker-compose.") || name.hasPrefix("docker-compose-")
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        let references = VariableReferenceScanner(dialect: .compose).references(in: bytes)
        return EnvFileReads(
            reads: references.map {
                EnvRead(name: $0.name, path: path, line: $0.line, origin: .compose, isRequired: $0.form == .required)
            })
    }
}
