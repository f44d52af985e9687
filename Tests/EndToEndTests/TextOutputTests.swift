import Foundation
import Testing
import VixenTestSupport

/// The text report: its layout, its colors, and the summary on the last line.
struct TextOutputTests {
    static let escape = "\u{1B}"

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    /// Makes a team repository with a commit that adds a 2048-byte file over a 1 KiB limit,
    /// and returns it with the short ids of that commit and its parent.
    ///
    /// - Parameter severity: The severity the base configuration gives `git.file-too-large`.
    private func repositoryWithLargeFile(
        severity: String = "warning"
    ) throws -> (repository: GitRepository, base: String, head: String) {
        let repository = try TeamRepository.make()
        try repository.write(
            ".vixen-gate.yml", "limits:\n  max_file_size: 1 KiB\nseverity:\n  git.file-too-large: \(severity)\n")
        let base = try repository.commit("Configure vixen-gate")
        try repository.write("backend/app/fixtures/orders.csv", String(repeating: "1234567\n", count: 256))
        let head = try repository.commit("Add the orders fixture")
        return (repository, String(base.prefix(7)), String(head.prefix(7)))
    }

    @Test func teamRangeTextReport() throws {
        let team = try RangeReportTests.TeamRange()
        let base = String(team.base.prefix(7))
        let head = String(team.head.prefix(7))

        let result = try gate.run(["check", "--base", "v1.0"], in: team.repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                Range \(base)..\(head): 2 commits

                Changed components: BE, FE, DB, OPS, DOCS, TESTS

                Changed files:
                  BE
                    M backend/app/main.py
                  FE
                    M frontend/package.json
                    D frontend/src/legacy.js
                    A frontend/src/orders.js
                  DB
                    M backend/app/alembic/env.py
                    A backend/app/alembic/versions/0002_create_orders.py
                  OPS
                    A backend/.dockerignore
                    M backend/Dockerfile
                  DOCS
                    R docs/deploy.md -> docs/deployment.md
                  TESTS
                    A backend/tests/test_orders.py

                Findings: none

                passed: 0 errors, 0 warnings, 0 info

                """)
    }

    @Test func warningTextReport() throws {
        let (repository, base, head) = try repositoryWithLargeFile()

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                Range \(base)..\(head): 1 commit

                Changed components: BE

                Changed files:
                  BE
                    A backend/app/fixtures/orders.csv

                Findings:
                  BE
                    warning  git.file-too-large  backend/app/fixtures/orders.csv (commit \(head))  \
                backend/app/fixtures/orders.csv is 2048 bytes, over the 1024-byte limit, so it was listed but not \
                read. Raise limits.max_file_size in .vixen-gate.yml to check it, or keep large files out of git.

                passed: 0 errors, 1 warning, 0 info

                """)
    }

    @Test func pipeOutputHasNoEscapes() throws {
        let (repository, _, _) = try repositoryWithLargeFile(severity: "error")

        // A color-capable TERM must not matter, because standard output is a pipe.
        let result = try gate.run(
            ["check", "--base", "HEAD~1"], in: repository.url, environment: ["TERM": "xterm-256color"])

        #expect(result.status == 1)
        #expect(!result.stdout.contains(Self.escape))
        #expect(!result.stderr.contains(Self.escape))
    }

    @Test func controlCharactersInPathsAreEscaped() throws {
        let repository = try TeamRepository.make()
        let path = "docs/\(Self.escape)[31mred.md"
        try repository.write(path, "# Red\n")
        try repository.commit("Add a file whose name contains an escape sequence")

        let text = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)
        let (_, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(text.status == 0)
        #expect(!text.stdout.contains(Self.escape))
        #expect(text.stdout.contains("\n    A docs/\\x1b[31mred.md\n"))
        #expect(report.files == [JSONReport.File(path, "added", "DOCS")])
    }

    @Test func accentedPathsStayReadable() throws {
        let repository = try TeamRepository.make()
        try repository.write(Fixtures.nonASCIIPath, "# Guía\n")
        try repository.commit("Document the configuration in Spanish")

        let text = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)
        let (_, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(text.status == 0)
        #expect(text.stdout.contains("\n    A docs/guía de configuración/año ñandú.md\n"))
        #expect(report.files == [JSONReport.File(Fixtures.nonASCIIPath, "added", "DOCS")])
    }

    @Test func jsonIgnoresColorAlways() throws {
        let (repository, _, _) = try repositoryWithLargeFile(severity: "error")

        let result = try gate.run(
            ["check", "--base", "HEAD~1", "--format", "json", "--color", "always"], in: repository.url)

        #expect(result.status == 1)
        #expect(!result.stdout.contains(Self.escape))
        #expect(try JSONReport.decode(result).blocked == true)
    }

    @Test func colorAlwaysAddsANSIColors() throws {
        let (repository, base, head) = try repositoryWithLargeFile(severity: "error")
        let bold = Self.escape + "[1m"
        let red = Self.escape + "[1;31m"
        let reset = Self.escape + "[0m"

        let result = try gate.run(["check", "--base", "HEAD~1", "--color", "always"], in: repository.url)
        let lines = result.stdout.components(separatedBy: "\n")

        #expect(result.status == 1)
        #expect(lines.first == "\(bold)Range \(base)..\(head): 1 commit\(reset)")
        #expect(lines.contains("\(bold)Changed components:\(reset) BE"))
        #expect(lines.contains { $0.hasPrefix("    \(red)error\(reset)    git.file-too-large  ") })
        #expect(lines.dropLast().last == "\(red)blocked\(reset): 1 error, 0 warnings, 0 info")
    }

    @Test func colorNeverWinsOverForce() throws {
        let (repository, _, _) = try repositoryWithLargeFile()

        let forced = try gate.run(
            ["check", "--base", "HEAD~1"], in: repository.url, environment: ["CLICOLOR_FORCE": "1"])
        let never = try gate.run(
            ["check", "--base", "HEAD~1", "--color", "never"], in: repository.url, environment: ["CLICOLOR_FORCE": "1"])

        #expect(forced.stdout.contains(Self.escape))
        #expect(!never.stdout.contains(Self.escape))
    }

    @Test func lastLineIsSummary() throws {
        let (repository, _, _) = try repositoryWithLargeFile()

        let result = try gate.run(["check", "--base", "HEAD~1"], in: repository.url)
        let lines = result.stdout.components(separatedBy: "\n")

        #expect(lines.last == "")
        #expect(lines.dropLast().last == "passed: 0 errors, 1 warning, 0 info")
        #expect(lines.dropLast(2).last == "")
    }
}
