import VixenCore

/// `env.dynamic-lookup` (info): the change adds a lookup whose variable name is computed, such
/// as `process.env[name]` or `os.environ[key]`, in an application component.
///
/// Such a name cannot be compared with the documentation, so the reader should check it.
public struct DynamicLookupRule: EnvRule {
    public let id = RuleID(.env, "dynamic-lookup")
    public let defaultSeverity = Severity.info
    public var shortDescription: LocalizedText { Catalog.ruleEnvDynamicLookupShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvDynamicLookupFull() }
    public var help: LocalizedText { Catalog.ruleEnvDynamicLookupHelp() }

    public init() {}

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        var reported = Set<String>()
        return analysis.newDynamicLookups.compactMap { lookup in
            guard analysis.isApplication(analysis.component(of: lookup.path)),
                reported.insert("\(lookup.path):\(lookup.line)").inserted
            else {
                return nil
            }
            return Finding(
                rule: id, severity: defaultSeverity, file: lookup.path, line: lookup.line,
                message: Catalog.envDynamicLookup(expression: lookup.expression, path: lookup.path))
        }
    }

    public var examples: [EnvRuleExample] {
        let layout = EnvRuleExample.appLayout
        return [
            EnvRuleExample(
                "computed names in the frontend and the backend",
                head: layout.merging([
                    "frontend/src/flags.js": "export const flag = (name) => process.env[`FLAG_${name}`]\n",
                    "backend/app/env.py": "import os\n\ndef read(key: str) -> str:\n    return os.environ[key]\n",
                    "backend/app/other.py": "import os\nprefix = 'A'\nos.getenv(prefix + '_URL')\n",
                ]) { $1 },
                expected: ["backend/app/env.py:4", "backend/app/other.py:3", "frontend/src/flags.js:1"]),
            EnvRuleExample.change(
                "literal names, tests and an unchanged lookup",
                base: layout.merging(["backend/app/env.py": "import os\n\ndef read(key):\n    return os.environ[key]\n"]
                ) {
                    $1
                },
                changes: [
                    "backend/app/env.py": "import os\n\ndef read(key: str) -> str:\n    return os.environ[key]\n",
                    "frontend/src/a.js": "const a = process.env[\"API_URL\"]\n",
                    "backend/tests/test_env.py": "import os\nos.environ[name]\n",
                ]),
        ]
    }
}
