import VixenCore

/// `env.unused-documented` (warning): the change removes the last read of a variable that a
/// documentation file still lists.
///
/// The finding points at the documentation line, the one to delete. A read that moves to
/// another file, or that another file at the head still has, keeps the variable in use.
public struct UnusedDocumentedRule: EnvRule {
    public let id = RuleID(.env, "unused-documented")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleEnvUnusedDocumentedShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvUnusedDocumentedFull() }
    public var help: LocalizedText { Catalog.ruleEnvUnusedDocumentedHelp() }

    public init() {}

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        var candidates: [String: EnvRead] = [:]
        for read in analysis.removedReads where candidates[read.key] == nil {
            guard !analysis.settings.isIgnored(read.name, isCaseSensitive: read.isCaseSensitive),
                analysis.documentation.documents(read)
            else {
                continue
            }
            candidates[read.key] = read
        }
        guard !candidates.isEmpty else {
            return []
        }
        let stillRead = try analysis.keysStillRead(Set(candidates.keys))
        var findings: [Finding] = []
        for (key, read) in candidates.sorted(by: { $0.key < $1.key }) where !stillRead.contains(key) {
            for entry in analysis.documentation.entries(for: read.name, isCaseSensitive: read.isCaseSensitive) {
                findings.append(
                    Finding(
                        rule: id, severity: defaultSeverity, file: entry.path, line: entry.line,
                        message: Catalog.envUnusedDocumented(
                            name: entry.name, documentation: entry.path, removedFrom: read.path)))
            }
        }
        return findings
    }

    public var examples: [EnvRuleExample] {
        let base = EnvRuleExample.appLayout.merging([
            "backend/.env.example": "DATABASE_URL=\nOLD_FLAG=1\n",
            "backend/app/flags.py": "import os\nURL = os.environ[\"DATABASE_URL\"]\nOLD = os.getenv(\"OLD_FLAG\")\n",
        ]) { $1 }
        return [
            EnvRuleExample.change(
                "last read removed", base: base,
                changes: ["backend/app/flags.py": "import os\nURL = os.environ[\"DATABASE_URL\"]\n"],
                expected: ["backend/.env.example:2"]),
            EnvRuleExample(
                "file with the last read deleted", base: base,
                head: base.filter { $0.key != "backend/app/flags.py" },
                expected: ["backend/.env.example:1", "backend/.env.example:2"]),
            EnvRuleExample.change(
                "read moved to another file, and another read left elsewhere",
                base: base.merging(["backend/app/other.py": "import os\nos.getenv('DATABASE_URL')\n"]) { $1 },
                changes: [
                    "backend/app/flags.py": "URL = 1\n",
                    "backend/app/moved.py": "from os import getenv\nOLD = getenv(\"OLD_FLAG\")\n",
                ]),
            EnvRuleExample.change(
                "documentation removed with the read", base: base,
                changes: [
                    "backend/app/flags.py": "import os\nURL = os.environ[\"DATABASE_URL\"]\n",
                    "backend/.env.example": "DATABASE_URL=\n",
                ]),
        ]
    }
}
