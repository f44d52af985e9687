import Testing
import VixenCore
import VixenReport

extension Formats {
    @Suite("Markdown report")
    struct MarkdownReportRendererTests {
        let renderer = MarkdownReportRenderer()

        @Test func mixedInSpanish() {
            let expected = """
                ## vixen-gate: bloqueado

                Rango 1a2b3c4..5d6e7f8: 3 commits + índice

                **Componentes con cambios:** `BE`, `FE`, `DB`, `BILLING`, `MOBILE`

                **Hallazgos:**

                | Severidad | Componente | Regla | Ubicación | Mensaje |
                | --- | --- | --- | --- | --- |
                | advertencia | `BE` | `env.undocumented-variable` | `backend/app/main.py:3` | Falta PAYMENTS\\_URL en .env.example. |
                | error | `BE` | `secret.aws-access-key` | `backend/app/main.py:12` \\(commit 9f8e7d6\\) | Clave de AWS AKIA\\*\\*\\*\\*MPLE; revócala. |
                | error | `DB` | `migration.missing-downgrade` | `backend/migrations/versions/0003_orders.py:14` | downgrade\\(\\) está vacío. |
                | info | otros | `checklist.release-notes` | `Makefile` | Menciona el nuevo objetivo release. |
                | error | otros | `secret.private-key` | `tmp/id_rsa:1` \\(commit 9f8e7d6\\) | Clave privada añadida y borrada. |
                | info | rango | `git.range-truncated` |  | Solo se leyeron los 500 commits más recientes. |

                **bloqueado:** 3 errores, 1 advertencia, 2 info

                """
            #expect(renderer.render(ReportFixtures.mixed, language: .spanish) == expected)
        }

        @Test func singleWarningInEnglish() {
            let expected = """
                ## vixen-gate: passed

                Range \\(root\\)..5d6e7f8: 1 commit + index + work tree

                **Changed components:** `DOCS`

                **Findings:**

                | Severity | Component | Rule | Location | Message |
                | --- | --- | --- | --- | --- |
                | warning | `DOCS` | `git.file-too-large` | `docs/guide.md` | 12 MB is over the 5 MB limit; use Git LFS. |

                **passed:** 0 errors, 1 warning, 0 info

                """
            #expect(renderer.render(ReportFixtures.singleWarning, language: .english) == expected)
        }

        @Test func emptyRangeInSpanish() {
            let expected = """
                ## vixen-gate: aprobado

                No hay commits en el rango 1a2b3c4..1a2b3c4

                **Componentes con cambios:** ninguno

                **Hallazgos:** ninguno

                **aprobado:** 0 errores, 0 advertencias, 0 info

                """
            #expect(renderer.render(ReportFixtures.emptyRange, language: .spanish) == expected)
        }

        // MARK: Escaping

        @Test func escapingInEnglish() {
            let expected = """
                ## vixen-gate: blocked

                Range 1a2b3c4..5d6e7f8: 2 commits

                **Changed components:** `BE`, `FE`, `DOCS`

                **Findings:**

                | Severity | Component | Rule | Location | Message |
                | --- | --- | --- | --- | --- |
                | error | `BE` | `secret.generic-token` | `src/a,b:c%d.py:7` \\(commit 9f8e7d6\\) | Token ghp\\_\\*\\*\\*\\*x9Z1: 100% sure, revoke it.<br>Second line<br>Third\\x1b\\[2J line |
                | warning | `FE` | `env.undocumented-variable` | ``web/src/<script>\\|`x`.ts:2`` | Use \\<b\\>VITE\\_API\\</b\\> \\& \\`env\\` \\| \\[link\\]\\(http://x\\) \\$x\\$ \\@team \\#1 \\*bold\\* \\~s\\~ |
                | info | `DOCS` | `git.file-too-large` | `docs/guía de configuración/año ñandú.md` | Quote "double" and 'single' and \\]\\]\\> end. |

                **blocked:** 1 error, 1 warning, 1 info

                """
            #expect(renderer.render(FormatFixtures.escaping, language: .english) == expected)
        }

        @Test func everyRowHasFiveCells() {
            let text = renderer.render(FormatFixtures.escaping, language: .english)
            let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
            #expect(rows.count == 5)
            for row in rows {
                // Cell separators are the pipes not escaped with a backslash.
                var separators = 0
                var previous: Character = " "
                for character in row {
                    if character == "|", previous != "\\" {
                        separators += 1
                    }
                    previous = character
                }
                #expect(separators == 6, "\(row)")
            }
        }

