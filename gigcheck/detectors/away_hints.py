"""Found or reachable off the marketplace ("you can find me elsewhere", "I'm on other
sites too", "privately, not here"): an error with a channel in the sentence, else a warning
(no channel, no identifier: `vague`); and the guards that keep the seller's clientele, past,
the marketplace's own offers and the buyer's places clean."""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import (
    WORDS_AND_MARKS,
    asks_or_promises,
    buyers_near,
    buyers_place,
    history_by,
    label_of,
    negated_after,
    origin_after,
    own_pursuit,
    shown_work,
    timed,
    words_in,
)
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import (
    AFTERCARE,
    AWAY,
    CHANNEL,
    CHEAPER,
    DEAL,
    DIRECT,
    ELSEWHERE,
    FEE_SKIP,
    HERE,
    LATER,
    LEAVE,
    MARKET,
    NEG,
    OFF,
    OTHER_CHANNEL,
    PERSON,
    PLACE,
    PLATFORM,
    POINTER,
    REFUSAL,
    REMAINDER,
    SAME,
    SESSION,
    SETTLING,
    TALK,
    TOGETHER,
    ChannelVocab,
)
from gigcheck.text.questions import QUESTION_MARKS_ARABIC, is_asked
from gigcheck.text.trie import glued

__all__ = [
    "dealt_there", "elsewhere", "elsewhere_other", "not_here",
]

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
    label = label_of(channels)
    if label is None and (_marketplace_listed(scan, cv, t, ctx) or _buyers_everywhere(scan, cv, t)):
        return None
    if label is None and own_pursuit(scan, cv, t):
        return None  # "Outside of here I teach piano": the seller's own life, said to no one
    if label is None and _for_buyers(scan, cv, t.end):
        return None  # "Configuro otros canales de contacto para tu tienda": the buyer's, the work
    if label is None and _privately_after(scan, t, ctx):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Ask me in chat how to reach me privately"
    # Not the site the phrase leaves ("reachable outside this site"), nor the phrase's own place
    # ("他のサイト": the other site is where the seller is, no place for the details).
    placed = any(
        PLACE in kinds(m) and not (m.start >= t.end and words_between(scan.text, t.end, m.start) <= 2)
        and not (t.start <= m.start and m.end <= t.end)
        for m in ctx
    )
    if label is None and not placed and dealt_there(scan, cv, t, ctx):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Monthly retainer available outside this site"
    if _price_asked_before(scan, cv, t.start):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Quer pagar menos? Me procura fora daqui"
    if label is None and _how_reached_away(scan, cv, t, ctx):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Te explico cómo contactarme fuera de la plataforma"
    if label is None and not placed and asks_or_promises(scan, cv, t):
        return InvitationMatch(t.start, t.end, LEAVE, None)  # "Outside of here, message me": a request
    return InvitationMatch(t.start, t.end, ELSEWHERE, label, vague=label is None and not placed)


