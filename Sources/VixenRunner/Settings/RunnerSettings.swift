import Foundation
import VixenConfig
import VixenCore
import VixenDeploy

/// The inputs the executor reads besides the plan: the configuration that governs the deployment, the
/// process environment with the token and database URLs, and the work tree commands run in.
public struct RunnerSettings: Sendable {
    public let configuration: Configuration
    /// The process environment; secrets such as the Coolify token and database URLs come from it.
    public let environment: [String: String]
    /// The checked-out work tree at the commit being deployed, where test and migration commands run.
    public let workTree: URL
    /// The language of report lines and failure details.
    public let language: Language

    public init(configuration: Configuration, environment: [String: String], workTree: URL, language: Language) {
        self.configuration = configuration
        self.environment = environment
        self.workTree = workTree
        self.language = language
    }

    /// Returns the folder `relative` inside the work tree, or the work tree itself for nil or "".
    func folder(_ relative: String?) -> URL {
        guard let relative, !relative.isEmpty else {
            return workTree
        }
        return workTree.appendingPathComponent(relative, isDirectory: true)
    }
}

extension DeployTarget {
    /// The Coolify environment the deployment lands on: a hotfix lands on production.
    public var coolifyEnvironment: Configuration.DeploymentEnvironment {
        stateTarget == .production ? .production : .staging
    }
}
