import Testing
import VixenCore
import VixenReport

private let bold = "\u{1B}[1m"
private let red = "\u{1B}[1;31m"
private let yellow = "\u{1B}[33m"
private let blue = "\u{1B}[34m"
private let green = "\u{1B}[1;32m"
private let reset = "\u{1B}[0m"

@Suite("Text report")
struct TextReportRendererTests {
    let plain = TextReportRenderer(color: false)
    let colored = TextReportRenderer(color: true)

    // MARK: Empty range

    @Test func emptyRangeInEnglish() {
        let expected = """
            No commits in range 1a2b3c4..1a2b3c4

            Changed components: none

            Changed files: none

            Findings: none

            passed: 0 errors, 0 warnings, 0 info

            """
        #expect(plain.render(ReportFixtures.emptyRange, language: .english) == expected)
    }

    @Test func emptyRangeInSpanish() {
        let expected = """
            No hay commits en el rango 1a2b3c4..1a2b3c4

            Componentes con cambios: ninguno

            Archivos con cambios: ninguno

            Hallazgos: ninguno

            aprobado: 0 errores, 0 advertencias, 0 info

            """
        #expect(plain.render(ReportFixtures.emptyRange, language: .spanish) == expected)
    }

    @Test func emptyRangeWithColor() {
        let expected = """
            \(bold)No commits in range 1a2b3c4..1a2b3c4\(reset)

            \(bold)Changed components:\(reset) none

            \(bold)Changed files:\(reset) none

            \(bold)Findings:\(reset) none

            \(green)passed\(reset): 0 errors, 0 warnings, 0 info

            """
        #expect(colored.render(ReportFixtures.emptyRange, language: .english) == expected)
    }

    // MARK: Findings across components

    @Test func mixedReportInEnglish() {
        let expected = """
            Range 1a2b3c4..5d6e7f8: 3 commits + index

            Changed components: BE, FE, DB, BILLING, MOBILE

            Changed files:
              BE
                T backend/app/config.py
                M backend/app/main.py
              FE
                R frontend/src/api.ts -> frontend/src/api/client.ts
              DB
                A backend/migrations/versions/0003_orders.py
              BILLING
                M billing/rates.py
              MOBILE
                A mobile/App.swift
              other
                M Makefile
                D notes.txt

            Findings:
              BE
                warning  env.undocumented-variable    backend/app/main.py:3  PAYMENTS_URL is missing from .env.example.
                error    secret.aws-access-key        backend/app/main.py:12 (commit 9f8e7d6)  AWS access key AKIA****MPLE; revoke it.
              DB
                error    migration.missing-downgrade  backend/migrations/versions/0003_orders.py:14  downgrade() is empty.
              other
                info     checklist.release-notes      Makefile  Mention the new release target.
                error    secret.private-key           tmp/id_rsa:1 (commit 9f8e7d6)  Private key added and deleted again.
              range
                info     git.range-truncated          Only the newest 500 commits were read.

            blocked: 3 errors, 1 warning, 2 info

            """
        #expect(plain.render(ReportFixtures.mixed, language: .english) == expected)
    }

    @Test func mixedReportInSpanish() {
        let expected = """
            Rango 1a2b3c4..5d6e7f8: 3 commits + índice

            Componentes con cambios: BE, FE, DB, BILLING, MOBILE

            Archivos con cambios:
              BE
                T backend/app/config.py
                M backend/app/main.py
              FE
                R frontend/src/api.ts -> frontend/src/api/client.ts
              DB
                A backend/migrations/versions/0003_orders.py
              BILLING
                M billing/rates.py
              MOBILE
                A mobile/App.swift
              otros
                M Makefile
                D notes.txt

            Hallazgos:
              BE
                advertencia  env.undocumented-variable    backend/app/main.py:3  Falta PAYMENTS_URL en .env.example.
                error        secret.aws-access-key        backend/app/main.py:12 (commit 9f8e7d6)  Clave de AWS AKIA****MPLE; revócala.
              DB
                error        migration.missing-downgrade  backend/migrations/versions/0003_orders.py:14  downgrade() está vacío.
              otros
                info         checklist.release-notes      Makefile  Menciona el nuevo objetivo release.
                error        secret.private-key           tmp/id_rsa:1 (commit 9f8e7d6)  Clave privada añadida y borrada.
              rango
                info         git.range-truncated          Solo se leyeron los 500 commits más recientes.

            bloqueado: 3 errores, 1 advertencia, 2 info

            """
        #expect(plain.render(ReportFixtures.mixed, language: .spanish) == expected)
    }

