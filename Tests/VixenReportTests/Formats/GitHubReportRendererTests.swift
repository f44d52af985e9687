import Testing
import VixenCore
import VixenReport

extension Formats {
    @Suite("GitHub annotations")
    struct GitHubReportRendererTests {
        let renderer = GitHubReportRenderer()

        @Test func mixedInEnglish() {
            let expected = """
                ::error file=backend/migrations/versions/0003_orders.py,line=14,title=migration.missing-downgrade::downgrade() is empty.
                ::error file=backend/app/main.py,line=12,title=secret.aws-access-key::AWS access key AKIA****MPLE; revoke it.
                ::warning file=backend/app/main.py,line=3,title=env.undocumented-variable::PAYMENTS_URL is missing from .env.example.
                ::notice title=git.range-truncated::Only the newest 500 commits were read.
                ::error file=tmp/id_rsa,line=1,title=secret.private-key::Private key added and deleted again.
                ::notice file=Makefile,title=checklist.release-notes::Mention the new release target.
                blocked: 3 errors, 1 warning, 2 info

                """
            #expect(renderer.render(ReportFixtures.mixed, language: .english) == expected)
        }

        @Test func singleWarningInSpanish() {
            let expected = """
                ::warning file=docs/guide.md,title=git.file-too-large::12 MB supera el límite de 5 MB; usa Git LFS.
                aprobado: 0 errores, 1 advertencia, 0 info

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .spanish) == expected)
        }

        @Test func emptyRangePrintsVerdictOnly() {
            #expect(
                renderer.render(ReportFixtures.emptyRange, language: .english)
                    == "passed: 0 errors, 0 warnings, 0 info\n")
        }

        // MARK: Escaping

        @Test func escapingInEnglish() {
            let expected = """
                ::error file=src/a%2Cb%3Ac%25d.py,line=7,title=secret.generic-token::Token ghp_****x9Z1: 100%25 sure, revoke it.%0ASecond line%0D%0AThird\\x1b[2J line
                ::warning file=web/src/<script>|`x`.ts,line=2,title=env.undocumented-variable::Use <b>VITE_API</b> & `env` | [link](http://x) $x$ @team #1 *bold* ~s~
                ::notice file=docs/guía de configuración/año ñandú.md,title=git.file-too-large::Quote "double" and 'single' and ]]> end.
                blocked: 1 error, 1 warning, 1 info

                """
            #expect(renderer.render(FormatFixtures.escaping, language: .english) == expected)
        }

        @Test func everyCommandStaysOnOneLine() {
            for (name, report) in ReportFixtures.all + [("escaping", FormatFixtures.escaping)] {
                let lines = renderer.render(report, language: .english).split(
                    separator: "\n", omittingEmptySubsequences: false)
                // One line per finding, the verdict, and the empty string after the final newline.
                #expect(lines.count == report.findings.count + 2, "\(name)")
                #expect(!lines.contains { $0.contains("\r") }, "\(name)")
            }
        }

        @Test(arguments: [
            ("a,b", "a%2Cb"), ("a:b", "a%3Ab"), ("100%", "100%25"), ("%0A", "%250A"), ("x\ny", "x%0Ay"),
            ("x\ry", "x%0Dy"), ("esc\u{1B}", "esc\\x1b"), ("ñandú", "ñandú"),
        ])
        func propertyEscaping(input: String, expected: String) {
            let report = Report(
                scope: ReportFixtures.emptyRange.scope, components: [], files: [],
                findings: [
                    Finding(
                        rule: RuleID(.env, "x"), severity: .error, file: input, line: 1,
                        message: .init(en: "m", es: "m"))
                ])
            let firstLine = renderer.render(report, language: .english).split(separator: "\n").first
            #expect(firstLine == "::error file=\(expected),line=1,title=env.x::m")
        }

        @Test(arguments: [
            ("a,b:c", "a,b:c"), ("100%", "100%25"), ("x\ny", "x%0Ay"), ("x\r\ny", "x%0D%0Ay"),
            ("::stop-commands::", "::stop-commands::"),
        ])
        func messageEscaping(input: String, expected: String) {
            let report = Report(
                scope: ReportFixtures.emptyRange.scope, components: [], files: [],
                findings: [Finding(rule: RuleID(.env, "x"), severity: .warning, message: .init(en: input, es: input))])
            let firstLine = renderer.render(report, language: .english).split(separator: "\n").first
            #expect(firstLine == "::warning title=env.x::\(expected)")
        }

        // MARK: Caps

        @Test func capsEachKindAtTen() {
            let report = FormatFixtures.many(errors: 12, warnings: 11, infos: 13)
            let lines = renderer.render(report, language: .english).split(separator: "\n").map(String.init)

            #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
            #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
            #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
            #expect(lines.count == 32)
            #expect(
                lines[30] == """
                    vixen-gate: 2 errors, 1 warning and 3 notices were not annotated, because GitHub shows at most \
                    10 annotations of each kind per step. The text, JSON, SARIF and Markdown reports list every finding.
                    """)
            #expect(lines[31] == "blocked: 12 errors, 11 warnings, 13 info")
        }

        @Test func keepsTheFirstFindingsOfEachKind() {
            let report = FormatFixtures.many(errors: 11, warnings: 0, infos: 0)
            let lines = renderer.render(report, language: .english).split(separator: "\n").map(String.init)
            #expect(lines.first == "::error file=src/app.py,line=1,title=checklist.item::Finding 1...........")
            #expect(lines[9] == "::error file=src/app.py,line=10,title=checklist.item::Finding 10..........")
            #expect(!lines.contains { $0.contains("line=11,") })
        }

        @Test func leftOutLineInSpanish() {
            let report = FormatFixtures.many(errors: 11, warnings: 0, infos: 0)
            let lines = renderer.render(report, language: .spanish).split(separator: "\n").map(String.init)
            #expect(
                lines[10] == """
                    vixen-gate: no se anotó 1 error, porque GitHub muestra como máximo 10 anotaciones de cada tipo por \
                    paso. Los informes de texto, JSON, SARIF y Markdown incluyen todos los hallazgos.
                    """)
        }

        @Test func exactlyTenOfEachNeedsNoNote() {
            let report = FormatFixtures.many(errors: 10, warnings: 10, infos: 10)
            let lines = renderer.render(report, language: .english).split(separator: "\n").map(String.init)
            #expect(lines.count == 31)
            #expect(!lines.contains { $0.hasPrefix("vixen-gate:") })
        }

        @Test func customCap() {
            let renderer = GitHubReportRenderer(maximumAnnotationsPerKind: 1)
            let lines = renderer.render(FormatFixtures.many(errors: 3, warnings: 0, infos: 0), language: .english)
                .split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines[1].hasPrefix("vixen-gate: 2 errors were not annotated, because GitHub shows at most 1 "))
        }
    }
}
