import Foundation
import VixenConfig
import VixenCore

/// Scans the added lines of a change set and turns the secrets found into findings.
///
/// Every commit's own diff is scanned, oldest first, then the index and the work tree. Each
/// run of consecutive added lines (a hunk) is scanned as one text, so a key that spans lines
/// is found, and a finding points at the line where the secret starts. Base64 text in a hunk is
/// decoded once and scanned too (see ``AddedTextScan``). A secret is reported once per file, for
/// the first commit that added it, so one added in a commit and removed in the next still
/// blocks. Files are spread over the processor cores, each thread with its own scan session.
struct ChangeSetScan {
    let scanner: SecretScanner
    let settings: Configuration.Secrets
    /// The maximum number of threads to scan with.
    let maximumThreads: Int
    /// The false-alarm filters applied to every confirmed secret.
    var filters: [any FalseAlarmFilter] = FalseAlarmFilters.standard
    /// The salt of the baseline the findings are compared with or written to, or nil for none.
    var baselineSalt: [UInt8]?

    /// One file's added text, tagged with where it comes from.
    private struct Job {
        let commit: String?
        let file: FileChange
    }

    func findings(in changes: ChangeSet) throws(SecretsError) -> [Finding] {
        let jobs = makeJobs(changes)
        let found = try scanInParallel(jobs)

        var seen = Set<String>()
        var findings: [Finding] = []
        for (job, secrets) in zip(jobs, found) {
            for secret in preferred(secrets) {
                let key = job.file.path + "\u{0}" + secret.digest
                guard seen.insert(key).inserted else {
                    continue
                }
                let rule = scanner.rules[secret.ruleIndex]
                let message =
                    secret.isEncoded
                    ? Catalog.secretFoundInBase64(rule.description, secret.redacted)
                    : Catalog.secretFound(rule.description, secret.redacted)
                findings.append(
                    Finding(
                        rule: rule.id, severity: rule.severity, file: job.file.path, line: secret.line,
                        commit: job.commit, message: message, secret: secret.redacted))
            }
        }
        return findings
    }

    /// Lists the text files to scan; binary, too-large and submodule entries have no added
    /// text, and the `git.*` findings already name them.
    ///
    /// Files for which `Configuration.Secrets.skipsScan(of:)` returns true are left out.
    private func makeJobs(_ changes: ChangeSet) -> [Job] {
        let sources: [(commit: String?, files: [FileChange])] =
            changes.commits.map { ($0.id.hex, $0.files) } + [(nil, changes.staged), (nil, changes.worktree)]
        var jobs: [Job] = []
        for (commit, files) in sources {
            for file in files where !file.addedText.isEmpty {
                guard !settings.skipsScan(of: file.path) else {
                    continue
                }
                jobs.append(Job(commit: commit, file: file))
            }
        }
        return jobs
    }

    private func scanInParallel(_ jobs: [Job]) throws(SecretsError) -> [[FoundSecret]] {
        let threadCount = max(1, min(maximumThreads, jobs.count))
        // Sessions are created here, one after another, because each clones the scanner's scratch.
        var sessions: [SecretScanSession] = []
        for _ in 0..<threadCount {
            sessions.append(try scanner.makeSession())
        }
        let pool = SessionPool(sessions: sessions)
        let results = ResultSlots<[FoundSecret]>(count: jobs.count)

        DispatchQueue.concurrentPerform(iterations: threadCount) { thread in
            let session = pool.sessions[thread]
            for index in stride(from: thread, to: jobs.count, by: threadCount) {
                do throws(SecretsError) {
                    results.store(try scan(jobs[index], session: session), at: index)
                } catch {
                    results.fail(error)
                    return
                }
            }
        }
        if let error = results.error {
            throw error
        }
        return results.values
    }

    private func scan(_ job: Job, session: SecretScanSession) throws(SecretsError) -> [FoundSecret] {
        let scan = AddedTextScan(
            scanner: scanner, session: session, path: job.file.path, settings: settings, filters: filters,
            baselineSalt: baselineSalt)
        return try scan.scan(job.file.addedText)
    }

    /// Keeps one finding per secret value in a file.
    ///
    /// When several rules find the same value, a provider or format rule wins over a
    /// `secret.generic-*` rule, because its description is more specific. Then the earlier
    /// line wins, then the rule listed first.
    private func preferred(_ secrets: [FoundSecret]) -> [FoundSecret] {
        var best: [String: FoundSecret] = [:]
        var order: [String] = []
        for secret in secrets {
            guard let current = best[secret.digest] else {
                best[secret.digest] = secret
                order.append(secret.digest)
                continue
            }
            if rank(secret) < rank(current) {
                best[secret.digest] = secret
            }
        }
        return order.compactMap { best[$0] }.sorted { ($0.line, $0.ruleIndex) < ($1.line, $1.ruleIndex) }
    }

    private func rank(_ secret: FoundSecret) -> (Int, Int, Int) {
        let isGeneric = scanner.rules[secret.ruleIndex].isGeneric
        return (isGeneric ? 1 : 0, secret.line, secret.ruleIndex)
    }
}

/// The sessions of one parallel scan, each used by exactly one thread.
private final class SessionPool: @unchecked Sendable {
    let sessions: [SecretScanSession]

    init(sessions: [SecretScanSession]) {
        self.sessions = sessions
    }
}

/// Per-job results written by several threads, guarded by a lock.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var firstError: SecretsError?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    func fail(_ error: SecretsError) {
        lock.withLock {
            if firstError == nil {
                firstError = error
            }
        }
    }

    var error: SecretsError? { lock.withLock { firstError } }
}

extension ResultSlots where Value: RangeReplaceableCollection {
    /// The stored values; a slot never stored reads as empty, which only happens after a failure.
    var values: [Value] {
        lock.withLock { slots.map { $0 ?? Value() } }
    }
}
