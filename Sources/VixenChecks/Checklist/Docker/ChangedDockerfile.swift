import VixenSyntax

/// A changed Dockerfile, parsed from its latest version.
public struct ChangedDockerfile: Sendable {
    public let path: String
    public let dockerfile: Dockerfile

    init(_ file: ChangedFile, bytes: [UInt8]) {
        path = file.change.path
        dockerfile = Dockerfile(bytes: bytes)
    }

    /// Extensions that make a `Dockerfile.<name>` a file about a Dockerfile rather than one.
    static let notDockerfileExtensions: Set<String> = ["dockerignore", "md", "txt", "rst", "adoc"]

    /// Returns whether a path names a Dockerfile: `Dockerfile`, `Dockerfile.<name>` or
    /// `<name>.Dockerfile`, in any case, but not a Dockerfile's own `.dockerignore` or its
    /// documentation (`Dockerfile.md`).
    static func isDockerfile(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        let fileExtension = name.split(separator: ".").last.map(String.init) ?? ""
        guard !notDockerfileExtensions.contains(fileExtension) else {
            return false
        }
        return name == "dockerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile")
    }

    /// The folder that contains the Dockerfile, relative to the repository root; empty for the root.
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else {
            return ""
        }
        return String(path[..<slash])
    }

    /// The final stage and the earlier stages it builds on, nearest first; empty without `FROM`.
    var finalLineage: [DockerStage] {
        dockerfile.finalStage.map { dockerfile.lineage(of: $0) } ?? []
    }
}
