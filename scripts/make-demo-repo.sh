#!/usr/bin/env bash
# Builds a demo git repository shaped like the team's product, for trying vixen-gate by hand and in tests.
#
# Usage: scripts/make-demo-repo.sh DEST
#
# DEST gets a FastAPI backend with Alembic migrations, a Vite + React frontend, and compose and CI files.
# Its history has three commits on main, then three on the checked-out branch feature/avatars, which change
# the backend, add a migration and add a test. A bare repository DEST-origin.git next to DEST is the remote.
# main is pushed there, and feature/avatars has origin/main as its upstream but is not pushed.
#
# Authors, dates and configuration are fixed, so every run gives the same commit ids.
# docs/demo-repository.md describes the content.
set -euo pipefail

readonly SCRIPT_NAME="make-demo-repo"

fail() {
    echo "$SCRIPT_NAME: error: $*" >&2
    exit 1
}

usage() {
    echo "Usage: scripts/make-demo-repo.sh DEST"
    echo
    echo "Creates a demo git repository in DEST (which must be missing or empty) and a bare remote DEST-origin.git."
}

# Stops the script when the path exists and is not an empty folder, so no earlier work is overwritten.
require_empty_or_missing() {
    local path=$1
    if [ -e "$path" ] && { [ ! -d "$path" ] || [ -n "$(ls -A "$path")" ]; }; then
        fail "'$path' already exists and is not an empty folder. Choose another DEST or remove it first."
    fi
}

if [ $# -ne 1 ] || [ -z "$1" ]; then
    usage >&2
    exit 1
fi
case $1 in
    -h | --help)
        usage
        exit 0
        ;;
esac

command -v git >/dev/null 2>&1 || fail "git was not found on PATH. Install git, then run this script again."

dest_argument=${1%/}
require_empty_or_missing "$dest_argument"
require_empty_or_missing "$dest_argument-origin.git"

mkdir -p "$dest_argument" "$dest_argument-origin.git"
DEST=$(cd "$dest_argument" && pwd -P)
ORIGIN=$(cd "$dest_argument-origin.git" && pwd -P)

# Git reads no system, global or inherited configuration here, because a user's settings (signing, hooks
# path, autocrlf, templates) would change the commit ids or make a commit fail.
SCRATCH_HOME=$(mktemp -d)
cleanup() {
    local status=$?
    rm -rf "$SCRATCH_HOME"
    if [ $status -ne 0 ]; then
        echo "$SCRIPT_NAME: error: building the demo failed. Remove '$DEST' and '$ORIGIN' before running again." >&2
    fi
}
trap cleanup EXIT

unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES \
    GIT_CONFIG GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_TEMPLATE_DIR \
    GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL GIT_COMMITTER_DATE
export GIT_CONFIG_NOSYSTEM=1
export HOME=$SCRATCH_HOME
export XDG_CONFIG_HOME=$SCRATCH_HOME/.config

cd "$DEST"

# Writes standard input to a path under DEST, creating its folders.
write_file() {
    mkdir -p "$(dirname "$1")"
    cat >"$1"
}

