import Foundation
import Testing
import VixenCLI
import VixenTestSupport

/// `vixen-gate check` over a real repository, in process, with the secret scanner in the
/// standard checks.
@Suite struct SecretsRepositoryTests {
    let repository: GitRepository
    let token = "bMKeoNvGuAXAYxVE" + "DGek47ZrV67xnHWph84nyQKq"

    init() throws {
        repository = try GitRepository()
        // The same folder as the checks tests' shared cache: a file's name is its rules' key,
        // so sharing it across tests and runs is safe, and the rules compile once.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("vixen-gate-tests-secrets-cache")
        try repository.write(".vixen-gate.yml", "secrets:\n  cache_dir: \(cache.path)/vixen-gate\n")
        try repository.write("backend/app/main.py", "print('hello')\n")
        try repository.commit("Start the backend")
    }

    private func check(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        RulesTestConsole.run(["check"] + arguments, in: repository.path, environment: repository.environment)
    }

    @Test func secretAddedThenRemovedStillBlocks() throws {
        let base = try repository.head()
        try repository.write("backend/.env", "DEBUG=0\nDEPLOY_TOKEN=\(token)\n")
        let added = try repository.commit("Add the deploy settings")
        try repository.write("backend/.env", "DEBUG=0\n")
        try repository.commit("Drop the token")

        let json = check(["--base", base, "--format", "json"])
        #expect(json.status == 1)
        #expect(json.error == "")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        let secrets = findings.filter { ($0["rule"] as? String) == "secret.generic-token" }
        #expect(findings.contains { ($0["rule"] as? String) == "secret.env-file" })
        #expect(secrets.count == 1)
        #expect(secrets.first?["file"] as? String == "backend/.env")
        #expect(secrets.first?["line"] as? Int == 2)
        #expect(secrets.first?["commit"] as? String == added)
        #expect(object?["blocked"] as? Bool == true)
    }

    @Test func reportsNeverShowTheSecret() throws {
        let base = try repository.head()
        let password = "Vq8mZ2tL" + "p4Rw"
        try repository.write(
            "backend/settings.py",
            "API_TOKEN = '\(token)'\nDATABASE_URL = 'postgresql://app:\(password)@db.internal/app'\n")
        try repository.commit("Configure the backend")

        for language in ["en", "es"] {
            for format in ["text", "json"] {
                let result = check(["--base", base, "--format", format, "--lang", language])
                #expect(result.status == 1, "\(format) \(language)")
                #expect(!result.output.contains(token), "\(format) \(language)")
                #expect(!result.output.contains(password), "\(format) \(language)")
                #expect(!result.error.contains(token), "\(format) \(language)")
                #expect(result.output.contains("secret.generic-token"), "\(format) \(language)")
                #expect(result.output.contains("secret.postgres-url"), "\(format) \(language)")
            }
        }
    }

    @Test func worktreeSecretReportedWithoutCommit() throws {
        try repository.write("backend/local.env", "DEPLOY_TOKEN=\(token)\n")
        let result = check(["--base", "HEAD", "--worktree", "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1)
        #expect(findings.first?["file"] as? String == "backend/local.env")
        #expect(findings.first?["commit"] is NSNull)
    }

    @Test func cleanRangePasses() throws {
        let base = try repository.head()
        try repository.write("backend/app/util.py", "def add(a, b):\n    return a + b\n")
        try repository.commit("Add a helper")
        let result = check(["--base", base])
        #expect(result.status == 0)
        #expect(result.error == "")
    }
}