def _how_reached_away(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """How to reach the seller (`t` holds a way word: "cómo contactarme", "bana nasıl
    ulaşacağınızı", "comment me joindre") said, not asked, beside a place off the marketplace
    ("fuera de la plataforma", "Sipariş sistemi dışında"): the way to a private line promised
    (an error), not the seller merely found elsewhere (a hint). why (issue 12: a promise of a
    private line is an error with no channel named; rt51 "Sipariş sistemi dışında bana nasıl
    ulaşacağınızı paylaşıyorum")."""
    if not any(w in cv.way_words for w in t.text.split()):
        return False
    s0, s1 = scan.sentence(t.start)
    if is_asked(scan.text[s0:s1]):
        return False  # "How to reach me outside the platform? You cannot."
    away = [m for m in ctx if AWAY in kinds(m)] + [
        o for o in scan.triggers_in(s0, s1) if OFF in kinds(o) and o is not t
    ]
    return any(not negated(scan, cv, m.start) and not negated_after(scan, cv, m.end, m.start) for m in away)


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


def _price_asked_before(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """why (rt39 wording "Quer pagar menos? Me procura fora daqui depois da entrega"): the
    sentence before is a question about a better price or the fees skipped ("Want to pay
    less?"), not negated, and the phrase of elsewhere answers it: a better price outside, a
    request to leave (as `cheaper_outside` reads it within one sentence)."""
    s0, _ = scan.sentence(at)
    text = scan.text
    if s0 == 0 or not is_asked(text[:s0], marks=QUESTION_MARKS_ARABIC):
        return False
    p0, p1 = scan.sentence(len(text[:s0].rstrip()) - 1)
    return any(
        kinds(o) & {CHEAPER, FEE_SKIP} and not negated(scan, cv, o.start) for o in scan.triggers_in(p0, p1)
    )

# What may not stand in the answer for it to be the marketplace's: a way out, a channel, a refusal.
_NOT_AN_ANSWER = frozenset({OFF, AWAY, DIRECT, CHEAPER, ELSEWHERE, PLATFORM, CHANNEL, NEG, OTHER_CHANNEL, LATER})


def _answered_here(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """why (issue 12 risk "Need a faster way to reach me? Message me here on Fiverr"): a
    phrase of elsewhere asked as the buyer's question and answered by the next sentence with
    the marketplace ("here", "on Fiverr") and nothing else: the way is the marketplace's inbox.
    Not "Want a faster line to me? Just ask." (no marketplace) nor "... Not here: on Telegram"."""
    text = scan.text
    _, s1 = scan.sentence(t.end)
    if not is_asked(text[t.end:s1], marks=QUESTION_MARKS_ARABIC):
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
    why (the elsewhere phrases with a gap)."""
    end = t.end
    if not any(AWAY in kinds(m) and m.end == end for m in ctx):
        return False
    m = WORDS_AND_MARKS.search(scan.text, end, min(len(scan.text), end + 16))
    if m is None or scan.text[end:m.start()].strip():
        return False
    word = m.group().casefold()
    return word in cv.than_words or word.split("'")[0].split("’")[0] in cv.than_words


def dealt_there(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A deal offered off the marketplace, in the clause of the phrase of elsewhere ("Monthly
    retainer available outside this site", "cerramos el trato en otro lado"): dealing
    there, not only being found there (a warning); not the seller's past ("deals I closed
    elsewhere")."""
    c0, c1 = scan.clause(t.start)
    s0, s1 = scan.sentence(t.start)
    if any(CHEAPER in kinds(o) for o in scan.triggers_in(s0, s1)):
        return False  # a better price in the sentence: that phrase reports it whole ("außerhalb klären, ist günstiger")
    # (or the order's own service offered there: "Extra: Priority support outside the marketplace — $25")
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
    ) and shown_work(scan.text, cv, m.end, t.start)


# How far around a deal word a noun of clients may make it a kind of client.
_CLIENTELE_CHARS = 30
_CLIENTELE_WORDS = 2


def _names_clientele(text: str, cv: ChannelVocab, m: Match) -> bool:
    """A deal word naming a kind of client, a noun of clients beside it ("retainer clients",
    "clientes de retainer", "Retainer-Kunden"): whom the seller works for, not a deal."""
    before = words_in(text, max(0, m.start - _CLIENTELE_CHARS), m.start)[-_CLIENTELE_WORDS:]
    after = words_in(text, m.end, m.end + _CLIENTELE_CHARS)[:_CLIENTELE_WORDS]
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
    before = words_in(scan.text, s0, t.start)
    after = words_in(scan.text, t.end, s1)[:_PRESENCE_AFTER]
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
        return InvitationMatch(t.start, t.end, LEAVE, label_of(channels))
    if not (tied and any(w in cv.presence for w in [*near, *after])) and not _present_glued(cv, after):
        return None
    return elsewhere(scan, cv, t, channels, ctx)


def _present_glued(cv: ChannelVocab, after: list[str]) -> bool:
    """In a script written without spaces, the word run right after the other place opens with
    its place particle, maybe "too", and the seller's presence right after ("他のサイトでも活動
    しています", "他のSNSにもいます"): the seller there. Adjacent only: "他のプラットフォームでの
    活動経験" (experience of work there, "での") and "他のサイトで購入した" (bought there) are not.
    why (issue 12, family 7: ja "active on other sites too")."""
    if not after or not glued(after[0][0]):
        return False
    word = after[0]
    for tie in cv.other_ties:
        if not (tie and glued(tie[0]) and word.startswith(tie)):
            continue
        rest = word[len(tie):]
        rest = rest[len(_TOO_GLUED):] if rest.startswith(_TOO_GLUED) else rest
        if any(p and glued(p[0]) and rest.startswith(p) for p in cv.presence):
            return True
    return False


# "too" glued after a Japanese place particle ("でも", "にも").
_TOO_GLUED = "も"


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
    """why (rt22 leaving "başka bir platformda devam edelim, orada fiyat konusunda daha
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


def _particle_closes(scan: RunScan, cv: ChannelVocab, t: Match, c1: int) -> bool:
    """why (round 1's "Wir machen auf einer anderen Plattform weiter"; rt24 "wickeln
    wir lieber außerhalb von Fiverr ab"): German and Dutch split their verbs of going on
    round the place and close the clause with the particle ("machen … weiter", "setzen …
    fort", "gaan … verder"): the particle as the clause's last word, right after the place,
    with the seller or "we" in the clause ("Ihre App läuft auf einer anderen Plattform
    weiter" has neither)."""
    after = words_in(scan.text, t.end, c1)
    if not after or len(after) > _PARTICLE_REACH or after[-1] not in cv.carry_particles:
        return False
    c0, _ = scan.clause(t.start)
    return any(kinds(m) & {PERSON, TOGETHER} for m in scan.context(cv, c0, t.start))


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
        return None  # "das ist hier nicht erlaubt": a rule, the refusal read across the phrase
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
    # "directly" alone needs the seller or the two of them in the sentence ("Talk directly with me
    # instead of the Fiverr chat") or the orders to come ("Next time directly, not through Fiverr"):
    # "were asked to contact them directly rather than through Fiverr" is others' dealing (a forum post)
    # (in the denial's clause: a "we" of an earlier clause is not the one who deals)
    k0, k1 = scan.clause(t.start)
    person = any(kinds(m) & {PERSON, TOGETHER} and k0 <= m.start < k1 for m in ctx) or any(
        LATER in kinds(o) for o in scan.triggers_in(c0, c1)
    )
    kept = [m for m in kept if person or kinds(m) & {AWAY, OFF} or _private_channel(cv, m)]
    if kept:
        return InvitationMatch(kept[0].start, t.end, LEAVE, None)
    # why (rt34 leaving "Замовлення понад $500 оформлюємо не тут, а напряму", "정기 계약은 이 사이트
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


def _private_channel(cv: ChannelVocab, m: Match) -> bool:
    """An email, a phone or a chat messenger (not a meeting room: `session_hosts`)."""
    if CHANNEL in kinds(m):
        return True
    pids = {p[1] for p in m.payloads if isinstance(p, tuple) and len(p) > 2 and p[0] == PLATFORM}
    return any((pl := cv.platforms.get(pid)) is not None and pl.kind == "messenger" for pid in pids) and not (
        pids & cv.session_hosts
    )


def _marketplace_after(scan: RunScan, end: int, ctx: list[Match]) -> bool:
    return any(MARKET in kinds(m) and m.start >= end and words_between(scan.text, end, m.start) <= 2 for m in ctx)


def _than_market(scan: RunScan, cv: ChannelVocab, end: int, ctx: list[Match]) -> bool:
    """why (rt24 leaving "Want a faster line to me than this inbox? Just ask."): the
    marketplace after "than" is what the way elsewhere is compared with, not where it is."""
    market = next((m for m in ctx if MARKET in kinds(m) and m.start >= end), None)
    return market is not None and any(w in cv.than_words for w in words_in(scan.text, end, market.start))


# How many words before a phrase of elsewhere the buyer's possessive may stand.
_BUYERS_REACH = 8


def _buyers_everywhere(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The buyer's thing is what is everywhere, in the phrase's clause, and nothing of the
    seller's: the work ("O nome da sua marca será o mesmo em todas as redes — eu padronizo
    bio, foto e destaques", "your logo will look the same on every platform"). why (
    rt19 pointer)."""
    c0, _ = scan.clause(t.start)
    words = words_in(scan.text, max(c0, t.start - _LEFT_CHARS * 3), t.start)
    return (
        buyers_near(scan, cv, c0, _BUYERS_REACH, before=t.start)
        # (the seller as the object, any case: "Ihr findet mich auch woanders", why: rt35 pointer-019)
        and not any(
            w in cv.mine_before or w in cv.to_me or w in cv.placeholders.firsts
            for w in [*words, *words_in(scan.text, t.start, t.end)]
        )
    )


# What in a listed "other way" still leaves the marketplace (or is no list of its own ways).
_NOT_LISTED = frozenset({OFF, AWAY, DEAL, CHEAPER, NEG, SAME, ELSEWHERE, POINTER, PLATFORM, CHANNEL})


def _marketplace_listed(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """The phrase of elsewhere opens a list (a colon after it) that names the marketplace
    itself, nothing off it: the other ways are the marketplace's own ("Other ways to work
    with me: Basic, Standard and Premium packages, or a monthly Fiverr subscription").
    why (rt15 wording)."""
    _, s1 = scan.sentence(t.start)
    colon = scan.text.find(":", t.end, min(s1, t.end + _LEFT_CHARS))
    if colon < 0:
        return False
    after = [m for m in ctx if m.start > colon]
    own = any(MARKET in kinds(m) for m in after) or any(
        w in cv.marketplace_offers for w in words_in(scan.text, colon, s1)
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
