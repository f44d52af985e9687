import Testing
import VixenCore
import VixenDeploy

struct RulePatternTests {
    @Test(arguments: [
        ("secret.*", "secret.aws-access-key-id", true),
        ("secret.*", "secret.env-file", true),
        ("secret.*", "env.secret-undocumented", false),
        ("secret.*-file", "secret.env-file", true),
        ("secret.*-file", "secret.kubeconfig-file", true),
        ("secret.*-file", "secret.file-token", false),
        ("checklist.docker-*", "checklist.docker-healthcheck", true),
        ("checklist.docker-*", "checklist.dockerfile", false),
        ("checklist.tests", "checklist.tests", true),
        ("checklist.tests", "checklist.tests-slow", false),
        ("migration.verify-*", "migration.verify-schema-differs", true),
        ("env.*", "env.x", true),
    ])
    func matchesRule(pattern: String, rule: String, expected: Bool) throws {
        let id = try #require(RuleID(parsing: rule))
        #expect(RulePattern(pattern).matches(id) == expected)
    }
}
