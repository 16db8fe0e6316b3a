"""Leaving the marketplace said outright ("let's take this conversation outside", "top-tier
buyers get my direct line", "давайте продолжим общение вне площадки"), and where the
marketplace is the place left ("outside Fiverr") or the place of a private message
("Message me privately here on Fiverr").

The other readings of leaving live beside this module: direct_deals.py (dealing directly,
the orders to come), outside_prices.py (a better price or the fees skipped outside),
away_hints.py (found or reachable elsewhere), self_pointers.py (pointers to an identifier),
leave_shared.py (what they share).

Called by invitations.py for a trigger of kind `leave`, `pointer` or `elsewhere` whose
sentence holds no negation before it nor a refusal after it; `channels` are the channels
the sentence names, not as the subject of the work (sentence_channels.py).

* `leave` phrases are a request to deal or talk outside, a promise of a private line or
  of a better price outside: an error, whatever surrounds them.
* `pointer` phrases tell where an identifier is or how to make it ("same as my username
  here", "just add", "my shop name"): an error with a channel in the sentence or a name
  right after ("everywhere as pixelmira"); by themselves ("same name") nothing.
* `elsewhere` phrases say the seller can be found off the marketplace: an error with a
  channel in the sentence, else a warning (no channel, no identifier: `vague`).
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import (
    LETTER_WORDS,
    buyers_near,
    fee_owned,
    history_by,
    label_of,
    mine_account,
    negated_after,
    origin_after,
    own_pursuit,
    timed,
    words_in,
)
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.market_way import market_placed_after
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.self_pointers import located, subject_account
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import (
    AWAY,
    CHEAPER,
    DIRECT,
    FEE_SKIP,
    HERE,
    LATER,
    LEAVE,
    LEFT,
    MARK,
    MARKET,
    MIDDLEMAN,
    NEG,
    OFF,
    PAY_OFF,
    TIE,
    ChannelVocab,
)

# Kept importable from here for identifier_pointers.py, media_pointers.py and payment.py
# (they read them as leaving's): buyers_near, fee_owned, mine_account, negated_after
# (leave_shared.py), located, subject_account (self_pointers.py).

__all__ = [
    "away_is_here", "left", "left_place",
    "buyers_near", "fee_owned", "located", "mine_account", "negated_after", "subject_account",
]

def left(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]) -> InvitationMatch | None:
    """Leaving said outright: an error, with the sentence's first channel if it names one."""
    if negated_after(scan, cv, t.end, t.start) or (
        not channels and timed(scan, cv, t.start, t.end) and not _later_after(scan, t)
    ):
        return None  # ("We can talk outside business hours": when, not where)
    s0, s1 = scan.sentence(t.start)
    if not channels and (history_by(scan, cv, t) or own_pursuit(scan, cv, t)):
        return None  # "Moje poprzednie zlecenia poza Fiverr": the seller's past; "Fuori da qui insegno pianoforte"
    if t.text in cv.unrecorded and _on_record(scan, cv, t, s0, s1):
        return None
    if not channels and _net_price(scan, cv, t, s0, s1):
        return None  # "Prices without the platform fee.": a price list, net of the fee
    # (a channel the phrase itself holds is no channel named besides it: "a direct line to me"; the
    # marketplace kept as the way keeps that line in it: "… here in the Fiverr inbox", "… siempre dentro de Fiverr")
    named = [c for c in channels if not (t.start <= c.start and c.end <= t.end)]
    if not named and (_inside(scan, cv, s0, s1) or _self_made(scan, cv, t, s0, s1)):
        return None  # "trato directo ..., siempre dentro de Fiverr", "… yo mismo diseño cada pieza": a manner
    ctx = scan.context(cv, s0, s1)
    if not channels and any(AWAY in kinds(m) and m.end == t.end and away_is_here(scan, cv, m) for m in ctx):
        return None  # "Message me privately here on Fiverr"
    if not named and _market_way_after(scan, cv, ctx, t):
        return None  # "I invoice myself through Fiverr's custom offer": the marketplace is the way
    return InvitationMatch(t.start, t.end, LEAVE, label_of(channels))


# How far before an unrecorded phrase "with or" may start ("avec ou sans facture").
_BOTH_CHARS = 24


