import VixenCore

/// DB: every file under a folder named `migrations`, at any depth, and under
/// `alembic/versions`, Alembic's default folder for revision scripts.
///
/// This finds Django and Flask-Migrate migrations and Alembic revisions without reading any
/// configuration. ``AlembicScriptLocationRule`` covers Alembic setups with other names.
struct MigrationsFolderRule: FolderRule {
    let component = Component.database

    func claims(folder: Substring, path: String) -> Bool {
        let name = RepositoryPath.name(of: folder)
        if name == "migrations" {
            return true
        }
        guard name == "versions", let parent = RepositoryPath.parent(of: folder) else {
            return false
        }
        return RepositoryPath.name(of: parent) == "alembic"
    }
}
