import Foundation
import VixenConfig
import VixenCore
import VixenDeploy

extension CostPolicy {
    /// Returns the cost rules that the `deploy` section sets, with the defaults where it sets none.
    ///
    /// - Throws: ``RunFailure/configuration(_:)`` at the position of a window that does not parse.
    static func configured(_ settings: Configuration.Deploy) throws(RunFailure) -> CostPolicy {
        var policy = CostPolicy.defaults
        policy.staging = merged(policy.staging, settings.staging)
        policy.production = merged(policy.production, settings.production)
        if let soak = settings.soak {
            policy.soak = TimeInterval(soak)
        }
        if let lockTimeToLive = settings.lockTimeToLive {
            policy.lockTimeToLive = TimeInterval(lockTimeToLive)
        }
        if let windows = settings.windows {
            policy.windows = []
            for window in windows {
                do {
                    policy.windows.append(try DeploymentWindow(parsing: window.value))
                } catch {
                    throw .configuration(
                        ConfigurationError(
                            source: window.source, line: window.line, column: window.column,
                            message: Catalog.deployInvalidWindow(error.message)))
                }
            }
        }
        return policy
    }

    private static func merged(_ batch: Batch, _ settings: Configuration.Deploy.Batch) -> Batch {
        var result = batch
        if let commits = settings.commits {
            result.commits = commits
        }
        if let lines = settings.lines {
            result.lines = lines
        }
        if let maxWait = settings.maxWait {
            result.maxWait = TimeInterval(maxWait)
        }
        return result
    }
}
