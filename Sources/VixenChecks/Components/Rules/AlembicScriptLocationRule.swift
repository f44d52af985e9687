import VixenCore

/// DB: every file under a folder that an `alembic.ini` names as its `script_location`.
///
/// Every `alembic.ini` in the tree is read, and every section of it, so multi-database
/// setups with one section per database are covered. The location is relative to the
/// folder of the `alembic.ini`, and `%(here)s` stands for that folder, as in Alembic.
/// A package reference such as `myapp.db:migrations` names a folder inside a Python package,
/// found as the tree's `myapp/db/__init__.py` (at any depth, as under `src/`). Locations that
/// point outside the repository, absolute paths and other `%(name)s` interpolations are skipped.
struct AlembicScriptLocationRule: FolderRule {
    let component = Component.database
    private let folders: Set<String>

    init(snapshot: any RepositorySnapshot) throws {
        var folders = Set<String>()
        for path in snapshot.paths where RepositoryPath.name(of: Substring(path)) == "alembic.ini" {
            guard let bytes = try snapshot.contents(of: path) else {
                continue
            }
            let iniFolder = String(RepositoryPath.parent(of: Substring(path)) ?? "")
            let text = String(decoding: bytes, as: UTF8.self)
            for location in AlembicIniFile.scriptLocations(in: text) {
                if let folder = Self.resolve(location, iniFolder: iniFolder) {
                    folders.insert(folder)
                } else {
                    folders.formUnion(Self.resolvePackage(location, paths: snapshot.paths))
                }
            }
        }
        self.folders = folders
    }

    func claims(folder: Substring, path: String) -> Bool {
        folders.contains(String(folder))
    }

    /// Turns a `script_location` value into a repository-relative folder, or nil when it
    /// cannot be resolved inside the repository.
    static func resolve(_ location: String, iniFolder: String) -> String? {
        var value = location.replacing("%(here)s", with: ".")
        guard !value.contains("%(") else {
            return nil
        }
        value = value.replacing("%%", with: "%")
        guard !value.hasPrefix("/"), !value.contains(":") else {
            return nil
        }
        return RepositoryPath.resolve(value, in: iniFolder)
    }

    /// Resolves a `package:path` location to the folders of the tree that hold that package's
    /// path, or none when the package or the path is not in the tree.
    static func resolvePackage(_ location: String, paths: [String]) -> [String] {
        let parts = location.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains("/") else {
            return []
        }
        let packagePath = parts[0].replacing(".", with: "/")
        let marker = "/" + packagePath + "/__init__.py"
        var folders: [String] = []
        for path in paths where path == String(marker.dropFirst()) || path.hasSuffix(marker) {
            let packageFolder = String(path.dropLast("/__init__.py".count))
            guard let folder = RepositoryPath.resolve(String(parts[1]), in: packageFolder) else {
                continue
            }
            if paths.contains(where: { $0.hasPrefix(folder + "/") }) {
                folders.append(folder)
            }
        }
        return folders
    }
}
