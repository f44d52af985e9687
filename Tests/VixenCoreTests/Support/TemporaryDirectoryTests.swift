import Foundation
import Testing
import VixenTestSupport

struct TemporaryDirectoryTests {
    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func createsEmptyFolderInTemporaryDirectory() throws {
        let directory = try TemporaryDirectory()
        let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        #expect(isDirectory(directory.path))
        #expect(directory.url.deletingLastPathComponent().path == base)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func foldersAreUnique() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        #expect(first.path != second.path)
    }

    @Test func removeDeletesContents() throws {
        let directory = try TemporaryDirectory()
        let nested = directory.url.appendingPathComponent("a/b", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: nested.appendingPathComponent("file.txt"))

        try directory.remove()
        #expect(!FileManager.default.fileExists(atPath: directory.path))
        // A second call finds nothing to delete and succeeds.
        try directory.remove()
    }

    @Test func releaseDeletesFolder() throws {
        var directory: TemporaryDirectory? = try TemporaryDirectory()
        let path = try #require(directory?.path)
        #expect(isDirectory(path))

        directory = nil
        #expect(directory == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
