import Testing
import VixenCore
import VixenDeploy

/// What marks a change critical: the option, a `hotfix/` branch, or a trailer.
struct CriticalSeverityTests {
    private func commit(_ message: String, number: Int = 1) -> PendingChanges.Commit {
        PendingChanges.Commit(
            id: CostFixtures.id(number), time: CostFixtures.monday, message: message, deployable: true)
    }

    @Test(arguments: [
        "fix: stop the crash\n\nSeverity: critical\n",
        "fix: stop the crash\n\nThe login loop crashed.\n\nseverity:   CRITICAL\nRefs: #12\n",
        "fix: stop the crash\n\nReviewed-by: Ana\nSeverity: critical",
        "fix: stop the crash\r\n\r\nSeverity: critical\r\n",
    ])
    func trailerMarksCritical(message: String) {
        #expect(
            CriticalSeverity.find(option: false, branches: [], commits: [commit(message)])
                == .trailer(commit: CostFixtures.id(1)))
    }

    @Test(arguments: [
        "Severity: critical",
        "fix: stop the crash\nSeverity: critical\n",
        "fix: stop the crash\n\nSeverity: critical\n\nThe crash is gone.\n",
        "fix: stop the crash\n\nSeverity: high\n",
        "fix: stop the crash\n\nSeverity: critical later\n",
        "fix: stop the crash\n\nNot a trailer: Severity: critical\n",
    ])
    func otherMessagesDoNot(message: String) {
        #expect(CriticalSeverity.find(option: false, branches: [], commits: [commit(message)]) == nil)
    }

    @Test func newestTrailerIsNamed() {
        let commits = [
            commit("fix: one\n\nSeverity: critical\n", number: 1),
            commit("fix: two\n\nSeverity: critical\n", number: 2),
        ]

        #expect(
            CriticalSeverity.find(option: false, branches: [], commits: commits) == .trailer(commit: CostFixtures.id(2))
        )
    }

    @Test func optionAndBranchComeFirst() {
        let commits = [commit("fix: one\n\nSeverity: critical\n")]

        #expect(CriticalSeverity.find(option: true, branches: ["hotfix/login"], commits: commits) == .option)
        #expect(
            CriticalSeverity.find(option: false, branches: ["main", "hotfix/login"], commits: commits)
                == .branch("hotfix/login"))
        #expect(CriticalSeverity.find(option: false, branches: ["feature/hotfix/x"], commits: []) == nil)
    }
}
