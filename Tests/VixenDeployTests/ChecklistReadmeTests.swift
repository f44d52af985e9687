import Foundation
import Testing
import VixenCore
import VixenDeploy

/// The checklist tables of README.md and README.es.md, compared row by row with ``ChecklistMapping``
/// and the plan's own titles and details, so that the documentation cannot drift from the code.
struct ChecklistReadmeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One row of a README table: area, item, rules or people, and when the item is not applicable.
    struct Row {
        let cells: [String]
    }

    /// Returns the rows of the first table after `heading`, without the header and separator rows.
    static func tableRows(in file: String, after heading: String, header: String) throws -> [Row] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let section = try #require(lines.firstIndex(of: heading))
        let start = try #require(lines[section...].firstIndex { $0.hasPrefix(header) })
        let rows = lines[(start + 2)...].prefix { $0.hasPrefix("| ") }
        return rows.map { line in
            Row(cells: line.dropFirst(2).dropLast(2).components(separatedBy: " | "))
        }
    }

    /// Returns the code spans of a cell that name rules: those starting with a rule family.
    static func patterns(in cell: String) -> [String] {
        let families = RuleID.Family.allCases.map { $0.rawValue + "." }
        let spans = cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return spans.filter { span in families.contains { span.hasPrefix($0) } }
    }

    static func expectTable(_ rows: [Row], language: Language) throws {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py"])
        let text = PlanText(plan: plan, language: language)
        #expect(rows.count == ChecklistMapping.entries.count)
        for (row, item) in zip(rows, plan.checklist) {
            let entry = ChecklistMapping.entry(for: item.id)
            try #require(row.cells.count == 4)
            #expect(row.cells[0] == text.area(item.area))
            #expect(row.cells[1] == text.title(of: item))
            #expect(patterns(in: row.cells[2]) == entry.patterns.map(\.text))
            let absence = entry.subject?.absence ?? (item.id == .testsPass ? Catalog.planChecklistNoTestsNeeded() : nil)
            #expect(row.cells[3] == absence.map { $0(language) } ?? "-")
        }
    }

    @Test func englishTableMatchesMapping() throws {
        let rows = try Self.tableRows(
            in: "README.md", after: "## Pre-deployment checklist", header: "| Area | Item | Rules, or people |")
        try Self.expectTable(rows, language: .english)
    }

    @Test func spanishTableMatchesMapping() throws {
        let rows = try Self.tableRows(
            in: "README.es.md", after: "## Checklist previa al despliegue",
            header: "| Área | Punto | Reglas, o personas |")
        try Self.expectTable(rows, language: .spanish)
    }
}
