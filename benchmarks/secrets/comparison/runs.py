"""Repeat each tool's command, interleaved, and summarise the measurements."""

import os
import statistics
import sys
from dataclasses import dataclass, field
from typing import Callable

from comparison.measure import run_measured


@dataclass
class ToolRun:
    """One tool's command in one scenario."""

    tool: str
    command: list
    # The part of the repository the command reads, in words, for the result table.
    scope: str
    cwd: str | None = None
    env: dict | None = None
    # Where standard output and standard error go; None sends them to /dev/null.
    stdout_path: str | None = None
    stderr_path: str | None = None
    # The file the findings are read from, and how; None when the tool reports no findings here.
    report_path: str | None = None
    read_findings: Callable | None = None
    accepted_exit_statuses: tuple = (0,)
    runs: int | None = None
    note: str = ""


@dataclass
class ToolResult:
    tool: str
    scope: str
    note: str
    wall_seconds: list = field(default_factory=list)
    max_rss_kib: int = 0
    tree_pss_kib: int = 0
    findings: list | None = None
    other_findings: int = 0
    failure: str | None = None
    # A killed run's wall time and sampled memory are lower bounds, kept so the table can say "more than".
    timed_out: bool = False

    def summary(self):
        summary = {
            "tool": self.tool, "scope": self.scope, "note": self.note, "runs": len(self.wall_seconds),
            "wall_seconds": [round(seconds, 4) for seconds in self.wall_seconds],
            "mean_seconds": round(statistics.fmean(self.wall_seconds), 4) if self.wall_seconds else None,
            "min_seconds": round(min(self.wall_seconds), 4) if self.wall_seconds else None,
            "max_rss_kib": self.max_rss_kib or None, "tree_pss_kib": self.tree_pss_kib or None,
            "findings": len(self.findings) if self.findings is not None else None,
            "other_findings": self.other_findings, "failure": self.failure, "timed_out": self.timed_out,
        }
        return summary


def log(message):
    print(f"compare: {message}", file=sys.stderr, flush=True)


def measure_tools(scenario, tool_runs, runs, timeout):
    """Run every tool `runs` times (or its own `runs`), one round at a time so drift in the
    machine's load spreads over all tools, and return a ToolResult per tool.

    A run that fails or passes `timeout` seconds ends that tool's runs and is recorded as its failure.
    """
    results = {run.tool: ToolResult(run.tool, run.scope, run.note) for run in tool_runs}
    rounds = max(run.runs or runs for run in tool_runs) if tool_runs else 0
    for number in range(1, rounds + 1):
        for run in tool_runs:
            result = results[run.tool]
            if result.failure or number > (run.runs or runs):
                continue
            measured = run_measured(
                run.command, cwd=run.cwd, env=run.env, stdout_path=run.stdout_path, stderr_path=run.stderr_path,
                timeout=timeout)
            if measured.timed_out:
                result.failure = f"killed after the {timeout:,.0f} s time limit in run {number}"
                result.timed_out = True
                result.wall_seconds.append(measured.wall_seconds)
                result.tree_pss_kib = max(result.tree_pss_kib, measured.tree_pss_kib)
            elif measured.exit_status not in run.accepted_exit_statuses:
                result.failure = f"exit status {measured.exit_status} in run {number}{stderr_tail(run.stderr_path)}"
            if result.failure:
                log(f"{scenario}: {run.tool}: {result.failure}")
                discard_report(run)
                continue
            result.wall_seconds.append(measured.wall_seconds)
            result.max_rss_kib = max(result.max_rss_kib, measured.max_rss_kib)
            result.tree_pss_kib = max(result.tree_pss_kib, measured.tree_pss_kib)
            if run.read_findings and result.findings is None:
                result.findings, result.other_findings = run.read_findings(run.report_path)
            discard_report(run)
            log(f"{scenario}: {run.tool}: run {number}: {measured.wall_seconds:.3f} s, "
                f"{measured.max_rss_kib / 1024:.0f} MiB")
    return [results[run.tool] for run in tool_runs]


def discard_report(run):
    """Delete a report that could hold secrets in clear once it has been read (trufflehog3 writes them)."""
    if run.report_path and run.report_path != run.stdout_path and os.path.exists(run.report_path):
        os.unlink(run.report_path)


def stderr_tail(stderr_path):
    """Return the last line the tool wrote to standard error, to explain a failed run."""
    if not stderr_path or not os.path.exists(stderr_path):
        return ""
    with open(stderr_path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().strip().splitlines()
    return f": {lines[-1]}" if lines else ""
