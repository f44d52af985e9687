"""Scenario `pre-push`: the warm-cache hook figure, from benchmarks/pre-push.sh as it is."""

import os
import re
import subprocess

from comparison.runs import log

SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "pre-push.sh")
# A hyperfine Markdown row: | `command` | mean ± sd | min | max | relative |
ROW = re.compile(r"^\|\s*`?(?P<command>[^|`]+)`?\s*\|\s*(?P<mean>[\d.]+) ± (?P<sd>[\d.]+)\s*\|"
                 r"\s*(?P<min>[\d.]+)\s*\|\s*(?P<max>[\d.]+)\s*\|")
UNIT = re.compile(r"Mean \[(?P<unit>m?s)\]")


def prepush_scenario(options):
    log(f"pre-push: running {SCRIPT}")
    completed = subprocess.run(["bash", SCRIPT], stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        return {"failure": f"{SCRIPT} exited with status {completed.returncode}: {completed.stderr.strip()[-500:]}"}
    unit = UNIT.search(completed.stdout)
    row = next((match for match in map(ROW.match, completed.stdout.splitlines()) if match), None)
    if unit is None or row is None:
        return {"failure": f"no hyperfine table in the output of {SCRIPT}", "output": completed.stdout[-2000:]}
    scale = 1.0 if unit["unit"] == "ms" else 1000.0
    return {
        "command": row["command"].strip(), "script": "benchmarks/pre-push.sh",
        "mean_ms": round(float(row["mean"]) * scale, 2), "stddev_ms": round(float(row["sd"]) * scale, 2),
        "min_ms": round(float(row["min"]) * scale, 2), "max_ms": round(float(row["max"]) * scale, 2),
        "runs": configured_runs(),
    }


def configured_runs():
    """Return the run count that pre-push.sh passes to hyperfine, or None when it cannot be read."""
    with open(SCRIPT, encoding="utf-8") as handle:
        match = re.search(r"--runs (\d+)", handle.read())
    return int(match.group(1)) if match else None
