import Foundation
import Testing
import VixenTestSupport

struct GitRepositoryTests {
    private let startSeconds = Int(GitRepository.firstCommitDate.timeIntervalSince1970)

    @Test func commitReturnsHeadObjectID() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "hello\n")
        let commit = try repository.commit("Add readme")

        #expect(commit == (try repository.git("rev-parse", "HEAD")))
        #expect(commit.count == 40)
        #expect(commit.allSatisfy { $0.isHexDigit })
        #expect(commit == commit.lowercased())
    }

    @Test func sha256RepositoryHasLongObjectIDs() throws {
        let repository = try GitRepository(objectFormat: .sha256)
        try repository.write("a.txt", "a\n")
        let commit = try repository.commit("Add a")

        #expect(commit.count == 64)
        #expect(try repository.git("rev-parse", "--show-object-format") == "sha256")
    }

    @Test func initialBranchDefaultsToMain() throws {
        #expect(try GitRepository().currentBranch() == "main")
        #expect(try GitRepository(initialBranch: "trunk").currentBranch() == "trunk")
    }

    @Test func commitsHaveFixedIdentity() throws {
        let repository = try GitRepository()
        try repository.write("a.txt", "a\n")
        try repository.commit("Add a")

        let identity = try repository.git("log", "-1", "--format=%an <%ae>|%cn <%ce>")
        let expected = "\(GitRepository.authorName) <\(GitRepository.authorEmail)>"
        #expect(identity == "\(expected)|\(expected)")
    }

    @Test func commitDatesAdvanceOneMinute() throws {
        let repository = try GitRepository()
        try repository.write("a.txt", "a\n")
        try repository.commit("First")
        try repository.write("a.txt", "b\n")
        try repository.commit("Second")
        try repository.commit("Third", allowEmpty: true)

        let dates = try repository.git("log", "--format=%at %ct %ad", "--date=iso-strict")
        #expect(
            dates.split(separator: "\n") == [
                "\(startSeconds + 120) \(startSeconds + 120) 2024-01-01T00:02:00+00:00",
                "\(startSeconds + 60) \(startSeconds + 60) 2024-01-01T00:01:00+00:00",
                "\(startSeconds) \(startSeconds) 2024-01-01T00:00:00+00:00",
            ])
    }

    @Test func failedCommitDoesNotAdvanceClock() throws {
        let repository = try GitRepository()
        try repository.write("a.txt", "a\n")
        try repository.commit("First")
        #expect(throws: GitFixtureError.self) {
            try repository.commit("Nothing to commit")
        }
        try repository.commit("Second", allowEmpty: true)

        #expect(try repository.git("log", "-1", "--format=%ct") == String(startSeconds + 60))
    }

    @Test func sameStepsGiveSameObjectIDs() throws {
        func build() throws -> String {
            let repository = try GitRepository()
            try repository.write("app.py", "print('hola')\n")
            try repository.commit("Add app")
            try repository.checkout("feature", createBranch: true)
            try repository.write("app.py", "print('adiós')\n")
            try repository.commit("Change greeting")
            try repository.checkout("main")
            return try repository.merge("feature", message: "Merge feature")
        }
        #expect(try build() == (try build()))
    }

    @Test func environmentIsolatesConfiguration() throws {
        let repository = try GitRepository()
        let environment = repository.environment
        let home = try #require(environment["HOME"])

        #expect(environment["GIT_CONFIG_NOSYSTEM"] == "1")
        #expect(environment["LC_ALL"] == "C")
        #expect(home.hasPrefix(repository.url.deletingLastPathComponent().path + "/"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home) == [])
        // Only the repository's own file and the command line may set anything.
        let origins = try repository.git("config", "--list", "--show-origin")
            .split(separator: "\n")
            .map { String($0.split(separator: "\t")[0]) }
        let allowed: Set<String> = ["command line:", "file:.git/config"]
        #expect(Set(origins).subtracting(allowed) == [])
    }

    @Test func writeCreatesFoldersAndBinaryFiles() throws {
        let repository = try GitRepository()
        try repository.write("backend/app/deep/settings.py", "DEBUG = False\n")
        try repository.write("assets/logo.bin", Fixtures.binaryBytes(count: 1024))
        try repository.commit("Add files")

        let numstat = try repository.git("show", "--numstat", "--format=", "HEAD")
        #expect(numstat.split(separator: "\n") == ["-\t-\tassets/logo.bin", "1\t0\tbackend/app/deep/settings.py"])
    }

    @Test func moveAndRemoveShowAsRenameAndDeletion() throws {
        let repository = try GitRepository()
        try repository.write("docs/old.md", "# Title\n\nSome text that stays the same.\n")
        try repository.write("scratch.txt", "temporary\n")
        try repository.commit("Add docs")

        try repository.move("docs/old.md", "docs/guides/new.md")
        try repository.remove("scratch.txt")
        try repository.commit("Reorganize")

        let changes = try repository.git("diff", "--name-status", "-M", "HEAD~1", "HEAD")
        #expect(changes.split(separator: "\n") == ["R100\tdocs/old.md\tdocs/guides/new.md", "D\tscratch.txt"])
    }

    @Test func nonASCIIPathIsCommittedVerbatim() throws {
        let repository = try GitRepository()
        try repository.write(Fixtures.nonASCIIPath, "hola\n")
        try repository.commit("Add guide")

        #expect(try repository.git("-c", "core.quotePath=false", "ls-files") == Fixtures.nonASCIIPath)
    }

    @Test func invalidPathsThrow() throws {
        let repository = try GitRepository()
        for path in ["", "/etc/passwd", "../outside.txt", "a/../../b"] {
            #expect(throws: GitFixtureError.invalidPath(path)) {
                try repository.write(path, "x")
            }
        }
    }

    @Test func bareRepositoryHasNoWorkTree() throws {
        let repository = try GitRepository(bare: true)
        #expect(repository.isBare)
        #expect(try repository.git("rev-parse", "--is-bare-repository") == "true")
        #expect(throws: GitFixtureError.noWorkTree(repository: repository.path)) {
            try repository.write("a.txt", "a")
        }
    }

    @Test func mergeCreatesCommitWithTwoParents() throws {
        let repository = try GitRepository()
        try repository.write("a.txt", "a\n")
        let base = try repository.commit("Base")
        try repository.branch("feature")
        try repository.checkout("feature")
        try repository.write("b.txt", "b\n")
        let feature = try repository.commit("Feature")
        try repository.checkout("main")

        // main has not moved, so a plain merge would fast-forward.
        let merge = try repository.merge("feature", message: "Merge feature")
        #expect(try repository.git("rev-list", "--parents", "-n", "1", "HEAD") == "\(merge) \(base) \(feature)")
        #expect(try repository.git("log", "-1", "--format=%s") == "Merge feature")
    }

    @Test func tagsResolveToCommit() throws {
        let repository = try GitRepository()
        let commit = try repository.commit("Empty", allowEmpty: true)
        try repository.tag("v1.0.0", message: "Release 1.0.0")
        try repository.tag("light")

        #expect(try repository.git("cat-file", "-t", "v1.0.0") == "tag")
        #expect(try repository.revParse("v1.0.0^{commit}") == commit)
        #expect(try repository.revParse("light") == commit)
    }

    @Test func failedCommandThrowsWithStderr() throws {
        let repository = try GitRepository()
        let error = try #require(throws: GitFixtureError.self) {
            try repository.revParse("missing-branch")
        }
        guard case .commandFailed(let arguments, let status, _, let stderr) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(arguments == ["rev-parse", "--verify", "--end-of-options", "missing-branch"])
        #expect(status == 128)
        #expect(stderr == "fatal: Needed a single revision\n")
    }

    @Test func shallowCloneHasShallowFile() throws {
        let origin = try GitRepository()
        for number in 1...3 {
            try origin.write("file.txt", "version \(number)\n")
            try origin.commit("Version \(number)")
        }

        let clone = try origin.clone(depth: 1)
        let shallowFile = clone.gitDirectory.appendingPathComponent("shallow")
        #expect(FileManager.default.fileExists(atPath: shallowFile.path))
        #expect(try clone.git("rev-list", "--count", "HEAD") == "1")
        #expect(try clone.head() == (try origin.head()))
        #expect(try clone.git("rev-parse", "--is-shallow-repository") == "true")
    }

    @Test func fullCloneIsNotShallow() throws {
        let origin = try GitRepository()
        try origin.commit("One", allowEmpty: true)
        try origin.commit("Two", allowEmpty: true)

        let clone = try origin.clone()
        #expect(!FileManager.default.fileExists(atPath: clone.gitDirectory.appendingPathComponent("shallow").path))
        #expect(try clone.git("rev-list", "--count", "HEAD") == "2")
    }

    @Test func pushUpdatesBareRemote() throws {
        let origin = try GitRepository(bare: true)
        let work = try origin.clone()
        try work.write("app.py", "print('hola')\n")
        let commit = try work.commit("Add app")
        try work.push("origin", ["main"])

        #expect(try origin.revParse("refs/heads/main") == commit)
    }

    @Test func addedRemoteReceivesPush() throws {
        let work = try GitRepository()
        let backup = try GitRepository(bare: true)
        let commit = try work.commit("Start", allowEmpty: true)
        try work.addRemote("backup", backup)
        try work.push("backup", ["main:refs/heads/release"])

        #expect(try work.git("remote", "get-url", "backup") == backup.fileURL)
        #expect(try backup.revParse("refs/heads/release") == commit)
    }

    @Test func rejectedPushReturnsResultThroughRun() throws {
        let origin = try GitRepository(bare: true)
        let work = try origin.clone()
        try work.commit("Start", allowEmpty: true)
        let hook = work.gitDirectory.appendingPathComponent("hooks/pre-push")
        try Data("#!/bin/sh\necho blocked by hook >&2\nexit 1\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        let result = try work.run(["push", "origin", "main"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("blocked by hook\n"))
        #expect(throws: GitFixtureError.self) {
            try work.push("origin", ["main"])
        }
    }

    @Test func cloneSharesCommitClock() throws {
        let origin = try GitRepository()
        try origin.commit("First", allowEmpty: true)
        let clone = try origin.clone()
        try clone.commit("Second", allowEmpty: true)

        #expect(try clone.git("log", "-1", "--format=%ct") == String(startSeconds + 60))
    }

    @Test func submoduleFromLocalRepositoryIsAllowed() throws {
        let library = try GitRepository()
        let libraryCommit = try library.commit("Library", allowEmpty: true)
        let app = try GitRepository()
        try app.git("submodule", "add", "--quiet", library.fileURL, "vendor/library")
        try app.commit("Add library")

        #expect(try app.git("ls-tree", "HEAD", "vendor/library") == "160000 commit \(libraryCommit)\tvendor/library")
    }

    @Test func releasingRepositoriesDeletesSandbox() throws {
        var origin: GitRepository? = try GitRepository()
        var clone: GitRepository? = try origin?.clone()
        let sandbox = try #require(origin?.url.deletingLastPathComponent().path)

        origin = nil
        #expect(origin == nil)
        // The clone still needs the sandbox.
        #expect(FileManager.default.fileExists(atPath: sandbox))
        clone = nil
        #expect(clone == nil)
        #expect(!FileManager.default.fileExists(atPath: sandbox))
    }
}
