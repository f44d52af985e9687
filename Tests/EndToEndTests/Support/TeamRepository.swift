import VixenTestSupport

/// Repositories laid out like the team's product: a Python backend with Alembic migrations
/// and tests, a JavaScript frontend, a backend Dockerfile and a docs folder.
///
/// The layout detector gives each file of the first commit this component:
///
/// | Path                                          | Component | Why                                       |
/// |-----------------------------------------------|-----------|-------------------------------------------|
/// | `backend/pyproject.toml`, `backend/app/…`     | BE        | `pyproject.toml` marks a Python app       |
/// | `backend/app/alembic/…`                       | DB        | `alembic.ini` names it `script_location`  |
/// | `backend/tests/…`                             | TESTS     | a `tests` folder                          |
/// | `backend/Dockerfile`                          | OPS       | a Dockerfile                              |
/// | `frontend/…`                                  | FE        | `package.json` marks a Node app           |
/// | `docs/…`                                      | DOCS      | the `docs` folder at the root             |
enum TeamRepository {
    static let mainModule = """
        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/health")
        def health() -> dict[str, str]:
            return {"status": "ok"}

        """

    static let pyproject = """
        [project]
        name = "orders-api"
        version = "0.1.0"
        dependencies = ["fastapi", "alembic", "sqlalchemy"]

        """

    static let alembicIni = """
        [alembic]
        script_location = app/alembic

        """

    static let healthTest = """
        def test_health(client):
            assert client.get("/health").json() == {"status": "ok"}

        """

    /// The files of the first commit, by path.
    static let files: [String: String] = [
        "backend/pyproject.toml": pyproject,
        "backend/alembic.ini": alembicIni,
        "backend/app/__init__.py": "",
        "backend/app/main.py": mainModule,
        "backend/app/alembic/env.py": "from alembic import context\n",
        "backend/app/alembic/versions/0001_create_users.py": migration(revision: "0001", previous: nil),
        "backend/tests/test_health.py": healthTest,
        "backend/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n",
        "frontend/package.json": "{\"name\": \"orders-web\", \"private\": true, \"scripts\": {\"dev\": \"vite\"}}\n",
        "frontend/src/main.js": "import \"./style.css\";\n",
        "frontend/src/legacy.js": "export const legacy = true;\n",
        "docs/deploy.md": "# Deploy\n\nMerge to main, then deploy from Coolify.\n",
    ]

    /// Creates a repository on branch `main` whose one commit contains ``files``.
    static func make() throws -> GitRepository {
        let repository = try GitRepository()
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            try repository.write(path, contents)
        }
        try repository.commit("Lay out the backend, frontend and docs")
        return repository
    }

    /// Returns the text of an Alembic revision script.
    static func migration(revision: String, previous: String?) -> String {
        let downRevision = previous.map { "\"\($0)\"" } ?? "None"
        return """
            revision = "\(revision)"
            down_revision = \(downRevision)


            def upgrade():
                pass


            def downgrade():
                pass

            """
    }
}
