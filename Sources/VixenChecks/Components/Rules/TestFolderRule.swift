import VixenCore

/// TESTS: every file under a folder named `tests`, `test`, `__tests__`, `e2e` or `spec`,
/// at any depth, so tests inside a component's folder are TESTS.
struct TestFolderRule: FolderRule {
    let component = Component.tests

    private static let names: Set<Substring> = ["tests", "test", "__tests__", "e2e", "spec"]

    func claims(folder: Substring, path: String) -> Bool {
        Self.names.contains(RepositoryPath.name(of: folder))
    }
}
