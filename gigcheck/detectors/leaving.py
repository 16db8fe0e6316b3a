"""Leaving the marketplace without a handle: said outright ("let's take this conversation
outside", "top-tier buyers get my direct line", "si lo hacemos por fuera te sale más
barato", "давайте продолжим общение вне площадки"), hinted at ("you can find me
elsewhere", "I'm reachable outside this site"), or pointed to an identifier without
writing it ("my Telegram is the same as my username here", "you will find me everywhere
as pixelmira", "the address is my first name at the big G mail service").

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

import re

from gigcheck.detectors.handle_ids import compound
from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, phrase_word, words_between
from gigcheck.detectors.sentence_channels import Channel, after_account_word, named_channels, negated
from gigcheck.detectors.triggers import (
    AFTERCARE,
    AWAY,
    BOOK,
    CHANNEL,
    CHANNEL_VERB,
    CHEAPER,
    CONTACT,
    CONV,
    CUE,
    CUE_BEFORE,
    DEAL,
    DETAIL,
    DIRECT,
    ELSEWHERE,
    FEE_SKIP,
    HERE,
    LATER,
    LEAVE,
    LEFT,
    LOOK,
    MARK,
    MARK_AFTER,
    MARKET,
    NEG,
    OFF,
    OTHER_CHANNEL,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    PERSON,
    PLACE,
    PLATFORM,
    POINTER,
    POST,
    REFUSAL,
    REMAINDER,
    SAME,
    SEARCH,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SESSION,
    SETTLING,
    TALK,
    THIRD,
    TIE,
    TOGETHER,
    WORK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.trie import glued

__all__ = [
    "arrangement", "away_is_here", "buyers_near", "cheaper_outside", "dealt_there", "direct_contact", "direct_later",
    "elsewhere", "left_place",
    "fee_owned", "fees_skipped",
    "history_by",
    "left", "located", "middleman", "not_here",
    "mine_account", "negated_after", "own_channel_pointer", "pointed_name", "rest_away", "searched_identity",
    "settled_between",
    "subject_account", "timed", "ways_asked",
]

# Words between a pointer and its channel ("Auf LinkedIn findest du mich unter meinem
# vollen Namen"): further apart they are seldom about each other.
_NEAR = 4
# How far after the seller's channel its place or "same as here" may stand.
_OWN_REACH = 10  # "handle is shown at the end of the gig video"
# How far from a better price an off-platform phrase may stand (view characters).
_REACH = 300
# Words between a tying word and its place: a part of the place may stand between ("at
# the end of the gig video", "en la esquina de mi foto de perfil").
_PLACE_REACH = 5
# A name right after a pointer ("everywhere as pixelmira", "als @mira", "just add _art"):
# an optional quote or "@", then a word of 3 to 30 characters, kept to one line.
# How far after a search verb the seller's name may stand ("busca el nombre de mi
# estudio"), and how far past it the possessive ("nama studio saya").
_ID_REACH = 4
_ID_TAIL = 16
_WORDS = cached_regex(rf"{LETTER_RUN}")
_WORDS_AND_MARKS = cached_regex(rf"{LETTER_RUN}(?:['’]{LETTER_RUN})?")  # "i'm", "d'autres"


def _words_in(text: str, a: int, b: int) -> list[str]:
    """The words of text [a, b) (with their apostrophes: "i'm"), case-folded."""
    return [w.casefold() for w in _WORDS_AND_MARKS.findall(text, a, b)]
# Words after the orders to come where the buyer's own customers may stand ("the next
# time your customers ...").
_WORK_REACH = 3
# The word right after "directly" ("directly from your draft").
_WORD_AFTER = cached_regex(r"[ \t]{1,3}([^\W\d_]{1,12})")
# A domain ending written alone (".com", ".studio").
_DOMAIN_END = cached_regex(r"\.[^\W\d_]{2,10}")
_NAME_AFTER = cached_regex(r"[ \t]{1,3}[\"'“‘«@]?([\w.\-]{3,30})")


def left(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]) -> InvitationMatch | None:
    """Leaving said outright: an error, with the sentence's first channel if it names one."""
    if negated_after(scan, cv, t.end, t.start) or (not channels and timed(scan, cv, t.start, t.end)):
        return None  # (detW: "We can talk outside business hours": when, not where)
    s0, s1 = scan.sentence(t.start)
    if not channels and history_by(scan, cv, t):
        return None  # "Moje poprzednie zlecenia poza Fiverr": the seller's past
    if not channels and _inside(scan, cv, s0, s1):
        return None  # "trato directo ..., siempre dentro de Fiverr": the seller's manner
    ctx = scan.context(cv, s0, s1)
    if not channels and any(AWAY in kinds(m) and m.end == t.end and away_is_here(scan, cv, m) for m in ctx):
        return None  # "Message me privately here on Fiverr"
    if not channels and _market_way_after(scan, ctx, t):
        return None  # "I invoice myself through Fiverr's custom offer": the marketplace is the way
    return InvitationMatch(t.start, t.end, LEAVE, _label(channels))


def _market_way_after(scan: RunScan, ctx: list[Match], t: Match) -> bool:
    """A place mark right after phrase `t` and the marketplace's name a word or none after it
    ("invoice myself through Fiverr's custom offer", "via a Fiverr custom offer"), with no
    word of fees or a better price in the sentence ("… so we skip the fees on Fiverr").
    why (detC: the seller's own invoice sent the marketplace's way)."""
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    if any(kinds(o) & {CHEAPER, FEE_SKIP} for o in scan.triggers_in(s0, s1)):
        return False
    marks = [k for k in ctx if MARK in kinds(k) and k.start >= t.end and words_between(text, t.end, k.start) == 0]
    return bool(marks) and any(
        MARKET in kinds(m) and m.start >= marks[0].end and words_between(text, marks[0].end, m.start) <= 1
        for m in ctx
    )


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
    not a way out (detU, rt30-neg-on-platform-008); not "в личку, не на Fiverr", "elsewhere
    than Fiverr", "somewhere else instead of Fiverr". Nor is a place where a thing came from
    (`origin_after`: "다른 곳에서 구매한 템플릿도 이어서 작업해 드립니다")."""
    if origin_after(scan, cv, m):
        return True
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


def _inside(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """The sentence says the dealing stays inside the marketplace, and nothing in it
    says off, away or cheaper ("directo, no dentro de Fiverr" is negated)."""
    m = cv.inside_marketplace.search(scan.text, s0, s1)
    if m is None or negated_after(scan, cv, m.end(), m.start()):
        return False
    return not any(kinds(o) & {OFF, AWAY, CHEAPER} for o in scan.triggers_in(s0, s1))


# The word or two right after a phrase ("my off-Fiverr experience"), and how far before it
# the seller's past is read.
_NEXT_WORDS = cached_regex(rf"[ \t]*({LETTER_RUN}(?:[ \t]+{LETTER_RUN})?)")
_PAST_CHARS = 40
# How many words before an off-platform phrase a mark of the seller's past may stand.
_PAST_REACH = 3


def history_by(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word of the seller's past right after the off-platform phrase or right before
    it ("my off-Fiverr experience", "mi experiencia fuera de Fiverr", "Erfahrung außerhalb
    von Fiverr"): what the seller has done elsewhere, not where to deal now."""
    text = scan.text
    after = _NEXT_WORDS.match(text, t.end + 1) if text[t.end:t.end + 1] in (" ", "-") else None
    if after is not None and after.group(1).split()[0] in cv.history_nouns:
        return True
    before = text[max(0, t.start - _PAST_CHARS):t.start].split()
    if bool(before) and before[-1].strip(",;:") in cv.history_nouns:
        return True
    # "My past jobs outside Fiverr", "mis trabajos anteriores fuera de Fiverr", "I worked outside
    # Fiverr for agencies": a mark of the past a few words before it, in its clause.
    c0, _ = scan.clause(t.start)
    words = [w.strip(",;:()") for w in text[max(c0, t.start - _PAST_CHARS):t.start].split()][-_PAST_REACH:]
    return any(w in cv.history_marks for w in words)


