"""The Markdown tables of a comparison's results."""


def duration(seconds):
    if seconds is None:
        return "n/a"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 100:
        return f"{seconds:.2f} s"
    return f"{seconds:,.0f} s"


def mebibytes(kib, at_least=False):
    if not kib:
        return "n/a"
    return f"{'≥ ' if at_least else ''}{kib / 1024:,.0f} MiB"


def percent(ratio):
    return f"{ratio * 100:.1f}%" if ratio is not None else "n/a"


def count(value):
    return f"{value:,}" if value is not None else "n/a"


def time_cells(tool):
    if tool.get("timed_out"):
        # The killed run's wall time is the time limit, so the tool needs more than that.
        bound = f"> {duration(max(tool['wall_seconds']))}"
        return [bound, bound, f"{tool['runs']}, killed"]
    if tool.get("failure"):
        return ["failed", "failed", str(tool["runs"])]
    return [duration(tool["mean_seconds"]), duration(tool["min_seconds"]), str(tool["runs"]) if tool["runs"] else "n/a"]


def rows(header, lines):
    table = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if index == 0 else "---:" for index in range(len(header))) + "|"]
    table += ["| " + " | ".join(line) + " |" for line in lines]
    return table


def notes(tools):
    lines = []
    for tool in tools:
        if tool.get("note"):
            lines.append(f"- {tool['tool']}: {tool['note'].rstrip('.')}.")
        if tool.get("failure"):
            lines.append(f"- {tool['tool']} failed: {tool['failure'].rstrip('.')}.")
    return lines


def history_section(history):
    header = ["Tool", "Reads", "Mean", "Min", "Runs", "Peak memory, largest process", "Peak memory, process tree (PSS)",
              "Findings"]
    lines = [
        [f"`{tool['tool']}`" if tool["tool"].startswith("git") else tool["tool"], tool["scope"], *time_cells(tool),
         mebibytes(tool["max_rss_kib"]), mebibytes(tool.get("tree_pss_kib"), at_least=tool.get("timed_out", False)),
         count(tool["findings"])]
        for tool in history["tools"]
    ]
    return [
        f"### History: {history['name']}",
        "",
        f"{history['commits_all_refs']:,} commits in all refs, {history['commits_head']:,} reachable from HEAD "
        f"(`{history['head_branch']}`).",
        "",
        *rows(header, lines),
        "",
        *notes(history["tools"]),
    ]


def worktree_section(worktree):
    header = ["Tool", "Mean", "Min", "Runs", "Findings", "Real secrets", "Sensitive files", "False alarms"]
    lines = []
    for tool in worktree["tools"]:
        real = f"{tool['real_secrets_found']} of {tool['real_secrets_expected']}" if "real_secrets_found" in tool else "n/a"
        sensitive = (f"{tool['sensitive_files_found']} of {tool['sensitive_files_expected']}"
                     if "sensitive_files_found" in tool else "n/a")
        lines.append([tool["tool"], *time_cells(tool), count(tool["findings"]), real, sensitive,
                      count(tool.get("false_alarms"))])
    return [
        f"### Work tree: {worktree['repository']} at `{worktree['commit'][:12]}`",
        "",
        f"{worktree['files']:,} files. Each finding, by file and line, is in `worktree-findings.json`; a finding "
        "is a real secret or a sensitive file only when `benchmarks/secrets/expected/fastapi-template.json` "
        "lists it.",
        "",
        *rows(header, lines),
        "",
        *notes(worktree["tools"]),
    ]


def planted_section(planted):
    header = ["Tool", "Mean", "Min", "Runs", "Recall", "Sensitive files", "False alarms", "Precision",
              "Near misses reported"]
    lines = []
    tools_with_scores = [tool for tool in planted["tools"] if "recall" in tool]
    for tool in planted["tools"]:
        if "recall" not in tool:
            lines.append([tool["tool"], *time_cells(tool), "n/a", "n/a", "n/a", "n/a", "n/a"])
            continue
        lines.append([
            tool["tool"], *time_cells(tool),
            f"{percent(tool['recall'])} ({tool['planted_found']} of {tool['planted_total']})",
            f"{tool['sensitive_files_found']} of {tool['sensitive_files_total']}",
            f"{tool['false_alarms']} ({tool['lookalikes_flagged']} of {tool['lookalikes_total']} look-alikes)",
            percent(tool["precision"]), f"{tool['near_misses_flagged']} of {tool['near_misses_total']}",
        ])
    categories = planted["lookalike_categories"]
    category_lines = [
        [category, str(total), *[str(tool["false_alarms_by_category"].get(category, 0)) for tool in tools_with_scores]]
        for category, total in categories.items()
    ]
    return [
        f"### Planted: one fresh credential per vixen-gate rule (seed {planted['seed']})",
        "",
        f"{planted['files']:,} files. Recall counts planted credentials found on their own lines. False alarms "
        "count look-alike files with any finding, plus findings outside a planted credential's lines. Near "
        "misses are rules' negative examples shaped like a credential the provider never issues (a key one "
        "character short, a wrong prefix): a catch-all rule may rightly report them, so they count in neither.",
        "",
        *rows(header, lines),
        "",
        "Look-alike files flagged, by category:",
        "",
        *rows(["Category", "Files", *[tool["tool"] for tool in tools_with_scores]], category_lines),
        "",
        *notes(planted["tools"]),
    ]


def prepush_section(prepush):
    if "failure" in prepush:
        return ["### Pre-push hook", "", f"Not measured: {prepush['failure']}."]
    return [
        "### Pre-push hook, 10 new commits, warm cache",
        "",
        f"`{prepush['script']}`: {prepush['mean_ms']} ms ± {prepush['stddev_ms']} (min {prepush['min_ms']} ms, "
        f"max {prepush['max_ms']} ms, {prepush['runs']} runs).",
    ]


def markdown(results):
    machine = results["machine"]
    load = results["load_average"]
    lines = [
        "## Secrets: vixen-gate against detect-secrets and trufflehog3",
        "",
        f"Measured {results['started']} on {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB. "
        f"Load average (1, 5, 15 min) {format_load(load['start'])} at the start and {format_load(load['end'])} at "
        f"the end. Versions: " + ", ".join(f"{name} `{version}`" for name, version in results["versions"].items()) + ".",
        *updated_note(results),
        "",
    ]
    sections = {"history": history_section, "worktree": worktree_section, "planted": planted_section,
                "pre-push": prepush_section}
    for name, render in sections.items():
        if name in results["scenarios"]:
            lines += render(results["scenarios"][name]) + [""]
    return "\n".join(lines).rstrip() + "\n"


def updated_note(results):
    """Return a line naming the scenarios measured again later with --update, and when."""
    again = [f"{name} at {scenario['started']}, load average {format_load(scenario['load_average']['start'])}"
             for name, scenario in results["scenarios"].items()
             if results.get("updated") and scenario.get("started", results["started"]) != results["started"]
             and scenario.get("started", "") > results["started"]]
    return ["", "Measured again later: " + "; ".join(again) + "."] if again else []


def format_load(values):
    return " / ".join(f"{value:.2f}" for value in values)
