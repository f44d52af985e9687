import VixenConfig

/// The folders of a repository's Alembic revision scripts, grouped by the history they share.
///
/// Configured `migrations.alembic.versions` folders form one history, as Alembic's
/// `version_locations` do. Otherwise every `alembic.ini` contributes `<script_location>/versions`,
/// resolved as the component rule resolves it, and folders named `versions` inside a folder
/// named `alembic` or `migrations` (Flask-Migrate's layout) count too, each a history of its own.
// NOTE: `version_locations` in `alembic.ini` is not read; configure those folders instead.
struct AlembicLayout: Sendable {
    private let histories: [[String]]
    private let detectsDefaultFolders: Bool

    init(settings: Configuration.MigrationSettings, tree: MigrationTree) throws {
        if let folders = settings.versionFolders {
            histories = [folders]
            detectsDefaultFolders = false
            return
        }
        var histories: [[String]] = []
        for path in tree.paths where MigrationPaths.name(of: path) == "alembic.ini" {
            guard let bytes = try tree.contents(of: path) else {
                continue
            }
            let iniFolder = MigrationPaths.folder(of: path)
            for location in AlembicIniFile.scriptLocations(in: String(decoding: bytes, as: UTF8.self)) {
                var folders: [String] = []
                if let folder = AlembicScriptLocationRule.resolve(location, iniFolder: iniFolder) {
                    folders = [folder]
                } else {
                    folders = AlembicScriptLocationRule.resolvePackage(location, paths: tree.paths)
                }
                histories += folders.map { [MigrationPaths.join($0, "versions")] }
            }
        }
        self.histories = histories
        detectsDefaultFolders = true
    }

    /// Returns the folders whose revisions share a history with the script at `path`, or nil
    /// when `path` is no revision script's place.
    func history(of path: String) -> [String]? {
        guard path.hasSuffix(".py"), !MigrationPaths.name(of: path).hasPrefix("__") else {
            return nil
        }
        if let folders = histories.first(where: { $0.contains { Self.isInside(path, $0) } }) {
            return folders
        }
        guard detectsDefaultFolders else {
            return nil
        }
        var folder = MigrationPaths.folder(of: path)
        while !folder.isEmpty {
            let parent = MigrationPaths.folder(of: folder)
            let parentName = MigrationPaths.name(of: parent)
            if MigrationPaths.name(of: folder) == "versions", !parent.isEmpty,
                parentName == "alembic" || parentName == "migrations"
            {
                return [folder]
            }
            folder = parent
        }
        return nil
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder.isEmpty || path.hasPrefix(folder + "/")
    }
}
