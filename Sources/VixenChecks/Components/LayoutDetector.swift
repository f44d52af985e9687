import VixenConfig
import VixenCore

/// Detects each path's component from the repository layout when none are configured.
///
/// ``ComponentResolver`` documents the precedence that the two rule lists encode.
struct LayoutDetector: Sendable {
    /// Checked first, in this order, and the first match wins.
    private let fileNameRules: [any FileNameRule]
    /// Checked for the path's folders from the deepest up.
    ///
    /// At the deepest folder that any rule claims, the first claiming rule in this order wins.
    private let folderRules: [any FolderRule]

    init(snapshot: any RepositorySnapshot) throws {
        let paths = snapshot.paths
        let python = PythonAppRule(paths: paths)
        fileNameRules = [TestFileRule(), OperationsFileRule(), DocumentationFileRule()]
        folderRules = [
            TestFolderRule(),
            MigrationsFolderRule(),
            try AlembicScriptLocationRule(snapshot: snapshot),
            OperationsFolderRule(),
            DocumentationFolderRule(),
            NodeAppRule(paths: paths, pythonRoots: python.folders),
            python,
        ]
    }

    func component(for path: String) -> Component? {
        for rule in fileNameRules where rule.matches(path: path) {
            return rule.component
        }

        var folder = RepositoryPath.parent(of: Substring(path))
        while let current = folder {
            for rule in folderRules where rule.claims(folder: current, path: path) {
                return rule.component
            }
            folder = RepositoryPath.parent(of: current)
        }
        return nil
    }
}
