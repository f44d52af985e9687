"""Make a fresh credential for a rule from the shape of one of its examples.

The planted benchmark must not measure a rule only on the values it was written against, and no
credential-shaped value may be committed for it. So each planted value is the rule's example with
the characters of its secret replaced at run time, from a seeded random generator. A letter is
replaced by a letter of the same case and a digit by a digit, and inside a run of hexadecimal
characters only hexadecimal characters are drawn. Everything else, such as prefixes, separators
and line breaks, stays.

A replacement that the rule would no longer accept is undone, one character at a time, so literal
parts of a pattern (`AKIA`, `T3BlbkFJ`, a base32 alphabet) survive. The result is then checked
against the rule's confirm pattern, its Vectorscan pattern where Python's `re` reads it, and the
rule's own filters: entropy, keywords, stopwords and allowlist, plus the engine's placeholder words.
"""

import math
import re
import string
from collections import Counter

HEX_DIGITS = frozenset(string.hexdigits)
# A run of at least this many hexadecimal characters keeps to hexadecimal when it is replaced.
MIN_HEX_RUN = 8
# Placeholder words that make the engine drop a secret (Filters/PlaceholderFilter.swift). A random
# replacement could only spell one by chance, but a fresh value must never be dropped for it.
PLACEHOLDER_WORDS = (
    "example", "changeme", "change_me", "change-me", "changethis", "placeholder", "replaceme", "redacted",
    "yourkeyhere",
)
TRIES_PER_CHARACTER = 4


class Shape:
    """The secrets a rule accepts: its patterns and filters, read from its YAML entry."""

    def __init__(self, rule):
        self.confirm = re.compile(rule.get("confirm", rule["pattern"]), re.MULTILINE)
        self.secret_group = rule.get("secret_group", 0)
        self.min_entropy = rule.get("min_entropy")
        self.keywords = [word.lower() for word in rule.get("keywords", [])]
        self.stopwords = [word.lower() for word in rule.get("stopwords", [])]
        self.allowlist = [re.compile(pattern) for pattern in rule.get("allowlist", [])]
        try:
            self.pattern = re.compile(rule["pattern"], re.MULTILINE)
        except re.error:
            # NOTE: a pattern in Vectorscan-only syntax is not checked here, only its confirm pattern.
            self.pattern = None

    def secret_in(self, text):
        """Return the first secret the confirm pattern extracts from `text` and its offset, or None."""
        for match in self.confirm.finditer(text):
            if match.group(self.secret_group):
                return match.group(self.secret_group), match.start(self.secret_group)
        return None

    def accepts(self, text, secret, offset):
        """Return whether the rule reports exactly `secret` at `offset` in `text`."""
        if self.pattern is not None and self.pattern.search(text) is None:
            return False
        extracted = any(
            match.start(self.secret_group) == offset and match.group(self.secret_group) == secret
            for match in self.confirm.finditer(text)
        )
        return extracted and self.passes_filters(text, secret)

    def passes_filters(self, text, secret):
        if self.min_entropy is not None and shannon_entropy(secret) < self.min_entropy:
            return False
        if self.keywords and not any(keyword in text.lower() for keyword in self.keywords):
            return False
        lowered = secret.lower()
        if any(word in lowered for word in self.stopwords + list(PLACEHOLDER_WORDS)):
            return False
        return not any(pattern.search(secret) for pattern in self.allowlist)


def shannon_entropy(text):
    if not text:
        return 0.0
    counts = Counter(text)
    return -sum(count / len(text) * math.log2(count / len(text)) for count in counts.values())


def replaceable_positions(secret, text_before):
    """Return the indexes of `secret` that may change, each with the alphabet to draw from.

    A character right after a backslash is part of an escape such as `\\n` and stays.
    """
    positions = []
    runs = re.finditer(r"[A-Za-z0-9]+", secret)
    for run in runs:
        is_hex = len(run.group()) >= MIN_HEX_RUN and all(character in HEX_DIGITS for character in run.group())
        for index in range(run.start(), run.end()):
            previous = secret[index - 1] if index > 0 else text_before[-1:]
            if previous == "\\":
                continue
            positions.append((index, alphabet_for(secret[index], is_hex)))
    return positions


def alphabet_for(character, is_hex):
    if character.isdigit():
        return string.digits
    if character.islower():
        return "abcdef" if is_hex else string.ascii_lowercase
    return "ABCDEF" if is_hex else string.ascii_uppercase


def fresh_example(rule, example, rng):
    """Return `example` with a fresh secret in place of the rule's, and that secret, or None.

    None means the rule's confirm pattern finds no secret in the example, or no fresh value that
    the rule accepts could be made.
    """
    shape = Shape(rule)
    found = shape.secret_in(example)
    if found is None:
        return None
    secret, offset = found
    before, after = example[:offset], example[offset + len(secret):]
    positions = replaceable_positions(secret, before)
    if not positions:
        return None

    characters = list(secret)
    for index, alphabet in positions:
        characters[index] = rng.choice(alphabet)
    candidate = "".join(characters)
    if candidate != secret and shape.accepts(before + candidate + after, candidate, offset):
        return before + candidate + after, candidate

    # Some replaced character broke a literal part of the pattern: replace one character at a time
    # instead, keeping each replacement the rule still accepts.
    characters = list(secret)
    for index, alphabet in positions:
        for _ in range(TRIES_PER_CHARACTER):
            trial = characters.copy()
            trial[index] = rng.choice(alphabet)
            value = "".join(trial)
            if shape.accepts(before + value + after, value, offset):
                characters = trial
                break
    candidate = "".join(characters)
    changed = sum(1 for old, new in zip(secret, candidate) if old != new)
    if changed * 2 < len(positions) or not shape.accepts(before + candidate + after, candidate, offset):
        return None
    return before + candidate + after, candidate
