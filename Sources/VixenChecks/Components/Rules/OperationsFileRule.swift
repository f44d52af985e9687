import VixenConfig
import VixenCore

/// OPS: container and CI files, recognized by name in any folder.
///
/// Matches `Dockerfile`, `Dockerfile.*`, `*.dockerfile` and `*.Dockerfile`, `.dockerignore`,
/// `docker-compose*.yml` and `compose*.yml` (and their `.yaml` forms), `Jenkinsfile` and
/// `.gitlab-ci.yml`.
struct OperationsFileRule: FileNameRule {
    let component = Component.operations

    private static let globs = RepositoryPath.builtInGlobs([
        "Dockerfile", "Dockerfile.*", "*.dockerfile", "*.Dockerfile", ".dockerignore",
        "docker-compose*.yml", "docker-compose*.yaml", "compose*.yml", "compose*.yaml",
        "Jenkinsfile", ".gitlab-ci.yml",
    ])

    func matches(path: String) -> Bool {
        Self.globs.contains { $0.matches(path) }
    }
}
