"""Rules about the gig's own `gigcheck-disable` comments (category `listing`).

They do not look at the gig: the suppression step (`gigcheck/suppressions.py`) produces
their findings while it applies the directives, and only when the rule is selected, so
`--select`, `--ignore` and the packs treat them like every other rule. `listing` is the
closest of the fixed categories: the comments are part of the listing file, and none of
the other categories (contact, payment, links, extras, wording) describes them.
"""
from __future__ import annotations

from typing import Iterator

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule


class _SuppressionRule(Rule):
    """Base for rules whose findings come from the suppression step, not from `check`."""

    category = "listing"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return iter(())


class UnknownSuppressionRule(_SuppressionRule):
    """A `gigcheck-...` comment names a rule that does not exist, or is not a directive.

    A misspelled rule (`contact-emial`) or directive (`gigcheck-disable-nextline`)
    suppresses nothing, so the finding it was meant to silence is still reported; this
    says why. Rules are named by code (`GC201`) or name (`contact-email`); the directives
    are `disable-next-line`, `disable`, `enable` and `disable-file`.
    """

    code = "GC001"
    name = "unknown-suppression-rule"
    severity = Severity.WARNING
    summary = "A gigcheck comment names an unknown rule or directive."
    bad_example = "<!-- gigcheck-disable-next-line contact-emial -->\nWrite to me through the order page.\n"
    good_example = "<!-- gigcheck-disable-next-line contact-email -- the marketplace's own address -->\nReport abuse to trust.safety@fiverr.com.\n"


class UnusedSuppression(_SuppressionRule):
    """A `gigcheck-disable...` comment suppresses nothing: remove it.

    Stale suppressions hide future problems on that line or in that file. Only rules that
    ran are considered: under `--select GC201` a comment that disables `title-too-long` is
    not reported, because gigcheck cannot tell whether it is still needed. A comment
    without rules (which silences every rule) is only reported when every rule the policy
    pack enables ran.
    """

    code = "GC002"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "A gigcheck-disable comment suppresses nothing."
    bad_example = "<!-- gigcheck-disable-next-line contact-email -->\nSend your script through the order page.\n"
    good_example = "<!-- gigcheck-disable-next-line contact-email -- the marketplace's own address -->\nReport abuse to trust.safety@fiverr.com.\n"