# Commits everything in the work tree as one author, at a fixed date that is both author and commit date.
# Arguments: author name, author email, ISO 8601 date with offset, subject, then an optional body.
commit_all() {
    local name=$1 email=$2 date=$3
    local messages=(-m "$4")
    if [ $# -ge 5 ]; then
        messages+=(-m "$5")
    fi

    git add -A
    GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email GIT_AUTHOR_DATE=$date \
        GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email GIT_COMMITTER_DATE=$date \
        git commit --quiet --no-verify "${messages[@]}"
}

readonly LUCIA=("Lucía Romero" "lucia.romero@example.com")
readonly DIEGO=("Diego Martín" "diego.martin@example.com")
readonly CARMEN=("Carmen Ruiz" "carmen.ruiz@example.com")

git -c init.defaultBranch=main init --quiet
# Older git ignores init.defaultBranch, so name the branch directly as well.
git symbolic-ref HEAD refs/heads/main

# ---------------------------------------------------------------------------------------------------------
# main, commit 1: the first version of the product.
# ---------------------------------------------------------------------------------------------------------

write_file README.md <<'EOF'
# Teamboard

Teamboard keeps a team's tasks in one place: a FastAPI backend on PostgreSQL and a React frontend.

## Run it locally

    cp .env.example .env        # then set POSTGRES_PASSWORD and SECRET_KEY
    docker compose up --build

The frontend is at http://localhost:5173 and the API at http://localhost:8000 (docs at /docs).

## Tests

    cd backend && pip install -e ".[test]" && pytest
    cd frontend && npm install && npm test

See docs/architecture.md for how the parts fit together.
EOF

write_file .gitignore <<'EOF'
.env
__pycache__/
*.pyc
.pytest_cache/
.venv/
node_modules/
dist/
EOF

write_file .env.example <<'EOF'
# Copy to .env and fill in the empty values. docker compose and the backend read it.
PROJECT_NAME=Teamboard
ENVIRONMENT=local

POSTGRES_DB=teamboard
POSTGRES_USER=teamboard
POSTGRES_PASSWORD=
# Only for running the backend outside compose, which builds its own URL from the values above.
DATABASE_URL=postgresql+psycopg://teamboard:change-me@localhost:5432/teamboard

# Generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"
SECRET_KEY=
ACCESS_TOKEN_EXPIRE_MINUTES=60
CORS_ORIGINS=["http://localhost:5173"]

# Read by the frontend build.
VITE_API_URL=http://localhost:8000
EOF

write_file docker-compose.yml <<'EOF'
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: ${POSTGRES_DB}
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER} -d $${POSTGRES_DB}"]
      interval: 5s
      retries: 10

  backend:
    build: ./backend
    env_file: .env
    environment:
      DATABASE_URL: postgresql+psycopg://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/${POSTGRES_DB}
    command: sh -c "alembic upgrade head && uvicorn app.main:app --host 0.0.0.0 --port 8000"
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy

  frontend:
    build:
      context: ./frontend
      args:
        VITE_API_URL: ${VITE_API_URL}
    ports:
      - "5173:80"
    depends_on:
      - backend

volumes:
  db-data:
EOF

write_file docs/architecture.md <<'EOF'
# Architecture

- `backend/`: FastAPI app in `app/`, settings in `app/core/config.py`, one router per resource in
  `app/api/routes/`. SQLAlchemy models live in `app/models.py`; Alembic migrations in `app/alembic/versions/`.
- `frontend/`: Vite + React. `src/api/client.js` talks to the backend at `VITE_API_URL`.
- `docker-compose.yml` runs PostgreSQL, the backend (which migrates on start) and the frontend behind nginx.

Every schema change is an Alembic revision with a working `downgrade()`, so a deploy can be rolled back.
EOF

write_file .github/workflows/ci.yml <<'EOF'
name: ci

on:
  push:
    branches: [main]
  pull_request:

jobs:
  backend:
    runs-on: ubuntu-24.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_DB: teamboard
          POSTGRES_USER: teamboard
          POSTGRES_PASSWORD: ci-only-password
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s --health-retries 10
    env:
      DATABASE_URL: postgresql+psycopg://teamboard:ci-only-password@localhost:5432/teamboard
      SECRET_KEY: ci-only-key
    defaults:
      run:
        working-directory: backend
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e ".[test]"
      - name: Migrations apply and roll back
        run: alembic upgrade head && alembic downgrade base
      - run: pytest

  frontend:
    runs-on: ubuntu-24.04
    defaults:
      run:
        working-directory: frontend
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: "20"
      - run: npm install
      - run: npm test
EOF

