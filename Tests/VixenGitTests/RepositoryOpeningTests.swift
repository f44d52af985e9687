import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct RepositoryOpeningTests {
    /// Builds a repository with one commit that adds a file three folders deep.
    private func makeRepository() throws -> GitRepository {
        let fixture = try GitRepository()
        try fixture.write("backend/app/api/routes.py", "ROUTES = []\n")
        try fixture.commit("Add routes")
        return fixture
    }

    @Test func opensFromWorkTreeRoot() throws {
        let fixture = try makeRepository()

        let repository = try fixture.open()

        #expect(repository.workTree == fixture.path + "/")
        #expect(repository.gitDirectory == fixture.path + "/.git/")
        #expect(repository.isBare == false)
        #expect(repository.isShallow == false)
        #expect(repository.headBranchName == "main")
        #expect(repository.isHeadDetached == false)
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func opensFromDeepSubfolder() throws {
        let fixture = try makeRepository()

        let repository = try Repository.open(
            path: fixture.path + "/backend/app/api", currentDirectory: "/", environment: [:])

        #expect(repository.workTree == fixture.path + "/")
        #expect(repository.gitDirectory == fixture.path + "/.git/")
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func opensFromCurrentDirectoryWithoutPath() throws {
        let fixture = try makeRepository()

        let repository = try Repository.open(
            path: nil, currentDirectory: fixture.path + "/backend/app", environment: [:])

        #expect(repository.workTree == fixture.path + "/")
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func opensBareRepository() throws {
        let fixture = try makeRepository()
        let bare = try fixture.clone(bare: true)

        let repository = try bare.open()

        #expect(repository.isBare)
        #expect(repository.workTree == nil)
        #expect(repository.gitDirectory == bare.path + "/")
        #expect(repository.headBranchName == "main")
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func folderOutsideRepositoryIsRejected() throws {
        let folder = try TemporaryDirectory(prefix: "vixen-gate-not-a-repository")

        let error = #expect(throws: GitError.self) {
            try Repository.open(path: folder.path, currentDirectory: "/", environment: [:])
        }

        #expect(error == .notARepository(path: folder.path))
        expectMessage(of: error, names: folder.path)
    }

    @Test func sha256RepositoryIsUnsupported() throws {
        let fixture = try GitRepository(objectFormat: .sha256)
        try fixture.write("a.txt", "a\n")
        try fixture.commit("Add a")

        let error = #expect(throws: GitError.self) {
            try fixture.open()
        }

        #expect(error == .unsupported(.sha256))
        expectMessage(of: error, names: "SHA-256")
        expectMessage(of: error, names: Repository.libgit2Version)
    }

    @Test func unknownExtensionIsUnsupported() throws {
        let fixture = try makeRepository()
        try fixture.git("config", "core.repositoryformatversion", "1")
        try fixture.git("config", "extensions.madeup", "true")

        let error = #expect(throws: GitError.self) {
            try fixture.open()
        }

        #expect(error == .unsupported(.unknownExtension("madeup")))
        expectMessage(of: error, names: "extensions.madeup")
    }

    @Test(.enabled(if: getuid() == 0, "changing a folder's owner to nobody needs root"))
    func repositoryOfOtherOwnerIsUnsupported() throws {
        let fixture = try makeRepository()
        try ProcessRunner.run("chown", ["-R", "nobody", fixture.path]).requireSuccess()

        let error = #expect(throws: GitError.self) {
            try fixture.open()
        }

        #expect(error == .unsupported(.otherOwner(path: fixture.path)))
        expectMessage(of: error, names: fixture.path)
    }

    @Test func emptyRepositoryHasNoHead() throws {
        let fixture = try GitRepository()
        let repository = try fixture.open()

        let required = #expect(throws: GitError.self) {
            try repository.requireHead()
        }
        let head = #expect(throws: GitError.self) {
            try repository.headCommit()
        }

        #expect(required == .emptyRepository(path: fixture.path))
        #expect(head == .emptyRepository(path: fixture.path))
        expectMessage(of: required, names: fixture.path)
    }

    @Test func orphanBranchIsUnbornHead() throws {
        let fixture = try makeRepository()
        try fixture.git("checkout", "--quiet", "--orphan", "fresh-start")
        let repository = try fixture.open()

        let required = #expect(throws: GitError.self) {
            try repository.requireHead()
        }
        let head = #expect(throws: GitError.self) {
            try repository.headCommit()
        }

        #expect(required == .unbornHead(branch: "fresh-start"))
        #expect(head == .unbornHead(branch: "fresh-start"))
        #expect(repository.headBranchName == "fresh-start")
        expectMessage(of: required, names: "fresh-start")
    }

    @Test func indexSkipHashSettingIsUnsupported() throws {
        let fixture = try makeRepository()
        // git 2.39 ignores this setting and still writes the checksum, so only the setting
        // itself tells the module that a newer git may write the index without one.
        try fixture.git("config", "index.skipHash", "true")
        try fixture.write("backend/app/main.py", "app = None\n")
        try fixture.git("add", "backend/app/main.py")
        let repository = try fixture.open()

        let staged = #expect(throws: GitError.self) {
            try repository.readStaged()
        }
        let worktree = #expect(throws: GitError.self) {
            try repository.readWorktree()
        }

        #expect(staged == .unsupported(.indexSkipHash))
        #expect(worktree == .unsupported(.indexSkipHash))
        expectMessage(of: staged, names: "index.skipHash")
        expectMessage(of: staged, names: Repository.libgit2Version)
    }

    @Test func indexWithZeroChecksumIsUnsupported() throws {
        let fixture = try makeRepository()
        try fixture.write("backend/app/main.py", "app = None\n")
        try fixture.git("add", "backend/app/main.py")
        // git 2.40 and later write twenty zero bytes in place of the index checksum when
        // index.skipHash is on, which feature.manyFiles also turns on.
        let indexFile = fixture.gitDirectory.appendingPathComponent("index")
        var bytes = try [UInt8](Data(contentsOf: indexFile))
        bytes.replaceSubrange((bytes.count - 20)..., with: [UInt8](repeating: 0, count: 20))
        try Data(bytes).write(to: indexFile)
        let repository = try fixture.open()

        let staged = #expect(throws: GitError.self) {
            try repository.readStaged()
        }
        let worktree = #expect(throws: GitError.self) {
            try repository.readWorktree()
        }

        #expect(staged == .unsupported(.indexSkipHash))
        #expect(worktree == .unsupported(.indexSkipHash))
    }
}
