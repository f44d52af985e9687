import Foundation
import VixenCore

/// The sentences that tell people what the runner decided: the first line of its output, and
/// the team's report lines such as `[OPS-042] Deployed v1.4.0 to staging - components: BE, FE, DB`.
public struct DecisionText: Sendable {
    public let outcome: DeployOutcome

    public init(outcome: DeployOutcome) {
        self.outcome = outcome
    }

    private var environment: LocalizedText {
        Catalog.planEnvironment(outcome.target.stateTarget.rawValue)
    }

    /// The first line of the output: the decision and its reason, such as
    /// `deferred: 3/5 commits, 40/200 lines, oldest 2 h of 24 h`.
    public var headline: LocalizedText {
        let word = Catalog.deployDecisionWord(outcome.decision.kind.rawValue)
        return LocalizedText(
            en: word.english + ": " + reason.english, es: word.spanish + ": " + reason.spanish)
    }

    /// The reason alone, which JSON carries as `reason.text`.
    public var reason: LocalizedText {
        Self.reason(outcome.decision, environment: environment, pending: outcome.pending)
    }

    /// The team's report line for the outcome, or nil when the run had no plan to report on.
    ///
    /// A recorded deployment gives the OPS line of its result, a deferral the OPS line with the
    /// figures, and a refusal the SM line with the reason. The number is the deployment's sequence
    /// number, which a deferral or refusal shows as the one the next deployment gets.
    public var reportLine: LocalizedText? {
        guard let plan = outcome.plan else {
            return nil
        }
        let version = plan.version.version.description
        let components = plan.components.map(\.name).joined(separator: ", ")
        let number = Self.sequenceText(outcome.sequence)
        if let record = outcome.record {
            return Catalog.deployReportRecorded(
                number: number, version: version, environment: environment, components: components,
                result: record.result.rawValue)
        }
        switch outcome.decision.kind {
        case .deploy:
            return Catalog.deployReportPlanned(
                number: number, version: version, environment: environment, components: components)
        case .defer:
            return Catalog.deployReportDeferred(
                number: number, version: version, environment: environment, reason: reason)
        case .refuse:
            return Catalog.deployReportRefused(
                number: number, version: version, environment: environment, reason: reason)
        }
    }

    /// Returns a sequence number as the team writes it, with at least three digits: `042`.
    public static func sequenceText(_ sequence: Int) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Returns the batching figures, such as `3/5 commits, 40/200 lines, oldest 2 h of 24 h`.
    public static func figures(_ figures: BatchFigures) -> LocalizedText {
        Catalog.deployFigures(
            commits: figures.commits, commitThreshold: figures.commitThreshold, lines: figures.lines,
            lineThreshold: figures.lineThreshold, oldestWait: figures.oldestWait.map(DurationText.text),
            maxWait: DurationText.text(figures.maxWait))
    }

    static func reason(_ decision: DeployDecision, environment: LocalizedText, pending: PendingChanges?)
        -> LocalizedText
    {
        let figures = decision.figures.map(Self.figures) ?? LocalizedText(en: "", es: "")
        switch decision.reason {
        case .commitThresholdReached: return Catalog.deployReasonCommitThreshold(figures)
        case .lineThresholdReached: return Catalog.deployReasonLineThreshold(figures)
        case .maxWaitReached: return Catalog.deployReasonMaxWait(figures)
        case .releaseTag(let tag): return Catalog.deployReasonReleaseTag(tag)
        case .forced: return Catalog.deployReasonForced(figures)
        case .criticalHotfix(let severity): return Catalog.deployReasonCriticalHotfix(source(severity))
        case .belowThresholds: return figures
        case .nothingPending(let commit):
            return Catalog.deployReasonNothingPending(environment: environment, commit: commit.short)
        case .nothingDeployable(let commits): return Catalog.deployReasonNothingDeployable(commits)
        case .noDeploymentRecorded(let reference):
            let target = reference.split(separator: "/").last.map(String.init) ?? reference
            return Catalog.deployReasonNoDeployment(reference: reference, environment: environment, target: target)
        case .gateBlocked(let rules):
            let base = pending?.base.short ?? ""
            let head = pending?.head.short ?? ""
            return Catalog.deployReasonGateBlocked(
                rules: rules.map(\.description).joined(separator: ", "),
                checkCommand: "vixen-gate check --base \(base) --head \(head)")
        case .notCritical: return Catalog.deployReasonNotCritical()
        case .notOnStaging(let commit): return Catalog.deployReasonNotOnStaging(commit.short)
        case .failedOnStaging(let commit, let result):
            return Catalog.deployReasonFailedOnStaging(commit.short, result: result.rawValue)
        case .stagingMovedBack(let commit): return Catalog.deployReasonStagingMovedBack(commit.short)
        case .soakIncomplete(let commit, let ranFor, let soak, let readyAt):
            return Catalog.deployReasonSoakIncomplete(
                commit.short, ranFor: DurationText.text(ranFor), soak: DurationText.text(soak),
                readyAt: Self.utcTime(readyAt))
        case .outsideWindow(let windows, let next):
            let list = windows.map(\.description).joined(separator: "; ")
            return Catalog.deployReasonOutsideWindow(windows: list, nextOpening: next.map(Self.utcTime))
        case .unknownTimeZone(let zone): return Catalog.deployReasonUnknownTimeZone(zone)
        case .stagingUnhealthy(let detail): return Catalog.deployReasonStagingUnhealthy(detail)
        case .healthUnknown(let why): return Catalog.deployReasonHealthUnknown(why)
        }
    }

    private static func source(_ severity: CriticalSeverity) -> String {
        switch severity {
        case .trailer(let commit): "Severity: critical @ \(commit.short)"
        case .branch(let name): name
        case .option: "--severity critical"
        }
    }

    /// Returns `date` as `2024-01-02 10:00 UTC`.
    public static func utcTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let number = value ?? 0
            return (number < 10 ? "0" : "") + String(number)
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }
}
