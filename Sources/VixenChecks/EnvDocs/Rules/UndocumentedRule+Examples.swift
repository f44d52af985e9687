extension UndocumentedRule {
    public var examples: [EnvRuleExample] {
        triggering + nonTriggering
    }

    private var triggering: [EnvRuleExample] {
        let layout = EnvRuleExample.appLayout
        return [
            EnvRuleExample(
                "os.getenv in the backend with no example file",
                head: layout.merging(["backend/app/pay.py": "import os\nKEY = os.getenv(\"STRIPE_KEY\")\n"]) { $1 },
                expected: ["backend/app/pay.py:2"]),
            EnvRuleExample.change(
                "os.environ, environ.get and decouple's config beside an example that lists other names",
                base: layout.merging(["backend/.env.example": "DATABASE_URL=\n"]) { $1 },
                changes: [
                    "backend/app/settings.py":
                        "from os import environ\nfrom decouple import config\nA = environ[\"SMTP_HOST\"]\n"
                        + "B = environ.get('SMTP_PORT', '25')\nC = config(\"SENTRY_DSN\", default=\"\")\n"
                ],
                expected: ["backend/app/settings.py:3", "backend/app/settings.py:4", "backend/app/settings.py:5"]),
            EnvRuleExample(
                "pydantic-settings fields with a prefix, an alias and a nested delimiter",
                head: layout.merging([
                    "backend/.env.example": "STRIPE_KEY=\n",
                    "backend/app/config.py":
                        "from pydantic import BaseModel, Field\nfrom pydantic_settings import BaseSettings, "
                        + "SettingsConfigDict\n\nclass Db(BaseModel):\n    host: str\n\nclass Settings(BaseSettings):\n"
                        + "    model_config = SettingsConfigDict(env_prefix=\"APP_\", env_nested_delimiter=\"__\")\n"
                        + "    stripe_key: str\n    token: str = Field(alias=\"PAYMENTS_TOKEN\")\n    db: Db\n",
                ]) { $1 },
                expected: ["backend/app/config.py:9", "backend/app/config.py:10", "backend/app/config.py:11"]),
            EnvRuleExample.change(
                "process.env, import.meta.env and destructuring in the frontend",
                base: layout.merging(["frontend/.env.example": "VITE_API_URL=http://localhost:8000\n"]) { $1 },
                changes: [
                    "frontend/src/api.ts":
                        "const a = import.meta.env.VITE_API_URL\nconst b = import.meta.env.VITE_SENTRY_DSN\n"
                        + "const c = process.env[\"NEXT_PUBLIC_SITE\"]\nconst { ANALYTICS_ID } = process.env\n"
                ],
                expected: ["frontend/src/api.ts:2", "frontend/src/api.ts:3", "frontend/src/api.ts:4"]),
        ]
    }

    private var nonTriggering: [EnvRuleExample] {
        let layout = EnvRuleExample.appLayout
        return [
            EnvRuleExample(
                "documented with export, quotes and comments, and in a README table",
                head: layout.merging([
                    "backend/.env.example": "# Mail\nexport SMTP_HOST=\"localhost\"  # local relay\nSMTP_PORT='25'\n",
                    "README.md": "| Variable | Meaning |\n|---|---|\n| `SENTRY_DSN` | Error reports |\n",
                    "backend/app/mail.py":
                        "import os\nHOST = os.environ[\"SMTP_HOST\"]\nPORT = os.getenv(\"SMTP_PORT\")\n"
                        + "DSN = os.environ.get(\"SENTRY_DSN\")\n",
                ]) { $1 }),
            EnvRuleExample(
                "pydantic field matched in any case, and a case-sensitive class",
                head: layout.merging([
                    ".env.example": "DATABASE_URL=\nApiKey=\n",
                    "backend/app/config.py":
                        "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n"
                        + "    database_url: str\n\nclass Strict(BaseSettings):\n    ApiKey: str\n\n"
                        + "    class Config:\n        case_sensitive = True\n",
                ]) { $1 }),
            EnvRuleExample(
                "ignored names, by default and from the configuration",
                head: layout.merging([
                    "backend/app/run.py":
                        "import os\nos.getenv(\"PATH\")\nos.getenv(\"HOME\")\nos.getenv(\"FEATURE_X\")\n",
                    "frontend/src/env.js": "if (process.env.NODE_ENV === 'production') {}\n",
                ]) { $1 },
                configuration: "env:\n  ignore: [FEATURE_*]\n"),
            EnvRuleExample.change(
                "an edited line that keeps its read",
                base: layout.merging(["backend/app/flags.py": "import os\nDEBUG = os.getenv(\"APP_DEBUG\", \"0\")\n"]) {
                    $1
                },
                changes: ["backend/app/flags.py": "import os\nDEBUG = os.getenv(\"APP_DEBUG\", \"1\")\n"]),
            EnvRuleExample(
                "tests, compose files, strings, comments and assignments",
                head: layout.merging([
                    "backend/tests/test_pay.py": "import os\nos.getenv(\"TEST_KEY\")\n",
                    "compose.yml": "services:\n  api:\n    environment:\n      - KEY=${COMPOSE_ONLY}\n",
                    "frontend/src/a.js": "// process.env.IN_COMMENT\nconst s = 'process.env.IN_STRING'\n",
                    "backend/app/set.py": "import os\nos.environ[\"WRITTEN\"] = \"1\"\ndel os.environ[\"GONE\"]\n",
                ]) { $1 }),
        ]
    }
}
