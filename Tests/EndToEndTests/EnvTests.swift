import Foundation
import Testing
import VixenTestSupport

/// The env-var gate and `vixen-gate env`, run through the built binary on repositories shaped
/// like the team's product.
struct EnvTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    init() throws {
        repository = try TeamRepository.make()
        gate = try VixenGateBinary()
    }

    /// Writes `files`, commits them and checks that commit alone.
    private func checkCommit(writing files: [String: String]) throws -> (result: ProcessResult, report: JSONReport) {
        for (path, contents) in files {
            try repository.write(path, contents)
        }
        try repository.commit("Change \(files.keys.sorted().joined(separator: ", "))")
        return try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)
    }

    private func envFindings(_ report: JSONReport) -> [JSONReport.Finding] {
        report.findings.filter { $0.rule.hasPrefix("env.") }
    }

    // MARK: The gate

    @Test func newBackendVariableBlocksUntilDocumented() throws {
        let (blocked, report) = try checkCommit(writing: [
            "backend/app/payments.py": "import os\n\nSTRIPE_KEY = os.getenv(\"STRIPE_KEY\")\n"
        ])

        #expect(blocked.status == 1)
        #expect(
            envFindings(report) == [
                JSONReport.Finding(
                    rule: "env.undocumented", severity: "error", file: "backend/app/payments.py", line: 3, commit: nil,
                    message: "This line starts reading the environment variable STRIPE_KEY, which "
                        + "no documentation file lists. Add STRIPE_KEY= with a comment to backend/.env.example, or "
                        + "to a README table.")
            ])

        try repository.write("backend/.env.example", "# Stripe secret key, from the dashboard\nSTRIPE_KEY=\n")
        try repository.commit("Document STRIPE_KEY")
        let (passed, documented) = try gate.checkJSON(["--base", "HEAD~2"], in: repository.url)

        #expect(passed.status == 0)
        #expect(envFindings(documented) == [])
    }

    @Test func viteSecretTokenBlocks() throws {
        let (result, report) = try checkCommit(writing: [
            "frontend/.env.example": "VITE_SECRET_TOKEN=\n",
            "frontend/src/pay.js": "export const token = import.meta.env.VITE_SECRET_TOKEN\n",
        ])

        #expect(result.status == 1)
        #expect(
            envFindings(report).map { "\($0.rule) \($0.severity) \($0.file ?? "-"):\($0.line ?? 0)" } == [
                "env.secret-in-bundle error frontend/src/pay.js:1"
            ])
    }

    @Test func requiredComposeVariableBlocksInSpanish() throws {
        try repository.write("compose.yml", "services:\n  api:\n    environment:\n      KEY: ${API_KEY:?falta}\n")
        try repository.commit("Require API_KEY")
        let result = try gate.run(["check", "--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Esta línea exige la variable de entorno API_KEY y se detiene si no está definida, pero ningún "
                    + "archivo de documentación la recoge. Añada API_KEY= con un comentario a .env.example."))
    }

    @Test func malformedExampleLineWarnsAndRestIsRead() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/.env.example": "SMTP HOST=localhost\r\nSMTP_PORT=25\r\n",
            "backend/app/mail.py": "import os\nPORT = os.getenv(\"SMTP_PORT\")\n",
        ])

        #expect(result.status == 0)
        #expect(
            envFindings(report).map { "\($0.rule) \($0.severity) \($0.file ?? "-"):\($0.line ?? 0)" } == [
                "env.malformed-example warning backend/.env.example:1"
            ])
    }

    @Test func oversizedFileIsSkippedWithWarning() throws {
        try repository.write(".vixen-gate.yml", "limits:\n  max_file_size: 2 KiB\n")
        try repository.commit("Limit file size")
        let minified = String(repeating: "var a=1;", count: 1_000) + "x=process.env.HIDDEN_ONE\n"
        let (result, report) = try checkCommit(writing: ["frontend/dist/app.min.js": minified])

        #expect(result.status == 0)
        #expect(report.findings.map(\.rule) == ["git.file-too-large"])
    }

    // MARK: vixen-gate env

    /// Adds a documented backend variable, an undocumented frontend one and a compose file.
    private func addVariables() throws {
        try repository.write(".env.example", "# Database\nDATABASE_URL=\nOLD_FLAG=1\n")
        try repository.write(
            "backend/app/settings.py",
            "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    database_url: str\n")
        try repository.write("frontend/src/api.js", "export const url = import.meta.env.VITE_API_URL\n")
        try repository.write("compose.yml", "services:\n  db:\n    image: postgres:${PG_VERSION:-16}\n")
        try repository.commit("Read settings")
    }

    @Test func envListsVariablesAsText() throws {
        try addVariables()
        let result = try gate.run(["env"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        let head = try repository.git("rev-parse", "--short=7", "HEAD")
        #expect(
            result.stdout == """
                Environment variables at \(head): 4 names, listed 4 times in 3 components

                BE
                  DATABASE_URL
                    read at: backend/app/settings.py:5
                    documented in: .env.example:2

                FE
                  VITE_API_URL [browser: VITE_]
                    read at: frontend/src/api.js:1
                    not documented: add it to .env.example

                OPS
                  PG_VERSION
                    read at: compose.yml:3
                    not documented: add it to .env.example

                Documented, not read
                  OLD_FLAG
                    documented in: .env.example:3

                """)
    }

    @Test func envPrintsJSON() throws {
        try addVariables()
        let result = try gate.run(["env", "--format", "json", "--rev", "HEAD"], in: repository.url)

        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let variables = try #require(object["variables"] as? [[String: Any]])
        #expect(
            variables.compactMap { $0["name"] as? String } == [
                "DATABASE_URL", "VITE_API_URL", "PG_VERSION", "OLD_FLAG",
            ])
        #expect(variables.first?["component"] as? String == "BE")
        #expect(variables[1]["browser_prefix"] as? String == "VITE_")
        #expect(variables[1]["expected_documentation"] as? String == ".env.example")
        let reads = try #require(variables.first?["reads"] as? [[String: Any]])
        #expect(reads.first?["origin"] as? String == "pydantic-settings")
        #expect(object["coolify"] is NSNull)
        #expect(object["language"] as? String == "en")
    }

    @Test func envPrintsMarkdownTables() throws {
        try addVariables()
        let result = try gate.run(["env", "--format", "markdown", "--lang", "es"], in: repository.url)

        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "### FE\n\n| Variable | Se lee en | Documentada en |\n|---|---|---|\n"
                    + "| `VITE_API_URL` | `frontend/src/api.js:1` | sin documentar |\n"))
        #expect(result.stdout.contains("| `DATABASE_URL` | `backend/app/settings.py:5` | `.env.example:2` |"))
    }

    // MARK: --coolify

    private static let readToken = "1|readtokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    private static let backendUUID = "bkd0g8cc0kg44ogkwco8soc4"
    private static let frontendUUID = "fnt0g8cc0kg44ogkwco8soc4"

    /// Starts a fake Coolify whose staging applications define `backend` and `frontend`, and
    /// points `.vixen-gate.yml` at it.
    private func coolify(backend: [FakeEnvironmentVariable], frontend: [FakeEnvironmentVariable]) throws
        -> FakeCoolify
    {
        let server = try FakeCoolify()
        server.addToken(Self.readToken, scopes: ["read"])
        server.addApplication(FakeApplication(uuid: Self.backendUUID, name: "api", environmentVariables: backend))
        server.addApplication(FakeApplication(uuid: Self.frontendUUID, name: "web", environmentVariables: frontend))
        try repository.write(
            ".vixen-gate.yml",
            "coolify:\n  url: \(server.url)\n  applications:\n"
                + "    staging: {BE: \(Self.backendUUID), FE: \(Self.frontendUUID)}\n")
        try addVariables()
        return server
    }

    @Test func coolifyReportsMissingAndRuntimeOnlyVariables() throws {
        let server = try coolify(
            backend: [FakeEnvironmentVariable(key: "OTHER", value: "x")],
            frontend: [FakeEnvironmentVariable(key: "VITE_API_URL", value: "https://api", isBuildtime: false)])
        let result = try gate.run(
            ["env", "--coolify", "--target", "staging"], in: repository.url,
            environment: ["COOLIFY_TOKEN": Self.readToken])

        #expect(result.status == 1)
        #expect(
            result.stdout.hasSuffix(
                """
                Coolify (staging)
                  BE (\(Self.backendUUID)): DATABASE_URL is missing (read at backend/app/settings.py:5). Add it to \
                the application's environment variables in Coolify.
                  FE (\(Self.frontendUUID)): VITE_API_URL goes into the browser bundle but is not a build variable, \
                so the build does not see it. Mark it "Build Variable" (is_buildtime) in Coolify.

                """))
        #expect(!result.stdout.contains("https://api"))
        #expect(
            server.requests.map(\.path) == [
                "/api/v1/applications/\(Self.backendUUID)/envs", "/api/v1/applications/\(Self.frontendUUID)/envs",
            ])
    }

    @Test func coolifyPassesWhenEveryVariableIsDefined() throws {
        let server = try coolify(
            backend: [FakeEnvironmentVariable(key: "database_url", value: "postgres://", isBuildtime: false)],
            frontend: [FakeEnvironmentVariable(key: "VITE_API_URL", value: "https://api")])
        let result = try gate.run(
            ["env", "--coolify", "--target", "staging", "--format", "json"], in: repository.url,
            environment: ["COOLIFY_TOKEN": Self.readToken])

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let coolify = try #require(object["coolify"] as? [String: Any])
        let applications = try #require(coolify["applications"] as? [[String: Any]])
        #expect(applications.map { $0["missing"] as? [String] } == [[], []])
        #expect(applications.map { $0["not_buildtime"] as? [String] } == [[], []])
        #expect(server.requests.count == 2)
    }

    @Test func coolifyWithoutTokenFailsClosed() throws {
        let server = try coolify(backend: [], frontend: [])
        let result = try gate.run(["env", "--coolify", "--target", "production"], in: repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: coolify.applications has no application for production in .vixen-gate.yml. "
                + "Add the UUID of each component's application under coolify.applications.production.\n")

        let unauthorized = try gate.run(
            ["env", "--coolify", "--target", "staging"], in: repository.url, environment: ["COOLIFY_TOKEN": "9|wrong"])
        #expect(unauthorized.status == 2)
        #expect(unauthorized.stdout == "")
        #expect(unauthorized.stderr.contains("COOLIFY_TOKEN"))
        #expect(!unauthorized.stderr.contains("9|wrong"))
        #expect(server.requests.count == 1)
    }
}
