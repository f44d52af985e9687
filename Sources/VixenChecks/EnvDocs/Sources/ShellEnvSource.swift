import VixenSyntax

/// Shell scripts in deploy and CI folders: `${X:?message}` and `${X?message}`, which stop the
/// script when `X` is unset.
///
/// Other references are not listed, because a script's own variables look the same as the
/// environment's. The folders are those named `deploy`, `deployment`, `deployments`, `ci`,
/// `.ci`, `.github`, `.gitlab`, `.circleci`, `infra` and `ops`, at any depth, and the files are
/// `*.sh` and `*.bash`.
struct ShellEnvSource: EnvSource {
    static let folders: Set<String> = [
        "deploy", "deployment", "deployments", "ci", ".ci", ".github", ".gitlab", ".circleci", "infra", "ops",
    ]

    func handles(_ path: String) -> Bool {
        guard let fileExtension = EnvSources.fileExtension(path), fileExtension == "sh" || fileExtension == "bash"
        else {
            return false
        }
        return path.split(separator: "/").dropLast().contains { Self.folders.contains($0.lowercased()) }
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        let references = VariableReferenceScanner(dialect: .shell).references(in: bytes)
        return EnvFileReads(
            reads: references.filter { $0.form == .required }.map {
                EnvRead(name: $0.name, path: path, line: $0.line, origin: .shell, isRequired: true)
            })
    }
}
