"""The buyer's own contact detail asked for with the request's verb after it, as the
languages that put the verb last say it: "Numaranı bırak, seni arayayım", "আপনার নম্বর
দিন", "अपना नंबर भेजें", "اپنا ای میل بھیج دیں", "شماره‌تان را بفرستید", "メールアドレスを
教えてください", "번호 남겨주세요", "把你的微信发给我". The marketplace keeps the buyer's
number and email from the seller; a request for them moves the talk off it (an error),
as "send me your number" does in the word order `ask_buyer` reads (invitations._share_or_ask).

Called by invitations.py for a trigger of kind `ask` whose entry is in `[vocab.invitation]
ask_buyer_after`. What makes it a request:

* a private channel (a messenger, "email", "number": `channel_words`, with the possessive
  glued where the language glues it: "numaranı", "رقمك") ending at most two words before
  the verb, in its clause;
* not the seller's own detail ("numaramı yazın": the seller's, read by the share and
  pointer rules), not negated;
* no part of the work in the sentence (`CUE`/`PLACE`: "the number on your business card",
  a button or QR code of `widget_words`), and not inside quotation marks (a form's label
  or a line of copy the seller writes for the buyer's page: "«Numaranızı bırakın» butonu").
The buyer's possessive before the detail ("আপনার", "お客様の", "ваш") belongs to the request;
it does not make the detail the subject of the work, as "your WhatsApp" alone would.
"""
from __future__ import annotations

from collections.abc import Callable

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import negated, order_number
from gigcheck.detectors.triggers import ASK, CHANNEL, CUE, NEG, PLACE, PLATFORM, ChannelVocab

__all__ = ["asked_before", "private_details", "seller_own"]

# Words between the detail and the verb ("numaranı buraya bırak", "ইমেইলটা দিয়ে রাখুন").
_REACH = 2
# Characters before the verb searched for an opening quotation mark on its line.
_QUOTE_REACH = 40
_OPEN_QUOTES = "“«„「『"
_CLOSE_QUOTES = "”»“」』"


def asked_before(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], reaches: Callable[[Match], bool] | None = None
) -> InvitationMatch | None:
    """The buyer's detail asked for by the verb-last request `t` (see the module doc).
    A public profile (a social platform) counts only when `reaches` says the seller then
    writes to the buyer on it ("Instagram'ını bırak, sana yazarım"); alone it may be the
    work ("Instagram'ını bırak, analiz edeyim")."""
    text = scan.text
    c0, _ = scan.clause(t.start)
    s0, s1 = scan.sentence(t.start)
    found = private_details(scan, cv, ctx, c0, t.start, reaches is not None)
    near = [d for d in found if words_between(text, d.end, t.start) <= _REACH]
    detail = near[-1] if near else None
    if detail is None or negated(scan, cv, detail.start) or seller_own(cv, text, detail):
        return None
    if _public(cv, detail) and (reaches is None or not reaches(detail)):
        return None
    if order_number(scan, cv, detail):
        return None  # "Sipariş numaranızı yazın": the order's number
    if any(NEG in kinds(m) and detail.end <= m.start < t.end for m in ctx):
        return None  # "apna phone number mat bhejiye": don't send it
    if any(kinds(m) & {CUE, PLACE} and not (detail.start <= m.start and m.end <= detail.end) for m in ctx):
        return None  # "… so I can print it on the business card": the work
    if cv.widget_words.search(text, s0, s1) is not None or _quoted(text, t.start):
        return None
    return InvitationMatch(detail.start, t.end, ASK, detail.text)


def _platform(cv: ChannelVocab, m: Match) -> str | None:
    """The kind of the platform trigger `m` names (messenger | social), None for another word."""
    pid = next((p[1] for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM), None)
    plat = cv.platforms.get(pid) if isinstance(pid, str) else None
    return plat.kind if plat is not None else None


def _public(cv: ChannelVocab, m: Match) -> bool:
    """A public profile's platform (Instagram, TikTok), not a messenger or a channel word."""
    return PLATFORM in kinds(m) and _platform(cv, m) == "social"


def private_details(
    scan: RunScan, cv: ChannelVocab, ctx: list[Match], c0: int, end: int, public: bool = False
) -> list[Match]:
    """Private channels in [c0, end) (and public profiles with `public`): channel words
    and messengers, in text order; a
    possessive before one is the request's (no `CUE_BEFORE` read), a work word after it
    still makes it the work ("WhatsApp chatbot", "email marketing")."""
    found = [m for m in ctx if CHANNEL in kinds(m) and c0 <= m.start and m.end <= end]
    for m in scan.triggers_in(c0, end):
        if PLATFORM not in kinds(m) or m.end > end:
            continue
        kind = _platform(cv, m)
        if kind == "messenger" or (public and kind == "social"):
            found.append(m)
    own = ((c0, end),)
    return sorted((m for m in found if not is_subject(scan, cv, m.start, m.end, own)), key=lambda m: m.start)


def seller_own(cv: ChannelVocab, text: str, m: Match) -> bool:
    """The seller's own detail: a possessive of the seller's right before it ("my"), or
    glued to it ("numaram", "رقمي": `own_details`)."""
    words = text[max(0, m.start - 24):m.start].casefold().split()[-2:]
    return m.text in cv.own_details or any(w in cv.mine_before for w in words)


def _quoted(text: str, at: int) -> bool:
    """An opening quotation mark on the line before `at` that nothing closes: the request
    is a label or a line of copy. (Not "'": Turkish glues suffixes with it, "WhatsApp'ını".)"""
    line0 = text.rfind("\n", 0, at) + 1
    seg = text[max(line0, at - _QUOTE_REACH):at]
    if seg.count('"') % 2 == 1:
        return True
    opened = max(seg.rfind(q) for q in _OPEN_QUOTES)
    return opened >= 0 and not any(c in seg[opened + 1:] for c in _CLOSE_QUOTES)
