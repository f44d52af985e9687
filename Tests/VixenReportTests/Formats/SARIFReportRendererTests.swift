import Foundation
import Testing
import VixenCore

@testable import VixenReport

extension Formats {
    @Suite("SARIF report")
    struct SARIFReportRendererTests {
        let renderer = FormatFixtures.sarif

        private func run(_ report: Report, renderer: SARIFReportRenderer? = nil, language: Language = .english)
            throws -> [String: Any]
        {
            let log = try JSONObjects.object((renderer ?? self.renderer).render(report, language: language))
            return try #require(JSONObjects.value(log, ["runs", 0]) as? [String: Any])
        }

        private func results(of run: [String: Any]) throws -> [[String: Any]] {
            try #require(run["results"] as? [[String: Any]])
        }

        private func notifications(of run: [String: Any]) -> [String] {
            let list = JSONObjects.value(run, ["invocations", 0, "toolExecutionNotifications"]) as? [[String: Any]]
            return (list ?? []).compactMap { JSONObjects.value($0, ["message", "text"]) as? String }
        }

        // MARK: Exact text

        @Test func singleWarningInEnglish() {
            let expected = """
                {
                  "$schema" : "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
                  "runs" : [
                    {
                      "language" : "en",
                      "results" : [
                        {
                          "level" : "warning",
                          "locations" : [
                            {
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : "docs/guide.md",
                                  "uriBaseId" : "%SRCROOT%"
                                }
                              }
                            }
                          ],
                          "message" : {
                            "text" : "12 MB is over the 5 MB limit; use Git LFS."
                          },
                          "partialFingerprints" : {
                            "vixenGateFinding/v1" : "9fe3f02288ba65b3aa40b91518a743326d4d4633c9ce0782d4cba53f96d92c0a"
                          },
                          "ruleId" : "git.file-too-large",
                          "ruleIndex" : 0
                        }
                      ],
                      "tool" : {
                        "driver" : {
                          "informationUri" : "https://example.invalid/vixen-gate",
                          "name" : "vixen-gate",
                          "rules" : [
                            {
                              "defaultConfiguration" : {
                                "level" : "warning"
                              },
                              "fullDescription" : {
                                "text" : "A file over the size limit was listed but not read."
                              },
                              "help" : {
                                "text" : "Use Git LFS."
                              },
                              "id" : "git.file-too-large",
                              "properties" : {
                                "tags" : [
                                  "git"
                                ]
                              },
                              "shortDescription" : {
                                "text" : "File too large to read"
                              }
                            }
                          ],
                          "semanticVersion" : "1.2.3",
                          "version" : "1.2.3"
                        }
                      }
                    }
                  ],
                  "version" : "2.1.0"
                }

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .english) == expected)
        }

        @Test func singleWarningInSpanish() {
            let expected = """
                {
                  "$schema" : "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
                  "runs" : [
                    {
                      "language" : "es",
                      "results" : [
                        {
                          "level" : "warning",
                          "locations" : [
                            {
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : "docs/guide.md",
                                  "uriBaseId" : "%SRCROOT%"
                                }
                              }
                            }
                          ],
                          "message" : {
                            "text" : "12 MB supera el límite de 5 MB; usa Git LFS."
                          },
                          "partialFingerprints" : {
                            "vixenGateFinding/v1" : "9fe3f02288ba65b3aa40b91518a743326d4d4633c9ce0782d4cba53f96d92c0a"
                          },
                          "ruleId" : "git.file-too-large",
                          "ruleIndex" : 0
                        }
                      ],
                      "tool" : {
                        "driver" : {
                          "informationUri" : "https://example.invalid/vixen-gate",
                          "name" : "vixen-gate",
                          "rules" : [
                            {
                              "defaultConfiguration" : {
                                "level" : "warning"
                              },
                              "fullDescription" : {
                                "text" : "Un archivo que supera el límite se listó pero no se leyó."
                              },
                              "help" : {
                                "text" : "Use Git LFS."
                              },
                              "id" : "git.file-too-large",
                              "properties" : {
                                "tags" : [
                                  "git"
                                ]
                              },
                              "shortDescription" : {
                                "text" : "Archivo demasiado grande para leerlo"
                              }
                            }
                          ],
                          "semanticVersion" : "1.2.3",
                          "version" : "1.2.3"
                        }
                      }
                    }
                  ],
                  "version" : "2.1.0"
                }

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .spanish) == expected)
        }

        @Test func sameReportSameText() {
            for (name, report) in ReportFixtures.all {
                let first = renderer.render(report, language: .spanish)
                #expect(renderer.render(report, language: .spanish) == first, "\(name)")
            }
        }

        // MARK: Results and rules

        @Test func resultsFollowReportOrder() throws {
            let run = try run(ReportFixtures.mixed)
            let results = try results(of: run)
            #expect(
                results.compactMap { $0["ruleId"] as? String } == [
                    "migration.missing-downgrade", "secret.aws-access-key", "env.undocumented-variable",
                    "secret.private-key", "checklist.release-notes",
                ])
            #expect(results.compactMap { $0["level"] as? String } == ["error", "error", "warning", "error", "note"])
        }

        @Test func resultHasOneLocationUnderSourceRoot() throws {
            let results = try results(of: try run(ReportFixtures.mixed))
            let first = try #require(results.first)
            let locations = try #require(first["locations"] as? [[String: Any]])
            #expect(locations.count == 1)
            let artifact = JSONObjects.value(first, ["locations", 0, "physicalLocation", "artifactLocation"])
            let artifactObject = try #require(artifact as? [String: Any])
            #expect(artifactObject["uri"] as? String == "backend/migrations/versions/0003_orders.py")
            #expect(artifactObject["uriBaseId"] as? String == "%SRCROOT%")
            #expect(
                JSONObjects.value(first, ["locations", 0, "physicalLocation", "region", "startLine"]) as? Int == 14)
        }

        @Test func findingWithoutLineHasNoRegion() throws {
            let results = try results(of: try run(ReportFixtures.mixed))
            let makefile = try #require(results.first { $0["ruleId"] as? String == "checklist.release-notes" })
            #expect(JSONObjects.value(makefile, ["locations", 0, "physicalLocation", "region"]) == nil)
        }

        @Test func rangeFindingBecomesNotification() throws {
            let run = try run(ReportFixtures.mixed)
            let results = try results(of: run)
            #expect(!results.contains { $0["ruleId"] as? String == "git.range-truncated" })
            #expect(notifications(of: run) == ["Only the newest 500 commits were read."])

            let notification = JSONObjects.value(run, ["invocations", 0, "toolExecutionNotifications", 0])
            #expect(JSONObjects.value(notification as Any, ["level"]) as? String == "note")
            #expect(
                JSONObjects.value(notification as Any, ["associatedRule", "id"]) as? String == "git.range-truncated")
            #expect(JSONObjects.value(notification as Any, ["associatedRule", "index"]) as? Int == 3)
            #expect(JSONObjects.value(run, ["invocations", 0, "executionSuccessful"]) as? Bool == true)
        }

        @Test func runWithoutNotificationsHasNoInvocations() throws {
            let run = try run(ReportFixtures.singleWarning)
            #expect(run["invocations"] == nil)
        }

        @Test func rulesSortedWithIndicesThatMatch() throws {
            let run = try run(ReportFixtures.mixed)
            let rules = try #require(JSONObjects.value(run, ["tool", "driver", "rules"]) as? [[String: Any]])
            let ids = rules.compactMap { $0["id"] as? String }
            #expect(
                ids == [
                    "checklist.release-notes", "env.undocumented-variable", "git.file-too-large", "git.range-truncated",
                    "migration.missing-downgrade", "secret.aws-access-key", "secret.private-key",
                ])
            for result in try results(of: run) {
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(ids[index] == result["ruleId"] as? String)
            }
        }

        @Test func ruleMissingFromCatalogIsDescribedByID() throws {
            let run = try run(ReportFixtures.mixed)
            let rules = try #require(JSONObjects.value(run, ["tool", "driver", "rules"]) as? [[String: Any]])
            let downgrade = try #require(rules.first { $0["id"] as? String == "migration.missing-downgrade" })
            #expect(
                JSONObjects.value(downgrade, ["shortDescription", "text"]) as? String
                    == "vixen-gate rule migration.missing-downgrade")
            #expect(JSONObjects.value(downgrade, ["defaultConfiguration", "level"]) as? String == "error")
            #expect(JSONObjects.value(downgrade, ["properties", "tags"]) as? [String] == ["migration"])
        }

        @Test func driverNamesToolAndVersion() throws {
            let driver = try #require(JSONObjects.value(try run(ReportFixtures.emptyRange), ["tool", "driver"]))
            #expect(JSONObjects.value(driver, ["name"]) as? String == "vixen-gate")
            #expect(JSONObjects.value(driver, ["version"]) as? String == "1.2.3")
            #expect(JSONObjects.value(driver, ["informationUri"]) as? String == "https://example.invalid/vixen-gate")
        }

        @Test func informationURILeftOutWhenUnknown() throws {
            let renderer = SARIFReportRenderer(rules: .empty, toolVersion: "1.2.3")
            let driver = try #require(
                JSONObjects.value(try run(ReportFixtures.emptyRange, renderer: renderer), ["tool", "driver"]))
            #expect(JSONObjects.value(driver, ["informationUri"]) == nil)
        }

        // MARK: URIs

        @Test(arguments: [
            ("docs/guide.md", "docs/guide.md"),
            ("dir/file-name_1.~tmp", "dir/file-name_1.~tmp"),
            ("a b.py", "a%20b.py"),
            ("docs/guía.md", "docs/gu%C3%ADa.md"),
            ("a:b.py", "a%3Ab.py"),
            ("100%.txt", "100%25.txt"),
            ("x#y?.md", "x%23y%3F.md"),
            ("src/a,b.py", "src/a%2Cb.py"),
            ("evil\u{1B}.py", "evil%1B.py"),
        ])
        func pathsBecomeURIReferences(path: String, expected: String) {
            #expect(SARIFReportRenderer.uriReference(forPath: path) == expected)
        }

        // MARK: Result limit

        @Test func limitKeepsErrorsFirst() throws {
            let report = Report(
                scope: FormatFixtures.many(errors: 0, warnings: 0, infos: 0).scope,
                components: [],
                files: [],
                findings: [
                    Finding(
                        rule: RuleID(.env, "a"), severity: .info, file: "a.py", line: 1,
                        message: .init(en: "i", es: "i")),
                    Finding(
                        rule: RuleID(.env, "b"), severity: .warning, file: "b.py", line: 1,
                        message: .init(en: "w1", es: "w1")),
                    Finding(
                        rule: RuleID(.env, "c"), severity: .error, file: "c.py", line: 1,
                        message: .init(en: "e1", es: "e1")),
                    Finding(
                        rule: RuleID(.env, "d"), severity: .warning, file: "d.py", line: 1,
                        message: .init(en: "w2", es: "w2")),
                    Finding(
                        rule: RuleID(.env, "e"), severity: .error, file: "e.py", line: 1,
                        message: .init(en: "e2", es: "e2")),
                ])
            let renderer = SARIFReportRenderer(rules: .empty, toolVersion: "1.2.3", maximumResults: 3)
            let run = try run(report, renderer: renderer)

            let messages = try results(of: run).compactMap { JSONObjects.value($0, ["message", "text"]) as? String }
            #expect(messages == ["w1", "e1", "e2"])
            #expect(
                notifications(of: run) == [
                    "2 findings were left out of this SARIF log, because SARIF consumers such as GitHub code scanning "
                        + "accept at most 3 results per run. Errors were kept before warnings and info. The JSON "
                        + "report lists every finding."
                ])
        }

        @Test func limitNoticeInSpanishSingular() throws {
            let renderer = SARIFReportRenderer(rules: .empty, toolVersion: "1.2.3", maximumResults: 1)
            let run = try run(
                FormatFixtures.many(errors: 2, warnings: 0, infos: 0), renderer: renderer, language: .spanish)
            #expect(
                notifications(of: run) == [
                    "Se omitió 1 hallazgo en este registro SARIF, porque los consumidores de SARIF, como el code scanning "
                        + "de GitHub, aceptan como máximo 1 resultado por ejecución. Se conservaron antes los errores "
                        + "que las advertencias y la información. El informe JSON incluye todos los hallazgos."
                ])
        }

        @Test func defaultLimitIsTwentyFiveThousand() throws {
            let report = FormatFixtures.many(errors: 24_999, warnings: 2, infos: 2)
            let run = try run(report, renderer: SARIFReportRenderer(rules: .empty, toolVersion: "1.2.3"))
            let results = try results(of: run)

            #expect(SARIFReportRenderer.defaultMaximumResults == 25_000)
            #expect(results.count == 25_000)
            #expect(results.filter { $0["level"] as? String == "error" }.count == 24_999)
            #expect(results.filter { $0["level"] as? String == "warning" }.count == 1)
            #expect(results.filter { $0["level"] as? String == "note" }.isEmpty)
            #expect(notifications(of: run).first?.hasPrefix("3 findings were left out") == true)
        }

        @Test func exactlyTheLimitDropsNothing() throws {
            let renderer = SARIFReportRenderer(rules: .empty, toolVersion: "1.2.3", maximumResults: 4)
            let run = try run(FormatFixtures.many(errors: 2, warnings: 1, infos: 1), renderer: renderer)
            #expect(try results(of: run).count == 4)
            #expect(run["invocations"] == nil)
        }

        // MARK: Fingerprints

        @Test func fingerprintIgnoresLineAndLanguage() throws {
            func finding(line: Int) -> Finding {
                Finding(
                    rule: RuleID(.env, "undocumented-variable"), severity: .warning, file: "app.py", line: line,
                    message: LocalizedText(en: "API_URL is undocumented.", es: "API_URL no está documentada."))
            }
            let before = FindingFingerprint.fingerprints(of: [finding(line: 12)])
            let moved = FindingFingerprint.fingerprints(of: [finding(line: 40)])
            #expect(before == moved)

            let english = try results(of: try run(ReportFixtures.singleWarning, language: .english))
            let spanish = try results(of: try run(ReportFixtures.singleWarning, language: .spanish))
            #expect(
                english.first?["partialFingerprints"] as? [String: String]
                    == spanish.first?["partialFingerprints"] as? [String: String])
        }

        @Test func repeatedFindingsGetDistinctFingerprints() {
            let finding = Finding(
                rule: RuleID(.secret, "token"), severity: .error, file: "a.py", line: 1,
                message: LocalizedText(en: "Token ab****yz.", es: "Token ab****yz."))
            let fingerprints = FindingFingerprint.fingerprints(of: [finding, finding, finding])
            #expect(Set(fingerprints).count == 3)
        }

        @Test func fingerprintIsHashOfRulePathMessageOccurrence() {
            let finding = Finding(
                rule: RuleID(.secret, "token"), severity: .error, file: "a.py", line: 9,
                message: LocalizedText(en: "Token ab****yz.", es: "Token ab****yz."))
            let expected = SHA256.hexHash("secret.token\u{0}a.py\u{0}Token ab****yz.\u{0}1".utf8)
            #expect(FindingFingerprint.fingerprints(of: [finding]) == [expected])
            #expect(expected.count == 64)
            #expect(!expected.contains("ab****yz"))
        }
    }
}
