import VixenCore

/// BE: every file under a Python app root, a folder that contains `pyproject.toml`,
/// `setup.py`, `setup.cfg`, `Pipfile` or a `requirements*.txt` file.
///
/// Markers inside `node_modules`, `.venv` or `venv` are ignored, because those folders hold
/// installed packages, not the team's apps. A marker at the root makes the whole repository
/// a Python app, so every file that no other rule claims is BE.
struct PythonAppRule: FolderRule {
    let component = Component.backend
    let folders: Set<String>

    private static let markers: Set<String> = ["pyproject.toml", "setup.py", "setup.cfg", "Pipfile"]
    private static let ignoredFolders: Set<String> = ["node_modules", ".venv", "venv"]

    init(paths: [String]) {
        var folders = Set<String>()
        for path in paths where !RepositoryPath.isInside(path, anyOf: Self.ignoredFolders) {
            let name = RepositoryPath.name(of: Substring(path))
            let isRequirements = name.hasPrefix("requirements") && name.hasSuffix(".txt")
            guard Self.markers.contains(String(name)) || isRequirements else {
                continue
            }
            if let folder = RepositoryPath.parent(of: Substring(path)) {
                folders.insert(String(folder))
            }
        }
        self.folders = folders
    }

    func claims(folder: Substring, path: String) -> Bool {
        folders.contains(String(folder))
    }
}
