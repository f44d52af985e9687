import VixenCore
import VixenDeploy

/// Writes a resolved plan to standard output in `--format` and to every `--output` file.
struct PlanDelivery {
    let options: PlanOptions
    let language: Language
    let currentDirectory: String
    let console: Console

    /// Stops the run when two `--output` files are one file on disk, such as `plan.md` and `./out/../plan.md`.
    ///
    /// It runs before the repository is read, so the mistake costs nothing.
    func rejectSameFile() throws(RunFailure) {
        var entryByPath: [String: PlanOptions.OutputFile] = [:]
        for output in options.outputs {
            let path = FileAccess.canonicalPath(output.path, relativeTo: currentDirectory)
            if let first = entryByPath[path] {
                throw .message(
                    Catalog.usageDuplicateOutputFile(
                        output.path, first: "\(first.format.rawValue)=\(first.path)",
                        second: "\(output.format.rawValue)=\(output.path)"))
            }
            entryByPath[path] = output
        }
    }

    /// Prints the plan, then writes each `--output` file.
    ///
    /// Standard output comes first, so a file that cannot be written still leaves the plan in the log.
    ///
    /// - Throws: ``RunFailure`` naming the path of a file that could not be written.
    func deliver(_ plan: DeployPlan) throws(RunFailure) {
        console.writeOutput(options.format.renderer.render(plan, language: language))
        for output in options.outputs {
            let text = output.format.renderer.render(plan, language: language)
            do {
                try FileAccess.store(text, at: output.path, relativeTo: currentDirectory, appending: false)
            } catch {
                throw .message(Catalog.planWriteFailed(path: output.path, reason: error.reason))
            }
        }
    }
}
