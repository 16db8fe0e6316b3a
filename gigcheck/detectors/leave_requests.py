"""A request or a promise to carry the dealing off the marketplace, read in general: a verb
of continuing, talking, dealing, paying, booking or ordering, a way out (a place left, a
word of privacy or elsewhere, "outside" closing the clause, "directly" with the orders to
come or with the marketplace denied) and the seller or the buyer as its person ("I'll
explain how to continue with me outside", "Nächstes Mal direkt, nicht über Fiverr",
"개인적으로 연락드릴게요", "lo sacamos de aquí y lo gestionamos por nuestra cuenta").

The narrower judges of invitations.py and leaving.py read one wording each and leave the
rest unjudged or a hint; this reading is their fallback (invitations._judge): an error,
as a request to leave is. "Find me elsewhere" and "ask for my other contacts" stay hints
(they are read by `elsewhere` and are not handed here).

The honest neighbours stay clean because each part must be the seller's to the buyer and
about the dealing: the marketplace named as the way ("we talk directly here on Fiverr"),
a time after "outside" ("delivery outside business hours"), the seller's past ("my work
outside Fiverr"), the buyer's customers ("your clients pay you directly"), and "directly"
without the orders to come or a denial ("you work directly with me") read nothing.
"""
from __future__ import annotations

