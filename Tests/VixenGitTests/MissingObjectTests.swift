import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct MissingObjectTests {
    /// Returns the file that stores `id` while it is a loose object, that is, until git packs it.
    private func looseObjectFile(_ id: ObjectID, in fixture: GitRepository) -> URL {
        fixture.gitDirectory
            .appendingPathComponent("objects")
            .appendingPathComponent(String(id.hex.prefix(2)))
            .appendingPathComponent(String(id.hex.dropFirst(2)))
    }

    @Test func deletedLooseBlobIsNamed() throws {
        let fixture = try GitRepository()
        try fixture.git("config", "gc.auto", "0")
        try fixture.write("app.py", "VERSION = 1\n")
        let base = ObjectID(hex: try fixture.commit("Start"))
        try fixture.write("app.py", "VERSION = 2\n")
        try fixture.write("secrets/lost.env", "TOKEN=placeholder\n")
        let head = ObjectID(hex: try fixture.commit("Add env file"))
        let blob = try fixture.blobID("secrets/lost.env")
        let looseFile = looseObjectFile(blob, in: fixture)
        try #require(FileManager.default.fileExists(atPath: looseFile.path))
        try FileManager.default.removeItem(at: looseFile)
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.readRange(base: base, head: head)
        }

        #expect(error == .missingObject(id: blob.hex, path: "secrets/lost.env"))
        expectMessage(of: error, names: blob.hex)
        expectMessage(of: error, names: "secrets/lost.env")
    }

    @Test func deletedLooseCommitIsNamed() throws {
        let fixture = try GitRepository()
        try fixture.git("config", "gc.auto", "0")
        try fixture.write("app.py", "VERSION = 1\n")
        let first = ObjectID(hex: try fixture.commit("Start"))
        try fixture.write("app.py", "VERSION = 2\n")
        let head = ObjectID(hex: try fixture.commit("Bump"))
        try FileManager.default.removeItem(at: looseObjectFile(first, in: fixture))
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.readRange(base: nil, head: head)
        }

        #expect(error == .missingObject(id: first.hex, path: nil))
        expectMessage(of: error, names: first.hex)
    }

    @Test func missingBlobInLongRangeIsNamed() throws {
        let commitCount = 80
        let fixture = try GitRepository()
        // fast-import writes loose objects only when an import has fewer objects than this
        // limit (100 by default), and the test needs a loose blob to delete.
        try fixture.git("config", "fastimport.unpackLimit", "100000")
        var stream = ""
        var log = ""
        for index in 1...commitCount {
            log += "entry \(index)\n"
            stream += "commit refs/heads/main\nmark :\(index)\n"
            stream +=
                "committer \(GitRepository.authorName) <\(GitRepository.authorEmail)> \(1_704_067_200 + 60 * index) +0000\n"
            stream += "data 7\nCommit\n"
            if index > 1 {
                stream += "from :\(index - 1)\n"
            }
            stream += "M 100644 inline log.txt\ndata \(log.utf8.count)\n\(log)\n"
            if index == 50 {
                stream += "M 100644 inline secrets/lost.env\ndata 18\nTOKEN=placeholder\n\n"
            }
            stream += "\n"
        }
        try fixture.git(["fast-import", "--quiet"], stdin: stream)
        let blob = try fixture.blobID("secrets/lost.env", at: "main")
        try FileManager.default.removeItem(at: looseObjectFile(blob, in: fixture))
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.readRange(base: nil, head: fixture.objectID("main"))
        }

        #expect(error == .missingObject(id: blob.hex, path: "secrets/lost.env"))
    }
}
