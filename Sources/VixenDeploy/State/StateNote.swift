import Foundation
import VixenCore

/// The record a state note holds for one commit and one environment.
///
/// It is stored as JSON in the note on the commit under `refs/notes/vixen-gate/<environment>`.
/// The note on the deployed commit also collects what happened since that deployment: the
/// attempts that failed or were rolled back, and the deferrals that kept batching.
public struct StateNote: Sendable, Equatable {
    /// The note format this build writes and reads; a note with a higher `format` is rejected.
    public static let currentFormat = 1

    /// The environment, `staging` or `production`.
    public var target: DeployTarget
    /// The latest deployment of this commit, or nil when the commit was only the base of
    /// deferrals.
    public var deployment: DeploymentRecord?
    /// Deployments of later commits that did not succeed, so the environment still runs this one.
    public var attempts: [DeploymentRecord]
    public var deferrals: [DeferralRecord]

    public init(
        target: DeployTarget, deployment: DeploymentRecord?, attempts: [DeploymentRecord] = [],
        deferrals: [DeferralRecord] = []
    ) {
        self.target = target
        self.deployment = deployment
        self.attempts = attempts
        self.deferrals = deferrals
    }

    /// The highest sequence number this note records, among the deployment and the attempts.
    public var lastSequence: Int? {
        ([deployment].compactMap { $0 } + attempts).map(\.sequence).max()
    }

    /// Returns when a deferral first saw each commit, the earliest deferral winning.
    public var firstDeferrals: [ObjectID: Date] {
        var result: [ObjectID: Date] = [:]
        for deferral in deferrals {
            for commit in deferral.commits where result[commit].map({ deferral.time < $0 }) ?? true {
                result[commit] = deferral.time
            }
        }
        return result
    }
}

extension StateNote: Codable {
    enum CodingKeys: String, CodingKey {
        case format
        case target
        case deployment
        case attempts
        case deferrals
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(Int.self, forKey: .format)
        guard format <= Self.currentFormat else {
            throw StateNoteFormatError(format: format)
        }
        target = try container.decode(DeployTarget.self, forKey: .target)
        deployment = try container.decodeIfPresent(DeploymentRecord.self, forKey: .deployment)
        attempts = try container.decodeIfPresent([DeploymentRecord].self, forKey: .attempts) ?? []
        deferrals = try container.decodeIfPresent([DeferralRecord].self, forKey: .deferrals) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentFormat, forKey: .format)
        try container.encode(target, forKey: .target)
        try container.encode(deployment, forKey: .deployment)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(deferrals, forKey: .deferrals)
    }
}

/// A note written by a newer vixen-gate, in a format this build does not read.
struct StateNoteFormatError: Error {
    let format: Int
}
