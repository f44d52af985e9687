import VixenChecks
import VixenConfig
import VixenCore

/// The output of `vixen-gate env`: the inventory of one revision and, with `--coolify`, its
/// comparison with the Coolify applications of a target.
struct EnvReport: Sendable {
    /// The full id of the commit whose tree was read.
    let revision: ObjectID
    let inventory: EnvInventory
    let coolify: EnvCoolifyComparison?

    /// The components in the order the report lists them, without the group of unread variables.
    var components: [Component] {
        var seen = Set<Component>()
        return inventory.variables.compactMap(\.component).filter { seen.insert($0).inserted }
    }

    /// The warnings about the documentation and the files not read, as `(file, line, message)`.
    var warnings: [(file: String, line: Int?, message: LocalizedText)] {
        let malformed = inventory.documentation.malformed.map {
            (
                file: $0.path, line: Optional($0.line),
                message: Catalog.envMalformedExample(path: $0.path, line: $0.line, problem: $0.problem.rawValue)
            )
        }
        let skipped = inventory.skippedFiles.map {
            (
                file: $0.path, line: Int?.none,
                message: Catalog.gitFileTooLarge(path: $0.path, size: $0.size, limit: limit)
            )
        }
        return malformed + skipped
    }

    /// The size limit files were read under.
    let limit: Int64

    /// Returns the documentation file where `variable` should be listed, from its first read.
    func expectedFile(for variable: EnvInventory.Variable) -> String {
        inventory.documentation.expectedFile(for: variable.reads.first?.path ?? "")
    }
}

/// The variables each Coolify application of one target lacks, or receives only at run time.
struct EnvCoolifyComparison: Sendable {
    /// One component's application and what it lacks.
    struct Application: Sendable {
        let component: Component
        let uuid: String
        /// Variables the component reads that the application does not define.
        let missing: [EnvInventory.Variable]
        /// Browser variables the application defines, but not for the build.
        let notBuildtime: [EnvInventory.Variable]

        var isComplete: Bool { missing.isEmpty && notBuildtime.isEmpty }
    }

    let target: Configuration.DeploymentEnvironment
    let applications: [Application]

    var hasProblems: Bool { applications.contains { !$0.isComplete } }
}
