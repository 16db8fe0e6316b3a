"""`--redact`: mask the contact details that findings quote, in every format.

CI logs are often public, and a report that repeats a seller's phone number publishes it.
The CLI applies `redact_result` to each FileResult before any reporter sees it, so no
format can forget. Masking keeps the first and last visible character and the length
(whitespace and newlines stay), so underlines and columns in the text report still line
up with the masked source line.
"""
from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import replace
from typing import Any

from gigcheck.records import FileResult, Finding
from gigcheck.rules.registry import rule_by_key
from gigcheck.text.trie import alternation

SENSITIVE_CATEGORIES = ("contact", "payment")
MASK = "*"


def is_sensitive(f: Finding) -> bool:
    """Whether `f` quotes something to mask: the rule says so, else its category decides."""
    rule = rule_by_key(f.rule)
    return rule.masks_excerpt() if rule is not None else f.category in SENSITIVE_CATEGORIES


def mask(text: str) -> str:
    """`studio.lina@gmail.com` → `s*******************m`; fewer than 4 visible characters
    are masked entirely (keeping two of three would reveal most of it)."""
    visible = [i for i, c in enumerate(text) if not c.isspace()]
    keep = {visible[0], visible[-1]} if len(visible) >= 4 else set()
    return "".join(c if c.isspace() or i in keep else MASK for i, c in enumerate(text))


def _mask_copies(text: str | None, pattern: re.Pattern[str] | None) -> str | None:
    """Mask every copy of the file's secrets in a text (case-insensitive)."""
    if not text or pattern is None:
        return text
    return pattern.sub(lambda m: mask(m.group()), text)


def _secrets_pattern(findings: list[Finding]) -> re.Pattern[str] | None:
    """One pattern for every sensitive value quoted in the file, longest first."""
    secrets = {s for f in findings if is_sensitive(f) for s in (f.excerpt, f.key) if s and s.strip()}
    if not secrets:
        return None
    return re.compile(alternation(secrets), re.IGNORECASE)


def _splice(lines: MutableMapping[int, str], f: Finding, masked: str) -> None:
    """Put the masked excerpt over the finding's span in the source lines we hold."""
    for i, part in enumerate(masked.split("\n")):
        ln = f.line + i
        line = lines.get(ln)
        if line is None:
            continue
        col0 = f.column - 1 if i == 0 else 0
        lines[ln] = line[:col0] + part + line[col0 + len(part):]


def redact_finding(f: Finding, pattern: re.Pattern[str] | None) -> Finding:
    """`f` with its own excerpt masked when sensitive, and copies of the file's secrets
    masked in every text it shows (a title-too-long excerpt can quote an email)."""
    excerpt = mask(f.excerpt) if is_sensitive(f) else _mask_copies(f.excerpt, pattern) or ""
    message = _mask_copies(f.message, pattern) or f.message
    suggestion = _mask_copies(f.suggestion, pattern)
    if (excerpt, message, suggestion) == (f.excerpt, f.message, f.suggestion):
        return f
    # The fingerprint hashes `key` when set, else the excerpt: keeping the original text
    # in `key` (never printed) makes --redact leave baselines and SARIF prints unchanged.
    key = f.key if f.key is not None else f.excerpt
    return replace(f, excerpt=excerpt, message=message, suggestion=suggestion, key=key)


def redact_result(result: FileResult) -> FileResult:
    """`result` with sensitive excerpts masked everywhere a reporter could show them."""
    pattern = _secrets_pattern(result.findings)
    if pattern is None:
        return result
    findings = [redact_finding(f, pattern) for f in result.findings]
    lines = dict(result.lines)
    source = getattr(result, "source", None)  # whole text, kept only for the HTML report
    source_lines = dict(enumerate(source.split("\n"), 1)) if source is not None else None
    for old, new in zip(result.findings, findings, strict=True):
        if is_sensitive(old):
            _splice(lines, old, new.excerpt)
            if source_lines is not None:
                _splice(source_lines, old, new.excerpt)
    lines = {n: _mask_copies(text, pattern) or text for n, text in lines.items()}
    changes: dict[str, Any] = {"findings": findings, "lines": lines}
    if result.values:  # a row's field values (records.py)
        changes["values"] = {k: _mask_copies(v, pattern) or v for k, v in result.values.items()}
    if source_lines is not None:
        joined = "\n".join(source_lines[i] for i in range(1, len(source_lines) + 1))
        changes["source"] = _mask_copies(joined, pattern)
    return replace(result, **changes)
