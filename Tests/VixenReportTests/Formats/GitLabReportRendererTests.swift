import Foundation
import Testing
import VixenCore
import VixenReport

extension Formats {
    @Suite("GitLab Code Quality report")
    struct GitLabReportRendererTests {
        let renderer = GitLabReportRenderer()

        @Test func singleWarningInEnglish() {
            let expected = """
                [
                  {
                    "check_name" : "git.file-too-large",
                    "description" : "12 MB is over the 5 MB limit; use Git LFS.",
                    "fingerprint" : "9fe3f02288ba65b3aa40b91518a743326d4d4633c9ce0782d4cba53f96d92c0a",
                    "location" : {
                      "lines" : {
                        "begin" : 1
                      },
                      "path" : "docs/guide.md"
                    },
                    "severity" : "minor"
                  }
                ]

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .english) == expected)
        }

        @Test func singleWarningInSpanish() {
            let expected = """
                [
                  {
                    "check_name" : "git.file-too-large",
                    "description" : "12 MB supera el límite de 5 MB; usa Git LFS.",
                    "fingerprint" : "9fe3f02288ba65b3aa40b91518a743326d4d4633c9ce0782d4cba53f96d92c0a",
                    "location" : {
                      "lines" : {
                        "begin" : 1
                      },
                      "path" : "docs/guide.md"
                    },
                    "severity" : "minor"
                  }
                ]

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .spanish) == expected)
        }

        @Test func emptyReportIsEmptyArray() {
            #expect(renderer.render(ReportFixtures.emptyRange, language: .english) == "[\n\n]\n")
        }

        /// Checks every issue against the fields GitLab documents for a Code Quality report: `description`,
        /// `check_name`, `fingerprint`, `severity` (info, minor, major, critical or blocker), `location.path`
        /// and `location.lines.begin`, and that fingerprints are unique within the report.
        @Test func everyFixtureHasDocumentedFields() throws {
            let severities: Set<String> = ["info", "minor", "major", "critical", "blocker"]
            for (name, report) in ReportFixtures.all + [("escaping", FormatFixtures.escaping)] {
                for language in Language.allCases {
                    let issues = try JSONObjects.array(renderer.render(report, language: language))
                    #expect(issues.count == report.findings.count, "\(name)")
                    for issue in issues {
                        #expect(
                            Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
                        #expect((issue["description"] as? String)?.isEmpty == false, "\(name)")
                        #expect((issue["check_name"] as? String)?.isEmpty == false, "\(name)")
                        #expect((issue["fingerprint"] as? String)?.count == 64, "\(name)")
                        #expect((issue["severity"] as? String).map(severities.contains) == true, "\(name)")
                        #expect((JSONObjects.value(issue, ["location", "path"]) as? String)?.isEmpty == false)
                        #expect(
                            (JSONObjects.value(issue, ["location", "lines", "begin"]) as? Int).map { $0 >= 1 } == true)
                    }
                    let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
                    #expect(Set(fingerprints).count == fingerprints.count, "\(name)")
                }
            }
        }

        @Test func mixedSeveritiesAndLocations() throws {
            let issues = try JSONObjects.array(renderer.render(ReportFixtures.mixed, language: .spanish))
            let summary = issues.map { issue in
                [
                    issue["check_name"] as? String ?? "",
                    issue["severity"] as? String ?? "",
                    JSONObjects.value(issue, ["location", "path"]) as? String ?? "",
                    String(JSONObjects.value(issue, ["location", "lines", "begin"]) as? Int ?? 0),
                ]
            }
            #expect(
                summary == [
                    ["migration.missing-downgrade", "major", "backend/migrations/versions/0003_orders.py", "14"],
                    ["secret.aws-access-key", "critical", "backend/app/main.py", "12"],
                    ["env.undocumented-variable", "minor", "backend/app/main.py", "3"],
                    ["git.range-truncated", "info", ".", "1"],
                    ["secret.private-key", "critical", "tmp/id_rsa", "1"],
                    ["checklist.release-notes", "info", "Makefile", "1"],
                ])
            #expect(issues[1]["description"] as? String == "Clave de AWS AKIA****MPLE; revócala.")
        }

        @Test func samePathsAndFingerprintsInBothLanguages() throws {
            let english = try JSONObjects.array(renderer.render(ReportFixtures.mixed, language: .english))
            let spanish = try JSONObjects.array(renderer.render(ReportFixtures.mixed, language: .spanish))
            #expect(english.map { $0["fingerprint"] as? String } == spanish.map { $0["fingerprint"] as? String })
            #expect(english.map { $0["description"] as? String } != spanish.map { $0["description"] as? String })
        }

        @Test func fingerprintsMatchSARIF() throws {
            let issues = try JSONObjects.array(renderer.render(ReportFixtures.singleWarning, language: .english))
            let log = try JSONObjects.object(
                FormatFixtures.sarif.render(ReportFixtures.singleWarning, language: .english))
            let sarif = JSONObjects.value(log, ["runs", 0, "results", 0, "partialFingerprints", "vixenGateFinding/v1"])
            #expect(issues.first?["fingerprint"] as? String == sarif as? String)
        }
    }
}
