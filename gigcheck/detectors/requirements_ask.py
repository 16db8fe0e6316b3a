"""The buyer's own contact detail asked for in the order's requirements ("Schreib deine
E-Mail-Adresse in die Anforderungen, dann schicke ich dir Rabattcodes", "Final files go
out by email, so put your email address in the requirements", "Deja tu WhatsApp en los
requisitos"): the marketplace keeps the buyer's email and number from the seller, so a
request to write them where the seller reads them is a way around it (an error).

Called by invitations.py for a trigger of kind `requirements` (`[vocab.invitation]
requirement_places`: "in the requirements", "en los requisitos", "in die Anforderungen").
What makes it a request, in the place's sentence:

* a private channel word ("email", "E-Mail-Adresse", "número", "WhatsApp"), or "address"
  with a channel as the way elsewhere in the sentence ("by email"), within a few words
  before the place, with the buyer's possessive right before it ("your", "deine", "tu");
  not negated ("never put your email in the requirements");
* no part of the work the detail is asked for ("so I can print it on the business card",
  "para el botón de tu web"): a place of the work in the sentence, other than the
  requirements, or a button, widget or QR code (`widget_words`), makes it the work.
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import buyers_near, negated_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import ASK, CHANNEL, CUE, MARK, PLACE, ChannelVocab

__all__ = ["asked_in_requirements"]

# Words between the buyer's detail and the requirements ("your email address and phone in the").
_REACH = 4
# How close before the detail the buyer's possessive stands ("deine E-Mail-Adresse", "your best email").
_THEIRS = 2
_WINDOW = 30  # characters searched for that possessive


def asked_in_requirements(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """The buyer's contact detail asked for in the requirements place `t` (see the module doc)."""
    text = scan.text
    s0, _ = scan.sentence(t.start)
    # An "address" is the email's with a channel elsewhere in the sentence ("Final files go out by
    # email, so put your address in the requirements"); by itself it may be a postal one.
    emailed = any(  # "by email", "per E-Mail" (not "I mail the printed poster")
        CHANNEL in kinds(m) and any(MARK in kinds(k) and k.end <= m.start and words_between(text, k.end, m.start) == 0
                                    for k in ctx)
        for m in ctx
    )
    detail = next((
        m for m in ctx
        if (CHANNEL in kinds(m) or (emailed and m.text in cv.address_words))
        and m.end <= t.start and words_between(text, m.end, t.start) <= _REACH
        and buyers_near(scan, cv, max(s0, m.start - _WINDOW), _THEIRS, before=m.start)
    ), None)
    if detail is None or negated_after(scan, cv, t.end, detail.start):
        return None
    if any(kinds(m) & {PLACE, CUE} and not (t.start <= m.start and m.end <= t.end) and m is not detail for m in ctx):
        return None  # "… so I can print it on the business card": the work
    _, s1 = scan.sentence(t.start)
    if cv.widget_words.search(text, s0, s1) is not None:
        # why (rt26 placeholder FP "Coloco o botão flutuante que abre conversa com o seu número
        # comercial (você informa nos requisitos)"): the number a button of the work opens
        return None
    return InvitationMatch(detail.start, t.end, ASK, None)
