import VixenCore
import VixenSyntax

/// `checklist.docker-root-user` (warning): the image a changed Dockerfile builds runs as root.
///
/// The user is the last `USER` of the final stage, or of the earlier stages it builds on. No
/// `USER` at all means root, except on a base image whose tag contains `nonroot` (distroless).
/// `USER root`, `USER 0` and `USER root:group` are root; any other name or id passes. A user
/// given by a variable without a known value is not judged.
public struct DockerRootUserRule: ChecklistRule {
    public let id = RuleID(.checklist, "docker-root-user")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleDockerRootUserShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDockerRootUserFull() }
    public var help: LocalizedText { Catalog.ruleDockerRootUserHelp() }

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        input.dockerfiles.compactMap { changed in
            guard let (line, user) = Self.rootUser(in: changed) else {
                return nil
            }
            return Finding(
                rule: id, severity: defaultSeverity, file: changed.path, line: line,
                message: Catalog.checklistDockerRootUser(path: changed.path, user: user))
        }
    }

    /// Returns the line that makes the image run as root and the `USER` value there, which is nil
    /// when no stage sets a user.
    ///
    /// Returns nil when the image runs as another user or cannot be judged.
    static func rootUser(in changed: ChangedDockerfile) -> (line: Int, user: String?)? {
        let lineage = changed.finalLineage
        guard let final = lineage.first else {
            return nil
        }
        for stage in lineage {
            guard let instruction = stage.instructions("USER").last else {
                continue
            }
            let variables = stage.variables(
                before: instruction.line, globalArguments: changed.dockerfile.globalArguments)
            guard let word = instruction.words.first, let user = DockerVariableExpander.expand(word, values: variables)
            else {
                return nil
            }
            let name = user.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? user
            return name == "root" || name == "0" ? (instruction.line, word) : nil
        }
        let base = lineage.last?.resolvedBaseImage ?? ""
        guard !base.lowercased().contains("nonroot") else {
            return nil
        }
        return (final.from.line, nil)
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "no USER", changed: [.added("Dockerfile", "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n")],
                    expected: [.init("Dockerfile", line: 1)]),
                RuleExample(
                    "USER root at the end",
                    changed: [.added("backend/Dockerfile", "FROM python:3.12\nUSER app\nRUN make\nUSER root\n")],
                    expected: [.init("backend/Dockerfile", line: 4)]),
                RuleExample(
                    "user 0 with a group, through a variable",
                    changed: [.added("Dockerfile", "FROM alpine:3.20\nENV RUN_AS=0\nUSER ${RUN_AS}:0\n")],
                    expected: [.init("Dockerfile", line: 3)]),
                RuleExample(
                    "only a build stage sets a user",
                    changed: [
                        .added(
                            "Dockerfile",
                            "FROM node:20 AS build\nUSER node\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /a /b\n")
                    ],
                    expected: [.init("Dockerfile", line: 4)]),
            ],
            nonTriggering: [
                RuleExample(
                    "numeric user", changed: [.added("Dockerfile", "FROM python:3.12-slim\nUSER 1000\n")]),
                RuleExample(
                    "named user inherited from an earlier stage",
                    changed: [.added("Dockerfile", "FROM python:3.12 AS base\nUSER app:app\nFROM base\nCMD run\n")]),
                RuleExample(
                    "distroless nonroot base",
                    changed: [.added("Dockerfile", "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /\n")]),
                RuleExample(
                    "user from a build argument without a value",
                    changed: [.added("Dockerfile", "FROM alpine:3.20\nARG APP_USER\nUSER $APP_USER\n")]),
            ])
    }
}
