import Foundation
import Testing
import VixenCore
import VixenReport

@Suite("JSON report")
struct JSONReportRendererTests {
    let renderer = JSONReportRenderer()

    /// Parses rendered JSON back into Foundation objects, where a JSON null becomes `NSNull`.
    private func parse(_ report: Report, language: Language = .english) throws -> [String: Any] {
        let text = renderer.render(report, language: language)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    private func entries(_ key: String, in object: [String: Any]) throws -> [[String: Any]] {
        try #require(object[key] as? [[String: Any]])
    }

    // MARK: Exact text

    @Test func singleWarningExactText() {
        let expected = """
            {
              "blocked" : false,
              "components" : [
                "DOCS"
              ],
              "files" : [
                {
                  "component" : "DOCS",
                  "path" : "docs/guide.md",
                  "status" : "modified"
                }
              ],
              "findings" : [
                {
                  "commit" : null,
                  "file" : "docs/guide.md",
                  "line" : null,
                  "message" : "12 MB is over the 5 MB limit; use Git LFS.",
                  "rule" : "git.file-too-large",
                  "severity" : "warning"
                }
              ],
              "language" : "en",
              "range" : {
                "base" : null,
                "commits" : 1,
                "head" : "5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80",
                "staged" : true,
                "worktree" : true
              },
              "summary" : {
                "baselined" : 0,
                "errors" : 0,
                "info" : 0,
                "warnings" : 1
              }
            }

            """
        #expect(renderer.render(ReportFixtures.singleWarning, language: .english) == expected)
    }

    @Test func emptyRangeExactText() {
        let expected = """
            {
              "blocked" : false,
              "components" : [

              ],
              "files" : [

              ],
              "findings" : [

              ],
              "language" : "es",
              "range" : {
                "base" : "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
                "commits" : 0,
                "head" : "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
                "staged" : false,
                "worktree" : false
              },
              "summary" : {
                "baselined" : 0,
                "errors" : 0,
                "info" : 0,
                "warnings" : 0
              }
            }

            """
        #expect(renderer.render(ReportFixtures.emptyRange, language: .spanish) == expected)
    }

    @Test func sameReportSameText() {
        let first = renderer.render(ReportFixtures.mixed, language: .english)
        let second = renderer.render(ReportFixtures.mixed, language: .english)
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
    }

    // MARK: Round trip

    @Test func topLevelKeysAndValues() throws {
        let object = try parse(ReportFixtures.mixed)

        #expect(
            Set(object.keys) == ["blocked", "components", "files", "findings", "range", "summary", "language"])
        #expect(object["blocked"] as? Bool == true)
        #expect(object["components"] as? [String] == ["DB", "MOBILE", "BE", "BILLING", "FE"])
        #expect(object["language"] as? String == "en")
    }

