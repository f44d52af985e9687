import Foundation
import Testing
import VixenConfig
import VixenCore

@testable import VixenChecks

/// Findings on lines that carry a suppression comment, through the whole check engine.
@Suite struct InlineSuppressionTests {
    /// A GitHub classic token built at run time, so this file contains no credential.
    private static let token = "ghp_" + String(repeating: "k7Qz9Xw2", count: 3) + "aB3dE1fG4hJ5"

    /// Returns the rule ids the standard engine reports for one commit adding `line` to `app.py`.
    private func rules(forLine line: String) throws -> [String] {
        var builder = AddedTextBuilder()
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { builder.append(number: 1, content: $0) }
        let file = FileChange(
            path: "app.py", status: .added, content: .text(builder.build()), size: Int64(bytes.count))
        let commit = CommitChange(
            id: ObjectID(hex: String(repeating: "a", count: 40)), parents: [], summary: "Add app", authorName: "A",
            time: Date(timeIntervalSince1970: 0), files: [file])
        let changes = ChangeSet(
            base: nil, head: commit.id, diffBase: nil, commits: [commit], overall: [file])
        let resolver = try ComponentResolver(configuration: .default, snapshot: InMemorySnapshot(files: [:]))
        let context = CheckContext(changes: changes, components: resolver, configuration: .default)
        return try CheckEngine.standard.run(context).map(\.rule.description)
    }

    @Test func unmarkedSecretIsReported() throws {
        #expect(try rules(forLine: "TOKEN = \"\(Self.token)\"") == ["secret.github-personal-access-token"])
    }

    @Test func bareMarkerSuppressesEveryRule() throws {
        #expect(try rules(forLine: "TOKEN = \"\(Self.token)\"  # vixen-gate:allow") == [])
    }

    @Test func namedRuleIsSuppressed() throws {
        let line = "TOKEN = \"\(Self.token)\"  # vixen-gate:allow secret.github-personal-access-token"
        #expect(try rules(forLine: line) == [])
    }

    @Test func otherRuleIsNotSuppressed() throws {
        let line = "TOKEN = \"\(Self.token)\"  # vixen-gate:allow git.file-too-large"
        #expect(try rules(forLine: line) == ["secret.github-personal-access-token"])
    }

    @Test func otherScannersMarkersSuppressSecrets() throws {
        #expect(try rules(forLine: "TOKEN = \"\(Self.token)\"  # gitleaks:allow") == [])
        #expect(try rules(forLine: "TOKEN = \"\(Self.token)\"  # pragma: allowlist secret") == [])
    }

    @Test func ruleListStopsAtFirstNonRule() {
        let names = InlineSuppression.ruleNames(after: " secret.a, env.b because tests need it")
        #expect(names == ["secret.a", "env.b"])
    }
}
