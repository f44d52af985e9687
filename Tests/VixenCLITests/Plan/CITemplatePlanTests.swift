import Foundation
import Testing
import VixenConfig
import VixenTestSupport

/// The plan steps of the CI templates in `ci/`, read as YAML and run with bash as the CI systems run them.
struct CITemplatePlanTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Problems reading a template, each naming what is missing.
    enum TemplateError: Error {
        case missing(String)
    }

    static func read(_ path: String) throws -> YAMLNode {
        let bytes = Array(try Data(contentsOf: packageRoot.appendingPathComponent(path)))
        guard let node = try YAMLReader().read(bytes: bytes, source: path) else {
            throw TemplateError.missing("a document in \(path)")
        }
        return node
    }

    static func value(_ node: YAMLNode, _ key: String) throws -> YAMLNode {
        guard case .mapping(let entries, _) = node, let entry = entries.first(where: { $0.key.value == key }) else {
            throw TemplateError.missing("key \(key)")
        }
        return entry.value
    }

    static func text(_ node: YAMLNode) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw TemplateError.missing("a scalar")
        }
        return scalar.value
    }

    static func items(_ node: YAMLNode) throws -> [YAMLNode] {
        guard case .sequence(let items, _) = node else {
            throw TemplateError.missing("a sequence")
        }
        return items
    }

    /// Returns the GitHub workflow's step called `name`.
    private static func githubStep(_ name: String) throws -> YAMLNode {
        let workflow = try read("ci/github/vixen-gate.yml")
        let steps = try items(value(value(value(workflow, "jobs"), "check"), "steps"))
        guard let step = try steps.first(where: { try text(value($0, "name")) == name }) else {
            throw TemplateError.missing("step \(name)")
        }
        return step
    }

    /// Returns a clone of an origin with two commits, tagged `v1.0.0` at the first.
    ///
    /// With `recordsStaging` the origin records its first commit as deployed to staging, and the clone
    /// has not fetched that record, as a CI checkout has not.
    private static func makeCheckout(secret: Bool = false, recordsStaging: Bool = true) throws -> GitRepository {
        let origin = try GitRepository()
        try origin.write("backend/pyproject.toml", "[project]\nname = \"api\"\n")
        try origin.write("backend/app.py", "print('v1')\n")
        try origin.commit("feat: start the API")
        try origin.tag("v1.0.0")
        if recordsStaging {
            try origin.git("update-ref", "refs/vixen-gate/deployed/staging", "HEAD")
        }
        try origin.write("backend/app.py", "print('v2')\n")
        if secret {
            try origin.write("backend/.env", "API_KEY=value\n")
        }
        try origin.commit("fix: print the new version")
        return try origin.clone()
    }

    /// Runs `script` with bash and the options GitHub and GitLab give it, with vixen-gate on the PATH.
    static func runScript(_ script: String, in checkout: GitRepository, environment: [String: String])
        throws -> ProcessResult
    {
        let binary = try BuildProducts.vixenGate().deletingLastPathComponent().path
        let path = binary + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let base = checkout.environment.merging(["PATH": path, "LANG": "en_US.UTF-8"]) { _, new in new }
        return try ProcessRunner.run(
            "/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], in: checkout.url,
            environment: base.merging(environment) { _, new in new }, timeout: 120)
    }

    @Test func githubStepWritesSummaryAndFiles() throws {
        let script = try Self.text(Self.value(Self.githubStep("Plan the staging deployment"), "run"))
        let checkout = try Self.makeCheckout()
        let summary = checkout.url.appendingPathComponent("summary.md")

        let result = try Self.runScript(
            script, in: checkout, environment: ["GITHUB_STEP_SUMMARY": summary.path, "VIXEN_GATE_PLAN_BASE": ""])

        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.hasPrefix("## Deploy plan for staging: v1.0.1\n"))
        let json = try String(
            contentsOf: checkout.url.appendingPathComponent(".vixen-gate-plan/plan.json"), encoding: .utf8)
        #expect(json.contains(#""base_revision" : "refs/vixen-gate/deployed/staging""#))
    }

    @Test func githubStepSummarizesBlockedPlan() throws {
        let script = try Self.text(Self.value(Self.githubStep("Plan the staging deployment"), "run"))
        let checkout = try Self.makeCheckout(secret: true)
        let summary = checkout.url.appendingPathComponent("summary.md")

        let result = try Self.runScript(
            script, in: checkout, environment: ["GITHUB_STEP_SUMMARY": summary.path, "VIXEN_GATE_PLAN_BASE": ""])

        #expect(result.status == 1)
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.contains("\n**Gate:** blocked by secret.env-file."))
    }

    @Test func githubStepTakesBaseFromVariable() throws {
        let script = try Self.text(Self.value(Self.githubStep("Plan the staging deployment"), "run"))
        let checkout = try Self.makeCheckout(recordsStaging: false)
        let summary = checkout.url.appendingPathComponent("summary.md")

        let withoutBase = try Self.runScript(
            script, in: checkout, environment: ["GITHUB_STEP_SUMMARY": summary.path, "VIXEN_GATE_PLAN_BASE": ""])
        let withBase = try Self.runScript(
            script, in: checkout, environment: ["GITHUB_STEP_SUMMARY": summary.path, "VIXEN_GATE_PLAN_BASE": "v1.0.0"])

        #expect(withoutBase.status == 2)
        #expect(withoutBase.stderr.contains("refs/vixen-gate/deployed/staging does not exist"))
        #expect(withBase.status == 0, "\(withBase.stderr)")
        #expect(try String(contentsOf: summary, encoding: .utf8).contains(#"\(base v1.0.0, head HEAD\)"#))
    }

    @Test func githubKeepsPlanArtifact() throws {
        let step = try Self.githubStep("Keep the plan")
        #expect(try Self.text(Self.value(step, "uses")) == "actions/upload-artifact@v4")
        #expect(try Self.text(Self.value(Self.value(step, "with"), "path")) == ".vixen-gate-plan/")
        #expect(try Self.text(Self.value(step, "if")) == "always() && hashFiles('.vixen-gate-plan/plan.json') != ''")
    }

    @Test func gitlabJobKeepsStatusesAndPlanArtifacts() throws {
        let job = try Self.value(Self.read("ci/gitlab/vixen-gate.gitlab-ci.yml"), "vixen-gate")
        let script = try Self.items(Self.value(job, "script")).map(Self.text)
        let planStart = try #require(script.firstIndex { $0.contains("refs/vixen-gate/*") })
        let checkout = try Self.makeCheckout(secret: true)
        let binary = try BuildProducts.vixenGate().path

        // The check's own line is replaced by a blocked status, as a blocking finding leaves it.
        let tail = (["check_status=1"] + script[planStart...]).joined(separator: "\n")
        let result = try Self.runScript(
            tail, in: checkout, environment: ["VIXEN_GATE": binary, "VIXEN_GATE_PLAN_BASE": ""])

        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: checkout.url.appendingPathComponent("vixen-gate-plan.md").path))
        #expect(
            FileManager.default.fileExists(atPath: checkout.url.appendingPathComponent("vixen-gate-plan.json").path))
        let paths = try Self.items(Self.value(Self.value(job, "artifacts"), "paths")).map(Self.text)
        #expect(paths.contains("vixen-gate-plan.json"))
        #expect(paths.contains("vixen-gate-plan.md"))
        #expect(try Self.text(Self.value(Self.value(job, "artifacts"), "when")) == "always")
    }

    @Test func gitlabJobFailsWithWorseStatus() throws {
        let job = try Self.value(Self.read("ci/gitlab/vixen-gate.gitlab-ci.yml"), "vixen-gate")
        let exitLine = try #require(try Self.items(Self.value(job, "script")).map(Self.text).last)
        let checkout = try Self.makeCheckout()

        for (check, plan, expected) in [("", "", 0), ("1", "", 1), ("", "2", 2), ("2", "1", 2), ("1", "2", 2)] {
            var script = ""
            if !check.isEmpty {
                script += "check_status=\(check)\n"
            }
            if !plan.isEmpty {
                script += "plan_status=\(plan)\n"
            }
            let result = try Self.runScript(script + exitLine, in: checkout, environment: [:])
            #expect(result.status == Int32(expected), "check \(check), plan \(plan)")
        }
    }
}
