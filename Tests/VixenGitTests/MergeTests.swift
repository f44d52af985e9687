import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct MergeTests {
    @Test func cleanMergeAddsNoFiles() throws {
        let fixture = try GitRepository()
        try fixture.write("backend.py", "BACKEND = 1\n")
        try fixture.write("frontend.js", "export const frontend = 1;\n")
        let fork = ObjectID(hex: try fixture.commit("Start"))
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("backend.py", "BACKEND = 2\n")
        let featureCommit = ObjectID(hex: try fixture.commit("Change backend"))
        try fixture.checkout("main")
        try fixture.write("frontend.js", "export const frontend = 2;\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Change frontend"))
        let merge = ObjectID(hex: try fixture.merge("feature", message: "Merge feature"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: fork, head: merge)

        let mergeChange = range.commits.last
        #expect(mergeChange?.id == merge)
        #expect(mergeChange?.isMerge == true)
        #expect(mergeChange?.parents == [mainCommit, featureCommit])
        #expect(mergeChange?.files == [])
        #expect(range.overall.paths == ["backend.py", "frontend.js"])
    }

    @Test func conflictResolutionLineIsTheOnlyAddition() throws {
        let fixture = try GitRepository()
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 10\nRETRIES = 3\n")
        try fixture.commit("Add settings")
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 30\nRETRIES = 3\n")
        try fixture.commit("Raise timeout")
        try fixture.checkout("main")
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 5\nRETRIES = 3\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Lower timeout"))
        let attempt = try fixture.run(["merge", "--no-ff", "--quiet", "feature"])
        try #require(attempt.status == 1)
        // Keeps main's line, drops the feature's, and adds one line neither parent has.
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 5\nTIMEOUT_SECONDS = 20\nRETRIES = 3\n")
        let merge = ObjectID(hex: try fixture.commit("Merge feature"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: mainCommit, head: merge)

        #expect(range.commits.count == 2)
        let mergeChange = range.commits.last
        #expect(mergeChange?.id == merge)
        #expect(mergeChange?.files.paths == ["settings.py"])
        #expect(mergeChange?.files.file("settings.py")?.status == .modified)
        #expect(mergeChange?.files.file("settings.py")?.numberedLines == [NumberedLine(3, "TIMEOUT_SECONDS = 20")])
    }

    @Test func resolutionTakingBothSidesAddsNothing() throws {
        let fixture = try GitRepository()
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 10\n")
        try fixture.commit("Add settings")
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 30\n")
        try fixture.commit("Raise timeout")
        try fixture.checkout("main")
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 5\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Lower timeout"))
        let attempt = try fixture.run(["merge", "--no-ff", "--quiet", "feature"])
        try #require(attempt.status == 1)
        try fixture.write("settings.py", "DEBUG = False\nTIMEOUT = 5\nTIMEOUT = 30\n")
        let merge = ObjectID(hex: try fixture.commit("Merge feature"))
        let repository = try fixture.open()

        let mergeChange = try repository.readRange(base: mainCommit, head: merge).commits.last

        #expect(mergeChange?.files.paths == ["settings.py"])
        #expect(mergeChange?.files.file("settings.py")?.numberedLines == [])
    }

    @Test func branchCommitsAreReadOnce() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "A = 1\n")
        let fork = ObjectID(hex: try fixture.commit("Start"))
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature/one.py", "ONE = 1\n")
        let featureOne = ObjectID(hex: try fixture.commit("Feature one"))
        try fixture.write("feature/two.py", "TWO = 2\n")
        let featureTwo = ObjectID(hex: try fixture.commit("Feature two"))
        try fixture.checkout("main")
        try fixture.write("main.py", "MAIN = 1\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Main work"))
        let merge = ObjectID(hex: try fixture.merge("feature", message: "Merge feature"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: fork, head: merge)

        let ids = range.commits.map(\.id)
        #expect(ids.count == 4)
        #expect(Set(ids) == [featureOne, featureTwo, mainCommit, merge])
        #expect(ids.last == merge)
        let firstIndex = try #require(ids.firstIndex(of: featureOne))
        let secondIndex = try #require(ids.firstIndex(of: featureTwo))
        #expect(firstIndex < secondIndex)
        let addedPaths = range.commits.flatMap { $0.files.paths }
        #expect(addedPaths.sorted() == ["feature/one.py", "feature/two.py", "main.py"])
    }

    @Test func mergedBranchFromBaseOnMain() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "A = 1\n")
        try fixture.commit("Start")
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.py", "F = 1\n")
        let featureCommit = ObjectID(hex: try fixture.commit("Feature"))
        try fixture.checkout("main")
        try fixture.write("main.py", "M = 1\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Main work"))
        let merge = ObjectID(hex: try fixture.merge("feature", message: "Merge feature"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: mainCommit, head: merge)

        #expect(range.commits.map(\.id) == [featureCommit, merge])
        #expect(range.diffBase == mainCommit)
        #expect(range.overall.paths == ["feature.py"])
    }

    @Test func mergeAddingNewFileReportsIt() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "A = 1\n")
        try fixture.commit("Start")
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.py", "F = 1\n")
        try fixture.commit("Feature")
        try fixture.checkout("main")
        try fixture.write("main.py", "M = 1\n")
        let mainCommit = ObjectID(hex: try fixture.commit("Main work"))
        try fixture.git("merge", "--no-ff", "--no-commit", "--quiet", "feature")
        try fixture.write("config/secrets.env", "API_KEY=placeholder\n")
        let merge = ObjectID(hex: try fixture.commit("Merge feature"))
        let repository = try fixture.open()

        let mergeChange = try repository.readRange(base: mainCommit, head: merge).commits.last

        #expect(mergeChange?.id == merge)
        #expect(mergeChange?.files.paths == ["config/secrets.env"])
        #expect(mergeChange?.files.first?.status == .added)
        #expect(mergeChange?.files.first?.numberedLines == [NumberedLine(1, "API_KEY=placeholder")])
    }
}
