#!/usr/bin/env bash
# Times what the migration check adds to `vixen-gate check`, whole process.
#
# Usage: benchmarks/migrations.sh
#
# Builds vixen-gate in release mode and generates a team-shaped repository whose main branch
# has 200 Alembic revisions, one plain SQL pair and one Django migration. Two branches
# leave main by one commit each:
#   migrations  adds 50 migrations. They are 14 Alembic revisions, 8 plain SQL pairs, 6 dbmate
#               files, 5 goose SQL files and 1 goose Go file, 5 Flyway files with their undo
#               files, 4 Liquibase changesets, 4 Django migrations, 2 Knex files and 1 Prisma folder.
#   plain       adds Python files of the same number and sizes outside every migration folder.
# hyperfine then runs `check --base main --head BRANCH` for both, and once more for the
# migrations branch with a configuration that points every framework at no files, which turns
# the migration check's reading off while the rest of the run stays the same. The difference
# between those two runs is the cost of reading the migrations, their history and their SQL,
# and the goal is under 50 ms. The plain branch shows what the same amount of other code costs.
#
# SCRATCH_PATH sets SwiftPM's build folder (default: .build in the package). Needs hyperfine
# (Debian package `hyperfine`), git and python3.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build}
swift build --package-path "$root" --scratch-path "$scratch" -c release --product vixen-gate >/dev/null
binary="$scratch/release/vixen-gate"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME="vixen-gate benchmark" GIT_AUTHOR_EMAIL="benchmark@vixen-gate.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
# The compiled secret rules are cached here, so the warm-up runs fill the cache once.
export XDG_CACHE_HOME="$work/cache"

repo="$work/repo"
python3 - "$repo" <<'EOF'
import os
import subprocess
import sys

repo = sys.argv[1]


