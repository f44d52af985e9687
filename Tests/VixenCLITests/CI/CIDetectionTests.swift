import Testing
import VixenCore

@testable import VixenCLI

extension CI {
    /// The range plans that `--ci` reads from GitHub Actions and GitLab CI variables, without processes.
    @Suite("CI detection")
    struct CIDetectionTests {
        static let eventPath = "/github/workflow/event.json"

        /// Runs the detector on `environment`, with `files` as the only files it can read.
        static func plan(_ environment: [String: String], files: [String: String] = [:]) -> Result<CIRangePlan, CIError>
        {
            Result { () throws(CIError) in
                try CIDetector.plan(environment: environment) { path throws(FileAccessError) in
                    guard let text = files[path] else {
                        throw FileAccessError(reason: "No such file or directory")
                    }
                    return Array(text.utf8)
                }
            }
        }

        static func github(event: String, payload: String?, extra: [String: String] = [:]) -> Result<
            CIRangePlan, CIError
        > {
            var environment = [
                "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event, "GITHUB_SHA": CI.shaID,
                "GITHUB_STEP_SUMMARY": "/github/summary.md",
            ]
            var files: [String: String] = [:]
            if let payload {
                environment["GITHUB_EVENT_PATH"] = eventPath
                files[eventPath] = payload
            }
            return plan(environment.merging(extra) { _, new in new }, files: files)
        }

        static func field(_ name: String) -> LocalizedText {
            Catalog.ciEventFieldSource(name, path: eventPath)
        }

        static func commit(_ id: String, _ source: LocalizedText) -> CICommit {
            CICommit(id: id, source: source)
        }

        // MARK: GitHub Actions

        struct GitHubCase: Sendable, CustomTestStringConvertible {
            let name: String
            let event: String
            let payload: String?
            var extra: [String: String] = [:]
            let start: CIRangePlan.Start
            let head: CICommit

            var testDescription: String { name }
        }

