import Testing
import VixenConfig
import VixenCore

@testable import VixenChecks

@Suite struct DotenvParserTests {
    private func parse(_ text: String) -> DotenvParser.Document {
        DotenvParser.parse(Array(text.utf8), path: ".env.example")
    }

    @Test func readsEveryValidForm() {
        let text =
            "\u{FEFF}# Database\nDATABASE_URL=\nexport SECRET_KEY=\"change me\"  # comment\r\n"
            + "  PORT = 8000\nNAME='single # not a comment'\nBARE\nMULTI=\"line one\nline two\"\nAFTER=1\n"
            + "EMPTY_QUOTES=\"\"\nVALOR=ñandú\n"
        let document = parse(text)
        #expect(
            document.entries.map { "\($0.name)@\($0.line)" } == [
                "DATABASE_URL@2", "SECRET_KEY@3", "PORT@4", "NAME@5", "BARE@6", "MULTI@7", "AFTER@9",
                "EMPTY_QUOTES@10", "VALOR@11",
            ])
        #expect(document.malformed == [])
    }

    @Test func reportsMalformedLinesAndKeepsReading() {
        let text = "GOOD=1\nBAD NAME=2\n1ST=3\nWORDS ONLY HERE\nQ=\"a\" b\nCAFÉ=1\nLAST=1\nOPEN=\"never\n"
        let document = parse(text)
        #expect(document.entries.map(\.name) == ["GOOD", "LAST"])
        #expect(
            document.malformed.map { "\($0.line):\($0.problem.rawValue)" } == [
                "2:missing-equals", "3:invalid-name", "4:missing-equals", "5:text-after-quote", "6:invalid-name",
                "8:unterminated-quote",
            ])
        #expect(document.malformed.first?.path == ".env.example")
    }

    @Test func missingEqualsAfterName() {
        #expect(parse("NAME value\n").malformed.map(\.problem) == [.missingEquals])
    }
}

@Suite struct MarkdownTableParserTests {
    @Test func readsFirstColumnOfBodyRows() {
        let text = """
            # Configuration

            | Variable | Required | Meaning |
            |:---------|:--------:|---------|
            | `DATABASE_URL` | yes | Where the database is |
            | SECRET_KEY | yes | Signing key |
            | `SMTP_HOST` / `SMTP_PORT` | no | Mail relay \\| port |
            | Debug mode | no | Not a variable name |

            Name | Meaning
            ---- | -------
            `SENTRY_DSN` | Error reports

            ```
            | `IN_CODE` | x |
            |---|---|
            | `ALSO_CODE` | x |
            ```
            """
        let names = MarkdownTableParser.entries(Array(text.utf8), path: "README.md").map { "\($0.name)@\($0.line)" }
        #expect(names == ["DATABASE_URL@5", "SECRET_KEY@6", "SMTP_HOST@7", "SMTP_PORT@7", "SENTRY_DSN@12"])
    }
}

@Suite struct EnvDocumentationTests {
    private func documentation(_ files: [String: String], configuration: String = "") throws -> EnvDocumentation {
        let parsed = try Configuration.parse(bytes: Array(configuration.utf8), source: ".vixen-gate.yml")
        return try EnvDocumentation(snapshot: InMemorySnapshot(files: files), configuration: parsed)
    }

    @Test func findsExamplesReadmesAndConfiguredFiles() throws {
        let docs = try documentation(
            [
                ".env.example": "A=\n", "backend/.env.sample": "B=\n", "backend/pyproject.toml": "",
                "backend/README.md": "| Name |\n|---|\n| `C` |\n", "docs/README.md": "| Name |\n|---|\n| `D` |\n",
                "frontend/node_modules/x/.env.example": "E=\n", "docs/vars.md": "| Name |\n|---|\n| `F` |\n",
                "deploy/production.env": "G=\n",
            ],
            configuration: "env:\n  documentation: [docs/vars.md, deploy/production.env, missing.env]\n")
        #expect(
            docs.files == [
                ".env.example", "backend/.env.sample", "backend/README.md", "deploy/production.env", "docs/vars.md",
            ])
        #expect(docs.entries.map(\.name) == ["A", "B", "C", "G", "F"])
    }

    @Test func expectedFileIsNearestExampleElseProjectFolder() throws {
        let docs = try documentation([
            "backend/pyproject.toml": "", "frontend/package.json": "{}", "frontend/.env.template": "",
            ".env.example": "",
        ])
        #expect(docs.expectedFile(for: "frontend/src/api/client.ts") == "frontend/.env.template")
        #expect(docs.expectedFile(for: "backend/app/core/config.py") == ".env.example")
        let bare = try documentation(["backend/pyproject.toml": "", "compose.yml": ""])
        #expect(bare.expectedFile(for: "backend/app/config.py") == "backend/.env.example")
        #expect(bare.expectedFile(for: "compose.yml") == ".env.example")
    }

    @Test func caseInsensitiveReadsMatchAnyCase() throws {
        let docs = try documentation([".env.example": "Database_Url=\n"])
        let pydantic = EnvRead(
            name: "DATABASE_URL", path: "a.py", line: 1, origin: .pydanticSettings, isCaseSensitive: false)
        let exact = EnvRead(name: "DATABASE_URL", path: "a.py", line: 1, origin: .python)
        #expect(docs.documents(pydantic))
        #expect(!docs.documents(exact))
    }
}
