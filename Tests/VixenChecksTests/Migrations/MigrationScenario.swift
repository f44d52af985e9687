import Foundation
import VixenChecks
import VixenConfig
import VixenCore

/// A range built in memory: the files at its base and at its head, and the configuration.
///
/// The change set lists every file that differs. An added file's lines are all added. A
/// modified file's added lines are those that differ from the base's line with the same
/// number, which is enough for the checks to place an edit.
struct MigrationScenario {
    /// The files at the base, or nil for a range that starts at the root commit.
    var base: [String: String]?
    var head: [String: String]
    /// The text of `.vixen-gate.yml`.
    var configuration = ""

    init(base: [String: String]? = [:], head: [String: String], configuration: String = "") {
        self.base = base
        self.head = head
        self.configuration = configuration
    }

    /// Returns the findings of the migration check through the check engine, so severities
    /// and inline suppression apply as in a real run.
    func findings() throws -> [Finding] {
        let configuration = try Configuration.parse(bytes: Array(self.configuration.utf8), source: ".vixen-gate.yml")
        let resolver = try ComponentResolver(configuration: configuration, snapshot: InMemorySnapshot(files: head))
        let context = CheckContext(
            changes: changeSet(), components: resolver, configuration: configuration,
            head: InMemorySnapshot(files: head), base: base.map { InMemorySnapshot(files: $0) })
        return try CheckEngine(checks: [MigrationsCheck()]).run(context)
    }

    /// Returns `rule @ file:line` for every finding.
    func summary() throws -> [String] {
        try findings().map { "\($0.rule) @ \($0.file ?? "-"):\($0.line.map(String.init) ?? "-")" }
    }

    private func changeSet() -> ChangeSet {
        let old = base ?? [:]
        var files: [FileChange] = []
        for path in Set(old.keys).union(head.keys).sorted() {
            switch (old[path], head[path]) {
            case (nil, let new?):
                files.append(Self.change(path, .added, added: Self.lines(new).enumerated().map { ($0 + 1, $1) }))
            case (let previous?, let new?) where previous != new:
                let before = Self.lines(previous)
                let changed = Self.lines(new).enumerated().filter { $0 >= before.count || before[$0] != $1 }
                files.append(Self.change(path, .modified, added: changed.map { ($0 + 1, $1) }))
            case (.some, nil):
                files.append(Self.change(path, .deleted, added: []))
            default:
                continue
            }
        }
        let commit = CommitChange(
            id: ObjectID(hex: String(repeating: "c", count: 40)), parents: [], summary: "Change", authorName: "A",
            time: Date(timeIntervalSince1970: 0), files: files)
        let baseID = base == nil ? nil : ObjectID(hex: String(repeating: "b", count: 40))
        return ChangeSet(base: baseID, head: commit.id, diffBase: baseID, commits: [commit], overall: files)
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if text.hasSuffix("\n") {
            lines.removeLast()
        }
        return lines
    }

    private static func change(_ path: String, _ status: FileChange.Status, added: [(Int, String)]) -> FileChange {
        var builder = AddedTextBuilder()
        for (number, line) in added {
            Array(line.utf8).withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        return FileChange(path: path, status: status, content: .text(builder.build()), size: 0)
    }
}

/// Texts of migration files for the examples.
enum MigrationTexts {
    /// Returns an Alembic revision script whose functions have the given bodies, one statement
    /// per line; a nil `downgrade` leaves the function out.
    static func alembic(
        _ revision: String, down: String? = nil,
        upgrade: [String] = ["op.add_column(\"users\", sa.Column(\"age\", sa.Integer()))"],
        downgrade: [String]? = ["op.drop_column(\"users\", \"age\")"], header: [String] = []
    ) -> String {
        var lines = [
            "\"\"\"Revision \(revision).\"\"\"",
            "import sqlalchemy as sa",
            "from alembic import op",
            "",
            "revision = \"\(revision)\"",
            "down_revision = \(down.map { "\"\($0)\"" } ?? "None")",
        ]
        lines += header
        lines += ["", "", "def upgrade():"] + upgrade.map { "    " + $0 }
        if let downgrade {
            lines += ["", "", "def downgrade():"] + downgrade.map { "    " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns a Django migration with the given operations, one per line.
    static func django(_ operations: [String], atomic: Bool = true) -> String {
        var lines = [
            "from django.db import migrations",
            "",
            "",
            "def forwards(apps, schema_editor):",
            "    pass",
            "",
            "",
            "def backwards(apps, schema_editor):",
            "    pass",
            "",
            "",
            "class Migration(migrations.Migration):",
        ]
        if !atomic {
            lines.append("    atomic = False")
        }
        lines += ["    dependencies = [(\"shop\", \"0001_initial\")]", "    operations = ["]
        lines += operations.map { "        " + $0 + "," }
        lines.append("    ]")
        return lines.joined(separator: "\n") + "\n"
    }
}
