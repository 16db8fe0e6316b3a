"""A private line promised without writing it: "VIP buyers get my private number",
"Stammkunden bekommen meine private Nummer", "Klien tetap dapat nomor pribadi saya",
"رقمي الخاص", "常客可以拿到我的私人号码". The seller's own contact detail called private,
personal or direct is a way to reach them off the marketplace: leaving (an error), as
`leave_phrases` like "my direct line" are, said in any word order and language.

Called by invitations.py for a trigger of kind `private` (`[vocab.invitation]
private_words`: "private", "personal", "privada", "particular", "личный", "özel", "私人").
It is the promise when one of the sentence's private channels (a messenger, "number",
"email", "contacts", "line") stands right next to it, either side, and is the seller's
(a possessive before the pair or after it). Not "a private phone line for your business"
(no possessive of the seller's; the buyer's work), "my private portfolio" (no channel),
nor a refusal ("I never share my private number").
"""
from __future__ import annotations

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import buyers_near, mine_account, negated_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, words_apart
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import LEAVE, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

__all__ = ["kept_private", "private_line"]

# How far before the pair the seller's possessive may stand ("mi línea privada", "my very
# own private number": two words).
_OWN = 2
_WINDOW = 30  # characters searched for that possessive


def private_line(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The seller's private channel (see the module doc), as leaving with its label."""
    text = scan.text
    for c in channels:
        if not c.private or words_apart(text, c, t) != 0:
            continue
        a, b = min(c.start, t.start), max(c.end, t.end)
        pair = Channel(a, b, c.label, True, c.platform)
        mine = _own_glued(cv, text, c) or _own_glued(cv, text, pair)  # "my personal number"
        if not (
            mine or mine_account(scan, cv, c, ctx) or _owned(scan, cv, pair) or _sold(scan, cv, c, pair)
            or _handed(scan, cv, pair)
        ):
            continue
        if buyers_near(scan, cv, a, _OWN, before=a) or negated_after(scan, cv, b, a):
            return None  # "your personal number", "I never share my private number"
        return InvitationMatch(a, b, LEAVE, c.label)
    return None


# How many words before the private word a verb of keeping may stand ("keep my personal
# WhatsApp number private": four).
_KEEP_REACH = 5
_KEEP_AFTER = 2  # and after it, in languages whose verb comes last ("özel tutarım", "プライベートにしています")


def kept_private(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The private word `t` says what the seller keeps the channel ("I keep my WhatsApp
    private", "Mantengo mi número privado", "Ich halte mein WhatsApp privat"): a verb of
    keeping within `_KEEP_REACH` words before it in its clause, or right after it
    ("WhatsApp numaramı özel tutarım"). A refusal, not an offer."""
    c0, c1 = scan.clause(t.start)
    span = scan.text[max(c0, t.start - _WINDOW * 2):t.start]  # bounded: linear
    before = [w.strip(".,;:!") for w in span.split()[-_KEEP_REACH:]]
    after = scan.text[t.end:min(c1, t.end + _WINDOW)].split()[:_KEEP_AFTER]  # verb-final: "numaramı özel tutarım"
    # (not a verb with an indefinite article after it: "tengo una línea privada", "I keep a private line for VIPs")
    having = {i for i, w in enumerate(before[1:]) if w in cv.keep_having}
    return any(w in cv.keep_verbs and i not in having for i, w in enumerate(before)) or any(
        w.strip(".,;:!") in cv.keep_verbs for w in after
    )


# A price written in the sentence after the pair ("— $15", "für 10 €", "+20 USD").
_PRICE = cached_regex(r"[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[$€£¥₹]|usd\b|eur\b|dollars?\b|euros?\b)")
_PRICE_CHARS = 40


def _sold(scan: RunScan, cv: ChannelVocab, c: Channel, pair: Channel) -> bool:
    """why (rt14 wording "Extra: Direct WhatsApp line — $15"): a private or direct line with
    a price right after it in its sentence is sold as an extra: the seller's line, no
    possessive needed. Not the work ("Direct WhatsApp API integration — $50")."""
    if c.platform and is_subject(scan, cv, c.start, c.end):
        return False
    _, s1 = scan.sentence(pair.start)
    return _PRICE.search(scan.text, pair.end, min(s1, pair.end + _PRICE_CHARS)) is not None


# Words before the pair where the verb of giving or getting may stand ("get a direct line": one;
# "I give my regular clients a private line": five), and before that verb where its recipient may.
_HAND_REACH = 5
_RECIPIENT_REACH = 4
_WORD = cached_regex(LETTER_RUN + r"(?:['’][^\W\d_]{1,3})?")


def _handed(scan: RunScan, cv: ChannelVocab, pair: Channel) -> bool:
    """A verb of giving, getting or having (`line_given_verbs`) within `_HAND_REACH` words before the pair,
    with the buyers or "you" (`line_recipients`) around it or a few words after the pair and not the buyer's own ("your
    customers get a direct line to your support": the work): the seller's own line handed to
    the buyers, no possessive needed ("VIP buyers get a direct line", "I give my regular clients
    a private line"), unless the marketplace is named as its way. why (issue 12 family 7)."""
    text = scan.text
    s0, s1 = scan.sentence(pair.start)
    way = cv.marketplace_means.search(text, s0, s1)
    if way is not None and not negated(scan, cv, way.start()):
        return False  # "a direct line of communication with me through Fiverr messages"
    words = [w.casefold() for w in _WORD.findall(text, max(s0, pair.start - 80), pair.start)]
    near = words[-_HAND_REACH:]
    verb = next((i for i in range(len(near) - 1, -1, -1) if near[i] in cv.line_given_verbs), None)
    if verb is None:
        return False
    around = words[max(0, len(words) - len(near) + verb - _RECIPIENT_REACH):]
    if any(w in cv.placeholders.owners for w in around) or buyers_near(scan, cv, pair.end, _OWN + 1):
        return False  # "your customers get", "give your clients", "una línea directa con tu tienda": the buyer's
    # (or after it: "tengo una línea privada para clientes frecuentes")
    after = [w.casefold() for w in _WORD.findall(text, pair.end, min(s1, pair.end + 40))][:_RECIPIENT_REACH]
    if any(w in cv.placeholders.owners for w in after):
        return False  # "I have a direct line to your clients": the buyer's
    return any(w in cv.line_recipients for w in (*around, *after))


def _owned(scan: RunScan, cv: ChannelVocab, pair: Channel) -> bool:
    """A possessive of the seller's within `_OWN` words before the pair ("meine private
    Nummer"), or right after it ("nomor pribadi saya", "số riêng của mình")."""
    text = scan.text
    before = text[max(0, pair.start - _WINDOW):pair.start].split()[-_OWN:]
    if any(w in cv.mine_before for w in before):
        return True
    after = text[pair.end:pair.end + _WINDOW].split()[:2]
    return bool(after) and (after[0] in cv.mine_after or " ".join(after) in cv.mine_after)


def _own_glued(cv: ChannelVocab, text: str, c: Channel) -> bool:
    """A detail that holds its own possessive: its first or last word is one ("meu
    número", "number ko"), or it is listed whole in `own_details` ("رقمي", "numaram")."""
    words = text[c.start:c.end].split()
    return bool(words) and (
        words[0] in cv.mine_before or words[-1] in cv.mine_after or words[-1] in cv.own_details
        or " ".join(words) in cv.own_details
    )
