"""Scenario `worktree`: the files of one commit of the fastapi template, scanned by each tool.

Every finding is classified against a hand-checked expectations file, which lists the real
secrets (path and line) and the sensitive files (path). Any other finding is a false alarm.
"""

import json
import os

from comparison import tools as scanners
from comparison.repositories import commit_tree, export_tree, git
from comparison.runs import ToolRun, log, measure_tools

REAL_SECRET = "real-secret"
SENSITIVE_FILE = "sensitive-file"
FALSE_ALARM = "false-alarm"


def folder_runs(tools, tree, output):
    """Return the commands that scan the folder `tree` (no .git inside) with each tool.

    Without `vixen-gate scan`, `check` reads a copy of the folder committed in a new repository.
    """
    if tools.vixen_has_scan:
        vixen = ToolRun(
            "vixen-gate", [tools.vixen_gate, "scan", ".", "--format", "json"], "the folder's files", cwd=tree,
            note="vixen-gate scan .")
    else:
        repository = commit_tree(tree, tree + "-repository")
        vixen = ToolRun(
            "vixen-gate",
            [tools.vixen_gate, "check", "--repo", repository, "--base", "HEAD~1", "--head", "HEAD", "--format", "json"],
            "the folder's files, committed", note="this vixen-gate has no `scan` command, so `check` reads a copy of "
            "the folder committed on top of an empty commit: every line of every file is an added line")
    vixen.stdout_path = vixen.report_path = os.path.join(output, "vixen-gate.json")
    vixen.stderr_path = vixen.stdout_path + ".stderr"
    vixen.read_findings = scanners.read_vixen_findings
    vixen.accepted_exit_statuses = (0, 1)

    detect_report = os.path.join(output, "detect-secrets.json")
    detect = ToolRun(
        "detect-secrets", [tools.detect_secrets, "scan", "--all-files", "--no-verify", "."], "the folder's files",
        cwd=tree, env=scanners.peer_environment(), stdout_path=detect_report, stderr_path=detect_report + ".stderr",
        report_path=detect_report, read_findings=scanners.read_detect_secrets_findings,
        note="detect-secrets scan --all-files --no-verify")
    truffle_report = os.path.join(output, "trufflehog3.json")
    truffle = ToolRun(
        "trufflehog3", [tools.trufflehog3, "--no-history", "--zero", "--format", "JSON", "--output", truffle_report, "."],
        "the folder's files", cwd=tree, env=scanners.peer_environment(),
        stdout_path=os.path.join(output, "trufflehog3.log"), stderr_path=os.path.join(output, "trufflehog3.log.stderr"),
        report_path=truffle_report, read_findings=scanners.read_trufflehog3_findings,
        note="trufflehog3 --no-history")
    return [vixen, detect, truffle]


def load_expectations(path):
    with open(path, encoding="utf-8") as handle:
        expected = json.load(handle)
    real = {(entry["path"], entry["line"]) for entry in expected["real_secrets"]}
    sensitive = {entry["path"] for entry in expected["sensitive_files"]}
    return expected, real, sensitive


def classify(finding, real, sensitive):
    if (finding.path, finding.line) in real:
        return REAL_SECRET
    if finding.path in sensitive:
        return SENSITIVE_FILE
    return FALSE_ALARM


def classified_findings(result, real, sensitive):
    """Return the tool's findings sorted by file and line, each with its class, and the counts."""
    listed = []
    for finding in sorted(result.findings or [], key=lambda item: (item.path, item.line or 0, item.rule)):
        listed.append({"path": finding.path, "line": finding.line, "rule": finding.rule,
                       "class": classify(finding, real, sensitive)})
    found_real = {(entry["path"], entry["line"]) for entry in listed if entry["class"] == REAL_SECRET}
    found_sensitive = {entry["path"] for entry in listed if entry["class"] == SENSITIVE_FILE}
    counts = {
        "real_secrets_found": len(found_real), "real_secrets_expected": len(real),
        "sensitive_files_found": len(found_sensitive), "sensitive_files_expected": len(sensitive),
        "false_alarms": sum(1 for entry in listed if entry["class"] == FALSE_ALARM),
    }
    return listed, counts


def worktree_scenario(options, tools, work):
    expected, real, sensitive = load_expectations(options.expected)
    commit = git("-C", options.fastapi_source, "rev-parse", options.fastapi_revision)
    if commit != expected["commit"]:
        log(f"worktree: warning: the expectations were checked at {expected['commit']}, not {commit}; "
            "findings of changed files may be classified wrongly")
    tree = export_tree(options.fastapi_source, commit, os.path.join(work, "fastapi-tree"))
    output = os.path.join(work, "worktree")
    os.makedirs(output, exist_ok=True)
    log(f"worktree: {options.fastapi_source} at {commit[:12]}, exported to {tree}")

    results = measure_tools("worktree", folder_runs(tools, tree, output), options.runs,
                            options.timeout)
    side_file = {"repository": expected["repository"], "commit": commit, "tools": {}}
    summaries = []
    for result in results:
        summary = result.summary()
        if result.findings is not None:
            listed, counts = classified_findings(result, real, sensitive)
            summary.update(counts)
            side_file["tools"][result.tool] = listed
        summaries.append(summary)
    findings_path = os.path.join(options.output_dir, "worktree-findings.json")
    with open(findings_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(side_file, indent=2) + "\n")
    log(f"worktree: findings by file and line in {findings_path}")
    return {"repository": expected["repository"], "source": options.fastapi_source, "commit": commit,
            "files": count_files(tree), "findings_file": findings_path, "tools": summaries}


def count_files(tree):
    return sum(len(files) for _, _, files in os.walk(tree))
