import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Opening from git's environment, as a hook does.
///
/// libgit2 reads `GIT_DIR` and its companions from the real process environment, not from
/// the dictionary passed in, so each test sets the variables for the whole process. The suite
/// is serialized so no two tests change them at once.
@Suite(.serialized) struct EnvironmentOpeningTests {
    /// Sets `GIT_DIR` in the process environment for the duration of `body`.
    private func withGitDirectory<Result>(_ value: String, _ body: () throws -> Result) throws -> Result {
        try ProcessEnvironment.with(["GIT_DIR": value], body)
    }

    private func makeRepository(file: String) throws -> GitRepository {
        let fixture = try GitRepository()
        try fixture.write(file, "print('hola')\n")
        try fixture.commit("Add \(file)")
        return fixture
    }

    @Test func opensFromGitDirectoryVariable() throws {
        let fixture = try makeRepository(file: "app.py")
        let gitDirectory = fixture.gitDirectory.path

        let repository = try withGitDirectory(gitDirectory) {
            try Repository.open(path: nil, currentDirectory: "/", environment: ["GIT_DIR": gitDirectory])
        }

        #expect(repository.gitDirectory == gitDirectory + "/")
        #expect(repository.workTree == fixture.path + "/")
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func opensBareRepositoryFromGitDirectoryVariable() throws {
        let fixture = try makeRepository(file: "app.py")
        let bare = try fixture.clone(bare: true)

        let repository = try withGitDirectory(bare.path) {
            try Repository.open(path: nil, currentDirectory: "/", environment: ["GIT_DIR": bare.path])
        }

        #expect(repository.gitDirectory == bare.path + "/")
        #expect(repository.isBare)
        #expect(try repository.headCommit() == fixture.objectID())
    }

    @Test func explicitPathWinsOverGitDirectory() throws {
        let ignored = try makeRepository(file: "ignored.py")
        let chosen = try makeRepository(file: "chosen.py")
        let ignoredDirectory = ignored.gitDirectory.path

        let repository = try withGitDirectory(ignoredDirectory) {
            try Repository.open(path: chosen.path, currentDirectory: "/", environment: ["GIT_DIR": ignoredDirectory])
        }

        #expect(repository.gitDirectory == chosen.path + "/.git/")
        #expect(try repository.headCommit() == chosen.objectID())
    }

    @Test func gitDirectoryWithoutRepositoryIsRejected() throws {
        let folder = try TemporaryDirectory(prefix: "vixen-gate-empty-git-dir")

        let error = try withGitDirectory(folder.path) {
            #expect(throws: GitError.self) {
                try Repository.open(path: nil, currentDirectory: "/", environment: ["GIT_DIR": folder.path])
            }
        }

        #expect(error == .notARepository(path: folder.path))
        expectMessage(of: error, names: folder.path)
    }

    /// Pushes a new commit from a clone of `receiver`, whose pre-receive hook copies the push's
    /// quarantined objects to `quarantineCopy` and then rejects the push, so the receiver itself
    /// never gets them.
    ///
    /// Returns the pushed commit.
    private func pushIntoQuarantine(_ receiver: GitRepository, quarantineCopy: String) throws -> ObjectID {
        let hooks = receiver.gitDirectory.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let hook = hooks.appendingPathComponent("pre-receive")
        let script = "#!/bin/sh\ncp -R \"$GIT_QUARANTINE_PATH\" '\(quarantineCopy)'\nexit 1\n"
        try Data(script.utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        let sender = try receiver.clone()
        try sender.write("deploy.env", "REGION=eu\n")
        let pushed = ObjectID(hex: try sender.commit("Add deploy settings"))
        let push = try sender.run(["push", "origin", "HEAD:refs/heads/incoming"])
        try #require(push.status != 0)
        try #require(FileManager.default.fileExists(atPath: quarantineCopy))
        return pushed
    }

    @Test func quarantinedObjectsOfBareRepositoryAreRead() throws {
        let origin = try makeRepository(file: "app.py")
        let receiver = try origin.clone(bare: true)
        let quarantine = try TemporaryDirectory(prefix: "vixen-gate-quarantine")
        let copy = quarantine.path + "/objects"
        let pushed = try pushIntoQuarantine(receiver, quarantineCopy: copy)
        let base = try origin.objectID()

        let range = try ProcessEnvironment.with([
            "GIT_DIR": receiver.path, "GIT_OBJECT_DIRECTORY": copy,
            "GIT_ALTERNATE_OBJECT_DIRECTORIES": receiver.path + "/objects",
        ]) {
            let repository = try Repository.open(
                path: nil, currentDirectory: "/", environment: ["GIT_DIR": receiver.path])
            return try repository.readRange(base: base, head: pushed)
        }

        #expect(range.commits.map(\.id) == [pushed])
        #expect(range.overall.file("deploy.env")?.numberedLines == [NumberedLine(1, "REGION=eu")])
    }

    @Test func quarantinedObjectsOfWorkTreeRepositoryAreRead() throws {
        let receiver = try makeRepository(file: "app.py")
        let quarantine = try TemporaryDirectory(prefix: "vixen-gate-quarantine")
        let copy = quarantine.path + "/objects"
        let pushed = try pushIntoQuarantine(receiver, quarantineCopy: copy)
        let base = try receiver.objectID()
        let gitDirectory = receiver.gitDirectory.path

        let range = try ProcessEnvironment.with([
            "GIT_DIR": gitDirectory, "GIT_OBJECT_DIRECTORY": copy,
            "GIT_ALTERNATE_OBJECT_DIRECTORIES": gitDirectory + "/objects",
        ]) {
            let repository = try Repository.open(
                path: nil, currentDirectory: "/", environment: ["GIT_DIR": gitDirectory])
            return try repository.readRange(base: base, head: pushed)
        }

        #expect(range.commits.map(\.id) == [pushed])
        #expect(range.overall.file("deploy.env")?.numberedLines == [NumberedLine(1, "REGION=eu")])
    }

    @Test func workTreeVariableIsHonored() throws {
        let fixture = try makeRepository(file: "app.py")
        let gitDirectory = fixture.gitDirectory.path
        try fixture.write("app.py", "print('adiós')\n")

        let (workTree, changes) = try ProcessEnvironment.with(["GIT_DIR": gitDirectory, "GIT_WORK_TREE": fixture.path])
        {
            let repository = try Repository.open(
                path: nil, currentDirectory: "/", environment: ["GIT_DIR": gitDirectory, "GIT_WORK_TREE": fixture.path])
            return (repository.workTree, try repository.readWorktree())
        }

        #expect(workTree == fixture.path + "/")
        #expect(changes.paths == ["app.py"])
    }
}