    @Test func fileEntries() throws {
        let files = try entries("files", in: try parse(ReportFixtures.mixed))

        #expect(files.count == 8)
        #expect(
            files.map { $0["path"] as? String } == [
                "mobile/App.swift", "notes.txt", "backend/app/main.py", "frontend/src/api/client.ts",
                "backend/migrations/versions/0003_orders.py", "billing/rates.py", "backend/app/config.py", "Makefile",
            ])
        #expect(
            files.map { $0["status"] as? String } == [
                "added", "deleted", "modified", "renamed", "added", "modified", "type-changed", "modified",
            ])
        #expect(files.map { $0["component"] as? String } == ["MOBILE", nil, "BE", "FE", "DB", "BILLING", "BE", nil])
        #expect(files[1]["component"] is NSNull)
        #expect(files[7]["component"] is NSNull)

        #expect(Set(files[3].keys) == ["path", "old_path", "status", "component"])
        #expect(files[3]["old_path"] as? String == "frontend/src/api.ts")
        for index in [0, 1, 2, 4, 5, 6, 7] {
            #expect(Set(files[index].keys) == ["path", "status", "component"], "file \(index)")
        }
    }

    @Test func renameWithoutOldPathWritesNull() throws {
        let files = try entries("files", in: try parse(ReportFixtures.unusual))

        #expect(Set(files[1].keys) == ["path", "old_path", "status", "component"])
        #expect(files[1]["old_path"] is NSNull)
    }

    @Test func findingEntries() throws {
        let findings = try entries("findings", in: try parse(ReportFixtures.mixed))

        #expect(findings.count == 6)
        for (index, finding) in findings.enumerated() {
            #expect(Set(finding.keys) == ["rule", "severity", "file", "line", "commit", "message"], "finding \(index)")
        }
        #expect(
            findings.map { $0["rule"] as? String } == [
                "migration.missing-downgrade", "secret.aws-access-key", "env.undocumented-variable",
                "git.range-truncated", "secret.private-key", "checklist.release-notes",
            ])
        #expect(findings.map { $0["severity"] as? String } == ["error", "error", "warning", "info", "error", "info"])
        #expect(findings.map { $0["line"] as? Int } == [14, 12, 3, nil, 1, nil])

        let secret = findings[1]
        #expect(secret["file"] as? String == "backend/app/main.py")
        #expect(secret["commit"] as? String == "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c")
        #expect(secret["message"] as? String == "AWS access key AKIA****MPLE; revoke it.")

        let wholeRange = findings[3]
        #expect(wholeRange["file"] is NSNull)
        #expect(wholeRange["line"] is NSNull)
        #expect(wholeRange["commit"] is NSNull)
    }

    @Test func rangeAndSummary() throws {
        let object = try parse(ReportFixtures.mixed)
        let range = try #require(object["range"] as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])

        #expect(Set(range.keys) == ["base", "head", "commits", "staged", "worktree"])
        #expect(range["base"] as? String == "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d")
        #expect(range["head"] as? String == "5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80")
        #expect(range["commits"] as? Int == 3)
        #expect(range["staged"] as? Bool == true)
        #expect(range["worktree"] as? Bool == false)

        #expect(Set(summary.keys) == ["errors", "warnings", "info", "baselined"])
        #expect(summary["errors"] as? Int == 3)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["info"] as? Int == 2)
        #expect(summary["baselined"] as? Int == 0)
    }

    @Test func summaryCountsBaselinedFindings() throws {
        let fixture = ReportFixtures.singleWarning
        let report = Report(
            scope: fixture.scope, components: fixture.components, files: fixture.files, findings: fixture.findings,
            baselined: 4)
        let summary = try #require(try parse(report)["summary"] as? [String: Any])
        #expect(summary["baselined"] as? Int == 4)
        #expect(summary["warnings"] as? Int == 1)
    }

    @Test func missingBaseAndHeadWriteNull() throws {
        let range = try #require(try parse(ReportFixtures.unusual)["range"] as? [String: Any])

        #expect(range["base"] is NSNull)
        #expect(range["head"] is NSNull)
        #expect(range["commits"] as? Int == 0)
        #expect(range["worktree"] as? Bool == true)
    }

    // MARK: Language

    @Test func spanishChangesOnlyMessagesAndLanguage() throws {
        var english = try parse(ReportFixtures.mixed, language: .english)
        var spanish = try parse(ReportFixtures.mixed, language: .spanish)

        #expect(spanish["language"] as? String == "es")
        let spanishMessages = try entries("findings", in: spanish).map { $0["message"] as? String }
        #expect(
            spanishMessages == [
                "downgrade() está vacío.", "Clave de AWS AKIA****MPLE; revócala.",
                "Falta PAYMENTS_URL en .env.example.",
                "Solo se leyeron los 500 commits más recientes.", "Clave privada añadida y borrada.",
                "Menciona el nuevo objetivo release.",
            ])

        english["language"] = nil
        spanish["language"] = nil
        english["findings"] = try entries("findings", in: english).map { $0.filter { $0.key != "message" } }
        spanish["findings"] = try entries("findings", in: spanish).map { $0.filter { $0.key != "message" } }
        #expect(NSDictionary(dictionary: english) == NSDictionary(dictionary: spanish))
    }

    // MARK: Escaping

    @Test func controlCharactersRoundTrip() throws {
        let text = renderer.render(ReportFixtures.unusual, language: .spanish)
        #expect(!text.utf8.contains(0x1B))
        #expect(text.contains(#""path" : "evil\u001b[31m.py""#))

        let object = try parse(ReportFixtures.unusual, language: .spanish)
        let files = try entries("files", in: object)
        let findings = try entries("findings", in: object)
        #expect(files[0]["path"] as? String == "evil\u{1B}[31m.py")
        #expect(findings[0]["file"] as? String == "evil\u{1B}[31m.py")
        #expect(findings[0]["message"] as? String == "primera línea\nsegunda línea\r\ntercera\u{7}")
    }
}
