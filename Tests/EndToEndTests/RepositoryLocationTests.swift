import Foundation
import Testing
import VixenTestSupport

/// Finding the repository: from a subfolder, through `--repo`, or failing outside one.
struct RepositoryLocationTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    init() throws {
        repository = try TeamRepository.make()
        try repository.write("backend/app/orders.py", "def list_orders():\n    return []\n")
        try repository.commit("Add the orders module")
        gate = try VixenGateBinary()
    }

    @Test func subfolderFindsRepository() throws {
        let fromRoot = try gate.run(["check", "--base", "HEAD~1", "--format", "json"], in: repository.url)
        let subfolder = repository.url.appendingPathComponent("backend/app", isDirectory: true)

        let fromSubfolder = try gate.run(["check", "--base", "HEAD~1", "--format", "json"], in: subfolder)
        let report = try JSONReport.decode(fromSubfolder)

        #expect(fromSubfolder.status == 0)
        #expect(fromSubfolder.stderr == "")
        #expect(report.files == [JSONReport.File("backend/app/orders.py", "added", "BE")])
        #expect(fromSubfolder.stdout == fromRoot.stdout)
    }

    @Test func repoOptionFromElsewhere() throws {
        let fromRoot = try gate.run(["check", "--base", "HEAD~1", "--format", "json"], in: repository.url)
        let elsewhere = try TemporaryDirectory(prefix: "vixen-gate-e2e-cwd")

        let result = try gate.run(
            ["check", "--repo", repository.path, "--base", "HEAD~1", "--format", "json"], in: elsewhere.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == fromRoot.stdout)
    }

    @Test func outsideRepositoryNamesFolder() throws {
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-cwd")

        let result = try gate.run(["check", "--base", "HEAD~1"], in: folder.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \"\(folder.path)\" is not inside a git repository. "
                + "Run vixen-gate inside a repository or pass --repo PATH.\n")
    }

    @Test func repoOptionNotRepositoryNamesPath() throws {
        let folder = try TemporaryDirectory(prefix: "vixen-gate-e2e-cwd")
        let missing = folder.url.appendingPathComponent("no-such-repository").path

        let result = try gate.run(["check", "--repo", missing], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: \"\(missing)\" is not inside a git repository. "
                + "Run vixen-gate inside a repository or pass --repo PATH.\n")
    }
}
