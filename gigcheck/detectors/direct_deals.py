"""Dealing directly: "no middlemen" with the marketplace as the middleman, the orders to
come dealt directly ("next time book me directly"), "contact me directly and skip the fees",
another arrangement hinted at, and the rest settled between the two of them."""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import (
    LETTER_WORDS,
    buyers_near,
    directness,
    fees_just_before,
    label_of,
    negated_after,
    we_said,
    words_in,
    work_after,
)
from gigcheck.detectors.leaving import left
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.other_ways import regulars_way
from gigcheck.detectors.run_scan import RunScan, kinds, words_apart, words_between
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import (
    AWAY,
    BOOK,
    CHANNEL_VERB,
    CHEAPER,
    CONTACT,
    CONV,
    CUE_BEFORE,
    DEAL,
    DIRECT,
    ELSEWHERE,
    FEE_SKIP,
    LATER,
    LEAVE,
    MARK,
    MARKET,
    NEG,
    OFF,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    PERSON,
    POST,
    REMAINDER,
    SESSION,
    SESSION_MARK,
    SETTLING,
    TALK,
    THIRD,
    TIE,
    TOGETHER,
    WORK,
    ChannelVocab,
)
from gigcheck.text.questions import is_asked

__all__ = [
    "arrangement", "direct_contact", "direct_later", "middleman", "settled_between", "ways_asked",
]

# Words after the orders to come where the buyer's own customers may stand ("the next
# time your customers ...").
_WORK_REACH = 3


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
    ) or _closed_direct(scan, cv, ctx) or _we_work_on_condition(scan, cv, ctx, s0, s1)
    return left(scan, cv, t, channels) if tied or fees_just_before(scan, cv, s0) else None


def _we_work_on_condition(scan: RunScan, cv: ChannelVocab, ctx: list[Match], s0: int, s1: int) -> bool:
    """The two of them working together on a condition, in the sentence of "no middlemen"
    ("If you like the result, we can work without middlemen", "Якщо співпраця сподобається —
    далі можемо працювати без посередників"): "we" (not the buyer alone), a verb of working
    together and a condition word ("if", "якщо"). The condition makes it an offer to the
    buyer; "We are a studio and work without middlemen" (no condition) is the seller's manner,
    "I do the work myself, no middlemen" (no "we") an honest claim. why (issue 12, rt56 leaving)."""
    if not (we_said(cv, ctx) and any(WORK in kinds(m) for m in ctx)):
        return False
    return any(w in cv.if_words for w in words_in(scan.text, s0, s1))


