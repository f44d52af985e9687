import Foundation
import Testing
import VixenTestSupport

/// `check` without `--base`: the range starts at the merge-base with the upstream branch.
struct DefaultRangeTests {
    @Test func featureBranchChecksOnlyItsCommits() throws {
        let origin = try GitRepository(bare: true)
        let repository = try TeamRepository.make()
        let branchPoint = try repository.head()
        try repository.addRemote("origin", origin)
        try repository.push("origin", ["main"], options: ["-u"])

        try repository.checkout("feature/orders", createBranch: true)
        try repository.git("branch", "--set-upstream-to=origin/main")
        try repository.write("backend/app/orders.py", "def list_orders():\n    return []\n")
        try repository.commit("Add the orders module")
        try repository.write("backend/tests/test_orders.py", "def test_list_orders():\n    assert True\n")
        let head = try repository.commit("Test the orders module")

        // main moves on after the branch point, so a range from origin/main's tip would be wrong.
        try repository.checkout("main")
        try repository.write("docs/release.md", "# Release 1.1\n")
        try repository.commit("Write the release notes")
        try repository.push("origin", ["main"])
        try repository.checkout("feature/orders")

        let gate = try VixenGateBinary()
        let (result, report) = try gate.checkJSON([], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(report.range.base == branchPoint)
        #expect(report.range.head == head)
        #expect(report.range.commits == 2)
        #expect(report.components == ["BE", "TESTS"])
        #expect(
            report.files == [
                JSONReport.File("backend/app/orders.py", "added", "BE"),
                JSONReport.File("backend/tests/test_orders.py", "added", "TESTS"),
            ])
    }

    @Test func noUpstreamAndNoMainFails() throws {
        let repository = try GitRepository(initialBranch: "trunk")
        try repository.write("backend/app.py", "print('hola')\n")
        try repository.commit("Add the app")

        let gate = try VixenGateBinary()
        let result = try gate.run(["check"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: No range to check: the current branch has no upstream, and there is no "
                + "origin/HEAD, main or master to start from. Pass --base REV (for example --base HEAD~1).\n")
    }
}
