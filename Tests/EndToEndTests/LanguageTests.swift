import Foundation
import Testing
import VixenTestSupport

/// The same runs in English and Spanish, chosen by `--lang` or by the locale variables.
struct LanguageTests {
    static let englishMessage =
        "backend/app/fixtures/orders.csv is 2048 bytes, over the 1024-byte limit, so it was listed but not read. "
        + "Raise limits.max_file_size in .vixen-gate.yml to check it, or keep large files out of git."
    static let spanishMessage =
        "backend/app/fixtures/orders.csv ocupa 2048 bytes y supera el límite de 1024 bytes, así que aparece en la "
        + "lista pero no se ha leído. Aumente limits.max_file_size en .vixen-gate.yml para comprobarlo o mantenga "
        + "los archivos grandes fuera de git."

    let repository: GitRepository
    let gate: VixenGateBinary

    /// A team repository whose base configuration makes a large file an error, and a commit
    /// that adds one, so the check of `HEAD~1..HEAD` is blocked.
    init() throws {
        repository = try TeamRepository.make()
        try repository.write(
            ".vixen-gate.yml", "limits:\n  max_file_size: 1 KiB\nseverity:\n  git.file-too-large: error\n")
        try repository.commit("Configure vixen-gate")
        try repository.write("backend/app/fixtures/orders.csv", String(repeating: "1234567\n", count: 256))
        try repository.commit("Add the orders fixture")
        gate = try VixenGateBinary()
    }

    @Test func blockedRunInBothLanguages() throws {
        let (english, englishReport) = try gate.checkJSON(["--base", "HEAD~1", "--lang", "en"], in: repository.url)
        let (spanish, spanishReport) = try gate.checkJSON(["--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(english.status == 1)
        #expect(spanish.status == 1)
        #expect(englishReport.findings.map(\.message) == [Self.englishMessage])
        #expect(spanishReport.findings.map(\.message) == [Self.spanishMessage])
        #expect(englishReport.language == "en")
        #expect(spanishReport.language == "es")
    }

    @Test func jsonKeysSameInBothLanguages() throws {
        let english = try gate.run(
            ["check", "--base", "HEAD~1", "--format", "json", "--lang", "en"], in: repository.url)
        let spanish = try gate.run(
            ["check", "--base", "HEAD~1", "--format", "json", "--lang", "es"], in: repository.url)

        let englishKeys = try JSONKeyPaths.collect(from: english.stdout)
        let spanishKeys = try JSONKeyPaths.collect(from: spanish.stdout)

        #expect(englishKeys == spanishKeys)
        #expect(englishKeys.contains("findings[].message"))
        #expect(try JSONReport.decode(spanish).findings.map(\.severity) == ["error"])
    }

    @Test func textReportInSpanish() throws {
        let base = String(try repository.revParse("HEAD~1").prefix(7))
        let head = String(try repository.head().prefix(7))

        let result = try gate.run(["check", "--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                Rango \(base)..\(head): 1 commit

                Componentes con cambios: BE

                Archivos con cambios:
                  BE
                    A backend/app/fixtures/orders.csv

                Hallazgos:
                  BE
                    error        git.file-too-large  backend/app/fixtures/orders.csv (commit \(head))  \(Self.spanishMessage)

                bloqueado: 1 error, 0 advertencias, 0 info

                """)
    }

    @Test func spanishLocaleChoosesSpanish() throws {
        let result = try gate.run(
            ["check", "--base", "HEAD~1"], in: repository.url, environment: ["LANG": "es_ES.UTF-8"])

        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Rango "))
        #expect(result.stdout.hasSuffix("\nbloqueado: 1 error, 0 advertencias, 0 info\n"))
    }

    @Test func cLocaleOverridesSpanishLang() throws {
        let environment = ["LC_ALL": "C", "LANG": "es_ES.UTF-8"]

        let text = try gate.run(["check", "--base", "HEAD~1"], in: repository.url, environment: environment)
        let (_, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url, environment: environment)

        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("Range "))
        #expect(text.stdout.hasSuffix("\nblocked: 1 error, 0 warnings, 0 info\n"))
        #expect(report.language == "en")
        #expect(report.findings.map(\.message) == [Self.englishMessage])
    }

    @Test func runErrorInSpanish() throws {
        let result = try gate.run(["check", "--base", "no-such-branch", "--lang", "es"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Revisión desconocida \"no-such-branch\": ninguna rama, etiqueta ni commit "
                + "tiene ese nombre en este repositorio. Revise cómo está escrita o ejecute `git fetch` si solo "
                + "existe en el remoto.\n")
    }
}
