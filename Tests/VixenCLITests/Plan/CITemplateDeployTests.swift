import Foundation
import Testing
import VixenConfig
import VixenTestSupport

/// The deploy jobs of the CI templates in `ci/`, read as YAML, with their scripts run with bash
/// against a real remote as the CI systems run them.
struct CITemplateDeployTests {
    typealias Template = CITemplatePlanTests

    /// A bare remote whose first commit is recorded as deployed to staging, with a second commit
    /// pending, and a fresh clone of it that has not fetched the deploy state, as a CI checkout.
    struct Remote {
        let remote: GitRepository
        let checkout: GitRepository

        init() throws {
            remote = try GitRepository(bare: true)
            let first = try remote.clone()
            try first.write("backend/pyproject.toml", "[project]\nname = \"api\"\n")
            try first.write("backend/app.py", "print('v1')\n")
            // A long maximum wait, so the pending commit keeps batching and the run records a deferral.
            try first.write(".vixen-gate.yml", "deploy:\n  staging:\n    max_wait: 36500d\n")
            try first.commit("feat: start the API")
            try first.push("origin", ["HEAD:refs/heads/main"])
            let initialized = try ProcessRunner.run(
                try BuildProducts.vixenGate().path, ["state", "init", "--target", "staging", "--commit", "HEAD"],
                in: first.url, environment: first.environment)
            guard initialized.status == 0 else {
                throw Template.TemplateError.missing("a recorded staging deployment: \(initialized.stderr)")
            }
            try first.write("backend/app.py", "print('v2')\n")
            try first.commit("fix: print the new version")
            try first.push("origin", ["HEAD:refs/heads/main"])
            checkout = try remote.clone()
        }

        /// Returns the commit of `reference` in the remote, or nil when it has none.
        func remoteReference(_ reference: String) -> String? {
            try? remote.revParse(reference)
        }
    }

    private static func githubWorkflow() throws -> YAMLNode {
        try Template.read("ci/github/vixen-gate-deploy.yml")
    }

    private static func githubJob() throws -> YAMLNode {
        try Template.value(Template.value(githubWorkflow(), "jobs"), "deploy")
    }

    private static func githubStep(_ name: String) throws -> YAMLNode {
        let steps = try Template.items(Template.value(githubJob(), "steps"))
        guard let step = try steps.first(where: { try Template.text(Template.value($0, "name")) == name }) else {
            throw Template.TemplateError.missing("step \(name)")
        }
        return step
    }

    private static func gitlabJob(_ name: String) throws -> YAMLNode {
        try Template.value(Template.read("ci/gitlab/vixen-gate.gitlab-ci.yml"), name)
    }

    /// Returns the `if` and `when` of each rule of a GitLab job, as `if -> when`.
    private static func gitlabRules(_ job: YAMLNode) throws -> [String] {
        try Template.items(Template.value(job, "rules")).map { rule in
            let condition = try Template.text(Template.value(rule, "if"))
            let when = (try? Template.text(Template.value(rule, "when"))) ?? "on_success"
            return "\(condition) -> \(when)"
        }
    }

    // MARK: GitHub Actions

