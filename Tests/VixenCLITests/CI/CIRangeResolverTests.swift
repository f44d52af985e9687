import Testing
import VixenCore
import VixenGit

@testable import VixenCLI

extension CI {
    /// Resolution of a CI range plan against a table of commits standing in for a repository.
    @Suite("CI range resolution")
    struct CIRangeResolverTests {
        /// A stand-in for a clone: commits by revision, and merge-bases by pair of commits.
        struct FakeLookup: CommitLookup {
            var commits: [String: ObjectID] = [:]
            var mergeBases: [[ObjectID]: ObjectID] = [:]
            var isShallow = false

            func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
                guard let commit = commits[revision] else {
                    throw .unknownRevision(revision, isShallow: isShallow)
                }
                return commit
            }

            func mergeBase(_ first: ObjectID, _ second: ObjectID) throws(GitError) -> ObjectID? {
                mergeBases[[first, second]]
            }
        }

        static let base = ObjectID(hex: CI.baseID)
        static let head = ObjectID(hex: CI.headID)
        static let mainTip = ObjectID(hex: CI.shaID)
        static let forkPoint = ObjectID(hex: CI.mergeHeadID)

        static func plan(start: CIRangePlan.Start) -> CIRangePlan {
            CIRangePlan(
                provider: .githubActions, event: "push", start: start,
                head: CICommit(id: CI.headID, source: Catalog.ciVariableSource("GITHUB_SHA")), stepSummaryPath: nil)
        }

        static let commitPlan = plan(
            start: .commit(CICommit(id: CI.baseID, source: Catalog.ciVariableSource("CI_COMMIT_BEFORE_SHA"))))
        static let mergeBasePlan = plan(start: .mergeBase(branch: "main", reason: Catalog.ciReasonNewBranch()))

        private func resolve(
            _ plan: CIRangePlan, _ lookup: FakeLookup, base: String? = nil, head: String? = nil
        ) -> Result<RangeSelection, RunFailure> {
            Result { () throws(RunFailure) in try CIRangeResolver.resolve(plan, in: lookup, base: base, head: head) }
        }

        @Test func commitStart() throws {
            let lookup = FakeLookup(commits: [CI.baseID: Self.base, CI.headID: Self.head])
            let range = try resolve(Self.commitPlan, lookup).get()
            #expect(range.base == Self.base)
            #expect(range.head == Self.head)
        }

        @Test func mergeBaseStart() throws {
            let lookup = FakeLookup(
                commits: ["refs/remotes/origin/main": Self.mainTip, CI.headID: Self.head],
                mergeBases: [[Self.mainTip, Self.head]: Self.forkPoint])
            let range = try resolve(Self.mergeBasePlan, lookup).get()
            #expect(range.base == Self.forkPoint)
            #expect(range.head == Self.head)
        }

        @Test func unrelatedHistoryStartsAfterBranchTip() throws {
            let lookup = FakeLookup(commits: ["refs/remotes/origin/main": Self.mainTip, CI.headID: Self.head])
            let range = try resolve(Self.mergeBasePlan, lookup).get()
            #expect(range.base == Self.mainTip)
        }

        @Test func optionsReplaceEitherEnd() throws {
            let lookup = FakeLookup(commits: ["v1": Self.base, "topic": Self.head, CI.headID: Self.forkPoint])
            let range = try resolve(Self.mergeBasePlan, lookup, base: "v1", head: "topic").get()
            #expect(range.base == Self.base)
            #expect(range.head == Self.head)

            let baseOnly = try resolve(Self.mergeBasePlan, lookup, base: "v1").get()
            #expect(baseOnly.base == Self.base)
            #expect(baseOnly.head == Self.forkPoint)
        }

        @Test func unknownOptionRevisionIsGitError() {
            let lookup = FakeLookup(commits: [CI.headID: Self.head])
            let result = resolve(Self.commitPlan, lookup, base: "v9")
            guard case .failure(.git(let error)) = result else {
                Issue.record("expected a git error, got \(result)")
                return
            }
            #expect(error == .unknownRevision("v9", isShallow: false))
        }

        @Test func baseMissingFromShallowClone() {
            let lookup = FakeLookup(commits: [CI.headID: Self.head], isShallow: true)
            let result = resolve(Self.commitPlan, lookup)
            guard case .failure(let failure) = result else {
                Issue.record("expected a failure, got \(result)")
                return
            }
            #expect(
                failure.text(.english) == """
                    The base of the CI range, commit \(CI.baseID) from CI_COMMIT_BEFORE_SHA, cannot be read. \
                    Unknown revision "\(CI.baseID)": no branch, tag or commit has that name here. This is a shallow \
                    clone, so the commit may lie past its boundary: run `git fetch --unshallow` (or, in CI, fetch the \
                    whole history, e.g. actions/checkout with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab).
                    """)
            #expect(
                failure.text(.spanish).hasPrefix(
                    "No se puede leer el inicio del rango de la CI, el commit \(CI.baseID) de CI_COMMIT_BEFORE_SHA. "))
            #expect(failure.text(.spanish).contains("fetch-depth: 0"))
        }

        @Test func headMissing() {
            let lookup = FakeLookup(commits: [CI.baseID: Self.base])
            let result = resolve(Self.commitPlan, lookup)
            guard case .failure(let failure) = result else {
                Issue.record("expected a failure, got \(result)")
                return
            }
            #expect(
                failure.text(.english).hasPrefix(
                    "The head of the CI range, commit \(CI.headID) from GITHUB_SHA, cannot be read. Unknown revision"))
            #expect(
                failure.text(.english).hasSuffix(
                    "Check the spelling, or run `git fetch` if it exists only on the remote."))
        }

        @Test func defaultBranchNotFetched() {
            let lookup = FakeLookup(commits: [CI.headID: Self.head])
            let result = resolve(Self.mergeBasePlan, lookup)
            guard case .failure(let failure) = result else {
                Issue.record("expected a failure, got \(result)")
                return
            }
            #expect(
                failure.text(.english) == """
                    This push created its branch or tag, so its range starts at the merge-base with origin/main, but \
                    this clone has no origin/main. Fetch it before the check: `git fetch origin \
                    main:refs/remotes/origin/main` (on GitHub, actions/checkout with fetch-depth: 0 fetches every branch).
                    """)
            #expect(
                failure.text(.spanish) == """
                    Este push creó su rama o etiqueta, así que su rango empieza en el merge-base con origin/main, pero \
                    este clon no tiene origin/main. Descárguela antes de la comprobación: `git fetch origin \
                    main:refs/remotes/origin/main` (en GitHub, actions/checkout con fetch-depth: 0 descarga todas las \
                    ramas).
                    """)
        }
    }
}
