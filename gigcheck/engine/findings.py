"""Hits → findings: the rule's code, name and category, the configured severity, and the
source offsets turned into 1-based lines and columns."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from gigcheck.document.positions import LineIndex
from gigcheck.policy.config import RuleConfig
from gigcheck.records import FileResult, Finding, Fix, Hit, PlacedFix, Severity, TextEdit


def make_finding(rc: RuleConfig, hit: Hit, index: LineIndex) -> Finding:
    rule = rc.rule
    src = index.source
    start = max(0, min(hit.start, len(src)))
    end = max(start, min(hit.end, len(src)))
    line, col = index.position(start)
    end_line, end_col = index.position(end)
    return Finding(
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=rc.severity,
        message=hit.message,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        section=hit.section,
        excerpt=src[start:end],
        suggestion=hit.suggestion,
        key=hit.key,
        fix=place_fix(hit.fix, index) if hit.fix is not None else None,
    )


def place_fix(fix: Fix, index: LineIndex) -> PlacedFix:
    """A rule's fix with its source offsets turned into lines and columns."""
    n = len(index.source)
    edits = []
    for e in fix.edits:
        start = max(0, min(e.start, n))
        end = max(start, min(e.end, n))
        edits.append(TextEdit(*index.position(start), *index.position(end), e.content))
    return PlacedFix(fix.message, tuple(edits), fix.applicability)


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def without_rules(result: FileResult, codes: frozenset[str]) -> FileResult:
    """`result` without the findings of rules `codes` (per-file ignores: the rules ran,
    so what they found still counted for everything but the report)."""
    if not codes or not result.findings:
        return result
    kept = [f for f in result.findings if f.rule not in codes]
    return result if len(kept) == len(result.findings) else replace(result, findings=kept)
