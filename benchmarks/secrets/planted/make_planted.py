#!/usr/bin/env python3
"""Plant one credential per secret rule in a folder of ordinary-looking files, and look-alikes.

Usage: make_planted.py OUTPUT_DIR [--manifest FILE] [--rules DIR] [--all-examples] [--seed N]
                       [--verbatim] [--git]

For each rule in the rule files it writes one file holding a fresh credential in the shape of the
rule's first example (every example with --all-examples), between a few lines of filler in the
style the example suggests (.env, YAML, Python, JavaScript, JSON or shell). The fresh value is the
example's secret with its letters and digits replaced at run time (fresh_values.py), so no planted
value is written in this repository and the rules are measured on values they were not written
against. --verbatim plants the examples as they are, to tell a rule's miss from a generator's.

Each negative example gets a file of its own, as a look-alike of one of two categories: a near
miss (`negative-example-near-miss`), a credential-shaped value assigned to a credential's name that
the provider never issues, which a catch-all rule (secret.generic-*) may rightly report, or any
other text that no rule may report (`negative-example`). Then
common_files.py adds one file per sensitive-file rule (`.env`, private key, key store, registry,
kubeconfig and cloud credentials) and the look-alikes every repository has: placeholders, lock-file
hashes, Alembic revision ids, UUIDs, git object ids, test passwords and vendors' example keys.

The manifest lists every file with its kind (`planted`, `sensitive-file` or `lookalike`), the rule
it was made from (for look-alikes that are not negative examples, a category such as `uuid`), and
the 1-based lines the example spans, `first_line` to `last_line`, and `line`, where the secret or
look-alike starts (line 1 for a whole file). For
planted credentials it adds the secret that the rule's confirm pattern extracts, and `generated`,
false when the example had to be planted as it is. A scanner's report can then be scored for recall
(planted secrets found) and false alarms (findings in look-alike files). The manifest is
OUTPUT_DIR.manifest.json unless --manifest names another file, and it lies outside OUTPUT_DIR
because it repeats every secret.

With --git the folder becomes a git repository with two commits, a README and then the planted
files, so tools that scan a commit range can check HEAD~1..HEAD. The commit dates and author are
fixed, so the same rules and seed always give the same commit ids.

The output depends only on the rule files and the seed (default 7). It needs PyYAML. Write the
output outside the repository or under benchmarks/work, which git ignores.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys

from common_files import common_files
from fresh_values import Shape, fresh_example, shannon_entropy

try:
    import yaml
except ImportError:
    sys.exit("make_planted: error: PyYAML is missing; install it with `pip install pyyaml`")

DEFAULT_RULES_DIR = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Sources", "VixenChecks", "Secrets", "Resources",
    "rules",
)
# Lines written before and after the planted text, by file extension.
FILLER = {
    ".env": (["APP_ENV=production", "LOG_LEVEL=info"], ["PORT=8000", "WORKERS=4"]),
    ".yml": (["service: media-api", "replicas: 2"], ["healthcheck:", "  path: /health"]),
    ".py": (["import os", "", "TIMEOUT_SECONDS = 30"], ["", "def timeout():", "    return TIMEOUT_SECONDS"]),
    ".js": (["import { config } from './config.js';", ""], ["", "export default config;"]),
    ".json": (["{", '  "name": "media-api",'], ['  "version": "1.4.0"', "}"]),
    ".sh": (["#!/usr/bin/env bash", "set -euo pipefail"], ["echo done"]),
    ".txt": (["Deployment notes", ""], ["", "Ask the platform team before changing these values."]),
}
# A near miss is a negative example that assigns a literal, credential-shaped value to a name that
# ends like a credential's (API_KEY, TOKEN, SECRET, PASSWORD), such as a key one character short or
# with the wrong prefix. The rule's provider never issues it, but a catch-all rule (secret.generic-*)
# may rightly report it as a credential of unknown kind. Any other negative example (a placeholder, a
# template, an id, a public key, a low-entropy value, text that mentions a key) must not be reported.
NEAR_MISS_ASSIGNMENT = re.compile(
    r"""^\s*(?:export\s+)?["']?[A-Za-z0-9_.-]*(?:key|token|secret|password|passwd|pass|pwd|auth)["']?\s*[:=]\s*"""
    r"""["']?(?P<value>[^\s"'$<>(){}]{8,})["']?\s*$""",
    re.IGNORECASE,
)
PLACEHOLDER_MARKERS = ("example", "changeme", "changethis", "placeholder", "your", "xxxx", "...", "redacted")
# Bits per character below which a value reads as filler (zeros, repeated words) rather than a key.
NEAR_MISS_MIN_ENTROPY = 3.0
# A dotted name such as `settings.database_password` is a read of another value, not a literal.
DOTTED_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Planted Benchmark",
    "GIT_AUTHOR_EMAIL": "planted@vixen-gate.invalid",
    "GIT_COMMITTER_NAME": "Planted Benchmark",
    "GIT_COMMITTER_EMAIL": "planted@vixen-gate.invalid",
}


