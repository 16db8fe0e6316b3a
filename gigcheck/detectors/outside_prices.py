"""A better price, or the marketplace's fees skipped, outside it: "si lo hacemos por
fuera te sale más barato", "skip the service fee, just ask me how", "the rest is paid away
from here"."""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import (
    buyers_near,
    directness,
    fee_owned,
    fees_just_before,
    history_by,
    label_of,
    negated_after,
    shown_work,
    words_in,
    work_after,
)
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.market_compared import compared_elsewhere, market_compared
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import (
    AWAY,
    CHANNEL_VERB,
    CONTACT,
    DIRECT,
    ELSEWHERE,
    LATER,
    LEAVE,
    MARKET,
    NEG,
    OFF,
    OTHER_CHANNEL,
    PAY_VERB,
    PLACE,
    PLATFORM,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SETTLING,
    TALK,
    TOGETHER,
    ChannelVocab,
)
from gigcheck.text.questions import is_asked
from gigcheck.text.trie import glued

__all__ = [
    "cheaper_outside", "fees_skipped", "rest_away",
]

# How far from a better price an off-platform phrase may stand (view characters).
_REACH = 300


def cheaper_outside(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """A better price outside: "Wir können das auch außerhalb klären, ist günstiger",
    "ti costa meno fuori da qui", "cheaper off the platform"."""
    if negated_after(scan, cv, t.end, t.start) or history_by(scan, cv, t):
        return None  # ("I used to sell for less on my own site than on Fiverr": the seller's past)
    for m in ctx:
        if AWAY in kinds(m) and not negated_after(scan, cv, m.end, m.start) and not _compared_to(scan, cv, t, m):
            return InvitationMatch(min(t.start, m.start), max(t.end, m.end), LEAVE, None)
        if OTHER_CHANNEL in kinds(m) and (
            cv.sellers.search(scan.text, max(0, m.start - 30), m.start) or m.text.split()[0] in cv.mine_before
        ) and not compared_elsewhere(scan, cv, t, ctx):
            # "direct clients through my own website, no service fee": the seller's own site; why (
            # rt20 pointer "my site has direct booking and lower rates"): the possessive inside the phrase
            return InvitationMatch(min(t.start, m.start), max(t.end, m.end), LEAVE, None)
    off = [o for o in scan.triggers_in(t.start - _REACH + 1, t.end + _REACH) if OFF in kinds(o)]
    s0, s1 = scan.sentence(t.start)
    # "más barato si lo hacemos fuera de aquí": a phrase of elsewhere in the sentence is as outside
    off += [o for o in scan.triggers_in(s0, s1) if ELSEWHERE in kinds(o)]
    for o in off:
        if s0 <= o.start < s1 and not negated_after(scan, cv, o.end, o.start) and not _compared(scan, cv, o.start):
            return InvitationMatch(min(t.start, o.start), max(t.end, o.end), LEAVE, None)
    return _cheaper_if_direct(scan, cv, t, ctx, s0, s1) or _cheaper_way(scan, cv, t, s0, s1) or _fees_dodged(
        scan, cv, t, s0, s1
    ) or market_compared(scan, cv, t, ctx)


# Characters before a skipped fee where the service it belongs to may be named ("avoid PayPal fees").
_FEE_OWNER_CHARS = 30
_ROUTE_KINDS = frozenset({CONTACT, TALK, CHANNEL_VERB, PLATFORM})


def fees_skipped(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], spared: bool = False
) -> InvitationMatch | None:
    """The marketplace's fee skipped, with the buyer sent to the seller for the way ("If you'd
    rather skip the service fee, just ask me how in chat", "Se preferisci non pagare la
    commissione, scrivimi e troviamo un modo", "Let's take this conversation somewhere
    without the 20% cut"): `t` is the skipping (`fee_skip_phrases`); a contact, a talk verb,
    a channel or "ask me" in its sentence or the next one makes it leaving (an error). Not
    the fees of a service or of the buyer ("I'll show you how to avoid PayPal fees", "skip
    your Etsy fees": the work), nor the skipping alone ("No hidden fees"). A fee only `spared`
    ("ohne Vermittlungsgebühr": a word of going without, triggers._add_fees_spared) counts only
    beside an arrangement (`_arranged_beside`): "Без комиссии за правки. Напишите мне" is a price."""
    if negated_after(scan, cv, t.end, t.start) or buyers_near(scan, cv, t.start, 3):
        return None
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    if any(PAY_VERB in kinds(m) and not t.start <= m.start < t.end for m in scan.context(cv, s0, s1)):
        return None  # "Let's avoid the 20% cut: you pay me half": the payment rules' (paying outside)
    owner = [
        o for o in scan.triggers_in(max(s0, t.start - _FEE_OWNER_CHARS), t.end)
        if o is not t and kinds(o) & {PLATFORM, SERVICE, SERVICE_AMBIGUOUS}
    ]
    if owner or cv.marketplace_means.search(text, s0, s1) or fee_owned(scan, cv, t):
        return None  # "avoid PayPal fees", "save the fee by ordering through Fiverr", "avoid late fees"
    spans = [(s0, s1)]
    if s1 < len(text) and not spared:
        spans.append(scan.sentence(s1 + 1 if text[s1:s1 + 1].isspace() else s1))
    for i, (a, b) in enumerate(spans):
        if spared:
            break
        routed = (i == 0 and bool(channels)) or cv.ask_me.search(text, a, b) is not None or any(
            kinds(o) & _ROUTE_KINDS and o is not t for o in scan.triggers_in(a, b)
        )
        if routed:
            return InvitationMatch(t.start, t.end, LEAVE, label_of(channels))
    if _arranged_beside(scan, cv, t, s0, s1):
        return InvitationMatch(t.start, t.end, LEAVE, label_of(channels))
    return None


