#!/usr/bin/env python3
"""Check vixen-gate's secret rule files without the Swift engine.

Usage: check_rules.py [RULES_DIR_OR_FILE ...] [--strict] [--warnings-as-errors] [--verbose]

Without arguments it reads every *.yml file in Sources/VixenChecks/Secrets/Resources/rules.
It needs the `hyperscan` and `pyyaml` packages, for example in a virtualenv:
`python3 -m venv /tmp/rules-venv && /tmp/rules-venv/bin/pip install hyperscan pyyaml`.

The checks, in order:
  1. Every file has a top-level `rules` list. Every rule has the required keys, no unknown key,
     an id of the form `secret.<lowercase-hyphenated-name>` that no other rule uses, and values
     of the right type and range.
  2. Every confirm and allowlist pattern compiles with Python's `re`, which is used in place of
     PCRE2 here, and avoids syntax that the two read differently.
  3. All patterns compile into one Hyperscan block-mode database with HS_FLAG_MULTILINE, the
     flag the engine uses. Hyperscan accepts the same syntax as Vectorscan.
  4. Every example yields a secret for its rule, and no negative example does.
  5. An example in which another rule finds a different secret is a warning, because the engine
     would report the credential twice. Rules that find the very same secret are fine, since the
     engine reports each secret once per file. A negative example that another rule reports is a
     warning too, because planted/make_planted.py uses negative examples as look-alikes.

The readings follow the engine (Sources/VixenChecks/Secrets/Engine). Hyperscan hit ends of one
rule that lie within `max_width` bytes of each other form a cluster. The confirm pattern may
start from `max_width` bytes before a cluster's first end up to its last end, and may end past
it. Its capture group `secret_group` is the secret. The rule's filters then drop the secret in
four cases: its Shannon entropy (bits per byte) is below `min_entropy`, none of `keywords` occurs
within `max_width` bytes of the confirm match, it contains a stopword, or an `allowlist` pattern
matches it. Keywords and stopwords ignore case. Last, the engine's built-in placeholder check
drops templates, environment reads and documented example keys.

With --strict each rule must also stand on its own. Its negative examples must be rejected
without the built-in placeholder check, and running the confirm pattern on the `max_width`
bytes before each hit end alone must give the same secrets. That second condition holds when a
pattern's hits end where the secret ends, so no hit stops inside a longer token.
"""

import argparse
import math
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

try:
    import hyperscan
    import yaml
except ImportError as error:
    sys.exit(f"check_rules: error: {error.name} is missing; install it with `pip install hyperscan pyyaml`")

