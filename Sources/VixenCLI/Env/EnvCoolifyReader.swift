import Dispatch
import VixenChecks
import VixenConfig
import VixenCoolify
import VixenCore

/// Reads the variables of each configured Coolify application and compares them with what its
/// component reads.
///
/// Only keys and flags are read, with `GET /api/v1/applications/{uuid}/envs`, which a token with
/// the `read` scope may call; values never leave Coolify. Preview variables (`is_preview`) are
/// for pull-request deployments, so they do not count for staging or production.
struct EnvCoolifyReader {
    let settings: Configuration.Coolify
    let environment: [String: String]

    /// - Throws: ``CoolifyError`` when a request fails, for the run to stop with its message.
    func compare(_ inventory: EnvInventory, target: Configuration.DeploymentEnvironment) throws(CoolifyError)
        -> EnvCoolifyComparison
    {
        let client = try CoolifyClient(
            configuration: settings, environment: environment, http: HTTPClient(transport: URLSessionTransport()))
        var applications: [EnvCoolifyComparison.Application] = []
        let configured = (settings.applications[target] ?? [:]).sorted { $0.key < $1.key }
        for (component, uuid) in configured {
            let defined = try Self.wait { () async throws(CoolifyError) in
                try await client.environmentVariables(uuid)
            }.filter { !$0.isPreview }
            let variables = inventory.variables.filter { $0.component == component }
            var missing: [EnvInventory.Variable] = []
            var notBuildtime: [EnvInventory.Variable] = []
            for variable in variables {
                let matching = defined.filter { variable.matches($0.key) }
                if matching.isEmpty {
                    missing.append(variable)
                } else if variable.browserPrefix != nil, !matching.contains(where: \.isBuildtime) {
                    notBuildtime.append(variable)
                }
            }
            applications.append(
                EnvCoolifyComparison.Application(
                    component: component, uuid: uuid, missing: missing, notBuildtime: notBuildtime))
        }
        return EnvCoolifyComparison(target: target, applications: applications)
    }

    /// Runs an async call to completion from this synchronous command.
    private static func wait<Value: Sendable>(_ body: @escaping @Sendable () async throws(CoolifyError) -> Value)
        throws(CoolifyError) -> Value
    {
        let box = ResultBox<Value>()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do throws(CoolifyError) {
                box.set(.success(try await body()))
            } catch {
                box.set(.failure(error))
            }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.get()
    }
}

/// A result handed from the task to the waiting thread; the semaphore orders the two accesses.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, CoolifyError>?

    func set(_ result: Result<Value, CoolifyError>) {
        self.result = result
    }

    func get() throws(CoolifyError) -> Value {
        guard let result else {
            preconditionFailure("the task finished without a result")
        }
        return try result.get()
    }
}
