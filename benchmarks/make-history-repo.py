#!/usr/bin/env python3
"""Build a git repository with a long, team-shaped history for benchmarks.

Usage: make-history-repo.py DEST [--commits N] [--seed S]

The history has a FastAPI-style backend, a Vite-style frontend, Alembic migrations, docs and
tests. Each commit edits one to five files, inserting and deleting lines, and now and then adds
a file or a migration. It is written through `git fast-import`, so 1,500 commits take about a
second, and the same seed always gives the same commit ids.
"""

import argparse
import os
import random
import subprocess
import sys

AREAS = [
    ("backend/app/api/routes/{}.py", "python"),
    ("backend/app/services/{}.py", "python"),
    ("backend/tests/test_{}.py", "python"),
    ("frontend/src/components/{}.jsx", "js"),
    ("frontend/src/pages/{}.jsx", "js"),
    ("docs/{}.md", "text"),
]
WORDS = ["avatar", "content", "session", "billing", "profile", "prompt", "render", "queue", "upload", "media"]


def random_line(rng, kind):
    word = rng.choice(WORDS)
    number = rng.randrange(10_000)
    if kind == "python":
        return f"    value_{number} = compute_{word}(request, limit={number % 97})\n"
    if kind == "js":
        return f"  const {word}{number} = use{word.title()}({{ limit: {number % 97} }});\n"
    return f"The {word} step {number} keeps its results for {number % 97} minutes.\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest")
    parser.add_argument("--commits", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if os.path.exists(args.dest) and os.listdir(args.dest):
        sys.exit(f"make-history-repo: error: {args.dest} exists and is not empty")

    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=os.path.abspath(args.dest) + "-home")
    os.makedirs(env["HOME"], exist_ok=True)
    subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", args.dest], check=True, env=env)

    rng = random.Random(args.seed)
    files = {
        "backend/pyproject.toml": ["[project]\n", 'name = "app"\n'],
        "backend/alembic.ini": ["[alembic]\n", "script_location = app/alembic\n"],
        "frontend/package.json": ['{"name": "web", "private": true}\n'],
        "README.md": ["# Product\n"],
    }
    migrations = 0
    stream = []
    timestamp = 1_700_000_000
    for index in range(args.commits):
        changed = set()
        for _ in range(rng.randint(1, 5)):
            pattern, kind = rng.choice(AREAS)
            path = pattern.format(rng.choice(WORDS))
            lines = files.setdefault(path, [])
            for _ in range(rng.randint(1, 30)):
                lines.insert(rng.randint(0, len(lines)), random_line(rng, kind))
            for _ in range(rng.randint(0, min(10, len(lines) // 3))):
                del lines[rng.randrange(len(lines))]
            changed.add(path)
        if rng.random() < 0.03:
            migrations += 1
            path = f"backend/app/alembic/versions/{migrations:04d}_step.py"
            files[path] = [
                f'revision = "{migrations:04d}"\n',
                f'down_revision = "{migrations - 1:04d}"\n',
                "def upgrade():\n", f'    op.add_column("t", sa.Column("c{migrations}", sa.Integer()))\n',
                "def downgrade():\n", f'    op.drop_column("t", "c{migrations}")\n',
            ]
            changed.add(path)
        if index == 0:
            changed.update(files)
        timestamp += 3600
        message = f"Change {', '.join(sorted(changed))[:60]}\n".encode()
        stream.append(b"commit refs/heads/main\n")
        stream.append(f"committer Bench <bench@example.com> {timestamp} +0000\n".encode())
        stream.append(b"data %d\n%s\n" % (len(message), message))
        for path in sorted(changed):
            data = "".join(files[path]).encode()
            stream.append(f"M 100644 inline {path}\n".encode())
            stream.append(b"data %d\n%s\n" % (len(data), data))
    subprocess.run(["git", "fast-import", "--quiet"], input=b"".join(stream), cwd=args.dest, check=True, env=env)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=args.dest, check=True, env=env)
    print(args.dest)


if __name__ == "__main__":
    main()
