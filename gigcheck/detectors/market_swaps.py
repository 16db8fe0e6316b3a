"""The marketplace's own messaging named and a messenger put in its place ("Fiverr's chat is
slow, use WhatsApp instead", "El chat de Fiverr es lento, mejor usa WhatsApp", "Der
Fiverr-Chat ist langsam, nimm lieber Telegram"): wording that starts on the marketplace only
to move the talk off it. A request to leave (an error), with the messenger as its channel.

Called by invitations.py for a platform's name. The order of the two says which one is
chosen: the marketplace named after the messenger keeps the talk ("Instead of WhatsApp, use
the Fiverr chat"). Stays clean besides: a messenger that is the subject of the work ("I build
WhatsApp bots for stores"), a negation ("I'd rather not use WhatsApp"), a question, a social
profile (not a place to talk). Pure functions over a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import LETTER_WORDS, negated_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_apart, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import CONV, LEAVE, MARKET, TOGETHER, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.questions import is_asked

__all__ = ["better_way", "market_swapped", "other_app_swapped"]

# Words between the replacement word and the messenger ("mejor usa WhatsApp", "use WhatsApp
# instead", "prefira o WhatsApp", "nimm lieber Telegram").
_REACH = 3


def market_swapped(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """Platform name `t` is a messenger put in the place of the marketplace named before it."""
    c = next((c for c in channels if c.start == t.start), None)
    if c is None or not c.private or c.ordinary or not c.platform:
        return None
    found = _swap(scan, cv, c.start, c.end, ctx, together=False)
    return None if found is None else InvitationMatch(found[0], found[1], LEAVE, c.label)


def other_app_swapped(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """Another place (`t`: "the other app", "otra app", "another messenger") put in the place of
    the marketplace's chat named before it ("The chat here is laggy, let's use the other app"):
    the talk moved off it, no channel named. Only with the marketplace's chat (a conversation
    word by it), not its name alone ("Fiverr's app is handy, and I also design other apps")."""
    if not any(
        MARKET in kinds(m) and m.end <= t.start and any(
            CONV in kinds(x) and words_apart(scan.text, m, x) <= _CHAT_REACH
            for x in ctx
        ) for m in ctx
    ):
        return None
    found = _swap(scan, cv, t.start, t.end, ctx, together=True)
    return None if found is None else InvitationMatch(found[0], found[1], LEAVE, None)


def better_way(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """A way to talk (`t`: "ways to reach me", "a way to talk") said better than the marketplace's
    inbox: "than" and the marketplace after it ("easier ways to reach me than this inbox"), or the
    marketplace before it and a comparative right before it ("If this inbox ever gets clunky, we can
    find a more convenient way to talk"). Another place to talk, unnamed: a hint (a warning)."""
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    asked = is_asked(text[s0:s1])
    if asked or negated(scan, cv, t.start) or negated_after(scan, cv, t.end, t.start):
        return None  # ("There's no faster way to talk than this inbox")
    after = [w.casefold() for w in LETTER_WORDS.findall(text, t.end, min(s1, t.end + 40))][:_THAN_REACH]
    markets = [m for m in ctx if MARKET in kinds(m)]
    compared = any(w in cv.than_words for w in after) and any(
        m.start >= t.end and words_between(text, t.end, m.start) <= _THAN_REACH + 1 for m in markets
    )
    before = [w.casefold() for w in LETTER_WORDS.findall(text, max(s0, t.start - 40), t.start)][-_REACH:]
    preferred = any(m.end <= t.start for m in markets) and any(w in cv.comparatives for w in before)
    if not (compared or preferred) or any(m.start >= t.end and not compared for m in markets):
        return None  # ("a faster way to talk here on Fiverr": the marketplace is the way)
    return InvitationMatch(t.start, t.end, LEAVE, None, vague=True)


# Words after the way to talk where "than" may stand ("ways to reach me than this inbox": right after).
_THAN_REACH = 2


# Words between the marketplace's name and its conversation word ("Fiverr's chat", "el chat de Fiverr").
_CHAT_REACH = 2


def _swap(
    scan: RunScan, cv: ChannelVocab, a: int, b: int, ctx: list[Match], together: bool
) -> tuple[int, int] | None:
    """The span from the marketplace named before [a, b) to a replacement word by it (or,
    `together`, "let's"/"we" right before it), when [a, b) is what is put in its place: not
    named after it, not "instead of" it, not negated, not a question."""
    s0, s1 = scan.sentence(a)
    market = next((m for m in ctx if MARKET in kinds(m) and m.end <= a), None)
    if market is None or any(MARKET in kinds(m) and m.start >= b for m in ctx):
        return None  # no marketplace before it, or the marketplace named as the choice after it
    text = scan.text
    swap = next((
        (r.start(), r.end()) for r in cv.replacement.finditer(text, market.end, s1)
        if words_between(text, min(r.end(), b), max(r.start(), a)) <= _REACH and not _replaced(cv, text, r.end(), a)
    ), None)  # ("instead of WhatsApp", "rather than WhatsApp": the messenger is the one replaced)
    if swap is None and together:
        swap = next((
            (m.start, m.end) for m in ctx
            if TOGETHER in kinds(m) and market.end <= m.start and m.end <= a and words_between(text, m.end, a) <= _REACH
        ), None)
    if swap is None or is_asked(text[s0:s1]) or negated(scan, cv, a, strict=True):
        return None
    return market.start, max(b, swap[1])


def _replaced(cv: ChannelVocab, text: str, a: int, b: int) -> bool:
    """The replacement word ending at `a` is "instead of", "rather than" ("of", "than", "de",
    "que" right after it) before the messenger at `b`: it names what is replaced, not what is used."""
    nxt = _WORD.match(text, a)
    return b > a and nxt is not None and nxt.group(1).casefold() in (cv.count_of | cv.than_words)


_WORD = cached_regex(rf"\s+({LETTER_RUN})")
