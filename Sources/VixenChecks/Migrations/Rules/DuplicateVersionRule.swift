import VixenCore

/// `migration.duplicate-version` (error): a migration the range adds has the version of
/// another migration file in its folder, such as `0003_a.up.sql` beside `0003_b.up.sql`.
///
/// Versions compare as each framework reads them from file names, so `V1.1__a.sql` and
/// `V1_1__b.sql` clash in Flyway, and a goose `.go` migration clashes with a `.sql` one.
/// Alembic revisions are compared by ``AlembicHistoryRule``.
enum DuplicateVersionRule {
    static func findings(for added: [Migration], finder: MigrationFinder, tree: MigrationTree) -> [Finding] {
        var findings: [Finding] = []
        for migration in added {
            guard let version = migration.version, let reader = finder.reader(of: migration.framework) else {
                continue
            }
            let siblings = tree.files(in: MigrationPaths.folder(of: migration.path))
            let clash = siblings.first { path in
                path != migration.path && reader.version(ofFileName: MigrationPaths.name(of: path)) == version
            }
            guard let clash else {
                continue
            }
            let rule = MigrationRule.duplicateVersion
            findings.append(
                Finding(
                    rule: rule.rule, severity: rule.defaultSeverity, file: migration.path, line: migration.line,
                    message: Catalog.migrationDuplicateVersion(path: migration.path, version: version, otherPath: clash)
                ))
        }
        return findings
    }
}
