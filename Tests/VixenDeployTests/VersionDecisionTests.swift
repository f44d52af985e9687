import Foundation
import Testing
import VixenCore
import VixenDeploy

struct VersionDecisionTests {
    /// The release tag, the messages of the commits since it (`merge:` marks a merge commit), and the
    /// decision they should give.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let tag: String
        let messages: [String]
        let version: String
        let bump: VersionBump?
        let commits: Int
        let unconventional: Int
        let breaking: Int

        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "fix gives patch", tag: "v1.3.0", messages: ["fix: a", "docs: b"], version: "1.3.1", bump: .patch,
            commits: 2, unconventional: 0, breaking: 0),
        Case(
            name: "feat gives minor", tag: "v1.3.4", messages: ["fix: a", "feat: b", "perf: c"], version: "1.4.0",
            bump: .minor, commits: 3, unconventional: 0, breaking: 0),
        Case(
            name: "bang gives major", tag: "v1.3.4", messages: ["feat: a", "fix!: b"], version: "2.0.0", bump: .major,
            commits: 2, unconventional: 0, breaking: 1),
        Case(
            name: "footer gives major", tag: "v2.1.0",
            messages: ["fix: a\n\nBREAKING CHANGE: the config file moved", "feat: b"], version: "3.0.0",
            bump: .major, commits: 2, unconventional: 0, breaking: 1),
        Case(
            name: "unconventional gives patch", tag: "v1.0.0", messages: ["Add orders", "Tidy up"],
            version: "1.0.1", bump: .patch, commits: 2, unconventional: 2, breaking: 0),
        Case(
            name: "unconventional beside feat", tag: "v1.0.0", messages: ["Add orders", "feat: carts"],
            version: "1.1.0", bump: .minor, commits: 2, unconventional: 1, breaking: 0),
        Case(
            name: "zero major breaking gives minor", tag: "v0.3.2", messages: ["feat!: drop the v1 API"],
            version: "0.4.0", bump: .minor, commits: 1, unconventional: 0, breaking: 1),
        Case(
            name: "zero major footer gives minor", tag: "v0.3.2", messages: ["fix: a\n\nBREAKING CHANGE: b"],
            version: "0.4.0", bump: .minor, commits: 1, unconventional: 0, breaking: 1),
        Case(
            name: "zero major feat gives minor", tag: "v0.3.2", messages: ["feat: a"], version: "0.4.0",
            bump: .minor, commits: 1, unconventional: 0, breaking: 0),
        Case(
            name: "zero major fix gives patch", tag: "v0.3.2", messages: ["fix: a"], version: "0.3.3", bump: .patch,
            commits: 1, unconventional: 0, breaking: 0),
        Case(
            name: "merges are not counted", tag: "v1.2.0",
            messages: ["merge:Merge branch 'feature'", "feat: a", "merge:feat!: merged with a bang"],
            version: "1.3.0", bump: .minor, commits: 1, unconventional: 0, breaking: 0),
        Case(
            name: "merges alone give patch", tag: "v1.2.0", messages: ["merge:Merge branch 'old'"],
            version: "1.2.1", bump: .patch, commits: 0, unconventional: 0, breaking: 0),
        Case(
            name: "no commits keeps the tag", tag: "v1.2.0", messages: [], version: "1.2.0", bump: nil, commits: 0,
            unconventional: 0, breaking: 0),
    ]

    @Test(arguments: cases)
    func decidesNextVersion(_ testCase: Case) throws {
        let commit = ObjectID(hex: String(repeating: "c", count: 40))
        let tag = try #require(ReleaseTag(name: testCase.tag, commit: commit))
        let commits = testCase.messages.map { message in
            message.hasPrefix("merge:")
                ? ReleaseCommit(message: String(message.dropFirst("merge:".count)), isMerge: true)
                : ReleaseCommit(message: message, isMerge: false)
        }

        let decision = VersionDecision.next(after: tag, commits: commits)

        #expect(decision.version.description == testCase.version)
        #expect(decision.source == .tag)
        #expect(decision.previousTag == testCase.tag)
        #expect(decision.bump == testCase.bump)
        #expect(decision.commits == testCase.commits)
        #expect(decision.unconventionalCommits == testCase.unconventional)
        #expect(decision.breakingCommits == testCase.breaking)
    }

    @Test func firstReleaseIsZeroOneZero() {
        #expect(VersionDecision.firstRelease.version.description == "0.1.0")
        #expect(VersionDecision.firstRelease.source == .firstRelease)
        #expect(VersionDecision.firstRelease.previousTag == nil)
    }

    @Test func overrideKeepsVersion() {
        let decision = VersionDecision.override(SemanticVersion(major: 2, minor: 0, patch: 0))
        #expect(decision.version.description == "2.0.0")
        #expect(decision.source == .override)
        #expect(decision.bump == nil)
    }

    @Test func encodesNullsForAbsentValues() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(VersionDecision.firstRelease)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"breaking_commits":0,"bump":null,"commits":0,"previous_tag":null,"#
                + #""source":"first-release","unconventional_commits":0,"version":"0.1.0"}"#)
    }
}