    @Test func mixedReportWithColor() {
        let expected = """
            \(bold)Range 1a2b3c4..5d6e7f8: 3 commits + index\(reset)

            \(bold)Changed components:\(reset) BE, FE, DB, BILLING, MOBILE

            \(bold)Changed files:\(reset)
              \(bold)BE\(reset)
                T backend/app/config.py
                M backend/app/main.py
              \(bold)FE\(reset)
                R frontend/src/api.ts -> frontend/src/api/client.ts
              \(bold)DB\(reset)
                A backend/migrations/versions/0003_orders.py
              \(bold)BILLING\(reset)
                M billing/rates.py
              \(bold)MOBILE\(reset)
                A mobile/App.swift
              \(bold)other\(reset)
                M Makefile
                D notes.txt

            \(bold)Findings:\(reset)
              \(bold)BE\(reset)
                \(yellow)warning\(reset)  env.undocumented-variable    backend/app/main.py:3  PAYMENTS_URL is missing from .env.example.
                \(red)error\(reset)    secret.aws-access-key        backend/app/main.py:12 (commit 9f8e7d6)  AWS access key AKIA****MPLE; revoke it.
              \(bold)DB\(reset)
                \(red)error\(reset)    migration.missing-downgrade  backend/migrations/versions/0003_orders.py:14  downgrade() is empty.
              \(bold)other\(reset)
                \(blue)info\(reset)     checklist.release-notes      Makefile  Mention the new release target.
                \(red)error\(reset)    secret.private-key           tmp/id_rsa:1 (commit 9f8e7d6)  Private key added and deleted again.
              \(bold)range\(reset)
                \(blue)info\(reset)     git.range-truncated          Only the newest 500 commits were read.

            \(red)blocked\(reset): 3 errors, 1 warning, 2 info

            """
        #expect(colored.render(ReportFixtures.mixed, language: .english) == expected)
    }

    // MARK: Root base, index and work tree, one warning

    @Test func singleWarningInEnglish() {
        let expected = """
            Range (root)..5d6e7f8: 1 commit + index + work tree

            Changed components: DOCS

            Changed files:
              DOCS
                M docs/guide.md

            Findings:
              DOCS
                warning  git.file-too-large  docs/guide.md  12 MB is over the 5 MB limit; use Git LFS.

            passed: 0 errors, 1 warning, 0 info

            """
        #expect(plain.render(ReportFixtures.singleWarning, language: .english) == expected)
    }

    @Test func singleWarningInSpanishWithColor() {
        let expected = """
            \(bold)Rango (raíz)..5d6e7f8: 1 commit + índice + árbol de trabajo\(reset)

            \(bold)Componentes con cambios:\(reset) DOCS

            \(bold)Archivos con cambios:\(reset)
              \(bold)DOCS\(reset)
                M docs/guide.md

            \(bold)Hallazgos:\(reset)
              \(bold)DOCS\(reset)
                \(yellow)advertencia\(reset)  git.file-too-large  docs/guide.md  12 MB supera el límite de 5 MB; usa Git LFS.

            \(green)aprobado\(reset): 0 errores, 1 advertencia, 0 info

            """
        #expect(colored.render(ReportFixtures.singleWarning, language: .spanish) == expected)
    }

