"""Scenario `history`: every commit of a large repository, read by git and by each scanner."""

import os

from comparison import tools as scanners
from comparison.repositories import git, mirror_clone
from comparison.runs import ToolRun, log, measure_tools

DETECT_SECRETS_NOTE = "detect-secrets scans files only; it has no mode that reads git history."


def history_scenario(options, tools, work):
    if options.ipython_path:
        repository = options.ipython_path
    else:
        repository = mirror_clone(options.ipython_source, os.path.join(work, "ipython.git"))
    commits_all = int(git("-C", repository, "rev-list", "--all", "--count"))
    commits_head = int(git("-C", repository, "rev-list", "--count", "HEAD"))
    head_branch = git("-C", repository, "symbolic-ref", "--short", "HEAD")
    roots = git("-C", repository, "rev-list", "--max-parents=0", "HEAD").split()
    log(f"history: {repository}: {commits_all} commits in all refs, {commits_head} reachable from HEAD "
        f"({head_branch})")

    output = os.path.join(work, "history")
    os.makedirs(output, exist_ok=True)
    runs = [
        ToolRun("git log -p --all", ["git", "-C", repository, "log", "-p", "--all"], f"all refs, {commits_all:,} commits"),
        ToolRun("git log -p HEAD", ["git", "-C", repository, "log", "-p", "HEAD"], f"HEAD, {commits_head:,} commits"),
        vixen_run(tools, repository, roots, commits_all, commits_head, output),
        trufflehog3_run(tools, repository, head_branch, commits_head, output, options.history_peer_runs),
    ]
    results = measure_tools("history", runs, options.runs, options.timeout)
    return {
        "name": "ipython/ipython", "repository": repository, "source": options.ipython_path or options.ipython_source,
        "commits_all_refs": commits_all, "commits_head": commits_head, "head_branch": head_branch,
        "tools": [result.summary() for result in results] + [not_available("detect-secrets", DETECT_SECRETS_NOTE)],
    }


def vixen_run(tools, repository, roots, commits_all, commits_head, output):
    report = os.path.join(output, "vixen-gate.json")
    if tools.vixen_has_scan:
        return ToolRun(
            "vixen-gate", [tools.vixen_gate, "scan", "--history", "--all", "--repo", repository, "--format", "json"],
            f"all refs, {commits_all:,} commits", stdout_path=report, stderr_path=report + ".stderr",
            report_path=report, read_findings=scanners.read_vixen_findings, accepted_exit_statuses=(0, 1),
            note="vixen-gate scan --history --all")
    # Without `scan`, `check` reads a commit range; hiding one root commit leaves the rest of HEAD's history.
    root = roots[-1]
    return ToolRun(
        "vixen-gate",
        [tools.vixen_gate, "check", "--repo", repository, "--base", root, "--head", "HEAD", "--format", "json"],
        f"HEAD except root commit {root[:12]}, {commits_head - 1:,} commits", stdout_path=report,
        stderr_path=report + ".stderr", report_path=report, read_findings=scanners.read_vixen_findings,
        accepted_exit_statuses=(0, 1),
        note=f"this vixen-gate has no `scan` command, so `check --base {root[:12]} --head HEAD` is measured in "
        "place of `scan --history --all`: it reads HEAD's history only, without the root commit's own diff")


def trufflehog3_run(tools, repository, head_branch, commits_head, output, runs):
    report = os.path.join(output, "trufflehog3.json")
    return ToolRun(
        "trufflehog3",
        [tools.trufflehog3, "--no-current", "--depth", str(commits_head + 1), "--zero", "--format", "JSON",
         "--output", report, repository],
        f"branch {head_branch}, {commits_head:,} commits", env=scanners.peer_environment(),
        stdout_path=os.path.join(output, "trufflehog3.log"), stderr_path=os.path.join(output, "trufflehog3.log.stderr"),
        report_path=report, read_findings=scanners.read_trufflehog3_findings, runs=runs,
        note="trufflehog3 reads the history of one branch when the repository has no remote (with one, it "
        "fetches first). It diffs each commit against the one before it in `git rev-list` order, newer to "
        "older, and skips deleted files, so a file that a commit adds is not read in that commit")


def not_available(tool, note):
    return {"tool": tool, "scope": "n/a", "note": note, "runs": 0, "wall_seconds": [], "mean_seconds": None,
            "min_seconds": None, "max_rss_kib": None, "tree_pss_kib": None, "findings": None, "other_findings": 0,
            "failure": None}
