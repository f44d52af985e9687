import VixenCore

/// DB: every file under a folder that an `alembic.ini` names as its `script_location`.
///
/// Every `alembic.ini` in the tree is read, and every section of it, so multi-database
/// setups with one section per database are covered. The location is relative to the
/// folder of the `alembic.ini`, and `%(here)s` stands for that folder, as in Alembic.
/// Locations that point outside the repository, absolute paths, package references such as
/// `myapp:migrations` and other `%(name)s` interpolations are skipped.
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
        // NOTE: `package:path` locations name an installed package, which the tree alone
        // cannot locate.
        guard !value.hasPrefix("/"), !value.contains(":") else {
            return nil
        }
        return RepositoryPath.resolve(value, in: iniFolder)
    }
}
