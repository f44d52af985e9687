import VixenChecks
import VixenCore
import VixenGit
import VixenReport

/// A scan of every version of every file in a history, for `scan --history`.
///
/// The secret scanner reads each distinct blob once, on several threads, and keeps only the
/// fingerprints of the secrets in it. ``HistoryCandidates`` then picks, commit by commit, the
/// versions that add a secret to their path, and the checks read those versions whole to report
/// them with their lines, allowlists and `vixen-gate:allow` comments. So the cost is one read of
/// each distinct blob, not one line diff per commit.
struct HistoryScan {
    /// Bytes of candidate versions kept before the checks read them, which bounds memory when a
    /// history adds many secrets.
    static let candidateBytes = 64 << 20

    let repository: Repository
    let tips: HistoryTips
    let checks: ScanChecks
    let progress: ScanProgress

    func run() throws(RunFailure) -> Report {
        let maxFileSize = checks.configuration.limits.maxFileSize
        let walk: HistoryBlobWalk
        do {
            walk = try HistoryBlobWalk(repository: repository, tips: tips, maxFileSize: maxFileSize)
        } catch {
            throw .git(error)
        }
        let sessions = try ScanSessions(scanner: try checks.makeScanner(), count: walk.workerCount + 1)
        var candidates = HistoryCandidates(repository: repository, maxFileSize: maxFileSize)
        var findings: [Finding] = []
        defer { progress.clear() }
        do {
            try walk.run(
                summarize: { thread, text in try sessions.session(for: thread).fingerprints(in: text) },
                progress: { progress.show(done: $0, total: walk.commitCount) },
                visit: { commit in
                    try candidates.visit(commit)
                    if candidates.contentBytes >= Self.candidateBytes {
                        findings += try check(&candidates)
                    }
                })
        } catch let error as RunFailure {
            throw error
        } catch let error as GitError {
            throw .git(error)
        } catch let error as SecretsError {
            throw .message(error.message)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
        findings += try check(&candidates)

        let scope = Report.Scope.history(allReferences: tips == .allReferences, commits: walk.commitCount)
        return Report(scope: scope, findings: findings.sorted(by: Finding.reportOrder))
    }

    /// Runs the checks over the candidates gathered so far and returns the findings to report.
    private func check(_ candidates: inout HistoryCandidates) throws(RunFailure) -> [Finding] {
        guard !candidates.commits.isEmpty else {
            return []
        }
        let changes = ChangeSet(base: nil, head: nil, diffBase: nil, commits: candidates.commits, overall: [])
        let found = try checks.findings(in: changes).filter(candidates.keeps)
        candidates.removeCommits()
        return found
    }
}

/// One secret scanning session per thread of a history walk.
///
/// NOTE: @unchecked because sessions are not thread-safe. The walk calls `summarize` with a thread
/// index that no other running thread uses, so each session is used by one thread at a time.
private final class ScanSessions: @unchecked Sendable {
    private let sessions: [SecretScanSession]

    init(scanner: SecretScanner, count: Int) throws(RunFailure) {
        var sessions: [SecretScanSession] = []
        do {
            for _ in 0..<count {
                sessions.append(try scanner.makeSession())
            }
        } catch {
            throw .message(error.message)
        }
        self.sessions = sessions
    }

    func session(for thread: Int) -> SecretScanSession {
        sessions[thread]
    }
}
