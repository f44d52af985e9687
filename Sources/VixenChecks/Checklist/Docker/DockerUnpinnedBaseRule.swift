import VixenCore
import VixenSyntax

/// `checklist.docker-unpinned-base` (warning): a `FROM` of a changed Dockerfile names an image
/// without a tag, or with the tag `latest`.
///
/// A digest pins an image whatever its tag. `FROM scratch` and `FROM <earlier stage>` are fine.
/// Build arguments declared before the first `FROM` are replaced by their defaults. An image
/// that uses an argument without a default is not judged, because only the build command sets it.
public struct DockerUnpinnedBaseRule: ChecklistRule {
    public let id = RuleID(.checklist, "docker-unpinned-base")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleDockerUnpinnedBaseShort() }
    public var fullDescription: LocalizedText { Catalog.ruleDockerUnpinnedBaseFull() }
    public var help: LocalizedText { Catalog.ruleDockerUnpinnedBaseHelp() }

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        var findings: [Finding] = []
        for changed in input.dockerfiles {
            for stage in changed.dockerfile.stages where stage.parentStage == nil {
                guard let image = stage.resolvedBaseImage, let reference = DockerImageReference(image),
                    !reference.isScratch, reference.digest == nil
                else {
                    continue
                }
                let isLatest = reference.tag?.lowercased() == "latest"
                guard reference.tag == nil || isLatest else {
                    continue
                }
                findings.append(
                    Finding(
                        rule: id, severity: defaultSeverity, file: changed.path, line: stage.from.line,
                        message: Catalog.checklistDockerUnpinnedBase(
                            path: changed.path, image: image, repository: reference.repository, isLatest: isLatest)))
            }
        }
        return findings
    }

    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "latest tag", changed: [.added("backend/Dockerfile", "FROM python:latest\nUSER 1000\n")],
                    expected: [.init("backend/Dockerfile", line: 1)]),
                RuleExample(
                    "no tag, in the second stage",
                    changed: [.added("Dockerfile", "FROM node:20-alpine AS build\nRUN npm ci\nFROM nginx\n")],
                    expected: [.init("Dockerfile", line: 3)]),
                RuleExample(
                    "latest through a build argument",
                    changed: [.added("api.Dockerfile", "ARG TAG=latest\nFROM python:${TAG}\n")],
                    expected: [.init("api.Dockerfile", line: 2)]),
                RuleExample(
                    "a stage name that does not exist is an image",
                    changed: [.added("Dockerfile.prod", "FROM node:20 AS deps\nFROM builder\n")],
                    expected: [.init("Dockerfile.prod", line: 2)]),
            ],
            nonTriggering: [
                RuleExample(
                    "version tags, digest, scratch and stages",
                    changed: [
                        .added(
                            "Dockerfile",
                            "ARG PY=3.12\nFROM python:${PY}-slim AS base\nFROM base AS app\n"
                                + "FROM alpine@sha256:0123abcd AS tools\nFROM scratch\nFROM localhost:5000/api:1.2\n")
                    ]),
                RuleExample(
                    "argument without a default",
                    changed: [.added("Dockerfile", "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n")]),
                RuleExample(
                    "not a Dockerfile", changed: [.added("docs/Dockerfile.md", "FROM python\n")]),
                RuleExample("deleted Dockerfile", changed: [.deleted("Dockerfile")]),
            ])
    }
}