    @Test func githubTriggers() throws {
        let triggers = try Template.value(Self.githubWorkflow(), "on")

        let branches = try Template.items(Template.value(Template.value(triggers, "push"), "branches"))
        #expect(try branches.map(Template.text) == ["main"])
        let schedules = try Template.items(Template.value(triggers, "schedule"))
        #expect(try schedules.map { try Template.text(Template.value($0, "cron")) } == ["17 * * * *"])
        let target = try Template.value(
            Template.value(Template.value(triggers, "workflow_dispatch"), "inputs"), "target")
        #expect(
            try Template.items(Template.value(target, "options")).map(Template.text) == [
                "production", "staging", "hotfix",
            ])
        #expect(try Template.text(Template.value(target, "default")) == "production")
    }

    @Test func githubMayPushState() throws {
        let permissions = try Template.value(Self.githubWorkflow(), "permissions")

        #expect(try Template.text(Template.value(permissions, "contents")) == "write")
        let checkout = try Template.value(Self.githubStep("Check out the product"), "with")
        #expect(try Template.text(Template.value(checkout, "fetch-depth")) == "0")
    }

    @Test func githubConcurrencyPerEnvironment() throws {
        let concurrency = try Template.value(Self.githubJob(), "concurrency")

        #expect(
            try Template.text(Template.value(concurrency, "group"))
                == "vixen-gate-deploy-${{ github.event_name == 'workflow_dispatch' && inputs.target != 'staging' "
                + "&& 'production' || 'staging' }}")
        #expect(try Template.text(Template.value(concurrency, "cancel-in-progress")) == "false")
        #expect(
            try Template.text(Template.value(Self.githubJob(), "environment"))
                == "${{ github.event_name == 'workflow_dispatch' && inputs.target != 'staging' && 'production' "
                + "|| 'staging' }}")
    }

    @Test func githubSecretsFromSecretStore() throws {
        let environment = try Template.value(Self.githubJob(), "env")

        #expect(try Template.text(Template.value(environment, "COOLIFY_TOKEN")) == "${{ secrets.COOLIFY_TOKEN }}")
        #expect(
            try Template.text(Template.value(environment, "STAGING_DB_URL"))
                == "${{ (github.event_name != 'workflow_dispatch' || inputs.target == 'staging') "
                + "&& secrets.STAGING_DB_URL || '' }}")
        #expect(
            try Template.text(Template.value(environment, "PROD_DB_URL"))
                == "${{ github.event_name == 'workflow_dispatch' && inputs.target != 'staging' "
                + "&& secrets.PROD_DB_URL || '' }}")
        #expect(
            try Template.text(Template.value(environment, "VIXEN_GATE_TARGET"))
                == "${{ github.event_name == 'workflow_dispatch' && inputs.target || 'staging' }}")
    }

    @Test func githubDeployStepPushesDeferral() throws {
        let step = try Self.githubStep("Deploy")
        #expect(try Template.text(Template.value(step, "shell")) == "bash")
        let script = try Template.text(Template.value(step, "run"))
        let remote = try Remote()
        let notesBefore = remote.remoteReference("refs/notes/vixen-gate/staging")
        let summary = remote.checkout.url.appendingPathComponent("summary.md")

        let result = try Template.runScript(
            script, in: remote.checkout,
            environment: [
                "GITHUB_WORKSPACE": remote.checkout.url.path, "GITHUB_STEP_SUMMARY": summary.path,
                "VIXEN_GATE_TARGET": "staging", "VIXEN_GATE_NOW": "false",
            ])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("deferred: 1/5 commits, "))
        #expect(try String(contentsOf: summary, encoding: .utf8).hasPrefix("```\ndeferred: 1/5 commits, "))
        let notesAfter = remote.remoteReference("refs/notes/vixen-gate/staging")
        #expect(notesAfter != nil)
        #expect(notesAfter != notesBefore)
        #expect(remote.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func githubDeployStepKeepsFailure() throws {
        let script = try Template.text(Template.value(Self.githubStep("Deploy"), "run"))
        let remote = try Remote()
        let summary = remote.checkout.url.appendingPathComponent("summary.md")

        // Without a target vixen-gate stops with a usage error, exit status 2.
        let result = try Template.runScript(
            script, in: remote.checkout,
            environment: [
                "GITHUB_WORKSPACE": remote.checkout.url.path, "GITHUB_STEP_SUMMARY": summary.path,
                "VIXEN_GATE_TARGET": "", "VIXEN_GATE_NOW": "false",
            ])

        #expect(result.status == 2)
        #expect(FileManager.default.fileExists(atPath: summary.path))
    }

    // MARK: GitLab CI

    @Test func gitlabJobsAndResourceGroups() throws {
        for (name, target, group, environment) in [
            ("vixen-gate-deploy-staging", "staging", "vixen-gate-staging", "staging"),
            ("vixen-gate-deploy-production", "production", "vixen-gate-production", "production"),
            ("vixen-gate-deploy-hotfix", "hotfix", "vixen-gate-production", "production"),
        ] {
            let job = try Self.gitlabJob(name)
            #expect(try Template.text(Template.value(job, "extends")) == ".vixen-gate-deploy", "\(name)")
            #expect(try Template.text(Template.value(Template.value(job, "variables"), "VIXEN_GATE_TARGET")) == target)
            #expect(try Template.text(Template.value(job, "resource_group")) == group, "\(name)")
            #expect(try Template.text(Template.value(Template.value(job, "environment"), "name")) == environment)
        }
        let template = try Self.gitlabJob(".vixen-gate-deploy")
        #expect(try Template.text(Template.value(template, "stage")) == "deploy")
        #expect(try Template.text(Template.value(Template.value(template, "variables"), "GIT_DEPTH")) == "0")
    }

    @Test func gitlabTriggers() throws {
        #expect(
            try Self.gitlabRules(Self.gitlabJob("vixen-gate-deploy-staging")) == [
                #"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "schedule" -> on_success"#,
                #"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE == "push" -> on_success"#,
            ])
        #expect(
            try Self.gitlabRules(Self.gitlabJob("vixen-gate-deploy-production")) == [
                #"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE != "schedule" -> manual"#
            ])
        #expect(
            try Self.gitlabRules(Self.gitlabJob("vixen-gate-deploy-hotfix")) == [
                #"$CI_COMMIT_BRANCH =~ /^hotfix\// -> manual"#
            ])
        #expect(
            try Self.gitlabRules(Self.gitlabJob("vixen-gate")).contains(#"$CI_PIPELINE_SOURCE == "schedule" -> never"#))
    }

    @Test func gitlabScriptPushesDeferral() throws {
        let script = try Template.items(Template.value(Self.gitlabJob(".vixen-gate-deploy"), "script"))
            .map(Template.text)
        #expect(script.contains { $0.contains("'+refs/notes/vixen-gate/*:refs/notes/vixen-gate/*'") })
        let remote = try Remote()
        let notesBefore = remote.remoteReference("refs/notes/vixen-gate/staging")

        let result = try Template.runScript(
            script.joined(separator: "\n"), in: remote.checkout,
            environment: ["VIXEN_GATE": try BuildProducts.vixenGate().path, "VIXEN_GATE_TARGET": "staging"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("deferred: 1/5 commits, "))
        #expect(remote.remoteReference("refs/notes/vixen-gate/staging") != notesBefore)
    }

    @Test func gitlabPushURLCarriesToken() throws {
        let script = try Template.items(Template.value(Self.gitlabJob(".vixen-gate-deploy"), "script"))
            .map(Template.text)
        let remote = try Remote()

        let result = try Template.runScript(
            script[0] + "\ngit remote get-url --push origin", in: remote.checkout,
            environment: [
                "VIXEN_GATE_PUSH_TOKEN": "glpat-example", "CI_SERVER_HOST": "gitlab.example.com",
                "CI_PROJECT_PATH": "team/product",
            ])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "https://vixen-gate:glpat-example@gitlab.example.com/team/product.git\n")
    }
}
