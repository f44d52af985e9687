import VixenCore
import VixenSyntax

/// `checklist.docker-healthcheck` (warning): the image a changed Dockerfile builds has no
/// `HEALTHCHECK`, and the configuration does not say that Coolify checks its health.
///
/// The health check is the last `HEALTHCHECK` of the final stage or of the earlier stages it
/// builds on; `HEALTHCHECK NONE` turns it off. `checklist.healthcheck_configured: true` turns
/// the rule off for every Dockerfile. A health check that the base image defines is not seen.
public struct DockerHealthcheckRule: ChecklistRule {
    public let id = RuleID(.checklist, "docker-healthcheck")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleDockerHealthcheckShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDockerHealthcheckFull() }
    public var help: LocalizedText { Catalog.ruleDockerHealthcheckHelp() }

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        guard !input.context.configuration.checklist.healthcheckConfigured else {
            return []
        }
        return input.dockerfiles.compactMap { changed in
            guard let line = Self.missingHealthcheckLine(in: changed) else {
                return nil
            }
            return Finding(
                rule: id, severity: defaultSeverity, file: changed.path, line: line,
                message: Catalog.checklistDockerHealthcheck(path: changed.path))
        }
    }

    /// Returns the line to report, `HEALTHCHECK NONE` or the final `FROM`, or nil when the image
    /// has a health check or the file has no stage.
    static func missingHealthcheckLine(in changed: ChangedDockerfile) -> Int? {
        let lineage = changed.finalLineage
        guard let final = lineage.first else {
            return nil
        }
        for stage in lineage {
            if let healthcheck = stage.instructions("HEALTHCHECK").last {
                return healthcheck.arguments.uppercased() == "NONE" ? healthcheck.line : nil
            }
        }
        return final.from.line
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "no HEALTHCHECK", changed: [.added("backend/Dockerfile", "FROM python:3.12-slim\nUSER 1000\n")],
                    expected: [.init("backend/Dockerfile", line: 1)]),
                RuleExample(
                    "health check turned off",
                    changed: [
                        .added(
                            "Dockerfile",
                            "FROM python:3.12 AS base\nHEALTHCHECK CMD curl -f localhost\nFROM base\nHEALTHCHECK NONE\n"
                        )
                    ],
                    expected: [.init("Dockerfile", line: 4)]),
                RuleExample(
                    "only a build stage has one",
                    changed: [
                        .added("Dockerfile", "FROM node:20 AS build\nHEALTHCHECK CMD true\nFROM nginx:1.27\n")
                    ],
                    expected: [.init("Dockerfile", line: 3)]),
            ],
            nonTriggering: [
                RuleExample(
                    "HEALTHCHECK in the final stage",
                    changed: [
                        .added(
                            "Dockerfile",
                            "FROM python:3.12-slim\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost:8000/health\n"
                        )
                    ]),
                RuleExample(
                    "inherited from the stage it builds on",
                    changed: [.added("Dockerfile", "FROM python:3.12 AS base\nHEALTHCHECK CMD true\nFROM base\n")]),
                RuleExample(
                    "Coolify checks health", changed: [.added("Dockerfile", "FROM python:3.12-slim\n")],
                    configuration: "checklist:\n  healthcheck_configured: true\n"),
            ])
    }
}