# The kinds of trigger that arrange the dealing itself: the orders to come, a place left, leaving said.
_ARRANGE_KINDS = frozenset({LATER, OFF, LEAVE})


def _arranged_beside(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> bool:
    """The fee skipped (`t`) beside an arrangement, in its sentence or the one before: the
    orders to come, a place left, a word of directness ("Folgeaufträge direkt über mich, ohne
    Vermittlungsgebühr", "ครั้งต่อไปติดต่อผมโดยตรง ... ประหยัดค่าธรรมเนียม") or "we" settling
    ("rozliczymy się po staremu i pominiemy kasę serwisu"). The saving is the tell: a fee no one
    skips is no reason to deal directly. The marketplace named as the way keeps it in ("order here
    next time and save the fee with a coupon": `marketplace_means`). why (issue 12, family 7:
    leaving worded by the fee saved, no channel and no "ask me")."""
    text = scan.text
    spans = [(s0, s1)]
    if s0 > 0:
        spans.append(scan.sentence(s0 - 1))
    for a, b in spans:
        if cv.marketplace_means.search(text, a, b):
            return False
        ctx = scan.context(cv, a, b)
        arranged = directness(scan, cv, ctx) or any(
            kinds(o) & _ARRANGE_KINDS and o is not t and not negated_after(scan, cv, o.end, o.start)
            for o in scan.triggers_in(a, b)
        ) or (
            # (not "you" alone: "you settle the invoice" is the buyer's own paying)
            any(TOGETHER in kinds(m) and m.text.casefold() != "you" for m in ctx)
            and any(SETTLING in kinds(m) for m in ctx)
        )
        if arranged:
            return True
    return False


def _fees_dodged(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> InvitationMatch | None:
    """A better price to be asked for, right after the fees are questioned or refused: "Don't
    want to pay the 20% fee? Ask me about my 'special rate'", "¿Cansado de las comisiones?
    Pregúntame por mi precio especial": leaving hinted at with its price (an error). Not "Fiverr
    fees apply. Ask me about bulk prices" (the fees not questioned), nor without the buyer
    told to ask."""
    if cv.ask_me.search(scan.text, s0, s1) is None or negated_after(scan, cv, t.end, t.start):
        return None
    if not fees_just_before(scan, cv, s0):
        return None
    p0, p1 = scan.sentence(s0 - 1)
    asked = is_asked(scan.text[p0:p1]) or any(NEG in kinds(m) for m in scan.context(cv, p0, p1))
    return InvitationMatch(t.start, t.end, LEAVE, None) if asked else None


def _compared_to(scan: RunScan, cv: ChannelVocab, t: Match, m: Match) -> bool:
    """`_compared` at `m`, or "than" between the better price `t` and `m` ("cheaper than the
    agencies over there")."""
    return _compared(scan, cv, m.start) or (
        m.start >= t.end and any(w in cv.than_words for w in words_in(scan.text, t.end, m.start))
    )


def _compared(scan: RunScan, cv: ChannelVocab, start: int) -> bool:
    """"than" right before `start`: "cheaper than elsewhere", "más barato que en otro lado",
    "günstiger als anderswo" compare prices; they move nothing outside."""
    words = words_in(scan.text, max(0, start - 24), start)[-2:]
    return any(w in cv.than_words for w in words)


def _cheaper_if_direct(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], s0: int, s1: int
) -> InvitationMatch | None:
    """A better price on a condition of dealing directly: "Wenn wir das direkt machen, wird
    es günstiger", "Kalau langsung ke saya, harganya lebih murah", "直接合作的话价格更便宜",
    "Doğrudan çalışırsak daha ucuza yaparım". A word of directness and a word of condition
    ("if", "wenn", "kalau", "的话", a conditional ending) in the sentence: the price of
    leaving (an error). Not a claim without a condition ("Working directly with me is
    cheaper than an agency": the seller's manner), nor "directly from your draft"."""
    text = scan.text
    if cv.marketplace_means.search(text, s0, s1):
        return None
    direct = [
        m for m in ctx
        if DIRECT in kinds(m) and not negated_after(scan, cv, m.end, m.start)
        and not work_after(text, cv, m.end)
    ]
    d = next((m for m in direct if _conditioned(scan, cv, m)), None)
    if d is None:
        return None
    return InvitationMatch(min(t.start, d.start), max(t.end, d.end), LEAVE, None)


# The condition marked after the direct word ("直接合作的话", "Doğrudan çalışırsak"): how far.
_IF_AFTER = 12


def _conditioned(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """Whether the direct word at `m` stands in a condition: an if-word opens its clause
    before it ("Wenn wir das direkt machen", "Kalau langsung ke saya"), or a condition is
    marked right after it (a particle: "的话", "なら"; a conditional ending: "çalışırsak").
    Not "If you order the premium, delivery is direct" (the condition is another clause)."""
    text = scan.text
    c0, _ = scan.clause(m.start)
    if any(w in cv.if_words for w in words_in(text, c0, m.start)):
        return True
    tail = text[m.end:m.end + _IF_AFTER]
    if any(w in tail for w in cv.if_words if glued(w)):
        return True
    after = words_in(text, m.end, m.end + _IF_AFTER)[:2]
    return any(w.endswith(cv.if_endings) and len(w) > 5 for w in after)


# How many words before a better price its way and the seller may stand ("how to get my work cheaper").
_WAY_REACH = 6


def _cheaper_way(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> InvitationMatch | None:
    """A way to the seller's work at a better price, to be asked for: "Ask me in chat how to
    get my work cheaper", "Pregúntame cómo conseguir mis diseños más baratos", "Frag mich, wie
    du mich günstiger bekommst". A way word, then the seller ("my", "me"), then the better
    price, within a few words, and the buyer told to ask: a hint (warning), no way said.
    Not "I show you how to make your ads cheaper" (the buyer's: the work) nor a price list
    ("bulk orders are cheaper": no way, no asking)."""
    text = scan.text
    words = words_in(text, max(s0, t.start - 80), t.start)[-_WAY_REACH:]
    way = next((i for i, w in enumerate(words) if w in cv.way_words), None)
    if way is None or not any(w in cv.mine_before or w in cv.presence for w in words[way + 1:]):
        return None
    if cv.ask_me.search(text, s0, s1) is None or negated_after(scan, cv, t.end, t.start):
        return None
    return InvitationMatch(t.start, t.end, LEAVE, None, vague=True)


# How many words after "the rest" its place away may stand ("den Rest machen wir privat").
_REST_REACH = 4


def rest_away(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """The rest of the deal or its payment taken away from the marketplace: "Half up front here,
    the other half we sort out privately", "Die Hälfte hier, den Rest machen wir privat",
    "Połowa tutaj, resztę rozliczymy prywatnie". `t` is the remainder ("the rest", "la otra
    mitad", "остальное"); a word of elsewhere or privacy within four words after it in the
    sentence, with no marketplace in its clause, makes it leaving (an error); a word of
    directness ("Половину здесь, остальное — напрямую") only when the sentence splits it from
    a part here. Not "the rest of the files in your Fiverr inbox", "the rest of your data is
    handled privately by Fiverr"."""
    text = scan.text
    s0, _ = scan.sentence(t.start)
    here = cv.marketplace_means.search(text, s0, t.start) is not None
    for m in ctx:
        ks = kinds(m)
        if m.start < t.end or words_between(text, t.end, m.start) > _REST_REACH or not ks & {AWAY, DIRECT}:
            continue
        if AWAY not in ks and (not here or work_after(text, cv, m.end)):
            continue
        c0, c1 = scan.clause(m.start)
        # (not with a place: "the rest of my work is elsewhere in my portfolio"; the place the word of
        # elsewhere leaves is none: "il resto lo facciamo fuori di qui", "resztę zrobimy poza tą stroną")
        if any(not _left_by(text, m, a) for a in _means_in(scan, cv, c0, c1)) or any(
            kinds(k) & {MARKET, PLACE} and c0 <= k.start < c1 and not _left_by(text, m, k.start) for k in ctx
        ):
            continue
        if negated_after(scan, cv, m.end, m.start) or _compared_to(scan, cv, t, m):
            continue
        if AWAY in ks and shown_work(text, cv, t.end, m.start):
            # "The rest of my samples are elsewhere, ask me": the seller's work shown off
            # the marketplace, no deal taken there: `elsewhere`'s warning.
            return InvitationMatch(t.start, m.end, ELSEWHERE, None, vague=True)
        return InvitationMatch(t.start, m.end, LEAVE, None)
    return None


# Words after a word of elsewhere where the place it leaves may stand ("fuori di qui", "poza tą stroną").
_LEFT_PLACE_REACH = 1


def _left_by(text: str, away: Match, at: int) -> bool:
    """A place at `at` inside word of elsewhere `away` or right after it: the place left ("fuori di
    qui"), not the place the rest is at."""
    return away.start <= at and (at < away.end or words_between(text, away.end, at) <= _LEFT_PLACE_REACH)


def _means_in(scan: RunScan, cv: ChannelVocab, c0: int, c1: int) -> list[int]:
    """Where the marketplace is named as the way in clause [c0, c1) ("through Fiverr", "here")."""
    return [m.start() for m in cv.marketplace_means.finditer(scan.text, c0, c1)]
