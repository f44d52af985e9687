import Foundation
import Testing
import VixenCore
import VixenReport

#if canImport(FoundationXML)
import FoundationXML
#endif

extension Formats {
    @Suite("JUnit report")
    struct JUnitReportRendererTests {
        let renderer = JUnitReportRenderer()

        @Test func mixedInSpanish() {
            let expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="vixen-gate" tests="9" failures="3" errors="0">
                  <testsuite name="BE" tests="2" failures="1" errors="0" skipped="0">
                    <testcase name="env.undocumented-variable backend/app/main.py:3" classname="vixen-gate.BE">
                      <system-out>advertencia env.undocumented-variable backend/app/main.py:3
                Falta PAYMENTS_URL en .env.example.</system-out>
                    </testcase>
                    <testcase name="secret.aws-access-key backend/app/main.py:12" classname="vixen-gate.BE">
                      <failure message="Clave de AWS AKIA****MPLE; revócala." type="secret.aws-access-key">error secret.aws-access-key backend/app/main.py:12 (commit 9f8e7d6)
                Clave de AWS AKIA****MPLE; revócala.</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="FE" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="sin hallazgos" classname="vixen-gate.FE"/>
                  </testsuite>
                  <testsuite name="DB" tests="1" failures="1" errors="0" skipped="0">
                    <testcase name="migration.missing-downgrade backend/migrations/versions/0003_orders.py:14" classname="vixen-gate.DB">
                      <failure message="downgrade() está vacío." type="migration.missing-downgrade">error migration.missing-downgrade backend/migrations/versions/0003_orders.py:14
                downgrade() está vacío.</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="BILLING" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="sin hallazgos" classname="vixen-gate.BILLING"/>
                  </testsuite>
                  <testsuite name="MOBILE" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="sin hallazgos" classname="vixen-gate.MOBILE"/>
                  </testsuite>
                  <testsuite name="otros" tests="2" failures="1" errors="0" skipped="0">
                    <testcase name="checklist.release-notes Makefile" classname="vixen-gate.otros">
                      <system-out>info checklist.release-notes Makefile
                Menciona el nuevo objetivo release.</system-out>
                    </testcase>
                    <testcase name="secret.private-key tmp/id_rsa:1" classname="vixen-gate.otros">
                      <failure message="Clave privada añadida y borrada." type="secret.private-key">error secret.private-key tmp/id_rsa:1 (commit 9f8e7d6)
                Clave privada añadida y borrada.</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="rango" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="git.range-truncated" classname="vixen-gate.rango">
                      <system-out>info git.range-truncated
                Solo se leyeron los 500 commits más recientes.</system-out>
                    </testcase>
                  </testsuite>
                </testsuites>

                """
            #expect(renderer.render(ReportFixtures.mixed, language: .spanish) == expected)
        }

        @Test func singleWarningInEnglish() {
            let expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="vixen-gate" tests="1" failures="0" errors="0">
                  <testsuite name="DOCS" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="git.file-too-large docs/guide.md" classname="vixen-gate.DOCS">
                      <system-out>warning git.file-too-large docs/guide.md
                12 MB is over the 5 MB limit; use Git LFS.</system-out>
                    </testcase>
                  </testsuite>
                </testsuites>

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .english) == expected)
        }

        @Test func emptyRangeHasOnePassingCase() {
            let expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="vixen-gate" tests="1" failures="0" errors="0">
                  <testsuite name="range" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="no findings" classname="vixen-gate.range"/>
                  </testsuite>
                </testsuites>

                """
            #expect(renderer.render(ReportFixtures.emptyRange, language: .english) == expected)
        }

