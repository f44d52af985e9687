import VixenCore

/// `env.required-undocumented` (error): a compose file or deploy script starts requiring a
/// variable with `${NAME:?message}`, and no documentation file lists it.
///
/// Compose and the shell stop when a required variable is unset, so a deployment fails on a
/// variable nobody was told to set. A variable required several times in one file is reported
/// once, at its first read.
public struct RequiredUndocumentedRule: EnvRule {
    public let id = RuleID(.env, "required-undocumented")
    public let defaultSeverity = Severity.error
    public var shortDescription: LocalizedText { Catalog.ruleEnvRequiredUndocumentedShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvRequiredUndocumentedFull() }
    public var help: LocalizedText { Catalog.ruleEnvRequiredUndocumentedHelp() }

    public init() {}

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        analysis.undocumentedFindings(rule: id, severity: defaultSeverity, selects: \.isRequired) {
            Catalog.envRequiredUndocumented(name: $0, path: $1, line: $2, documentation: $3)
        }
    }

    public var examples: [EnvRuleExample] {
        [
            EnvRuleExample(
                "compose and deploy script requirements with no documentation",
                head: [
                    "compose.yml":
                        "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n"
                        + "      POSTGRES_USER: ${POSTGRES_USER?}\n",
                    "deploy/release.sh": "#!/bin/sh\nssh \"${DEPLOY_HOST:?missing host}\" true\n",
                ],
                expected: ["compose.yml:4", "compose.yml:5", "deploy/release.sh:2"]),
            EnvRuleExample(
                "documented, optional, escaped and outside deploy folders",
                head: [
                    ".env.example": "POSTGRES_PASSWORD=\n",
                    "compose.yml":
                        "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n"
                        + "      PORT: ${DB_PORT:-5432}\n    command: echo $${LITERAL:?x}\n"
                        + "    # image: ${COMMENTED:?x}\n",
                    "backend/scripts/run.sh": "echo \"${LOCAL_ONLY:?}\"\n",
                ]),
        ]
    }
}
