import Foundation
import Testing
import VixenCLI
import VixenTestSupport

extension CI {
    /// `vixen-gate check --ci` run in process on real repositories, with CI variables passed in.
    @Suite("check --ci")
    struct CheckCIRunTests {
        static let largeFileMessage =
            "big.bin is 150 bytes, over the 100-byte limit, so it was listed but not read. Raise "
            + "limits.max_file_size in .vixen-gate.yml to check it, or keep large files out of git."

        /// Creates an origin whose first commit turns large files into errors and whose second adds a README.
        private static func makeOrigin() throws -> (repository: GitRepository, base: String) {
            let origin = try GitRepository()
            try origin.write(
                ".vixen-gate.yml", "limits:\n  max_file_size: 100 B\nseverity:\n  git.file-too-large: error\n")
            try origin.commit("Gate large files")
            try origin.write("README.md", "# Product\n")
            let base = try origin.commit("Add the README")
            return (origin, base)
        }

        /// Commits a 150-byte file and returns the new commit's id.
        private static func addLargeFile(to repository: GitRepository) throws -> String {
            try repository.write("big.bin", String(repeating: "x", count: 150))
            return try repository.commit("Add a large file")
        }

        private func run(
            _ arguments: [String], environment: [String: String], in folder: TemporaryDirectory
        ) -> (status: Int32, output: String, error: String) {
            let capture = ConsoleCapture()
            let status = VixenGate.run(
                arguments: arguments, environment: environment.merging(["LANG": "en_US.UTF-8"]) { _, new in new },
                currentDirectory: folder.path, console: capture.console)
            return (status, capture.output, capture.error)
        }

        private func githubEnvironment(event: String, payload: String, folder: TemporaryDirectory, sha: String)
            throws -> [String: String]
        {
            let eventFile = folder.url.appendingPathComponent("event.json")
            try payload.write(to: eventFile, atomically: false, encoding: .utf8)
            return [
                "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event, "GITHUB_EVENT_PATH": eventFile.path,
                "GITHUB_SHA": sha, "GITHUB_STEP_SUMMARY": folder.url.appendingPathComponent("summary.md").path,
            ]
        }

        @Test func githubPushAnnotatesAndSummarizes() throws {
            let (origin, base) = try Self.makeOrigin()
            let head = try Self.addLargeFile(to: origin)
            let folder = try TemporaryDirectory()
            let environment = try githubEnvironment(
                event: "push", payload: #"{"before": "\#(base)", "after": "\#(head)"}"#, folder: folder, sha: head)

            let result = run(
                ["check", "--ci", "--repo", origin.path, "--output", "sarif=vixen-gate.sarif"],
                environment: environment, in: folder)

            #expect(result.status == 1)
            #expect(
                result.output == """
                    ::error file=big.bin,title=git.file-too-large::\(Self.largeFileMessage)
                    blocked: 1 error, 0 warnings, 0 info

                    """)
            #expect(result.error == "")
            let summary = try String(contentsOf: folder.url.appendingPathComponent("summary.md"), encoding: .utf8)
            #expect(
                summary.hasPrefix("## vixen-gate: blocked\n\nRange \(base.prefix(7))..\(head.prefix(7)): 1 commit\n"))
            let sarif = try String(contentsOf: folder.url.appendingPathComponent("vixen-gate.sarif"), encoding: .utf8)
            #expect(sarif.contains(#""ruleId" : "git.file-too-large""#))
        }

        @Test func githubNewBranchStartsAtDefaultBranch() throws {
            let (origin, base) = try Self.makeOrigin()
            let clone = try origin.clone()
            try clone.git("switch", "--quiet", "-c", "feature")
            let head = try Self.addLargeFile(to: clone)
            let folder = try TemporaryDirectory()
            let payload =
                #"{"before": "\#(CI.zeroSHA1)", "after": "\#(head)", "repository": {"default_branch": "main"}}"#
            let environment = try githubEnvironment(event: "push", payload: payload, folder: folder, sha: head)

            let result = run(
                ["check", "--ci", "--repo", clone.path, "--format", "json"], environment: environment, in: folder)

            #expect(result.status == 1)
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            let range = try #require(report["range"] as? [String: Any])
            #expect(range["base"] as? String == base)
            #expect(range["head"] as? String == head)
            #expect(range["commits"] as? Int == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("summary.md").path))
        }

