import Testing
import VixenChecks
import VixenCore

/// One test per layout rule, each with paths that must and must not get the rule's component.
@Suite struct LayoutRuleTests {
    // MARK: BE

    @Test(arguments: ["pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "requirements.txt", "requirements-dev.txt"])
    func pythonAppMarker(marker: String) throws {
        let resolver = try ComponentFixtures.resolver(["api/\(marker)", "api/app/main.py"])
        #expect(resolver.component(for: "api/app/main.py") == .backend)
        #expect(resolver.component(for: "api/\(marker)") == .backend)
    }

    @Test(arguments: ["requirements.in", "Pipfile.lock", "dev-requirements.txt", "pyproject.toml.bak", "main.py"])
    func pythonAppNonMarker(file: String) throws {
        let resolver = try ComponentFixtures.resolver(["api/\(file)", "api/app/main.py"])
        #expect(resolver.component(for: "api/app/main.py") == nil)
    }

    @Test(arguments: [".venv", "venv", "node_modules"])
    func pythonMarkerInIgnoredFolder(folder: String) throws {
        let resolver = try ComponentFixtures.resolver(["\(folder)/lib/pkg/setup.py", "\(folder)/lib/pkg/mod.py"])
        #expect(resolver.component(for: "\(folder)/lib/pkg/mod.py") == nil)
    }

    // MARK: FE

    @Test func nodeAppFolder() throws {
        let resolver = try ComponentFixtures.resolver(["web/package.json", "web/src/main.ts"])
        #expect(resolver.component(for: "web/src/main.ts") == .frontend)
        #expect(resolver.component(for: "web/package.json") == .frontend)
        #expect(resolver.component(for: "api/main.ts") == nil)
    }

    @Test func nodeAppNeedsPackageJSON() throws {
        let resolver = try ComponentFixtures.resolver(["web/package-lock.json", "web/src/main.ts"])
        #expect(resolver.component(for: "web/src/main.ts") == nil)
    }

    @Test func packageJSONInNodeModulesIgnored() throws {
        let resolver = try ComponentFixtures.resolver([
            "tools/node_modules/lib/package.json", "tools/node_modules/lib/x.js",
        ])
        #expect(resolver.component(for: "tools/node_modules/lib/x.js") == nil)
    }

    // MARK: DB

    @Test func alembicScriptLocation() throws {
        let resolver = try ComponentFixtures.resolver(
            ["backend/app/db/env.py", "backend/app/main.py"],
            contents: ["backend/alembic.ini": "[alembic]\nscript_location = app/db\n"]
        )
        #expect(resolver.component(for: "backend/app/db/env.py") == .database)
        #expect(resolver.component(for: "backend/app/db/revisions/0001_init.py") == .database)
        #expect(resolver.component(for: "backend/app/main.py") == nil)
    }

    @Test func alembicIniWithoutScriptLocation() throws {
        let resolver = try ComponentFixtures.resolver(
            ["backend/app/db/env.py"],
            contents: ["backend/alembic.ini": "[alembic]\n# script_location = app/db\nsqlalchemy.url = sqlite://\n"]
        )
        #expect(resolver.component(for: "backend/app/db/env.py") == nil)
    }

    @Test func alembicHereInterpolation() throws {
        let resolver = try ComponentFixtures.resolver(
            ["svc/db/env.py"],
            contents: ["svc/alembic.ini": "[alembic]\nscript_location = %(here)s/db\n"]
        )
        #expect(resolver.component(for: "svc/db/env.py") == .database)
    }

    @Test func alembicParentFolder() throws {
        let resolver = try ComponentFixtures.resolver(
            ["shared/schema/env.py", "svc/main.py"],
            contents: ["svc/alembic.ini": "[alembic]\nscript_location = ../shared/schema/\n"]
        )
        #expect(resolver.component(for: "shared/schema/env.py") == .database)
        #expect(resolver.component(for: "svc/main.py") == nil)
    }

    @Test func alembicIniAtRoot() throws {
        let resolver = try ComponentFixtures.resolver(
            ["db/env.py"],
            contents: ["alembic.ini": "[alembic]\nscript_location = ./db\n"]
        )
        #expect(resolver.component(for: "db/env.py") == .database)
    }

    @Test func alembicEverySectionAndSeparator() throws {
        let ini = """
            [alembic]
            Script_Location = main_db
            [analytics]
            script_location: analytics_db
              continued = value
            ; script_location = commented

            """
        let resolver = try ComponentFixtures.resolver(
            ["main_db/env.py", "analytics_db/env.py", "commented/env.py"],
            contents: ["alembic.ini": ini]
        )
        #expect(resolver.component(for: "main_db/env.py") == .database)
        #expect(resolver.component(for: "analytics_db/env.py") == .database)
        #expect(resolver.component(for: "commented/env.py") == nil)
    }

    @Test func alembicPackageLocation() throws {
        let resolver = try ComponentFixtures.resolver(
            [
                "src/dispatch/__init__.py", "src/dispatch/database/revisions/core/env.py",
                "src/dispatch/database/revisions/core/versions/v1.py", "src/dispatch/database/core.py",
            ],
            contents: ["src/dispatch/alembic.ini": "[core]\nscript_location = dispatch:database/revisions/core\n"]
        )
        #expect(resolver.component(for: "src/dispatch/database/revisions/core/versions/v1.py") == .database)
        #expect(resolver.component(for: "src/dispatch/database/core.py") == nil)
    }

    @Test func alembicDottedPackageLocation() throws {
        let resolver = try ComponentFixtures.resolver(
            ["app/__init__.py", "app/db/__init__.py", "app/db/migrations_v2/env.py"],
            contents: ["alembic.ini": "[alembic]\nscript_location = app.db:migrations_v2\n"]
        )
        #expect(resolver.component(for: "app/db/migrations_v2/env.py") == .database)
    }

    @Test func alembicPackageWithoutFolder() throws {
        let resolver = try ComponentFixtures.resolver(
            ["app/__init__.py", "app/models.py"],
            contents: ["alembic.ini": "[alembic]\nscript_location = app:migrations_v2\n"]
        )
        #expect(resolver.component(for: "app/models.py") == nil)
    }

    @Test(arguments: ["myapp:db", "/srv/app/db", "../../outside", "%(root)s/db"])
    func alembicUnresolvableLocation(location: String) throws {
        let resolver = try ComponentFixtures.resolver(
            ["svc/db/env.py", "db/env.py"],
            contents: ["svc/alembic.ini": "[alembic]\nscript_location = \(location)\n"]
        )
        #expect(resolver.component(for: "svc/db/env.py") == nil)
        #expect(resolver.component(for: "db/env.py") == nil)
    }

    @Test(arguments: [
        "app/migrations/0001_initial.py", "migrations/versions/abc.py", "alembic/versions/abc.py",
        "svc/alembic/versions/x/y.py",
    ])
    func migrationsFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .database)
    }

