"""Inline suppressions, read only from real HTML comments (never from code spans or blocks).

Every accepted spelling (case-insensitive; any whitespace, even newlines, around the parts):

    <!-- gigcheck-disable-next-line [RULES] [-- reason] -->
    <!-- gigcheck-disable [RULES] [-- reason] -->  ...  <!-- gigcheck-enable [RULES] -->
    <!-- gigcheck-disable-file [RULES] [-- reason] -->

RULES are codes (`GC201`, any case) or names (`contact-email`) separated by commas or
spaces; none means every rule. `disable-next-line` covers findings that start on the line
after the comment ends. The comment must start with `gigcheck-`: any other HTML comment
is ignored. The parser only turns real HTML comments into `gig.comments`, so a directive
shown inside a code span or block is text, not a directive (markdownlint's regex over raw
lines gets this wrong).

Besides filtering, this step reports its own two rules when they are selected: GC001
(a directive naming an unknown rule, or an unknown `gigcheck-` directive) and GC002
(a disable directive that suppressed nothing among the rules that ran).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from gigcheck.document.gig import Gig
from gigcheck.document.positions import LineIndex
from gigcheck.engine.findings import make_finding
from gigcheck.policy.config import Config
from gigcheck.records import Finding, Hit
from gigcheck.regex_cache import cached_regex
from gigcheck.rules.meta import UnknownSuppressionRule, UnusedSuppression
from gigcheck.rules.registry import Registry

KINDS = ("disable-next-line", "disable-file", "disable", "enable")
DISABLING = ("disable-next-line", "disable-file", "disable")
UNKNOWN_RULE, UNUSED = UnknownSuppressionRule.code, UnusedSuppression.code

# `gigcheck-` first in the comment, then the directive word, optional rules and reason.
DIRECTIVE = cached_regex(r"<!--\s*gigcheck-([a-z-]*)(?:\s+(.*?))?\s*-->", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Directive:
    kind: str  # one of KINDS, or what was written when it is not one (reported as GC001)
    tokens: tuple[str, ...]  # rules as written, lowercased; empty = every rule
    codes: frozenset[str]  # the known rules among `tokens`, as codes
    unknown: tuple[str, ...]  # the tokens that name no rule
    start: int  # source offsets of the whole comment
    end: int
    line: int
    column: int
    end_line: int
    section: str
    reason: str | None

    def covers(self, f: Finding) -> bool:
        return not self.tokens or f.rule in self.codes


def parse_directives(gig: Gig, index: LineIndex, registry: Registry) -> list[Directive]:
    out = []
    for run in gig.comments:
        for m in DIRECTIVE.finditer(run.text):
            body, reason = m.group(2) or "", None
            if "--" in body:
                body, reason = body.split("--", 1)
                reason = reason.strip() or None
            tokens = tuple(t.lower() for t in re.split(r"[\s,]+", body.strip()) if t)
            rules = [registry.get(t) for t in tokens]
            codes = frozenset(r.code for r in rules if r is not None)
            unknown = tuple(t for t, r in zip(tokens, rules, strict=True) if r is None)
            a, b = run.src_span(m.start(), m.end())
            line, col = index.position(a)
            end_line, _ = index.position(b)
            out.append(
                Directive(m.group(1).lower(), tokens, codes, unknown, a, b, line, col, end_line, run.section, reason)
            )
    out.sort(key=lambda d: (d.line, d.column))
    return out


class Directives:
    """The directives of one gig, indexed so that finding the one that silences a finding
    costs a few look-ups, not a pass over every directive (a megabyte of directives
    against as many findings would be quadratic)."""

    def __init__(self, directives: list[Directive]) -> None:
        self.all = directives
        self._order = {id(d): i for i, d in enumerate(directives)}
        # First two directives per key (the second stands in when the first is skipped):
        # (kind, line or 0, code or "") with "" for directives that name no rule.
        self._first: dict[tuple[str, int, str], list[Directive]] = {}
        for d in directives:
            if d.kind == "disable-file":
                self._note(("file", 0, ""), d)
            elif d.kind == "disable-next-line":
                self._note(("line", d.end_line + 1, ""), d)
        # Ranges: per rule code, the disable/enable directives that concern it, with
        # the directive active after each (built on first use for each code).
        self._ranges: dict[str, tuple[list[tuple[int, int]], list[Directive | None], list[Directive]]] = {}

    def __bool__(self) -> bool:
        return bool(self.all)

    def _note(self, key: tuple[str, int, str], d: Directive) -> None:
        keys = [key] if not d.tokens else [(key[0], key[1], code) for code in d.codes]
        for k in keys:
            got = self._first.setdefault(k, [])
            if len(got) < 2:
                got.append(d)

    def silencing(self, f: Finding, skip: Directive | None = None) -> Directive | None:
        """The directive that silences `f`, if any (ranges are evaluated in document
        order). `skip` never counts: a directive must not silence the findings about itself."""
        candidates = [
            d
            for key in (("file", 0, ""), ("file", 0, f.rule), ("line", f.line, ""), ("line", f.line, f.rule))
            for d in self._first.get(key, ())
            if d is not skip
        ]
        if candidates:
            return min(candidates, key=lambda d: self._order[id(d)])
        return self._active(f, skip)

    def _active(self, f: Finding, skip: Directive | None) -> Directive | None:
        positions, active, events = self._range_of(f.rule)
        k = bisect.bisect_right(positions, (f.line, f.column))
        if k == 0:
            return None
        if skip is not None and events[k - 1] is skip:
            # The state after a row of events is set by the last one (a disable makes
            # itself active, an enable ends any): without `skip`, the one before it.
            return active[k - 2] if k >= 2 else None
        return active[k - 1]

    def _range_of(self, code: str) -> tuple[list[tuple[int, int]], list[Directive | None], list[Directive]]:
        got = self._ranges.get(code)
        if got is None:
            events = [
                d for d in self.all if d.kind in ("disable", "enable") and (not d.tokens or code in d.codes)
            ]
            positions = [(d.line, d.column) for d in events]
            active: list[Directive | None] = []
            now: Directive | None = None
            for d in events:
                if d.kind == "disable":
                    now = d
                elif now is not None:
                    now = None
                active.append(now)
            got = self._ranges[code] = (positions, active, events)
        return got


def suppressed_by(f: Finding, directives: list[Directive], skip: Directive | None = None) -> Directive | None:
    """The directive that silences `f`, if any (ranges are evaluated in document order).

    `skip` never counts: a directive must not silence the findings about itself.
    """
    return Directives(directives).silencing(f, skip)


def _unused_codes(d: Directive, used: set[str], config: Config) -> list[str] | None:
    """Codes `d` names that ran but suppressed nothing; [] for an unused blanket directive.

    None when nothing can be said: like ruff's RUF100, rules that did not run are never
    called unused (they might be needed when they do run).
    """
    if d.kind not in DISABLING:
        return None
    if not d.tokens:
        return [] if not used and not config.narrowed else None
    # Cross-gig rules (rules/batch.py) find their matches after this gig is done, so
    # whether a directive naming them is needed is unknown here: never called unused.
    ran = {rc.rule.code for rc in config.rules if rc.rule.kind == "gig"}
    unused = sorted((d.codes & ran) - used)
    return unused or None


def _meta_hits(
    directives: list[Directive], used: dict[int, set[str]], config: Config
) -> list[tuple[Directive, str, Hit]]:
    unknown, unused_rule = UnknownSuppressionRule(), UnusedSuppression()
    out = []
    for d in directives:
        span = (d.start, d.end)
        if d.kind not in KINDS:
            hit = unknown.hit(span, d.section, "directive", value=f"directive:{d.kind}", kind=d.kind)
            out.append((d, UNKNOWN_RULE, hit))
            continue
        for token in d.unknown:
            near = config.registry.closest(token)
            tip = unknown.suggestion("close", close=near) if near else None
            hit = unknown.hit(span, d.section, value=f"rule:{token}", tip=tip, token=token, kind=d.kind)
            out.append((d, UNKNOWN_RULE, hit))
        unused = _unused_codes(d, used.get(id(d), set()), config)
        if unused is not None:
            what = f" for {', '.join(unused)}" if unused else ""
            hit = unused_rule.hit(span, d.section, value=f"{d.kind}:{','.join(unused)}", kind=d.kind, what=what)
            out.append((d, UNUSED, hit))
    return out


def apply_suppressions(gig: Gig, findings: list[Finding], config: Config, index: LineIndex) -> list[Finding]:
    """Drop suppressed findings; add GC001/GC002 findings when those rules are selected."""
    if not gig.comments:
        return findings
    directives = parse_directives(gig, index, config.registry)
    if not directives:
        return findings
    silencing = Directives(directives).silencing
    kept: list[Finding] = []
    used: dict[int, set[str]] = {}
    for f in findings:
        d = silencing(f)
        if d is None:
            kept.append(f)
        else:
            used.setdefault(id(d), set()).add(f.rule)
    meta_rules = {code: config.rule_config(code) for code in (UNKNOWN_RULE, UNUSED)}
    if not any(meta_rules.values()):
        return kept
    for d, code, hit in _meta_hits(directives, used, config):
        rc = meta_rules[code]
        if rc is None:
            continue
        f = make_finding(rc, hit, index)
        # Findings about suppressions can be silenced too, but never by the directive itself.
        if silencing(f, skip=d) is None:
            kept.append(f)
    kept.sort(key=Finding.sort_key)
    return kept
