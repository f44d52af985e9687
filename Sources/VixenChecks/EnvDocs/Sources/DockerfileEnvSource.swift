import VixenSyntax

/// Dockerfile reads: every `ARG` is a build argument the build reads, and a `$NAME` in an `ENV`
/// or `ARG` value reads `NAME` unless an earlier `ARG` or `ENV` of the file declares it.
///
/// An `ENV NAME=value` with a literal value sets the variable in the image rather than reading
/// it, so it is not listed. Docker's predefined build arguments (the proxy variables and the
/// `TARGET*` and `BUILD*` platform arguments, as the Dockerfile reference lists them) need no
/// declaration from the team and are left out.
// NOTE: declarations are tracked over the whole file rather than per stage, so a value that uses
// an argument declared only in an earlier stage is not listed.
struct DockerfileEnvSource: EnvSource {
    static let predefinedArguments: Set<String> = [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM",
        "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ]

    func handles(_ path: String) -> Bool {
        ChangedDockerfile.isDockerfile(path)
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        let dockerfile = Dockerfile(bytes: bytes)
        let scanner = VariableReferenceScanner(dialect: .shell)
        var declared = Set<String>()
        var reads: [EnvRead] = []
        for instruction in dockerfile.instructions {
            let values =
                instruction.declaredArguments.compactMap(\.defaultValue) + instruction.environmentPairs.map(\.value)
            for value in values {
                for reference in scanner.references(in: Array(value.utf8)) where !declared.contains(reference.name) {
                    reads.append(read(reference.name, path: path, line: instruction.line))
                }
            }
            for argument in instruction.declaredArguments where !Self.predefinedArguments.contains(argument.name) {
                reads.append(read(argument.name, path: path, line: instruction.line))
                declared.insert(argument.name)
            }
            for pair in instruction.environmentPairs {
                declared.insert(pair.name)
            }
        }
        return EnvFileReads(reads: reads)
    }

    private func read(_ name: String, path: String, line: Int) -> EnvRead {
        EnvRead(name: name, path: path, line: line, origin: .dockerfile)
    }
}
