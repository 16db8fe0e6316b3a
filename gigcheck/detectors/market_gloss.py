"""A line named, then glossed in brackets as the marketplace's own: "напишите мне в личку (в
сообщения Fiverr)", "özelden yazın (Fiverr mesajlarından)", "message me privately (in Fiverr
messages)". The bracket says which private line is meant; no line out is asked for.
why (rt57 on-platform false alarms: "private messages" said of Fiverr's own inbox).
"""
from __future__ import annotations

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.market_way import market_way_left
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    AWAY,
    CHEAPER,
    ELSEWHERE,
    FEE_SKIP,
    LATER,
    LEAVE,
    MARKET,
    NEG,
    OFF,
    OTHER_PLACE,
    ChannelVocab,
)

__all__ = ["glossed_by_market"]

# Words between the phrase and the bracket that glosses it ("напишите мне | в личку (…").
_GLOSS_REACH = 3
# The longest gloss read (characters).
_GLOSS_LEN = 60
# What in the bracket would make it another way out ("(outside Fiverr)", "(cheaper than Fiverr)").
_AWAY_KINDS = frozenset({LEAVE, OFF, AWAY, CHEAPER, FEE_SKIP, LATER, ELSEWHERE, OTHER_PLACE})


def glossed_by_market(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """Phrase `t` is followed, within `_GLOSS_REACH` words of its clause, by a bracket naming the
    marketplace, neither negated nor left there and with nothing of another way out."""
    text = scan.text
    c1 = scan.clause(t.start)[1]
    at = text.find("(", t.end, min(c1 + 1, t.end + _GLOSS_LEN))
    if at < 0 or words_between(text, t.end, at) > _GLOSS_REACH:
        return False
    close = text.find(")", at, at + _GLOSS_LEN)
    if close < 0:
        return False
    inside = [m for m in ctx if at < m.start and m.end <= close]
    names = [m for m in inside if MARKET in kinds(m)]
    if not names or any(NEG in kinds(m) for m in inside) or market_way_left(scan, cv, names[0].start, names[0].end):
        return False
    return not any(kinds(o) & _AWAY_KINDS for o in scan.triggers_in(at, close))
