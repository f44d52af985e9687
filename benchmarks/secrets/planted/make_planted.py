#!/usr/bin/env python3
"""Plant one credential per secret rule in a folder of ordinary-looking files.

Usage: make_planted.py OUTPUT_DIR [--manifest FILE] [--rules DIR] [--all-examples] [--git]

For each rule in the rule files it writes one file containing the rule's first example (every
example with --all-examples), between a few lines of filler in the style the example suggests
(.env, YAML, Python, JavaScript, JSON or shell). Each negative example, a look-alike that must
not be reported, gets a file of its own.

The manifest lists every file with the rule it was made from and a 1-based line: where the
secret starts in a planted file, where the look-alike starts in the others. For planted
credentials it adds the secret that the rule's confirm pattern extracts. A scanner's report can then be scored for recall (planted secrets found) and false
alarms (findings in look-alike files). The manifest is OUTPUT_DIR.manifest.json unless
--manifest names another file, and it lies outside OUTPUT_DIR because it repeats every secret.

With --git the folder becomes a git repository with two commits, a README and then the planted
files, so tools that scan a commit range can check HEAD~1..HEAD. The commit dates and author are
fixed, so the same rules always give the same commit ids.

The output depends only on the rule files: there is no randomness. It needs PyYAML. Write the
output outside the repository or under benchmarks/work, which git ignores.
"""

import argparse
import json
import os
import re
import subprocess
import sys

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
    confirm = re.compile(rule.get("confirm", rule["pattern"]), re.MULTILINE)
    match = confirm.search(text)
    if match is None:
        return None
    group = rule.get("secret_group", 0)
    if match.group(group) is None:
        return None
    return match.group(group), match.start(group)


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
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def plant(output, rules, all_examples):
    """Write the planted and look-alike files and return the manifest entries."""
    manifest = []
    for family, rule in rules:
        name = rule["id"].split(".", 1)[1]
        examples = rule["examples"] if all_examples else rule["examples"][:1]
        for number, example in enumerate(examples, start=1):
            extension = file_extension(example)
            suffix = f"-{number}" if all_examples else ""
            relative = os.path.join("planted", family, f"{name}{suffix}{extension}")
            text, start_line = planted_file(example, extension)
            write(os.path.join(output, relative), text)
            found = secret_in(rule, example)
            if found is None:
                print(f"make_planted: warning: {rule['id']} example {number} yields no secret", file=sys.stderr)
                continue
            secret, offset = found
            manifest.append({
                "path": relative, "line": start_line + example.count("\n", 0, offset), "rule": rule["id"],
                "kind": "planted", "secret": secret,
            })
        for number, example in enumerate(rule["negative_examples"], start=1):
            extension = file_extension(example)
            relative = os.path.join("lookalikes", family, f"{name}-{number}{extension}")
            text, start_line = planted_file(example, extension)
            write(os.path.join(output, relative), text)
            manifest.append({"path": relative, "line": start_line, "rule": rule["id"], "kind": "lookalike"})
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
    parser.add_argument("--git", action="store_true", help="commit the files into a new git repository")
    args = parser.parse_args()

    if os.path.exists(args.output) and os.listdir(args.output):
        sys.exit(f"make_planted: error: {args.output} exists and is not empty; choose a new folder")
    if not os.path.isdir(args.rules):
        sys.exit(f"make_planted: error: rules folder {args.rules} not found; pass one with --rules")

    rules = load_rules(args.rules)
    os.makedirs(args.output, exist_ok=True)
    manifest = plant(args.output, rules, args.all_examples)
    manifest_path = args.manifest or os.path.normpath(args.output) + ".manifest.json"
    with open(manifest_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(manifest, indent=2) + "\n")
    if args.git:
        commit_all(args.output)

    planted = sum(1 for entry in manifest if entry["kind"] == "planted")
    print(f"{planted} planted credentials and {len(manifest) - planted} look-alikes from {len(rules)} rules "
          f"in {args.output}; manifest in {manifest_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
