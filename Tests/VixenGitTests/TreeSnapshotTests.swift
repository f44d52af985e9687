import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct TreeSnapshotTests {
    private func makeRepository() throws -> GitRepository {
        let fixture = try GitRepository()
        try fixture.write("b.txt", "b\n")
        try fixture.write("Z.md", "zeta\n")
        try fixture.write("a/z.txt", "a z\n")
        try fixture.write("a/b/c.txt", "a b c\n")
        try fixture.write("docs/guía de estilo.md", "# Guía\n")
        try fixture.writeSymlink("a/link", to: "z.txt")
        try fixture.commit("Lay out files")
        return fixture
    }

    @Test func listsEveryPathSorted() throws {
        let fixture = try makeRepository()
        let repository = try fixture.open()

        let snapshot = try TreeSnapshot(repository: repository, commit: fixture.objectID())

        #expect(snapshot.paths == ["Z.md", "a/b/c.txt", "a/link", "a/z.txt", "b.txt", "docs/guía de estilo.md"])
    }

    @Test func readsContents() throws {
        let fixture = try makeRepository()
        let repository = try fixture.open()

        let snapshot = try TreeSnapshot(repository: repository, commit: fixture.objectID())

        #expect(try snapshot.contents(of: "a/b/c.txt") == Array("a b c\n".utf8))
        #expect(try snapshot.contents(of: "docs/guía de estilo.md") == Array("# Guía\n".utf8))
        #expect(try snapshot.contents(of: "a/link") == Array("z.txt".utf8))
        #expect(try snapshot.contents(of: "missing.txt") == nil)
        #expect(try snapshot.contents(of: "a/b") == nil)
    }

    @Test func snapshotOfOlderCommit() throws {
        let fixture = try makeRepository()
        let first = try fixture.objectID()
        try fixture.write("b.txt", "changed\n")
        try fixture.write("new.txt", "new\n")
        try fixture.commit("Change b")
        let repository = try fixture.open()

        let snapshot = try TreeSnapshot(repository: repository, commit: first)

        #expect(snapshot.paths.contains("new.txt") == false)
        #expect(try snapshot.contents(of: "b.txt") == Array("b\n".utf8))
    }

    @Test func fileContentsAtCommit() throws {
        let fixture = try makeRepository()
        let first = try fixture.objectID()
        try fixture.write("b.txt", "changed\n")
        let second = ObjectID(hex: try fixture.commit("Change b"))
        let repository = try fixture.open()

        #expect(try repository.fileContents("b.txt", at: first) == Array("b\n".utf8))
        #expect(try repository.fileContents("b.txt", at: second) == Array("changed\n".utf8))
        #expect(try repository.fileContents("a/b/c.txt", at: second) == Array("a b c\n".utf8))
    }

    @Test func fileContentsOfMissingPathIsNil() throws {
        let fixture = try makeRepository()
        let repository = try fixture.open()

        #expect(try repository.fileContents("nope.txt", at: fixture.objectID()) == nil)
        #expect(try repository.fileContents("a/nope.txt", at: fixture.objectID()) == nil)
    }

    @Test func fileContentsOfFolderIsNil() throws {
        let fixture = try makeRepository()
        let repository = try fixture.open()

        #expect(try repository.fileContents("a", at: fixture.objectID()) == nil)
        #expect(try repository.fileContents("a/b", at: fixture.objectID()) == nil)
    }

    @Test func mergeBaseOfTwoBranches() throws {
        let fixture = try makeRepository()
        try fixture.write("b.txt", "shared\n")
        let fork = ObjectID(hex: try fixture.commit("Shared change"))
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.txt", "feature\n")
        let feature = ObjectID(hex: try fixture.commit("Feature"))
        try fixture.checkout("main")
        try fixture.write("main.txt", "main\n")
        let mainTip = ObjectID(hex: try fixture.commit("Main"))
        let repository = try fixture.open()

        #expect(try repository.mergeBase(mainTip, feature) == fork)
        #expect(try repository.mergeBase(feature, mainTip) == fork)
        #expect(try repository.mergeBase(fork, feature) == fork)
        #expect(try repository.mergeBase(feature, feature) == feature)
    }

    @Test func mergeBaseOfUnrelatedHistoriesIsNil() throws {
        let fixture = try makeRepository()
        let mainTip = try fixture.objectID()
        try fixture.git("checkout", "--quiet", "--orphan", "unrelated")
        try fixture.write("other.txt", "other\n")
        let unrelated = ObjectID(hex: try fixture.commit("Unrelated root"))
        let repository = try fixture.open()

        #expect(try repository.mergeBase(mainTip, unrelated) == nil)
    }
}
