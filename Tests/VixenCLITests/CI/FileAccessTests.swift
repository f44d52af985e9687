import Foundation
import Testing
import VixenTestSupport

@testable import VixenCLI

extension CI {
    @Suite("Report files")
    struct FileAccessTests {
        @Test func storeReplacesAndReadsBack() throws {
            let folder = try TemporaryDirectory()
            try FileAccess.store("first\n", at: "report.txt", relativeTo: folder.path, appending: false)
            try FileAccess.store("second\n", at: "report.txt", relativeTo: folder.path, appending: false)
            #expect(try FileAccess.readAll("report.txt", relativeTo: folder.path) == Array("second\n".utf8))
            #expect(FileAccess.size(of: "report.txt", relativeTo: folder.path) == 7)
        }

        @Test func appendKeepsEarlierText() throws {
            let folder = try TemporaryDirectory()
            let path = folder.url.appendingPathComponent("summary.md").path
            try FileAccess.store("# Build\n", at: path, relativeTo: "/nowhere", appending: true)
            try FileAccess.store("## vixen-gate\n", at: path, relativeTo: "/nowhere", appending: true)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Build\n## vixen-gate\n")
        }

        @Test func largeTextIsWrittenWhole() throws {
            let folder = try TemporaryDirectory()
            let text = String(repeating: "línea de informe\n", count: 100_000)
            try FileAccess.store(text, at: "big.txt", relativeTo: folder.path, appending: false)
            #expect(try FileAccess.readAll("big.txt", relativeTo: folder.path) == Array(text.utf8))
        }

        @Test func missingFolderGivesSystemReason() throws {
            let folder = try TemporaryDirectory()
            #expect(throws: FileAccessError(reason: "No such file or directory", code: ENOENT)) {
                try FileAccess.store("x", at: "reports/out.sarif", relativeTo: folder.path, appending: false)
            }
            #expect(throws: FileAccessError(reason: "No such file or directory", code: ENOENT)) {
                try FileAccess.readAll("absent.json", relativeTo: folder.path)
            }
            #expect(FileAccess.size(of: "absent.json", relativeTo: folder.path) == nil)
        }

        @Test func commonReasonsInSpanish() {
            let cases: [(Int32, String)] = [
                (ENOENT, "no existe el archivo o la carpeta"), (EACCES, "permiso denegado"),
                (EISDIR, "es una carpeta"), (EROFS, "el sistema de archivos es de solo lectura"),
                (ENOSPC, "No space left on device"),
            ]
            for (code, spanish) in cases {
                let error = FileAccessError(reason: String(cString: strerror(code)), code: code)
                #expect(error.localizedReason.spanish == spanish, "errno \(code)")
                #expect(error.localizedReason.english == String(cString: strerror(code)), "errno \(code)")
            }
        }

        @Test func folderIsNotAFile() throws {
            let folder = try TemporaryDirectory()
            #expect(throws: FileAccessError(reason: "Is a directory", code: EISDIR)) {
                try FileAccess.store("x", at: ".", relativeTo: folder.path, appending: false)
            }
        }

        @Test func spellingsOfOneFileCompareEqual() throws {
            let folder = try TemporaryDirectory()
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(
                at: folder.url.appendingPathComponent("link"),
                withDestinationURL: folder.url.appendingPathComponent("sub"))

            let plain = FileAccess.canonicalPath("sub/a.sarif", relativeTo: folder.path)
            #expect(plain == folder.url.appendingPathComponent("sub/a.sarif").path)
            #expect(FileAccess.canonicalPath("./sub/../sub/a.sarif", relativeTo: folder.path) == plain)
            #expect(FileAccess.canonicalPath(folder.path + "/sub/a.sarif", relativeTo: "/elsewhere") == plain)
            #expect(FileAccess.canonicalPath("link/a.sarif", relativeTo: folder.path) == plain)
            #expect(FileAccess.canonicalPath("sub/b.sarif", relativeTo: folder.path) != plain)
        }
    }
}
