import VixenCore

/// FE: every file under a folder that contains `package.json`.
///
/// A `package.json` inside `node_modules` belongs to an installed package and is ignored.
/// A folder that is also a Python app root, as when a Python project keeps its JavaScript
/// tooling at the root, gives FE only the files of the JavaScript ecosystem (see
/// ``FrontendFile``) and leaves the rest to the Python app.
struct NodeAppRule: FolderRule {
    let component = Component.frontend
    private let folders: Set<String>
    private let sharedWithPython: Set<String>

    init(paths: [String], pythonRoots: Set<String>) {
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
        self.sharedWithPython = folders.intersection(pythonRoots)
    }

    func claims(folder: Substring, path: String) -> Bool {
        let name = String(folder)
        guard folders.contains(name) else {
            return false
        }
        return !sharedWithPython.contains(name) || FrontendFile.matches(path)
    }
}
