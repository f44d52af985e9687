import VixenCore
import VixenReport

/// The `vixen-gate check` command, which checks a range of commits and optionally the index and the work tree.
enum CheckCommand {
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpCheckRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let base = ValueOption(
        "base",
        valueName: "REV",
        help: Catalog.helpCheckBaseOption(),
        defaultDescription: Catalog.helpCheckBaseDefault()
    )
    static let head = ValueOption(
        "head",
        valueName: "REV",
        help: Catalog.helpCheckHeadOption(),
        defaultDescription: Catalog.helpCheckHeadDefault()
    )
    static let staged = FlagOption("staged", help: Catalog.helpCheckStagedOption())
    static let worktree = FlagOption("worktree", help: Catalog.helpCheckWorktreeOption())
    static let format = ChoiceOption<OutputFormat?>(
        "format",
        valueName: "FORMAT",
        help: Catalog.helpCheckFormatOption(),
        defaultDescription: Catalog.helpCheckFormatDefault()
    )
    static let output = RepeatableOption(
        "output",
        valueName: "FORMAT=FILE",
        help: Catalog.helpCheckOutputOption()
    )
    static let ci = FlagOption("ci", help: Catalog.helpCheckCIOption())
    static let config = ValueOption("config", valueName: "FILE", help: Catalog.helpCheckConfigOption())
    static let color = ChoiceOption(
        "color",
        valueName: "WHEN",
        default: ColorChoice.auto,
        help: Catalog.helpCheckColorOption()
    )

    static let runTests = FlagOption("run-tests", help: Catalog.helpCheckRunTestsOption())

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpCheckExitPassed()),
            HelpSection.Entry(term: "1", description: Catalog.helpCheckExitBlocked()),
            HelpSection.Entry(term: "2", description: Catalog.helpCheckExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "check",
        summary: Catalog.helpCheckSummary(),
        discussion: [Catalog.helpCheckRange(), Catalog.helpCheckIndexAndWorktree(), Catalog.helpCheckCIDiscussion()],
        options: [repo, base, head, staged, worktree, format, output, ci, config, color, runTests],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        let options = CheckOptions(
            repo: arguments[repo],
            base: arguments[base],
            head: arguments[head],
            staged: arguments[staged] || arguments[worktree],
            worktree: arguments[worktree],
            format: try arguments.value(of: format),
            outputs: try outputFiles(arguments[output], command: arguments.commandWords),
            ci: arguments[ci],
            config: arguments[config],
            color: try arguments.value(of: color),
            runTests: arguments[runTests]
        )
        return .check(options)
    }

    /// Parses the `--output FORMAT=FILE` values, in the order given.
    ///
    /// The format is the part before the first `=`, so a file name may contain `=`. Two entries that
    /// name the same file once `.` folders and repeated slashes are removed are rejected, because the later
    /// file would replace the earlier one. Spellings that only the file system can tell apart, such as a
    /// relative and an absolute path, are compared again before writing.
    ///
    /// - Throws: ``UsageError`` for an unknown format, a missing or empty file, or a file named twice.
    static func outputFiles(_ entries: [String], command: [String]) throws(UsageError) -> [CheckOptions.OutputFile] {
        var files: [CheckOptions.OutputFile] = []
        var entryByPath: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else {
                throw UsageError.missingOutputFile(entry: entry, command: command)
            }
            let name = String(entry[..<equals])
            let path = String(entry[entry.index(after: equals)...])
            guard let format = OutputFormat(rawValue: name) else {
                let accepted = OutputFormat.allCases.map(\.rawValue)
                throw UsageError.invalidOutputFormat(name, entry: entry, accepted: accepted, command: command)
            }
            guard !path.isEmpty else {
                throw UsageError.missingOutputFile(entry: entry, command: command)
            }
            let key = lexicallyNormalized(path)
            if let first = entryByPath[key] {
                throw UsageError.duplicateOutputFile(path, first: first, second: entry, command: command)
            }
            entryByPath[key] = entry
            files.append(CheckOptions.OutputFile(format: format, path: path))
        }
        return files
    }

    /// Removes `.` components and empty ones from repeated slashes, keeping a leading `/`.
    ///
    /// `..` is kept, because `link/..` need not be the folder that contains `link`.
    private static func lexicallyNormalized(_ path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        let joined = components.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }
}
