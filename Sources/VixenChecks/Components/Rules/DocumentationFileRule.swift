import VixenConfig
import VixenCore

/// DOCS: documentation files, recognized by name in any folder: `*.md`, `*.rst`, `*.adoc`,
/// `LICENSE*` and `CHANGELOG*`.
struct DocumentationFileRule: FileNameRule {
    let component = Component.docs

    private static let globs = RepositoryPath.builtInGlobs(["*.md", "*.rst", "*.adoc", "LICENSE*", "CHANGELOG*"])

    func matches(path: String) -> Bool {
        Self.globs.contains { $0.matches(path) }
    }
}