        @Test func escapingInEnglish() {
            let expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="vixen-gate" tests="3" failures="1" errors="0">
                  <testsuite name="BE" tests="1" failures="1" errors="0" skipped="0">
                    <testcase name="secret.generic-token src/a,b:c%d.py:7" classname="vixen-gate.BE">
                      <failure message="Token ghp_****x9Z1: 100% sure, revoke it.&#10;Second line&#13;&#10;Third\\x1b[2J line" type="secret.generic-token">error secret.generic-token src/a,b:c%d.py:7 (commit 9f8e7d6)
                Token ghp_****x9Z1: 100% sure, revoke it.
                Second line&#13;
                Third\\x1b[2J line</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="FE" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="env.undocumented-variable web/src/&lt;script&gt;|`x`.ts:2" classname="vixen-gate.FE">
                      <system-out>warning env.undocumented-variable web/src/&lt;script&gt;|`x`.ts:2
                Use &lt;b&gt;VITE_API&lt;/b&gt; &amp; `env` | [link](http://x) $x$ @team #1 *bold* ~s~</system-out>
                    </testcase>
                  </testsuite>
                  <testsuite name="DOCS" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="git.file-too-large docs/guía de configuración/año ñandú.md" classname="vixen-gate.DOCS">
                      <system-out>info git.file-too-large docs/guía de configuración/año ñandú.md
                Quote "double" and 'single' and ]]&gt; end.</system-out>
                    </testcase>
                  </testsuite>
                </testsuites>

                """
            #expect(renderer.render(FormatFixtures.escaping, language: .english) == expected)
        }

        // MARK: Well-formed XML

        /// Collects the attributes of the elements a JUnit report has, in document order.
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [(name: String, attributes: [String: String])] = []
            var text: [String: String] = [:]
            private var current = ""
            private var key: String?

            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]
            ) {
                elements.append((elementName, attributes))
                if elementName == "failure" || elementName == "system-out" {
                    key = "\(elementName)#\(elements.count)"
                    current = ""
                }
            }

            func parser(_ parser: XMLParser, foundCharacters string: String) {
                current += string
            }

            func parser(
                _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
            ) {
                if let key {
                    text[key] = current
                }
                key = nil
            }
        }

        private func parse(_ xml: String) throws -> Collector {
            let parser = XMLParser(data: Data(xml.utf8))
            let collector = Collector()
            parser.delegate = collector
            let parsed = parser.parse()
            #expect(parsed, "\(String(describing: parser.parserError))")
            return collector
        }

        @Test func everyFixtureParses() throws {
            for (name, report) in ReportFixtures.all + [("escaping", FormatFixtures.escaping)] {
                for language in Language.allCases {
                    let collector = try parse(renderer.render(report, language: language))
                    #expect(collector.elements.first?.name == "testsuites", "\(name) \(language)")
                }
            }
        }

        @Test func escapedValuesReadBackAsWritten() throws {
            let collector = try parse(renderer.render(FormatFixtures.escaping, language: .english))
            let cases = collector.elements.filter { $0.name == "testcase" }.compactMap { $0.attributes["name"] }
            #expect(
                cases == [
                    "secret.generic-token src/a,b:c%d.py:7",
                    "env.undocumented-variable web/src/<script>|`x`.ts:2",
                    "git.file-too-large docs/guía de configuración/año ñandú.md",
                ])
            let failure = collector.elements.first { $0.name == "failure" }
            #expect(
                failure?.attributes["message"]
                    == "Token ghp_****x9Z1: 100% sure, revoke it.\nSecond line\r\nThird\\x1b[2J line")
            let outputs = collector.text.filter { $0.key.hasPrefix("system-out") }.map(\.value).sorted()
            #expect(
                outputs == [
                    "info git.file-too-large docs/guía de configuración/año ñandú.md\n"
                        + "Quote \"double\" and 'single' and ]]> end.",
                    "warning env.undocumented-variable web/src/<script>|`x`.ts:2\n"
                        + "Use <b>VITE_API</b> & `env` | [link](http://x) $x$ @team #1 *bold* ~s~",
                ])
        }

        @Test func countsMatchTestCases() throws {
            let collector = try parse(renderer.render(ReportFixtures.mixed, language: .english))
            let root = try #require(collector.elements.first?.attributes)
            let cases = collector.elements.filter { $0.name == "testcase" }
            let failures = collector.elements.filter { $0.name == "failure" }
            #expect(root["tests"] == String(cases.count))
            #expect(root["failures"] == String(failures.count))
            #expect(root["failures"] == "3")
            let suiteTotal = collector.elements.filter { $0.name == "testsuite" }
                .compactMap { $0.attributes["tests"].flatMap(Int.init) }.reduce(0, +)
            #expect(suiteTotal == cases.count)
        }

        @Test(arguments: [
            ("a&b", "a&amp;b"), ("<x>", "&lt;x&gt;"), ("\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"),
            ("tab\there", "tab&#9;here"), ("nul\u{0}", "nul\\x00"), ("bad\u{FFFE}", "bad\\uFFFE"),
            ("del\u{7F}", "del\\x7f"),
        ])
        func attributeEscaping(input: String, expected: String) {
            let report = Report(
                scope: ReportFixtures.emptyRange.scope, components: [], files: [],
                findings: [
                    Finding(rule: RuleID(.env, "x"), severity: .info, message: LocalizedText(en: input, es: input))
                ])
            let xml = renderer.render(report, language: .english)
            #expect(xml.contains("<system-out>info env.x\n"))
            let error = Report(
                scope: report.scope, components: [], files: [],
                findings: [
                    Finding(rule: RuleID(.env, "x"), severity: .error, message: LocalizedText(en: input, es: input))
                ])
            #expect(
                renderer.render(error, language: .english).contains(#"<failure message="\#(expected)" type="env.x">"#))
        }
    }
}
