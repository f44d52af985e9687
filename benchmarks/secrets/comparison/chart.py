"""An SVG bar chart of a comparison's results, written by hand so no plotting library is needed.

One panel per measure: wall time in each scenario, then recall and false alarms on the planted
files. Each panel has its own linear scale and every bar carries its value, so a tool many times
slower than the others still leaves the short bars readable.
"""

from xml.sax.saxutils import escape

from comparison.table import duration

WIDTH = 840
LABEL_WIDTH = 170
BAR_AREA = 420
ROW_HEIGHT = 22
BAR_HEIGHT = 14
PANEL_GAP = 18
TITLE_HEIGHT = 22
MARGIN = 12
COLORS = {
    "vixen-gate": "#2b6cb0", "detect-secrets": "#c05621", "trufflehog3": "#2f855a",
}
OTHER_COLOR = "#718096"


def time_rows(scenario):
    rows = []
    for tool in scenario["tools"]:
        if tool.get("timed_out"):
            limit = max(tool["wall_seconds"])
            rows.append((tool["tool"], limit, f"more than {duration(limit)} (killed)"))
        elif tool.get("failure"):
            rows.append((tool["tool"], None, "failed"))
        elif tool["mean_seconds"] is None:
            rows.append((tool["tool"], None, "n/a"))
        else:
            rows.append((tool["tool"], tool["mean_seconds"], f"{duration(tool['mean_seconds'])} (mean)"))
    return rows


def planted_rows(planted, key, label):
    rows = []
    for tool in planted["tools"]:
        value = tool.get(key)
        rows.append((tool["tool"], value, label(tool) if value is not None else "n/a"))
    return rows


def panels(results):
    scenarios = results["scenarios"]
    found = []
    if "history" in scenarios:
        history = scenarios["history"]
        found.append((f"Whole history of {history['name']}: wall time", time_rows(history)))
    if "worktree" in scenarios:
        found.append(("Work tree of the fastapi template: wall time", time_rows(scenarios["worktree"])))
    if "planted" in scenarios:
        planted = scenarios["planted"]
        found.append(("Planted files: wall time", time_rows(planted)))
        found.append(("Planted credentials found (recall)", planted_rows(
            planted, "recall", lambda tool: f"{tool['recall'] * 100:.1f}% ({tool['planted_found']} of {tool['planted_total']})")))
        found.append(("False alarms on planted look-alikes (files)", planted_rows(
            planted, "false_alarms", lambda tool: f"{tool['false_alarms']} of {tool['lookalikes_total']} look-alikes")))
    return found


def panel_svg(title, rows, top):
    parts = [f'<text x="0" y="{top + 15}" class="title">{escape(title)}</text>']
    peak = max((value for _, value, _ in rows if value), default=0)
    for index, (tool, value, label) in enumerate(rows):
        y = top + TITLE_HEIGHT + index * ROW_HEIGHT
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 12}" class="tool">{escape(tool)}</text>')
        width = BAR_AREA * value / peak if value and peak else 0
        if width:
            color = COLORS.get(tool, OTHER_COLOR)
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" fill="{color}"/>')
        parts.append(f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 12}" class="value">{escape(label)}</text>')
    return parts, TITLE_HEIGHT + len(rows) * ROW_HEIGHT


def svg(results):
    body, top = [], 0
    for title, rows in panels(results):
        parts, height = panel_svg(title, rows, top)
        body += parts
        top += height + PANEL_GAP
    caption = (f"Measured {results['started']}, load average {results['load_average']['start'][0]:.2f} at the start"
               f"{', some scenarios again later' if results.get('updated') else ''}; benchmarks/secrets/compare.py")
    body.append(f'<text x="0" y="{top + 4}" class="caption">{escape(caption)}</text>')
    height = top + 14 + 2 * MARGIN
    style = (
        "text{font-family:sans-serif;font-size:12px;fill:#1a202c}"
        ".title{font-weight:bold;font-size:13px}.tool{text-anchor:end}.caption{font-size:10px;fill:#4a5568}"
    )
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">',
        f"<style>{style}</style>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<g transform="translate({MARGIN},{MARGIN})">',
        *body,
        "</g>",
        "</svg>",
    ]) + "\n"
