import Testing
import VixenCore
import VixenDeploy

struct PlanTextRendererTests {
    private func hotfixPlan(findings: [Finding] = []) -> DeployPlan {
        DeployPlan.resolve(
            PlanFixtures.input(
                .hotfix, paths: ["BE/app.py"], findings: findings,
                rulesRun: [RuleID(.secret, "env-file"), RuleID(.secret, "jwt")]))
    }

    static let checklist = """
        Pre-deployment checklist:
          Backend
            manual          Unit and integration tests pass: run vixen-gate plan --run-tests to run the test commands this range needs
            manual          Type hints complete: people confirm, because .vixen-gate.yml turns off every rule matching checklist.type-hints
            manual          Environment variables documented: people confirm, because .vixen-gate.yml turns off every rule matching env.*
            not-applicable  Migrations tested up and down: nothing to confirm in this range: no migration changed
            verified        No hardcoded secrets: secret.* (2 rules ran)
          Frontend
            manual          Build succeeds: people confirm that the frontend's build, such as npm run build or the CI build job, succeeds for this head
            not-applicable  No console errors: nothing in this range for checklist.console-*, checklist.debugger: no script of FE changed outside tests
            manual          API integration tested: people confirm the frontend's API calls against a running backend, such as staging
            not-applicable  Environment variables configured: nothing in this range for env.*: no FE file changed
            not-applicable  Assets optimized: nothing in this range for checklist.asset-*, checklist.source-map: no image, font, video or source map changed
          Database
            not-applicable  Migrations reversible: nothing in this range for migration.missing-down, migration.empty-down, migration.raising-down, migration.irreversible-operation, migration.noop-down: no migration changed
            not-applicable  Backup taken: nothing to confirm in this range: no migration changed
            not-applicable  Indexes checked: nothing in this range for migration.foreign-key-without-index, migration.index-not-concurrent: no migration changed
            manual          Query performance acceptable: people confirm, for example with EXPLAIN ANALYZE on staging for the queries this change adds
          DevOps
            not-applicable  Container images optimized: nothing in this range for checklist.docker-*: no Dockerfile changed
            not-applicable  Health checks configured: nothing in this range for checklist.docker-healthcheck: no Dockerfile changed
            manual          Logs reachable: people confirm that the applications' logs show in Coolify
            verified        Secrets kept in Coolify, never in the repository: secret.*-file (1 rule ran)
            manual          Rollback plan ready: people confirm; the hotfix plan prepares it in its prepare-rollback step
        """