def file_extension(text):
    """Guess the kind of file an example line belongs in, so the filler around it fits."""
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    if re.match(r"(curl|[a-z][a-z0-9-]* (login|auth|run|deploy|config|register|push|setup|connect|clone|projects))\b", first):
        return ".sh"
    if re.match(r"[A-Za-z0-9_]+=", first) or first.startswith("//"):
        return ".env"
    if first.startswith(('"', "{")):
        return ".json"
    if re.search(r"\b(const|new|import|export)\b|=>|;\s*$", text):
        return ".js"
    if re.match(r"[A-Za-z_][A-Za-z0-9_.]*\s*=|[a-z_.]+\(", first):
        return ".py"
    if re.match(r"[A-Za-z0-9_\-]+:(\s|$)", first) or re.match(r"\s+\S+:", first):
        return ".yml"
    return ".txt"


def secret_in(rule, text):
    """Return the secret the rule's confirm pattern extracts from `text`, and its offset, or None."""
    return Shape(rule).secret_in(text)


def planted_file(example, extension):
    """Return the file's text and the 1-based line where `example` starts in it."""
    before, after = FILLER[extension]
    lines = before + example.split("\n") + after
    return "\n".join(lines) + "\n", len(before) + 1


def load_rules(rules_dir):
    rules = []
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith((".yml", ".yaml")):
            continue
        with open(os.path.join(rules_dir, name), encoding="utf-8") as handle:
            document = yaml.safe_load(handle) or {}
        family = os.path.splitext(name)[0]
        rules.extend((family, rule) for rule in document.get("rules", []))
    return rules


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(text, bytes):
        with open(path, "wb") as handle:
            handle.write(text)
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def negative_example_category(example):
    """Return `negative-example-near-miss` or `negative-example`; see NEAR_MISS_ASSIGNMENT."""
    for line in example.splitlines():
        match = NEAR_MISS_ASSIGNMENT.match(line)
        if match is None:
            continue
        value = match.group("value")
        if DOTTED_NAME.fullmatch(value):
            continue
        if shannon_entropy(value) >= NEAR_MISS_MIN_ENTROPY and not any(
            marker in value.lower() for marker in PLACEHOLDER_MARKERS
        ):
            return "negative-example-near-miss"
    return "negative-example"


def planted_example(rule, number, example, seed, verbatim):
    """Return the text to plant for one example and whether it contains a fresh value.

    The example is planted as it is with --verbatim, or when no fresh value could be made.
    """
    if verbatim:
        return example, False
    rng = random.Random(f"{seed}:{rule['id']}:{number}")
    fresh = fresh_example(rule, example, rng)
    if fresh is None:
        print(f"make_planted: warning: {rule['id']} example {number}: no fresh value could be made; "
              "the example is planted as it is", file=sys.stderr)
        return example, False
    return fresh[0], True


