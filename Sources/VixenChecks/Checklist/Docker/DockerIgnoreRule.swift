import VixenCore
import VixenSyntax

/// `checklist.docker-ignore` (warning, or info): a changed Dockerfile's build context has no
/// `.dockerignore`.
///
/// The build context is the Dockerfile's folder unless `checklist.build_contexts` names another.
/// A `.dockerignore` at the context's root counts, and so does `<Dockerfile>.dockerignore`
/// beside the Dockerfile, which BuildKit reads first. Without either, an instruction that copies
/// the whole context (`COPY . .`, `ADD ./ /app`) is a warning at its line, and a Dockerfile
/// that copies only named files is info, because only the build's speed suffers.
public struct DockerIgnoreRule: ChecklistRule {
    public let id = RuleID(.checklist, "docker-ignore")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleDockerIgnoreShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDockerIgnoreFull() }
    public var help: LocalizedText { Catalog.ruleDockerIgnoreHelp() }

    static let wholeContextSources: Set<String> = [".", "./", "*", "./*"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        let contexts = input.context.configuration.checklist.buildContexts
        var findings: [Finding] = []
        for changed in input.dockerfiles {
            let context = contexts[changed.path] ?? changed.folder
            let ignoreFiles = [
                context.isEmpty ? ".dockerignore" : "\(context)/.dockerignore", "\(changed.path).dockerignore",
            ]
            guard !ignoreFiles.contains(where: input.fileExists) else {
                continue
            }
            let copy = Self.wholeContextCopy(in: changed.dockerfile)
            let message = Catalog.checklistDockerIgnore(
                path: changed.path, context: context.isEmpty ? "." : context, copiesContext: copy != nil)
            findings.append(
                Finding(
                    rule: id, severity: copy == nil ? .info : defaultSeverity, file: changed.path, line: copy?.line,
                    message: message))
        }
        return findings
    }

    /// Returns the first `COPY` or `ADD` that copies the whole build context.
    static func wholeContextCopy(in dockerfile: Dockerfile) -> DockerInstruction? {
        dockerfile.instructions.first { instruction in
            guard instruction.keyword == "COPY" || instruction.keyword == "ADD", instruction.flag("from") == nil,
                instruction.heredocs.isEmpty
            else {
                return false
            }
            let sources: [String]
            switch instruction.form {
            case .exec(let items): sources = Array(items.dropLast())
            case .shell: sources = Array(instruction.words.dropLast())
            }
            return sources.contains(where: wholeContextSources.contains)
        }
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "COPY . . without .dockerignore",
                    changed: [.added("backend/Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n")],
                    expected: [.init("backend/Dockerfile", line: 3)]),
                RuleExample(
                    "JSON form, ignore file in the wrong folder",
                    changed: [.added("frontend/Dockerfile", "FROM node:20\nCOPY [\"./\", \"/app\"]\n")],
                    unchanged: [".dockerignore": "node_modules\n"], expected: [.init("frontend/Dockerfile", line: 2)]),
                RuleExample(
                    "named files only: info for the whole file",
                    changed: [.added("Dockerfile", "FROM python:3.12-slim\nCOPY app.py /app/\n")],
                    expected: [.init("Dockerfile")]),
                RuleExample(
                    "configured context without one",
                    changed: [.added("docker/api.Dockerfile", "FROM python:3.12\nADD . /srv\n")],
                    unchanged: ["docker/.dockerignore": ".git\n"],
                    configuration: "checklist:\n  build_contexts:\n    docker/api.Dockerfile: backend\n",
                    expected: [.init("docker/api.Dockerfile", line: 2)]),
            ],
            nonTriggering: [
                RuleExample(
                    ".dockerignore beside it",
                    changed: [.added("backend/Dockerfile", "FROM python:3.12\nCOPY . .\n")],
                    unchanged: ["backend/.dockerignore": ".git\n"]),
                RuleExample(
                    "added in the same change, for a configured context",
                    changed: [
                        .added("docker/api.Dockerfile", "FROM python:3.12\nCOPY . .\n"),
                        .added("backend/.dockerignore", ".venv\n"),
                    ],
                    configuration: "checklist:\n  build_contexts:\n    docker/api.Dockerfile: backend\n"),
                RuleExample(
                    "Dockerfile-specific ignore file",
                    changed: [.added("Dockerfile.web", "FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n")],
                    unchanged: ["Dockerfile.web.dockerignore": "*\n!dist\n"]),
            ])
    }
}