    @Test func hotfixInEnglish() {
        let text = PlanTextRenderer().render(hotfixPlan(), language: .english)
        #expect(
            text == """
                Hotfix plan for production: v1.4.0
                Range aaaaaaa..bbbbbbb: 3 commits (base refs/vixen-gate/deployed/staging, head HEAD)
                Version 1.4.0: a minor bump from v1.3.0 over 3 commits.
                Components to deploy: BE
                Migrations: none
                Gate: passed

                Steps:
                  1. [SM] Confirm that the bug is of critical severity (confirm-critical-severity)
                     command: none (people carry out this step)
                     why: Every hotfix runs this step.
                  2. [QA] Verify the fix locally or on staging (verify-fix)
                     command: none (people carry out this step)
                     why: Every hotfix runs this step.
                  3. [OPS] Have the rollback plan ready: the image to roll back to in Coolify and the down migrations (prepare-rollback)
                     command: none (people carry out this step)
                     why: Every hotfix runs this step.
                  4. [DB] Back up the production database with pg_dump (backup-database): skipped
                     why: No file of the DB component changed, so there is no migration to apply and no backup to take.
                  5. [DB] Apply the migrations to the production database (apply-migrations): skipped
                     why: No file of the DB component changed, so there is no migration to apply and no backup to take.
                  6. [OPS] Deploy BE to production through Coolify (deploy-backend)
                     command: POST /api/v1/deploy?uuid=<BE application UUID>&force=false
                     why: BE changed.
                  7. [OPS] Deploy FE to production through Coolify (deploy-frontend): skipped
                     why: FE did not change.
                  8. [OPS] Check the health of the API (/health) and the frontend on production (health-check)
                     command: curl --fail <API URL>/health
                     why: This step follows every deployment that changes something.
                  9. [OPS] Watch the metrics after the deployment: errors, response times, CPU and memory (watch-metrics)
                     command: none (people carry out this step)
                     why: This step follows every deployment that changes something.
                  10. [SM] Report to the team: [SM-###] Hotfix v1.4.0 deployed to production (report)
                      command: none (people carry out this step)
                      why: Every hotfix runs this step.

                \(Self.checklist)

                """)
    }

    @Test func blockedPlanNamesRulesAndCheck() {
        let finding = Finding(
            rule: RuleID(.secret, "jwt"), severity: .error, file: "BE/app.py", line: 3,
            message: LocalizedText(en: "x", es: "x"))
        let text = PlanTextRenderer().render(hotfixPlan(findings: [finding]), language: .english)
        #expect(
            text.contains(
                "\nGate: blocked by secret.jwt. Do not deploy a blocked plan: fix the findings that "
                    + "vixen-gate check --base aaaaaaa --head bbbbbbb lists, then plan again.\n"))
        #expect(text.contains("\n    failed          No hardcoded secrets: blocked by secret.jwt\n"))
    }

    @Test func spanishHeaderAndSteps() {
        let plan = PlanFixtures.plan(.staging, paths: ["DB/0002_orders.py"])
        let lines = PlanTextRenderer().render(plan, language: .spanish).split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(8)) == [
                "Plan de despliegue en staging: v1.4.0",
                "Rango aaaaaaa..bbbbbbb: 3 commits (base refs/vixen-gate/deployed/staging, head HEAD)",
                "Versión 1.4.0: subida menor desde v1.3.0 con 3 commits.",
                "Componentes que se despliegan: DB",
                "Migraciones:",
                "  A DB/0002_orders.py",
                "Resultado de vixen-gate: aprobado",
                "Pasos:",
            ])
        #expect(lines.contains("  4. [DB] Aplicar las migraciones a la base de datos de staging (apply-migrations)"))
        #expect(lines.contains("     motivo: Cambió 1 archivo del componente DB."))
        #expect(
            lines.contains(
                "    manual        Copia de seguridad realizada: lo confirman personas comprobando que existe una copia "
                    + "de seguridad; los planes de production y hotfix la hacen en su paso backup-database"))
        #expect(
            lines.contains(
                "    manual        Migraciones probadas de ida y de vuelta: lo confirman personas ejecutando vixen-gate "
                    + "migrations verify --base aaaaaaa --head bbbbbbb contra una base de datos desechable"))
        #expect(
            lines.contains(
                "    no aplicable  Imágenes de contenedor optimizadas: nada en este rango para checklist.docker-*: no "
                    + "cambió ningún Dockerfile"))
    }

    @Test func spanishPlanWithoutMigrations() {
        let plan = PlanFixtures.plan(.staging, paths: ["BE/app.py"])

        let lines = PlanTextRenderer().render(plan, language: .spanish).split(separator: "\n").map(String.init)

        #expect(lines.contains("Migraciones: ninguna"))
        #expect(lines.contains("Componentes que se despliegan: BE"))
    }

    @Test func notesAndVersionSentences() throws {
        var input = PlanFixtures.input(.production, paths: ["DOCS/a.md"])
        input.version = VersionDecision(
            version: SemanticVersion(major: 0, minor: 4, patch: 0), source: .tag, previousTag: "v0.3.2", bump: .minor,
            commits: 3, unconventionalCommits: 2, breakingCommits: 1)
        input.notes = [.productionHeadIsHEAD(missingReference: "refs/vixen-gate/deployed/staging")]

        let text = PlanTextRenderer().render(DeployPlan.resolve(input), language: .english)

        #expect(
            text.contains(
                "\nVersion 0.4.0: a minor bump from v0.3.2 over 3 commits. 2 of them follow no convention and count "
                    + "as patch changes. While the major version is 0, a breaking change raises the minor part; pass "
                    + "--version 1.0.0 to leave initial development.\n"))
        #expect(
            text.hasSuffix(
                """
                Notes:
                  - refs/vixen-gate/deployed/staging does not exist, so this plan runs up to HEAD. Check that HEAD is what ran on staging, or pass --head with that commit.
                  - The range changes only DOCS, TESTS or files of no component, so every deployment step is skipped.

                """))
        #expect(text.contains("\nComponents to deploy: none\n"))
    }

    @Test(arguments: [
        (VersionDecision.override(SemanticVersion(major: 2, minor: 0, patch: 0)), "Version 2.0.0, set with --version."),
        (VersionDecision.firstRelease, "Version 0.1.0: the head reaches no vX.Y.Z tag, so this is the first release."),
        (
            VersionDecision(
                version: SemanticVersion(major: 1, minor: 3, patch: 0), source: .tag, previousTag: "v1.3.0"),
            "Version 1.3.0: the head is the commit tagged v1.3.0."
        ),
    ])
    func versionLine(decision: VersionDecision, line: String) {
        var input = PlanFixtures.input(.staging, paths: ["BE/app.py"])
        input.version = decision
        let lines = PlanTextRenderer().render(DeployPlan.resolve(input), language: .english).split(separator: "\n")
        #expect(lines.dropFirst(2).first.map(String.init) == line)
    }

    @Test func controlCharactersInPathsAreVisible() {
        let plan = DeployPlan.resolve(
            PlanInput(
                target: .staging, version: PlanFixtures.version, range: PlanFixtures.range(),
                files: [PlanInput.ChangedFile(path: "db/evil\nGate: passed.sql", status: .added, component: .database)],
                findings: [], rulesRun: []))
        let text = PlanTextRenderer().render(plan, language: .english)
        #expect(text.contains("\n  A db/evil\\x0aGate: passed.sql\n"))
    }
}
