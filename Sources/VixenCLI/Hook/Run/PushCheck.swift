import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit
import VixenReport

/// Checks the planned refs of one push and writes the outcome to standard error, where git
/// shows a hook's messages.
///
/// Each ref gets a line naming what was checked for it. The commits of all refs are then
/// judged by ``Gate``, each commit once. Refs whose configurations differ are judged apart, so
/// every commit is held to the configuration at its own range's base.
struct PushCheck {
    enum Side {
        /// pre-push or the pre-commit framework: the push can still be skipped with `--no-verify`.
        case pushing
        /// pre-receive: the server decides.
        case receiving
    }

    let repository: Repository
    let side: Side
    let language: Language
    let currentDirectory: String
    let console: Console
    /// Whether the report gets ANSI colors.
    let color: Bool

    /// Returns the exit status: 0 when nothing blocks, 1 when a finding blocks.
    func run(_ refs: [PlannedRef], heading: LocalizedText) throws(RunFailure) -> Int32 {
        write(heading)
        var reads: [RangeRead] = []
        for ref in refs {
            let name = PrintableText.make(ref.name)
            switch ref.plan {
            case .deletion:
                write(Catalog.hookRefDeleted(name), indented: true)
            case .noCommit(let object):
                write(Catalog.hookRefNoCommit(name, object: object.short), indented: true)
            case .range(let head, let hidden, _):
                let read = try RangeRead.read(
                    ref: ref.name, head: head, hidden: hidden, repository: repository,
                    currentDirectory: currentDirectory)
                let span = (read.changes.base?.short ?? Catalog.reportRangeRoot()(language)) + ".." + head.short
                write(Catalog.hookRefCommits(name, count: read.changes.commits.count, span: span), indented: true)
                reads.append(read)
            }
        }

        let reports = try judge(reads)
        guard !reports.isEmpty else {
            write(Catalog.hookNothingNew())
            return 0
        }
        let renderer = TextReportRenderer(color: color)
        for report in reports {
            console.writeError("\n" + renderer.render(report, language: language))
        }
        let blocking = reports.flatMap(\.findings).first { $0.severity.blocks }
        guard let blocking else {
            return 0
        }
        console.writeError("\n")
        write(BlockedPushAdvice.fix(for: reports.flatMap(\.findings), onServer: side == .receiving))
        write(Catalog.hookBlockedFalseAlarm(rule: blocking.rule.description))
        if side == .pushing {
            write(Catalog.hookBlockedNoVerify())
        }
        return 1
    }

    /// Returns one report for each configuration, set of rule files and baseline that the ranges
    /// use, leaving out ranges whose commits an earlier range already brought.
    private func judge(_ reads: [RangeRead]) throws(RunFailure) -> [Report] {
        var groups: [Group] = []
        for read in reads {
            if let index = groups.firstIndex(where: {
                $0.configuration == read.configuration && $0.rules == read.customSecretRules
                    && $0.baseline == read.baseline
            }) {
                groups[index].reads.append(read)
            } else {
                groups.append(
                    Group(
                        configuration: read.configuration, rules: read.customSecretRules, baseline: read.baseline,
                        reads: [read]))
            }
        }

        var seen = Set<ObjectID>()
        var reports: [Report] = []
        for group in groups {
            let changes = ChangeSetMerger.merge(group.reads.map(\.changes), seen: &seen)
            guard !changes.commits.isEmpty, let layoutCommit = changes.head else {
                continue
            }
            let gate = Gate(
                repository: repository, configuration: group.configuration, customSecretRules: group.rules,
                baseline: group.baseline)
            reports.append(try gate.evaluate(changes, layoutCommit: layoutCommit, staged: false, worktree: false))
        }
        return reports
    }

    /// Ranges judged together because they share a configuration, rule files and baseline.
    private struct Group {
        let configuration: Configuration
        let rules: [RuleFileBytes]
        let baseline: SecretBaseline?
        var reads: [RangeRead]
    }

    private func write(_ text: LocalizedText, indented: Bool = false) {
        console.writeError((indented ? "  " : "") + text(language) + "\n")
    }
}
