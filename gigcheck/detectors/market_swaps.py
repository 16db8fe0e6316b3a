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
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import LEAVE, MARKET, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

__all__ = ["market_swapped"]

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
    s0, s1 = scan.sentence(t.start)
    market = next((m for m in ctx if MARKET in kinds(m) and m.end <= c.start), None)
    if market is None or any(MARKET in kinds(m) and m.start >= c.end for m in ctx):
        return None  # no marketplace before it, or the marketplace named as the choice after it
    text = scan.text
    swap = next((
        r for r in cv.replacement.finditer(text, market.end, s1)
        if words_between(text, min(r.end(), c.end), max(r.start(), c.start)) <= _REACH
    ), None)
    if swap is None or _replaced(cv, text, swap.end(), c.start):
        return None  # ("instead of WhatsApp", "rather than WhatsApp": the messenger is the one replaced)
    if text[s0:s1].rstrip().endswith(("?", "？")) or negated(scan, cv, c.start, strict=True):
        return None
    return InvitationMatch(market.start, max(c.end, swap.end()), LEAVE, c.label)


def _replaced(cv: ChannelVocab, text: str, a: int, b: int) -> bool:
    """The replacement word ending at `a` is "instead of", "rather than" ("of", "than", "de",
    "que" right after it) before the messenger at `b`: it names what is replaced, not what is used."""
    nxt = _WORD.match(text, a)
    return b > a and nxt is not None and nxt.group(1).casefold() in (cv.count_of | cv.than_words)


_WORD = cached_regex(rf"\s+({LETTER_RUN})")
