import Testing
import VixenCore

struct RuleIDTests {
    @Test func parsesFamilyAndName() throws {
        let rule = try #require(RuleID(parsing: "git.file-too-large"))
        #expect(rule.family == .git)
        #expect(rule.name == "file-too-large")
        #expect(rule.description == "git.file-too-large")
    }

    @Test func splitsAtFirstDot() throws {
        let rule = try #require(RuleID(parsing: "secret.aws.access-key"))
        #expect(rule.family == .secret)
        #expect(rule.name == "aws.access-key")
    }

    @Test func parsesEveryFamily() {
        for family in RuleID.Family.allCases {
            #expect(RuleID(parsing: "\(family.rawValue).example") == RuleID(family, "example"))
        }
    }

    @Test(arguments: ["", "git", "git.", ".name", "unknown.rule", "GIT.file-too-large", " git.name", "secrets.aws"])
    func rejectsInvalidText(text: String) {
        #expect(RuleID(parsing: text) == nil)
    }

    @Test func ordersByDescription() {
        let rules = [RuleID(.secret, "aws"), RuleID(.env, "undocumented"), RuleID(.checklist, "tests")]
        #expect(rules.sorted().map(\.description) == ["checklist.tests", "env.undocumented", "secret.aws"])
    }
}
