"""Inline suppressions, read only from real HTML comments (never from code spans or blocks).

    <!-- gigcheck-disable-next-line [RULES] [-- reason] -->
    <!-- gigcheck-disable [RULES] -->  ...  <!-- gigcheck-enable [RULES] -->
    <!-- gigcheck-disable-file [RULES] -->

RULES are codes or names separated by commas or spaces; none means every rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .gig import Gig
from .model import Finding

if TYPE_CHECKING:
    from .config import Config
    from .engine import LineIndex

DIRECTIVE = re.compile(
    r"<!--[ \t]*gigcheck-(disable-next-line|disable-file|disable|enable)\b([^\n]*?)-->", re.IGNORECASE
)


@dataclass(frozen=True)
class Directive:
    kind: str  # disable-next-line | disable-file | disable | enable
    rules: frozenset[str]  # codes and names as written, lowercased; empty = all rules
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    reason: Optional[str]


def parse_directives(gig: Gig, index: "LineIndex") -> list[Directive]:
    out = []
    for run in gig.comments:
        for m in DIRECTIVE.finditer(run.text):
            body = m.group(2)
            reason = None
            if "--" in body:
                body, reason = body.split("--", 1)
                reason = reason.strip() or None
            names = frozenset(t.lower() for t in re.split(r"[\s,]+", body.strip()) if t)
            a, b = run.src_span(m.start(), m.end())
            line, col = index.position(a)
            end_line, end_col = index.position(b)
            out.append(Directive(m.group(1).lower(), names, line, col, end_line, end_col, m.group(), reason))
    out.sort(key=lambda d: (d.line, d.column))
    return out


def _covers(rules: frozenset[str], f: Finding) -> bool:
    return not rules or f.rule.lower() in rules or f.name in rules


def suppressed_by(f: Finding, directives: list[Directive]) -> Optional[Directive]:
    """The directive that silences `f`, if any (ranges are evaluated in document order)."""
    for d in directives:
        if d.kind == "disable-file" and _covers(d.rules, f):
            return d
        if d.kind == "disable-next-line" and d.end_line + 1 == f.line and _covers(d.rules, f):
            return d
    active: Optional[Directive] = None
    for d in directives:
        if (d.line, d.column) > (f.line, f.column):
            break
        if d.kind == "disable" and _covers(d.rules, f):
            active = d
        elif d.kind == "enable" and active is not None and (not d.rules or _covers(d.rules, f)):
            active = None
    return active


def apply_suppressions(gig: Gig, findings: list[Finding], config: "Config", index: "LineIndex") -> list[Finding]:
    if not gig.comments:
        return findings
    directives = parse_directives(gig, index)
    if not directives:
        return findings
    return [f for f in findings if suppressed_by(f, directives) is None]
