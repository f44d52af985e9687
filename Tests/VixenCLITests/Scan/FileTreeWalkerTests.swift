import Foundation
import Testing
import VixenTestSupport

@testable import VixenCLI

@Suite struct FileTreeWalkerTests {
    /// Returns the display paths the walker lists for `arguments`, run from `directory`.
    private func listed(
        _ arguments: [String?], in directory: String, includesIgnored: Bool = false
    ) throws -> [String] {
        let walker = FileTreeWalker(includesIgnored: includesIgnored, currentDirectory: directory)
        var paths: [String] = []
        for argument in arguments {
            try walker.walk(argument) { file in paths.append(file.displayPath) }
        }
        return paths
    }

    private func message(of failure: RunFailure) -> String {
        failure.text(.english)
    }

    /// Returns a repository that ignores `*.log` and `build/`, with one ignored file tracked anyway.
    private func repositoryWithIgnoredFiles() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.write(".gitignore", "*.log\nbuild/\n")
        try repository.write("kept.log", "tracked before the rule\n")
        try repository.git("add", "--force", "kept.log")
        try repository.commit("Track one log", all: false)
        try repository.write("src/app.py", "print('app')\n")
        try repository.write("src/debug.log", "ignored\n")
        try repository.write("build/out.js", "ignored folder\n")
        return repository
    }

    @Test func ignoredFilesAreSkippedUnlessTracked() throws {
        let repository = try repositoryWithIgnoredFiles()
        #expect(try listed([nil], in: repository.path) == [".gitignore", "kept.log", "src/app.py"])
    }

    @Test func noIgnoreListsIgnoredFilesButNeverGit() throws {
        let repository = try repositoryWithIgnoredFiles()
        #expect(
            try listed(["."], in: repository.path, includesIgnored: true) == [
                "./.gitignore", "./build/out.js", "./kept.log", "./src/app.py", "./src/debug.log",
            ])
    }

    @Test func subfolderUsesRulesOfItsWorkTree() throws {
        let repository = try repositoryWithIgnoredFiles()
        #expect(try listed(["src"], in: repository.path) == ["src/app.py"])
    }

    @Test func ignoredFolderNamedOnCommandLineIsScannedWhole() throws {
        let repository = try repositoryWithIgnoredFiles()
        #expect(try listed(["build/"], in: repository.path) == ["build/out.js"])
    }

    @Test func ignoredFileNamedOnCommandLineIsScanned() throws {
        let repository = try repositoryWithIgnoredFiles()
        #expect(try listed(["src/debug.log"], in: repository.path) == ["src/debug.log"])
    }

    @Test func nestedRepositoryUsesItsOwnRules() throws {
        let repository = try GitRepository()
        try repository.write("a.txt", "outer\n")
        try repository.git("init", "--quiet", "vendor/lib")
        try repository.write("vendor/lib/.gitignore", "*.tmp\n")
        try repository.write("vendor/lib/cache.tmp", "ignored by the inner repository\n")
        try repository.write("vendor/lib/lib.py", "inner\n")
        #expect(try listed([nil], in: repository.path) == ["a.txt", "vendor/lib/.gitignore", "vendor/lib/lib.py"])
    }

    @Test func outsideRepositoryNothingIsIgnored() throws {
        let folder = try TemporaryDirectory()
        try Data("x\n".utf8).write(to: folder.url.appendingPathComponent("a.log"))
        try Data("*.log\n".utf8).write(to: folder.url.appendingPathComponent(".gitignore"))
        #expect(try listed([nil], in: folder.path) == [".gitignore", "a.log"])
    }

    @Test func linksInsideFolderAreNotFollowed() throws {
        let outside = try TemporaryDirectory()
        try Data("secret\n".utf8).write(to: outside.url.appendingPathComponent("outside.txt"))
        let folder = try TemporaryDirectory()
        try Data("x\n".utf8).write(to: folder.url.appendingPathComponent("real.txt"))
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/to-file.txt", withDestinationPath: "real.txt")
        try manager.createSymbolicLink(atPath: folder.path + "/to-outside", withDestinationPath: outside.path)
        #expect(try listed([nil], in: folder.path) == ["real.txt"])
    }

    @Test func linkNamedOnCommandLineIsFollowed() throws {
        let outside = try TemporaryDirectory()
        try Data("x\n".utf8).write(to: outside.url.appendingPathComponent("target.txt"))
        let folder = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: outside.path)
        #expect(try listed(["linked"], in: folder.path) == ["linked/target.txt"])
    }

    @Test func nonUTF8NameIsListedWithReplacementCharacter() throws {
        let folder = try TemporaryDirectory()
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = FileSystemPath(folder.path, relativeTo: "/").appending(name)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)

        let walker = FileTreeWalker(includesIgnored: false, currentDirectory: folder.path)
        var files: [FoundFile] = []
        try walker.walk(nil) { files.append($0) }

        #expect(files.map(\.displayPath) == ["caf\u{FFFD}.txt"])
        #expect(files.map(\.path) == [path])
    }

    @Test func missingPathNamesIt() throws {
        let folder = try TemporaryDirectory()
        #expect {
            try listed(["no/such/file.py"], in: folder.path)
        } throws: { error in
            guard let failure = error as? RunFailure else {
                return false
            }
            return message(of: failure)
                == "\"no/such/file.py\" does not exist. Check the path; a relative path starts at the current directory."
        }
    }

    @Test func linkLoopCannotBeRead() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: "loop")
        #expect {
            try listed(["loop"], in: folder.path)
        } throws: { error in
            guard let failure = error as? RunFailure else {
                return false
            }
            return message(of: failure)
                == "\"loop\" cannot be read: Too many levels of symbolic links. Make it readable, or leave it "
                + "out of the paths to scan."
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads folders whatever their permissions"))
    func unreadableFolderNamesIt() throws {
        let folder = try TemporaryDirectory()
        let locked = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        #expect {
            try listed([nil], in: folder.path)
        } throws: { error in
            guard let failure = error as? RunFailure else {
                return false
            }
            return message(of: failure).hasPrefix("\"locked\" cannot be read: Permission denied.")
        }
    }
}
