import Testing
import VixenDeploy

struct ConventionalCommitTests {
    /// A message, and the type, breaking flag and bump it should give.
    struct Case: Sendable, CustomStringConvertible {
        let message: String
        let type: String?
        let breaking: Bool
        let bump: VersionBump

        var description: String { message.debugDescription }
    }

    static let cases: [Case] = [
        Case(message: "feat: add orders", type: "feat", breaking: false, bump: .minor),
        Case(message: "feat(api): add orders", type: "feat", breaking: false, bump: .minor),
        Case(message: "Feat: add orders", type: "feat", breaking: false, bump: .minor),
        Case(message: "FEAT(ui): add a page", type: "feat", breaking: false, bump: .minor),
        Case(message: "fix: handle empty carts", type: "fix", breaking: false, bump: .patch),
        Case(message: "perf(db): index orders", type: "perf", breaking: false, bump: .patch),
        Case(message: "docs: explain deploys", type: "docs", breaking: false, bump: .patch),
        Case(message: "chore(deps): bump fastapi", type: "chore", breaking: false, bump: .patch),
        Case(message: "feat!: drop the v1 API", type: "feat", breaking: true, bump: .major),
        Case(message: "fix(api)!: rename the field", type: "fix", breaking: true, bump: .major),
        Case(message: "refactor!: split the module", type: "refactor", breaking: true, bump: .major),
        Case(
            message: "feat: new login\n\nBREAKING CHANGE: sessions from before are invalid", type: "feat",
            breaking: true, bump: .major),
        Case(
            message: "fix: tokens\n\nLonger body.\n\nBREAKING-CHANGE: tokens expire", type: "fix", breaking: true,
            bump: .major),
        Case(
            message: "fix: tokens\r\n\r\nBREAKING CHANGE: tokens expire\r\n", type: "fix", breaking: true,
            bump: .major),
        Case(
            message: "Rework the login\n\nBREAKING CHANGE: sessions expire", type: nil, breaking: true, bump: .major),
        Case(
            message: "feat: add orders\n\nbreaking change: lower case is no footer", type: "feat", breaking: false,
            bump: .minor),
        Case(message: "BREAKING CHANGE: in the summary only", type: nil, breaking: false, bump: .patch),
        Case(message: "Add the orders endpoint", type: nil, breaking: false, bump: .patch),
        Case(message: "Merge branch 'feature' into main", type: nil, breaking: false, bump: .patch),
        Case(message: "feat:missing space", type: nil, breaking: false, bump: .patch),
        Case(message: "feat: ", type: nil, breaking: false, bump: .patch),
        Case(message: "feat(): empty scope", type: nil, breaking: false, bump: .patch),
        Case(message: "feat(api: unclosed scope", type: nil, breaking: false, bump: .patch),
        Case(message: "2fa: digits first", type: nil, breaking: false, bump: .patch),
        Case(message: "", type: nil, breaking: false, bump: .patch),
        Case(message: "feat !: space before the mark", type: nil, breaking: false, bump: .patch),
    ]

    @Test(arguments: cases)
    func readsMessage(_ testCase: Case) {
        let commit = ConventionalCommit(message: testCase.message)
        #expect(commit.type == testCase.type)
        #expect(commit.isBreaking == testCase.breaking)
        #expect(commit.bump == testCase.bump)
        #expect(commit.followsConvention == (testCase.type != nil))
    }
}
