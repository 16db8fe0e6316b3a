"""Contact rules (category `contact`): details that would take the buyer off the platform."""
from __future__ import annotations

import re
from typing import Iterator

from ..gig import Gig
from ..model import Hit, Severity
from .base import Context, Rule

# Linear: one bounded local part, one "@", dotted labels with no nested repetition.
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}(?![\w-])", re.IGNORECASE
)


class ContactEmail(Rule):
    """Email addresses are personal contact details: the marketplace forbids them in gigs.

    Buyers must contact you through the marketplace's messages, where orders are protected.
    """

    code = "GC201"
    name = "contact-email"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig contains an email address."
    bad_example = "Send your script to bob.voice@gmail.com before ordering.\n"
    good_example = "Send me your script through the order page after ordering.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for run in gig.runs:
            for m in _EMAIL.finditer(run.text):
                a, b = run.src_span(m.start(), m.end())
                yield Hit(
                    a,
                    b,
                    run.section,
                    "This is an email address; sharing contact details is against marketplace rules.",
                    "Remove it: buyers contact you through the marketplace's messages.",
                    key=m.group().lower(),
                )
