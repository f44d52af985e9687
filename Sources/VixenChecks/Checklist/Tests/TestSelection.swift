import VixenConfig
import VixenCore

/// Decides whose tests a change needs: the configured commands to run, and the changed
/// components that have no command.
///
/// A command runs when a changed file (deleted ones included) belongs to its component, or
/// when a changed test file (TESTS) lies under its folder, so editing only `backend/tests/`
/// still runs the backend's tests. A command whose folder is the repository root runs only for
/// its component's own files.
public struct TestSelection: Sendable, Equatable {
    /// The commands to run, in the configuration's order.
    public let commands: [Configuration.TestCommand]
    /// The changed BE and FE components that have no command configured.
    public let unconfigured: [Component]

    /// - Parameter changed: Each changed path with its component.
    public init(changed: [(path: String, component: Component?)], configuration: Configuration.Checklist) {
        commands = configuration.tests.filter { command in
            changed.contains { file in
                if file.component == command.component {
                    return true
                }
                return file.component == .tests && !command.directory.isEmpty
                    && file.path.hasPrefix(command.directory + "/")
            }
        }
        let changedComponents = Set(changed.compactMap(\.component))
        unconfigured = [Component.backend, .frontend].filter { component in
            changedComponents.contains(component) && configuration.testCommand(for: component) == nil
        }
    }
}
