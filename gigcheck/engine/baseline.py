"""Baselines: accept today's findings, report only new ones (`--baseline`, `--write-baseline`).

The file is JSON, versioned, sorted and free of timestamps so that rewriting it with the
same findings gives the same bytes. Entries carry the fingerprint (see fingerprint.py)
and, for people reading diffs, the path, rule and section; never the excerpt, because
the baseline is committed and excerpts are often contact details.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from typing import Any

from gigcheck.engine.fingerprint import fingerprints, stable_path
from gigcheck.files import InputError, read_bytes
from gigcheck.io.json_values import load_json
from gigcheck.io.output import atomic_output
from gigcheck.io.reading import decode_utf8
from gigcheck.policy.config import ConfigError
from gigcheck.records import FileResult
from gigcheck.text.english import plural

BASELINE_VERSION = 1
# A baseline entry is ~200 bytes: room for a few hundred thousand findings.
BASELINE_MAX_BYTES = 64 * 1024 * 1024


def load_baseline(path: str) -> frozenset[str]:
    """The fingerprints recorded in a baseline file. Raises ConfigError (exit 2)."""
    if not os.path.lexists(path):
        raise ConfigError(f"{path}: baseline file not found (create it with --write-baseline)")
    try:
        doc = load_json(decode_utf8(read_bytes(path, BASELINE_MAX_BYTES, "a baseline is read up to this size")))
    except (InputError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the baseline: {exc}") from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: not a gigcheck baseline of version {BASELINE_VERSION}")
    entries = doc.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise ConfigError(f"{path}: 'findings' must be a list of objects with a 'fingerprint'")
    return frozenset(e["fingerprint"] for e in entries)


def filter_result(result: FileResult, known: frozenset[str]) -> FileResult:
    """`result` without the findings recorded in the baseline."""
    if not result.findings:
        return result
    prints = fingerprints(result.path, result.findings)
    kept = [f for f, fp in zip(result.findings, prints, strict=True) if fp not in known]
    if len(kept) == len(result.findings):
        return result
    return replace(result, findings=kept)


class BaselineWriter:
    """Collects entries as results stream in; `write` puts them in the file, sorted."""

    def __init__(self) -> None:
        self.entries: list[dict[str, str]] = []
        self.unreadable: list[str] = []

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.unreadable.append(result.path)
            return
        path = stable_path(result.path)
        for f, fp in zip(result.findings, fingerprints(result.path, result.findings), strict=True):
            self.entries.append({"path": path, "rule": f.rule, "name": f.name, "section": f.section, "fingerprint": fp})

    def document(self) -> dict[str, Any]:
        entries = sorted(self.entries, key=lambda e: (e["path"], e["rule"], e["section"], e["fingerprint"]))
        return {"version": BASELINE_VERSION, "tool": "gigcheck", "findings": entries}

    def write(self, path: str) -> str | None:
        """Write the baseline atomically; refuse (returning why) when an input was unreadable,
        since its old entries would silently vanish and its findings come back later."""
        if self.unreadable:
            return f"not written: {plural(len(self.unreadable), 'input')} could not be read"
        with atomic_output(path) as out:
            out.write(json.dumps(self.document(), indent=2, ensure_ascii=False) + "\n")
        return None
