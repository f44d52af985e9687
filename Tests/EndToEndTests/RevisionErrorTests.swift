import Foundation
import Testing
import VixenTestSupport

/// Ranges that cannot be read: unknown revisions, an empty repository and shallow clones.
struct RevisionErrorTests {
    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    @Test func unknownBaseNamesRevision() throws {
        let repository = try TeamRepository.make()

        let result = try gate.run(["check", "--base", "no-such-branch"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Unknown revision \"no-such-branch\": no branch, tag or commit has that name "
                + "here. Check the spelling, or run `git fetch` if it exists only on the remote.\n")
    }

    @Test func unknownHeadNamesRevision() throws {
        let repository = try TeamRepository.make()

        let result = try gate.run(["check", "--base", "HEAD", "--head", "release/9.9"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("vixen-gate: error: Unknown revision \"release/9.9\": "))
    }

    @Test func emptyRepositoryFails() throws {
        let repository = try GitRepository(initialBranch: "master")

        let result = try gate.run(["check"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The repository at \"\(repository.path)\" has no commits yet, so there is "
                + "nothing to check, plan or deploy. Make a first commit, then run the command again.\n")
    }

    @Test func emptyRepositoryOnMainFails() throws {
        // libgit2 1.5.1 calls a repository empty only while HEAD names `master`; vixen-gate looks
        // for any branch instead, so a first branch named `main` gets the same message.
        let repository = try GitRepository(initialBranch: "main")

        let result = try gate.run(["check", "--base", "HEAD"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The repository at \"\(repository.path)\" has no commits yet, so there is "
                + "nothing to check, plan or deploy. Make a first commit, then run the command again.\n")
    }

    @Test(arguments: [["status"], ["state", "init", "--target", "staging", "--commit", "HEAD"]])
    func deployCommandInEmptyRepositoryAsksForFirstCommit(arguments: [String]) throws {
        let repository = try GitRepository(initialBranch: "main")

        let result = try gate.run(arguments, in: repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: The repository at \"\(repository.path)\" has no commits yet, so there is "
                + "nothing to check, plan or deploy. Make a first commit, then run the command again.\n")
    }

    @Test func orphanBranchFails() throws {
        let repository = try GitRepository(initialBranch: "main")
        try repository.write("README.md", "# Product\n")
        try repository.commit("Add the readme")
        try repository.git("checkout", "--orphan", "gh-pages")

        let result = try gate.run(["check", "--base", "main"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: HEAD points to the branch \"gh-pages\", which has no commits yet. "
                + "Commit on it or check out a branch that has commits.\n")
    }

    // MARK: Shallow clones

    /// A bare origin whose `main` has the team layout and two more commits, and whose `feature`
    /// branch adds three commits on top of `main`.
    struct ShallowOrigin {
        let origin: GitRepository
        /// The commits of `feature` after `main`, oldest first.
        let featureCommits: [String]

        init() throws {
            origin = try GitRepository(bare: true)
            let repository = try TeamRepository.make()
            try repository.write("docs/release.md", "# Release 1.0\n")
            try repository.commit("Write the release notes")
            try repository.write("docs/changelog.md", "# Changes\n")
            try repository.commit("Start the changelog")
            try repository.addRemote("origin", origin)
            try repository.push("origin", ["main"])

            try repository.checkout("feature", createBranch: true)
            var commits: [String] = []
            for step in 1...3 {
                try repository.write("backend/app/step\(step).py", "STEP = \(step)\n")
                commits.append(try repository.commit("Add step \(step)"))
            }
            try repository.push("origin", ["feature"])
            featureCommits = commits
        }

        /// Clones `main` with the last two commits, then fetches `feature` to `origin/feature`
        /// with the last `featureDepth` commits.
        func shallowClone(featureDepth: Int) throws -> GitRepository {
            let clone = try origin.clone(depth: 2)
            try clone.git(
                "fetch", "--quiet", "--depth", String(featureDepth), "origin",
                "feature:refs/remotes/origin/feature")
            return clone
        }
    }

    @Test func shallowRangePastBoundaryFails() throws {
        let shallow = try ShallowOrigin()
        let clone = try shallow.shallowClone(featureDepth: 2)
        let boundary = shallow.featureCommits[1]

        let result = try gate.run(["check", "--base", "origin/main", "--head", "origin/feature"], in: clone.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The range reaches commit \(boundary), where this shallow clone's history "
                + "stops, after 2 commits, so it cannot tell what lies beyond. Fetch more history: "
                + "`git fetch --deepen=50` or `git fetch --unshallow` (in CI, fetch-depth: 0 for "
                + "actions/checkout, GIT_DEPTH: 0 on GitLab).\n")
    }

    @Test func shallowDefaultRangeSuggestsDeepen() throws {
        // As in CI: the feature branch checked out from a shallow fetch, with no upstream, so
        // the range starts at the merge-base with main, which lies past both boundaries.
        let shallow = try ShallowOrigin()
        let clone = try shallow.shallowClone(featureDepth: 2)
        try clone.git("checkout", "--quiet", "--no-track", "-b", "feature", "origin/feature")

        let result = try gate.run(["check"], in: clone.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("vixen-gate: error: The range reaches commit "))
        #expect(result.stderr.contains("Fetch more history: `git fetch --deepen="))
        #expect(result.stderr.contains(" or `git fetch --unshallow`"))
    }

    @Test func shallowBoundaryAfterOneCommit() throws {
        // Only the head commit is fetched, so the message counts one commit, in the singular
        // as the report's own commit counts are.
        let shallow = try ShallowOrigin()
        let clone = try shallow.shallowClone(featureDepth: 1)

        let result = try gate.run(["check", "--base", "origin/main", "--head", "origin/feature"], in: clone.url)

        #expect(result.status == 2)
        #expect(result.stderr.contains("The range reaches commit \(shallow.featureCommits[2]),"))
        #expect(result.stderr.contains(", after 1 commit, so it cannot tell"))
    }

    @Test func shallowUnknownBaseSuggestsUnshallow() throws {
        let shallow = try ShallowOrigin()
        let clone = try shallow.shallowClone(featureDepth: 2)
        // The clone contains the last two commits of main, so the first one is past its boundary.
        let root = try shallow.origin.revParse("main~2")

        let result = try gate.run(["check", "--base", root], in: clone.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Unknown revision \"\(root)\": no branch, tag or commit has that name here. "
                + "This is a shallow clone, so the commit may lie past its boundary: run `git fetch --unshallow` "
                + "(or, in CI, fetch the whole history, e.g. actions/checkout with fetch-depth: 0, or "
                + "GIT_DEPTH: 0 on GitLab).\n")
    }
}
