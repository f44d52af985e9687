import Foundation
import Testing
import VixenCore
import VixenDeploy

struct PlanJSONTests {
    static let findings = [
        Finding(
            rule: RuleID(.secret, "env-file"), severity: .error, file: "BE/.env", line: 1,
            message: LocalizedText(en: "x", es: "x"))
    ]

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Returns the key paths of a JSON document, with `[]` for array elements, such as `steps[].role`.
    private func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.insert(path)
                paths.formUnion(keyPaths(child, prefix: path))
            }
        } else if let array = value as? [Any] {
            for element in array {
                paths.formUnion(keyPaths(element, prefix: prefix + "[]"))
            }
        }
        return paths
    }

    private func plan() -> DeployPlan {
        var input = PlanFixtures.input(
            .production, paths: ["BE/app.py", "DB/0002.py", "DOCS/x.md"], findings: Self.findings,
            rulesRun: [RuleID(.secret, "env-file")])
        input.notes = [.productionHeadIsHEAD(missingReference: "refs/vixen-gate/deployed/staging")]
        return DeployPlan.resolve(input)
    }

    @Test func jsonKeys() throws {
        let text = PlanJSONRenderer().render(plan(), language: .english)
        let keys = keyPaths(try object(text))
        #expect(
            keys == [
                "target", "state_target", "version", "version_reason", "range", "components", "changed_components",
                "deploys", "migrations", "steps", "checklist", "blocked", "blocking_rules", "notes", "tests",
                "language",
                "version_reason.version", "version_reason.source", "version_reason.previous_tag",
                "version_reason.bump", "version_reason.commits", "version_reason.unconventional_commits",
                "version_reason.breaking_commits",
                "range.base", "range.head", "range.base_revision", "range.head_revision", "range.commits",
                "migrations[].path", "migrations[].status",
                "steps[].role", "steps[].action", "steps[].component", "steps[].command", "steps[].reason",
                "steps[].skipped", "steps[].test", "steps[].description", "steps[].explanation",
                "checklist[].item", "checklist[].area", "checklist[].status", "checklist[].patterns",
                "checklist[].rules", "checklist[].title", "checklist[].detail",
                "notes[].code", "notes[].reference", "notes[].text",
            ])
    }

    @Test func jsonValues() throws {
        let json = try object(PlanJSONRenderer().render(plan(), language: .spanish))
        #expect(json["target"] as? String == "production")
        #expect(json["state_target"] as? String == "production")
        #expect(json["version"] as? String == "1.4.0")
        #expect(json["components"] as? [String] == ["BE", "DB"])
        #expect(json["changed_components"] as? [String] == ["BE", "DB", "DOCS"])
        #expect(json["blocked"] as? Bool == true)
        #expect(json["blocking_rules"] as? [String] == ["secret.env-file"])
        #expect(json["language"] as? String == "es")
        let steps = try #require(json["steps"] as? [[String: Any]])
        let deploy = try #require(steps.first { $0["action"] as? String == "deploy-backend" })
        #expect(deploy["role"] as? String == "OPS")
        #expect(deploy["component"] as? String == "BE")
        #expect(deploy["command"] as? String == "POST /api/v1/deploy?uuid=<BE application UUID>&force=false")
        #expect(deploy["reason"] as? String == "component-changed")
        #expect(deploy["skipped"] as? Bool == false)
        #expect(deploy["description"] as? String == "Desplegar BE en producción mediante Coolify")
        #expect(deploy["explanation"] as? String == "BE tiene cambios.")
        let soak = try #require(steps.first)
        #expect(soak["component"] is NSNull)
        #expect(soak["command"] is NSNull)
    }

    @Test func roundTripsThroughDecoder() throws {
        let original = plan()
        let text = PlanJSONRenderer().render(original, language: .english)
        let decoded = try JSONDecoder().decode(DeployPlan.self, from: Data(text.utf8))
        #expect(decoded == original)
    }

    @Test func plainEncodingHasNoText() throws {
        let data = try JSONEncoder().encode(plan())
        let keys = keyPaths(try object(String(decoding: data, as: UTF8.self)))
        #expect(!keys.contains("language"))
        #expect(!keys.contains("steps[].description"))
        #expect(!keys.contains("checklist[].title"))
        #expect(!keys.contains("notes[].text"))
    }

    @Test func decodingRejectsUnknownRule() {
        let text = PlanJSONRenderer().render(plan(), language: .english)
            .replacingOccurrences(of: #""secret.env-file""#, with: #""nonsense""#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DeployPlan.self, from: Data(text.utf8))
        }
    }
}
