import Foundation
import VixenCore

/// How far the pending changes are from each batching threshold, as the decision reports them.
public struct BatchFigures: Sendable, Equatable {
    public let commits: Int
    public let commitThreshold: Int
    public let lines: Int
    public let lineThreshold: Int
    /// How long the oldest pending change has waited, or nil when no deployable commit is pending.
    public let oldestWait: TimeInterval?
    public let maxWait: TimeInterval
    /// The commit whose wait is ``oldestWait``.
    public let oldestCommit: ObjectID?

    public init(
        commits: Int, commitThreshold: Int, lines: Int, lineThreshold: Int, oldestWait: TimeInterval?,
        maxWait: TimeInterval, oldestCommit: ObjectID?
    ) {
        self.commits = commits
        self.commitThreshold = commitThreshold
        self.lines = lines
        self.lineThreshold = lineThreshold
        self.oldestWait = oldestWait
        self.maxWait = maxWait
        self.oldestCommit = oldestCommit
    }

    /// Measures `pending` against `batch` at `now`.
    ///
    /// A commit waits from the first deferral that saw it, as `firstDeferrals` records, or else
    /// from its commit date. The oldest wait is the longest among the deployable commits.
    public static func measure(
        _ pending: PendingChanges, batch: CostPolicy.Batch, firstDeferrals: [ObjectID: Date], now: Date
    ) -> BatchFigures {
        let waits = pending.deployableCommits.map { commit in
            (commit.id, now.timeIntervalSince(firstDeferrals[commit.id] ?? commit.time))
        }
        let oldest = waits.max { $0.1 < $1.1 }
        return BatchFigures(
            commits: pending.deployableCommits.count, commitThreshold: batch.commits, lines: pending.deployableLines,
            lineThreshold: batch.lines, oldestWait: oldest.map { max($0.1, 0) }, maxWait: batch.maxWait,
            oldestCommit: oldest?.0)
    }

    public var reachesCommits: Bool { commits >= commitThreshold }
    public var reachesLines: Bool { lines >= lineThreshold }
    public var reachesMaxWait: Bool {
        guard let oldestWait else {
            return false
        }
        return oldestWait >= maxWait
    }
}

extension BatchFigures: Codable {
    enum CodingKeys: String, CodingKey {
        case commits
        case commitThreshold = "commit_threshold"
        case lines
        case lineThreshold = "line_threshold"
        case oldestWait = "oldest_wait_seconds"
        case maxWait = "max_wait_seconds"
        case oldestCommit = "oldest_commit"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        commits = try container.decode(Int.self, forKey: .commits)
        commitThreshold = try container.decode(Int.self, forKey: .commitThreshold)
        lines = try container.decode(Int.self, forKey: .lines)
        lineThreshold = try container.decode(Int.self, forKey: .lineThreshold)
        oldestWait = try container.decodeIfPresent(Int.self, forKey: .oldestWait).map(TimeInterval.init)
        maxWait = TimeInterval(try container.decode(Int.self, forKey: .maxWait))
        oldestCommit = try container.decodeIfPresent(String.self, forKey: .oldestCommit).map(ObjectID.init(hex:))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(commits, forKey: .commits)
        try container.encode(commitThreshold, forKey: .commitThreshold)
        try container.encode(lines, forKey: .lines)
        try container.encode(lineThreshold, forKey: .lineThreshold)
        try container.encode(oldestWait.map { Int($0) }, forKey: .oldestWait)
        try container.encode(Int(maxWait), forKey: .maxWait)
        try container.encode(oldestCommit?.hex, forKey: .oldestCommit)
    }
}
