import Foundation
import VixenCore
import VixenDeploy

/// The status for people: one block per environment, then where the state came from.
struct StatusTextRenderer {
    let now: Date

    func render(_ statuses: [TargetStatus], source: StatusSource, language: Language) -> String {
        var lines: [String] = []
        for status in statuses {
            lines.append(Catalog.planEnvironment(status.state.target.rawValue)(language))
            lines += block(status).map { "  " + $0(language) }
        }
        lines.append(Self.source(source)(language))
        return lines.joined(separator: "\n") + "\n"
    }

    private func block(_ status: TargetStatus) -> [LocalizedText] {
        let state = status.state
        var lines: [LocalizedText] = []
        if let commit = state.deployedCommit, let record = state.note?.deployment {
            lines.append(
                Catalog.statusDeployed(
                    commit: commit.short, version: record.version.description,
                    number: DecisionText.sequenceText(record.sequence), time: DecisionText.utcTime(record.time),
                    result: Catalog.statusResult(record.result.rawValue)))
        } else if let commit = state.deployedCommit {
            lines.append(Catalog.statusDeployedWithoutNote(commit: commit.short))
        } else {
            lines.append(
                Catalog.statusNothingDeployed(reference: state.target.deployedReference, target: state.target.rawValue))
        }
        if let attempt = status.lastAttempt {
            lines.append(
                Catalog.statusLastAttempt(
                    commit: attempt.commit.short, version: attempt.version.description,
                    number: DecisionText.sequenceText(attempt.sequence),
                    result: Catalog.statusResult(attempt.result.rawValue)))
        }
        if let pending = status.pending {
            let components = pending.components.map(\.name).joined(separator: ", ")
            lines.append(
                Catalog.statusPending(
                    commits: pending.commits.count, deployableCommits: pending.deployableCommits.count,
                    lines: pending.deployableLines, head: pending.head.short,
                    components: components.isEmpty ? nil : DisplayText.escaped(components)))
        }
        if let lock = state.lock {
            lines.append(
                Catalog.statusLock(
                    owner: lock.owner.summary, command: DisplayText.escaped(lock.owner.command),
                    age: DurationText.text(lock.age(at: now))))
        }
        return lines
    }

    static func source(_ source: StatusSource) -> LocalizedText {
        switch source {
        case .fetched(let remote): Catalog.statusFetched(remote: remote)
        case .notFetched: Catalog.statusNotFetched()
        case .localOnly(let remote): Catalog.statusLocalOnly(remote: remote)
        }
    }
}