def _manner(o: Match, ctx: list[Match]) -> bool:
    """Off-platform trigger `o` is only "directly with me" ("Atendimento direto comigo", "you work
    directly with me"): the way the seller works, which ties "no middlemen" to leaving only with
    a deal closed (`_closed_direct`). why (rt26 wording FP "Atendimento direto comigo, sem
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
        DIRECT in kinds(m) and not negated_after(scan, cv, m.end, m.start) and not work_after(text, cv, m.end)
        for m in ctx
    )


_DIRECT_OR_AWAY = frozenset({DIRECT, AWAY})  # "directly", or a place away ("por fora", "privat")


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
    direct = directness(scan, cv, ctx, _DIRECT_OR_AWAY)
    # (a place left said of them too: "Наступні замовлення можемо робити поза платформою, я дам знижку")
    # (not the marketplace as the way inside it: "10% off through a Fiverr custom offer")
    direct += [
        o for o in scan.triggers_in(s0, s1) if o is said and said is not t and OFF in kinds(o)
        and not any(SESSION_MARK in kinds(m) and o.start < m.start < o.end for m in ctx)
        and not work_after(text, cv, o.end)
    ]
    if not direct:
        # ("단골 고객님들은 아시겠지만 더 편한 방법도 있어요": a better way hinted at for the regulars)
        return _just_to_seller(scan, cv, t, said, ctx) or (regulars_way(scan, cv, t, channels) if said is t else None)
    if said is t and any(MARKET in kinds(m) and t.end <= m.start < direct[0].start for m in ctx):
        # the marketplace does it directly ("If the order is cancelled, Fiverr refunds you directly"),
        # no phrase of leaving said (why: the contingencies of `later_words`)
        return None
    if channels:
        return InvitationMatch(said.start, said.end, LEAVE, label_of(channels))
    ks = [kinds(m) for m in ctx]
    between = [
        k for m, k in zip(ctx, ks, strict=True) if t.end <= m.start < direct[0].start and not _group_of(text, t, m)
    ]
    booked = _book_me(scan, ctx, s0, s1, direct[0])
    # (the seller booked directly is the request whoever books: "next time order from me directly",
    # "Returning clients can book me directly")
    theirs = (
        any(THIRD in k for k in between) or buyers_near(scan, cv, t.end, _WORK_REACH)
        or buyers_near(scan, cv, s0, 0, before=t.start)
    ) and not booked
    if theirs or any(PAY_TOPIC in k for k in ks):
        return None  # "next time your customers check out, they pay directly": the work
    we = any(TOGETHER in k and text[m.start:m.end].casefold() != "you" for m, k in zip(ctx, ks, strict=True))
    cheaper = any(CHEAPER in kinds(o) for o in scan.triggers_in(s0, s1))
    # (a word of settling too: "Depois do primeiro pedido a gente resolve por fora"; of carrying
    # on: "let's keep working privately after this order")
    tied = any(TIE in k and not (MARKET in k and _way_there(scan, ctx, m)) for m, k in zip(ctx, ks, strict=True))
    if cheaper or tied or (we and any(k & {WORK, DEAL, SETTLING, CONV} for k in ks)):
        return InvitationMatch(said.start, said.end, LEAVE, None)
    if booked or _to_seller_directly(scan, cv, ctx, direct, s0, s1):
        return InvitationMatch(said.start, said.end, LEAVE, None)
    return None


# Words from "just" to the seller ("just order from me": two), and after the seller to the clause's end.
_JUST_REACH = 3
_JUST_TAIL = 1


def _just_to_seller(scan: RunScan, cv: ChannelVocab, t: Match, said: Match, ctx: list[Match]) -> InvitationMatch | None:
    """The orders to come (`t`) sent to the seller with "just" (`later_just_words`) opening its
    clause and no word of directness: "Next time just come to me", "From now on, just write to
    me", "For the next one, just order from me", "Nächstes Mal einfach bei mir bestellen". The seller (`to_me_words`)
    within three words after "just" and closing its clause (one word may follow: a verb-last
    language's verb), not an "ask me" and not the buyer's customers: the request to skip the
    marketplace next time (an error), as "directly" says it. Not "just come back to this gig"
    (no seller), "just send me the files" (the work follows the seller), "just write to me here"
    (the marketplace, read by the caller), "it just hurts me" ("just" opens no clause: a subject
    before it). why (issue 12 misses)."""
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    if cv.ask_me.search(text, s0, s1) is not None or buyers_near(scan, cv, t.end, _WORK_REACH):
        return None
    if any(THIRD in kinds(m) or PAY_TOPIC in kinds(m) for m in ctx):
        return None
    words = list(LETTER_WORDS.finditer(text, t.end, s1))
    for i, w in enumerate(words):
        pair = " ".join(x.group().casefold() for x in words[i:i + 2])
        if w.group().casefold() not in cv.later_just and pair not in cv.later_just:
            continue
        if not _opens_clause(scan, cv, t, w.start()):
            continue  # ("From now on I cancel less, it just hurts me": a subject before it, no request)
        for j in range(i + 1, min(len(words), i + 1 + _JUST_REACH)):
            me = words[j]
            if me.group().casefold() not in cv.to_me:
                continue
            _, c1 = scan.clause(me.start())
            if words_between(text, me.end(), c1) <= _JUST_TAIL and not negated_after(scan, cv, me.end(), w.start()):
                return InvitationMatch(said.start, said.end, LEAVE, None)
    return None


def _opens_clause(scan: RunScan, cv: ChannelVocab, t: Match, at: int) -> bool:
    """Only the orders to come `t` and `imperative_leads` ("please") stand between the start of
    the clause at `at` and `at`: "just" opens a request."""
    c0, _ = scan.clause(at)
    start = max(c0, t.end) if c0 <= t.start < at else c0
    return all(w.casefold() in cv.imperative_leads for w in LETTER_WORDS.findall(scan.text, start, at))


# Words between "directly" and the seller it goes to ("directement chez moi": one).
_TO_SELLER_REACH = 1
# Trigger kinds of a verb of contact or talk: "next time message me directly" is read by the
# readings of contact (direct_contact's hint), not as the orders sent to the seller.
_CONTACT_VERBS = frozenset({CONTACT, TALK, CHANNEL_VERB})


def _to_seller_directly(
    scan: RunScan, cv: ChannelVocab, ctx: list[Match], direct: list[Match], s0: int, s1: int
) -> bool:
    """The orders to come said to go "directly" to the seller, whatever the verb: a word of
    directness with the seller as its object right beside it ("For your next order, just come
    to me directly", "La prochaine fois, venez directement chez moi", "Nächstes Mal direkt bei
    mir bestellen", "Следующие заказы напрямую у меня", "Future orders can go straight to me").
    A request to order off the marketplace, no channel needed (an error). why (issue 12: only a
    verb of booking before "me" read it, "next time book me directly"). Not the work sent to the
    seller ("next time send me the files directly": the files stand between), not the buyer
    ("I deliver to you directly"), not a verb of contact (direct_contact's)."""
    text = scan.text
    if any(kinds(o) & _CONTACT_VERBS for o in scan.triggers_in(s0, s1)):
        return False
    sellers = [m for m in ctx if PERSON in kinds(m) and TOGETHER not in kinds(m) and m.text.casefold() in cv.to_me]
    # (the pack's phrases of "directly with me", `off_phrases`: "directo conmigo", "напрямую у меня")
    withme = [o for o in scan.triggers_in(s0, s1) if OFF in kinds(o)]
    for d in direct:
        if any(w in cv.to_me for w in d.text.casefold().split()) or any(
            o.start <= d.start and d.end <= o.end for o in withme
        ):
            return True  # "straight to me", "direkt bei mir" as one phrase
        if any(_goes_to(cv, text, d, m) for m in sellers):
            return True
    return False


def _goes_to(cv: ChannelVocab, text: str, d: Match, m: Match) -> bool:
    """Seller `m` within `_TO_SELLER_REACH` words of "directly" `d`, either side, with no mark of
    the source or the agent before it ("directly from me", "directement de moi", "by me")."""
    if not (m.end <= d.start or d.end <= m.start):
        return False
    a, b = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
    if words_between(text, a, b) > _TO_SELLER_REACH:
        return False
    before = LETTER_WORDS.findall(text, max(0, m.start - 20), m.start)[-1:]
    return not (before and before[0].casefold() in cv.source_marks)


def _group_of(text: str, t: Match, m: Match) -> bool:
    """Others-who-pay word `m` glued right after a one-word time to come `t` ("returning
    clients", "repeat customers"): the seller's own buyers that word qualifies, not the buyer's
    customers in the work; so "Returning clients get direct booking, no service fee" reads as
    "Direct booking for returning clients, no service fee" does, whichever comes first (
    issue 12: the word order decided it). The buyer's own ("your returning clients") is read
    by the possessive before `t`."""
    return THIRD in kinds(m) and " " not in t.text.strip() and words_between(text, t.end, m.start) == 0


def _way_there(scan: RunScan, ctx: list[Match], m: Match) -> bool:
    """Marketplace name `m` right behind a place mark with no negation before it ("vào đơn hàng
    trên Fiverr", "on Fiverr"): the way the orders go, not a tie to leave ("not via Fiverr",
    "Fiverr's fees"). why ("Lần sau mình sẽ giao file thẳng vào đơn hàng trên Fiverr")."""
    text = scan.text
    marks = [k for k in ctx if MARK in kinds(k) and k.end <= m.start and words_between(text, k.end, m.start) == 0]
    return bool(marks) and not any(
        NEG in kinds(n) and n.end <= marks[0].start and words_between(text, n.end, marks[0].start) <= 1 for n in ctx
    )


def _book_me(scan: RunScan, ctx: list[Match], s0: int, s1: int, direct: Match) -> bool:
    """A verb of booking or ordering with the seller as its object before "directly" ("next time
    book me directly", "la próxima vez contrátame directamente"): the orders to come placed with
    the seller, not through the marketplace. why (no "we" there to read a deal)."""
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
        # why (the brief's "Bana doğrudan ulaşın" and its cousins): "reach me directly"
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
    return words_apart(text, t, m) <= 2


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
    after = [w.casefold() for w in LETTER_WORDS.findall(scan.text, t.end, c1)][:_FOR_REACH]
    if any(w in cv.purpose_words or w in cv.count_of or w in cv.arrangement_about for w in after):
        return None
    label = label_of(channels)
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
    """why (rt15 wording "P: ¿Puedo pagarte directo?⏎R: Pregúntame por mensaje, hay
    formas."): the sentence answers a question about paying or dealing directly or outside
    (a word of directness or a phrase of leaving in the question before it, not negated): the
    ways hinted at are that, leaving (an error). Not an answer that refuses (the phrase is
    negated then), nor a question about anything else ("Can you do it faster? There are ways")."""
    s0, _ = scan.sentence(t.start)
    if s0 == 0:
        return False
    p0, p1 = scan.sentence(s0 - 1)
    if not is_asked(scan.text[p0:p1]):
        return False
    direct = any(
        DIRECT in kinds(m) and not negated_after(scan, cv, m.end, m.start) for m in scan.context(cv, p0, p1)
    )
    return direct or any(
        kinds(o) & {OFF, LEAVE, FEE_SKIP} and not negated_after(scan, cv, o.end, o.start)
        for o in scan.triggers_in(p0, p1)
    )


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
    fees = fees or _priced_below(scan, cv, t)
    if not settled and not fees:
        return None
    if t.text in cv.settle_ourselves and not fees and not _money_in(scan, cv, t, ctx):
        return None  # "We handle the hosting ourselves": the work done alone, nothing paid
    return InvitationMatch(t.start, t.end, LEAVE, label_of(channels))


# Characters after a better price where its "than" may stand ("a better number than the checkout").
_THAN_CHARS = 16


def _priced_below(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A better price after "between us" `t` in its sentence, compared with "than" right after it
    ("Let's keep it between us — I'll give you a better number than the checkout shows"): a price
    below the marketplace's, settled by the two of them (rt41). Not a better price alone
    ("stays between us, and bundles get a better price": the packages)."""
    _, s1 = scan.sentence(t.start)
    return any(
        CHEAPER in kinds(o) and o.start >= t.end
        and any(w in cv.than_words for w in words_in(scan.text, o.end, min(s1, o.end + _THAN_CHARS))[:1])
        for o in scan.triggers_in(t.end, s1)
    )


def _money_in(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """Money in the sentence of `t`: the rest of a payment ("the balance", "salio", "el saldo") or
    a word of paying. why (the brief's "salio tutamalizana sisi wenyewe"): settling
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


def _settles(text: str, t: Match, m: Match) -> bool:
    """Settling word `m` close enough to "between us" `t`, or inside it ("договоримся лично")."""
    if m.end <= t.start:
        return words_between(text, m.end, t.start) <= _SETTLE_BEFORE
    if m.start >= t.end:
        return words_between(text, t.end, m.start) <= _SETTLE_AFTER
    return True
