"""The three scanners: how to run each one and how to read its findings.

Findings are kept as path, line and rule only. trufflehog3 writes each secret in clear in its JSON
report, so that file is read once and deleted, and no secret reaches a result file.
"""

import json
import os
import subprocess
from dataclasses import dataclass

# Any HTTP request the peers try goes to the discard port on loopback and fails at once. Neither
# should send one: detect-secrets runs with --no-verify, and trufflehog3 only fetches for URL targets.
NO_NETWORK = {
    "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "ALL_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "", "no_proxy": "",
    "GIT_TERMINAL_PROMPT": "0",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int | None
    rule: str


@dataclass
class Tools:
    vixen_gate: str
    detect_secrets: str
    trufflehog3: str
    # Whether this vixen-gate has the `scan` command. Without it, `check` over a commit range is run instead.
    vixen_has_scan: bool

    @classmethod
    def find(cls, vixen_gate, venv):
        detect_secrets = os.path.join(venv, "bin", "detect-secrets")
        trufflehog3 = os.path.join(venv, "bin", "trufflehog3")
        for path, fix in [
            (vixen_gate, "build it with `swift build -c release` or pass --vixen-gate"),
            (detect_secrets, "run benchmarks/secrets/setup-peers.sh or pass --venv"),
            (trufflehog3, "run benchmarks/secrets/setup-peers.sh or pass --venv"),
        ]:
            if not os.access(path, os.X_OK):
                raise SystemExit(f"compare: error: {path} was not found or is not executable; {fix}")
        help_run = subprocess.run(
            [vixen_gate, "scan", "--help"], stdin=subprocess.DEVNULL, capture_output=True, check=False)
        return cls(vixen_gate, detect_secrets, trufflehog3, vixen_has_scan=help_run.returncode == 0)

    def versions(self):
        return {
            "vixen-gate": first_line([self.vixen_gate, "--version"]),
            "detect-secrets": first_line([self.detect_secrets, "--version"]),
            "trufflehog3": first_line([self.trufflehog3, "--version"]),
            "git": first_line(["git", "--version"]),
        }


def first_line(command):
    completed = subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False, env=peer_environment())
    output = (completed.stdout or completed.stderr).strip()
    return output.splitlines()[0] if output else f"unknown (exit status {completed.returncode})"


def peer_environment():
    return dict(os.environ, **NO_NETWORK)


def relative(path):
    """Return a finding's path as the expectations and manifests write it: `./a/b.py` becomes `a/b.py`."""
    return os.path.normpath(path)


def read_vixen_findings(report_path):
    """Return the secret findings and the count of other findings in a vixen-gate JSON report."""
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    findings, others = [], 0
    for entry in report.get("findings", []):
        if not entry.get("rule", "").startswith("secret."):
            others += 1
            continue
        if entry.get("file") is None:
            others += 1
            continue
        findings.append(Finding(relative(entry["file"]), entry.get("line"), entry["rule"]))
    return findings, others


def read_detect_secrets_findings(report_path):
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    findings = []
    for filename, secrets in report.get("results", {}).items():
        for secret in secrets:
            findings.append(Finding(relative(filename), secret.get("line_number"), secret.get("type", "unknown")))
    return findings, 0


def read_trufflehog3_findings(report_path):
    """Read trufflehog3's JSON report, then delete it, because it contains every secret in clear."""
    if not os.path.exists(report_path):
        raise ValueError(f"{report_path} was not written")
    try:
        with open(report_path, encoding="utf-8") as handle:
            issues = json.load(handle)
    finally:
        if os.path.exists(report_path):
            os.unlink(report_path)
    findings = []
    for issue in issues or []:
        line = issue.get("line")
        findings.append(Finding(relative(issue["path"]), int(line) if line else None, issue["rule"]["id"]))
    return findings, 0
