import VixenCore

/// `env.undocumented` (error): the change starts reading a variable in a backend, frontend or
/// other application component, and no documentation file lists it.
///
/// Reads in tests, migrations, operations files and documentation are left to other rules, and
/// the names that `env.ignore` lists (PATH, HOME, NODE_ENV... by default) need no documentation.
/// A required compose or shell read is `env.required-undocumented`'s. A variable read several
/// times in one file is reported once, at its first read.
public struct UndocumentedRule: EnvRule {
    public let id = RuleID(.env, "undocumented")
    public let defaultSeverity = Severity.error
    public var shortDescription: LocalizedText { Catalog.ruleEnvUndocumentedShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvUndocumentedFull() }
    public var help: LocalizedText { Catalog.ruleEnvUndocumentedHelp() }

    public init() {}

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        var reported = Set<String>()
        var findings: [Finding] = []
        for read in analysis.newReads
        where !read.isRequired && analysis.isApplication(analysis.component(of: read.path)) {
            guard !analysis.settings.isIgnored(read.name, isCaseSensitive: read.isCaseSensitive),
                !analysis.documentation.documents(read),
                reported.insert("\(read.path)\u{0}\(read.key)").inserted
            else {
                continue
            }
            let expected = analysis.documentation.expectedFile(for: read.path)
            findings.append(
                Finding(
                    rule: id, severity: defaultSeverity, file: read.path, line: read.line,
                    message: Catalog.envUndocumented(
                        name: read.name, path: read.path, line: read.line, documentation: expected)))
        }
        return findings
    }
}
