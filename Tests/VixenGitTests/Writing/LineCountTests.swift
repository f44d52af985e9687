import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Added and deleted lines between two trees, checked against `git diff --numstat`.
struct LineCountTests {
    @Test func countsMatchGitNumstat() throws {
        let fixture = try GitRepository()
        try fixture.write("backend/app.py", "a\nb\nc\n")
        try fixture.write("frontend/old.js", "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n")
        try fixture.write("docs/gone.md", "x\ny\n")
        try fixture.write("assets/logo.bin", [0, 1, 2, 3])
        let base = try fixture.objectID(try fixture.commit("Base"))
        try fixture.write("backend/app.py", "a\nB\nc\nd\n")
        try fixture.move("frontend/old.js", "frontend/new.js")
        try fixture.write("frontend/new.js", "one\ntwo\nthree\nfour\nfive\nsix\nseven\nEIGHT\n")
        try fixture.remove("docs/gone.md")
        try fixture.write("assets/logo.bin", [0, 1, 2, 4])
        try fixture.write("db/0001.sql", "create table t (id int);\n")
        let head = try fixture.objectID(try fixture.commit("Head"))

        let counts = try fixture.open().lineCounts(from: base, to: head, renameLimit: 1000)

        #expect(
            counts.sorted { $0.path < $1.path } == [
                LineCount(path: "assets/logo.bin", added: 0, deleted: 0),
                LineCount(path: "backend/app.py", added: 2, deleted: 1),
                LineCount(path: "db/0001.sql", added: 1, deleted: 0),
                LineCount(path: "docs/gone.md", added: 0, deleted: 2),
                LineCount(path: "frontend/new.js", added: 1, deleted: 1),
            ])
        let numstat = try fixture.git("diff", "--numstat", "-M", base.hex, head.hex)
        #expect(
            numstat.split(separator: "\n").sorted() == [
                "-\t-\tassets/logo.bin", "0\t2\tdocs/gone.md", "1\t0\tdb/0001.sql", "1\t1\tfrontend/{old.js => new.js}",
                "2\t1\tbackend/app.py",
            ])
    }

    @Test func identicalTreesCountNothing() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "a\n")
        let head = try fixture.objectID(try fixture.commit("Only"))

        #expect(try fixture.open().lineCounts(from: head, to: head, renameLimit: 1000) == [])
    }
}
