import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate plan` on real repositories with release tags and deployed references.
struct PlanTests {
    /// The team's repository tagged `v1.3.0` and recorded as deployed to staging and production at its
    /// first commit, with two commits after it: a feature with a migration, and a docs change that
    /// follows no convention.
    struct Release {
        let repository: GitRepository
        let base: String
        let head: String

        init() throws {
            repository = try TeamRepository.make()
            base = try repository.head()
            try repository.tag("v1.3.0", message: "Release 1.3.0")
            try repository.git("update-ref", "refs/vixen-gate/deployed/staging", base)
            try repository.git("update-ref", "refs/vixen-gate/deployed/production", base)

            try repository.write(
                "backend/app/main.py",
                TeamRepository.mainModule + "\n\n@app.get(\"/orders\")\ndef orders() -> list[str]:\n    return []\n")
            try repository.write(
                "backend/app/alembic/versions/0002_create_orders.py",
                TeamRepository.migration(revision: "0002", previous: "0001"))
            try repository.commit("feat(api): list the orders")
            try repository.write("docs/deploy.md", "# Deploy\n\nPlan first.\n")
            head = try repository.commit("Explain the plan")
        }
    }

    private func json(_ result: ProcessResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    }

    private func steps(_ plan: [String: Any]) throws -> [String] {
        let steps = try #require(plan["steps"] as? [[String: Any]])
        return steps.map { step in
            let skipped = step["skipped"] as? Bool == true ? " skipped" : ""
            return "\(step["role"] as? String ?? "?") \(step["action"] as? String ?? "?")\(skipped)"
        }
    }

    @Test func stagingFromDeployedReference() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: release.repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        let plan = try json(result)
        #expect(plan["target"] as? String == "staging")
        #expect(plan["version"] as? String == "1.4.0")
        #expect(plan["components"] as? [String] == ["BE", "DB"])
        #expect(plan["changed_components"] as? [String] == ["BE", "DB", "DOCS"])
        #expect(plan["blocked"] as? Bool == false)
        let range = try #require(plan["range"] as? [String: Any])
        #expect(range["base"] as? String == release.base)
        #expect(range["head"] as? String == release.head)
        #expect(range["base_revision"] as? String == "refs/vixen-gate/deployed/staging")
        #expect(range["head_revision"] as? String == "HEAD")
        #expect(range["commits"] as? Int == 2)
        let version = try #require(plan["version_reason"] as? [String: Any])
        #expect(version["previous_tag"] as? String == "v1.3.0")
        #expect(version["bump"] as? String == "minor")
        #expect(version["commits"] as? Int == 2)
        #expect(version["unconventional_commits"] as? Int == 1)
        let migrations = try #require(plan["migrations"] as? [[String: Any]])
        #expect(migrations.map { $0["path"] as? String } == ["backend/app/alembic/versions/0002_create_orders.py"])
        #expect(
            try steps(plan) == [
                "SM run-backend-tests", "SM run-frontend-tests skipped", "QA run-regression-suite",
                "DB apply-migrations", "OPS deploy-backend", "OPS deploy-frontend skipped", "OPS health-check",
                "QA smoke-test-backend", "QA smoke-test-frontend skipped", "SM report",
            ])
    }

    @Test func textSaysWhatHappensAndWhy() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "staging"], in: release.repository.url)

        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(14)) == [
                "Deploy plan for staging: v1.4.0",
                "Range \(release.base.prefix(7))..\(release.head.prefix(7)): 2 commits "
                    + "(base refs/vixen-gate/deployed/staging, head HEAD)",
                "Version 1.4.0: a minor bump from v1.3.0 over 2 commits. 1 of them follows no convention and counts "
                    + "as a patch change.",
                "Components to deploy: BE, DB",
                "Migrations:",
                "  A backend/app/alembic/versions/0002_create_orders.py",
                "Gate: passed",
                "",
                "Steps:",
                "  1. [SM] Check that the BE tests pass (run-backend-tests)",
                "     command: cd backend && pytest",
                "     tests: not configured: BE changed, but checklist.tests in .vixen-gate.yml sets no test command "
                    + "for it.",
                "     why: BE changed.",
                "  2. [SM] Check that the FE tests pass (run-frontend-tests): skipped",
            ])
        #expect(lines.contains("    verified        No hardcoded secrets: secret.* (217 rules ran)"))
        #expect(
            lines.contains(
                "    not-applicable  Container images optimized: nothing in this range for checklist.docker-*: "
                    + "no Dockerfile changed"))
        #expect(
            lines.contains(
                "    manual          Migrations tested up and down: people confirm by running vixen-gate migrations "
                    + "verify --base \(release.base.prefix(7)) --head \(release.head.prefix(7)) against a scratch "
                    + "database"))
        #expect(
            lines.contains(
                "    not-applicable  No console errors: nothing in this range for checklist.console-*, "
                    + "checklist.debugger: no script of FE changed outside tests"))
    }

    @Test func spanishText() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(
            ["plan", "--target", "production"], in: release.repository.url, environment: ["LANG": "es_ES.UTF-8"])

        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Plan de despliegue en producción: v1.3.0\n"))
        #expect(result.stdout.contains("\nVersión 1.3.0: el head es el commit de la etiqueta v1.3.0.\n"))
        #expect(result.stdout.contains("\nNotas:\n  - El rango no tiene commits: el entorno ya ejecuta su head.\n"))
    }

    @Test func productionRunsWhatStagingRuns() throws {
        let release = try Release()
        let staged = try release.repository.revParse("HEAD~1")
        try release.repository.git("update-ref", "refs/vixen-gate/deployed/staging", staged)
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "production", "--format", "json"], in: release.repository.url)

        #expect(result.status == 0)
        let plan = try json(result)
        let range = try #require(plan["range"] as? [String: Any])
        #expect(range["base"] as? String == release.base)
        #expect(range["head"] as? String == staged)
        #expect(range["base_revision"] as? String == "refs/vixen-gate/deployed/production")
        #expect(range["head_revision"] as? String == "refs/vixen-gate/deployed/staging")
        #expect(plan["version"] as? String == "1.4.0")
        #expect((plan["notes"] as? [Any])?.count == 0)
        #expect(
            try steps(plan) == [
                "SM soak-check", "SM window-check", "DB backup-database", "DB apply-migrations", "OPS deploy-backend",
                "OPS deploy-frontend skipped", "OPS health-check", "OPS watch-window", "QA smoke-test-backend",
                "QA smoke-test-frontend skipped", "SM report",
            ])
    }

    @Test func productionWithoutStagingRecordRunsToHEAD() throws {
        let release = try Release()
        try release.repository.git("update-ref", "-d", "refs/vixen-gate/deployed/staging")
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "production", "--format", "json"], in: release.repository.url)

        #expect(result.status == 0)
        let plan = try json(result)
        let range = try #require(plan["range"] as? [String: Any])
        #expect(range["head"] as? String == release.head)
        #expect(range["head_revision"] as? String == "HEAD")
        let notes = try #require(plan["notes"] as? [[String: Any]])
        #expect(notes.map { $0["code"] as? String } == ["production-head-is-head"])
        #expect(notes.map { $0["reference"] as? String } == ["refs/vixen-gate/deployed/staging"])
    }

    @Test func hotfixStartsFromProduction() throws {
        let release = try Release()
        let fixed = try release.repository.revParse("HEAD~1")
        try release.repository.git("update-ref", "refs/vixen-gate/deployed/staging", release.head)
        try release.repository.git("update-ref", "refs/vixen-gate/deployed/production", fixed)
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "hotfix", "--format", "json"], in: release.repository.url)

        #expect(result.status == 0)
        let plan = try json(result)
        #expect(plan["target"] as? String == "hotfix")
        #expect(plan["state_target"] as? String == "production")
        let range = try #require(plan["range"] as? [String: Any])
        #expect(range["base"] as? String == fixed)
        #expect(range["base_revision"] as? String == "refs/vixen-gate/deployed/production")
        #expect(plan["components"] as? [String] == [])
        #expect(plan["deploys"] as? Bool == false)
        #expect(
            try steps(plan) == [
                "SM confirm-critical-severity skipped", "QA verify-fix skipped", "OPS prepare-rollback skipped",
                "DB backup-database skipped", "DB apply-migrations skipped", "OPS deploy-backend skipped",
                "OPS deploy-frontend skipped", "OPS health-check skipped", "OPS watch-metrics skipped", "SM report",
            ])
    }

    @Test func markdownFileBesideJSON() throws {
        let release = try Release()
        let folder = try TemporaryDirectory()
        let gate = try VixenGateBinary()
        let file = folder.url.appendingPathComponent("plan.md")

        let result = try gate.run(
            ["plan", "--target", "staging", "--format", "json", "--output", "markdown=\(file.path)"],
            in: release.repository.url)

        #expect(result.status == 0)
        #expect(try json(result)["version"] as? String == "1.4.0")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.hasPrefix("## Deploy plan for staging: v1.4.0\n\n"))
        #expect(markdown.contains("\n```mermaid\nflowchart TD\n    s1[\"1. SM: Check that the BE tests pass\"]\n"))
        #expect(markdown.contains("\n    class s2,s6,s9 skipped\n```\n"))
    }

    @Test func breakingFooterRaisesMajor() throws {
        let release = try Release()
        try release.repository.write("frontend/src/main.js", "import \"./app.css\";\n")
        try release.repository.commit("fix(ui): new styles\n\nBREAKING CHANGE: the old theme is gone")
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: release.repository.url)

        let plan = try json(result)
        #expect(plan["version"] as? String == "2.0.0")
        let version = try #require(plan["version_reason"] as? [String: Any])
        #expect(version["bump"] as? String == "major")
        #expect(version["breaking_commits"] as? Int == 1)
    }

    @Test func repositoryWithoutTagsStartsAtZeroOne() throws {
        let repository = try TeamRepository.make()
        let base = try repository.head()
        try repository.write("frontend/src/main.js", "export {};\n")
        try repository.commit("feat!: a new frontend")
        let gate = try VixenGateBinary()

        let result = try gate.run(
            ["plan", "--target", "staging", "--base", base, "--format", "json"], in: repository.url)

        #expect(result.status == 0)
        let plan = try json(result)
        #expect(plan["version"] as? String == "0.1.0")
        let version = try #require(plan["version_reason"] as? [String: Any])
        #expect(version["source"] as? String == "first-release")
        let range = try #require(plan["range"] as? [String: Any])
        #expect(range["base_revision"] as? String == base)
    }

    @Test func versionOptionOverrides() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(
            ["plan", "--target", "staging", "--version", "2.0.0", "--format", "json"], in: release.repository.url)

        let plan = try json(result)
        #expect(plan["version"] as? String == "2.0.0")
        let version = try #require(plan["version_reason"] as? [String: Any])
        #expect(version["source"] as? String == "override")
    }

    @Test func blockedPlanExitsOne() throws {
        let release = try Release()
        try release.repository.write("backend/.env", "DATABASE_URL=postgresql://app@db/app\n")
        try release.repository.commit("chore: add the environment")
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "staging", "--format", "json"], in: release.repository.url)

        #expect(result.status == 1)
        let plan = try json(result)
        #expect(plan["blocked"] as? Bool == true)
        #expect(plan["blocking_rules"] as? [String] == ["secret.env-file"])
        let checklist = try #require(plan["checklist"] as? [[String: Any]])
        let coolify = try #require(checklist.first { $0["item"] as? String == "devops.secrets-in-coolify" })
        #expect(coolify["status"] as? String == "failed")
        #expect(coolify["rules"] as? [String] == ["secret.env-file"])
    }

    @Test func missingDeployedReferenceAsksForBase() throws {
        let repository = try TeamRepository.make()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "hotfix"], in: repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                vixen-gate: error: No deployment to production is recorded: refs/vixen-gate/deployed/production does \
                not exist in this repository. Pass --base with the commit production runs now, or record that commit \
                once with vixen-gate state init --target production --commit <commit>. The deploy runner \
                records refs/vixen-gate/deployed/production after each deployment; in a clone, fetch it with git \
                fetch origin '+refs/vixen-gate/*:refs/vixen-gate/*'.

                """)
    }

    @Test func invalidVersionNamesValue() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "staging", "--version", "v1.4"], in: release.repository.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                vixen-gate: error: "v1.4" is not a version of the form X.Y.Z: three numbers without leading zeros and \
                without a v prefix, such as 1.4.0. Correct --version, or leave it out to count the version from the \
                last vX.Y.Z tag.

                """)
    }

    @Test func missingTargetListsTargets() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan"], in: release.repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr == """
                vixen-gate: error: missing option '--target'; say which deployment to plan with '--target TARGET', \
                where TARGET is one of staging, production, hotfix
                Run 'vixen-gate plan --help' to see the usage.

                """)
    }

    @Test func unknownTargetIsUsageError() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(["plan", "--target", "prod"], in: release.repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr == """
                vixen-gate: error: invalid value 'prod' for option '--target'; accepted values: staging, production, hotfix
                Run 'vixen-gate plan --help' to see the usage.

                """)
    }

    @Test func unknownOutputFormatIsUsageError() throws {
        let release = try Release()
        let gate = try VixenGateBinary()

        let result = try gate.run(
            ["plan", "--target", "staging", "--output", "sarif=plan.sarif"], in: release.repository.url)

        #expect(result.status == 2)
        #expect(
            result.stderr == """
                vixen-gate: error: invalid format 'sarif' in '--output sarif=plan.sarif'; accepted formats: text, json, markdown
                Run 'vixen-gate plan --help' to see the usage.

                """)
    }
}