DEFAULT_RULES_DIR = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "VixenChecks", "Secrets", "Resources", "rules"
)
REQUIRED_KEYS = ["id", "description", "pattern", "examples", "negative_examples"]
OPTIONAL_KEYS = [
    "confirm", "secret_group", "max_width", "min_entropy", "keywords", "allowlist", "stopwords", "severity",
]
SEVERITIES = ["info", "warning", "error"]
ID_PATTERN = re.compile(r"secret\.[a-z0-9]+(?:-[a-z0-9]+)*")
DEFAULT_MAX_WIDTH = 256
MAXIMUM_MAX_WIDTH = 65_536
# Rules whose ids start with this catch any credential-looking assignment, so they are expected
# to find provider rules' examples too. The engine prefers the other rule when both find the same
# secret. When they find different values, the overlap is only counted, not warned about.
CATCH_ALL_PREFIX = "secret.generic-"
# The engine's built-in placeholder check, copied from Filters/PlaceholderFilter.swift and
# Filters/KnownExampleSecrets.swift; see placeholder_reason().
PLACEHOLDER_WORDS = [
    "example", "changeme", "change_me", "change-me", "changethis", "change_this", "change-this",
    "placeholder", "replaceme", "replace_me", "replace-me", "redacted", "***", "...",
    "your-key-here", "your_key_here", "yourkeyhere",
]
READ_PREFIXES = [
    "process.env", "import.meta.env", "os.environ", "os.getenv", "getenv(", "env(", "env[", "env.",
    "environ[", "environ.get(", "settings.", "secrets.", "vault(", "config(",
]
KNOWN_EXAMPLE_SECRETS = {
    "akiaiosfodnn7example",
    "akiai44qh8dhbexample",
    "wjalrxutnfemi/k7mdeng/bpxrficyexamplekey",
    "je7mtgbclwbf/2zp9utk/h3yco8nvbexamplekey",
    "eyjhbgcioijiuzi1niisinr5cci6ikpxvcj9.eyjzdwiioiixmjm0nty3odkwiiwibmftzsi6ikpvag4grg9liiwiawf0ijoxnte2mjm5mdiyfq"
    ".sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c",
}
# Syntax that PCRE2 and Python's `re` read differently or that only one of them accepts.
NON_PORTABLE_SYNTAX = [
    (re.compile(r"\(\?<[A-Za-z_]"), "PCRE2-only named group syntax (?<name>...)"),
    (re.compile(r"\\[zZ]"), "\\z and \\Z, which PCRE2 and Python define differently"),
    (re.compile(r"\\[hHKRvVXNCG]"), "a PCRE2-only escape"),
    (re.compile(r"\\[pP]\{"), "Unicode property escapes, which Python's re lacks"),
    (re.compile(r"\\x\{"), "\\x{...} escapes, which Python's re lacks"),
    (re.compile(r"\\[QE]"), "\\Q...\\E quoting, which Python's re lacks"),
    (re.compile(r"\(\?\|"), "branch reset groups, which Python's re lacks"),
    (re.compile(r"\(\*"), "PCRE2 verbs such as (*UTF)"),
    (re.compile(r"\[\[:"), "POSIX classes, which Python's re lacks"),
    (re.compile(r"\{,"), "{,n}, which older PCRE2 reads as literal text"),
    (re.compile(r"\(\?[a-zA-Z]*[xsu]"), "the x, s or u flags, whose details differ between the two"),
]


@dataclass
class Rule:
    source: str
    index: int
    id: str
    pattern: str
    confirm: "re.Pattern[bytes]"
    secret_group: int
    max_width: int
    min_entropy: float | None
    keywords: list
    allowlist: list
    stopwords: list
    severity: str
    examples: list
    negative_examples: list


@dataclass
class Report:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    # Examples in which a catch-all rule finds a different secret, which is counted, not warned about.
    catch_all_overlaps: int = 0

    def error(self, where, message):
        self.errors.append(f"error: {where}: {message}")

    def warn(self, where, message):
        self.warnings.append(f"warning: {where}: {message}")


@dataclass
class Candidate:
    """One confirm match near a hit and why it was dropped, if it was."""

    secret: bytes
    reason: str | None


def shannon_entropy(data):
    if not data:
        return 0.0
    counts = Counter(data)
    return -sum(count / len(data) * math.log2(count / len(data)) for count in counts.values())


