"""Meta rules (category `meta`, GC0xx): about the gig's own `gigcheck-disable` comments.

They do not look at the gig: the suppression step (`engine/suppressions.py`) produces
their findings while it applies the directives, and only when the rule is selected, so
`--select`, `--ignore` and the packs treat them like every other rule. Their messages
are declared here; the suppression step fills them in.
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule


class _SuppressionRule(Rule):
    """Base for rules whose findings come from the suppression step, not from `check`."""

    category = "meta"
    kind = "meta"

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
    messages = {
        "default": "Unknown rule '{token}' in a gigcheck-{kind} comment; it suppresses nothing.",
        "directive": "'gigcheck-{kind}' is not a gigcheck directive; it suppresses nothing.",
    }
    suggestions = {
        "default": "Name rules by code (GC201) or name (contact-email); `gigcheck rules` lists them.",
        "directive": "Use gigcheck-disable-next-line, gigcheck-disable, gigcheck-enable or gigcheck-disable-file.",
        "close": "Did you mean '{close}'? `gigcheck rules` lists the rules.",
    }
    bad_example = (
        "---\ntitle: I will record a voice over\n---\n"
        "<!-- gigcheck-disable-next-line contact-emial -->\nWrite to me through the order page.\n"
    )
    good_example = (
        "---\ntitle: I will record a voice over\n---\n"
        "<!-- gigcheck-disable-next-line contact-email -- the marketplace's own address -->\n"
        "Report abuse to trust.safety@fiverr.com.\n"
    )


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
    messages = {"default": "This gigcheck-{kind} comment suppresses nothing{what}."}
    suggestions = {"default": "Remove it (or the rules it no longer needs)."}
    bad_example = (
        "---\ntitle: I will record a voice over\n---\n"
        "<!-- gigcheck-disable-next-line contact-email -->\nSend your script through the order page.\n"
    )
    good_example = (
        "---\ntitle: I will record a voice over\n---\n"
        "<!-- gigcheck-disable-next-line contact-email -- the marketplace's own address -->\n"
        "Report abuse to trust.safety@fiverr.com.\n"
    )


RULES = (UnknownSuppressionRule, UnusedSuppression)