def plant_rules(output, rules, options):
    """Write the planted and negative-example files and return their manifest entries."""
    manifest = []
    for family, rule in rules:
        name = rule["id"].split(".", 1)[1]
        examples = rule["examples"] if options.all_examples else rule["examples"][:1]
        for number, example in enumerate(examples, start=1):
            text, generated = planted_example(rule, number, example, options.seed, options.verbatim)
            extension = file_extension(text)
            suffix = f"-{number}" if options.all_examples else ""
            relative = os.path.join("planted", family, f"{name}{suffix}{extension}")
            found = secret_in(rule, text)
            if found is None:
                print(f"make_planted: warning: {rule['id']} example {number} yields no secret", file=sys.stderr)
                continue
            content, start_line = planted_file(text, extension)
            write(os.path.join(output, relative), content)
            secret, offset = found
            manifest.append({
                "path": relative, "line": start_line + text.count("\n", 0, offset), "first_line": start_line,
                "last_line": start_line + text.count("\n"), "rule": rule["id"], "kind": "planted",
                "secret": secret, "generated": generated,
            })
        for number, example in enumerate(rule["negative_examples"], start=1):
            extension = file_extension(example)
            relative = os.path.join("lookalikes", family, f"{name}-{number}{extension}")
            content, start_line = planted_file(example, extension)
            write(os.path.join(output, relative), content)
            manifest.append({
                "path": relative, "line": start_line, "first_line": start_line,
                "last_line": start_line + example.count("\n"),
                "rule": rule["id"], "kind": "lookalike", "category": negative_example_category(example),
            })
    return manifest


def plant_common_files(output, seed):
    """Write the sensitive files and the common look-alikes and return their manifest entries."""
    manifest = []
    for common in common_files(random.Random(f"{seed}:common")):
        write(os.path.join(output, common.path), common.text)
        lines = common.text.count(b"\n" if isinstance(common.text, bytes) else "\n")
        entry = {"path": common.path, "line": common.line, "first_line": 1, "last_line": max(common.line, lines),
                 "kind": common.kind}
        if common.kind == "sensitive-file":
            entry["rule"] = common.rule
        else:
            entry["category"] = common.rule
        manifest.append(entry)
    return manifest


def commit_all(output):
    """Make OUTPUT a git repository: a README commit, then one commit with every planted file."""
    environment = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, **GIT_IDENTITY)

    def git(*arguments, date):
        dated = dict(environment, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "-C", output, *arguments], check=True, env=dated, stdout=subprocess.DEVNULL)

    git("-c", "init.defaultBranch=main", "init", "-q", date="2024-01-01T00:00:00Z")
    write(os.path.join(output, "README.md"), "Planted credentials for measuring secret scanners.\n")
    git("add", "README.md", date="2024-01-01T00:00:00Z")
    git("commit", "-q", "-m", "Start the planted repository", date="2024-01-01T00:00:00Z")
    git("add", "--all", date="2024-01-02T00:00:00Z")
    git("commit", "-q", "-m", "Plant one credential per rule and the look-alikes", date="2024-01-02T00:00:00Z")


def main():
    parser = argparse.ArgumentParser(description="Plant one credential per secret rule for scanner benchmarks.")
    parser.add_argument("output", help="folder to create; it must not exist or must be empty")
    parser.add_argument("--manifest", help="where to write the manifest (default: OUTPUT.manifest.json)")
    parser.add_argument("--rules", default=os.path.normpath(DEFAULT_RULES_DIR), help="folder of rule files")
    parser.add_argument("--all-examples", action="store_true", help="plant every example, not only the first")
    parser.add_argument("--seed", type=int, default=7, help="seed of the fresh values and look-alikes (default: 7)")
    parser.add_argument(
        "--verbatim", action="store_true", help="plant the rules' examples as they are, not fresh values")
    parser.add_argument("--git", action="store_true", help="commit the files into a new git repository")
    args = parser.parse_args()

    if os.path.exists(args.output) and os.listdir(args.output):
        sys.exit(f"make_planted: error: {args.output} exists and is not empty; choose a new folder")
    if not os.path.isdir(args.rules):
        sys.exit(f"make_planted: error: rules folder {args.rules} not found; pass one with --rules")

    rules = load_rules(args.rules)
    os.makedirs(args.output, exist_ok=True)
    manifest = plant_rules(args.output, rules, args) + plant_common_files(args.output, args.seed)
    manifest_path = args.manifest or os.path.normpath(args.output) + ".manifest.json"
    with open(manifest_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(manifest, indent=2) + "\n")
    if args.git:
        commit_all(args.output)

    kinds = {kind: sum(1 for entry in manifest if entry["kind"] == kind) for kind in ("planted", "sensitive-file", "lookalike")}
    generated = sum(1 for entry in manifest if entry.get("generated"))
    print(f"{kinds['planted']} planted credentials ({generated} fresh values), {kinds['sensitive-file']} sensitive "
          f"files and {kinds['lookalike']} look-alikes from {len(rules)} rules in {args.output}; "
          f"manifest in {manifest_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