def write(path, text):
    full = os.path.join(repo, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as file:
        file.write(text)


def git(*arguments):
    subprocess.run(["git", "-C", repo, *arguments], check=True, stdout=subprocess.DEVNULL)


def commit(message):
    git("add", "--all")
    git("commit", "--quiet", "--no-verify", "--message", message)


def alembic(number, previous):
    revision = f"{number:04d}abcd"
    down = f'"{previous}"' if previous else "None"
    table = f"table_{number}"
    text = f'''"""Add {table}.

Revision ID: {revision}
"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = {down}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "{table}",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.add_column("users", sa.Column("note_{number}", sa.Text(), nullable=True))
    with op.get_context().autocommit_block():
        op.create_index("ix_users_note_{number}", "users", ["note_{number}"], postgresql_concurrently=True)
    op.execute("""
        UPDATE users
        SET note_{number} = ''
        WHERE note_{number} IS NULL
    """)


def downgrade() -> None:
    op.drop_index("ix_users_note_{number}", table_name="users")
    op.drop_column("users", "note_{number}")
    op.drop_table("{table}")
'''
    return revision, text


def sql_table(number):
    return (
        f"CREATE TABLE report_{number} (\n    id bigserial PRIMARY KEY,\n    title text NOT NULL,\n"
        f"    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
        f"CREATE INDEX CONCURRENTLY ix_report_{number}_title ON report_{number} (title);\n"
    )


os.makedirs(repo)
git("init", "--quiet", "--initial-branch=main")
write("backend/pyproject.toml", '[project]\nname = "api"\nversion = "0.1.0"\n')
write("backend/alembic.ini", "[alembic]\nscript_location = app/alembic\n")
write("backend/app/__init__.py", "")
write("backend/app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n")
write("backend/app/alembic/env.py", "from alembic import context\n")
write(".vixen-gate.yml", "migrations:\n  prisma:\n    down_script: down.sql\n")
previous = None
for number in range(1, 201):
    previous, text = alembic(number, previous)
    write(f"backend/app/alembic/versions/{previous}_table_{number}.py", text)
write("db/migrations/0001_reports.up.sql", sql_table(0))
write("db/migrations/0001_reports.down.sql", "DROP TABLE report_0;\n")
write("shop/migrations/__init__.py", "")
write("shop/migrations/0001_initial.py", "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    operations = []\n")
commit("Lay out the application with 200 migrations")

added = {}
head = previous
for number in range(201, 215):
    head, text = alembic(number, head)
    added[f"backend/app/alembic/versions/{head}_table_{number}.py"] = text
for number in range(2, 10):
    added[f"db/migrations/{number:04d}_reports.up.sql"] = sql_table(number)
    added[f"db/migrations/{number:04d}_reports.down.sql"] = f"DROP TABLE report_{number};\n"
for number in range(1, 7):
    added[f"db/dbmate/2024010{number}120000_audit.sql"] = (
        f"-- migrate:up\n{sql_table(100 + number)}\n-- migrate:down\nDROP TABLE report_{100 + number};\n"
    )
for number in range(1, 6):
    added[f"db/goose/0000{number}_events.sql"] = (
        f"-- +goose Up\n-- +goose StatementBegin\n{sql_table(200 + number)}-- +goose StatementEnd\n\n"
        f"-- +goose Down\nDROP TABLE report_{200 + number};\n"
    )
added["db/goose/00006_backfill.go"] = (
    "package migrations\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\n\t\"github.com/pressly/goose/v3\"\n)\n\n"
    "func init() {\n\tgoose.AddMigrationContext(upBackfill, downBackfill)\n}\n\n"
    "func upBackfill(ctx context.Context, tx *sql.Tx) error {\n"
    "\t_, err := tx.ExecContext(ctx, \"UPDATE report_201 SET title = upper(title)\")\n\treturn err\n}\n\n"
    "func downBackfill(ctx context.Context, tx *sql.Tx) error {\n"
    "\t_, err := tx.ExecContext(ctx, \"UPDATE report_201 SET title = lower(title)\")\n\treturn err\n}\n"
)
for number in range(1, 6):
    added[f"db/flyway/V{number}__reports.sql"] = sql_table(300 + number)
    added[f"db/flyway/U{number}__reports.sql"] = f"DROP TABLE report_{300 + number};\n"
for number in range(1, 4):
    changesets = [400 + number] if number < 3 else [410, 411]
    body = "--liquibase formatted sql\n\n"
    for table in changesets:
        body += f"--changeset team:{table}\n{sql_table(table)}--rollback DROP TABLE report_{table};\n\n"
    added[f"db/changelog/{number:03d}-reports.sql"] = body
for number in range(2, 6):
    added[f"shop/migrations/{number:04d}_backfill.py"] = (
        "from django.db import migrations\n\n\ndef forwards(apps, schema_editor):\n"
        "    Order = apps.get_model(\"shop\", \"Order\")\n    Order.objects.update(state=\"new\")\n\n\n"
        "def backwards(apps, schema_editor):\n    Order = apps.get_model(\"shop\", \"Order\")\n"
        "    Order.objects.update(state=\"\")\n\n\nclass Migration(migrations.Migration):\n"
        f"    dependencies = [(\"shop\", \"{number - 1:04d}_backfill\")]\n    operations = [\n"
        "        migrations.RunPython(forwards, backwards),\n"
        "        migrations.RunSQL(\"UPDATE shop_order SET total = 0 WHERE total IS NULL\", reverse_sql=\"SELECT 1\"),\n"
        "    ]\n"
    )
for number in range(1, 3):
    added[f"web/migrations/2024010{number}_create_items.js"] = (
        f"exports.up = function (knex) {{\n  return knex.schema.createTable('items_{number}', (table) => {{\n"
        "    table.increments('id');\n    table.string('name').notNullable();\n  });\n};\n\n"
        f"exports.down = function (knex) {{\n  return knex.schema.dropTable('items_{number}');\n}};\n"
    )
added["prisma/migrations/20240101120000_init/migration.sql"] = sql_table(500)
added["prisma/migrations/20240101120000_init/down.sql"] = "DROP TABLE report_500;\n"

git("switch", "--quiet", "--create", "migrations")
for path, text in added.items():
    write(path, text)
commit("Add 50 migrations")

git("switch", "--quiet", "main")
git("switch", "--quiet", "--create", "plain")
for index, text in enumerate(added.values()):
    lines = max(1, text.count("\n"))
    width = max(1, len(text) // lines - 1)
    write(f"backend/app/services/service_{index:03d}.py", ("#" * width + "\n") * lines)
commit("Add services of the same sizes")
EOF

echo "repository: $repo"
for branch in migrations plain; do
    counts=$(git -C "$repo" diff --shortstat main "$branch")
    echo "$branch:$counts"
done
# The migrations' SQL creates indexes CONCURRENTLY inside transactions (dbmate, goose and
# Liquibase run one by default), which the SQL linter may report as errors, so a run can exit
# with status 1; -i keeps hyperfine going.
"$binary" check --repo "$repo" --base main --head migrations --format json \
    | python3 -c 'import json, sys; report = json.load(sys.stdin); print("findings:", report["summary"])' || true

off="$work/migrations-off.yml"
{
    echo "migrations:"
    echo "  alembic:"
    echo "    versions: [no-such-folder]"
    for framework in sql dbmate goose flyway liquibase django knex prisma; do
        printf '  %s:\n    paths: []\n' "$framework"
    done
} > "$off"

# Other work on the machine stretches wall-clock times, so the load is printed around the run.
echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
hyperfine -N -i --warmup 5 --runs 60 --export-markdown "$work/results.md" \
    "$binary check --repo $repo --base main --head migrations --format json" \
    "$binary check --repo $repo --base main --head migrations --format json --config $off" \
    "$binary check --repo $repo --base main --head plain --format json"
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
cat "$work/results.md"