        @Test(arguments: [
            ("plain", "`plain`"), ("a`b", "``a`b``"), ("`start", "`` `start ``"), ("end`", "`` end` ``"),
            ("a``b", "```a``b```"), ("p|q", "`p\\|q`"),
        ])
        func codeSpans(component: String, expected: String) {
            let report = Report(
                scope: ReportFixtures.emptyRange.scope, components: [Component(component)], files: [], findings: [])
            let line = renderer.render(report, language: .english).split(separator: "\n")
                .first { $0.hasPrefix("**Changed components:**") }
            #expect(line.map(String.init) == "**Changed components:** \(expected)")
        }

        // MARK: Size limit

        @Test func everythingFitsWithoutNote() {
            let text = renderer.render(FormatFixtures.many(errors: 50, warnings: 0, infos: 0), language: .english)
            #expect(!text.contains("more findings are not listed"))
            #expect(text.split(separator: "\n").filter { $0.hasPrefix("| error |") }.count == 50)
        }

        @Test func smallLimitDropsLastRows() {
            let report = FormatFixtures.many(errors: 30, warnings: 0, infos: 0)
            let renderer = MarkdownReportRenderer(maximumBytes: 1_500)
            let text = renderer.render(report, language: .english)
            let rows = text.split(separator: "\n").filter { $0.hasPrefix("| error |") }

            #expect(text.utf8.count <= 1_500)
            #expect(rows.count > 0)
            #expect(rows.count < 30)
            #expect(rows.first == "| error | `BE` | `checklist.item` | `src/app.py:1` | Finding 1........... |")
            #expect(
                text.hasSuffix(
                    """
                    _\(30 - rows.count) more findings are not listed, because this summary must stay under 1500 bytes. \
                    The JSON and SARIF reports list every finding._

                    **blocked:** 30 errors, 0 warnings, 0 info

                    """))
        }

        @Test func limitIsFilledAsFarAsRowsAllow() {
            let report = FormatFixtures.many(errors: 30, warnings: 0, infos: 0)
            let limited = MarkdownReportRenderer(maximumBytes: 1_500).render(report, language: .english)
            let shown = limited.split(separator: "\n").filter { $0.hasPrefix("| error |") }.count
            // Every row from the tenth on has the same size, and one more, with its line break, would not fit.
            let rowSize = "| error | `BE` | `checklist.item` | `src/app.py:10` | Finding 10.......... |\n".utf8.count
            #expect(shown >= 10)
            #expect(limited.utf8.count + rowSize > 1_500, "\(shown) rows")
        }

        @Test func noteInSpanishSingular() {
            let short = Finding(
                rule: RuleID(.env, "a"), severity: .warning, file: "a.py", line: 1,
                message: .init(en: "Corto.", es: "Corto."))
            let long = String(repeating: "x", count: 3_000)
            let report = Report(
                scope: ReportFixtures.emptyRange.scope, components: [], files: [],
                findings: [
                    short, Finding(rule: RuleID(.env, "b"), severity: .warning, message: .init(en: long, es: long)),
                ])
            let limited = MarkdownReportRenderer(maximumBytes: 2_000).render(report, language: .spanish)

            #expect(limited.utf8.count <= 2_000)
            #expect(limited.contains("| advertencia | otros | `env.a` | `a.py:1` | Corto. |"))
            #expect(
                limited.contains(
                    """
                    _No se muestra 1 hallazgo más, porque este resumen debe ocupar menos de 2000 bytes. Los informes JSON \
                    y SARIF incluyen todos los hallazgos._
                    """))
        }

        @Test func defaultLimitIsOneMebibyte() {
            let report = FormatFixtures.many(errors: 6_000, warnings: 0, infos: 0, messageLength: 200)
            let text = renderer.render(report, language: .english)
            #expect(MarkdownReportRenderer.stepSummaryLimit == 1_048_576)
            #expect(text.utf8.count <= 1_048_576)
            #expect(text.utf8.count > 1_000_000)
            #expect(text.contains("more findings are not listed, because this summary must stay under 1 MiB."))
        }

        @Test(arguments: [(1_048_576, "1 MiB"), (2_097_152, "2 MiB"), (65_536, "64 KiB"), (1_500, "1500 bytes")])
        func limitDescriptions(bytes: Int, expected: String) {
            #expect(MarkdownReportRenderer.describe(bytes: bytes) == expected)
        }
    }
}
