import Foundation
import Testing
import VixenCore
import VixenDeploy

/// The `warnings` and `not-applicable` checklist statuses, and the per-component environment items,
/// as the text, JSON and Markdown plans show them.
struct ChecklistStatusRenderingTests {
    static let typeHints = RuleID(.checklist, "type-hints")
    static let undocumented = RuleID(.env, "undocumented")
    static let dockerRules: Set<RuleID> = [
        RuleID(.checklist, "docker-healthcheck"), RuleID(.checklist, "docker-root-user"),
    ]

    /// A staging plan for a backend and frontend change without a Dockerfile, with a type-hints warning
    /// and an env error in a backend file.
    private func plan() -> DeployPlan {
        let findings = [
            Finding(
                rule: Self.typeHints, severity: .warning, file: "BE/app/reviews.py", line: 4,
                message: LocalizedText(en: "x", es: "x")),
            Finding(
                rule: Self.undocumented, severity: .error, file: "BE/app/reviews.py", line: 9,
                message: LocalizedText(en: "x", es: "x")),
        ]
        let rules = Self.dockerRules.union([Self.typeHints, Self.undocumented])
        return DeployPlan.resolve(
            PlanFixtures.input(
                .staging, paths: ["BE/app/reviews.py", "FE/src/main.ts"], findings: findings, rulesRun: rules))
    }

    private func checklistItem(_ id: String, in text: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try #require(object["checklist"] as? [[String: Any]])
        return try #require(items.first { $0["item"] as? String == id })
    }

    @Test func textInEnglish() {
        let lines = PlanTextRenderer().render(plan(), language: .english).split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "    warnings        Type hints complete: findings to review before deploying: checklist.type-hints"))
        #expect(lines.contains("    failed          Environment variables documented: blocked by env.undocumented"))
        #expect(lines.contains("    verified        Environment variables configured: env.* (1 rule ran)"))
        #expect(
            lines.contains(
                "    not-applicable  Container images optimized: nothing in this range for checklist.docker-*: "
                    + "no Dockerfile changed"))
    }

    @Test func textInSpanish() {
        let lines = PlanTextRenderer().render(plan(), language: .spanish).split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "    advertencias  Anotaciones de tipo completas: hallazgos que conviene revisar antes de desplegar: "
                    + "checklist.type-hints"))
        #expect(lines.contains("    fallido       Variables de entorno documentadas: bloqueado por env.undocumented"))
        #expect(lines.contains("    verificado    Variables de entorno configuradas: env.* (se ejecutó 1 regla)"))
        #expect(
            lines.contains(
                "    no aplicable  Comprobaciones de salud configuradas: nada en este rango para "
                    + "checklist.docker-healthcheck: no cambió ningún Dockerfile"))
    }

    @Test func jsonStatusesAndDetails() throws {
        let text = PlanJSONRenderer().render(plan(), language: .english)

        let typeHints = try checklistItem("backend.type-hints", in: text)
        #expect(typeHints["status"] as? String == "warnings")
        #expect(typeHints["rules"] as? [String] == ["checklist.type-hints"])
        #expect(typeHints["detail"] as? String == "findings to review before deploying: checklist.type-hints")

        let images = try checklistItem("devops.images-optimized", in: text)
        #expect(images["status"] as? String == "not-applicable")
        #expect(images["rules"] as? [String] == ["checklist.docker-healthcheck", "checklist.docker-root-user"])
        #expect(images["detail"] as? String == "nothing in this range for checklist.docker-*: no Dockerfile changed")

        let frontendEnvironment = try checklistItem("frontend.env-configured", in: text)
        #expect(frontendEnvironment["status"] as? String == "verified")
    }

    @Test func jsonRoundTripsNewStatuses() throws {
        let original = plan()
        let text = PlanJSONRenderer().render(original, language: .spanish)
        let decoded = try JSONDecoder().decode(DeployPlan.self, from: Data(text.utf8))
        #expect(decoded.checklist == original.checklist)
    }

    @Test func markdownRows() {
        let markdown = PlanMarkdownRenderer().render(plan(), language: .english)
        #expect(
            markdown.contains(
                "\n| Backend | Type hints complete | warnings | findings to review before deploying: "
                    + "checklist.type-hints |\n"))
        #expect(
            markdown.contains(
                "\n| Backend | Environment variables documented | **failed** | blocked by env.undocumented |\n"))
        #expect(
            markdown.contains(
                "\n| DevOps | Container images optimized | not-applicable | nothing in this range for "
                    + "checklist.docker-\\*: no Dockerfile changed |\n"))
    }

    @Test func markdownRowsInSpanish() {
        let markdown = PlanMarkdownRenderer().render(plan(), language: .spanish)
        #expect(
            markdown.contains(
                "\n| Backend | Migraciones probadas de ida y de vuelta | no aplicable | nada que confirmar en este "
                    + "rango: no cambió ninguna migración |\n"))
    }
}
