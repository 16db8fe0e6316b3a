"""Content fingerprints of findings, for baselines and SARIF `partialFingerprints`.

A fingerprint hashes the file, the rule, the section and what was matched (`finding.key`
when the rule sets one, else the excerpt), casefolded with whitespace collapsed, plus an
occurrence index among identical tuples in the file. No line numbers: inserting lines
above a finding keeps its fingerprint (detect-secrets' line-keyed baselines churn on
every edit), and two identical findings in one file still get distinct fingerprints.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from gigcheck.records import Finding
from gigcheck.rules.registry import rule_by_key

VERSION = "v1"  # part of the hashed text: a change of recipe must not collide with old prints


def stable_path(path: str) -> str:
    """The path as a project-relative POSIX string, so `./a.md` and `a.md` are one file."""
    if path.startswith("<") and path.endswith(">"):  # <stdin>
        return path
    norm = os.path.normpath(path)
    if os.path.isabs(norm):
        rel = os.path.relpath(norm)
        if not rel.startswith(".."):
            norm = rel
    return Path(norm).as_posix()


def normalize_text(text: str) -> str:
    return " ".join(text.casefold().split())


def identity(f: Finding) -> str:
    """What the finding is about; `key` survives redaction (see redact.py)."""
    return normalize_text(f.key if f.key is not None else f.excerpt)


def print_code(code: str) -> str:
    """The code a rule's findings are fingerprinted under: its code before a renumbering
    (GC601 shouting was GC508), so baselines written before it keep matching."""
    rule = rule_by_key(code)
    return rule.print_code() if rule is not None else code


def fingerprints(path: str, findings: Iterable[Finding]) -> list[str]:
    """One hex fingerprint per finding, in order (findings come sorted by position)."""
    where = stable_path(path)
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for f in findings:
        parts = (print_code(f.rule), f.section, identity(f))
        n = seen.get(parts, 0)
        seen[parts] = n + 1
        text = "\0".join((VERSION, where, *parts, str(n)))
        out.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
    return out
