import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// The ignore rules of a work tree, compared with the output of `git check-ignore` and the index.
struct IgnoreRulesTests {
    /// Returns a repository with rules at the root, in a subfolder and in `.git/info/exclude`, and
    /// tracked files that the rules match.
    private func makeFixture() throws -> GitRepository {
        let fixture = try GitRepository()
        try fixture.write("docs/.gitignore", "drafts/\n")
        try fixture.write(".git/info/exclude", "local.txt\n")
        try fixture.write("tracked/old.log", "tracked before the rule\n")
        try fixture.write("dist/app.js", "tracked in an ignored folder\n")
        try fixture.git("add", "--force", "tracked/old.log", "dist/app.js")
        try fixture.write(".gitignore", "*.log\nbuild/\ndist/\n!keep.log\n")
        try fixture.commit("Track files that the rules ignore", all: false)
        return fixture
    }

    @Test(arguments: [
        ("app.log", false, true),
        ("keep.log", false, false),
        ("src/deep/app.log", false, true),
        ("build", true, true),
        ("build/out.js", false, true),
        ("src/build", true, true),
        ("build", false, false),
        ("docs/drafts", true, true),
        ("drafts", true, false),
        ("local.txt", false, true),
        ("src/app.py", false, false),
        ("tracked/old.log", false, false),
        ("dist", true, false),
        ("dist/app.js", false, false),
        ("dist/other.js", false, true),
    ])
    func ruleApplies(path: String, isDirectory: Bool, expected: Bool) throws {
        let fixture = try makeFixture()
        // The fixture deletes its folder when released, so it must outlive the check.
        try withExtendedLifetime(fixture) {
            let rules = try IgnoreRules(repository: try fixture.open())
            #expect(try rules.isIgnored(path, isDirectory: isDirectory) == expected)
        }
    }

    @Test func agreesWithGitCheckIgnore() throws {
        let fixture = try makeFixture()
        let rules = try IgnoreRules(repository: try fixture.open())
        for path in ["app.log", "keep.log", "build/out.js", "docs/drafts/a.md", "local.txt", "src/app.py"] {
            let result = try fixture.run(["check-ignore", "--quiet", "--no-index", path])
            #expect(try rules.isIgnored(path, isDirectory: false) == (result.status == 0), "\(path)")
        }
    }

    @Test func workTreeEndsWithSlash() throws {
        let fixture = try GitRepository()
        let rules = try IgnoreRules(repository: try fixture.open())
        #expect(rules.workTree == fixture.path + "/")
    }

    @Test func bareRepositoryHasNoRules() throws {
        let fixture = try GitRepository(bare: true)
        let repository = try fixture.open()
        #expect(throws: GitError.noWorkTree(path: repository.displayPath)) {
            try IgnoreRules(repository: repository)
        }
    }
}
