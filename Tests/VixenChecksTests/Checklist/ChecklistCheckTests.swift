import Testing
import VixenChecks
import VixenConfig
import VixenCore

/// The checklist family as the engine runs it: versions from the index and work tree, severity
/// overrides and inline suppression.
@Suite struct ChecklistCheckTests {
    private static let layout = RuleExample.appLayout

    private func addedText(_ lines: [(Int, String)]) -> AddedText {
        var builder = AddedTextBuilder()
        for (number, text) in lines {
            Array((text + "\n").utf8).withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        return builder.build()
    }

    private func context(
        overall: [FileChange] = [], staged: [FileChange] = [], worktree: [FileChange] = [],
        head: [String: String] = layout, configuration: String = ""
    ) throws -> CheckContext {
        let snapshot = InMemorySnapshot(files: head)
        let configuration = try Configuration.parse(bytes: Array(configuration.utf8), source: ".vixen-gate.yml")
        return CheckContext(
            changes: ChangeSet(
                base: nil, head: nil, diffBase: nil, commits: [], overall: overall, staged: staged, worktree: worktree),
            components: try ComponentResolver(configuration: configuration, snapshot: snapshot),
            configuration: configuration, head: snapshot)
    }

    private func engine() -> CheckEngine {
        CheckEngine(checks: [ChecklistCheck()])
    }

    @Test func workTreeFileIsLexedWhole() throws {
        let file = FileChange(
            path: "frontend/src/new.js", status: .added,
            content: .text(addedText([(1, "const s = `"), (2, "console.log(1)"), (3, "`"), (4, "console.info(2)")])),
            size: 40)
        let findings = try engine().run(context(worktree: [file]))
        #expect(findings.map(\.line) == [4])
        #expect(findings.map(\.rule.description) == ["checklist.console-log"])
    }

    @Test func stagedModificationIsLexedByRun() throws {
        let file = FileChange(
            path: "frontend/src/app.js", status: .modified,
            content: .text(addedText([(7, "debugger"), (12, "console.debug(x)")])), size: 400)
        let findings = try engine().run(context(staged: [file]))
        #expect(findings.map(\.line) == [7, 12])
        #expect(findings.map(\.rule.description) == ["checklist.debugger", "checklist.console-log"])
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    @Test func rangeFileIsReadFromHead() throws {
        let head = Self.layout.merging(["frontend/src/a.js": "/*\nconsole.log(1)\n*/\nconsole.log(2)\n"]) { $1 }
        let file = FileChange(
            path: "frontend/src/a.js", status: .modified,
            content: .text(addedText([(2, "console.log(1)"), (4, "console.log(2)")])), size: 40)
        let findings = try engine().run(context(overall: [file], head: head))
        #expect(findings.map(\.line) == [4])
    }

    @Test func severityOverrideAndOff() throws {
        let file = FileChange(
            path: "frontend/src/a.js", status: .added,
            content: .text(addedText([(1, "console.log(1)"), (2, "debugger")])), size: 30)
        let configuration = "severity:\n  checklist.console-log: error\n  checklist.debugger: off\n"
        let findings = try engine().run(
            context(
                overall: [file], head: Self.layout.merging(["frontend/src/a.js": "console.log(1)\ndebugger\n"]) { $1 },
                configuration: configuration))
        #expect(findings.map(\.rule.description) == ["checklist.console-log"])
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func inlineSuppression() throws {
        let text = "console.log(1) // vixen-gate:allow checklist.console-log\nconsole.log(2)\n"
        let file = FileChange(
            path: "frontend/src/a.js", status: .added,
            content: .text(
                addedText([(1, "console.log(1) // vixen-gate:allow checklist.console-log"), (2, "console.log(2)")])),
            size: 60)
        let findings = try engine().run(
            context(overall: [file], head: Self.layout.merging(["frontend/src/a.js": text]) { $1 }))
        #expect(findings.map(\.line) == [2])
    }

    @Test func dockerfileFromWorkTreeIsJudged() throws {
        let file = FileChange(
            path: "Dockerfile", status: .added,
            content: .text(addedText([(1, "FROM python"), (2, "HEALTHCHECK CMD true"), (3, "USER 1000")])), size: 40)
        let findings = try engine().run(context(worktree: [file], head: [".dockerignore": ".git\n"]))
        #expect(findings.map(\.rule.description) == ["checklist.docker-unpinned-base"])
        #expect(
            findings.first?.message.english
                == "Dockerfile builds on python, which has no tag and so means latest. The latest tag changes without "
                + "notice, so the same commit can build a different image. Pin a version tag (python:<version>) or a "
                + "digest (python@sha256:<digest>).")
    }

    @Test func workTreeEditOfCommittedDockerfileFallsBackToRange() throws {
        let head = ["Dockerfile": "FROM python:latest\n", ".dockerignore": ""]
        let committed = FileChange(
            path: "Dockerfile", status: .added, content: .text(addedText([(1, "FROM python:latest")])), size: 19)
        let edited = FileChange(
            path: "Dockerfile", status: .modified, content: .text(addedText([(2, "USER 1000")])), size: 29)
        let findings = try engine().run(
            context(
                overall: [committed], worktree: [edited], head: head,
                configuration: "checklist:\n  healthcheck_configured: true\n"))
        #expect(findings.map(\.rule.description) == ["checklist.docker-root-user", "checklist.docker-unpinned-base"])
    }

    @Test func testsRuleIsSilentInEngine() throws {
        let file = FileChange(
            path: "backend/app.py", status: .added, content: .text(addedText([(1, "x = 1")])), size: 6)
        #expect(try engine().run(context(overall: [file])).isEmpty)
    }
}

/// The place where a file counts as present for the rules that look for one beside another.
@Suite struct ChecklistFileExistenceTests {
    @Test func workTreeDeletionHidesHeadFile() throws {
        let head = InMemorySnapshot(files: [".dockerignore": ".git\n", "Dockerfile": "FROM python:3.12\n"])
        let deleted = FileChange(path: ".dockerignore", status: .deleted, content: .text(.empty), size: 5)
        let added = FileChange(path: "new.webp", status: .added, content: .binary, size: 10)
        let context = CheckContext(
            changes: ChangeSet(
                base: nil, head: nil, diffBase: nil, commits: [], overall: [], worktree: [deleted, added]),
            components: try ComponentResolver(configuration: .default, snapshot: head), configuration: .default,
            head: head)
        let input = try ChecklistInput(context: context)
        #expect(input.fileExists(".dockerignore") == false)
        #expect(input.fileExists("Dockerfile") == true)
        #expect(input.fileExists("new.webp") == true)
        #expect(input.fileExists("missing.txt") == false)
    }
}
