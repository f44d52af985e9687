import VixenCore

/// `env.*`: the environment variables a change starts or stops reading, compared with where
/// the repository documents them.
///
/// Reads come from one source per kind of file under `Sources/`; documentation from the
/// dotenv examples, README tables and configured files that ``EnvDocumentation`` reads. Each
/// rule is a file under `Rules/`. A secret value in an example file is a `secret.*` finding,
/// so no env rule looks at values. Files over `limits.max_file_size` are not read, which
/// `git.file-too-large` reports.
public struct EnvCheck: Check {
    public static let rules: [any EnvRule] = [
        UndocumentedRule(), RequiredUndocumentedRule(), UnusedDocumentedRule(), SecretInBundleRule(),
        DynamicLookupRule(), MalformedExampleRule(),
    ]

    public let rules: [any EnvRule]

    public init(rules: [any EnvRule] = EnvCheck.rules) {
        self.rules = rules
    }

    public func run(_ context: CheckContext) throws -> [Finding] {
        guard context.changes.changedFiles.contains(where: { Self.mayMatter($0, context: context) }) else {
            return []
        }
        let analysis = try EnvAnalysis(context: context)
        var findings: [Finding] = []
        for rule in rules {
            findings += try rule.findings(in: analysis)
        }
        return findings
    }

    /// True for a change to a file that a source reads or that documents variables.
    private static func mayMatter(_ file: FileChange, context: CheckContext) -> Bool {
        let paths = [file.path] + (file.oldPath.map { [$0] } ?? [])
        return paths.contains { path in
            let name = String(EnvSources.fileName(path))
            return EnvSources.handles(path) || EnvDocumentation.exampleNames.contains(name) || name == "README.md"
                || context.configuration.env.documentation.contains(path)
        }
    }
}
