import VixenCore
import VixenSyntax

/// `checklist.docker-single-stage` (warning): a changed frontend Dockerfile has one stage.
///
/// A Dockerfile builds a frontend when its path is in the FE component, or when one of its `RUN`
/// instructions builds with a package manager. The commands recognized are `npm run build`,
/// `npm run-script build`, `yarn build`, `yarn run build`, `pnpm build`, `pnpm run build` and
/// `bun run build`, with any script name that starts with `build` (`build:prod`).
public struct DockerSingleStageRule: ChecklistRule {
    public let id = RuleID(.checklist, "docker-single-stage")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleDockerSingleStageShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDockerSingleStageFull() }
    public var help: LocalizedText { Catalog.ruleDockerSingleStageHelp() }

    static let packageManagers: Set<String> = ["npm", "yarn", "pnpm", "bun"]
    static let runWords: Set<String> = ["run", "run-script"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        input.dockerfiles.compactMap { changed in
            let stages = changed.dockerfile.stages
            guard stages.count == 1, let only = stages.first else {
                return nil
            }
            guard input.component(of: changed.path) == .frontend || Self.buildsWithPackageManager(changed.dockerfile)
            else {
                return nil
            }
            return Finding(
                rule: id, severity: defaultSeverity, file: changed.path, line: only.from.line,
                message: Catalog.checklistDockerSingleStage(path: changed.path))
        }
    }

    static func buildsWithPackageManager(_ dockerfile: Dockerfile) -> Bool {
        for instruction in dockerfile.instructions where instruction.keyword == "RUN" {
            let text = ([instruction.arguments] + instruction.heredocs.map(\.body)).joined(separator: "\n")
            let words = text.split { $0.isWhitespace || $0 == ";" || $0 == "&" || $0 == "|" || $0 == "(" || $0 == ")" }
            for index in words.indices where packageManagers.contains(String(words[index])) {
                var next = index + 1
                if next < words.count, runWords.contains(String(words[next])) {
                    next += 1
                }
                if next < words.count, words[next].hasPrefix("build") {
                    return true
                }
            }
        }
        return false
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "npm run build in the only stage",
                    changed: [
                        .added(
                            "frontend/Dockerfile",
                            "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"npx\", \"serve\", \"dist\"]\n"
                        )
                    ],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/Dockerfile", line: 1)]),
                RuleExample(
                    "pnpm build in a here-document",
                    changed: [
                        .added("web.Dockerfile", "FROM node:20\nRUN <<EOF\npnpm install\npnpm build:prod\nEOF\n")
                    ],
                    expected: [.init("web.Dockerfile", line: 1)]),
                RuleExample(
                    "Dockerfile configured into FE",
                    changed: [.added("web/Dockerfile", "FROM nginx:1.27\nCOPY dist /usr/share/nginx/html\n")],
                    configuration: "components:\n  FE: [web/]\n", expected: [.init("web/Dockerfile", line: 1)]),
            ],
            nonTriggering: [
                RuleExample(
                    "build stage and serving stage",
                    changed: [
                        .added(
                            "frontend/Dockerfile",
                            "FROM node:20 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27\n"
                                + "COPY --from=build /app/dist /usr/share/nginx/html\n")
                    ],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "backend image", changed: [.added("backend/Dockerfile", "FROM python:3.12\nRUN pip install .\n")],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "npm used for something else",
                    changed: [.added("tools/Dockerfile", "FROM node:20\nRUN npm ci && npm test\n")]),
            ])
    }
}