def rule_files(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            files.extend(
                os.path.join(path, name) for name in sorted(os.listdir(path)) if name.endswith((".yml", ".yaml"))
            )
        else:
            files.append(path)
    return files


def compile_confirm(text, where, report):
    for syntax, meaning in NON_PORTABLE_SYNTAX:
        if syntax.search(text):
            report.error(where, f"uses {meaning}; keep to syntax PCRE2 and Python's re share")
    try:
        return re.compile(text.encode(), re.MULTILINE)
    except re.error as error:
        report.error(where, f"does not compile: {error}")
        return None


def is_string_list(value):
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def load_rule(entry, source, index, report):
    """Return the rule `entry` declares, or None after reporting why it is unusable."""
    where = f"{source}: rule {index + 1}"
    if not isinstance(entry, dict):
        report.error(where, "is not a mapping")
        return None
    rule_id = entry.get("id")
    if isinstance(rule_id, str):
        where = f"{source}: {rule_id}"
        if not ID_PATTERN.fullmatch(rule_id):
            report.error(where, "invalid id; use secret.<name> with lowercase letters, digits and hyphens")
    usable = True
    for key in REQUIRED_KEYS:
        if key not in entry:
            report.error(where, f"missing required key `{key}`")
            usable = False
    for key in entry:
        if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            report.error(where, f"unknown key `{key}`; known keys are {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}")
    if not usable:
        return None

    description = entry["description"]
    if not isinstance(description, dict) or sorted(description) != ["en", "es"]:
        report.error(where, "description must be a mapping with exactly the keys en and es")
    elif not all(isinstance(text, str) and text.strip() for text in description.values()):
        report.error(where, "description.en and description.es must be non-empty text")

    pattern = entry["pattern"]
    if not isinstance(pattern, str) or not pattern:
        report.error(where, "pattern must be non-empty text")
        return None
    confirm_text = entry.get("confirm", pattern)
    if "confirm" not in entry:
        report.warn(where, "has no confirm pattern, so PCRE2 confirms with the Vectorscan pattern")
    if not isinstance(confirm_text, str) or not confirm_text:
        report.error(where, "confirm must be non-empty text")
        return None
    confirm = compile_confirm(confirm_text, f"{where}: confirm", report)
    if confirm is None:
        return None

    secret_group = entry.get("secret_group", 0)
    if not isinstance(secret_group, int) or not 0 <= secret_group <= confirm.groups:
        report.error(where, f"secret_group {secret_group!r} is not a group of confirm, which has {confirm.groups}")
        return None
    max_width = entry.get("max_width", DEFAULT_MAX_WIDTH)
    if not isinstance(max_width, int) or not 1 <= max_width <= MAXIMUM_MAX_WIDTH:
        report.error(where, f"max_width {max_width!r} must be an integer from 1 to {MAXIMUM_MAX_WIDTH}")
        return None
    min_entropy = entry.get("min_entropy")
    if min_entropy is None:
        report.warn(where, "has no min_entropy, so low-entropy look-alikes pass")
    elif not isinstance(min_entropy, (int, float)) or not 0 <= min_entropy <= 8:
        report.error(where, f"min_entropy {min_entropy!r} must be a number from 0 to 8")
        return None
    severity = entry.get("severity", "error")
    if severity not in SEVERITIES:
        report.error(where, f"severity {severity!r} must be one of {', '.join(SEVERITIES)}")

    lists = {}
    for key in ["keywords", "allowlist", "stopwords", "examples", "negative_examples"]:
        value = entry.get(key, [])
        if not is_string_list(value):
            report.error(where, f"{key} must be a list of non-empty texts")
            return None
        lists[key] = value
    for key in ["examples", "negative_examples"]:
        if not lists[key]:
            report.error(where, f"{key} needs at least one entry")
    for key in ["keywords", "stopwords"]:
        for word in lists[key]:
            if word != word.lower():
                report.error(where, f"{key} entry {word!r} must be lowercase")
    allowlist = []
    for number, text in enumerate(lists["allowlist"], start=1):
        compiled = compile_confirm(text, f"{where}: allowlist {number}", report)
        if compiled is not None:
            allowlist.append(compiled)

    return Rule(
        source=source, index=index, id=rule_id if isinstance(rule_id, str) else f"{source}#{index + 1}",
        pattern=pattern, confirm=confirm, secret_group=secret_group, max_width=max_width,
        min_entropy=min_entropy, keywords=[word.encode() for word in lists["keywords"]], allowlist=allowlist,
        stopwords=[word.encode() for word in lists["stopwords"]], severity=severity,
        examples=lists["examples"], negative_examples=lists["negative_examples"],
    )


def load_rules(paths, report):
    rules = []
    for path in rule_files(paths):
        source = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as handle:
                document = yaml.safe_load(handle)
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
            report.error(source, f"cannot be read as YAML: {error}")
            continue
        if not isinstance(document, dict) or list(document) != ["rules"] or not isinstance(document["rules"], list):
            report.error(source, "must be a mapping with one key, `rules`, holding a list")
            continue
        for index, entry in enumerate(document["rules"]):
            rule = load_rule(entry, source, index, report)
            if rule is not None:
                rules.append(rule)

    seen = {}
    for rule in rules:
        if rule.id in seen:
            report.error(f"{rule.source}: {rule.id}", f"id is already used in {seen[rule.id]}")
        else:
            seen[rule.id] = rule.source
    return rules


def compile_database(rules, report):
    """Compile every pattern into one database, or report which patterns Hyperscan rejects."""
    expressions = [rule.pattern.encode() for rule in rules]
    flags = [hyperscan.HS_FLAG_MULTILINE] * len(rules)
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    started = time.monotonic()
    try:
        database.compile(expressions=expressions, ids=list(range(len(rules))), elements=len(rules), flags=flags)
        return database, time.monotonic() - started
    except hyperscan.error:
        pass
    # The combined error names no rule, so each pattern is compiled alone to find the culprits.
    rejected = False
    for rule, expression in zip(rules, expressions):
        single = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        try:
            single.compile(expressions=[expression], ids=[0], elements=1, flags=[hyperscan.HS_FLAG_MULTILINE])
        except hyperscan.error as error:
            report.error(f"{rule.source}: {rule.id}: pattern", f"Hyperscan rejects it: {error}")
            rejected = True
    if not rejected:
        report.error("rules", "Hyperscan rejects the combined database although each pattern compiles alone")
    return None, time.monotonic() - started


def scan(database, text):
    """Return (rule index, hit end offset) for every Hyperscan hit in `text`."""
    hits = []

    def on_match(rule_index, start, end, flags, context):
        hits.append((rule_index, end))

    database.scan(text, match_event_handler=on_match)
    return hits


def placeholder_reason(secret):
    """Return why the engine's built-in placeholder check drops `secret`, or None.

    This mirrors PlaceholderFilter.swift and KnownExampleSecrets.swift in
    Sources/VixenChecks/Secrets/Filters, which apply to every rule after its own filters.
    """
    lowered = secret.decode("utf-8", errors="replace").lower()
    if lowered in KNOWN_EXAMPLE_SECRETS:
        return "a documented example key"
    for word in PLACEHOLDER_WORDS:
        if word in lowered:
            return f"placeholder word {word!r}"
    if (lowered.startswith("<") and lowered.endswith(">")) or any(
        marker in lowered for marker in ["${", "{{", "}}", "$(", "%(", "[["]
    ):
        return "a template"
    if lowered.startswith("$") and len(lowered) > 1 and all(c == "_" or c.isalnum() for c in lowered[1:]):
        return "a variable reference"
    if any(lowered.startswith(prefix) for prefix in READ_PREFIXES):
        return "a read from the environment or settings"
    if "your" in lowered and any(word in lowered for word in ["key", "token", "secret", "password", "pass", "pwd"]):
        return "placeholder word 'your'"
    if "xxx" in lowered and lowered.count("x") * 5 >= len(lowered):
        return "masked with x"
    if lowered and lowered == lowered[0] * len(lowered):
        return "one repeated character"
    return None


def rule_rejection(rule, text, match, secret):
    """Return why the rule's own filters drop `secret`, or None.

    `match` is the confirm match's (start, end); keywords count within max_width bytes of it.
    """
    if rule.min_entropy is not None and shannon_entropy(secret) < rule.min_entropy:
        return f"entropy {shannon_entropy(secret):.2f} is below {rule.min_entropy}"
    if rule.keywords:
        nearby = text[max(0, match[0] - rule.max_width):match[1] + rule.max_width].lower()
        if not any(keyword in nearby for keyword in rule.keywords):
            return "no keyword within max_width bytes of the match"
    lowered = secret.lower()
    for stopword in rule.stopwords:
        if stopword in lowered:
            return f"contains stopword {stopword.decode()!r}"
    for allowed in rule.allowlist:
        if allowed.search(secret):
            return f"allowlist pattern {allowed.pattern.decode()!r} matches"
    return None


def candidate(rule, text, match, builtin_filters):
    secret = match.group(rule.secret_group)
    if not secret:
        return None
    reason = rule_rejection(rule, text, match.span(), secret)
    if reason is None and builtin_filters:
        reason = placeholder_reason(secret)
    return Candidate(secret, reason)


def clusters(hit_ends, max_width):
    """Group hit ends as the engine does: an end within max_width of the previous joins its cluster."""
    groups = []
    for end in sorted(hit_ends):
        if groups and end <= groups[-1][1] + max_width:
            groups[-1][1] = end
        else:
            groups.append([end, end])
    return groups


def confirm_like_engine(rule, text, hit_ends, builtin_filters=True):
    """Confirm as the engine does, per cluster of hits.

    A confirm match must start between max_width bytes before the cluster's first hit end and its
    last hit end, and may end past it. The search resumes after each match.
    """
    found = []
    covered_until = 0
    for first_end, last_end in clusters(hit_ends, rule.max_width):
        start = max(0, first_end - rule.max_width, covered_until)
        while start <= last_end:
            match = rule.confirm.search(text, start)
            if match is None or match.start() > last_end:
                break
            covered_until = match.end()
            start = match.end() + 1 if match.start() == match.end() else match.end()
            confirmed = candidate(rule, text, match, builtin_filters)
            if confirmed is not None:
                found.append(confirmed)
    return found


def confirm_in_windows(rule, text, hit_ends):
    """Confirm on each hit's window alone: the max_width bytes that end at the hit end.

    A rule whose secrets come out the same way does not depend on text after the hit.
    """
    found = []
    for end in hit_ends:
        start = max(0, end - rule.max_width)
        window = text[start:end]
        for match in rule.confirm.finditer(window):
            secret = match.group(rule.secret_group)
            if not secret:
                continue
            span = (match.start() + start, match.end() + start)
            reason = rule_rejection(rule, text, span, secret) or placeholder_reason(secret)
            found.append(Candidate(secret, reason))
    return found


def accepted_secrets(rule_index, rule, text, hits, builtin_filters=True):
    """Return whether `rule` hit `text`, the secrets the engine's reading and the window reading
    accept, and why rejected candidates were dropped."""
    hit_ends = [end for index, end in hits if index == rule_index]
    by_engine, by_window, reasons = set(), set(), []
    for candidates, accepted in (
        (confirm_like_engine(rule, text, hit_ends, builtin_filters), by_engine),
        (confirm_in_windows(rule, text, hit_ends), by_window),
    ):
        for found in candidates:
            if found.reason is None:
                accepted.add(found.secret)
                continue
            reason = f"{found.secret.decode(errors='replace')!r}: {found.reason}"
            if reason not in reasons:
                reasons.append(reason)
    return bool(hit_ends), by_engine, by_window, reasons


def other_rules_reporting(rules, rule_index, text, hits, secrets):
    """Return the ids of the other rules that report a secret in `text`, split in two lists.

    The first list contains rules that find only secrets in `secrets`, which the engine reports
    once. The second contains rules that find a different value, which the engine reports again.
    """
    same, different = set(), set()
    for index in {index for index, _ in hits if index != rule_index}:
        _, by_engine, _, _ = accepted_secrets(index, rules[index], text, hits)
        if by_engine and by_engine <= secrets:
            same.add(rules[index].id)
        elif by_engine:
            different.add(rules[index].id)
    return sorted(same), sorted(different)


def check_example(rules, rule_index, number, example, database, report, options):
    rule = rules[rule_index]
    where = f"{rule.source}: {rule.id}"
    text = example.encode()
    hits = scan(database, text)
    matched, by_engine, by_window, reasons = accepted_secrets(rule_index, rule, text, hits)
    if not matched:
        report.error(where, f"example {number} is not matched by the Vectorscan pattern")
        return
    if not by_engine:
        detail = "; ".join(reasons) or "the confirm pattern does not match near the hit"
        report.error(where, f"example {number} yields no secret: {detail}")
        return
    if options.strict and by_window != by_engine:
        report.error(where, (
            f"example {number} yields other secrets from the text before each hit than the engine finds; "
            "end the pattern where the secret ends, so that no hit stops inside it"))
    if options.verbose:
        for secret in sorted(by_engine):
            print(f"{where}: example {number}: {secret.decode(errors='replace')}")

    same, different = other_rules_reporting(rules, rule_index, text, hits, by_engine)
    if options.verbose and same:
        print(f"{where}: example {number}: the same secret is also found by {', '.join(same)}")
    specific = [other for other in different if not other.startswith(CATCH_ALL_PREFIX)]
    if specific:
        report.warn(where, f"example {number} is also reported, as a different secret, by {', '.join(specific)}")
    if len(specific) < len(different):
        report.catch_all_overlaps += 1
        if options.verbose:
            catch_all = [other for other in different if other.startswith(CATCH_ALL_PREFIX)]
            print(f"{where}: example {number}: a different secret is also found by {', '.join(catch_all)}")


def check_negative_example(rules, rule_index, number, example, database, report, options):
    rule = rules[rule_index]
    where = f"{rule.source}: {rule.id}"
    text = example.encode()
    hits = scan(database, text)
    _, by_engine, _, _ = accepted_secrets(rule_index, rule, text, hits)
    if by_engine:
        secrets = ", ".join(repr(secret.decode(errors="replace")) for secret in sorted(by_engine))
        report.error(where, f"negative example {number} yields a secret: {secrets}")
        return
    _, others = other_rules_reporting(rules, rule_index, text, hits, set())
    specific = [other for other in others if not other.startswith(CATCH_ALL_PREFIX)]
    if specific:
        report.warn(where, (
            f"negative example {number} is reported by {', '.join(specific)}, so the planted benchmark "
            "counts it as a false alarm"))
    if options.strict:
        _, without_builtin, _, _ = accepted_secrets(rule_index, rule, text, hits, builtin_filters=False)
        if without_builtin:
            secrets = ", ".join(repr(secret.decode(errors="replace")) for secret in sorted(without_builtin))
            report.error(where, (
                f"negative example {number} is dropped only by the engine's placeholder check, not by the "
                f"rule's own filters: {secrets}"))


def check_examples(rules, database, report, options):
    for rule_index, rule in enumerate(rules):
        for number, example in enumerate(rule.examples, start=1):
            check_example(rules, rule_index, number, example, database, report, options)
        for number, example in enumerate(rule.negative_examples, start=1):
            check_negative_example(rules, rule_index, number, example, database, report, options)


def main():
    parser = argparse.ArgumentParser(description="Check vixen-gate's secret rule files without the Swift engine.")
    parser.add_argument("paths", nargs="*", help="rule files or folders (default: the built-in rules folder)")
    parser.add_argument("--warnings-as-errors", action="store_true", help="exit with status 1 on warnings too")
    parser.add_argument("--verbose", action="store_true", help="print every secret each example yields")
    parser.add_argument(
        "--strict", action="store_true",
        help="also require each rule to stand on its own: negative examples rejected by the rule's own "
        "filters, without the engine's placeholder check, and hits that end where the secret ends")
    args = parser.parse_args()
    paths = args.paths or [os.path.normpath(DEFAULT_RULES_DIR)]

    report = Report()
    rules = load_rules(paths, report)
    database, seconds = compile_database(rules, report) if rules else (None, 0.0)
    if database is not None:
        check_examples(rules, database, report, args)

    for line in report.errors + report.warnings:
        print(line)
    files = Counter(rule.source for rule in rules)
    for source in sorted(files):
        print(f"{source}: {files[source]} rules")
    if report.catch_all_overlaps:
        print(
            f"{report.catch_all_overlaps} examples yield a different secret from a catch-all rule "
            f"({CATCH_ALL_PREFIX}*) as well, so the engine reports them twice; --verbose lists them")
    compiled = f"database compiled in {seconds:.2f} s" if database is not None else "database not compiled"
    print(
        f"{len(rules)} rules in {len(files)} files, {compiled}: "
        f"{len(report.errors)} errors, {len(report.warnings)} warnings"
    )
    failed = report.errors or (args.warnings_as_errors and report.warnings)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