        static let githubCases: [GitHubCase] = [
            GitHubCase(
                name: "pull request", event: "pull_request",
                payload: #"{"pull_request": {"base": {"sha": "\#(CI.baseID)"}, "head": {"sha": "\#(CI.headID)"}}}"#,
                start: .commit(commit(CI.baseID, field("pull_request.base.sha"))),
                head: commit(CI.headID, field("pull_request.head.sha"))),
            GitHubCase(
                name: "pull request target", event: "pull_request_target",
                payload: #"{"pull_request": {"base": {"sha": "\#(CI.baseID)"}, "head": {"sha": "\#(CI.headID)"}}}"#,
                start: .commit(commit(CI.baseID, field("pull_request.base.sha"))),
                head: commit(CI.headID, field("pull_request.head.sha"))),
            GitHubCase(
                name: "pull request review", event: "pull_request_review",
                payload: #"{"pull_request": {"base": {"sha": "\#(CI.baseID)"}}}"#,
                start: .commit(commit(CI.baseID, field("pull_request.base.sha"))),
                head: commit(CI.shaID, Catalog.ciVariableSource("GITHUB_SHA"))),
            GitHubCase(
                name: "pull request without base sha", event: "pull_request",
                payload: #"{"pull_request": {"head": {"sha": "\#(CI.headID)"}}}"#,
                extra: ["GITHUB_BASE_REF": "develop"],
                start: .mergeBase(branch: "develop", reason: Catalog.ciReasonNoBaseCommit(event: "pull_request")),
                head: commit(CI.headID, field("pull_request.head.sha"))),
            GitHubCase(
                name: "merge group", event: "merge_group",
                payload: #"{"merge_group": {"base_sha": "\#(CI.baseID)", "head_sha": "\#(CI.mergeHeadID)"}}"#,
                start: .commit(commit(CI.baseID, field("merge_group.base_sha"))),
                head: commit(CI.mergeHeadID, field("merge_group.head_sha"))),
            GitHubCase(
                name: "push", event: "push",
                payload: #"{"before": "\#(CI.baseID)", "after": "\#(CI.headID)", "forced": false}"#,
                start: .commit(commit(CI.baseID, field("before"))), head: commit(CI.headID, field("after"))),
            GitHubCase(
                name: "push of a new branch", event: "push",
                payload:
                    #"{"before": "\#(CI.zeroSHA1)", "after": "\#(CI.headID)", "repository": {"default_branch": "main"}}"#,
                start: .mergeBase(branch: "main", reason: Catalog.ciReasonNewBranch()),
                head: commit(CI.headID, field("after"))),
            GitHubCase(
                name: "push of a new branch, SHA-256", event: "push",
                payload:
                    #"{"before": "\#(CI.zeroSHA256)", "after": "\#(CI.sha256ID)", "repository": {"default_branch": "trunk"}}"#,
                start: .mergeBase(branch: "trunk", reason: Catalog.ciReasonNewBranch()),
                head: commit(CI.sha256ID, field("after"))),
            GitHubCase(
                name: "forced push", event: "push",
                payload:
                    #"{"before": "\#(CI.baseID)", "after": "\#(CI.headID)", "forced": true, "repository": {"default_branch": "main"}}"#,
                start: .mergeBase(branch: "main", reason: Catalog.ciReasonForcedPush()),
                head: commit(CI.headID, field("after"))),
            GitHubCase(
                name: "push without after", event: "push",
                payload: #"{"before": "\#(CI.baseID)", "after": "\#(CI.zeroSHA1)"}"#,
                start: .commit(commit(CI.baseID, field("before"))),
                head: commit(CI.shaID, Catalog.ciVariableSource("GITHUB_SHA"))),
            GitHubCase(
                name: "manual run", event: "workflow_dispatch", payload: #"{"repository": {"default_branch": "main"}}"#,
                start: .mergeBase(branch: "main", reason: Catalog.ciReasonNoBaseCommit(event: "workflow_dispatch")),
                head: commit(CI.shaID, Catalog.ciVariableSource("GITHUB_SHA"))),
            GitHubCase(
                name: "schedule", event: "schedule", payload: #"{"repository": {"default_branch": "release"}}"#,
                start: .mergeBase(branch: "release", reason: Catalog.ciReasonNoBaseCommit(event: "schedule")),
                head: commit(CI.shaID, Catalog.ciVariableSource("GITHUB_SHA"))),
            GitHubCase(
                name: "uppercase ids", event: "push",
                payload: #"{"before": "\#(CI.baseID.uppercased())", "after": "\#(CI.headID.uppercased())"}"#,
                start: .commit(commit(CI.baseID, field("before"))), head: commit(CI.headID, field("after"))),
        ]

        @Test(arguments: githubCases)
        func githubEvents(_ testCase: GitHubCase) throws {
            let plan = try Self.github(event: testCase.event, payload: testCase.payload, extra: testCase.extra).get()
            #expect(plan.provider == .githubActions)
            #expect(plan.event == testCase.event)
            #expect(plan.start == testCase.start)
            #expect(plan.head == testCase.head)
            #expect(plan.stepSummaryPath == "/github/summary.md")
        }

        @Test func emptyStepSummaryIsNone() throws {
            let plan = try Self.github(
                event: "push", payload: #"{"before": "\#(CI.baseID)"}"#, extra: ["GITHUB_STEP_SUMMARY": ""]
            ).get()
            #expect(plan.stepSummaryPath == nil)
        }

        @Test func githubWinsWhenBothAreSet() throws {
            let plan = try Self.github(
                event: "push", payload: #"{"before": "\#(CI.baseID)"}"#, extra: ["GITLAB_CI": "true"]
            ).get()
            #expect(plan.provider == .githubActions)
        }

        // MARK: GitHub Actions errors

        @Test func missingEventName() {
            let result = Self.plan(["GITHUB_ACTIONS": "true", "GITHUB_SHA": CI.shaID])
            #expect(result.ciFailure == .missingVariable("GITHUB_EVENT_NAME", provider: .githubActions))
        }

