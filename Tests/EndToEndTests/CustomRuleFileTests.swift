import Foundation
import Testing
import VixenTestSupport

/// A team's own secret rule file: the example in both READMEs passes `rules check`, and the
/// file's own examples are not reported by `scan` or `check`.
struct CustomRuleFileTests {
    static let ruleFilePath = "security/secret-rules.yml"
    /// The value of the README example, whose rule must still find it in other files.
    static let exampleLine = "ACME_API_KEY=acme_live_" + "0MbLikvl85gio6FuGecwqZyNTdKc73er\n"

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    /// Returns the YAML block of `readme` (a file at the package root) that declares the
    /// example rule.
    static func exampleRuleFile(_ readme: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent(readme), encoding: .utf8)
        let opening = "```yaml\nrules:\n  - id: secret.acme-api-key"
        let start = try #require(text.range(of: opening))
        let end = try #require(text.range(of: "\n```\n", range: start.upperBound..<text.endIndex))
        return String(text[text.index(start.lowerBound, offsetBy: "```yaml\n".count)..<end.lowerBound]) + "\n"
    }

    /// Returns a repository whose first commit adds a configuration naming the README's rule
    /// file and that file, and whose second commit adds a second example to the rule file and
    /// adds `files`.
    private func repository(readme: String = "README.md", adding files: [String: String]) throws -> GitRepository {
        let repository = try GitRepository()
        let ruleFile = try Self.exampleRuleFile(readme)
        try repository.write(".vixen-gate.yml", "secrets:\n  rule_files: [\(Self.ruleFilePath)]\n")
        try repository.write(Self.ruleFilePath, ruleFile)
        try repository.commit("Add the team's secret rules")

        let secondExample = "      - 'acme_key = \"acme_live_" + "HMu0spfMw1BmPiNUs0PrD4Z7XrEmSWPt\"'\n"
        let edited = ruleFile.replacingOccurrences(
            of: "    negative_examples:", with: secondExample + "    negative_examples:")
        try repository.write(Self.ruleFilePath, edited)
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            try repository.write(path, contents)
        }
        try repository.commit("Add an example to the secret rules")
        return repository
    }

    @Test(arguments: ["README.md", "README.es.md"])
    func readmeExamplePassesRulesCheck(readme: String) throws {
        let repository = try repository(readme: readme, adding: [:])

        let result = try gate.run(["rules", "check", Self.ruleFilePath], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stdout == "Checked 1 rule in 1 file: 0 errors, 0 warnings.\n")
    }

    @Test func bothReadmesShowSameRules() throws {
        let english = try Self.exampleRuleFile("README.md")
        let spanish = try Self.exampleRuleFile("README.es.md")

        // Only the comments differ between the two languages.
        let strip = { (text: String) in
            text.split(separator: "\n").map { line in
                let code = line.range(of: " # ").map { line[..<$0.lowerBound] } ?? line
                return String(code.reversed().drop { $0 == " " }.reversed())
            }
        }
        #expect(strip(english) == strip(spanish))
    }

    @Test func scanSkipsRuleFileButFindsExampleElsewhere() throws {
        let repository = try repository(adding: ["backend/settings.env": Self.exampleLine])

        let result = try gate.run(["scan"], in: repository.url)

        #expect(result.status == 1)
        #expect(result.stdout.contains("secret.acme-api-key"))
        #expect(result.stdout.contains("backend/settings.env:1"))
        #expect(!result.stdout.contains(Self.ruleFilePath))
    }

    @Test func checkPassesRuleFileEdit() throws {
        let repository = try repository(adding: [:])

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
    }
}