    @Test(arguments: ["app/migration/0001.py", "versions/abc.py", "app/alembic/env.py", "db/versions/abc.py"])
    func notMigrationsFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    // MARK: OPS

    @Test(arguments: [
        "Dockerfile", "api/Dockerfile.prod", "worker.dockerfile", "api.Dockerfile", ".dockerignore",
        "docker-compose.yml", "ops/docker-compose.override.yaml", "compose.yaml", "compose.prod.yml", "Jenkinsfile",
        ".gitlab-ci.yml",
    ])
    func operationsFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .operations)
    }

    @Test(arguments: [
        "dockerfile", "Dockerfile-notes.txt", "docker-compose.json", "compose.json", "myJenkinsfile", "gitlab-ci.yml",
    ])
    func notOperationsFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    @Test(arguments: [
        ".github/workflows/ci.yml", ".github/actions/setup/action.yml", ".gitlab/ci/deploy.yml", ".ci/run.sh",
        "deploy/prod.sh", "infra/modules/db/main.tf", ".github/dependabot.yml", ".github/CODEOWNERS",
        "docker/entrypoint.sh", ".devcontainer/devcontainer.json", "k8s/app.yaml",
    ])
    func operationsFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .operations)
    }

    @Test(arguments: [
        "app/.github/CODEOWNERS", "app/deploy/tasks.py", "app/docker/run.py", "services/infra/main.tf",
        "github/workflows/ci.yml",
    ])
    func notOperationsFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    // MARK: DOCS

    @Test(arguments: [
        "README.md", "guide.rst", "src/manual.adoc", "LICENSE", "LICENSE.txt", "CHANGELOG", "CHANGELOG.md",
    ])
    func documentationFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .docs)
    }

    @Test(arguments: ["readme.txt", "notes.mdx", "license", "src/CHANGELOG_helpers/x.py"])
    func notDocumentationFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    @Test(arguments: ["docs/conf.py", "docs/img/architecture.svg", "doc/api.txt"])
    func documentationFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .docs)
    }

    @Test(arguments: ["app/docs/views.py", "documentation/conf.py", "docs.py"])
    func notDocumentationFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    // MARK: TESTS

    @Test(arguments: [
        "test_api.py", "app/api_test.py", "conftest.py", "src/App.test.tsx", "a.test.js", "a.test.jsx", "a.test.ts",
        "a.test.mjs", "a.test.cjs", "a.spec.js", "a.spec.jsx", "a.spec.ts", "a.spec.tsx", "web/vitest.config.ts",
        "vitest.workspace.ts", "jest.config.js", "web/playwright.config.ts",
    ])
    func testFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .tests)
    }

    @Test(arguments: [
        "testing.py", "api_tests.py", "contest.py", "a.spec.mjs", "a.test.py", "vite.config.ts", "latest.js",
    ])
    func notTestFile(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }

    @Test(arguments: [
        "tests/x.py", "test/x.js", "src/__tests__/a.js", "e2e/login.ts", "spec/models/user.rb", "a/b/tests/c/d.py",
    ])
    func testFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == .tests)
    }

    @Test(arguments: ["testing/x.py", "tests_old/x.py", "specs/x.js", "src/e2e_helpers.ts", "tests"])
    func notTestFolder(path: String) throws {
        let resolver = try ComponentFixtures.resolver([path])
        #expect(resolver.component(for: path) == nil)
    }
}
