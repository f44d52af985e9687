import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// What a commit's file changes record: status, paths, size, blobs, content kind and lines.
struct FileChangeTests {
    /// Twenty distinct lines, enough for git and libgit2 to pair a lightly edited copy as a rename.
    private static let longText = (1...20).map { "line \($0) of the migration guide\n" }.joined()

    /// Builds a repository whose root commit contains `files`, applies `edit` to its work tree,
    /// commits the result and returns that second commit's changes.
    private func changes(
        from files: [String: String], options: ReadOptions = ReadOptions(),
        edit: (GitRepository) throws -> Void
    ) throws -> (fixture: GitRepository, files: [FileChange]) {
        let fixture = try GitRepository()
        for (path, text) in files {
            try fixture.write(path, text)
        }
        try fixture.commit("Start", allowEmpty: true)
        try edit(fixture)
        let head = ObjectID(hex: try fixture.commit("Change"))
        let commit = try fixture.open().readCommit(head, options: options)
        return (fixture, commit?.files ?? [])
    }

    @Test func addedFile() throws {
        let (fixture, files) = try changes(from: [:]) { try $0.write("src/app.py", "a = 1\nb = 2\n") }

        let file = try #require(files.file("src/app.py"))
        #expect(files.count == 1)
        #expect(file.status == .added)
        #expect(file.oldPath == nil)
        #expect(file.size == 12)
        #expect(file.oldBlob == nil)
        #expect(file.newBlob == (try fixture.blobID("src/app.py")))
        #expect(file.isBinary == false)
        #expect(file.numberedLines == [NumberedLine(1, "a = 1"), NumberedLine(2, "b = 2")])
    }

    @Test func modifiedFile() throws {
        let (fixture, files) = try changes(from: ["app.py": "x\ny\nz\n"]) {
            try $0.write("app.py", "x\nY\nz\nw\n")
        }

        let file = try #require(files.file("app.py"))
        #expect(files.count == 1)
        #expect(file.status == .modified)
        #expect(file.size == 8)
        #expect(file.oldBlob == (try fixture.blobID("app.py", at: "HEAD~1")))
        #expect(file.newBlob == (try fixture.blobID("app.py")))
        #expect(file.numberedLines == [NumberedLine(2, "Y"), NumberedLine(4, "w")])
    }

    @Test func deletedFile() throws {
        let (fixture, files) = try changes(from: ["old.py": "print('bye')\n", "keep.py": "KEEP = 1\n"]) {
            try $0.remove("old.py")
        }

        let file = try #require(files.file("old.py"))
        #expect(files.count == 1)
        #expect(file.status == .deleted)
        #expect(file.size == 13)
        #expect(file.oldBlob == (try fixture.blobID("old.py", at: "HEAD~1")))
        #expect(file.newBlob == nil)
        #expect(file.content == .text(.empty))
        #expect(file.numberedLines == [])
    }

    @Test func exactRename() throws {
        let (_, files) = try changes(from: ["docs/setup.md": Self.longText]) {
            try $0.move("docs/setup.md", "docs/install/setup.md")
        }

        let file = try #require(files.file("docs/install/setup.md"))
        #expect(files.count == 1)
        #expect(file.status == .renamed)
        #expect(file.oldPath == "docs/setup.md")
        #expect(file.size == Int64(Self.longText.utf8.count))
        #expect(file.oldBlob == file.newBlob)
        #expect(file.numberedLines == [])
    }

    @Test func renameWithSmallEdit() throws {
        let edited = Self.longText.replacingOccurrences(of: "line 7 of", with: "line seven of")
        let (_, files) = try changes(from: ["docs/setup.md": Self.longText]) {
            try $0.remove("docs/setup.md")
            try $0.write("docs/install.md", edited)
        }

        let file = try #require(files.file("docs/install.md"))
        #expect(files.count == 1)
        #expect(file.status == .renamed)
        #expect(file.oldPath == "docs/setup.md")
        #expect(file.numberedLines == [NumberedLine(7, "line seven of the migration guide")])
    }

