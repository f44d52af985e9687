#!/usr/bin/env python3
"""Measure vixen-gate's secret scanning against detect-secrets and trufflehog3.

Usage: compare.py [--scenario history|worktree|planted|pre-push ...] [--runs N] [--history-peer-runs N]
                  [--timeout SECONDS] [--output-dir DIR] [--work-dir DIR] [--docs-dir DIR]
                  [--update RESULTS_JSON] [options]
       compare.py --render RESULTS_JSON [--output-dir DIR] [--docs-dir DIR]

Scenarios (all four by default; --scenario may be repeated):
  history   The whole history of ipython: wall time and peak memory of `git log -p --all`,
            `git log -p HEAD`, vixen-gate and trufflehog3's history mode, with the commit counts.
            detect-secrets has no history mode and gets "n/a". The repository is cloned once with
            `git clone --mirror --no-local` into the work folder, or --ipython-path names a copy.
  worktree  The files of the fastapi template at one commit, exported without .git: wall time and
            findings of each tool, each finding classified as a real secret, a sensitive file or a
            false alarm against expected/fastapi-template.json.
  planted   planted/make_planted.py plants a fresh credential per vixen-gate rule, the sensitive
            files and the look-alikes; recall, false alarms and precision per tool.
  pre-push  benchmarks/pre-push.sh as it is: the hook's warm-cache figure.

vixen-gate runs `scan` when the binary has it (`scan --history --all`, `scan .`). Otherwise `check`
over a commit range is run instead, and the results note it. Each run of each tool is timed as a whole
process; runs go round by round so load drift spreads over every tool. Peak memory is GNU time's
maximum resident set (the largest single process) and a sampled sum of the proportional set
sizes over the process tree, which counts pages shared between forked workers once.

It needs Python 3.11 and the standard library only. The peers come from the virtual environment
that setup-peers.sh makes (--venv, default .build/bench-python), and run with HTTP proxies pointed
at a closed loopback port, so neither can reach the network. Results go to --output-dir (default
benchmarks/work/secrets-compare, which git ignores): results.json, results.md, secrets.svg and the
findings by file and line. The copies that the tools scan go to --work-dir, outside any git work
tree, because a scanner in a work tree would apply that tree's .gitignore to them. Later runs
reuse the ipython clone there. --docs-dir also copies the table and chart there. No result file
contains a secret value: findings are kept as file, line and rule.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from comparison import chart, table  # noqa: E402
from comparison.history import history_scenario  # noqa: E402
from comparison.measure import set_memory_limit  # noqa: E402
from comparison.planted import planted_scenario  # noqa: E402
from comparison.prepush import prepush_scenario  # noqa: E402
from comparison.runs import log  # noqa: E402
from comparison.tools import Tools  # noqa: E402
from comparison.worktree import worktree_scenario  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = ["history", "worktree", "planted", "pre-push"]


def parse_arguments():
    parser = argparse.ArgumentParser(description="Measure vixen-gate's secret scanning against detect-secrets and trufflehog3.")
    parser.add_argument("--scenario", action="append", choices=SCENARIOS, help="scenario to run (default: all)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool (default: 3)")
    parser.add_argument("--history-peer-runs", type=int,
                        help="timed runs of trufflehog3 in the history scenario, which can take an hour (default: --runs)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds after which one run is killed (default: 3600)")
    parser.add_argument("--memory-limit", type=int, default=4096,
                        help="address-space limit of each process a measured command starts, in MiB; 0 for none "
                        "(default: 4096)")

    parser.add_argument("--output-dir", default=os.path.join(ROOT, "benchmarks", "work", "secrets-compare"),
                        help="folder for the results (default: benchmarks/work/secrets-compare)")
    parser.add_argument("--work-dir", default=os.path.join(tempfile.gettempdir(), "vixen-gate-secrets-compare"),
                        help="folder for the scanned copies, outside any git work tree (default: TMPDIR/vixen-gate-secrets-compare)")
    parser.add_argument("--docs-dir", help="also write the table (secrets.md) and chart (secrets.svg) here")
    parser.add_argument("--vixen-gate", default=os.path.join(ROOT, ".build", "release", "vixen-gate"),
                        help="vixen-gate binary (default: .build/release/vixen-gate; built when missing)")
    parser.add_argument("--venv", default=os.path.join(ROOT, ".build", "bench-python"),
                        help="virtual environment of setup-peers.sh (default: .build/bench-python)")

    parser.add_argument("--ipython-source", default="/work/.mirror/ipython+ipython/repo",
                        help="repository to clone for the history scenario; it is only read")
    parser.add_argument("--ipython-path", help="use this repository for the history scenario as it is, without cloning")
    parser.add_argument("--fastapi-source", default="/work/.mirror/fastapi+full-stack-fastapi-template/repo",
                        help="repository whose files the worktree scenario exports; it is only read")
    parser.add_argument("--fastapi-revision", default="HEAD", help="commit of the fastapi template to export (default: HEAD)")
    parser.add_argument("--expected", default=os.path.join(ROOT, "benchmarks", "secrets", "expected", "fastapi-template.json"),
                        help="hand-checked real secrets and sensitive files of the worktree scenario")
    parser.add_argument("--seed", type=int, default=7, help="seed of the planted values (default: 7)")

    parser.add_argument("--render", metavar="RESULTS_JSON",
                        help="run nothing: write the table and chart again from a results.json of an earlier run")
    parser.add_argument("--update", metavar="RESULTS_JSON",
                        help="run the scenarios chosen and put them in place of the same scenarios of an earlier "
                        "results.json, keeping the others; the versions must match")
    options = parser.parse_args()

    options.scenario = options.scenario or SCENARIOS
    options.history_peer_runs = options.history_peer_runs or options.runs
    if options.runs < 1 or options.history_peer_runs < 1:
        parser.error("--runs and --history-peer-runs must be at least 1")
    return options


def build_vixen_gate(path):
    """Build the release binary when `path` has none. An existing binary is used as it is."""
    if os.access(path, os.X_OK):
        return
    log("building vixen-gate in release mode")
    subprocess.run(["swift", "build", "--package-path", ROOT, "-c", "release", "--product", "vixen-gate"], check=True,
                   stdout=subprocess.DEVNULL)


def warm_rule_cache(tools, work):
    """Run vixen-gate once, untimed, so the compiled rule database is in its cache before any timed run."""
    from comparison.repositories import commit_tree

    folder = os.path.join(work, "warm-up")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "README.md"), "w", encoding="utf-8") as handle:
        handle.write("Warm-up.\n")
    repository = commit_tree(folder, folder + "-repository")
    subprocess.run([tools.vixen_gate, "check", "--repo", repository, "--base", "HEAD~1", "--head", "HEAD"],
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
        with open("/proc/meminfo", encoding="utf-8") as handle:
            memory_kib = int(next(line.split()[1] for line in handle if line.startswith("MemTotal")))
    except (OSError, StopIteration, ValueError):
        memory_kib = 0
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory_kib / 1024 / 1024, 1),
            "system": platform.platform()}


def write_outputs(results, options):
    paths = {
        "results.json": json.dumps(results, indent=2) + "\n",
        "results.md": table.markdown(results),
        "secrets.svg": chart.svg(results),
    }
    for name, text in paths.items():
        with open(os.path.join(options.output_dir, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    log(f"results in {options.output_dir}: {', '.join(paths)}")
    if options.docs_dir:
        os.makedirs(options.docs_dir, exist_ok=True)
        shutil.copyfile(os.path.join(options.output_dir, "results.md"), os.path.join(options.docs_dir, "secrets.md"))
        shutil.copyfile(os.path.join(options.output_dir, "secrets.svg"), os.path.join(options.docs_dir, "secrets.svg"))
        log(f"table and chart copied to {options.docs_dir}")


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def earlier_results(path, current):
    """Return the results of an earlier run, to be updated, after checking it measured the same tools."""
    with open(path, encoding="utf-8") as handle:
        earlier = json.load(handle)
    if earlier.get("versions") != current["versions"]:
        raise SystemExit(f"compare: error: {path} was measured with {earlier.get('versions')}, not "
                         f"{current['versions']}; run every scenario again instead of --update")
    earlier.setdefault("updated", []).append(now())
    return earlier


def main():
    options = parse_arguments()
    options.output_dir = os.path.abspath(options.output_dir)
    if options.render:
        with open(options.render, encoding="utf-8") as handle:
            results = json.load(handle)
        os.makedirs(options.output_dir, exist_ok=True)
        write_outputs(results, options)
        return 0
    work = os.path.abspath(options.work_dir)
    os.makedirs(work, exist_ok=True)
    inside = subprocess.run(["git", "-C", work, "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False)
    if inside.returncode == 0:
        log(f"warning: the work folder {work} is inside the git work tree {inside.stdout.strip()}, whose "
            ".gitignore a scanner may apply to the copies; pass --work-dir outside it")
    os.makedirs(options.output_dir, exist_ok=True)
    set_memory_limit(options.memory_limit)
    build_vixen_gate(options.vixen_gate)
    tools = Tools.find(options.vixen_gate, options.venv)
    if not tools.vixen_has_scan:
        log("this vixen-gate has no `scan` command, so `check` over a commit range is measured in its place")
    warm_rule_cache(tools, work)

    results = {
        "started": now(), "machine": machine(), "versions": tools.versions(),
        "vixen_gate_has_scan": tools.vixen_has_scan,
        "options": {"runs": options.runs, "history_peer_runs": options.history_peer_runs,
                    "timeout_seconds": options.timeout, "memory_limit_mib": options.memory_limit},
        "load_average": {"start": list(os.getloadavg())}, "scenarios": {},
    }
    if options.update:
        results = earlier_results(options.update, results)
    runners = {
        "history": lambda: history_scenario(options, tools, work),
        "worktree": lambda: worktree_scenario(options, tools, work),
        "planted": lambda: planted_scenario(options, tools, work),
        "pre-push": lambda: prepush_scenario(options),
    }
    for name in SCENARIOS:
        if name in options.scenario:
            load_before, started = list(os.getloadavg()), now()
            results["scenarios"][name] = runners[name]()
            results["scenarios"][name]["started"] = started
            results["scenarios"][name]["load_average"] = {"start": load_before, "end": list(os.getloadavg())}
    if not options.update:
        results["load_average"]["end"] = list(os.getloadavg())
    write_outputs(results, options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
