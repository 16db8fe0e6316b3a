"""The buyer's private contact detail named with what it is for, the seller sending to or
reaching the buyer there: "Your WhatsApp number, so I can send progress updates directly",
"Your personal email, so I can send the drafts there", "Deine WhatsApp-Nummer, damit ich
dir die Entwürfe schicken kann", "Ваш номер WhatsApp, чтобы я мог присылать вам отчёты".
A requirements list says it without a verb of asking; the marketplace keeps the buyer's
email and number from the seller, so naming one as where the seller will write is a
request for it (an error, as "send me your number so I can call you" is).

Called by invitations.py for a trigger of kind `purpose` (`[vocab.invitation]
detail_purposes`: "so I can", "damit ich", "чтобы я"). What makes it a request, in the
trigger's sentence:

* a private channel (a messenger, "email", "number") at most `_REACH` words before the
  purpose, with the buyer's possessive right before it ("your", "deine", "ваш"), not the
  seller's, not negated, not the order's number;
* a verb of sending or reaching (`detail_reach_verbs`: "send", "schick-", "присыл-") at
  most `_VERB_REACH` words after the purpose;
* no part of the work in the sentence (`CUE`/`PLACE` outside the detail: "your business
  email so I can put it on the signature", "… send it to your customers"), and no button
  or widget (`widget_words`: "your WhatsApp number so I can link the chat button to it").
A public profile ("Your Instagram handle so I can match the feed style") is the work's.
"""
from __future__ import annotations

from gigcheck.detectors.buyer_detail_ask import private_details, seller_own
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import buyers_near
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import negated, order_number
from gigcheck.detectors.triggers import ASK, CUE, PLACE, THIRD, ChannelVocab

__all__ = ["detail_for_reaching"]

# Words between the detail and the purpose ("your email address here, so that I can").
_REACH = 3
# Words between the purpose and its verb ("so I can then send", "damit ich dir die Entwürfe direkt schicken").
_VERB_REACH = 4
# How close before the detail the buyer's possessive stands ("your personal email", "deine WhatsApp-Nummer").
_THEIRS = 2


def detail_for_reaching(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """The buyer's detail named for the seller's sending, by purpose trigger `t` (see the module doc)."""
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    found = [
        d for d in private_details(scan, cv, ctx, s0, t.start)
        if words_between(text, d.end, t.start) <= _REACH and buyers_near(scan, cv, s0, _THEIRS, before=d.start)
    ]
    detail = found[-1] if found else None
    if detail is None or negated(scan, cv, detail.start) or seller_own(cv, text, detail):
        return None
    if order_number(scan, cv, detail):
        return None  # "your order number, so I can send the files": the order's
    verb = cv.detail_reach.search(text, t.end, s1)
    if verb is None or words_between(text, t.end, verb.start()) > _VERB_REACH:
        return None
    if any(kinds(m) & {CUE, PLACE, THIRD} and not (detail.start <= m.start and m.end <= detail.end) for m in ctx):
        return None  # "… so I can print it on the business card", "… send offers to your customers": the work
    if cv.widget_words.search(text, s0, s1) is not None:
        return None  # "… so I can connect the WhatsApp button to it"
    return InvitationMatch(detail.start, verb.end(), ASK, detail.text)

