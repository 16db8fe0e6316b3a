"""What severity a rule reports at: the one place that says it.

A rule declares its default; a pack's or config's `[rules.<name>] severity` replaces it;
a pack with `warnings_as_errors = true` (the `strict` pack) then raises every warning to
an error, whichever rule it is (built-in, defined as data, meta or cross-gig). Infos stay
infos: they are context for editors, never a reason to reject a gig.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.records import Severity
from gigcheck.rules.base import Rule


def configured_severity(rule: type[Rule], table: Mapping[str, Any], warnings_as_errors: bool) -> Severity:
    """The severity of `rule` given its `[rules.<name>]` table and the pack's strictness."""
    severity = Severity.parse(table["severity"]) if "severity" in table else rule.severity
    if warnings_as_errors and severity is Severity.WARNING:
        return Severity.ERROR
    return severity