        @Test func shallowCloneNamesTheFetchToAdd() throws {
            let (origin, base) = try Self.makeOrigin()
            try origin.write("CHANGELOG.md", "- one\n")
            try origin.commit("Start a changelog")
            let head = try Self.addLargeFile(to: origin)
            let clone = try origin.clone(depth: 1)
            let folder = try TemporaryDirectory()
            let environment = try githubEnvironment(
                event: "push", payload: #"{"before": "\#(base)", "after": "\#(head)"}"#, folder: folder, sha: head)

            let result = run(["check", "--ci", "--repo", clone.path], environment: environment, in: folder)

            #expect(result.status == 2)
            #expect(result.output == "")
            #expect(
                result.error.hasPrefix(
                    """
                    vixen-gate: error: The base of the CI range, commit \(base) from before in the event file \
                    \(folder.path)/event.json, cannot be read. Unknown revision "\(base)"
                    """))
            #expect(result.error.contains("This is a shallow clone"))
            #expect(result.error.contains("actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab"))
        }

        @Test func gitlabMergeRequestPrintsTextAndWritesCodeQuality() throws {
            let (origin, base) = try Self.makeOrigin()
            let head = try Self.addLargeFile(to: origin)
            let folder = try TemporaryDirectory()
            let environment = [
                "GITLAB_CI": "true", "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "3",
                "CI_MERGE_REQUEST_DIFF_BASE_SHA": base, "CI_COMMIT_SHA": head,
            ]

            let result = run(
                ["check", "--ci", "--repo", origin.path, "--output", "gitlab=gl-code-quality-report.json"],
                environment: environment, in: folder)

            #expect(result.status == 1)
            #expect(result.output.hasPrefix("Range \(base.prefix(7))..\(head.prefix(7)): 1 commit\n"))
            let data = try Data(contentsOf: folder.url.appendingPathComponent("gl-code-quality-report.json"))
            let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(issues.count == 1)
            #expect(issues.first?["check_name"] as? String == "git.file-too-large")
            #expect(issues.first?["severity"] as? String == "major")
        }

        @Test func gitlabNewBranchWithoutOriginBranch() throws {
            let (origin, _) = try Self.makeOrigin()
            let head = try Self.addLargeFile(to: origin)
            let folder = try TemporaryDirectory()
            let environment = [
                "GITLAB_CI": "true", "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BEFORE_SHA": CI.zeroSHA1,
                "CI_COMMIT_SHA": head, "CI_DEFAULT_BRANCH": "main",
            ]

            let result = run(["check", "--ci", "--repo", origin.path], environment: environment, in: folder)

            #expect(result.status == 2)
            #expect(
                result.error == """
                    vixen-gate: error: This push created its branch or tag, so its range starts at the merge-base with \
                    origin/main, but this clone has no origin/main. Fetch it before the check: `git fetch origin \
                    main:refs/remotes/origin/main` (on GitHub, actions/checkout with fetch-depth: 0 fetches every branch).

                    """)
        }

        @Test func unknownCIStopsBeforeReading() throws {
            let folder = try TemporaryDirectory()
            let result = run(["check", "--ci", "--repo", "/nonexistent"], environment: [:], in: folder)
            #expect(result.status == 2)
            #expect(
                result.error == """
                    vixen-gate: error: --ci found no supported CI: it looked for GITHUB_ACTIONS=true (GitHub Actions), \
                    GITLAB_CI=true (GitLab CI). Run the check in one of these CI systems, or drop --ci and give the \
                    range with --base and --head.

                    """)
        }

        @Test func sameFileStopsBeforeReading() throws {
            let folder = try TemporaryDirectory()
            let result = run(
                ["check", "--repo", "/nonexistent", "--output", "sarif=out/../a", "--output", "json=a"],
                environment: [:], in: folder)
            #expect(result.status == 2)
            #expect(
                result.error == """
                    vixen-gate: error: '--output sarif=out/../a' and '--output json=a' both write the file 'a'; give \
                    each format its own file

                    """)
        }

        @Test func usageErrorForUnknownOutputFormat() throws {
            let folder = try TemporaryDirectory()
            let result = run(["check", "--output", "pdf=report.pdf"], environment: [:], in: folder)
            #expect(result.status == 2)
            #expect(
                result.error == """
                    vixen-gate: error: invalid format 'pdf' in '--output pdf=report.pdf'; accepted formats: text, json, sarif, junit, \
                    github, markdown, gitlab
                    Run 'vixen-gate check --help' to see the usage.

                    """)
        }

        @Test func withoutCIOutputsStillWork() throws {
            let (origin, base) = try Self.makeOrigin()
            _ = try Self.addLargeFile(to: origin)
            let folder = try TemporaryDirectory()
            let result = run(
                [
                    "check", "--repo", origin.path, "--base", base, "--format", "junit", "--output",
                    "markdown=summary.md",
                ],
                environment: [:], in: folder)
            #expect(result.status == 1)
            #expect(result.output.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
            let summary = try String(contentsOf: folder.url.appendingPathComponent("summary.md"), encoding: .utf8)
            #expect(summary.hasSuffix("**blocked:** 1 error, 0 warnings, 0 info\n"))
        }
    }
}
