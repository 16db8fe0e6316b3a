"""A live session on an outside channel offered before the order ("Let's hop on a quick Zoom
before you order", "Antes de comprar, hacemos una videollamada por Zoom", "Перед заказом
созвонимся в Zoom"). After the order a call on Zoom is a session of the order, held through
it (GC205 notes the channel); before it there is no order to hold it, so the call is a way
to talk outside the marketplace before buying: a request to leave (an error), as "Before
ordering, let's have a Zoom call" already is by its contact verb.

A free or quick call set before the order with no channel named ("Before ordering, book a
free discovery call", "Prima di ordinare facciamo una breve videochiamata conoscitiva") is the
same talk outside (call_before_order, for a `call_words` trigger): the call must be what
happens before the order, and a preliminary one ("free", "quick", "intro"), so that "message
me before ordering" and "calls are in the Premium package" stay clean.

Called by invitations.py for a platform's name. Stays clean: the time after the order said
in the sentence too ("the Zoom call happens after purchase"), the marketplace as the way
("book a call through Fiverr's call feature"), a negation or a question ("Do we need a Zoom
call before I order?"), a platform that is the subject of the work ("I set up Zoom webinars").
Pure functions over a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import negated_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_apart, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import CONV, LEAVE, MARKET, PLATFORM, POST, PRE, PRELIM, SESSION, ChannelVocab
from gigcheck.text.questions import is_asked

__all__ = ["call_before_order", "private_before_order", "private_talk_before_order", "session_before_order"]

# Words after "before you order" where the marketplace may stand as the place of the order
# ("before you order on Fiverr"), not as the way of the call.
_ORDER_PLACE_REACH = 1


def session_before_order(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """Platform name `t` is the channel of a live session set before the order."""
    c = next((c for c in channels if c.start == t.start), None) or _session_compound(scan, cv, t, ctx)
    if c is None or not c.private or c.ordinary:
        return None  # the subject of the work, a social profile, "teams" as a word
    if not (c.label in cv.session_host_labels or any(SESSION in kinds(m) for m in ctx)):
        return None  # "Before you order, message me on WhatsApp" is the contact verbs' to judge
    if negated(scan, cv, t.start, strict=True):
        return None
    pre = _before_order(scan, cv, t, ctx)
    return None if pre is None else InvitationMatch(min(pre.start, t.start), max(pre.end, t.end), LEAVE, c.label)


def _before_order(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> Match | None:
    """The before-the-order phrase of `t`'s sentence, when nothing there keeps the session on
    the marketplace or after the order: not the time after the order too, not a question, not
    negated, not the marketplace named (but as the place of the order: "before you order on
    Fiverr")."""
    pre = [m for m in ctx if PRE in kinds(m)]
    if not pre or any(POST in kinds(m) for m in ctx):
        return None
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if is_asked(text[s0:s1]) or "?" in text[t.end:s1]:
        return None  # a question a buyer may ask (a FAQ's), answered after it
    if any(negated(scan, cv, m.start) or negated_after(scan, cv, m.end) for m in pre):
        return None  # "No Zoom calls before the order", "Ein Telefonat vor der Bestellung ist nicht nötig"
    if any(
        MARKET in kinds(m) and not any(p.end <= m.start and words_between(text, p.end, m.start) <= _ORDER_PLACE_REACH
                                       for p in pre)
        for m in ctx
    ):
        return None  # "book a call through Fiverr's call feature", "message me here first"
    return pre[0]


def _session_compound(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> Channel | None:
    """A messenger's name glued by a hyphen to a word of a live session ("Zoom-Call",
    "Skype-Anruf"): the session held on it, which the compound rule of the work's subjects
    ("Instagram-style") leaves out of the sentence's channels."""
    text = scan.text
    if not text.startswith("-", t.end) or not any(SESSION in kinds(m) and m.start == t.end + 1 for m in ctx):
        return None
    pid = next((p[1] for p in t.payloads if isinstance(p, tuple) and p[0] == PLATFORM), None)
    plat = cv.platforms.get(pid) if pid is not None else None
    if plat is None or plat.kind != "messenger":
        return None
    return Channel(t.start, t.end, plat.label, True, True)


# Words between a call and the before-the-order phrase for the call to be what happens then
# ("a quick video meeting before purchase", "Before ordering, book a free 15-minute discovery
# call"), and between the call and its preliminary word ("a free intro call", "videochiamata
# conoscitiva (gratuita)": an adjective stands next to its noun, "feel free to ask for a call" not).
_PRE_REACH = 8
_PRELIM_REACH = 3


def call_before_order(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """Call `t` is a free or quick call set before the order with no channel named ("Before
    ordering, book a free discovery call", "Prima di ordinare facciamo una breve videochiamata"):
    a talk held outside before there is an order to hold it, a request to leave (an error).
    Stays clean: "message me before ordering" (no call), a call after the order, through the
    marketplace, negated ("I do not take calls before the order") or asked."""
    text = scan.text
    if not any(words_apart(text, t, p) <= _PRE_REACH for p in ctx if PRE in kinds(p)):
        return None
    prelims = [p for p in ctx if PRELIM in kinds(p) and words_apart(text, t, p) <= _PRELIM_REACH]
    if not prelims:
        return None  # "Before you order, note that calls are in Premium": no call offered then
    # the negation may stand before the call's "free" ("no free call is needed"), and a few
    # words before it ("no es necesaria una llamada gratuita"): a call is never a tying word's
    lead = min([t.start, *(p.start for p in prelims if p.end <= t.start)])
    if negated(scan, cv, lead) or negated_after(scan, cv, t.end, start=lead):
        return None
    at = _before_order(scan, cv, t, ctx)
    return None if at is None else InvitationMatch(min(at.start, t.start), max(at.end, t.end), LEAVE, None)


# Words between a word of privacy and the before-the-order phrase for the privacy to be what
# happens then ("in privato prima dell'ordine", "Vor der Bestellung klären wir den Preis privat").
_PRIVATE_PRE_REACH = 4


def private_before_order(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], reach: int = _PRIVATE_PRE_REACH
) -> InvitationMatch | None:
    """Word of privacy `t` ("privately", "in privato", "私的に") right next to the time before the
    order, with or without a verb the vocabulary knows ("Parliamone in privato prima dell'ordine",
    "Privately, before you order, so we agree on the price"): a private talk proposed before
    there is an order to hold it, a request to leave (an error), as a call then is
    (`call_before_order`). The caller has set aside discretion about a thing worked on ("we
    handle your files privately"). Stays clean: the marketplace named as the way ("We discuss the
    details privately in the Fiverr inbox before you order", "Send me a private message here
    before ordering": its own private messages), a negation or a question, the time after the
    order in the sentence too. why (issue 12)."""
    if not any(words_apart(scan.text, t, p) <= reach for p in ctx if PRE in kinds(p)):
        return None
    if negated(scan, cv, t.start) or negated_after(scan, cv, t.end, start=t.start):
        return None
    at = _before_order(scan, cv, t, ctx)
    return None if at is None else InvitationMatch(min(at.start, t.start), max(at.end, t.end), LEAVE, None)


def private_talk_before_order(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """Private word `t` ("private", "privado") right next to a word of talk ("a quick private chat
    before ordering", "un chat privado antes del pedido"): the talk is private, and set before the
    order it is `private_before_order`'s request to leave, as far from it as a call may be
    (`_PRE_REACH`: "Before ordering, let's have a quick private chat"). why (rt46 leaving)."""
    if not any(CONV in kinds(m) and words_apart(scan.text, t, m) == 0 and m.start != t.start for m in ctx):
        return None
    return private_before_order(scan, cv, t, ctx, _PRE_REACH)
