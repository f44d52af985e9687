import VixenCore

/// FE: every file under a folder that contains `package.json`.
///
/// A `package.json` inside `node_modules` belongs to an installed package and is ignored.
struct NodeAppRule: FolderRule {
    let component = Component.frontend
    private let folders: Set<String>

    init(paths: [String]) {
        var folders = Set<String>()
        for path in paths where !RepositoryPath.isInside(path, anyOf: ["node_modules"]) {
            guard RepositoryPath.name(of: Substring(path)) == "package.json" else {
                continue
            }
            if let folder = RepositoryPath.parent(of: Substring(path)) {
                folders.insert(String(folder))
            }
        }
        self.folders = folders
    }

    func claims(folder: Substring) -> Bool {
        folders.contains(String(folder))
    }
}
