import Foundation
import Testing
import VixenTestSupport

/// The checklist rules and `--run-tests`, run through the built binary on repositories shaped
/// like the team's product.
struct ChecklistTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    init() throws {
        repository = try TeamRepository.make()
        gate = try VixenGateBinary()
    }

    /// Writes `files`, commits them and checks that commit alone.
    private func checkCommit(writing files: [String: String], arguments: [String] = []) throws -> (
        result: ProcessResult, report: JSONReport
    ) {
        for (path, contents) in files {
            try repository.write(path, contents)
        }
        try repository.commit("Change \(files.keys.sorted().joined(separator: ", "))")
        return try gate.checkJSON(["--base", "HEAD~1"] + arguments, in: repository.url)
    }

    // MARK: Console output

    @Test func consoleLogInFrontendSourceWarns() throws {
        let (result, report) = try checkCommit(writing: [
            "frontend/src/api.js":
                "export async function load() {\n  const r = await fetch('/api')\n  console.log(r)\n}\n"
        ])

        #expect(result.status == 0)
        #expect(
            report.findings == [
                JSONReport.Finding(
                    rule: "checklist.console-log", severity: "warning", file: "frontend/src/api.js", line: 3,
                    commit: nil,
                    message: "console.log added to frontend/src/api.js writes to every user's browser console in "
                        + "production. Remove it or use the app's logger; if it must stay, add a "
                        + "`vixen-gate:allow checklist.console-log` comment to its line.")
            ])
    }

    @Test func consoleLogInTestFileIsAllowed() throws {
        let (result, report) = try checkCommit(writing: [
            "frontend/src/api.test.js": "test('loads', () => {\n  console.log('debugging the test')\n})\n"
        ])

        #expect(result.status == 0)
        #expect(report.findings == [])
    }

    @Test func debuggerBlocksInSpanish() throws {
        try repository.write("frontend/src/cart.js", "export function total() {\n  debugger\n  return 0\n}\n")
        try repository.commit("Debug the cart")
        let result = try gate.run(["check", "--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Se añadió una sentencia debugger a frontend/src/cart.js. Detiene la aplicación en cualquier "
                    + "navegador con las herramientas de desarrollo abiertas. Elimínela antes de hacer push."))
    }

    // MARK: Container images

    @Test func latestBaseWithoutUserIsReported() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/Dockerfile": "FROM python:latest\nWORKDIR /app\nCOPY . .\nCMD [\"uvicorn\", \"app.main:app\"]\n"
        ])

        #expect(result.status == 0)
        #expect(
            report.findings.map { "\($0.rule) \($0.severity) \($0.file ?? "-"):\($0.line.map(String.init) ?? "-")" }
                == [
                    "checklist.docker-healthcheck warning backend/Dockerfile:1",
                    "checklist.docker-root-user warning backend/Dockerfile:1",
                    "checklist.docker-unpinned-base warning backend/Dockerfile:1",
                    "checklist.docker-ignore warning backend/Dockerfile:3",
                ])
        #expect(
            report.findings.first { $0.rule == "checklist.docker-unpinned-base" }?.message
                == "backend/Dockerfile builds on python:latest. The latest tag changes without notice, so the same "
                + "commit can build a different image. Pin a version tag (python:<version>) or a digest "
                + "(python@sha256:<digest>).")
    }

    @Test func pinnedImageWithUserAndHealthcheckPasses() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/.dockerignore": ".venv\n__pycache__\n",
            "backend/Dockerfile": """
            ARG PYTHON_VERSION=3.12
            FROM python:${PYTHON_VERSION}-slim
            WORKDIR /app
            COPY . .
            HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
            USER 1000
            CMD ["uvicorn", "app.main:app"]

            """,
        ])

        #expect(result.status == 0)
        #expect(report.findings == [])
    }

    @Test func severityRaisedInConfiguration() throws {
        try repository.write(".vixen-gate.yml", "severity:\n  checklist.docker-unpinned-base: error\n")
        try repository.commit("Block unpinned base images")
        let (result, report) = try checkCommit(writing: [
            "backend/Dockerfile": "FROM python\nHEALTHCHECK CMD true\nUSER app\n"
        ])

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["checklist.docker-ignore", "checklist.docker-unpinned-base"])
        #expect(report.findings.map(\.severity) == ["info", "error"])
    }

    // MARK: Backend type annotations

    @Test func unannotatedBackendFunctionWarns() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/app/orders.py": """
            from fastapi import APIRouter

            router = APIRouter()


            @router.get("/orders/{order_id}")
            async def read_order(order_id: int, *, expand=False):
                return {"id": order_id}

            """
        ])

        #expect(result.status == 0)
        #expect(
            report.findings == [
                JSONReport.Finding(
                    rule: "checklist.type-hints", severity: "warning", file: "backend/app/orders.py", line: 7,
                    commit: nil,
                    message: "The function read_order in backend/app/orders.py has no type annotation on the "
                        + "parameter expand and no return annotation. Annotate it and add the return type, such as "
                        + "`-> None` when it returns nothing, so that type checkers such as mypy check its calls.")
            ])
    }

    @Test func annotatedBackendFunctionPasses() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/app/orders.py": """
            class OrderService:
                def __init__(self, prefix: str):
                    self.prefix = prefix

                async def read_order(self, order_id: int, *, expand: bool = False) -> dict[str, int]:
                    return {"id": order_id}

            """
        ])

        #expect(result.status == 0)
        #expect(report.findings == [])
    }

    @Test func unannotatedTestFunctionIsAllowed() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/tests/test_orders.py": "def test_read_order(client):\n    assert client.get(\"/orders/1\")\n"
        ])

        #expect(result.status == 0)
        #expect(report.findings == [])
    }

    @Test func typeHintsRaisedToErrorInSpanish() throws {
        try repository.write(".vixen-gate.yml", "severity:\n  checklist.type-hints: error\n")
        try repository.commit("Require type annotations")
        try repository.write("backend/app/prices.py", "def total(items, tax):\n    return sum(items) * tax\n")
        try repository.commit("Add the price total")

        let result = try gate.run(["check", "--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "La función total de backend/app/prices.py no tiene anotación de tipo en los parámetros items, "
                    + "tax ni en su tipo de retorno. Anótelos y añada el tipo de retorno, por ejemplo `-> None` "
                    + "si no devuelve nada, para que los verificadores de tipos como mypy comprueben sus llamadas."))
    }

    // MARK: Tests of changed components

    /// Commits a configuration with a backend command that fails with status 3 and a frontend
    /// command that leaves a file behind, so a test can see whether it ran.
    private func configureFailingBackendTests() throws {
        try repository.write(
            ".vixen-gate.yml",
            """
            checklist:
              tests:
                backend: {command: "echo backend tests ran in $(basename $PWD); sh -c 'exit 3'", directory: backend}
                frontend: {command: "touch frontend-tests-ran", directory: frontend}

            """)
        try repository.commit("Configure the test commands")
    }

    @Test func runTestsRunsOnlyChangedComponentAndBlocks() throws {
        try configureFailingBackendTests()
        let (result, report) = try checkCommit(
            writing: ["backend/app/orders.py": "ORDERS = []\n"], arguments: ["--run-tests"])

        #expect(result.status == 1)
        let run = try #require(report.tests?.first)
        #expect(report.tests?.count == 1)
        #expect(run.component == "BE")
        #expect(run.command == "echo backend tests ran in $(basename $PWD); sh -c 'exit 3'")
        #expect(run.directory == "backend")
        #expect(run.status == "failed")
        #expect(run.exitStatus == 3)
        #expect(run.duration >= 0)
        #expect(
            report.findings == [
                JSONReport.Finding(
                    rule: "checklist.tests", severity: "error", file: nil, line: nil, commit: nil,
                    message: "The BE tests failed: `echo backend tests ran in $(basename $PWD); sh -c 'exit 3'` "
                        + "exited with status 3. Fix the failing tests (their output is above, on standard error), "
                        + "then check again.")
            ])
        #expect(result.stderr.contains("backend tests ran in backend\n"))
        #expect(!result.stdout.contains("backend tests ran in backend"))
        let marker = repository.url.appendingPathComponent("frontend/frontend-tests-ran")
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func runTestsPassesAndTextReportListsRun() throws {
        try configureFailingBackendTests()
        try repository.write("frontend/src/cart.js", "export const cart = []\n")
        try repository.commit("Add the cart")
        let result = try gate.run(["check", "--base", "HEAD~1", "--run-tests"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stdout.contains("Tests:\n  FE: touch frontend-tests-ran (in frontend): passed in "))
        let marker = repository.url.appendingPathComponent("frontend/frontend-tests-ran")
        #expect(FileManager.default.fileExists(atPath: marker.path))
        #expect(result.stderr.contains("==> Running the FE tests: touch frontend-tests-ran (in frontend)\n"))
    }

    @Test func changedComponentWithoutCommandIsInfo() throws {
        let (result, report) = try checkCommit(
            writing: ["backend/app/orders.py": "ORDERS = []\n"], arguments: ["--run-tests"])

        #expect(result.status == 0)
        #expect(report.tests == [])
        #expect(report.findings.map(\.rule) == ["checklist.tests"])
        #expect(report.findings.map(\.severity) == ["info"])
    }

    @Test func withoutRunTestsNothingRunsAndNoTestsKey() throws {
        try configureFailingBackendTests()
        let (result, report) = try checkCommit(writing: ["backend/app/orders.py": "ORDERS = []\n"])

        #expect(result.status == 0)
        #expect(report.tests == nil)
        #expect(!result.stdout.contains("\"tests\""))
        #expect(!result.stderr.contains("backend tests ran"))
    }

    @Test func commandThatCannotStartIsExitTwo() throws {
        try repository.write(
            ".vixen-gate.yml", "checklist:\n  tests:\n    backend: {command: vixen-no-such-tool, directory: backend}\n")
        try repository.commit("Configure a missing tool")
        try repository.write("backend/app/orders.py", "ORDERS = []\n")
        try repository.commit("Add orders")
        let result = try gate.run(["check", "--base", "HEAD~1", "--run-tests"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasSuffix(
                "The BE tests cannot start: /bin/sh could not find `vixen-no-such-tool` (status 127). Install the "
                    + "tool, or fix the command in checklist.tests in .vixen-gate.yml.\n"))
    }

    @Test func missingTestFolderIsExitTwo() throws {
        try repository.write(
            ".vixen-gate.yml", "checklist:\n  tests:\n    backend: {command: pytest, directory: api}\n")
        try repository.commit("Configure a folder that does not exist")
        try repository.write("backend/app/orders.py", "ORDERS = []\n")
        try repository.commit("Add orders")
        let result = try gate.run(["check", "--base", "HEAD~1", "--run-tests"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stderr.contains("the folder \"api\" does not exist in the work tree"))
    }
}
