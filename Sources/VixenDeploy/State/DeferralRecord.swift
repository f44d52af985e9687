import Foundation
import VixenCore

/// One run of `deploy` that kept batching, and the pending commits it saw first.
///
/// The maximum-wait rule counts a commit's wait from the first deferral that saw it, so a commit
/// written long ago but pushed just now does not force a deployment at once.
public struct DeferralRecord: Sendable, Equatable {
    public var time: Date
    /// The head the deferral judged.
    public var head: ObjectID
    /// The pending commits that no earlier deferral had seen.
    public var commits: [ObjectID]

    public init(time: Date, head: ObjectID, commits: [ObjectID]) {
        self.time = time
        self.head = head
        self.commits = commits
    }
}

extension DeferralRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case time
        case head
        case commits
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        time = try container.decode(Date.self, forKey: .time)
        head = try container.decodeObjectID(forKey: .head)
        var list = try container.nestedUnkeyedContainer(forKey: .commits)
        var commits: [ObjectID] = []
        while !list.isAtEnd {
            let text = try list.decode(String.self)
            guard let id = ObjectID.fullHex(text) else {
                throw DecodingError.dataCorruptedError(
                    in: list, debugDescription: "\"\(text)\" is not a full object id")
            }
            commits.append(id)
        }
        self.commits = commits
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encode(head.hex, forKey: .head)
        try container.encode(commits.map(\.hex), forKey: .commits)
    }
}
