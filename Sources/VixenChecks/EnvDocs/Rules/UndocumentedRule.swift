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
        let selects = { (read: EnvRead) in
            !read.isRequired && analysis.isApplication(analysis.component(of: read.path))
        }
        return analysis.undocumentedFindings(rule: id, severity: defaultSeverity, selects: selects) {
            Catalog.envUndocumented(name: $0, path: $1, line: $2, documentation: $3)
        }
    }
}
