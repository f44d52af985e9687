import Foundation
import Testing
import VixenCLI
import VixenTestSupport

/// `vixen-gate baseline` and the checks that read its file, in process, over real repositories.
@Suite struct BaselineRunTests {
    static let fileName = ".vixen-gate-baseline.json"
    /// Passwords built from pieces, so the source contains no credential as one literal.
    static let password = "u19_A%c!" + "kKd2Lq1D"
    static let otherPassword = "Nb9*Uixr" + "XkOKKjO_"

    let repository: GitRepository
    /// The commit that adds the fixtures file with ``password`` and a `.env` file.
    let fixturesCommit: String
    /// The commit before it.
    let startCommit: String

    init() throws {
        repository = try GitRepository()
        // The shared cache of the secret tests: the built-in rules compile once.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("vixen-gate-tests-secrets-cache")
        try repository.write(".vixen-gate.yml", "secrets:\n  cache_dir: \(cache.path)/vixen-gate\n")
        try repository.write("backend/app/main.py", "print('hello')\n")
        startCommit = try repository.commit("Start the backend")
        try repository.write("backend/tests/fixtures.py", "import os\n\nDB_PASSWORD = \"\(Self.password)\"\n")
        try repository.write("backend/.env", "DEBUG=0\n")
        fixturesCommit = try repository.commit("Add the test fixtures")
    }

    private func run(
        _ arguments: [String], in directory: String? = nil
    ) -> (status: Int32, output: String, error: String) {
        RulesTestConsole.run(arguments, in: directory ?? repository.path, environment: repository.environment)
    }

    private func baselineText(_ name: String = BaselineRunTests.fileName) throws -> String {
        try String(contentsOf: repository.url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Returns the `rule`, `path` and `hash` of each entry of a baseline file.
    private func entries(_ text: String) throws -> [[String: String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: String]])
        return entries
    }

    private func summary(_ output: String) throws -> [String: Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(object["summary"] as? [String: Int])
    }

    @Test func writesEntriesForTheWholeHistory() throws {
        let result = run(["baseline"])

        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(
            result.output
                == "Wrote .vixen-gate-baseline.json with 1 secret value and 1 sensitive file. Commit it: a check "
                + "reads the baseline as it is at the range's base commit.\n")
        let written = try entries(try baselineText())
        #expect(written.count == 2)
        #expect(written.first == ["rule": "secret.env-file", "path": "backend/.env"])
        #expect(written.last?["rule"] == "secret.generic-password")
        #expect(written.last?["path"] == "backend/tests/fixtures.py")
        #expect(written.last?["hash"]?.count == 5)
        #expect(try !baselineText().contains(Self.password))
    }

    @Test func rerunKeepsBytesAfterEditsAroundFinding() throws {
        #expect(run(["baseline"]).status == 0)
        let first = try baselineText()

        try repository.write(
            "backend/tests/fixtures.py",
            "import os\nimport sys\n\n# Used by the login tests.\nDB_PASSWORD = \"\(Self.password)\"  # local only\n\n"
                + "DEBUG = True\n")
        try repository.commit("Reword the fixtures")
        let second = run(["baseline"])

        #expect(second.status == 0)
        #expect(second.output == ".vixen-gate-baseline.json is up to date (2 entries); it was not rewritten.\n")
        #expect(try baselineText() == first)
    }

    @Test func checkLeavesOutBaselinedFindings() throws {
        #expect(run(["baseline"]).status == 0)
        let baselineCommit = try repository.commit("Record the known findings")
        try repository.write(
            "backend/tests/fixtures.py", "import os\n\n# Login tests.\nDB_PASSWORD = \"\(Self.password)\"  # local\n")
        try repository.commit("Comment the fixtures")

        let json = run(["check", "--base", baselineCommit, "--format", "json"])
        #expect(json.status == 0)
        #expect(try summary(json.output) == ["errors": 0, "warnings": 0, "info": 0, "baselined": 1])

        let text = run(["check", "--base", baselineCommit])
        #expect(text.output.hasSuffix("passed: 0 errors, 0 warnings, 0 info; 1 finding left out by the baseline\n"))
    }