    @Test func renameLimitZeroKeepsOnlyExactRenames() throws {
        let edited = Self.longText.replacingOccurrences(of: "line 7 of", with: "line seven of")
        let exactText = "exact copy line 1\nexact copy line 2\n"
        let (_, files) = try changes(
            from: ["docs/setup.md": Self.longText, "docs/exact.md": exactText],
            options: ReadOptions(renameLimit: 0)
        ) {
            try $0.remove("docs/setup.md")
            try $0.write("docs/install.md", edited)
            try $0.move("docs/exact.md", "docs/moved.md")
        }

        #expect(files.count == 3)
        let deleted = try #require(files.file("docs/setup.md"))
        #expect(deleted.status == .deleted)
        let added = try #require(files.file("docs/install.md"))
        #expect(added.status == .added)
        #expect(added.oldPath == nil)
        #expect(added.numberedLines.count == 20)
        #expect(added.numberedLines.first == NumberedLine(1, "line 1 of the migration guide"))
        let moved = try #require(files.file("docs/moved.md"))
        #expect(moved.status == .renamed)
        #expect(moved.oldPath == "docs/exact.md")
        #expect(moved.numberedLines == [])
    }

    @Test func binaryFile() throws {
        let (_, files) = try changes(from: [:]) {
            try $0.write("assets/logo.bin", Fixtures.binaryBytes(count: 300))
        }

        let file = try #require(files.file("assets/logo.bin"))
        #expect(file.status == .added)
        #expect(file.content == .binary)
        #expect(file.isBinary)
        #expect(file.size == 300)
        #expect(file.numberedLines == [])
    }

    @Test func fileOverSizeLimit() throws {
        let text = String(repeating: "0123456789abcdef\n", count: 9)
        let (_, files) = try changes(from: [:], options: ReadOptions(maxFileSize: 100)) {
            try $0.write("data/seed.sql", text)
        }

        let file = try #require(files.file("data/seed.sql"))
        #expect(file.status == .added)
        #expect(file.content == .tooLarge(limit: 100))
        #expect(file.size == 153)
        #expect(file.numberedLines == [])
    }

    @Test func fileAtSizeLimitIsRead() throws {
        let text = String(repeating: "x", count: 99) + "\n"
        let (_, files) = try changes(from: [:], options: ReadOptions(maxFileSize: 100)) {
            try $0.write("limit.txt", text)
        }

        let file = try #require(files.file("limit.txt"))
        #expect(file.size == 100)
        #expect(file.numberedLines == [NumberedLine(1, String(repeating: "x", count: 99))])
    }

