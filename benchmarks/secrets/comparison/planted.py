"""Scenario `planted`: one fresh credential per vixen-gate rule and many look-alikes, scanned by each tool.

Scoring counts files, because each planted or look-alike file contains one item:
- a planted credential is found when a finding lies within the lines of the example it was made
  from, which for a PEM key include the BEGIN and END lines;
- a sensitive file is found when any finding names it, since such a file is a secret as a whole;
- a look-alike file with any finding is one false alarm, and so is a planted file with a finding
  outside the credential's lines, or a finding in a file the manifest does not list.
Near misses, negative examples shaped like a credential that the provider never issues, are
counted apart: a catch-all rule may rightly report them, so they are neither found items nor
false alarms. Precision is found items over found items plus false alarms.
"""

import json
import os
import subprocess
from collections import Counter, defaultdict

from comparison.runs import log, measure_tools
from comparison.worktree import folder_runs

NEAR_MISS = "negative-example-near-miss"
PLANTER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "planted", "make_planted.py")


def plant(options, work):
    """Run make_planted.py with the venv's Python (it needs PyYAML) and return the folder and manifest."""
    folder = os.path.join(work, "planted")
    manifest_path = folder + ".manifest.json"
    subprocess.run(["rm", "-rf", folder, folder + "-repository"], check=True)
    command = [os.path.join(options.venv, "bin", "python"), PLANTER, folder, "--manifest", manifest_path,
               "--seed", str(options.seed)]
    completed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"compare: error: make_planted.py failed: {completed.stderr.strip()}")
    log(f"planted: {completed.stdout.strip()}")
    for warning in completed.stderr.strip().splitlines():
        log(f"planted: {warning}")
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    # The manifest repeats every secret; nothing below needs them.
    os.unlink(manifest_path)
    for entry in manifest:
        entry.pop("secret", None)
    return folder, manifest


def score(findings, manifest):
    """Return the counts for one tool and the list of what it missed and flagged."""
    by_path = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    entries = {entry["path"]: entry for entry in manifest}

    found, missed, flagged, stray = Counter(), [], [], []
    for entry in manifest:
        hits = by_path.get(entry["path"], [])
        inside = [hit for hit in hits if within(hit, entry)]
        if entry["kind"] == "lookalike":
            if hits:
                flagged.append({"path": entry["path"], "category": entry["category"], "rule": entry.get("rule"),
                                "findings": sorted({hit.rule for hit in hits})})
            continue
        if (inside if entry["kind"] == "planted" else hits):
            found[entry["kind"]] += 1
        else:
            missed.append({"path": entry["path"], "rule": entry["rule"], "kind": entry["kind"]})
        if entry["kind"] == "planted" and len(inside) < len(hits):
            stray.append({"path": entry["path"], "findings": sorted({hit.rule for hit in hits if hit not in inside})})
    for path, hits in by_path.items():
        if path not in entries:
            stray.append({"path": path, "findings": sorted({hit.rule for hit in hits})})

    planted_total = sum(1 for entry in manifest if entry["kind"] == "planted")
    sensitive_total = sum(1 for entry in manifest if entry["kind"] == "sensitive-file")
    lookalike_total = sum(1 for entry in manifest if entry["kind"] == "lookalike" and entry["category"] != NEAR_MISS)
    near_miss_total = sum(1 for entry in manifest if entry.get("category") == NEAR_MISS)
    near_misses = [item for item in flagged if item["category"] == NEAR_MISS]
    flagged_lookalikes = [item for item in flagged if item["category"] != NEAR_MISS]
    true_positives = found["planted"] + found["sensitive-file"]
    false_positives = len(flagged_lookalikes) + len(stray)
    counts = {
        "planted_found": found["planted"], "planted_total": planted_total,
        "recall": round(found["planted"] / planted_total, 4) if planted_total else None,
        "sensitive_files_found": found["sensitive-file"], "sensitive_files_total": sensitive_total,
        "lookalikes_flagged": len(flagged_lookalikes), "lookalikes_total": lookalike_total,
        "near_misses_flagged": len(near_misses), "near_misses_total": near_miss_total, "stray_false_alarms": len(stray),
        "false_alarms": false_positives,
        "false_alarms_by_category": dict(sorted(Counter(item["category"] for item in flagged).items())),
        "precision": round(true_positives / (true_positives + false_positives), 4)
        if true_positives + false_positives else None,
    }
    return counts, {"missed": missed, "flagged_lookalikes": flagged, "stray_findings": stray}


def within(finding, entry):
    if finding.line is None:
        return entry["kind"] != "planted"
    return entry["first_line"] <= finding.line <= entry["last_line"]


def planted_scenario(options, tools, work):
    folder, manifest = plant(options, work)
    output = os.path.join(work, "planted-reports")
    os.makedirs(output, exist_ok=True)
    results = measure_tools("planted", folder_runs(tools, folder, output), options.runs,
                            options.timeout)
    summaries, details = [], {}
    for result in results:
        summary = result.summary()
        if result.findings is not None:
            counts, details[result.tool] = score(result.findings, manifest)
            summary.update(counts)
        summaries.append(summary)
    details_path = os.path.join(options.output_dir, "planted-findings.json")
    with open(details_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"seed": options.seed, "tools": details}, indent=2) + "\n")
    log(f"planted: missed credentials and flagged look-alikes in {details_path}")
    categories = Counter(entry.get("category") for entry in manifest if entry["kind"] == "lookalike")
    return {"seed": options.seed, "files": len(manifest), "lookalike_categories": dict(sorted(categories.items())),
            "details_file": details_path, "tools": summaries}
