import Testing
import VixenChecks
import VixenCore

/// A repository shaped like the FastAPI full-stack template: a FastAPI backend with
/// Alembic migrations under `backend/app/alembic`, a Vite frontend, and docs at the root.
@Suite struct FastAPIViteLayoutTests {
    static let paths = [
        ".github/workflows/deploy.yml",
        ".gitignore",
        "README.md",
        "backend/Dockerfile",
        "backend/app/__init__.py",
        "backend/app/alembic/env.py",
        "backend/app/alembic/script.py.mako",
        "backend/app/alembic/versions/e2412789c190_initialize_models.py",
        "backend/app/api/routes/items.py",
        "backend/app/main.py",
        "backend/pyproject.toml",
        "backend/scripts/prestart.sh",
        "backend/tests/api/routes/test_items.py",
        "backend/tests/conftest.py",
        "backend/tests/utils/item.py",
        "docker-compose.override.yml",
        "docker-compose.yml",
        "docs/deployment.md",
        "docs/diagrams/architecture.svg",
        "frontend/Dockerfile",
        "frontend/README.md",
        "frontend/index.html",
        "frontend/package.json",
        "frontend/playwright.config.ts",
        "frontend/src/main.tsx",
        "frontend/src/routes/items.tsx",
        "frontend/tests/login.spec.ts",
        "frontend/vite.config.ts",
        "scripts/generate-client.sh",
    ]

    static let expected: [(String, Component?)] = [
        (".github/workflows/deploy.yml", .operations),
        (".gitignore", nil),
        ("README.md", .docs),
        ("backend/Dockerfile", .operations),
        ("backend/alembic.ini", .backend),
        ("backend/app/__init__.py", .backend),
        ("backend/app/alembic/env.py", .database),
        ("backend/app/alembic/script.py.mako", .database),
        ("backend/app/alembic/versions/e2412789c190_initialize_models.py", .database),
        ("backend/app/api/routes/items.py", .backend),
        ("backend/app/main.py", .backend),
        ("backend/pyproject.toml", .backend),
        ("backend/scripts/prestart.sh", .backend),
        ("backend/tests/api/routes/test_items.py", .tests),
        ("backend/tests/conftest.py", .tests),
        ("backend/tests/utils/item.py", .tests),
        ("docker-compose.override.yml", .operations),
        ("docker-compose.yml", .operations),
        ("docs/deployment.md", .docs),
        ("docs/diagrams/architecture.svg", .docs),
        ("frontend/Dockerfile", .operations),
        ("frontend/README.md", .docs),
        ("frontend/index.html", .frontend),
        ("frontend/package.json", .frontend),
        ("frontend/playwright.config.ts", .tests),
        ("frontend/src/main.tsx", .frontend),
        ("frontend/src/routes/items.tsx", .frontend),
        ("frontend/tests/login.spec.ts", .tests),
        ("frontend/vite.config.ts", .frontend),
        ("scripts/generate-client.sh", nil),
    ]

    static func resolver() throws -> ComponentResolver {
        try ComponentFixtures.resolver(
            paths, contents: ["backend/alembic.ini": "[alembic]\nscript_location = app/alembic\n"]
        )
    }

    @Test func everyPathGetsExpectedComponent() throws {
        let resolver = try Self.resolver()
        for (path, component) in Self.expected {
            #expect(resolver.component(for: path) == component, "\(path)")
        }
    }

    @Test func newMigrationIsDatabase() throws {
        // A revision that is not in the tree yet, as in a push that adds it.
        let resolver = try Self.resolver()
        #expect(resolver.component(for: "backend/app/alembic/versions/1a31ce608336_add_cascade.py") == .database)
    }

    @Test func changedComponentsOfPush() throws {
        let resolver = try Self.resolver()
        let changed = [
            "backend/app/api/routes/items.py",
            "backend/app/alembic/versions/e2412789c190_initialize_models.py",
            "backend/tests/api/routes/test_items.py",
            "frontend/src/routes/items.tsx",
            "README.md",
        ]
        #expect(resolver.components(for: changed) == [.backend, .frontend, .database, .docs, .tests])
    }

    @Test func docsOnlyChangeIsNotDeployable() throws {
        let resolver = try Self.resolver()
        let components = resolver.components(for: [
            "docs/deployment.md", "frontend/README.md", "backend/tests/conftest.py",
        ])
        #expect(components == [.docs, .tests])
        #expect(!components.contains { $0.isDeployable })
    }
}