def _on_record(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> bool:
    """Unrecorded phrase `t` ("sans facture", "off the books") is no deal kept off the record:
    the records are the work's subject beside it ("I reconcile off-the-books expenses", "Je fais
    vos factures et devis"), the marketplace keeps the record ("Sin factura aparte: Fiverr te la
    envía"), or "with or" before it offers both ("avec ou sans facture électronique", why:
    issue 12 false alarms). The phrase's own words are no subject ("Sans facture, c'est moins cher")."""
    text = scan.text
    words = LETTER_WORDS.findall(text, s0, t.start) + LETTER_WORDS.findall(text, t.end, s1)
    if any(w.casefold() in cv.unrecorded_subjects for w in words) or cv.marketplace_means.search(text, s0, s1):
        return True
    before = words_in(text, max(s0, t.start - _BOTH_CHARS), t.start)[-2:]
    return " ".join(before) in cv.both_ways


def _net_price(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> bool:
    """Phrase `t` goes without the platform ("without the platform") whose fee is named right
    after it ("... fee"), in a sentence that says nothing else but prices: the prices given net
    of the fee ("Prices without the platform fee."), no way out. Any other word keeps it leaving:
    a better price, the orders to come ("Cheaper prices without the platform fee", "Next
    projects without the platform fee"). why (issue 12: a false GC204)."""
    said = t.text.split()
    if not said or said[0] not in cv.without_words:
        return False
    text = scan.text
    fee = next((
        m for m in scan.context(cv, t.end, s1)
        if TIE in kinds(m) and m.start >= t.end and words_between(text, t.end, m.start) == 0
    ), None)
    if fee is None:
        return False
    rest = [w.group().casefold() for w in LETTER_WORDS.finditer(text, s0, t.start)]
    rest += [w.group().casefold() for w in LETTER_WORDS.finditer(text, fee.end, s1)]
    return bool(rest) and all(_price_word(cv, w) or w in cv.articles or w in cv.mine_before for w in rest)


def _price_word(cv: ChannelVocab, w: str) -> bool:
    """`w` is a price noun ("prices", "tarifas") as a whole."""
    m = cv.prices.match(w)
    return m is not None and m.end() == len(w)




def _later_after(scan: RunScan, t: Match) -> bool:
    """The orders to come named right after phrase `t` ("skip the middleman next time",
    "deal directly from the next order"): the time of the leaving, not a working time
    (`timed`). why (issue 12 probe "Repeat buyers: skip the middleman next time")."""
    _, c1 = scan.clause(t.end)
    return any(
        LATER in kinds(o) and t.end <= o.start < c1 and words_between(scan.text, t.end, o.start) <= 1
        for o in scan.triggers_in(t.end, c1)
    )


def _market_way_after(scan: RunScan, cv: ChannelVocab, ctx: list[Match], t: Match) -> bool:
    """The marketplace placed right after phrase `t` (`market_placed_after`: "invoice myself
    through Fiverr's custom offer", "a direct line to me here in the Fiverr inbox"), with no
    word of fees or a better price in the sentence ("… so we skip the fees on Fiverr").
    why (the seller's own invoice sent the marketplace's way)."""
    s0, s1 = scan.sentence(t.start)
    if any(kinds(o) & {CHEAPER, FEE_SKIP} for o in scan.triggers_in(s0, s1)):
        return False
    return market_placed_after(scan, cv, ctx, t.end)


# How many words may stand between a word of privacy and the marketplace that places it.
_HERE_REACH = 2


def left_place(scan: RunScan, m: Match) -> bool:
    """Marketplace name `m` inside a phrase of leaving it ("outside Fiverr", "off Fiverr",
    "leave Fiverr"): the place left, not the way the work or the payment goes."""
    return any(
        kinds(o) & {OFF, LEFT} and o.start <= m.start and m.end <= o.end
        for o in scan.triggers_in(max(0, m.start - scan.longest), m.end)
    )


def away_is_here(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """A word of private messages placed on the marketplace itself, with only a word of place
    between ("Напишите в личку на Fiverr", "Escríbeme en privado por Fiverr", "Message me
    privately here on Fiverr", "Fiverr üzerinden özelden yazın"): the marketplace's own inbox,
    not a way out (rt30-neg-on-platform-008); not "в личку, не на Fiverr", "elsewhere
    than Fiverr", "somewhere else instead of Fiverr". Nor is a place where a thing came from
    (`origin_after`: "다른 곳에서 구매한 템플릿도 이어서 작업해 드립니다")."""
    if origin_after(scan, cv, m):
        return True
    if market_placed_after(scan, cv, scan.context(cv, *scan.sentence(m.start)), m.end):
        return True  # "Ne parliamo in privato nella chat di Fiverr"
    text = scan.text
    after = scan.context(cv, m.end, min(len(text), m.end + 40))
    before = scan.context(cv, max(0, m.start - 40), m.start)
    return _placed_by_market(scan, after, m.end, forward=True) or _placed_by_market(
        scan, before[::-1], m.start, forward=False
    )


def _placed_by_market(scan: RunScan, ctx: list[Match], at: int, forward: bool) -> bool:
    """The marketplace is the first thing met from `at` (in the direction read), with at most
    `_HERE_REACH` words between and every one of them a word of place ("на", "por", "here",
    "on"): not "не на Fiverr", "than Fiverr", "instead of Fiverr"."""
    text = scan.text
    placed = 0
    for k in ctx:
        a, b = (at, k.start) if forward else (k.end, at)
        if b < a:
            continue
        if MARKET in kinds(k):
            return words_between(text, a, b) == placed <= _HERE_REACH and not any(ch in text[a:b] for ch in ",;:—–()")
        if NEG in kinds(k) or not kinds(k) & {MARK, HERE}:
            return False  # (the Portuguese "no" is "in the", the Spanish "no por Fiverr" a refusal)
        placed += len(k.text.split())
    return False


def _self_made(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> bool:
    """Phrase `t` says only directness ("trato directo", "no middlemen": a word of directness
    inside it, or a middleman phrase) and the sentence has the seller do the work in person
    (`self_work_phrases`: "yo mismo diseño cada pieza, no subcontrato"): no one between seller
    and work, the seller's manner; not with a place left, a cheaper price, the orders to come or
    a payment outside beside it ("Trato directo fuera de Fiverr, yo mismo diseño"). why
    (rt57-neg-wording-006)."""
    if cv.self_work.search(scan.text, s0, s1) is None:
        return False
    direct = MIDDLEMAN in kinds(t) or any(
        DIRECT in kinds(m) and t.start <= m.start and m.end <= t.end for m in scan.context(cv, t.start, t.end)
    )
    return direct and not any(kinds(o) & {OFF, AWAY, CHEAPER, LATER, PAY_OFF} for o in scan.triggers_in(s0, s1))


def _inside(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """The sentence says the dealing stays inside the marketplace, and nothing in it
    says off, away or cheaper ("directo, no dentro de Fiverr" is negated)."""
    m = cv.inside_marketplace.search(scan.text, s0, s1)
    if m is None or negated_after(scan, cv, m.end(), m.start()):
        return False
    return not any(kinds(o) & {OFF, AWAY, CHEAPER} for o in scan.triggers_in(s0, s1))
