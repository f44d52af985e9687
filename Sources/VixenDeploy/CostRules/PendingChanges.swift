import Foundation
import VixenCore

/// The changes waiting for a deployment: the commits from what the environment runs to the head,
/// and how many lines they change in each component.
public struct PendingChanges: Sendable, Equatable {
    /// One pending commit.
    public struct Commit: Sendable, Equatable {
        public let id: ObjectID
        /// The committer date.
        public let time: Date
        /// The whole message, for trailers such as `Severity: critical`.
        public let message: String
        /// True when the commit changes a deployable component, which makes it count for batching.
        ///
        /// The deployable components are BE, FE, DB, OPS and any a configuration adds. A merge is
        /// never deployable, because the commits it brings are counted.
        public let deployable: Bool

        public init(id: ObjectID, time: Date, message: String, deployable: Bool) {
            self.id = id
            self.time = time
            self.message = message
            self.deployable = deployable
        }
    }

    /// The commit the environment runs.
    public let base: ObjectID
    /// The commit the environment would run after the deployment.
    public let head: ObjectID
    /// The commits the head reaches and the base does not, parents before children.
    public let commits: [Commit]
    /// Added plus deleted lines between the base's and the head's trees, by component.
    public let lines: [Component: Int]

    public init(base: ObjectID, head: ObjectID, commits: [Commit], lines: [Component: Int]) {
        self.base = base
        self.head = head
        self.commits = commits
        self.lines = lines
    }

    /// The changed components, in ``Component`` order.
    public var components: [Component] { lines.keys.sorted() }

    /// The commits that count for batching.
    public var deployableCommits: [Commit] { commits.filter(\.deployable) }

    /// The lines that count for batching: those of deployable components.
    public var deployableLines: Int {
        lines.filter { $0.key.isDeployable }.values.reduce(0, +)
    }

    /// True when something would be deployed: a deployable component changed.
    public var deploys: Bool { components.contains(where: \.isDeployable) }
}