from collections.abc import Callable

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import (
    LETTER_WORDS,
    buyers_place,
    carries_on,
    directness,
    history_by,
    negated_after,
    place_qualified,
    timed,
    we_said,
)
from gigcheck.detectors.leaving import away_is_here
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, phrase_word, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import (
    AWAY,
    CHANNEL_VERB,
    CONTACT,
    CONV,
    CUE_BEFORE,
    DEAL,
    ELSEWHERE,
    LATER,
    LEAVE,
    LEFT,
    MARK,
    MARKET,
    NEG,
    NOT_HERE,
    OFF,
    OTHER_PLACE,
    PAY_VERB,
    PERSON,
    POST,
    REMAINDER,
    SESSION,
    SETTLING,
    TALK,
    TALK_AWAY,
    THERE,
    THIRD,
    TOGETHER,
    UNNEEDED,
    WORK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

__all__ = ["asked_away", "READ_KINDS", "thing_moved"]

# The trigger kinds this reading is the fallback of: verbs of contact and talk, the places
# left, the orders to come, the marketplace denied.
READ_KINDS = frozenset({TALK, CONTACT, CHANNEL_VERB, OFF, TALK_AWAY, LATER, NOT_HERE, LEFT, UNNEEDED})
# Triggers that are the action themselves (a verb said to the buyer: "continue with me",
# "contact me"); context words of dealing and working need a person beside them. (Not a word
# of ordering: it is a noun as often, "help from elders to get my fast order"; own_site.py and
# direct_deals.direct_later read booking.)
_ACTION_TRIGGERS = frozenset({TALK, CONTACT, CHANNEL_VERB, TALK_AWAY})
# (not paying: a payment outside is the payment rules', with their refusals and reports)
_ACTION_WORDS = frozenset({WORK, DEAL, SETTLING, CONV})
# The last word of a clause ("continue with me outside.", "konuşmayı dışarı taşıyalım"
# closes on its verb, so the word may stand one word before the end).
_LAST_WORDS = cached_regex(rf"({LETTER_RUN})(?:[ \t]+({LETTER_RUN}))?[\s.,;:!?)\]…—–-]*$")
# How many words between the verb and "outside" closing its clause.
_CLOSING_REACH = 4


def asked_away(
    scan: RunScan,
    cv: ChannelVocab,
    t: Match,
    ctx: list[Match],
    channels: list[Channel],
    excused: Callable[[Match], bool],
) -> InvitationMatch | None:
    """Trigger `t`'s sentence asks or promises to carry on off the marketplace: a way out, an
    action and a person, none of them negated, the marketplace not the way. `excused(o)`
    says an off-platform phrase `o` is the seller's manner or discretion (invitations.py:
    "you work directly with me", "we can work privately on your NDA documents")."""
    s0, s1 = scan.sentence(t.start)
    if _market_is_the_way(scan, cv, s0, s1) or any(THIRD in kinds(m) for m in ctx):
        return None  # "we talk directly here on Fiverr"; "your clients pay you directly"
    if any(POST in kinds(m) for m in ctx) and any(SESSION in kinds(m) for m in ctx):
        return None  # "after the order, a call outside the Fiverr inbox": the session rules'
    triggers = scan.triggers_in(s0, s1)
    # (not "ask me": "The rest of my samples are elsewhere, ask me" hints, as "ask for my other contacts")
    talks = [o for o in triggers if kinds(o) & _ACTION_TRIGGERS and not negated(scan, cv, o.start)]
    acts = [o for o in talks if cv.ask_me.search(scan.text, o.start, o.end) is None]
    later = any(LATER in kinds(o) for o in triggers)
    left = [
        o for o in triggers
        if (LEFT in kinds(o) or (UNNEEDED in kinds(o) and (later or _needless_to_us(scan, cv, o, ctx))))
        and _leaves(scan, cv, o)
    ]
    after_order = later or any(POST in kinds(m) for m in ctx)
    if left and (we_said(cv, ctx) or after_order or (any(kinds(m) & _ACTION_WORDS for m in ctx) and not _alone(ctx))):
        # why (rt39 "on quittera la plateforme : je vous dirai où me retrouver", "플랫폼을 떠나서 진행해요"):
        # the place left (or needed no more) by "we", with the dealing carried on or for the orders to come is
        # the act itself, whatever hint follows
        # ("before you leave the site, check my FAQ" is the buyer browsing: neither; "I hate working with them,
        # I'm leaving Fiverr for a while" is the seller's own career: the dealing said by "I" alone)
        acts += left
    elif (there := _continued_there(scan, cv, talks, ctx)) is not None:
        # why ("I'm active elsewhere too, we can continue there after delivery", "I can be reached
        # outside this site; let's move there"): going on "there", the place off the marketplace just said
        # (an "ask me" verb too, "I'm more responsive on other apps, message me there")
        label = channels[0].label if channels else None
        return InvitationMatch(min(there.start, t.start), max(there.end, t.end), LEAVE, label)
    elif any(kinds(o) & {ELSEWHERE, REMAINDER} for o in triggers):
        # "I'm more active somewhere else, just ask me where": a hint (away_hints.elsewhere); "The rest
        # of my work is somewhere else, just ask me": outside_prices.rest_away's. Unless the way to reach
        # the seller is promised for the orders to come with "outside" closing it: "After the first order
        # I'll give you a way to reach me outside" (a private line promised)
        promised = next((
            w for o in triggers if ELSEWHERE in kinds(o) and not negated(scan, cv, o.start)
            and (w := _closing_away(scan, cv, o)) is not None
        ), None) if after_order else None
        if promised is None:
            return None
        return InvitationMatch(min(promised.start, t.start), max(promised.end, t.end), LEAVE, None)
    # The two of them, or a verb said to the buyer ("I also work outside Fiverr for agencies" is the
    # seller's own business, which the narrower judges leave a hint at most); the seller alone only
    # with a deal ("Monthly retainers are billed by me directly after the first gig").
    # (or the marketplace's chat carried away: "move this chat somewhere private", said to the buyer)
    carried = [m for m in ctx if MARKET in kinds(m) and _chat_carried(scan, cv, m.start, m.end)]
    person = any(TOGETHER in kinds(m) for m in ctx) or bool(acts) or bool(carried) or (
        any(PERSON in kinds(m) for m in ctx) and any(DEAL in kinds(m) for m in ctx)
    )
    if not person or not (
        acts or carried or any(kinds(m) & _ACTION_WORDS and PAY_VERB not in kinds(m) for m in ctx)
        or carries_on(cv, LETTER_WORDS.findall(scan.text, s0, s1))  # "we'll carry on privately"
    ):
        return None
    way = _way_out(scan, cv, triggers, ctx, acts, excused, carried)
    # the buyer's own place ("another site of yours", "your other site", "otro sitio tuyo"): the work goes on there
    if way is None or buyers_place(scan, cv, way.start, way.end):
        return None
    mover = max((o for o in acts if o.end <= way.start), key=lambda o: o.end, default=None)
    if mover is not None and (thing_moved(scan, cv, mover, ctx, way) or _buyers_thing(scan, ctx, mover, way)):
        return None
    if _denied_before(scan, ctx, s0, way):
        return None
    a, b = min(way.start, t.start), max(way.end, t.end)
    return InvitationMatch(a, b, LEAVE, channels[0].label if channels else None)


# A possessive right after the place: it owns what follows ("we leave the site's reviews to it").
_OWNER_AFTER = cached_regex(r"['’]s\b")
# The word right after a phrase of leaving the place.
_WORD_AFTER_PLACE = cached_regex(rf"[ \t]*({LETTER_RUN})")
# How far before a phrase of leaving the place a condition ("if") or the buyer ("you can") is read.
_IF_REACH = 4
_YOU_REACH = 2


def _leaves(scan: RunScan, cv: ChannelVocab, o: Match) -> bool:
    """Phrase `o` leaves the marketplace: not negated, not a condition ("if you leave the site
    before paying"), not the buyer's doing ("so you can leave the platform", "when you leave
    Fiverr"), not the place as an owner ("the site's reviews"), nor the buyer's own platform
    told by what follows it ("leave the platform that charges you", "the platform you use now")."""
    text = scan.text
    if negated(scan, cv, o.start) or _OWNER_AFTER.match(text, o.end) is not None or history_by(scan, cv, o):
        return False
    before = [w.casefold() for w in text[scan.clause(o.start)[0]:o.start].split()]
    if any(w in cv.if_words for w in before[-_IF_REACH:]) or any(w in cv.buyer_pronouns for w in before[-_YOU_REACH:]):
        return False
    nxt = _WORD_AFTER_PLACE.match(text, o.end)
    return nxt is None or (
        nxt.group(1).casefold() not in pay_words(cv).relatives
        and not any(kinds(c) & {CUE_BEFORE, PERSON} for c in scan.context(cv, nxt.start(1), nxt.end(1)))
    ) or _from_there(scan, cv, nxt.end(1))


def _from_there(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """A word of "there" right after the word at `at` ("take it offline from there"): the cue
    word points back to the step before, it qualifies no place of the buyer's."""
    after = _WORD_AFTER_PLACE.match(scan.text, at)
    return after is not None and any(THERE in kinds(c) for c in scan.context(cv, after.start(1), after.end(1)))


# Words between a verb of going on and its "there" ("we can continue there", "let's move over there").
_THERE_REACH = 2


def _continued_there(scan: RunScan, cv: ChannelVocab, acts: list[Match], ctx: list[Match]) -> Match | None:
    """A verb of going on with "there" right after it (`there_words`), where "there" is a place off the
    marketplace said before it, in its sentence or the one before ("I'm active elsewhere too, we can
    continue there"; "I can be reached outside this site; let's move there"): the "there" word. Not a
    place of the work ("the draft is in the shared folder, we can continue there": no place off)."""
    text = scan.text
    for o in acts:
        there = next((
            m for m in ctx
            if THERE in kinds(m) and m.start >= o.end and words_between(text, o.end, m.start) <= _THERE_REACH
        ), None)
        if there is None or negated(scan, cv, o.start):
            continue
        s0, _ = scan.sentence(o.start)
        p0, _ = scan.sentence(max(0, s0 - 1)) if s0 > 0 else (s0, s0)
        if any(
            kinds(m) & {ELSEWHERE, OFF, OTHER_PLACE} and m.end <= o.start and not negated(scan, cv, m.start)
            for m in scan.triggers_in(p0, o.start)
        ):
            return there
    return None


# Words a phrase of the place needed no more may have after it in its clause ("anymore", "again").
_NEEDLESS_TAIL = 1


def _needless_to_us(scan: RunScan, cv: ChannelVocab, o: Match, ctx: list[Match]) -> bool:
    """The marketplace (by name or "here") needed no more by "we", the phrase closing its clause
    ("Once we know each other, we won't need Fiverr anymore"), not a thing named after a place
    word ("we won't need the site builder": the work). why (without the orders to come,
    "we" alone says who leaves)."""
    _, c1 = scan.clause(o.start)
    market = any(MARKET in kinds(m) and o.start <= m.start and m.end <= o.end for m in ctx)
    return market and we_said(cv, ctx) and words_between(scan.text, o.end, c1) <= _NEEDLESS_TAIL


def _alone(ctx: list[Match]) -> bool:
    """A word of the seller or the buyer alone in the sentence ("I", "me"), none of the two together."""
    return any(PERSON in kinds(m) for m in ctx) and not any(TOGETHER in kinds(m) for m in ctx)


# Words between a verb of moving and its way out where its object stands ("move the rest of the project
# somewhere"); further apart, the object is not read.
_OBJECT_REACH = 6
# What the moved object may be for the dealing to go with it: the work, the talk, the deal, its pay.
_DEALING_KINDS = frozenset({WORK, DEAL, SETTLING, CONV, PAY_VERB, REMAINDER, SESSION})


def thing_moved(scan: RunScan, cv: ChannelVocab, verb: Match, ctx: list[Match], way: Match) -> bool:
    """`verb`, before the way out `way`, is a verb of moving (`moving_verbs`) whose object between them is
    a thing of the work, not the dealing: "let's move the logo somewhere else on the banner", "we can
    move the button elsewhere" (not "let's move our chat somewhere more convenient", "we'll move the rest
    of the project elsewhere", "let's take this elsewhere")."""
    if not any(w in cv.moving_verbs for w in verb.text.casefold().split()):
        return False
    text = scan.text
    gap = words_between(text, verb.end, way.start) if verb.end <= way.start else 0
    if gap == 0 or gap > _OBJECT_REACH:
        return False
    if any(kinds(m) & _DEALING_KINDS and verb.end <= m.start and m.end <= way.start for m in ctx):
        return False
    return not any(w.casefold() in cv.carried_objects for w in LETTER_WORDS.findall(text, verb.end, way.start))


# Words between a verb of going on and the buyer's possessive that starts its object.
_OBJECT_GAP = 1


def _buyers_thing(scan: RunScan, ctx: list[Match], verb: Match, way: Match) -> bool:
    """The object of `verb` is the buyer's ("continuar tu campaña en otra plataforma", "continue
    your project elsewhere") and the way out is only a word of elsewhere (`way` a context word,
    not a phrase that names the marketplace left): the buyer's work goes on there, not the
    dealing. why ("Puedo continuar tu proyecto en otro lado")."""
    if any(o.start == way.start and o.end == way.end for o in scan.triggers_in(way.start, way.end)):
        return False  # "continue your project outside Fiverr": the marketplace left
    text = scan.text
    return any(
        CUE_BEFORE in kinds(m) and PERSON in kinds(m) and verb.end <= m.start < way.start
        and words_between(text, verb.end, m.start) <= _OBJECT_GAP
        for m in ctx
    )


def _denied_before(scan: RunScan, ctx: list[Match], s0: int, way: Match) -> bool:
    """A negation in the sentence before the way out, not a word of a phrase ("I don't work
    outside, not here", "Je ne travaille pas en dehors de Fiverr"): a refusal, read whole."""
    return any(
        NEG in kinds(m) and MARK not in kinds(m) and s0 <= m.start and m.end <= way.start and not phrase_word(scan, m)
        for m in ctx
    )


def _market_is_the_way(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """The marketplace named as the way in the sentence ("through Fiverr", "here in the
    chat"), not denied ("nicht über Fiverr", "not through here")."""
    m = cv.marketplace_means.search(scan.text, s0, s1)
    if m is None or negated(scan, cv, m.start()):
        return False
    # (the denial may be one phrase with it: "nicht über Fiverr" is a `not_here_phrases` entry; so
    # may the place needed no more or left: "ya no necesitan pasar por aquí", "leave this chat")
    if any(kinds(o) & {NOT_HERE, UNNEEDED, LEFT} and o.start <= m.start() < o.end for o in scan.triggers_in(s0, s1)):
        return False
    # (nor the place things start, carried on after it: "Let's start here and continue privately",
    # "we'll do the first order here and carry on privately after that")
    rest = LETTER_WORDS.findall(scan.text, m.end(), s1)
    if carries_on(cv, rest) or (rest and rest[-1].casefold() in cv.carry_particles):
        return False  # ("Wir starten hier und machen dann privat weiter": the particle closes the verb)
    # (nor the place left after it: "we'll do a small paid test here, and then we can take it offline")
    if any(LEFT in kinds(o) and o.start >= m.end() and _leaves(scan, cv, o) for o in scan.triggers_in(m.end(), s1)):
        return False
    return not _chat_carried(scan, cv, m.start(), m.end())


def _after_carried(scan: RunScan, away: Match, carried: list[Match]) -> bool:
    """Word of elsewhere `away` stands right after the marketplace's chat carried away."""
    return any(c.end <= away.start and words_between(scan.text, c.end, away.start) <= _CARRIED_REACH for c in carried)


# Words between a verb of going on and the marketplace's chat it carries, and between that chat
# and the way out after it ("let's continue this chat somewhere private").
_CARRIED_REACH = 1


def _chat_carried(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """The marketplace's chat at [a, b) is the object of a verb of going on or moving, with a way
    out right after it ("let's continue this chat somewhere private", "move this chat somewhere
    private"): the talk carried away, not the marketplace as the way. why (leftovers of
    earlier red teams; "this chat" is one of `marketplace_words`). Not "continue in this chat"
    (a place mark between) nor "message me privately in this chat" (the way out before it)."""
    text = scan.text
    c0, c1 = scan.clause(a)
    verb = any(
        kinds(o) & _ACTION_TRIGGERS and o.start < a and (o.end > a or words_between(text, o.end, a) <= _CARRIED_REACH)
        for o in scan.triggers_in(c0, a)
    ) or any(
        w.casefold() in cv.moving_verbs for w in LETTER_WORDS.findall(text, max(c0, a - 30), a)[-_CARRIED_REACH - 1:]
    )
    if not verb:
        return False
    return any(
        AWAY in kinds(m) and m.start >= b and words_between(text, b, m.start) <= _CARRIED_REACH
        and not negated_after(scan, cv, m.end, m.start)
        for m in scan.context(cv, b, c1)
    )


def _way_out(
    scan: RunScan,
    cv: ChannelVocab,
    triggers: list[Match],
    ctx: list[Match],
    acts: list[Match],
    excused: Callable[[Match], bool],
    carried: list[Match],
) -> Match | None:
    """The first way off the marketplace in the sentence: a place left (not the seller's past),
    a word of privacy or elsewhere (not the marketplace's own inbox, nor a time; right after
    the marketplace's chat `carried` away it is the way out), the marketplace denied, "directly"
    with the orders to come or the denial, or "outside" closing a verb's clause."""
    for o in triggers:
        ks = kinds(o)
        if OFF in ks and not ks & {ELSEWHERE} and not negated(scan, cv, o.start) and not excused(o) and not (
            history_by(scan, cv, o) or timed(scan, cv, o.start, o.end) or negated_after(scan, cv, o.end, o.start)
            # "We can work outside the site templates": outside a thing of the work, not the marketplace
            or place_qualified(scan.text, cv, o.end, scan.clause(o.start)[1])
        ):
            return o
        if NOT_HERE in ks or (ks & {LEFT, UNNEEDED} and o in acts):
            # "… nicht über Fiverr", "aqui não, no Telegram"; "on quittera la plateforme", "next time we won't need
            # the platform"
            return o
    for m in ctx:
        if AWAY not in kinds(m):
            continue
        here = away_is_here(scan, cv, m) and not _after_carried(scan, m, carried)
        if not here and not excused(m) and not (
            timed(scan, cv, m.start, m.end) or negated_after(scan, cv, m.end, m.start)
        ):
            return m
    later = any(LATER in kinds(o) for o in triggers)
    if later:
        direct = directness(scan, cv, ctx)
        if direct:
            return direct[0]  # "next time directly", "次回から直接"
    for o in acts:
        closing = _closing_away(scan, cv, o) or _told_where(scan, cv, o)
        if closing is not None:
            return closing
    return None


# Words between "tell you where" and its verb of going on ("tell you where we can continue").
_TOLD_REACH = 2
_TOLD_CHARS = 60  # bounded window before the verb: linear however long the clause


def _told_where(scan: RunScan, cv: ChannelVocab, o: Match) -> Match | None:
    """"Tell you where" (`told_where`) right before verb `o` of going on: the seller telling where
    "we" continue ("After the first order I'll tell you where we can continue", "Te digo dónde
    seguimos"), a place apart from here; not negated ("I won't tell you where ...")."""
    text = scan.text
    s0, _ = scan.sentence(o.start)
    lo = max(s0, o.start - _TOLD_CHARS)
    told = None
    for m in cv.told_where.finditer(text, lo, o.start):
        told = m
    if told is None or words_between(text, told.end(), o.start) > _TOLD_REACH or negated(scan, cv, told.start()):
        return None
    return Match(told.start(), told.end(), told.group(0), (), False)


def _closing_away(scan: RunScan, cv: ChannelVocab, o: Match) -> Match | None:
    """"Outside" (`away_closing`) as the last word of verb `o`'s clause, or the last but one
    before a closing verb ("dışarı taşıyalım"), a few words after the verb or before it: the
    talk carried out ("continue with me outside", "hablamos afuera"), not "outside business
    hours" (a noun after it) nor "outside Fiverr" (the place-left pairs read that)."""
    text = scan.text
    c0, c1 = scan.clause(o.start)
    # (a time of the orders closing the clause after it is no noun of the outside: "On peut continuer en
    # dehors après la première commande", "we continue outside after the first order" (rt44))
    c1 = min((
        m.start for m in [*scan.triggers_in(c0, c1), *scan.context(cv, c0, c1)]
        if kinds(m) & {LATER, POST} and m.start > o.end and not text[m.end:c1].strip(" \t.,;:!?)…—–-")
    ), default=c1)
    m = _LAST_WORDS.search(text, max(c0, c1 - 60), c1)
    if m is None:
        return None
    for g in (2, 1):
        word = m.group(g)
        if word is None or word.casefold() not in cv.away_closing:
            continue
        start = m.start(g)
        end = start + len(word)
        gap = words_between(text, o.end, start) if o.end <= start else words_between(text, end, o.start)
        if gap <= _CLOSING_REACH and not negated_after(scan, cv, end, start):
            return Match(start, end, word, (), False)
    return None
