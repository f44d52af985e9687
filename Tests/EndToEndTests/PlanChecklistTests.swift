import Foundation
import Testing
import VixenTestSupport

/// The plan's checklist over a real range: an undocumented variable read in a backend file, a
/// frontend change, and no Dockerfile or migration.
struct PlanChecklistTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    init() throws {
        repository = try TeamRepository.make()
        let base = try repository.head()
        try repository.tag("v1.3.0", message: "Release 1.3.0")
        try repository.git("update-ref", "refs/vixen-gate/deployed/staging", base)
        try repository.write("backend/app/reviews.py", "import os\n\nREVIEWS_URL = os.environ[\"REVIEWS_URL\"]\n")
        try repository.write("frontend/src/api.js", "export const api = \"/api\";\n")
        try repository.commit("feat: read the reviews service")
        gate = try VixenGateBinary()
    }

    private func checklistItem(_ id: String, in result: ProcessResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let plan = try #require(value as? [String: Any], "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        let items = try #require(plan["checklist"] as? [[String: Any]])
        return try #require(items.first { $0["item"] as? String == id })
    }

    @Test func backendEnvFindingFailsOnlyBackend() throws {
        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: repository.url)

        #expect(result.status == 1)
        let backend = try checklistItem("backend.env-documented", in: result)
        #expect(backend["status"] as? String == "failed")
        #expect((backend["rules"] as? [String])?.contains("env.undocumented") == true)
        let frontend = try checklistItem("frontend.env-configured", in: result)
        #expect(frontend["status"] as? String == "verified")
    }

    @Test func itemsWithoutSubjectAreNotApplicable() throws {
        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: repository.url)

        let images = try checklistItem("devops.images-optimized", in: result)
        #expect(images["status"] as? String == "not-applicable")
        #expect(images["detail"] as? String == "nothing in this range for checklist.docker-*: no Dockerfile changed")
        let health = try checklistItem("devops.health-checks-configured", in: result)
        #expect(health["status"] as? String == "not-applicable")
        let reversible = try checklistItem("database.migrations-reversible", in: result)
        #expect(reversible["status"] as? String == "not-applicable")
        let tested = try checklistItem("backend.migrations-tested", in: result)
        #expect(tested["status"] as? String == "not-applicable")
        let assets = try checklistItem("frontend.assets-optimized", in: result)
        #expect(assets["status"] as? String == "not-applicable")
        let console = try checklistItem("frontend.no-console-errors", in: result)
        #expect(console["status"] as? String == "verified")
    }

    @Test func spanishTextNamesBackendFailure() throws {
        let result = try gate.run(["plan", "--target", "staging", "--lang", "es"], in: repository.url)

        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("    fallido       Variables de entorno documentadas: bloqueado por ") })
        #expect(lines.contains("    verificado    Variables de entorno configuradas: env.* (se ejecutaron 6 reglas)"))
        #expect(
            lines.contains(
                "    no aplicable  Imágenes de contenedor optimizadas: nada en este rango para checklist.docker-*: "
                    + "no cambió ningún Dockerfile"))
    }
}
