import Testing
import VixenChecks
import VixenCore

@Suite struct ComponentPrecedenceTests {
    // MARK: Nested components

    @Test func migrationsInsideBackendAreDatabase() throws {
        let resolver = try ComponentFixtures.resolver(["backend/pyproject.toml", "backend/app/migrations/0001.py"])
        #expect(resolver.component(for: "backend/app/migrations/0001.py") == .database)
    }

    @Test func testsInsideComponentAreTests() throws {
        let resolver = try ComponentFixtures.resolver(["backend/pyproject.toml", "frontend/package.json"])
        #expect(resolver.component(for: "backend/tests/helpers.py") == .tests)
        #expect(resolver.component(for: "frontend/e2e/login.ts") == .tests)
        #expect(resolver.component(for: "frontend/src/App.test.tsx") == .tests)
    }

    @Test func dockerfileInsideBackendIsOperations() throws {
        let resolver = try ComponentFixtures.resolver(["backend/pyproject.toml", "backend/Dockerfile"])
        #expect(resolver.component(for: "backend/Dockerfile") == .operations)
    }

    @Test func readmeInsideFrontendIsDocs() throws {
        let resolver = try ComponentFixtures.resolver(["frontend/package.json", "frontend/README.md"])
        #expect(resolver.component(for: "frontend/README.md") == .docs)
    }

    // MARK: File-name rules beat folder rules

    @Test func fileNameBeatsTestFolder() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "tests/Dockerfile") == .operations)
        #expect(resolver.component(for: "tests/README.md") == .docs)
    }

    @Test func fileNameBeatsDocsFolder() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "docs/Dockerfile") == .operations)
        #expect(resolver.component(for: "docs/test_examples.py") == .tests)
    }

    @Test func fileNameBeatsOperationsFolder() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: ".github/workflows/README.md") == .docs)
    }

    // MARK: Order among file-name rules

    @Test func testFileBeatsOperationsFile() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "Dockerfile.test.js") == .tests)
    }

    @Test func operationsFileBeatsDocsFile() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "Dockerfile.md") == .operations)
    }

    @Test func testFileBeatsDocsFile() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "CHANGELOG.test.ts") == .tests)
    }

    // MARK: Folder rules: depth first

    @Test func deeperFolderWins() throws {
        let resolver = try ComponentFixtures.resolver(["tests/fixtures/app/package.json"])
        #expect(resolver.component(for: "tests/fixtures/app/index.js") == .frontend)
        #expect(resolver.component(for: "tests/fixtures/other.js") == .tests)
    }

    @Test func deeperMigrationsInsideDeploy() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.component(for: "deploy/migrations/0001.sql") == .database)
        #expect(resolver.component(for: "deploy/run.sh") == .operations)
    }

    // MARK: Folder rules: order at equal depth

    @Test func testsBeatDatabaseOnSameFolder() throws {
        let resolver = try ComponentFixtures.resolver(
            ["tests/env.py"], contents: ["alembic.ini": "[alembic]\nscript_location = tests\n"]
        )
        #expect(resolver.component(for: "tests/env.py") == .tests)
    }

    @Test func databaseBeatsOperationsOnSameFolder() throws {
        let resolver = try ComponentFixtures.resolver(
            ["deploy/env.py"], contents: ["alembic.ini": "[alembic]\nscript_location = deploy\n"]
        )
        #expect(resolver.component(for: "deploy/env.py") == .database)
    }

    @Test func databaseBeatsBackendOnSameFolder() throws {
        let resolver = try ComponentFixtures.resolver(
            ["svc/pyproject.toml", "svc/env.py"], contents: ["svc/alembic.ini": "[alembic]\nscript_location = .\n"]
        )
        #expect(resolver.component(for: "svc/env.py") == .database)
    }

    @Test func operationsBeatFrontendOnSameFolder() throws {
        let resolver = try ComponentFixtures.resolver(["deploy/package.json", "deploy/cdk.js"])
        #expect(resolver.component(for: "deploy/cdk.js") == .operations)
    }

    @Test func docsBeatFrontendOnSameFolder() throws {
        let resolver = try ComponentFixtures.resolver(["docs/package.json", "docs/src/theme.js"])
        #expect(resolver.component(for: "docs/src/theme.js") == .docs)
    }

    @Test func sharedAppFolderSplitsByFileKind() throws {
        let resolver = try ComponentFixtures.resolver(["app/package.json", "app/pyproject.toml", "app/main.py"])
        #expect(resolver.component(for: "app/main.py") == .backend)
        #expect(resolver.component(for: "app/web/index.ts") == .frontend)
    }

    // MARK: Root app and unmatched paths

    @Test func rootPythonAppClaimsUnmatchedFiles() throws {
        let resolver = try ComponentFixtures.resolver(["pyproject.toml", "frontend/package.json"])
        #expect(resolver.component(for: "Makefile") == .backend)
        #expect(resolver.component(for: "scripts/seed.sh") == .backend)
        #expect(resolver.component(for: "frontend/src/main.ts") == .frontend)
        #expect(resolver.component(for: "README.md") == .docs)
        #expect(resolver.component(for: "tests/test_api.py") == .tests)
    }

    @Test func unmatchedFileHasNoComponent() throws {
        let resolver = try ComponentFixtures.resolver(["backend/pyproject.toml", "Makefile"])
        #expect(resolver.component(for: "Makefile") == nil)
        #expect(resolver.component(for: "scripts/seed.sh") == nil)
        #expect(resolver.component(for: ".gitignore") == nil)
    }
}
