import Testing
import VixenCore
import VixenGit

/// Every error's message, in both languages, names the value a person needs to act on.
struct GitErrorMessageTests {
    private static let commit = ObjectID(hex: "0123456789abcdef0123456789abcdef01234567")

    /// Each error with the values its message must contain.
    private static let cases: [(GitError, [String])] = [
        (.notARepository(path: "/srv/app"), ["/srv/app"]),
        (.unsupported(.indexSkipHash), ["index.skipHash", Repository.libgit2Version]),
        (.unsupported(.sha256), ["SHA-256", Repository.libgit2Version]),
        (.unsupported(.unknownExtension("worktreeconfig")), ["extensions.worktreeconfig", Repository.libgit2Version]),
        (.unsupported(.otherOwner(path: "/srv/shared")), ["/srv/shared", "safe.directory"]),
        (.emptyRepository(path: "/srv/empty"), ["/srv/empty"]),
        (.unbornHead(branch: "release/2.0"), ["release/2.0"]),
        (.noWorkTree(path: "/srv/app.git"), ["/srv/app.git"]),
        (.unknownRevision("origin/develop", isShallow: false), ["origin/develop", "git fetch"]),
        (.unknownRevision("HEAD~40", isShallow: true), ["HEAD~40", "git fetch --unshallow"]),
        (.notACommit("v1.0^{tree}"), ["v1.0^{tree}"]),
        (.noDefaultBase, ["--base"]),
        (.shallowBoundary(commit: commit, commitsRead: 12), [commit.hex, "--deepen=50", "12"]),
        (.shallowBoundary(commit: commit, commitsRead: 80), [commit.hex, "--deepen=80"]),
        (.missingObject(id: commit.hex, path: "config/app.env"), [commit.hex, "config/app.env"]),
        (.missingObject(id: commit.hex, path: nil), [commit.hex]),
        (
            .library(function: "git_odb_read", code: -3, message: "object not found"),
            ["git_odb_read", "-3", "object not found"]
        ),
    ]

    @Test(arguments: cases)
    func messageNamesValues(error: GitError, values: [String]) {
        for value in values {
            expectMessage(of: error, names: value)
        }
    }

    @Test func shallowMessagesDifferFromFullClone() {
        let full = GitError.unknownRevision("HEAD~40", isShallow: false).message
        let shallow = GitError.unknownRevision("HEAD~40", isShallow: true).message

        #expect(full.english.contains("--unshallow") == false)
        #expect(full.spanish.contains("--unshallow") == false)
        #expect(shallow.english != full.english)
    }
}
