"""A buyer's question the seller answers with a refusal.

"Q: Can I pay you on PayPal to save fees? A: No. Fiverr's terms don't allow it" and
"**Will you give me your email?** No — everything stays in the Fiverr inbox" quote a
channel or a payment route only to turn it down: neither an offer nor an invitation.
Shared by the invitation scan and the payment and contact rules, so all read an FAQ
the same way.
"""
from __future__ import annotations

from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import NOT_HERE
from gigcheck.document.gig import Gig
from gigcheck.scan.vocabulary import Vocabulary
from gigcheck.text.fold import fold
from gigcheck.text.questions import is_asked

__all__ = ["answer", "refused_question"]


def refused_question(gig: Gig, rs: RunScan, start: int, vocabulary: Vocabulary) -> bool:
    """The sentence at `start` of `rs` is a question, and what follows it (in the same
    paragraph or the next of its section) opens with a refusal."""
    s0, s1 = rs.sentence(start)
    if not is_asked(rs.text[s0:s1], strip=" *_"):
        return False
    if _here_denied(rs, s1):
        return False  # "Need a faster way to reach me? Not here, on Telegram.": a way elsewhere, no refusal
    reply = answer(gig, rs, s1)
    if not pay_words(vocabulary.channels).refusing(reply):
        return False
    # "No problem!" says yes (payment's `affirms`: the answers of `affirming_answers`, after a label)
    return pay_words(vocabulary.channels).affirms.match(fold(reply.casefold()).text) is None


# How far after the question its answer's "not here" may open (spaces, marks of emphasis).
_ANSWER_LEAD = 6


def _here_denied(rs: RunScan, end: int) -> bool:
    """The answer right after the question ending at `end` opens by denying the marketplace
    ("Not here", "Nicht hier"): it names where to go instead, not a refusal of the question."""
    return any(
        NOT_HERE in kinds(o) and not rs.text[end:o.start].strip(" ?？*_\t\n—–-:")
        for o in rs.triggers_in(end, end + _ANSWER_LEAD)
    )


def answer(gig: Gig, rs: RunScan, end: int) -> str:
    """What follows a question ending at `end`: the rest of its run, else the next run of
    its section (an FAQ's answer under its question)."""
    rest = rs.text[end:].lstrip(" ?？*_\t\n")
    if rest:
        return rest
    runs = gig.runs
    for i, run in enumerate(runs):
        if run is rs.run:
            nxt = next((r for r in runs[i + 1:] if r.text.strip()), None)
            return nxt.text.lower() if nxt is not None and nxt.section == run.section else ""
    return ""