    @Test func summaryNamesBaselinedFindings() {
        let fixture = ReportFixtures.singleWarning
        let one = Report(
            scope: fixture.scope, components: fixture.components, files: fixture.files, findings: fixture.findings,
            baselined: 1)
        let three = Report(
            scope: fixture.scope, components: fixture.components, files: fixture.files, findings: [], baselined: 3)

        #expect(
            plain.render(one, language: .english).hasSuffix(
                "passed: 0 errors, 1 warning, 0 info; 1 finding left out by the baseline\n"))
        #expect(
            plain.render(three, language: .spanish).hasSuffix(
                "aprobado: 0 errores, 0 advertencias, 0 info; 3 hallazgos omitidos por la línea base\n"))
        #expect(plain.render(fixture, language: .english).hasSuffix("passed: 0 errors, 1 warning, 0 info\n"))
    }

    // MARK: Control characters and unusual values

    @Test func controlCharactersEscaped() {
        let expected = """
            No commits in range (root)..(none) + work tree

            Changed components: DOCS

            Changed files:
              DOCS
                R docs/new.md
              other
                A evil\\x1b[31m.py

            Findings:
              other
                warning  env.undocumented-variable  evil\\x1b[31m.py:2  first line
                  second line
                  third\\x07

            passed: 0 errors, 1 warning, 0 info

            """
        #expect(plain.render(ReportFixtures.unusual, language: .english) == expected)
    }

    @Test func controlCharactersEscapedInSpanish() {
        let expected = """
            No hay commits en el rango (raíz)..(ninguno) + árbol de trabajo

            Componentes con cambios: DOCS

            Archivos con cambios:
              DOCS
                R docs/new.md
              otros
                A evil\\x1b[31m.py

            Hallazgos:
              otros
                advertencia  env.undocumented-variable  evil\\x1b[31m.py:2  primera línea
                  segunda línea
                  tercera\\x07

            aprobado: 0 errores, 1 advertencia, 0 info

            """
        #expect(plain.render(ReportFixtures.unusual, language: .spanish) == expected)
    }

    @Test func noEscapeByteWithoutColor() {
        for (name, report) in ReportFixtures.all {
            for language in Language.allCases {
                let rendered = plain.render(report, language: language)
                #expect(!rendered.utf8.contains(0x1B), "\(name) in \(language)")
                #expect(rendered.hasSuffix("\n"), "\(name) in \(language)")
                #expect(!rendered.hasSuffix("\n\n"), "\(name) in \(language)")
            }
        }
    }

    @Test func noTrailingSpaces() {
        for language in Language.allCases {
            let rendered = plain.render(ReportFixtures.mixed, language: language)
            let linesWithTrailingSpace = rendered.split(separator: "\n").filter { $0.hasSuffix(" ") }
            #expect(linesWithTrailingSpace == [])
        }
    }

    // MARK: Grouping and sorting

    @Test func duplicateComponentsListedOnce() {
        let report = Report(
            range: Report.Range(
                base: ReportFixtures.baseID, head: ReportFixtures.headID, commits: 2, includesStaged: false,
                includesWorktree: false),
            components: [.tests, Component("API"), .backend, .tests],
            files: [],
            findings: []
        )
        let lines = plain.render(report, language: .english).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Range 1a2b3c4..5d6e7f8: 2 commits")
        #expect(lines[2] == "Changed components: BE, TESTS, API")
    }

    @Test func findingOnUnlistedFileGroupedAsOther() {
        let report = Report(
            range: Report.Range(
                base: ReportFixtures.baseID, head: ReportFixtures.headID, commits: 1, includesStaged: false,
                includesWorktree: false),
            components: [.backend],
            files: [Report.File(path: "backend/app.py", oldPath: nil, status: .modified, component: .backend)],
            findings: [
                Finding(
                    rule: RuleID(.secret, "generic-api-key"), severity: .error, file: "backend/.env", line: 4,
                    commit: ReportFixtures.secretCommit,
                    message: LocalizedText(en: "Key found.", es: "Clave encontrada.")),
                Finding(
                    rule: RuleID(.checklist, "tests-missing"), severity: .warning, file: "backend/app.py",
                    message: LocalizedText(en: "No test changed.", es: "Ningún test cambió.")),
            ]
        )
        let expected = """
            Findings:
              BE
                warning  checklist.tests-missing  backend/app.py  No test changed.
              other
                error    secret.generic-api-key   backend/.env:4 (commit 9f8e7d6)  Key found.
            """
        let rendered = plain.render(report, language: .english)
        let findingsSection = rendered.components(separatedBy: "\n\n")[3]
        #expect(findingsSection == expected)
    }
}
