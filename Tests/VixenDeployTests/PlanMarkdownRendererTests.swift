import Testing
import VixenCore
import VixenDeploy

struct PlanMarkdownRendererTests {
    /// Returns the lines between the ```` ```mermaid ```` fence and the next fence.
    private func flowchart(_ markdown: String) throws -> [String] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "```mermaid"))
        let end = try #require(lines[(start + 1)...].firstIndex(of: "```"))
        return Array(lines[(start + 1)..<end])
    }

    @Test func hotfixFlowchart() throws {
        let plan = PlanFixtures.plan(.hotfix, paths: ["FE/src/main.js"])
        let markdown = PlanMarkdownRenderer().render(plan, language: .english)
        #expect(
            try flowchart(markdown) == [
                "flowchart TD",
                #"    s1["1. SM: Confirm that the bug is of critical severity"]"#,
                #"    s2["2. QA: Verify the fix locally or on staging"]"#,
                #"    s3["3. OPS: Have the rollback plan ready: the image to roll back to in Coolify and the down migrations"]"#,
                #"    s4["4. DB: Back up the production database with pg_dump (skipped)"]"#,
                #"    s5["5. DB: Apply the migrations to the production database (skipped)"]"#,
                #"    s6["6. OPS: Deploy BE to production through Coolify (skipped)"]"#,
                #"    s7["7. OPS: Deploy FE to production through Coolify"]"#,
                #"    s8["8. OPS: Check the health of the API (/health) and the frontend on production"]"#,
                #"    s9["9. OPS: Watch the metrics after the deployment: errors, response times, CPU and memory"]"#,
                #"    s10["10. SM: Report to the team: [SM-#35;#35;#35;] Hotfix v1.4.0 deployed to production"]"#,
                "    s1 --> s2 --> s3 --> s4 --> s5 --> s6 --> s7 --> s8 --> s9 --> s10",
                "    classDef skipped fill:#f4f4f4,stroke:#999999,stroke-dasharray:4 3,color:#777777",
                "    class s4,s5,s6 skipped",
            ])
    }

    @Test func docsOnlyFlowchartSkipsAllButReport() throws {
        let plan = PlanFixtures.plan(.production, paths: ["DOCS/a.md"])
        let lines = try flowchart(PlanMarkdownRenderer().render(plan, language: .spanish))
        #expect(lines.last == "    class s1,s2,s3,s4,s5,s6,s7,s8,s9,s10 skipped")
        #expect(
            lines.contains(
                #"    s1["1. SM: Confirmar que staging lleva 24 horas o más ejecutando esta versión de forma estable (omitido)"]"#
            ))
        #expect(
            lines.contains(
                #"    s11["11. SM: Informar al equipo: [SM-#35;#35;#35;] Despliegue de la v1.4.0 en producción completado"]"#
            ))
    }

    @Test func labelsEscapeMermaidSyntax() throws {
        let plan = PlanFixtures.plan(.staging, paths: [#"PAY"<b>#&`/x.py"#])
        let lines = try flowchart(PlanMarkdownRenderer().render(plan, language: .english))
        #expect(lines.contains(#"    s3["3. SM: Check that the PAY#quot;#lt;b#gt;#35;#amp;#96; tests pass"]"#))
    }

    @Test func stagingDocument() {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py", "DB/0002_orders.py"])
        let markdown = PlanMarkdownRenderer().render(plan, language: .english)
        let blocks = markdown.components(separatedBy: "\n\n")
        #expect(
            Array(blocks.prefix(7)) == [
                "## Deploy plan for staging: v1.4.0",
                #"Range aaaaaaa..bbbbbbb: 3 commits \(base refs/vixen-gate/deployed/staging, head HEAD\)"#,
                "Version 1.4.0: a minor bump from v1.3.0 over 3 commits.",
                "**Components to deploy:** `BE`, `DB`",
                "**Migrations:** A `DB/0002_orders.py`",
                "**Gate:** passed",
                "### Steps",
            ])
        #expect(markdown.contains("\n| \\# | Role | Step | Command | Why |\n| --- | --- | --- | --- | --- |\n"))
        #expect(
            markdown.contains(
                "\n| 1 | SM | Check that the BE tests pass `run-backend-tests` | `cd backend && pytest` | BE changed. |\n"
            ))
        #expect(
            markdown.contains(
                "\n| 2 | SM | ~~Check that the FE tests pass `run-frontend-tests`~~ _skipped_ |  | FE did not change. |\n"
            ))
        #expect(
            markdown.contains(
                "\n| 8 | QA | Run the BE smoke tests on staging `smoke-test-backend` | none \\(people carry out this step\\) "
                    + "| BE changed. |\n"))
        #expect(markdown.contains("\n### Pre-deployment checklist\n\n| Area | Item | Status | Detail |\n"))
        #expect(
            markdown.contains(
                "\n| DevOps | Logs reachable | manual | people confirm that the applications' logs show in Coolify |\n")
        )
        #expect(
            markdown.contains(
                "\n| DevOps | Health checks configured | not-applicable | nothing in this range for "
                    + "checklist.docker-healthcheck: no Dockerfile changed |\n"))
        #expect(!markdown.contains("### Notes"))
        #expect(
            markdown.hasSuffix(
                "| DevOps | Rollback plan ready | manual | people confirm; the hotfix plan prepares it in its "
                    + "prepare-rollback step |\n"))
    }

    @Test func failedItemIsBold() {
        let finding = Finding(
            rule: RuleID(.secret, "env-file"), severity: .error, file: ".env", line: nil,
            message: LocalizedText(en: "x", es: "x"))
        let plan = DeployPlan.resolve(PlanFixtures.input(.staging, paths: ["BE/app.py"], findings: [finding]))
        let markdown = PlanMarkdownRenderer().render(plan, language: .english)
        #expect(
            markdown.contains(
                "\n| DevOps | Secrets kept in Coolify, never in the repository | **failed** | blocked by secret.env-file |\n"
            ))
        #expect(
            markdown.contains(
                "\n**Gate:** blocked by secret.env-file. Do not deploy a blocked plan: fix the findings that vixen-gate "
                    + "check --base aaaaaaa --head bbbbbbb lists, then plan again.\n"))
    }

    @Test func commandWithBackticksAndPipes() {
        var commands = DeployCommands.defaults
        commands.tests[.backend] = "pytest -k `cat sel` | tee log"
        let plan = DeployPlan.resolve(PlanFixtures.input(.staging, paths: ["BE/app.py"], commands: commands))
        let markdown = PlanMarkdownRenderer().render(plan, language: .english)
        #expect(markdown.contains("| ``pytest -k `cat sel` \\| tee log`` |"))
    }
}