def middleman(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """"No middlemen" as leaving: only when the marketplace is the middleman, i.e. with the
    site, the platform or its fees in the sentence ("skip the middleman and Fiverr's
    fees"), a channel ("no middleman, just WhatsApp me"), the orders to come ("next time
    skip the middleman") or another phrase of leaving. By itself it is an honest claim:
    "I do the work myself, sin intermediarios"."""
    s0, s1 = scan.sentence(t.start)
    if cv.marketplace_means.search(scan.text, s0, s1):
        return None  # "sin intermediarios: hablas conmigo aquí en Fiverr"
    tied = bool(channels) or any(TIE in kinds(m) for m in ctx) or any(
        kinds(o) & {OFF, LEAVE, CHEAPER, LATER} and o is not t and not _manner(o, ctx) for o in scan.triggers_in(s0, s1)
    ) or _closed_direct(scan, cv, ctx)
    return left(scan, cv, t, channels) if tied or _fees_just_before(scan, cv, s0) else None


def _manner(o: Match, ctx: list[Match]) -> bool:
    """Off-platform trigger `o` is only "directly with me" ("Atendimento direto comigo", "you work
    directly with me"): the way the seller works, which ties "no middlemen" to leaving only with
    a deal closed (`_closed_direct`). why (detQ2, rt26 wording FP "Atendimento direto comigo, sem
    intermediários ou terceirização")."""
    return kinds(o) & {OFF, LEAVE, CHEAPER, LATER} == {OFF} and any(
        DIRECT in kinds(m) and o.start <= m.start and m.end <= o.end for m in ctx
    )


def _closed_direct(scan: RunScan, cv: ChannelVocab, ctx: list[Match]) -> bool:
    """A deal closed directly in the sentence ("a gente fecha direto, sem intermediário",
    "we close the deal directly, no middleman"): the deal, not the way the seller works
    ("you work directly with me, no middlemen" has no word of closing a deal)."""
    text = scan.text
    return any(DEAL in kinds(m) and not negated_after(scan, cv, m.end, m.start) for m in ctx) and any(
        DIRECT in kinds(m) and not negated_after(scan, cv, m.end, m.start) and not _work_after(text, cv, m.end)
        for m in ctx
    )


# How many sentences back the fees may be named for "just you and me" to leave them.
_FEES_BACK = 2


def _fees_just_before(scan: RunScan, cv: ChannelVocab, s0: int) -> bool:
    """The fees named in one of the two sentences before ("Tired of service fees? So am
    I. Let's do this the old-fashioned way, just you and me"), not the marketplace's name
    (a seller's history with it is no tie) nor the seller's own fees ("I keep my fees low")."""
    for _ in range(_FEES_BACK):
        if s0 <= 0:
            return False
        p0, p1 = scan.sentence(s0 - 1)
        if any(TIE in kinds(m) and MARKET not in kinds(m) and m.text not in cv.platform_words
               and cv.sellers.search(scan.text, max(p0, m.start - 30), m.start) is None  # "my fees"
               for m in scan.context(cv, p0, p1)):
            return not cv.marketplace_means.search(scan.text, p0, p1)
        s0 = p0
    return False


def direct_later(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The orders to come (`t`: "future orders", "next time", "次回") dealt "directly"
    between the two of them ("for future orders let's deal directly", "次回からは直接お取引
    しましょう、手数料なし", "próximos pedidos trabajamos directamente, sin comisiones"): a
    `DIRECT` word (or a place away: "por fora", "privat") in the sentence and either the
    fees, the platform (`TIE`) or a better price, or "we"
    with a verb of working, dealing or paying together. Not "I start directly on your
    next order" (no "we", no fee), "we continue directly from the last revision" (the
    way the work goes) nor "next time order here and we talk directly" (the marketplace)."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if negated_after(scan, cv, t.end, t.start) or cv.marketplace_means.search(text, s0, s1):
        return None
    # Where the sentence says it outright ("Lần sau ... không qua Fiverr"), that phrase is the finding.
    said = next((o for o in scan.triggers_in(s0, s1) if kinds(o) & {LEAVE, OFF} and o is not t), t)
    direct = [m for m in ctx if kinds(m) & {DIRECT, AWAY} and not negated_after(scan, cv, m.end, m.start)]
    direct = [m for m in direct if not _work_after(text, cv, m.end)]
    if not direct:
        return None
    if said is t and any(MARKET in kinds(m) and t.end <= m.start < direct[0].start for m in ctx):
        # the marketplace does it directly ("If the order is cancelled, Fiverr refunds you directly"),
        # no phrase of leaving said (why: detA, the contingencies of `later_words`)
        return None
    if channels:
        return InvitationMatch(said.start, said.end, LEAVE, _label(channels))
    ks = [kinds(m) for m in ctx]
    between = [k for m, k in zip(ctx, ks, strict=True) if t.end <= m.start < direct[0].start]
    theirs = any(THIRD in k for k in between) or buyers_near(scan, cv, t.end, _WORK_REACH)
    if theirs or any(PAY_TOPIC in k for k in ks):
        return None  # "next time your customers check out, they pay directly": the work
    we = any(TOGETHER in k and text[m.start:m.end].casefold() != "you" for m, k in zip(ctx, ks, strict=True))
    cheaper = any(CHEAPER in kinds(o) for o in scan.triggers_in(s0, s1))
    # (a word of settling too: "Depois do primeiro pedido a gente resolve por fora"; of carrying
    # on: "let's keep working privately after this order")
    tied = any(TIE in k and not (MARKET in k and _way_there(scan, ctx, m)) for m, k in zip(ctx, ks, strict=True))
    if cheaper or tied or (we and any(k & {WORK, DEAL, SETTLING, CONV} for k in ks)):
        return InvitationMatch(said.start, said.end, LEAVE, None)
    if _book_me(scan, ctx, s0, s1, direct[0]):
        return InvitationMatch(said.start, said.end, LEAVE, None)
    return None


def _way_there(scan: RunScan, ctx: list[Match], m: Match) -> bool:
    """Marketplace name `m` right behind a place mark with no negation before it ("vào đơn hàng
    trên Fiverr", "on Fiverr"): the way the orders go, not a tie to leave ("not via Fiverr",
    "Fiverr's fees"). why (detS2: "Lần sau mình sẽ giao file thẳng vào đơn hàng trên Fiverr")."""
    text = scan.text
    marks = [k for k in ctx if MARK in kinds(k) and k.end <= m.start and words_between(text, k.end, m.start) == 0]
    return bool(marks) and not any(
        NEG in kinds(n) and n.end <= marks[0].start and words_between(text, n.end, marks[0].start) <= 1 for n in ctx
    )


def _book_me(scan: RunScan, ctx: list[Match], s0: int, s1: int, direct: Match) -> bool:
    """A verb of booking or ordering with the seller as its object before "directly" ("next time
    book me directly", "la próxima vez contrátame directamente"): the orders to come placed with
    the seller, not through the marketplace. why (detS2: no "we" there to read a deal)."""
    books = [o for o in scan.triggers_in(s0, s1) if BOOK in kinds(o) and o.end <= direct.start]
    return any(
        PERSON in kinds(m) and TOGETHER not in kinds(m) and b.end <= m.start < direct.start
        and words_between(scan.text, b.end, m.start) <= 1
        for b in books for m in ctx
    )


def direct_contact(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """A contact verb `t` with "directly" by it and the fees or a better price in the
    sentence: "Contáctame directamente y nos ahorramos la comisión", "Contact me directly
    and skip the fees". Not "contact me directly here before ordering" (the marketplace)
    nor "contact me directly" alone (that may be the inbox too)."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if cv.marketplace_means.search(text, s0, s1):
        return None
    direct = next((
        m for m in ctx if DIRECT in kinds(m) and _close(text, t, m) and not negated_after(scan, cv, m.end, m.start)
    ), None)
    if direct is None:
        return None
    cheaper = any(CHEAPER in kinds(o) for o in scan.triggers_in(s0, s1))
    a, b = min(t.start, direct.start), max(t.end, direct.end)
    # The fees, not the marketplace's name ("no one at Fiverr will talk directly to us").
    if not (cheaper or any(TIE in kinds(m) and MARKET not in kinds(m) for m in ctx)):
        # why (detE, the brief's "Bana doğrudan ulaşın" and its cousins): "reach me directly"
        # said as a whole sentence, with nothing that says what for or when, is an unclear
        # invitation, a hint (a warning). With a purpose, a condition or an object it is the
        # inbox as often ("Escríbeme directamente si tienes dudas", "send me the files
        # directly after payment"); not after the order, a session, the buyer's customers.
        if words_between(text, s0, a) + words_between(text, b, s1) > _BARE_EXTRA or LEAVE in kinds(t) or any(
            kinds(m) & {POST, SESSION, THIRD, CUE_BEFORE} for m in ctx
        ):  # (a trigger that is itself a request to leave is read as one: "Message me privately.")
            return None
        # (kind `contact`: a hint the general reading of a request to leave may still make an
        # error, "Message me privately." — invitations._judge)
        return InvitationMatch(a, b, CONTACT, None, vague=True)
    return InvitationMatch(a, b, LEAVE, None)


# Words a bare "reach me directly" may have besides the verb and "directly" ("please", "just").
_BARE_EXTRA = 1


def _close(text: str, t: Match, m: Match) -> bool:
    """`m` within two words of `t`, either side."""
    return words_between(text, min(t.end, m.end), max(t.start, m.start)) <= 2


def _work_after(text: str, cv: ChannelVocab, end: int) -> bool:
    """A preposition right after "directly": the way the work goes ("directly from your
    draft"), not the deal."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).casefold() in cv.direct_work_after


def searched_identity(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """A search verb and the seller's own name, username or studio name after it ("Busca
    el nombre de mi estudio en Google y me escribes por ahí", "Cari nama studio saya di
    Instagram", "Wyszukaj moją nazwę użytkownika"): an error with a channel or a contact
    verb in the sentence, else a warning (where to look is unsaid). Not the buyer's name
    ("search engine optimization for your name"), nor a search on the marketplace
    ("busca mi nombre en la lista de vendedores de Fiverr")."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if negated_after(scan, cv, t.end, t.start) or cv.marketplace_means.search(text, s0, s1):
        return None
    if any(MARKET in kinds(m) and m.start >= t.end for m in ctx):
        return None  # "Busca mi nombre en la lista de vendedores de Fiverr": a search on the marketplace
    details = [m for m in ctx if DETAIL in kinds(m)]
    detail = next(
        (m for m in details if m.start >= t.end and words_between(text, t.end, m.start) <= _ID_REACH), None
    ) or next(  # the verb last ("Instagram'da stüdyo adımı aratın")
        (m for m in details if m.end <= t.start and words_between(text, m.end, t.start) <= 1),
        None,
    )
    if detail is None:
        return None
    # The seller's: a first-person possessive between the verb and two words past the name.
    # (from the verb's start: "search my" may be one trigger)
    a, b = (t.start, detail.end) if detail.start >= t.end else (max(s0, detail.start - _ID_TAIL), t.start)
    words = _WORDS.findall(text, a, min(s1, b + _ID_TAIL))
    if not any(w.casefold() in cv.mine_before or w.casefold() in cv.mine_after or _glued_mine(cv, w) for w in words):
        return None
    mine = [c for c in channels if not (c.platform and is_subject(scan, cv, c.start, c.end))]
    label = _label(mine)
    # A contact verb, or a better price there ("Cari nama toko saya di Shopee, di sana lebih murah"):
    # the buyer is sent to deal there, not only to look.
    # Or the seller's own page found by it ("the first result is my booking page").
    verb = any(kinds(m) & {CONTACT, TALK, CHEAPER} for m in scan.triggers_in(s0, s1)) or any(
        OTHER_CHANNEL in kinds(m) and m.start >= t.end for m in ctx
    )
    a, b = min(t.start, detail.start), max(t.end, detail.end)
    return InvitationMatch(a, b, SEARCH, label, vague=label is None and not verb)


def _glued_mine(cv: ChannelVocab, word: str) -> bool:
    """A possessive glued to the end of a noun: "tokoku" (my shop), "akunku" (my account)."""
    w = word.casefold()
    return any(w.endswith(x) and len(w) >= len(x) + 3 for x in cv.mine_suffixes)


def pointed_name(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], name_follows: bool
) -> InvitationMatch | None:
    """A pointer to an identifier: with a channel near it in the sentence ("same name on
    Instagram", "Mi Instagram es el mismo que mi usuario de aquí"), or, for a pointer
    that a name follows (`name_follows`), with a name right after it ("you will find me
    everywhere as pixelmira")."""
    if negated_after(scan, cv, t.end, t.start) or buyers_near(scan, cv, t.end, 3):
        return None  # "the same name as your shop": the buyer's name, the work
    if _name_made(scan, cv, t):
        return None  # "I create your Twitch name and the same name on Instagram": the work
    text = scan.text
    # A channel word of the phrase itself ("o número que aparece") only with another channel in
    # the sentence ("... é o meu WhatsApp"): by itself the number may be a count ("O número que
    # aparece na capa é o total de projetos entregues").
    own = [c for c in channels if t.start <= c.start and c.end <= t.end]
    if own and len(own) == len(channels):
        channels = []
    near = [
        c for c in channels
        if words_between(text, min(c.end, t.end), max(c.start, t.start)) <= _NEAR
        and not (c.platform and is_subject(scan, cv, c.start, c.end))
        and not buyers_near(scan, cv, max(0, c.start - 30), 3, before=c.start)
    ]
    if not near and t.start > 0:
        # why (rt15 wording "Não posso passar meu zap aqui, mas é fácil de achar: mesmo nome
        # da loja"): the seller's own messenger earlier in the sentence is what the pointer
        # names, however far ("I can't post my WhatsApp here, but ... same name as my shop")
        near = [
            c for c in channels
            if c.private and c.end <= t.start and not (c.platform and is_subject(scan, cv, c.start, c.end))
            and mine_account(scan, cv, c, scan.context(cv, *scan.sentence(c.start)))
        ]
    if near:
        c = near[0]
        return InvitationMatch(min(t.start, c.start), max(t.end, c.end), POINTER, c.label)
    asked = None if channels else _asked_channel(scan, cv, scan.sentence(t.start)[0])
    if asked is not None:
        return InvitationMatch(t.start, t.end, POINTER, asked.label)  # "Mon Discord ? Le même pseudo qu'ici"
    m = _NAME_AFTER.match(scan.text, t.end) if name_follows else None
    if m is not None and _identifier_like(scan, cv, m):
        end = m.start(1) + len(m.group(1).rstrip(".-"))  # not the full stop after the name
        return InvitationMatch(t.start, end, POINTER, None)
    s0, s1 = scan.sentence(t.start)
    if (
        not channels and cv.everywhere.search(text, s0, s1) is not None
        and not buyers_near(scan, cv, s0, 3, before=t.start)
        # "your Instagram ... across all platforms": a platform named as the work
        and not any(PLATFORM in kinds(m) for m in scan.triggers_in(s0, s1))
    ):
        return InvitationMatch(t.start, t.end, POINTER, None, vague=True)  # "same name on all networks"
    return None


_MADE_CHARS = 160  # how far back in the clause the verb of making may stand


def _name_made(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A verb of making (`name_work_verbs`: "design", "crée", "registro") earlier in the
    pointer's clause: the name is what the seller makes for the buyer, not where to find them."""
    c0, _ = scan.clause(t.start)
    words = scan.text[max(c0, t.start - _MADE_CHARS):t.start].split()  # bounded: linear
    return any(w in cv.name_work_verbs or " ".join(words[i:i + 2]) in cv.name_work_verbs for i, w in enumerate(words))


# Words of a question that only names a channel ("My Discord?", "¿Mi Instagram?", "Telegram?").
_ASKED_WORDS = 4


def _asked_channel(scan: RunScan, cv: ChannelVocab, s0: int) -> Channel | None:
    """The channel of a short question right before the sentence at `s0`, which the sentence
    answers ("Mon Discord ? Le même pseudo qu'ici", "Telegram? Same name as here"): the
    seller's own, not the subject of the work."""
    if s0 <= 0:
        return None
    p0, _ = scan.sentence(s0 - 1)
    asked = scan.text[p0:s0].rstrip()
    if not asked.endswith(("?", "？")) or len(_WORDS.findall(asked)) > _ASKED_WORDS:
        return None
    ctx = scan.context(cv, p0, s0)
    found = named_channels(scan, cv, p0, s0, ctx)
    # why (rt15 pointer "Mijn Discord-naam? Gewoon dezelfde als hier."): a compound whose
    # second part names the account is asked about, not the work (_work reads the parts)
    return next((c for c in found if not (c.platform and _work(scan, cv, c, ctx))), None)


def elsewhere(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """Found or reachable off the marketplace: an error with a channel named in the
    sentence ("you'll find me elsewhere too, on Insta") or a place for the details
    ("check the last slide of my gallery for how to reach me"), else a warning."""
    if negated_after(scan, cv, t.end, t.start) or timed(scan, cv, t.start, t.end) or _than_after(scan, cv, t, ctx):
        return None  # "auch außerhalb der Bürozeiten", "rarely elsewhere than at my desk"
    if _marketplace_after(scan, t.end, ctx) and not (_left_market(scan, cv, t) or _than_market(scan, cv, t.end, ctx)):
        return None  # "how to contact me here on Fiverr"
    if _answered_here(scan, cv, t):
        return None  # "Need a faster way to reach me? Message me here on Fiverr."
    label = _label(channels)
    if label is None and (_marketplace_listed(scan, cv, t, ctx) or _buyers_everywhere(scan, cv, t)):
        return None
    if label is None and _for_buyers(scan, cv, t.end):
        return None  # "Configuro otros canales de contacto para tu tienda": the buyer's, the work (detE)
    if label is None and _privately_after(scan, t, ctx):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Ask me in chat how to reach me privately"
    # Not the site the phrase leaves ("reachable outside this site").
    placed = any(
        PLACE in kinds(m) and not (m.start >= t.end and words_between(scan.text, t.end, m.start) <= 2) for m in ctx
    )
    if label is None and not placed and dealt_there(scan, cv, t, ctx):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Monthly retainer available outside this site"
    if _price_asked_before(scan, cv, t.start):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Quer pagar menos? Me procura fora daqui"
    return InvitationMatch(t.start, t.end, ELSEWHERE, label, vague=label is None and not placed)


# Words after a phrase of elsewhere where the buyer's possessive makes it what the work builds.
_FOR_BUYER_REACH = 4


def _for_buyers(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """The buyer's possessive (`placeholders.owners`: "your", "tu", "votre") after a word of
    purpose or place (`purpose_words`, `for_marks`) within four words after `end` in its
    clause: "other contact options for your store" is the work;
    "a cheaper way to work with me than this gig" is not (no possessive). Or the buyer's business
    named before it in the clause ("Sitenize başka iletişim kanalları ekliyorum": "your site" glued)."""
    c0, c1 = scan.clause(end)
    if pay_words(cv).businesses.search(scan.text, c0, end) is not None:
        return True
    after = [w.strip(".,;:!?()\"'").casefold() for w in scan.text[end:c1].split()[:_FOR_BUYER_REACH]]
    # (after a word of purpose or place: "for your store", "para tu tienda"; not "como tu diseñadora
    # favorita", the seller named as the buyer's)
    marks = cv.purpose_words | cv.for_marks
    # (an article may stand between: "para a sua loja")
    return any(
        w in cv.placeholders.owners and bool(marks.intersection(after[max(0, k - 2):k])) for k, w in enumerate(after)
    )


_QUESTION_ENDS = ("?", "？", "؟")


def _price_asked_before(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """why (detE, rt39 wording "Quer pagar menos? Me procura fora daqui depois da entrega"): the
    sentence before is a question about a better price or the fees skipped ("Want to pay
    less?"), not negated, and the phrase of elsewhere answers it: a better price outside, a
    request to leave (as `cheaper_outside` reads it within one sentence)."""
    s0, _ = scan.sentence(at)
    text = scan.text
    if s0 == 0 or not text[:s0].rstrip().endswith(_QUESTION_ENDS):
        return False
    p0, p1 = scan.sentence(len(text[:s0].rstrip()) - 1)
    return any(
        kinds(o) & {CHEAPER, FEE_SKIP} and not negated(scan, cv, o.start) for o in scan.triggers_in(p0, p1)
    )

# What may not stand in the answer for it to be the marketplace's: a way out, a channel, a refusal.
_NOT_AN_ANSWER = frozenset({OFF, AWAY, DIRECT, CHEAPER, ELSEWHERE, PLATFORM, CHANNEL, NEG, OTHER_CHANNEL, LATER})


def _answered_here(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """why (detU, issue 12 risk "Need a faster way to reach me? Message me here on Fiverr"): a
    phrase of elsewhere asked as the buyer's question and answered by the next sentence with
    the marketplace ("here", "on Fiverr") and nothing else: the way is the marketplace's inbox.
    Not "Want a faster line to me? Just ask." (no marketplace) nor "... Not here: on Telegram"."""
    text = scan.text
    _, s1 = scan.sentence(t.end)
    if not text[t.end:s1].rstrip().endswith(_QUESTION_ENDS):
        return False
    n0, n1 = scan.sentence(s1)
    if n0 < s1 or n1 <= n0:
        return False
    found = scan.context(cv, n0, n1) + scan.triggers_in(n0, n1)
    if any(kinds(m) & _NOT_AN_ANSWER for m in found):
        return False
    return any(kinds(m) & {MARKET, HERE} for m in found)


def _privately_after(scan: RunScan, t: Match, ctx: list[Match]) -> bool:
    """why (rt15 leaving "Ask me in chat how to reach me privately"): a word of privacy or
    directness right after the phrase of elsewhere says how the seller is reached: away from
    the marketplace (an error), not only somewhere unsaid; unless the sentence names the
    marketplace ("how to reach me directly in the Fiverr inbox")."""
    if any(MARKET in kinds(m) for m in ctx):
        return False
    # (not a second phrase of elsewhere: "I'm easy to find elsewhere too" stays a hint)
    hints = {o.start for o in scan.triggers_in(t.end, t.end + 40) if ELSEWHERE in kinds(o)}
    return any(
        kinds(m) & {AWAY, DIRECT} and m.start >= t.end and words_between(scan.text, t.end, m.start) == 0
        and m.start not in hints for m in ctx
    )


def _than_after(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """"than" right after a phrase ending in a word of elsewhere ("I'm rarely elsewhere than
    at my desk", "je suis aussi ailleurs qu'en France"): a comparison, no place to find the
    seller; not after a better way ("a cheaper way to work with me than this gig").
    why (detM: the elsewhere phrases with a gap)."""
    end = t.end
    if not any(AWAY in kinds(m) and m.end == end for m in ctx):
        return False
    m = _WORDS_AND_MARKS.search(scan.text, end, min(len(scan.text), end + 16))
    if m is None or scan.text[end:m.start()].strip():
        return False
    word = m.group().casefold()
    return word in cv.than_words or word.split("'")[0].split("’")[0] in cv.than_words


# How many words after a word of elsewhere its time may stand ("außerhalb der üblichen Bürozeiten").
_TIME_REACH = 3
_TIME_CHARS = 80  # bounded window: linear however long the clause
_TIME_BEFORE = 2  # words before a word of elsewhere that follows its noun ("সময়ের বাইরেও", "के बाहर")


def timed(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """A time right after the word of elsewhere [start, end), in its clause: when the seller
    works ("Ich arbeite auch außerhalb der üblichen Bürozeiten"), not where to find them; or
    right before it, where the language puts "outside" after its noun ("অফিস সময়ের বাইরেও
    কাজ চলে", "mesai saatleri dışında"; why: detW, rt34 wording FP)."""
    c0, c1 = scan.clause(end)
    words = [w.strip(".,;:!?") for w in scan.text[end:min(c1, end + _TIME_CHARS)].split()[:_TIME_REACH]]
    # (only where "outside" is a postposition: not "Next time skip the middleman")
    first = scan.text[start:end].split()[:1]
    post = bool(first) and (not first[0][:1].isascii() or first[0] in cv.away_closing)
    before = scan.text[max(c0, start - _TIME_CHARS):start].split()[-_TIME_BEFORE:] if post else []
    return any(_time_word(cv, w) for w in words) or any(
        _time_word(cv, w) or _time_word(cv, _TIME_CASE.sub("", w)) or w.endswith(cv.glued_time_nouns) for w in before
    )


# A genitive or dative ending glued to a time noun before its postposition ("সময়ের", "समय के").
_TIME_CASE = cached_regex(r"(?:ের|এর|র|का|के|की|کے|کی|nın|nin|ın|in|un|ün)$")


def _time_word(cv: ChannelVocab, w: str) -> bool:
    return w in cv.time_nouns or bool(cv.time_endings and w.endswith(cv.time_endings))


def dealt_there(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A deal offered off the marketplace, in the clause of the phrase of elsewhere ("Monthly
    retainer available outside this site", "cerramos el trato en otro lado"): dealing
    there, not only being found there (a warning); not the seller's past ("deals I closed
    elsewhere")."""
    c0, c1 = scan.clause(t.start)
    s0, s1 = scan.sentence(t.start)
    if any(CHEAPER in kinds(o) for o in scan.triggers_in(s0, s1)):
        return False  # a better price in the sentence: that phrase reports it whole ("außerhalb klären, ist günstiger")
    # (or the order's own service offered there: "Extra: Priority support outside the marketplace — $25"; detW)
    served = any(
        AFTERCARE in kinds(o) and not negated_after(scan, cv, o.end, o.start) for o in scan.triggers_in(c0, c1)
    )
    return not history_by(scan, cv, t) and (served or any(
        DEAL in kinds(m) and c0 <= m.start < c1 and not negated_after(scan, cv, m.end, m.start)
        and not _names_clientele(scan.text, cv, m) and not _rest_of_work(scan, cv, m, t)
        for m in ctx
    ))


def _rest_of_work(scan: RunScan, cv: ChannelVocab, m: Match, t: Match) -> bool:
    """Deal word `m` is a remainder of the seller's shown work ("O resto dos meus trabalhos
    está em outro lugar"): the rest of the work is found there, no deal."""
    return m.end <= t.start and any(
        REMAINDER in kinds(o) and o.start <= m.start < o.end for o in scan.triggers_in(m.start, m.end)
    ) and _shown_work(scan.text, cv, m.end, t.start)


# How far around a deal word a noun of clients may make it a kind of client.
_CLIENTELE_CHARS = 30
_CLIENTELE_WORDS = 2


def _names_clientele(text: str, cv: ChannelVocab, m: Match) -> bool:
    """A deal word naming a kind of client, a noun of clients beside it ("retainer clients",
    "clientes de retainer", "Retainer-Kunden"): whom the seller works for, not a deal."""
    before = _words_in(text, max(0, m.start - _CLIENTELE_CHARS), m.start)[-_CLIENTELE_WORDS:]
    after = _words_in(text, m.end, m.end + _CLIENTELE_CHARS)[:_CLIENTELE_WORDS]
    return any(w in cv.clientele_nouns for w in before + after)


# How many words before "other sites" the seller may be said to be there ("Unaweza
# kunipata pia kwenye mitandao mingine").
_PRESENCE_REACH = 6
_PRESENCE_AFTER = 4  # "... pe bhi hoon", "... da varım"


def elsewhere_other(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The seller present on other sites, none named: "Também estou em outros cantos da
    internet", "Saya juga ada di platform lain", "Makikita mo rin ako sa ibang sites". `t`
    is the other-place phrase; a place word ties it ("em", "di", "sa", "kwenye") and a word
    of the seller being there or being found ("estou", "ada", "ako", "kunipata") stands a
    few words before, in the sentence. Languages that put them last tie the place after
    it or in its ending and say the seller is there after it ("Main doosre platforms pe
    bhi hoon", "Diğer platformlarda da varım"). Not the work ("I post your reels on other
    platforms": no presence), nor a comparison ("experienced with other platforms": no
    place word). Then as `elsewhere`: a warning, an error with a channel named."""
    s0, s1 = scan.sentence(t.start)
    before = _words_in(scan.text, s0, t.start)
    after = _words_in(scan.text, t.end, s1)[:_PRESENCE_AFTER]
    # (a preposition with its article counts as one: "en los sitios de siempre", "an den üblichen Orten")
    # (or with an article between: "sur une autre plateforme", "on an other site")
    # (and a count of them: "on a few other apps", "en algunas otras redes", "auf ein paar anderen Seiten")
    while before and (before[-1] in cv.other_counts or (len(before) > 1 and " ".join(before[-2:]) in cv.other_counts)):
        before = before[:-2] if len(before) > 1 and " ".join(before[-2:]) in cv.other_counts else before[:-1]
    tied_before = bool(before) and (
        before[-1] in cv.other_ties or " ".join(before[-2:]) in cv.other_ties
        or (len(before) > 1 and before[-1] in cv.articles and before[-2] in cv.other_ties)
    )
    tied = tied_before or (bool(after) and after[0] in cv.other_ties) or t.text.endswith(cv.other_tie_endings)
    near = before[-_PRESENCE_REACH - 1:-1] if tied_before else before[-_PRESENCE_REACH:]
    if _examples_follow(scan, cv, t):
        return None  # "I'm experienced on other platforms, like Wix": the platforms are the work
    if tied and _carried_there(scan, cv, t) and not buyers_place(scan, cv, t.start, t.end):
        return InvitationMatch(t.start, t.end, LEAVE, _label(channels))
    if not tied or not any(w in cv.presence for w in [*near, *after]):
        return None
    return elsewhere(scan, cv, t, channels, ctx)


# How many words may stand between a verb of carrying on and the other place it goes to.
_CARRY_REACH = 3
# Words after the place within which a verb's particle may close the clause ("… Plattform gleich weiter").
_PARTICLE_REACH = 2
# Words (and characters, bounded) after the place where examples of it may open ("other platforms too, like Wix").
_EXAMPLE_REACH = 3
_EXAMPLE_CHARS = 40


def _examples_follow(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Examples of the other place open within a few words after it ("other platforms too,
    like Wix", "otras plataformas como Shopify"): the platforms are the work."""
    _, s1 = scan.sentence(t.start)
    next_words = scan.text[t.end:min(s1, t.end + _EXAMPLE_CHARS)].split()[:_EXAMPLE_REACH]
    return any(w.strip(",;:") in cv.example_marks for w in next_words)


def _carried_there(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """why (detR, rt22 leaving "başka bir platformda devam edelim, orada fiyat konusunda daha
    esneğim"): the talk or the work carried on at another site ("Let's continue on another
    platform", "on passe sur une autre plateforme"): a request to leave, an error whether
    or not the seller says they are there. A talk verb of the clause within three words
    of the place, before it or after it (verb-last languages), not negated; the seller's
    skills have none ("I can build it on other platforms")."""
    c0, c1 = scan.clause(t.start)
    text = scan.text
    for o in scan.triggers_in(c0, c1):
        if TALK not in kinds(o) or negated_after(scan, cv, o.end, o.start):
            continue
        if o.end <= t.start and words_between(text, o.end, t.start) <= _CARRY_REACH:
            return True
        if o.start >= t.end and words_between(text, t.end, o.start) <= _CARRY_REACH and not origin_after(scan, cv, t):
            return True
    return _particle_closes(scan, cv, t, c1)


def origin_after(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word of getting or making right after the other place (`origin_marks`: "다른 곳에서
    구매한 템플릿", "别的地方买的模板"): where a thing came from, not where the work goes on."""
    text = scan.text
    after = _words_in(text, t.end, scan.clause(t.start)[1])[:3]
    if after and t.end < len(text) and text[t.end].isalpha():
        after = after[1:]  # the place's own ending glued to it ("다른 곳" + "에서")
    return bool(after) and (after[0] in cv.origin_marks or " ".join(after) in cv.origin_marks)


def _particle_closes(scan: RunScan, cv: ChannelVocab, t: Match, c1: int) -> bool:
    """why (detR2, round 1's "Wir machen auf einer anderen Plattform weiter"; rt24 "wickeln
    wir lieber außerhalb von Fiverr ab"): German and Dutch split their verbs of going on
    round the place and close the clause with the particle ("machen … weiter", "setzen …
    fort", "gaan … verder"): the particle as the clause's last word, right after the place,
    with the seller or "we" in the clause ("Ihre App läuft auf einer anderen Plattform
    weiter" has neither)."""
    after = _words_in(scan.text, t.end, c1)
    if not after or len(after) > _PARTICLE_REACH or after[-1] not in cv.carry_particles:
        return False
    c0, _ = scan.clause(t.start)
    return any(kinds(m) & {PERSON, TOGETHER} for m in scan.context(cv, c0, t.start))


# Words after an account named without a possessive where its owner may stand ("number of your shop").
_OWNER_AFTER = 3


def own_channel_pointer(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The seller's own channel said to be where an identifier is, or to be the same as
    the account here: "Mon WhatsApp est dans la vidéo", "Meu Insta é igual ao meu nome
    aqui", "Ang Telegram ko ay parehong username dito". `t` is the platform's name; a
    place ("video", "image"), or "same"/"here" with an account word ("name", "username"),
    within eight words after it."""
    c = next((c for c in channels if c.start == t.start), None)
    if c is None or _work(scan, cv, c, ctx) or _template_link(scan, cv, c):
        return None  # "my Discord server", "my WhatsApp chatbot": the work
    theirs = buyers_near(scan, cv, c.start, 4, c.start) or buyer_possessed(scan, cv, c)
    if not (mine_account(scan, cv, c, ctx) or (subject_account(scan, c, ctx) and not theirs)):
        return None  # "Your WhatsApp number goes on the flyer": the buyer's, the work
    if owned_after(scan, cv, c, ctx):
        return None  # "The WhatsApp number of your shop goes on the banner"
    text = scan.text
    after = [m for m in ctx if m.start >= c.end and words_between(text, c.end, m.start) <= _OWN_REACH]
    ks = set().union(*(kinds(m) for m in after)) if after else set()
    # A place as a location ("in the video", "dans la vidéo", "gig image mein"), not a
    # subject ("20k followers who love my photos").
    # A messenger, or a social profile's account word ("my Instagram handle"): a social
    # profile itself is often shown, not pointed to ("Mon Instagram montre mes créations
    # en vidéo").
    account = c.private or any(
        kinds(m) & {DETAIL, CHANNEL} and words_between(text, c.end, m.start) <= 1 for m in after
    )
    placed = account and any(PLACE in kinds(m) and located(scan, after, m) for m in after)
    named = DETAIL in ks or any(
        DETAIL in kinds(m) and m.end <= c.start and words_between(text, m.end, c.start) <= 1 for m in ctx
    )
    # "the same as here" says it whole, account word or not ("Meu Insta é o mesmo daqui").
    same_here = _same_as_here(text, after)
    # why (detQ2, rt26 session FP "link Zoom saya kirim lewat chat pesanan di platform ini"): a meeting
    # room's link sent "here" is the session's, sent through the marketplace; "the same as" still points
    here = {SAME} if _platform_ids(t) & cv.session_hosts else {SAME, HERE}
    said = placed or (named and bool(ks & here)) or same_here or _placed_before(scan, cv, c, ctx)
    if not said and _own_chat(cv, t, c) and _routed(scan, c, ctx) and not (
        _work_in_clause(scan, c, ctx) or _session_on(scan, c, ctx)
    ):
        said = mine_account(scan, cv, c, ctx)  # "o agendamento é pelo meu WhatsApp", "Mon Discord ?"
    if not said or negated_after(scan, cv, c.end, c.start):
        return None
    end = max((m.end for m in after if kinds(m) & {PLACE, SAME, HERE, DETAIL}), default=c.end)
    return InvitationMatch(c.start, end, POINTER, c.label)


def _own_chat(cv: ChannelVocab, t: Match, c: Channel) -> bool:
    """why (rt11/rt12 on-platform: "Mentoria ao vivo pelo Meet; o agendamento é pelo meu
    WhatsApp depois da compra"): a chat messenger the seller calls their own is a way to
    reach them outside, whatever the sentence says of sessions; a meeting room ("my Zoom",
    `[vocab.channels] session_hosts`) may host a session held through the marketplace."""
    if not c.private or not c.platform or c.ordinary:
        return False
    forms = {p[2] for p in t.payloads if isinstance(p, tuple) and len(p) > 2 and p[0] == PLATFORM}
    if not forms & {"name", "alias"}:
        return False  # "my line of work", "my signal chain": ordinary words
    pids = _platform_ids(t)
    return bool(pids) and not pids & cv.session_hosts


def _platform_ids(t: Match) -> set[str]:
    """The ids of the platforms trigger `t` names."""
    return {p[1] for p in t.payloads if isinstance(p, tuple) and len(p) > 1 and p[0] == PLATFORM}


# A label's colon or a question mark right after the channel: "Mon Discord ?", "My WhatsApp:".
_LABEL_OR_ASKED = cached_regex(r"[ \t]*[:：?？]")


def _routed(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """The seller's messenger used as the way something goes: a tying word before its
    possessive ("pelo meu WhatsApp", "über mein WhatsApp", "через мой Telegram", "through
    my WhatsApp"), or the account opening a label or a question ("Mon Discord ? Le même
    pseudo qu'ici"). Not "I keep my WhatsApp private" (said of the account, not a way)."""
    if _LABEL_OR_ASKED.match(scan.text, c.end):
        return True
    text = scan.text
    return any(
        MARK in kinds(m) and PERSON not in kinds(m) and m.end <= c.start and words_between(text, m.end, c.start) <= 1
        and not any(p in m.text.split() for p in ("my", "mi", "meu", "mon", "mein", "мой"))
        for m in ctx
    )


# How near a session word stands to the channel it is held on ("a call on my Skype").
_SESSION_REACH = 3


def _session_on(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """A live session held on the seller's own account ("we do the call on my Skype after
    you order", "lesson over my Skype"): the session's channel, which the marketplace's
    rules may allow, not a way to reach the seller; a session word within three words of
    it in its clause. ("Mentoria ao vivo pelo Meet; o agendamento é pelo meu WhatsApp": the
    session is in another clause, the messenger is for the rest.)"""
    c0, c1 = scan.clause(c.start)
    text = scan.text
    return any(
        SESSION in kinds(m) and c0 <= m.start < c1 and (
            (m.end <= c.start and words_between(text, m.end, c.start) <= _SESSION_REACH)
            or (m.start >= c.end and words_between(text, c.end, m.start) <= _SESSION_REACH)
        )
        for m in ctx
    )


def _work_in_clause(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """A work subject in the channel's clause ("I connected the bot to my WhatsApp for
    testing"): the seller's own account is part of the work there."""
    c0, c1 = scan.clause(c.start)
    return any(CUE in kinds(m) and c0 <= m.start < c1 for m in ctx)


# The path of a chat link right after its host ("wa.me/55SEUNUMERO", "t.me/yourbrand").
_LINK_PATH = cached_regex(r"(?:\.[^\W\d_]{2,4}){0,2}/\+?([\w.\-]{2,60})")


def _template_link(scan: RunScan, cv: ChannelVocab, c: Channel) -> bool:
    """why (rt11 placeholder: "Crio o link wa.me/55SEUNUMERO para o botão do seu site"): a
    chat link whose path is a stand-in is a template the work fills in, nobody's chat."""
    m = _LINK_PATH.match(scan.text, c.end)
    return m is not None and cv.placeholders.is_placeholder(m.group(1))


def _same_as_here(text: str, after: list[Match]) -> bool:
    """"the same" and "here" side by side, one word at most between ("o mesmo daqui",
    "derselbe wie hier", "buradakiyle aynı"): not "the same style as my gigs here"."""
    sames = [m for m in after if SAME in kinds(m)]
    heres = [m for m in after if HERE in kinds(m)]
    return any(
        words_between(text, *((s.end, h.start) if s.end <= h.start else (h.end, s.start))) <= 1
        for s in sames for h in heres if s.end <= h.start or h.end <= s.start
    )


def _work(scan: RunScan, cv: ChannelVocab, c: Channel, ctx: list[Match]) -> bool:
    """Whether channel `c` is the work. A hyphenated compound is the work ("Telegram-бота",
    "Instagram-style") unless its second part is an account word ("WhatsApp-Nummer",
    "Telegram-аккаунт", "Skype-ID"): then the words after the compound decide."""
    if compound(scan.words.text, c.end):
        part = next((m for m in ctx if m.start == c.end + 1 and kinds(m) & {DETAIL, CHANNEL}), None)
        if part is not None:
            return is_subject(scan, cv, c.start, part.end)
    return is_subject(scan, cv, c.start, c.end)


def _placed_before(scan: RunScan, cv: ChannelVocab, c: Channel, ctx: list[Match]) -> bool:
    """The place first, then the seller's account: "See the watermark on my portfolio
    samples — that's my Skype ID", "En la portada de mi galería está mi número de
    WhatsApp". The seller's own channel with its account word, and a place located
    ("on my portfolio", "en la portada") within ten words before it in the sentence."""
    if not (mine_account(scan, cv, c, ctx) and _account_named(scan, c, ctx)):
        return False
    text = scan.text
    before = [m for m in ctx if m.end <= c.start and words_between(text, m.end, c.start) <= 10]
    return any(PLACE in kinds(m) and located(scan, before, m) for m in before)


def cheaper_outside(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """A better price outside: "Wir können das auch außerhalb klären, ist günstiger",
    "ti costa meno fuori da qui", "cheaper off the platform"."""
    if negated_after(scan, cv, t.end, t.start):
        return None
    for m in ctx:
        if AWAY in kinds(m) and not negated_after(scan, cv, m.end, m.start) and not _compared_to(scan, cv, t, m):
            return InvitationMatch(min(t.start, m.start), max(t.end, m.end), LEAVE, None)
        if OTHER_CHANNEL in kinds(m) and (
            cv.sellers.search(scan.text, max(0, m.start - 30), m.start) or m.text.split()[0] in cv.mine_before
        ):
            # "direct clients through my own website, no service fee": the seller's own site; why (detR,
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
    )


# Characters before a skipped fee where the service it belongs to may be named ("avoid PayPal fees").
_FEE_OWNER_CHARS = 30
_ROUTE_KINDS = frozenset({CONTACT, TALK, CHANNEL_VERB, PLATFORM})


_FILLER_KINDS = frozenset({TIE, MARKET, NEG, PAY_VERB})


def fee_owned(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word between the skipping and the fee that is neither an article, a number, a
    filler (`fee_gap_words`) nor the marketplace's or a pay word: the fee is another's or of
    a kind ("avoid late fees", "skip bank fees"), not the marketplace's cut."""
    ctx = scan.context(cv, t.start, t.end)
    fees = [m for m in ctx if TIE in kinds(m)]
    if not fees:
        return False  # the fee glued to its case ending ("komisyondan"): nothing between
    first = _WORDS_AND_MARKS.search(scan.text, t.start, t.end)
    if first is None:
        return False
    covered = [(m.start, m.end) for m in ctx if kinds(m) & _FILLER_KINDS]
    for w in _WORDS_AND_MARKS.finditer(scan.text, first.end(), fees[-1].start):
        if any(a <= w.start() and w.end() <= b for a, b in covered):
            continue
        if w.group().casefold() not in cv.articles and w.group().casefold() not in cv.fee_gap:
            return True
    return False


def fees_skipped(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]) -> InvitationMatch | None:
    """The marketplace's fee skipped, with the buyer sent to the seller for the way ("If you'd
    rather skip the service fee, just ask me how in chat", "Se preferisci non pagare la
    commissione, scrivimi e troviamo un modo", "Let's take this conversation somewhere
    without the 20% cut"): `t` is the skipping (`fee_skip_phrases`); a contact, a talk verb,
    a channel or "ask me" in its sentence or the next one makes it leaving (an error). Not
    the fees of a service or of the buyer ("I'll show you how to avoid PayPal fees", "skip
    your Etsy fees": the work), nor the skipping alone ("No hidden fees")."""
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
    if s1 < len(text):
        spans.append(scan.sentence(s1 + 1 if text[s1:s1 + 1].isspace() else s1))
    for i, (a, b) in enumerate(spans):
        routed = (i == 0 and bool(channels)) or cv.ask_me.search(text, a, b) is not None or any(
            kinds(o) & _ROUTE_KINDS and o is not t for o in scan.triggers_in(a, b)
        )
        if routed:
            return InvitationMatch(t.start, t.end, LEAVE, _label(channels))
    return None


def _fees_dodged(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> InvitationMatch | None:
    """A better price to be asked for, right after the fees are questioned or refused: "Don't
    want to pay the 20% fee? Ask me about my 'special rate'", "¿Cansado de las comisiones?
    Pregúntame por mi precio especial": leaving hinted at with its price (an error). Not "Fiverr
    fees apply. Ask me about bulk prices" (the fees not questioned), nor without the buyer
    told to ask."""
    if cv.ask_me.search(scan.text, s0, s1) is None or negated_after(scan, cv, t.end, t.start):
        return None
    if not _fees_just_before(scan, cv, s0):
        return None
    p0, p1 = scan.sentence(s0 - 1)
    asked = scan.text[p0:p1].rstrip().endswith(("?", "？")) or any(NEG in kinds(m) for m in scan.context(cv, p0, p1))
    return InvitationMatch(t.start, t.end, LEAVE, None) if asked else None


def _compared_to(scan: RunScan, cv: ChannelVocab, t: Match, m: Match) -> bool:
    """`_compared` at `m`, or "than" between the better price `t` and `m` ("cheaper than the
    agencies over there")."""
    return _compared(scan, cv, m.start) or (
        m.start >= t.end and any(w in cv.than_words for w in _words_in(scan.text, t.end, m.start))
    )


def _compared(scan: RunScan, cv: ChannelVocab, start: int) -> bool:
    """"than" right before `start`: "cheaper than elsewhere", "más barato que en otro lado",
    "günstiger als anderswo" compare prices; they move nothing outside."""
    words = _words_in(scan.text, max(0, start - 24), start)[-2:]
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
        and (not _work_after(text, cv, m.end) or _to_me_after(text, cv, m.end))
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
    if any(w in cv.if_words for w in _words_in(text, c0, m.start)):
        return True
    tail = text[m.end:m.end + _IF_AFTER]
    if any(w in tail for w in cv.if_words if glued(w)):
        return True
    after = _words_in(text, m.end, m.end + _IF_AFTER)[:2]
    return any(w.endswith(cv.if_endings) and len(w) > 5 for w in after)


_TO_WHOM = cached_regex(r"[ \t]{1,3}[^\W\d_]{1,12}[ \t]{1,3}([^\W\d_]{1,12})")


def _to_me_after(text: str, cv: ChannelVocab, end: int) -> bool:
    """"langsung ke saya", "directly to me": the seller right after the preposition that
    would make "directly" the way the work goes."""
    m = _TO_WHOM.match(text, end)
    return m is not None and m.group(1).casefold() in cv.to_me


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
    words = _words_in(text, max(s0, t.start - 80), t.start)[-_WAY_REACH:]
    way = next((i for i, w in enumerate(words) if w in cv.way_words), None)
    if way is None or not any(w in cv.mine_before or w in cv.presence for w in words[way + 1:]):
        return None
    if cv.ask_me.search(text, s0, s1) is None or negated_after(scan, cv, t.end, t.start):
        return None
    return InvitationMatch(t.start, t.end, LEAVE, None, vague=True)


# Words after "another arrangement" where what it is for may start ("for the deadline").
_FOR_REACH = 2


def arrangement(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]) -> InvitationMatch | None:
    """Another arrangement to be found, none said: "On peut sûrement trouver un autre
    arrangement, demandez-moi", "We can work out another arrangement 😉": a hint (warning;
    an error with a channel in the sentence). Not with what it is for right after it ("find
    another arrangement for the deadline", "un autre arrangement pour la livraison"): the work."""
    if negated_after(scan, cv, t.end, t.start):
        return None
    _, c1 = scan.clause(t.end)
    after = [w.casefold() for w in _WORDS.findall(scan.text, t.end, c1)][:_FOR_REACH]
    if any(w in cv.purpose_words or w in cv.count_of or w in cv.arrangement_about for w in after):
        return None
    label = _label(channels)
    if label is None and _asked_direct(scan, cv, t):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "¿Puedo pagarte directo? Pregúntame, hay formas."
    return InvitationMatch(t.start, t.end, ELSEWHERE, label, vague=label is None)


def ways_asked(scan: RunScan, cv: ChannelVocab, t: Match) -> InvitationMatch | None:
    """Ways said to exist ("hay formas", "there are ways", `ways_hinted`) as the answer to a
    question about paying or dealing directly: leaving (an error); nothing otherwise."""
    if negated_after(scan, cv, t.end, t.start) or not _asked_direct(scan, cv, t):
        return None
    return InvitationMatch(t.start, t.end, LEAVE, None)


def _asked_direct(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """why (detM, rt15 wording "P: ¿Puedo pagarte directo?⏎R: Pregúntame por mensaje, hay
    formas."): the sentence answers a question about paying or dealing directly or outside
    (a word of directness or a phrase of leaving in the question before it, not negated): the
    ways hinted at are that, leaving (an error). Not an answer that refuses (the phrase is
    negated then), nor a question about anything else ("Can you do it faster? There are ways")."""
    s0, _ = scan.sentence(t.start)
    if s0 == 0:
        return False
    p0, p1 = scan.sentence(s0 - 1)
    if not scan.text[p0:p1].rstrip().endswith(("?", "？")):
        return False
    direct = any(
        DIRECT in kinds(m) and not negated_after(scan, cv, m.end, m.start) for m in scan.context(cv, p0, p1)
    )
    return direct or any(
        kinds(o) & {OFF, LEAVE, FEE_SKIP} and not negated_after(scan, cv, o.end, o.start)
        for o in scan.triggers_in(p0, p1)
    )


# How many words before "not here" its word of elsewhere may stand ("outside, not here").
_DENIED_REACH = 3


# How many words may stand between "not here" and the channel named instead ("Nicht hier, sondern auf").
_INSTEAD_REACH = 2


def not_here(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], channels: list[Channel]
) -> InvitationMatch | None:
    """The marketplace denied right after a word of elsewhere or privacy: "Big jobs I do
    outside, not here", "Projetos grandes faço por fora, não por aqui", "Große Projekte
    privat, nicht hier", or right before a private channel ("Not here, on Telegram", "Nicht
    hier, sondern auf WhatsApp"): leaving said outright (an error). "Not here" by itself is
    nothing ("Reviews? Not here yet")."""
    text = scan.text
    c0, c1 = scan.sentence(t.start)
    if any(REFUSAL in kinds(m) and t.start <= m.start <= t.end + 1 for m in ctx):
        return None  # "das ist hier nicht erlaubt": a rule, the refusal read across the phrase (detW)
    instead = next((
        c for c in channels if c.private and not c.ordinary and t.end <= c.start < c1
        and words_between(text, t.end, c.start) <= _INSTEAD_REACH
    ), None)
    # (not a session the marketplace books: "Not here, but on Zoom sessions booked through Fiverr")
    if instead is not None and cv.marketplace_means.search(text, t.end, c1) is None and not any(
        SESSION in kinds(m) and m.start >= t.end for m in ctx
    ):
        return InvitationMatch(t.start, instead.end, LEAVE, instead.label)
    # why (rt11 on-platform "den Link schicke ich dir per Mail, nicht hier im Chat"): a
    # private channel right before the denial is where the dealing goes instead.
    said = [
        m for m in [*ctx, *scan.triggers_in(c0, t.start)]
        if (kinds(m) & {AWAY, OFF, DIRECT} or _private_channel(cv, m)) and c0 <= m.start and m.end <= t.start
        and words_between(text, m.end, t.start) <= _DENIED_REACH
    ]
    # Negated before it ("I don't work outside, not here"): the phrase's own "not" is after it.
    kept = [m for m in said if not any(
        NEG in kinds(n) and c0 <= n.start and n.end <= m.start and words_between(text, n.end, m.start) <= _DENIED_REACH
        for n in ctx
    )]
    if kept:
        return InvitationMatch(kept[0].start, t.end, LEAVE, None)
    # why (detW, rt34 leaving "Замовлення понад $500 оформлюємо не тут, а напряму", "정기 계약은 이 사이트
    # 말고 따로 진행해요"): the way out right after the denial ("not here, but directly"), or a deal
    # or its settling in the sentence: the dealing goes elsewhere. Not "Reviews? Not here yet".
    instead_way = next((
        m for m in [*ctx, *scan.triggers_in(t.end, c1)]
        if kinds(m) & {AWAY, OFF, DIRECT} and m.start >= t.end and words_between(text, t.end, m.start) <= _INSTEAD_REACH
        and not negated_after(scan, cv, m.end)
    ), None)
    if instead_way is not None:
        return InvitationMatch(t.start, instead_way.end, LEAVE, None)
    dealt = any(kinds(m) & {DEAL, SETTLING} and not negated_after(scan, cv, m.end) for m in ctx)
    return InvitationMatch(t.start, t.end, LEAVE, None) if dealt and not history_by(scan, cv, t) else None


# How many words before "between us" its word of settling may stand ("we settle all of it between
# us"), and after it ("entre nous, le reste"): further after, it is the next thought ("Trust between
# us matters: I deliver the rest", "meet in person to discuss the rest").
_SETTLE_BEFORE = 3
_SETTLE_AFTER = 1


def settled_between(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The deal or its payment settled by the two of them alone: "Deposit here, then we
    settle the rest between us", "on peut régler la suite entre nous", "Den Rest regeln wir
    unter uns", "Остальное решим между нами", "Sisanya kita selesaikan antara kita". `t` is
    the word of "between us"; a word of settling ("settle", "the rest", "régler") within
    three words before it or one after, in its clause, or the fees named in the sentence, makes it leaving (an
    error). Not "everything we discuss stays between us" (discretion: nothing settled),
    nor "we settle it between us here in the Fiverr chat" (the marketplace in the clause)."""
    if negated_after(scan, cv, t.end, t.start):
        return None
    text = scan.text
    c0, c1 = scan.clause(t.start)
    if cv.marketplace_means.search(text, c0, c1) or any(
        MARKET in kinds(m) and c0 <= m.start < c1 for m in ctx
    ):
        return None
    settled = [
        m for m in ctx
        if SETTLING in kinds(m) and c0 <= m.start < c1 and not negated_after(scan, cv, m.end, m.start)
        and _settles(text, t, m)
    ]
    fees = any(TIE in kinds(m) and MARKET not in kinds(m) and m.text not in cv.platform_words for m in ctx)
    if not settled and not fees:
        return None
    if t.text in cv.settle_ourselves and not fees and not _money_in(scan, cv, t, ctx):
        return None  # "We handle the hosting ourselves": the work done alone, nothing paid
    return InvitationMatch(t.start, t.end, LEAVE, _label(channels))


def _money_in(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """Money in the sentence of `t`: the rest of a payment ("the balance", "salio", "el saldo") or
    a word of paying. why (detA, the brief's "salio tutamalizana sisi wenyewe"): settling
    "ourselves" is leaving only when what is settled is money; "we fix the bugs ourselves" is
    the seller's team."""
    # (its sentence: the remainder is often put first, "Le solde, on le règle nous-mêmes"; not in a clause
    # with the marketplace, "Salio la malipo linalipwa kupitia Fiverr, kazi tunafanya sisi wenyewe")
    s0, s1 = scan.sentence(t.start)
    text = scan.text

    def paid_here(at: int) -> bool:
        c0, c1 = scan.clause(at)
        return cv.marketplace_means.search(text, c0, c1) is not None or any(
            MARKET in kinds(m) and c0 <= m.start < c1 for m in ctx
        )

    # (a verb of settling that also means paying is the settling itself: "on les règle nous-mêmes"; the
    # rest OF something is the work's: "Den Rest der Animation machen wir selbst")
    return any(
        (REMAINDER in kinds(m) or kinds(m) & {PAY_VERB, PAY_WORD} and SETTLING not in kinds(m))
        and s0 <= m.start < s1 and not _of_after(cv, text, m.end) and not paid_here(m.start)
        for m in [*scan.triggers_in(s0, s1), *ctx]
    )


def _of_after(cv: ChannelVocab, text: str, end: int) -> bool:
    """An "of" word right after `end` ("the rest of the design", "el resto del diseño")."""
    nxt = text[end:end + 12].split()[:1]
    return bool(nxt) and nxt[0] in cv.count_of


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
        if AWAY not in ks and (not here or _work_after(text, cv, m.end)):
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
        if AWAY in ks and _shown_work(text, cv, t.end, m.start):
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


def _shown_work(text: str, cv: ChannelVocab, start: int, end: int) -> bool:
    """A noun of the seller's shown work ("samples", "portfolio", "trabajos") between the
    remainder and its word of elsewhere: the rest OF the work, not of the deal."""
    return any(w.strip(".,;:") in cv.shown_work for w in text[start:end].split())


def _settles(text: str, t: Match, m: Match) -> bool:
    """Settling word `m` close enough to "between us" `t`, or inside it ("договоримся лично")."""
    if m.end <= t.start:
        return words_between(text, m.end, t.start) <= _SETTLE_BEFORE
    if m.start >= t.end:
        return words_between(text, t.end, m.start) <= _SETTLE_AFTER
    return True


def _private_channel(cv: ChannelVocab, m: Match) -> bool:
    """An email, a phone or a chat messenger (not a meeting room: `session_hosts`)."""
    if CHANNEL in kinds(m):
        return True
    pids = {p[1] for p in m.payloads if isinstance(p, tuple) and len(p) > 2 and p[0] == PLATFORM}
    return any((pl := cv.platforms.get(pid)) is not None and pl.kind == "messenger" for pid in pids) and not (
        pids & cv.session_hosts
    )


def _account_named(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """An account of channel `c` named with it, with no possessive needed: "the WhatsApp
    number", "the Skype ID", "el número de WhatsApp", "номер WhatsApp": an account or
    channel word right after it or right before it, or a colon after it (a label)."""
    text = scan.text
    if text[c.end:c.end + 3].lstrip(" \t").startswith(":"):
        return True  # a label: "Telegram:⏎see the gig video"
    return any(
        kinds(m) & {DETAIL, CHANNEL}
        and (
            # "whatsapp number" as one channel word, "skype id" as one platform alias
            (m.start < c.end and c.start < m.end and (m.start, m.end) != (c.start, c.end))
            or (m.start >= c.end and words_between(text, c.end, m.start) == 0)
            or (m.end <= c.start and words_between(text, m.end, c.start) <= 1)
        )
        for m in ctx
    )


def subject_account(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """An account named without a possessive as what the sentence is about: "The WhatsApp
    number is on the cover image", "Номер WhatsApp указан на обложке"; it opens its
    clause (at most three words before it: "el número de"), not an object ("he messaged me the same
    WhatsApp number with an image")."""
    c0, _ = scan.clause(c.start)
    return words_between(scan.text, c0, c.start) <= 3 and _account_named(scan, c, ctx)


def located(scan: RunScan, ctx: list[Match], place: Match) -> bool:
    """A tying word ("in", "en", "dans", "im", "в", "di"; not "my") or a word of looking
    ("check", "mira") within three words before the place, or one of the particles that
    follow it ("mein", "で") right after."""
    text = scan.text
    for m in ctx:
        ks = kinds(m)
        if (MARK in ks and PERSON not in ks or LOOK in ks) and m.end <= place.start and (
            words_between(text, m.end, place.start) <= _PLACE_REACH
        ):
            return True  # "in the video", "check the cover image", "at the end of the gig video"
        if MARK_AFTER in ks and m.start >= place.end and words_between(text, place.end, m.start) == 0:
            return True
    return False


def _marketplace_after(scan: RunScan, end: int, ctx: list[Match]) -> bool:
    return any(MARKET in kinds(m) and m.start >= end and words_between(scan.text, end, m.start) <= 2 for m in ctx)


def _than_market(scan: RunScan, cv: ChannelVocab, end: int, ctx: list[Match]) -> bool:
    """why (detR2, rt24 leaving "Want a faster line to me than this inbox? Just ask."): the
    marketplace after "than" is what the way elsewhere is compared with, not where it is."""
    market = next((m for m in ctx if MARKET in kinds(m) and m.start >= end), None)
    return market is not None and any(w in cv.than_words for w in _words_in(scan.text, end, market.start))


# How many words before a phrase of elsewhere the buyer's possessive may stand.
_BUYERS_REACH = 8


def _buyers_everywhere(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The buyer's thing is what is everywhere, in the phrase's clause, and nothing of the
    seller's: the work ("O nome da sua marca será o mesmo em todas as redes — eu padronizo
    bio, foto e destaques", "your logo will look the same on every platform"). why (detG,
    rt19 pointer)."""
    c0, _ = scan.clause(t.start)
    words = _words_in(scan.text, max(c0, t.start - _LEFT_CHARS * 3), t.start)
    return (
        buyers_near(scan, cv, c0, _BUYERS_REACH, before=t.start)
        # (the seller as the object, any case: "Ihr findet mich auch woanders", why: detY2, rt35 pointer-019)
        and not any(
            w in cv.mine_before or w in cv.to_me or w in cv.placeholders.firsts
            for w in [*words, *_words_in(scan.text, t.start, t.end)]
        )
    )


# What in a listed "other way" still leaves the marketplace (or is no list of its own ways).
_NOT_LISTED = frozenset({OFF, AWAY, DEAL, CHEAPER, NEG, SAME, ELSEWHERE, POINTER, PLATFORM, CHANNEL})


def _marketplace_listed(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """The phrase of elsewhere opens a list (a colon after it) that names the marketplace
    itself, nothing off it: the other ways are the marketplace's own ("Other ways to work
    with me: Basic, Standard and Premium packages, or a monthly Fiverr subscription").
    why (detG, rt15 wording)."""
    _, s1 = scan.sentence(t.start)
    colon = scan.text.find(":", t.end, min(s1, t.end + _LEFT_CHARS))
    if colon < 0:
        return False
    after = [m for m in ctx if m.start > colon]
    own = any(MARKET in kinds(m) for m in after) or any(
        w in cv.marketplace_offers for w in _words_in(scan.text, colon, s1)
    )
    return own and not any(
        kinds(m) & _NOT_LISTED for m in [*after, *scan.triggers_in(colon, s1)]
    )


# How far after a phrase of elsewhere the marketplace it leaves may end ("outside of Fiverr").
_LEFT_CHARS = 40


def _left_market(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The phrase of elsewhere ends in the word that leaves the marketplace named after it
    ("reach me outside Fiverr", "find me outside of Fiverr"): one trigger took the other's
    first word, so the marketplace is what is left, not where the seller is reached."""
    text = scan.text
    last = max(t.start, text.rfind(" ", t.start, t.end) + 1)
    return any(OFF in kinds(m) for m in cv.triggers.scan(text[last:t.end + _LEFT_CHARS], at=last))


def _mine(scan: RunScan, cv: ChannelVocab, c: Channel) -> bool:
    """"my Instagram", "mi WhatsApp", "我的微信", "Instagram saya", "Telegram ko",
    "Zalo của mình": a seller's possessive right before the channel or right after."""
    text = scan.text
    before = text[max(0, c.start - 16):c.start]
    words = before.split()
    if words and (words[-1] in cv.mine_before or " ".join(words[-2:]) in cv.mine_before):
        return True
    if before and not before[-1].isspace() and any(before.endswith(w) for w in cv.mine_before if glued(w)):
        return True  # "我的微信"
    nxt = text[c.end:c.end + 16].split()
    return bool(nxt) and (nxt[0].strip(".,:;") in cv.mine_after or " ".join(nxt[:2]).strip(".,:;") in cv.mine_after)


# Words before an account where the buyer's possessive may stand ("Tu número de WhatsApp"), and after
# it ("Nomor WhatsApp Anda", "WhatsApp-nummer van u").
_POSSESSIVE_BEFORE = 3
_POSSESSIVE_AFTER = 2


def buyer_possessed(scan: RunScan, cv: ChannelVocab, c: Channel) -> bool:
    """Account `c` with the buyer's possessive (`placeholder_owners`: "tu", "uw", "anda", "आपका")
    among the few words before it in its clause or right after it: the buyer's account, the
    work's content ("Tu número de WhatsApp irá en el flyer", "Nomor WhatsApp Anda akan ada di
    brosur"). why (detF: honest placeholder twins the context lexicon's longer entries hid)."""
    c0, c1 = scan.clause(c.start)
    before = _words_in(scan.text, c0, c.start)[-_POSSESSIVE_BEFORE:]
    after = _words_in(scan.text, c.end, c1)[:_POSSESSIVE_AFTER]
    owners = cv.placeholders.owners
    return any(w in owners for w in before) or any(w in owners for w in after)


def owned_after(scan: RunScan, cv: ChannelVocab, c: Channel, ctx: list[Match]) -> bool:
    """Account `c`, with no possessive of the seller's, has the buyer's business for its owner
    a few words after it ("The WhatsApp number of your shop goes on the banner", "El número de
    WhatsApp de tu tienda", "номер WhatsApp вашего магазина"): the work's content. why (detF,
    the brief's false alarm)."""
    return not mine_account(scan, cv, c, ctx) and buyers_near(scan, cv, c.end, _OWNER_AFTER)


def mine_account(scan: RunScan, cv: ChannelVocab, c: Channel, ctx: list[Match]) -> bool:
    """`_mine`, or the seller's account word right before the channel: "mi número de
    WhatsApp", "мой номер WhatsApp", "my phone number on WhatsApp"."""
    if _mine(scan, cv, c):
        return True
    text = scan.text
    return any(
        kinds(m) & {DETAIL, CHANNEL} and m.end <= c.start and words_between(text, m.end, c.start) <= 1
        and _mine(scan, cv, Channel(m.start, m.end, m.text, True, False))
        for m in ctx
    )


def negated_after(scan: RunScan, cv: ChannelVocab, end: int, start: int | None = None) -> bool:
    """A negation after `end` in its clause, within six words: languages that negate
    after the verb ("betalen buiten het platform doe ik niet", "Fiverr ke bahar payment
    nahi leta"). Not the words that are also tying words ("no" is "in the" in pt). With
    `start`, also any negation (those too) within three words before it ("No trabajo por
    fuera de Fiverr"): a phrase of leaving is never a tying word's."""
    c0, c1 = scan.clause(end)
    text = scan.text
    ctx = scan.context(cv, end, c1)
    for m in ctx:
        ks = kinds(m)
        if (
            NEG in ks and MARK not in ks and words_between(text, end, m.start) <= 6 and not phrase_word(scan, m)
            and not _fee_denied(text, ctx, m)
        ):
            return True
    if start is not None and c0 < start:
        before = scan.context(cv, c0, start)
        for m in before:
            ks = kinds(m)
            if (
                NEG in ks and m.end <= start and words_between(text, m.end, start) <= 3
                and not phrase_word(scan, m) and not (MARK in ks and after_account_word(scan, cv, m))
                and not _fee_denied(text, before, m)
                and not (MARK in ks and _ties_a_route(scan, m))
            ):
                return True  # (not "Meu @ no Insta": pt "no" is "in the" after its noun)
    return False


def _fee_denied(text: str, ctx: list[Match], neg: Match) -> bool:
    """Negation `neg` right after the fees ("手数料のかからない直接のお取引", "수수료 없이 직거래로",
    "komisyonsuz"): it denies the fee, not the dealing; the fee dodged is the point.
    why (detI, rt39 wording: languages that negate after the noun)."""
    return any(
        TIE in kinds(m) and MARKET not in kinds(m) and m.end <= neg.start and words_between(text, m.end, neg.start) <= 1
        for m in ctx
    )


def _ties_a_route(scan: RunScan, m: Match) -> bool:
    """Tying word `m` ("no", pt "in the") right before a channel or a payment service: it
    ties that route ("Fechando direto comigo no Pix sai mais barato"), negating nothing.
    why (detM, rt19 payment-lang)."""
    at = m.end + len(scan.text[m.end:m.end + 4]) - len(scan.text[m.end:m.end + 4].lstrip())
    return any(
        o.start == at and kinds(o) & {PLATFORM, SERVICE, SERVICE_AMBIGUOUS} for o in scan.triggers_in(at, at + 1)
    )



def buyers_place(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """The other place at [start, end) is the buyer's own: their possessive within three words
    after it or right before it ("another site of yours", "your other site", "otro sitio tuyo",
    "sur votre autre site"): the work goes on there, nobody leaves. why (detB, the brief's
    false alarm "continue on another site of yours")."""
    c0, c1 = scan.clause(start)
    after = [w.strip(".,;:!?()\"'") for w in scan.text[end:c1].split()[:_PLACE_OWNER_AFTER]]
    phrases = {*after, *(f"{a} {b}" for a, b in zip(after, after[1:], strict=False))}
    before = scan.text[c0:start].split()[-2:]
    if before and before[-1] in cv.other_words:
        before = before[:-1]  # "auf deiner anderen Website" (why: detC, the place read without its "other")
    return bool(phrases & cv.theirs_after) or any(w in cv.placeholders.owners for w in before[-1:])


_PLACE_OWNER_AFTER = 3  # words after another place where the buyer's possessive may stand ("site of yours")


def buyers_near(scan: RunScan, cv: ChannelVocab, at: int, window: int, before: int | None = None) -> bool:
    """A work cue of the buyer's ("your", "their", "integrate") within `window` words
    after `at`, in its clause; or, with `before`, within `window` words before it."""
    c0, c1 = scan.clause(before if before is not None else at)
    text = scan.text
    a, b = (max(c0, at), before) if before is not None else (at, c1)
    for m in scan.context(cv, a, b):
        if CUE_BEFORE not in kinds(m):
            continue
        gap = words_between(text, m.end, b) if before is not None else words_between(text, at, m.start)
        if gap <= window:
            return True
    return False


def _identifier_like(scan: RunScan, cv: ChannelVocab, m: re.Match[str]) -> bool:
    """A written name, not prose: not a plain function word ("as a designer", "as well"),
    and with a digit, "_" or "." inside, or in lower case as written ("pixelmira")."""
    if _DOMAIN_END.fullmatch(m.group(1)):
        return True  # "just add .com to my username": a web address made from the name
    word = m.group(1).strip(".-")
    if len(word) < 3 or word in cv.not_identifiers or word in cv.articles:
        return False
    if any(ch.isdigit() or ch in "_." for ch in word):
        return True
    original = scan.words.original(m.start(1), m.end(1))
    return original.islower() and not scan.text[m.end():m.end() + 2].lstrip(" \t")[:1].isalpha()


def _label(channels: list[Channel]) -> str | None:
    return channels[0].label if channels else None