        @Test func pushWithoutEventFile() {
            let result = Self.github(event: "push", payload: nil)
            #expect(result.ciFailure == .missingVariable("GITHUB_EVENT_PATH", provider: .githubActions))
        }

        @Test func eventFileUnreadable() {
            let result = Self.plan([
                "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": "/missing.json",
            ])
            #expect(result.ciFailure == .eventUnreadable(path: "/missing.json", reason: "No such file or directory"))
        }

        @Test(arguments: ["not json", "[1, 2]", ""])
        func eventFileNotAnObject(payload: String) {
            let result = Self.github(event: "push", payload: payload)
            #expect(result.ciFailure == .eventNotAnObject(path: Self.eventPath))
        }

        @Test func pullRequestWithoutAnyBase() {
            let result = Self.github(event: "pull_request", payload: #"{"pull_request": {}}"#)
            #expect(
                result.ciFailure
                    == .missingEventField("pull_request.base.sha", event: "pull_request", path: Self.eventPath))
        }

        @Test func mergeGroupWithoutBase() {
            let result = Self.github(event: "merge_group", payload: #"{"merge_group": {"head_sha": "\#(CI.headID)"}}"#)
            #expect(
                result.ciFailure
                    == .missingEventField("merge_group.base_sha", event: "merge_group", path: Self.eventPath))
        }

        @Test func newBranchWithoutDefaultBranch() {
            let result = Self.github(
                event: "push", payload: #"{"before": "\#(CI.zeroSHA1)", "after": "\#(CI.headID)"}"#)
            #expect(
                result.ciFailure
                    == .missingDefaultBranch(
                        reason: Catalog.ciReasonNewBranch(), sources: ["repository.default_branch (GITHUB_EVENT_PATH)"])
            )
        }

        @Test func scheduleWithoutEventFile() {
            let result = Self.github(event: "schedule", payload: nil)
            #expect(
                result.ciFailure
                    == .missingDefaultBranch(
                        reason: Catalog.ciReasonNoBaseCommit(event: "schedule"),
                        sources: ["repository.default_branch (GITHUB_EVENT_PATH)"]))
        }