write_file backend/pyproject.toml <<'EOF'
[project]
name = "teamboard-backend"
version = "0.3.0"
requires-python = ">=3.11"
dependencies = [
    "fastapi>=0.115",
    "uvicorn[standard]>=0.30",
    "sqlalchemy>=2.0",
    "alembic>=1.13",
    "psycopg[binary]>=3.2",
    "pydantic-settings>=2.4",
]

[project.optional-dependencies]
test = ["pytest>=8.3", "httpx>=0.27"]

[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[tool.setuptools.packages.find]
include = ["app*"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
EOF

write_file backend/Dockerfile <<'EOF'
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv

COPY pyproject.toml alembic.ini ./
COPY app ./app
RUN pip install --no-cache-dir . && useradd --create-home teamboard
USER teamboard

EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
EOF

write_file backend/.dockerignore <<'EOF'
.env
.venv/
__pycache__/
*.pyc
.pytest_cache/
tests/
EOF

write_file backend/alembic.ini <<'EOF'
[alembic]
script_location = app/alembic
prepend_sys_path = .
# The database URL is not set here. app/alembic/env.py reads DATABASE_URL through the app settings.

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARNING
handlers = console

[logger_sqlalchemy]
level = WARNING
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
EOF

write_file backend/app/__init__.py </dev/null
write_file backend/app/core/__init__.py </dev/null
write_file backend/app/api/__init__.py </dev/null
write_file backend/app/api/routes/__init__.py </dev/null

write_file backend/app/core/config.py <<'EOF'
"""Application settings, read from the environment and from .env."""

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    PROJECT_NAME: str = "Teamboard"
    ENVIRONMENT: str = "local"
    DATABASE_URL: str
    SECRET_KEY: str
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60
    CORS_ORIGINS: list[str] = ["http://localhost:5173"]


settings = Settings()
EOF

write_file backend/app/db.py <<'EOF'
"""Database engine and the per-request session dependency."""

from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from app.core.config import settings

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session
EOF

write_file backend/app/models.py <<'EOF'
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
EOF

write_file backend/app/api/routes/health.py <<'EOF'
from fastapi import APIRouter

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
EOF

write_file backend/app/api/routes/users.py <<'EOF'
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import User

router = APIRouter(prefix="/users", tags=["users"])


class UserIn(BaseModel):
    email: str
    full_name: str


class UserOut(UserIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


@router.get("", response_model=list[UserOut])
def list_users(session: Session = Depends(get_session)) -> list[User]:
    return list(session.scalars(select(User).order_by(User.id)))


@router.post("", response_model=UserOut, status_code=status.HTTP_201_CREATED)
def create_user(payload: UserIn, session: Session = Depends(get_session)) -> User:
    if session.scalar(select(User).where(User.email == payload.email)) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"a user with email {payload.email} already exists")
    user = User(email=payload.email, full_name=payload.full_name)
    session.add(user)
    session.commit()
    return user
EOF

write_file backend/app/api/routes/tasks.py <<'EOF'
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Task, User

router = APIRouter(prefix="/tasks", tags=["tasks"])


class TaskIn(BaseModel):
    title: str
    owner_id: int


class TaskOut(TaskIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    done: bool


@router.get("", response_model=list[TaskOut])
def list_tasks(session: Session = Depends(get_session)) -> list[Task]:
    return list(session.scalars(select(Task).order_by(Task.id)))


@router.post("", response_model=TaskOut, status_code=status.HTTP_201_CREATED)
def create_task(payload: TaskIn, session: Session = Depends(get_session)) -> Task:
    if session.get(User, payload.owner_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"user {payload.owner_id} not found")
    task = Task(title=payload.title, owner_id=payload.owner_id)
    session.add(task)
    session.commit()
    return task
EOF

write_file backend/app/main.py <<'EOF'
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.routes import health, tasks, users
from app.core.config import settings

app = FastAPI(title=settings.PROJECT_NAME)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.CORS_ORIGINS,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(health.router)
app.include_router(users.router, prefix="/api")
app.include_router(tasks.router, prefix="/api")
EOF

write_file backend/app/alembic/env.py <<'EOF'
"""Alembic environment: migrates the database that the app settings point to."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from app import models  # noqa: F401  (imported so the tables are registered on Base.metadata)
from app.core.config import settings
from app.db import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# configparser treats % as interpolation, and a password may contain one.
config.set_main_option("sqlalchemy.url", settings.DATABASE_URL.replace("%", "%%"))
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=settings.DATABASE_URL, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
EOF

write_file backend/app/alembic/script.py.mako <<'EOF'
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
EOF

write_file backend/app/alembic/versions/4b7c1d2e9a10_create_users_table.py <<'EOF'
"""create users table

Revision ID: 4b7c1d2e9a10
Revises:
Create Date: 2024-04-08 10:12:41.305118

"""
from alembic import op
import sqlalchemy as sa

revision = "4b7c1d2e9a10"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_users_email", table_name="users")
    op.drop_table("users")
EOF

write_file backend/app/alembic/versions/9f3e6a5c2b71_create_tasks_table.py <<'EOF'
"""create tasks table

Revision ID: 9f3e6a5c2b71
Revises: 4b7c1d2e9a10
Create Date: 2024-04-22 16:47:03.918254

"""
from alembic import op
import sqlalchemy as sa

revision = "9f3e6a5c2b71"
down_revision = "4b7c1d2e9a10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("done", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_tasks_owner_id", "tasks", ["owner_id"])


def downgrade() -> None:
    op.drop_index("ix_tasks_owner_id", table_name="tasks")
    op.drop_table("tasks")
EOF

write_file backend/tests/conftest.py <<'EOF'
import os
import tempfile
from collections.abc import Iterator

import pytest

# The settings are read when app.core.config is imported, so the test database must be set first.
# A CI job may point DATABASE_URL at PostgreSQL instead.
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/test.db")
os.environ.setdefault("SECRET_KEY", "test-only-key")

from fastapi.testclient import TestClient  # noqa: E402

from app.db import Base, engine  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture
def client() -> Iterator[TestClient]:
    Base.metadata.create_all(engine)
    with TestClient(app) as test_client:
        yield test_client
    Base.metadata.drop_all(engine)
EOF

write_file backend/tests/test_health.py <<'EOF'
def test_health_reports_ok(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
EOF

write_file backend/tests/test_tasks.py <<'EOF'
def test_create_task_for_existing_user(client):
    user = client.post("/api/users", json={"email": "ana@example.com", "full_name": "Ana"}).json()

    response = client.post("/api/tasks", json={"title": "Write release notes", "owner_id": user["id"]})

    assert response.status_code == 201
    assert response.json()["title"] == "Write release notes"
    assert response.json()["done"] is False
    assert client.get("/api/tasks").json() == [response.json()]


def test_create_task_for_missing_user_is_rejected(client):
    response = client.post("/api/tasks", json={"title": "Orphan", "owner_id": 999})

    assert response.status_code == 404
    assert response.json() == {"detail": "user 999 not found"}
EOF

write_file frontend/package.json <<'EOF'
{
  "name": "teamboard-frontend",
  "private": true,
  "version": "0.3.0",
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "preview": "vite preview",
    "test": "vitest run"
  },
  "dependencies": {
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  },
  "devDependencies": {
    "@testing-library/dom": "^10.4.0",
    "@testing-library/react": "^16.0.1",
    "@vitejs/plugin-react": "^4.3.1",
    "jsdom": "^25.0.0",
    "vite": "^5.4.8",
    "vitest": "^2.1.1"
  }
}
EOF

write_file frontend/vite.config.js <<'EOF'
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  // globals lets Testing Library unmount each test's render in its own afterEach hook.
  test: { environment: "jsdom", globals: true },
});
EOF

write_file frontend/index.html <<'EOF'
<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Teamboard</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.jsx"></script>
  </body>
</html>
EOF

write_file frontend/src/main.jsx <<'EOF'
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import App from "./App.jsx";

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
EOF

write_file frontend/src/api/client.js <<'EOF'
const API_URL = import.meta.env.VITE_API_URL ?? "http://localhost:8000";

async function request(path, options = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    headers: { "Content-Type": "application/json" },
    ...options,
  });
  if (!response.ok) {
    throw new Error(`${options.method ?? "GET"} ${path} failed with status ${response.status}`);
  }
  return response.json();
}

export function fetchHealth() {
  return request("/health");
}
EOF

write_file frontend/src/App.jsx <<'EOF'
import { useEffect, useState } from "react";
import { fetchHealth } from "./api/client.js";

export default function App() {
  const [apiStatus, setApiStatus] = useState("checking");

  useEffect(() => {
    fetchHealth()
      .then((body) => setApiStatus(body.status))
      .catch(() => setApiStatus("unreachable"));
  }, []);

  return (
    <main>
      <h1>Teamboard</h1>
      <p>API: {apiStatus}</p>
    </main>
  );
}
EOF

write_file frontend/src/App.test.jsx <<'EOF'
import { render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import App from "./App.jsx";

vi.mock("./api/client.js", () => ({
  fetchHealth: vi.fn().mockResolvedValue({ status: "ok" }),
}));

test("shows the API status", async () => {
  render(<App />);

  expect(await screen.findByText("API: ok")).toBeDefined();
});
EOF

write_file frontend/Dockerfile <<'EOF'
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json ./
RUN npm install
COPY . .
ARG VITE_API_URL
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
EOF

write_file frontend/.dockerignore <<'EOF'
node_modules/
dist/
EOF

commit_all "${LUCIA[@]}" "2024-05-06T09:15:00+02:00" "Start Teamboard: FastAPI backend, React frontend, compose" \
    "Users and tasks with their first two migrations, a Vite frontend that shows the API status, and CI
for both."

# ---------------------------------------------------------------------------------------------------------
# main, commit 2: a frontend feature.
# ---------------------------------------------------------------------------------------------------------

write_file frontend/src/api/client.js <<'EOF'
const API_URL = import.meta.env.VITE_API_URL ?? "http://localhost:8000";

async function request(path, options = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    headers: { "Content-Type": "application/json" },
    ...options,
  });
  if (!response.ok) {
    throw new Error(`${options.method ?? "GET"} ${path} failed with status ${response.status}`);
  }
  return response.json();
}

export function fetchHealth() {
  return request("/health");
}

export function fetchTasks() {
  return request("/api/tasks");
}
EOF

write_file frontend/src/components/TaskList.jsx <<'EOF'
export default function TaskList({ tasks }) {
  if (tasks.length === 0) {
    return <p>No tasks yet.</p>;
  }
  return (
    <ul>
      {tasks.map((task) => (
        <li key={task.id}>
          <input type="checkbox" checked={task.done} readOnly aria-label={task.title} /> {task.title}
        </li>
      ))}
    </ul>
  );
}
EOF

write_file frontend/src/App.jsx <<'EOF'
import { useEffect, useState } from "react";
import { fetchHealth, fetchTasks } from "./api/client.js";
import TaskList from "./components/TaskList.jsx";

export default function App() {
  const [apiStatus, setApiStatus] = useState("checking");
  const [tasks, setTasks] = useState([]);

  useEffect(() => {
    fetchHealth()
      .then((body) => setApiStatus(body.status))
      .catch(() => setApiStatus("unreachable"));
    fetchTasks()
      .then(setTasks)
      .catch(() => setTasks([]));
  }, []);

  return (
    <main>
      <h1>Teamboard</h1>
      <p>API: {apiStatus}</p>
      <TaskList tasks={tasks} />
    </main>
  );
}
EOF

write_file frontend/src/App.test.jsx <<'EOF'
import { render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import App from "./App.jsx";

vi.mock("./api/client.js", () => ({
  fetchHealth: vi.fn().mockResolvedValue({ status: "ok" }),
  fetchTasks: vi.fn().mockResolvedValue([{ id: 1, title: "Write release notes", done: false, owner_id: 1 }]),
}));

test("shows the API status", async () => {
  render(<App />);

  expect(await screen.findByText("API: ok")).toBeDefined();
});

test("lists the tasks from the API", async () => {
  render(<App />);

  expect(await screen.findByLabelText("Write release notes")).toBeDefined();
});
EOF

commit_all "${DIEGO[@]}" "2024-05-08T17:40:00+02:00" "Show the task list on the home page"

# ---------------------------------------------------------------------------------------------------------
# main, commit 3: a documentation change.
# ---------------------------------------------------------------------------------------------------------

write_file docs/deployment.md <<'EOF'
# Deployment

Staging deploys every merge to main; production deploys a tagged release.

1. Back up the database before any release that contains a migration.
2. Run `alembic upgrade head` from `backend/`. Roll back with `alembic downgrade -1`.
3. Deploy the backend image, then the frontend image built with the target's `VITE_API_URL`.
4. Check `GET /health` returns `{"status": "ok"}` and open the home page.
EOF

write_file README.md <<'EOF'
# Teamboard

Teamboard keeps a team's tasks in one place: a FastAPI backend on PostgreSQL and a React frontend.

## Run it locally

    cp .env.example .env        # then set POSTGRES_PASSWORD and SECRET_KEY
    docker compose up --build

The frontend is at http://localhost:5173 and the API at http://localhost:8000 (docs at /docs).

## Tests

    cd backend && pip install -e ".[test]" && pytest
    cd frontend && npm install && npm test

See docs/architecture.md for how the parts fit together and docs/deployment.md for releases.
EOF

commit_all "${CARMEN[@]}" "2024-05-10T11:05:00+02:00" "Document the deployment steps"

git -c init.defaultBranch=main init --quiet --bare "$ORIGIN"
git --git-dir="$ORIGIN" symbolic-ref HEAD refs/heads/main
git remote add origin "$ORIGIN"
git push --quiet --set-upstream origin main

# ---------------------------------------------------------------------------------------------------------
# feature/avatars: backend and database changes, then a test. Left unpushed, with origin/main upstream.
# ---------------------------------------------------------------------------------------------------------

git switch --quiet --create feature/avatars --track origin/main

write_file backend/app/alembic/versions/c2d8e4f1a637_create_avatars_table.py <<'EOF'
"""create avatars table

Revision ID: c2d8e4f1a637
Revises: 9f3e6a5c2b71
Create Date: 2024-05-13 10:21:55.470392

"""
from alembic import op
import sqlalchemy as sa

revision = "c2d8e4f1a637"
down_revision = "9f3e6a5c2b71"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "avatars",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("content_type", sa.String(length=50), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_avatars_user_id", "avatars", ["user_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_avatars_user_id", table_name="avatars")
    op.drop_table("avatars")
EOF

write_file backend/app/models.py <<'EOF'
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Avatar(Base):
    __tablename__ = "avatars"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True, index=True)
    content_type: Mapped[str] = mapped_column(String(50))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
EOF

commit_all "${LUCIA[@]}" "2024-05-13T10:30:00+02:00" "Add the avatars table" \
    "One avatar per user, stored in the database because avatars are small and this avoids a file store."

write_file backend/app/api/routes/avatars.py <<'EOF'
from fastapi import APIRouter, Depends, HTTPException, Response, UploadFile, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Avatar, User

router = APIRouter(prefix="/users/{user_id}/avatar", tags=["avatars"])

ALLOWED_CONTENT_TYPES = {"image/png", "image/jpeg", "image/webp"}
MAX_AVATAR_BYTES = 1024 * 1024


@router.put("", status_code=status.HTTP_204_NO_CONTENT)
def upload_avatar(user_id: int, file: UploadFile, session: Session = Depends(get_session)) -> Response:
    if session.get(User, user_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"user {user_id} not found")
    if file.content_type not in ALLOWED_CONTENT_TYPES:
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"avatar type {file.content_type} is not supported; use PNG, JPEG or WebP",
        )
    data = file.file.read(MAX_AVATAR_BYTES + 1)
    if len(data) > MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar is larger than 1 MiB")

    avatar = session.scalar(select(Avatar).where(Avatar.user_id == user_id))
    if avatar is None:
        avatar = Avatar(user_id=user_id)
        session.add(avatar)
    avatar.content_type = file.content_type
    avatar.data = data
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("")
def get_avatar(user_id: int, session: Session = Depends(get_session)) -> Response:
    avatar = session.scalar(select(Avatar).where(Avatar.user_id == user_id))
    if avatar is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"user {user_id} has no avatar")
    return Response(content=avatar.data, media_type=avatar.content_type)
EOF

write_file backend/app/main.py <<'EOF'
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.routes import avatars, health, tasks, users
from app.core.config import settings

app = FastAPI(title=settings.PROJECT_NAME)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.CORS_ORIGINS,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(health.router)
app.include_router(users.router, prefix="/api")
app.include_router(tasks.router, prefix="/api")
app.include_router(avatars.router, prefix="/api")
EOF

write_file backend/pyproject.toml <<'EOF'
[project]
name = "teamboard-backend"
version = "0.4.0"
requires-python = ">=3.11"
dependencies = [
    "fastapi>=0.115",
    "uvicorn[standard]>=0.30",
    "sqlalchemy>=2.0",
    "alembic>=1.13",
    "psycopg[binary]>=3.2",
    "pydantic-settings>=2.4",
    "python-multipart>=0.0.9",
]

[project.optional-dependencies]
test = ["pytest>=8.3", "httpx>=0.27"]

[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[tool.setuptools.packages.find]
include = ["app*"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
EOF

commit_all "${LUCIA[@]}" "2024-05-13T15:45:00+02:00" "Upload and serve user avatars" \
    "PUT /api/users/{id}/avatar takes a PNG, JPEG or WebP image up to 1 MiB; GET returns it."

write_file backend/tests/test_avatars.py <<'EOF'
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def create_user(client):
    return client.post("/api/users", json={"email": "luis@example.com", "full_name": "Luis"}).json()


def test_uploaded_avatar_is_served_back(client):
    user = create_user(client)

    upload = client.put(f"/api/users/{user['id']}/avatar", files={"file": ("me.png", PNG_BYTES, "image/png")})
    served = client.get(f"/api/users/{user['id']}/avatar")

    assert upload.status_code == 204
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png"
    assert served.content == PNG_BYTES


def test_avatar_of_unsupported_type_is_rejected(client):
    user = create_user(client)

    response = client.put(f"/api/users/{user['id']}/avatar", files={"file": ("me.gif", b"GIF89a", "image/gif")})

    assert response.status_code == 415
    assert response.json() == {"detail": "avatar type image/gif is not supported; use PNG, JPEG or WebP"}


def test_avatar_over_one_mebibyte_is_rejected(client):
    user = create_user(client)
    too_large = PNG_BYTES + b"\x00" * (1024 * 1024)

    response = client.put(f"/api/users/{user['id']}/avatar", files={"file": ("me.png", too_large, "image/png")})

    assert response.status_code == 413
EOF

commit_all "${LUCIA[@]}" "2024-05-14T09:20:00+02:00" "Test avatar upload limits"

printf '\nDemo repository created at %s\n' "$DEST"
printf '  checked out: feature/avatars, 3 commits ahead of origin/main\n'
printf '  origin:      %s (bare, holds main)\n' "$ORIGIN"
printf '\nTry:\n  cd %q && vixen-gate check --base origin/main --head HEAD\n' "$DEST"