    @Test func newSecretStillBlocks() throws {
        #expect(run(["baseline"]).status == 0)
        let baselineCommit = try repository.commit("Record the known findings")
        try repository.write(
            "backend/tests/fixtures.py",
            "import os\n\nDB_PASSWORD = \"\(Self.password)\"\nADMIN_PASSWORD = \"\(Self.otherPassword)\"\n")
        try repository.commit("Add an admin")

        let json = run(["check", "--base", baselineCommit, "--format", "json"])
        #expect(json.status == 1)
        #expect(try summary(json.output) == ["errors": 1, "warnings": 0, "info": 0, "baselined": 0])
    }

    @Test func baselineInsideRangeDoesNotApply() throws {
        #expect(run(["baseline"]).status == 0)
        try repository.commit("Record the known findings")

        let json = run(["check", "--base", startCommit, "--format", "json"])
        #expect(json.status == 1)
        #expect(try summary(json.output) == ["errors": 2, "warnings": 0, "info": 0, "baselined": 0])
    }

    @Test func worktreeCheckReadsWorkTreeBaseline() throws {
        #expect(run(["baseline"]).status == 0)

        let json = run(["check", "--base", startCommit, "--worktree", "--format", "json"])
        #expect(json.status == 0)
        #expect(try summary(json.output) == ["errors": 0, "warnings": 0, "info": 0, "baselined": 2])
    }

    @Test func malformedBaselineAtBaseStopsCheck() throws {
        try repository.write(Self.fileName, "{\"version\": 1}\n")
        let broken = try repository.commit("Add a broken baseline")

        let result = run(["check", "--base", broken])
        let short = String(broken.prefix(7))
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(
            result.error
                == "vixen-gate: error: The baseline file \(short):.vixen-gate-baseline.json is invalid: the key "
                + "\"salt\" is missing. Fix it, or delete it and write it again with `vixen-gate baseline`.\n")
    }

    @Test func malformedExistingFileIsNotOverwritten() throws {
        try repository.write(Self.fileName, "not json\n")
        let result = run(["baseline"])
        #expect(result.status == 2)
        #expect(result.error.contains("The baseline file .vixen-gate-baseline.json is invalid: it is not valid JSON."))
        #expect(try baselineText() == "not json\n")
    }

    @Test func configuredPathIsUsedByBothCommands() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("vixen-gate-tests-secrets-cache")
        try repository.write(
            ".vixen-gate.yml", "secrets:\n  cache_dir: \(cache.path)/vixen-gate\n  baseline: security/known.json\n")
        let result = run(["baseline"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Wrote security/known.json with 1 secret value and 1 sensitive file."))
        let baselineCommit = try repository.commit("Record the known findings")
        #expect(try entries(try baselineText("security/known.json")).count == 2)

        try repository.write("backend/tests/fixtures.py", "DB_PASSWORD = \"\(Self.password)\"  # tests only\n")
        try repository.commit("Trim the fixtures")
        let json = run(["check", "--base", baselineCommit, "--format", "json"])
        #expect(json.status == 0)
        #expect(try summary(json.output)["baselined"] == 1)
    }

    @Test func outputIsRelativeToCurrentDirectory() throws {
        let folder = repository.url.appendingPathComponent("backend")
        let result = run(["baseline", "--output", "known.json", "--lang", "es"], in: folder.path)
        #expect(result.status == 0)
        #expect(
            result.output
                == "Se escribió known.json con 1 valor secreto y 1 archivo sensible. Haga commit del archivo: una "
                + "comprobación lee la línea base tal como está en el commit base del rango.\n")
        #expect(try entries(try baselineText("backend/known.json")).count == 2)
        #expect(!FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(Self.fileName).path))
    }

    @Test func baseNarrowsTheRecordedRange() throws {
        let result = run(["baseline", "--base", fixturesCommit])
        #expect(result.status == 0)
        #expect(try entries(try baselineText()) == [])
    }
}