        @Test(arguments: ["abc", String(repeating: "g", count: 40), String(repeating: "a", count: 41)])
        func invalidCommitID(value: String) {
            let result = Self.github(event: "push", payload: #"{"before": "\#(value)"}"#)
            #expect(result.ciFailure == .invalidCommitID(value, source: Self.field("before")))
        }

        @Test func missingSHAWhenEventHasNoHead() {
            let result = Self.plan(
                ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": Self.eventPath],
                files: [Self.eventPath: #"{"before": "\#(CI.baseID)"}"#])
            #expect(result.ciFailure == .missingVariable("GITHUB_SHA", provider: .githubActions))
        }

        // MARK: GitLab CI

        struct GitLabCase: Sendable, CustomTestStringConvertible {
            let name: String
            let variables: [String: String]
            let event: String
            let start: CIRangePlan.Start
            let head: CICommit

            var testDescription: String { name }
        }

        static func variable(_ name: String) -> LocalizedText {
            Catalog.ciVariableSource(name)
        }

        static let gitlabCases: [GitLabCase] = [
            GitLabCase(
                name: "merge request",
                variables: [
                    "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "7",
                    "CI_MERGE_REQUEST_DIFF_BASE_SHA": CI.baseID, "CI_COMMIT_BEFORE_SHA": CI.zeroSHA1,
                ],
                event: "merge_request_event",
                start: .commit(commit(CI.baseID, variable("CI_MERGE_REQUEST_DIFF_BASE_SHA"))),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "merged results",
                variables: [
                    "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "7",
                    "CI_MERGE_REQUEST_DIFF_BASE_SHA": CI.baseID, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA": CI.mergeHeadID,
                ],
                event: "merge_request_event",
                start: .commit(commit(CI.baseID, variable("CI_MERGE_REQUEST_DIFF_BASE_SHA"))),
                head: commit(CI.mergeHeadID, variable("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"))),
            GitLabCase(
                name: "merge request without diff base",
                variables: [
                    "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "develop",
                    "CI_DEFAULT_BRANCH": "main",
                ],
                event: "merge_request_event",
                start: .mergeBase(
                    branch: "develop", reason: Catalog.ciReasonNoBaseCommit(event: "merge_request_event")),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "push", variables: ["CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BEFORE_SHA": CI.baseID],
                event: "push", start: .commit(commit(CI.baseID, variable("CI_COMMIT_BEFORE_SHA"))),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "push without pipeline source", variables: ["CI_COMMIT_BEFORE_SHA": CI.baseID],
                event: "push", start: .commit(commit(CI.baseID, variable("CI_COMMIT_BEFORE_SHA"))),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "push of a new branch",
                variables: [
                    "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BEFORE_SHA": CI.zeroSHA1, "CI_DEFAULT_BRANCH": "main",
                ],
                event: "push", start: .mergeBase(branch: "main", reason: Catalog.ciReasonNewBranch()),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "scheduled pipeline",
                variables: [
                    "CI_PIPELINE_SOURCE": "schedule", "CI_COMMIT_BEFORE_SHA": CI.zeroSHA1, "CI_DEFAULT_BRANCH": "main",
                ],
                event: "schedule",
                start: .mergeBase(branch: "main", reason: Catalog.ciReasonNoBaseCommit(event: "schedule")),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
            GitLabCase(
                name: "web pipeline without before",
                variables: ["CI_PIPELINE_SOURCE": "web", "CI_DEFAULT_BRANCH": "main"],
                event: "web", start: .mergeBase(branch: "main", reason: Catalog.ciReasonNoBaseCommit(event: "web")),
                head: commit(CI.headID, variable("CI_COMMIT_SHA"))),
        ]

        @Test(arguments: gitlabCases)
        func gitlabPipelines(_ testCase: GitLabCase) throws {
            let environment = ["GITLAB_CI": "true", "CI_COMMIT_SHA": CI.headID].merging(testCase.variables) { _, new in
                new
            }
            let plan = try Self.plan(environment).get()
            #expect(plan.provider == .gitlabCI)
            #expect(plan.event == testCase.event)
            #expect(plan.start == testCase.start)
            #expect(plan.head == testCase.head)
            #expect(plan.stepSummaryPath == nil)
        }

        @Test(arguments: [nil, "", CI.zeroSHA1])
        func gitlabWithoutCommitSHA(value: String?) {
            var environment = ["GITLAB_CI": "true", "CI_COMMIT_BEFORE_SHA": CI.baseID]
            environment["CI_COMMIT_SHA"] = value
            #expect(Self.plan(environment).ciFailure == .missingVariable("CI_COMMIT_SHA", provider: .gitlabCI))
        }

        @Test func gitlabNewBranchWithoutDefaultBranch() {
            let result = Self.plan([
                "GITLAB_CI": "true", "CI_COMMIT_SHA": CI.headID, "CI_COMMIT_BEFORE_SHA": CI.zeroSHA1,
            ])
            #expect(
                result.ciFailure
                    == .missingDefaultBranch(reason: Catalog.ciReasonNewBranch(), sources: ["CI_DEFAULT_BRANCH"]))
        }

        @Test func gitlabMergeRequestWithoutAnyBranch() {
            let result = Self.plan([
                "GITLAB_CI": "true", "CI_COMMIT_SHA": CI.headID, "CI_PIPELINE_SOURCE": "merge_request_event",
            ])
            #expect(
                result.ciFailure
                    == .missingDefaultBranch(
                        reason: Catalog.ciReasonNoBaseCommit(event: "merge_request_event"),
                        sources: ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "CI_DEFAULT_BRANCH"]))
        }

        @Test func gitlabInvalidBefore() {
            let result = Self.plan(["GITLAB_CI": "true", "CI_COMMIT_SHA": CI.headID, "CI_COMMIT_BEFORE_SHA": "HEAD~1"])
            #expect(
                result.ciFailure == .invalidCommitID("HEAD~1", source: Catalog.ciVariableSource("CI_COMMIT_BEFORE_SHA"))
            )
        }