    @Test func pathWithSpacesAndAccents() throws {
        let (_, files) = try changes(from: [:]) {
            try $0.write("docs/guía de estilo.md", "# Guía\n")
            try $0.write(Fixtures.nonASCIIPath, "ñandú\n")
        }

        #expect(
            files.map { Array($0.path.utf8) } == [
                Array(Fixtures.nonASCIIPath.utf8), Array("docs/guía de estilo.md".utf8),
            ])
        #expect(files.file("docs/guía de estilo.md")?.numberedLines == [NumberedLine(1, "# Guía")])
        #expect(files.file(Fixtures.nonASCIIPath)?.numberedLines == [NumberedLine(1, "ñandú")])
    }

    @Test func symbolicLink() throws {
        let (_, files) = try changes(from: ["config/base.yml": "debug: false\n"]) {
            try $0.writeSymlink("config/current.yml", to: "base.yml")
        }

        let file = try #require(files.file("config/current.yml"))
        #expect(files.count == 1)
        #expect(file.status == .added)
        #expect(file.size == 8)
        #expect(file.numberedLines == [NumberedLine(1, "base.yml")])
    }

    @Test func fileReplacedBySymbolicLink() throws {
        let (fixture, files) = try changes(from: [
            "config/current.yml": "debug: true\n", "config/base.yml": "debug: false\n",
        ]) {
            try $0.remove("config/current.yml")
            try $0.writeSymlink("config/current.yml", to: "base.yml")
        }

        let file = try #require(files.file("config/current.yml"))
        #expect(files.count == 1)
        #expect(file.status == .typeChanged)
        #expect(file.oldPath == nil)
        #expect(file.size == 8)
        #expect(file.newBlob == (try fixture.blobID("config/current.yml")))
    }

    @Test func crlfLineEndingsKeptInBytes() throws {
        let (_, files) = try changes(from: [:]) { try $0.write("windows.bat", "echo one\r\necho two\r\n") }

        let file = try #require(files.file("windows.bat"))
        #expect(file.numberedLines == [NumberedLine(1, "echo one"), NumberedLine(2, "echo two")])
        #expect(file.lineBytes == [Array("echo one\r\n".utf8), Array("echo two\r\n".utf8)])
    }

    @Test func crlfEditAddsOnlyChangedLine() throws {
        let (_, files) = try changes(from: ["windows.bat": "echo one\r\necho two\r\n"]) {
            try $0.write("windows.bat", "echo one\r\necho 2\r\n")
        }

        let file = try #require(files.file("windows.bat"))
        #expect(file.lineBytes == [Array("echo 2\r\n".utf8)])
        #expect(file.numberedLines == [NumberedLine(2, "echo 2")])
    }

    @Test func missingTrailingNewline() throws {
        let (_, files) = try changes(from: [:]) { try $0.write("VERSION", "major\n1.2.3") }

        let file = try #require(files.file("VERSION"))
        #expect(file.numberedLines == [NumberedLine(1, "major"), NumberedLine(2, "1.2.3")])
        #expect(file.lineBytes == [Array("major\n".utf8), Array("1.2.3".utf8)])
    }

    @Test func editedLastLineWithoutNewline() throws {
        let (_, files) = try changes(from: ["VERSION": "major\n1.2.3"]) { try $0.write("VERSION", "major\n1.2.4") }

        let file = try #require(files.file("VERSION"))
        #expect(file.numberedLines == [NumberedLine(2, "1.2.4")])
        #expect(file.lineBytes == [Array("1.2.4".utf8)])
    }

    @Test func invalidUTF8KeptAsBytes() throws {
        let (_, files) = try changes(from: [:]) {
            try $0.write("latin1.txt", Array("first\n".utf8) + Fixtures.invalidUTF8Line)
        }

        let file = try #require(files.file("latin1.txt"))
        #expect(file.content != .binary)
        #expect(file.lineBytes == [Array("first\n".utf8), Fixtures.invalidUTF8Line])
        #expect(file.numberedLines == [NumberedLine(1, "first"), NumberedLine(2, "caf\u{FFFD}")])
    }

    @Test func addedLineNumbersMatchNewFile() throws {
        let old = (1...12).map { "row \($0)\n" }.joined()
        var newLines = (1...12).map { "row \($0)" }
        newLines.insert("inserted at top", at: 0)
        newLines.remove(at: 5)
        newLines.insert("inserted in middle", at: 7)
        newLines[10] = "replaced row"
        newLines.append("appended at end")
        let (fixture, files) = try changes(from: ["table.txt": old]) {
            try $0.write("table.txt", newLines.map { $0 + "\n" }.joined())
        }

        let file = try #require(files.file("table.txt"))
        #expect(
            file.numberedLines == [
                NumberedLine(1, "inserted at top"), NumberedLine(8, "inserted in middle"),
                NumberedLine(11, "replaced row"), NumberedLine(14, "appended at end"),
            ])
        let contents = try #require(try fixture.open().fileContents("table.txt", at: fixture.objectID()))
        let lines = String(decoding: contents, as: UTF8.self).split(separator: "\n").map(String.init)
        for line in file.numberedLines {
            #expect(lines[line.number - 1] == line.text, "line \(line.number)")
        }
    }

    @Test func submoduleIsNotRead() throws {
        let library = try GitRepository()
        try library.write("lib.py", "LIB = 1\n")
        let libraryCommit = try library.commit("Library")
        let (_, files) = try changes(from: [:]) { fixture in
            try fixture.git("submodule", "--quiet", "add", library.fileURL, "vendor/lib")
        }

        let file = try #require(files.file("vendor/lib"))
        #expect(files.paths.sorted() == [".gitmodules", "vendor/lib"])
        #expect(file.status == .added)
        #expect(file.content == .submodule)
        #expect(file.newBlob == ObjectID(hex: libraryCommit))
    }

    @Test func ambiguousInsertionMatchesGit() throws {
        // The new lines repeat an old one, so two diffs are equally short. git's default indent
        // heuristic reports lines 2 and 3 as added, and without it git reports lines 3 and 4.
        let (fixture, files) = try changes(from: ["guard.py": "}\ny = 2\n"]) {
            try $0.write("guard.py", "}\ny = 2\n    pass\ny = 2\n")
        }

        let gitOutput = try fixture.git("show", "--format=", "--unified=0", "--no-renames", "HEAD")
        let gitLines = try UnifiedDiffParser.parse(gitOutput).addedLines.map { NumberedLine($0.number, $0.text) }
        #expect(gitLines == [NumberedLine(2, "y = 2"), NumberedLine(3, "    pass")])
        #expect(files.file("guard.py")?.numberedLines == gitLines)
    }
}