        // MARK: Unknown CI

        @Test(arguments: [
            [:], ["GITHUB_ACTIONS": "false"], ["GITLAB_CI": ""], ["CI": "true"], ["GITHUB_ACTIONS": "1"],
        ])
        func unknownEnvironment(environment: [String: String]) {
            #expect(
                Self.plan(environment).ciFailure
                    == .unknownEnvironment(lookedFor: [
                        "GITHUB_ACTIONS=true (GitHub Actions)", "GITLAB_CI=true (GitLab CI)",
                    ]))
        }

        @Test func markerIgnoresCase() throws {
            let plan = try Self.plan([
                "GITLAB_CI": "TRUE", "CI_COMMIT_SHA": CI.headID, "CI_COMMIT_BEFORE_SHA": CI.baseID,
            ]).get()
            #expect(plan.provider == .gitlabCI)
        }

        // MARK: Messages

        @Test func unknownEnvironmentMessage() {
            let message = CIError.unknownEnvironment(lookedFor: CIDetector.lookedFor).message
            #expect(
                message.english == """
                    --ci found no supported CI: it looked for GITHUB_ACTIONS=true (GitHub Actions), GITLAB_CI=true \
                    (GitLab CI). Run the check in one of these CI systems, or drop --ci and give the range with --base \
                    and --head.
                    """)
            #expect(
                message.spanish == """
                    --ci no encontró ninguna CI compatible: buscó GITHUB_ACTIONS=true (GitHub Actions), GITLAB_CI=true \
                    (GitLab CI). Ejecute la comprobación en uno de esos sistemas de CI, o quite --ci e indique el rango \
                    con --base y --head.
                    """)
        }

        @Test func invalidCommitMessage() {
            let message = CIError.invalidCommitID("abc", source: Self.field("before")).message
            #expect(
                message.english == """
                    "abc" from before in the event file /github/workflow/event.json is not a full commit id (40 or 64 \
                    hex digits). Check the job's variables, or give the range with --base and --head.
                    """)
            #expect(
                message.spanish == """
                    "abc" de before del archivo de evento /github/workflow/event.json no es el identificador completo \
                    de un commit (40 o 64 dígitos hexadecimales). Revise las variables del job o indique el rango con \
                    --base y --head.
                    """)
        }

        @Test func missingDefaultBranchMessage() {
            let message = CIError.missingDefaultBranch(
                reason: Catalog.ciReasonNoBaseCommit(event: "schedule"),
                sources: ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "CI_DEFAULT_BRANCH"]
            ).message
            #expect(
                message.english == """
                    This schedule run names no base commit, so its range starts at the merge-base with the default \
                    branch, but no branch name was found in CI_MERGE_REQUEST_TARGET_BRANCH_NAME or CI_DEFAULT_BRANCH. \
                    Give the start of the range with --base.
                    """)
            #expect(
                message.spanish == """
                    Esta ejecución de tipo schedule no indica ningún commit base, así que su rango empieza en el \
                    merge-base con la rama por defecto, pero no se encontró el nombre de la rama en \
                    CI_MERGE_REQUEST_TARGET_BRANCH_NAME o CI_DEFAULT_BRANCH. Indique el inicio del rango con --base.
                    """)
        }

        @Test func missingVariableMessage() {
            let message = CIError.missingVariable("CI_COMMIT_SHA", provider: .gitlabCI).message
            #expect(
                message.english == """
                    GitLab CI did not set CI_COMMIT_SHA, which --ci needs to pick the range. Check that the job runs in \
                    GitLab CI itself, or drop --ci and give the range with --base and --head.
                    """)
        }
    }
}

extension Result {
    /// The error of a failure, or nil for a success.
    var ciFailure: Failure? {
        guard case .failure(let error) = self else {
            return nil
        }
        return error
    }
}
