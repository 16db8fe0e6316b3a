"""What the readings of leaving the marketplace share (leaving.py, direct_deals.py,
outside_prices.py, away_hints.py, self_pointers.py): a negation or refusal after a phrase,
a time rather than a place ("outside business hours"), the seller's past ("my off-Fiverr
experience"), the buyer's own accounts and places, the seller's own account, the fees the
marketplace owns, and the label a finding carries."""
from __future__ import annotations

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, phrase_word, words_between
from gigcheck.detectors.sentence_channels import Channel, after_account_word, negated
from gigcheck.detectors.triggers import (
    AFTERCARE,
    AWAY,
    CHANNEL,
    CHANNEL_VERB,
    CONTACT,
    CUE_BEFORE,
    DETAIL,
    DIRECT,
    LATER,
    MARK,
    MARKET,
    NEG,
    PAY_VERB,
    PERSON,
    PLATFORM,
    SEARCH_ID,
    SERVICE,
    SERVICE_AMBIGUOUS,
    TALK,
    TIE,
    TOGETHER,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.questions import is_asked
from gigcheck.text.trie import glued

__all__ = [
    "buyers_near", "buyers_place", "fee_of_a_kind", "fee_owned", "fees_just_before", "for_the_buyer", "history_by",
    "label_of", "mine_account", "asks_or_promises", "directness", "negated_after", "origin_after", "own_pursuit",
    "place_qualified", "shown_work", "timed", "we_said", "words_in", "work_after",
]

LETTER_WORDS = cached_regex(rf"{LETTER_RUN}")
WORDS_AND_MARKS = cached_regex(rf"{LETTER_RUN}(?:['’]{LETTER_RUN})?")  # "i'm", "d'autres"


def words_in(text: str, a: int, b: int) -> list[str]:
    """The words of text [a, b) (with their apostrophes: "i'm"), case-folded."""
    return [w.casefold() for w in WORDS_AND_MARKS.findall(text, a, b)]
# The word right after "directly" ("directly from your draft").
_WORD_AFTER = cached_regex(r"[ \t]{1,3}([^\W\d_]{1,12})")


# The word or two right after a phrase ("my off-Fiverr experience"), and how far before it
# the seller's past is read.
_NEXT_WORDS = cached_regex(rf"[ \t]*({LETTER_RUN}(?:[ \t]+{LETTER_RUN})?)")
_PAST_CHARS = 40
# How many words before an off-platform phrase a mark of the seller's past may stand.
_PAST_REACH = 3


def history_by(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word of the seller's past right after the off-platform phrase or right before
    it ("my off-Fiverr experience", "mi experiencia fuera de Fiverr", "Erfahrung außerhalb
    von Fiverr"), or a time of the past in its clause ("last year", "used to"): what the
    seller has done elsewhere, not where to deal now."""
    text = scan.text
    after = _NEXT_WORDS.match(text, t.end + 1) if text[t.end:t.end + 1] in (" ", "-") else None
    if after is not None and after.group(1).split()[0] in cv.history_nouns:
        return True
    before = text[max(0, t.start - _PAST_CHARS):t.start].split()
    if bool(before) and before[-1].strip(",;:") in cv.history_nouns:
        return True
    # "My past jobs outside Fiverr", "mis trabajos anteriores fuera de Fiverr", "I worked outside
    # Fiverr for agencies": a mark of the past a few words before it, in its clause.
    c0, c1 = scan.clause(t.start)
    words = [w.strip(",;:()") for w in text[max(c0, t.start - _PAST_CHARS):t.start].split()][-_PAST_REACH:]
    if any(w in cv.history_marks for w in words):
        return True
    # "We decided to quit Fiverr last year", "I used to work outside Fiverr": a time of the past
    # in its clause (bounded window: linear however long the clause).
    return cv.past_times.search(text, max(c0, t.start - _PAST_CHARS), min(c1, t.end + _PAST_CHARS)) is not None


# How many sentences back the fees may be named for "just you and me" to leave them.
_FEES_BACK = 2


def fees_just_before(scan: RunScan, cv: ChannelVocab, s0: int) -> bool:
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


# The word after the word after "directly" ("directly from me", "langsung ke saya").
_TO_WHOM = cached_regex(r"[ \t]{1,3}[^\W\d_]{1,12}[ \t]{1,3}([^\W\d_]{1,12})")


def work_after(text: str, cv: ChannelVocab, end: int) -> bool:
    """A preposition right after "directly": the way the work goes ("directly from your
    draft"), not the deal; unless the seller follows it ("order directly from me", "langsung
    ke saya"): then it is the deal with the seller."""
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1).casefold() not in cv.direct_work_after:
        return False
    whom = _TO_WHOM.match(text, end)
    return whom is None or whom.group(1).casefold() not in cv.to_me


# How many words after a word of elsewhere its time may stand ("außerhalb der üblichen Bürozeiten").
_TIME_REACH = 3
_TIME_CHARS = 80  # bounded window: linear however long the clause
_TIME_BEFORE = 2  # words before a word of elsewhere that follows its noun ("সময়ের বাইরেও", "के बाहर")


def timed(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """A time right after the word of elsewhere [start, end), in its clause: when the seller
    works ("Ich arbeite auch außerhalb der üblichen Bürozeiten"), not where to find them; or
    right before it, where the language puts "outside" after its noun ("অফিস সময়ের বাইরেও
    কাজ চলে", "mesai saatleri dışında"; why: rt34 wording FP)."""
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


_QUALIFIER_CHARS = 40  # bounded window after the place: linear however long the sentence


def place_qualified(text: str, cv: ChannelVocab, end: int, stop: int) -> bool:
    """The place a phrase of leaving ends on at `end` ("outside the site", "fuera de la plataforma")
    is the modifier of a noun of another thing right after it, or qualified by one after an
    "of" word (`built_things`, `qualified_place_nouns`): "I work outside the site templates",
    "fuera de la plataforma de pagos de Shopify" are outside a template or another's payment
    system, not the marketplace. Read up to `stop` (the clause's or sentence's end). why (issue 12
    false alarms, GC207 and GC301)."""
    after = words_in(text, end, min(stop, end + _QUALIFIER_CHARS))[:2]
    if after and after[0] in cv.count_of:
        after = after[1:]
    return bool(after) and (after[0] in cv.built_things or after[0] in cv.qualified_place_nouns)


def for_the_buyer(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """"For you" (`for_buyer_words`: "für dich", "pour vous") in span [a, b): being reachable or
    working outside is said to the buyer, a private line promised ("Nach der Lieferung bin ich
    außerhalb der Plattform für dich erreichbar"), not where others may find the seller. why
    (issue 12, rt51 exemption: an extra that sells it)."""
    return cv.for_buyer.search(scan.text, a, b) is not None


def origin_after(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word of getting or making right after the other place (`origin_marks`: "다른 곳에서
    구매한 템플릿", "别的地方买的模板"): where a thing came from, not where the work goes on."""
    text = scan.text
    after = words_in(text, t.end, scan.clause(t.start)[1])[:3]
    if after and t.end < len(text) and text[t.end].isalpha():
        after = after[1:]  # the place's own ending glued to it ("다른 곳" + "에서")
    return bool(after) and (after[0] in cv.origin_marks or " ".join(after) in cv.origin_marks)


_FILLER_KINDS = frozenset({TIE, MARKET, NEG, PAY_VERB})


def fee_owned(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A word between the skipping and the fee that is neither an article, a number, a
    filler (`fee_gap_words`) nor the marketplace's or a pay word: the fee is another's or of
    a kind ("avoid late fees", "skip bank fees"), not the marketplace's cut."""
    ctx = scan.context(cv, t.start, t.end)
    fees = [m for m in ctx if TIE in kinds(m)]
    if not fees:
        return False  # the fee glued to its case ending ("komisyondan"): nothing between
    first = WORDS_AND_MARKS.search(scan.text, t.start, t.end)
    if first is None:
        return False
    covered = [(m.start, m.end) for m in ctx if kinds(m) & _FILLER_KINDS]
    for w in WORDS_AND_MARKS.finditer(scan.text, first.end(), fees[-1].start):
        if any(a <= w.start() and w.end() <= b for a, b in covered):
            continue
        if w.group().casefold() not in cv.articles and w.group().casefold() not in cv.fee_gap:
            return True
    return _owner_after(scan, cv, fees[-1].end, cv.count_of)


def fee_of_a_kind(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The fee of phrase `t` tied by a word of `fee_kind_links` to what it is charged for or by,
    past an article ("Без комиссии за правки", "Sans frais pour les révisions", "save fees on
    every sale", "ohne Gebühren von Drittanbietern", "save fees by choosing the Premium package"):
    a fee of a kind, a price's claim or the work's saving, not the marketplace's cut. "Sin
    comisiones de la plataforma", "save fees on Fiverr" stay the marketplace's. why (issue 12:
    honest fee wording read as paying outside)."""
    fees = [m for m in scan.context(cv, t.start, t.end) if TIE in kinds(m) and m.end <= t.end]
    return bool(fees) and _owner_after(scan, cv, fees[-1].end, cv.fee_kind_links, past_articles=True)


# How far after a fee its owner may be named ("the fees of Amazon", "las comisiones de Amazon").
_OWNER_CHARS = 40


def _owner_after(
    scan: RunScan, cv: ChannelVocab, end: int, links: frozenset[str], past_articles: bool = False
) -> bool:
    """A word of `links` ("of") right after the fee and a name after it that is not the
    marketplace nor its place ("sin las comisiones de Amazon", "without the fees of your bank"):
    another's fee; "sin la comisión de Fiverr", "without the fees of the platform", "les frais de
    service" (a word of `fee_gap_words`) stay the marketplace's. An article before the name is
    read past only when `past_articles`."""
    after = list(WORDS_AND_MARKS.finditer(scan.text, end, min(len(scan.text), end + _OWNER_CHARS)))
    if len(after) < 2 or after[0].group().casefold() not in links:
        return False
    rest = after[1:]
    while past_articles and len(rest) > 1 and rest[0].group().casefold() in cv.fee_kind_articles:
        rest = rest[1:]
    owner = rest[0]
    word = owner.group().casefold()
    if word in cv.articles or word in cv.fee_gap:
        return False
    return not any(
        kinds(m) & {MARKET, TIE}
        for m in scan.context(cv, owner.start(), owner.end()) if m.start <= owner.start() < m.end
    )


def shown_work(text: str, cv: ChannelVocab, start: int, end: int) -> bool:
    """A noun of the seller's shown work ("samples", "portfolio", "trabajos") between the
    remainder and its word of elsewhere: the rest OF the work, not of the deal."""
    return any(w.strip(".,;:") in cv.shown_work for w in text[start:end].split())


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
    why (rt39 wording: languages that negate after the noun)."""
    return any(
        TIE in kinds(m) and MARKET not in kinds(m) and m.end <= neg.start and words_between(text, m.end, neg.start) <= 1
        for m in ctx
    )


def _ties_a_route(scan: RunScan, m: Match) -> bool:
    """Tying word `m` ("no", pt "in the") right before a channel or a payment service: it
    ties that route ("Fechando direto comigo no Pix sai mais barato"), negating nothing.
    why (rt19 payment-lang)."""
    at = m.end + len(scan.text[m.end:m.end + 4]) - len(scan.text[m.end:m.end + 4].lstrip())
    return any(
        o.start == at and kinds(o) & {PLATFORM, SERVICE, SERVICE_AMBIGUOUS} for o in scan.triggers_in(at, at + 1)
    )



def buyers_place(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """The other place at [start, end) is the buyer's own: their possessive within three words
    after it or right before it ("another site of yours", "your other site", "otro sitio tuyo",
    "sur votre autre site"): the work goes on there, nobody leaves. why (the brief's
    false alarm "continue on another site of yours")."""
    c0, c1 = scan.clause(start)
    after = [w.strip(".,;:!?()\"'") for w in scan.text[end:c1].split()[:_PLACE_OWNER_AFTER]]
    phrases = {*after, *(f"{a} {b}" for a, b in zip(after, after[1:], strict=False))}
    before = scan.text[c0:start].split()[-2:]
    if before and before[-1] in cv.other_words:
        before = before[:-1]  # "auf deiner anderen Website" (why: the place read without its "other")
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


def label_of(channels: list[Channel]) -> str | None:
    return channels[0].label if channels else None


def carries_on(cv: ChannelVocab, words: list[str]) -> bool:
    """One of `words`, or two of them in a row, is a verb of carrying on (`carry_on_verbs`:
    "continue", "carry on", "seguimos")."""
    folded = [w.casefold() for w in words]
    pairs = (" ".join(folded[i:i + 2]) for i in range(len(folded) - 1))
    return any(w in cv.carry_on_verbs for w in folded) or any(p in cv.carry_on_verbs for p in pairs)


# Words an activity of the seller's own needs besides the phrase and "I" ("teach piano": two).
_PURSUIT_WORDS = 2


def own_pursuit(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Phrase of elsewhere `t` is where the seller does something of their own, said to no one:
    "Outside of here I teach piano", "Fuori da qui insegno pianoforte", "Fuera de aquí doy clases
    de piano", "Buiten Fiverr geef ik pianoles". The phrase is a place away from "here" or from the
    marketplace named opening its sentence (the scene set, as "In my free time" sets it); the
    sentence, not asked, holds no other trigger and no context word besides the phrase, marks and
    the seller as subject ("I", "io"), nothing of the seller's presence, a better way or a price
    (`presence_words`: "I'm", "rispondo"; `comparatives`; `way_words`; `price_nouns`), and at
    least two words of an activity. Not "Outside of here I'm easier to reach", "Fuori da qui ti
    faccio uno sconto", "Outside of here, message me". why (issue 12 false alarms).

    A consequence clause after the activity ("…, per questo sono così paziente con le revisioni",
    "…, dlatego jestem cierpliwa przy poprawkach": `consequence_words`) is the seller's manner with
    the work here: its copula is no presence and its revisions no service taken outside; a
    better way, a price or a contact verb there still count."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if is_asked(text[s0:s1]) or cv.prices.search(text, s0, s1) is not None or cv.ask_me.search(text, s0, s1):
        return False  # ("Bigger jobs I can do off the books, just ask": a deal offered)
    ctx = scan.context(cv, s0, s1)
    if not any(AWAY in kinds(m) and t.start <= m.start and m.end <= t.end for m in ctx):
        return False  # a place away, not a deal's manner ("off the books") nor a way ("other ways to be contacted")
    if WORDS_AND_MARKS.search(text, s0, t.start) or not _place_is_market(scan, cv, ctx, t):
        return False  # the scene set first, "here" the place left ("Outside of here, ..."); not "without this platform"
    cut = _consequence_at(cv, text, t.end, s1)
    for o in scan.triggers_in(s0, s1):
        if not (t.start <= o.start and o.end <= t.end) and not (o.start >= cut and kinds(o) <= {AFTERCARE}):
            return False
    for m in ctx:
        ks = kinds(m)
        if t.start <= m.start and m.end <= t.end or ks <= {MARK} or m.start >= cut:
            continue
        if not (ks == {PERSON} and m.text.casefold() in cv.seller_subjects):
            return False
    rest = [w.casefold() for w in WORDS_AND_MARKS.findall(text, t.end, cut)]
    after = [w.casefold() for w in WORDS_AND_MARKS.findall(text, cut, s1)]
    said = [w for w in rest + after if w not in cv.seller_subjects]
    better = cv.comparatives | cv.way_words
    # The first word after the phrase is the activity's subject ("Di luar Fiverr saya mengajar":
    # "saya" is "I" there, "me" elsewhere)
    lead = 1 if rest[:1] and rest[0] in cv.to_me else 0
    return (
        len(said) >= _PURSUIT_WORDS
        and not any(w in better or w in cv.presence for w in rest[lead:])
        and not any(w in cv.to_me for w in rest[1:])
        and not any(w in better for w in after)
    )


def _place_is_market(scan: RunScan, cv: ChannelVocab, ctx: list[Match], t: Match) -> bool:
    """Whether the place phrase `t` is away from the marketplace: "here" ("fuori da qui") or
    its name ("buiten Fiverr", "poza Fiverr")."""
    return cv.marketplace_means.search(scan.text, t.start, t.end) is not None or any(
        MARKET in kinds(m) and t.start <= m.start and m.end <= t.end for m in ctx
    )


def _consequence_at(cv: ChannelVocab, text: str, a: int, b: int) -> int:
    """Where in text[a:b] the first "so", "per questo", "dlatego" starts (b if none): what follows
    is drawn from what came before."""
    m = pay_words(cv).consequence.search(text, a, b)
    return b if m is None else m.start()


# Trigger kinds of a verb said to the buyer ("message me", "let's talk", "email me").
_REQUEST_VERBS = frozenset({CONTACT, TALK, CHANNEL_VERB})


def asks_or_promises(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The sentence of a hint of elsewhere `t` (a place, not "other ways": `way_words`) asks
    the buyer to carry on there or promises it, so the hint is a request to leave (an error,
    no channel needed; issue 12's severity):

    * a verb of contact said to the buyer, opening its clause or after "please", "just"
      (`imperative_leads`): not "ask me", a search ("cercami") nor the seller's presence
      ("I'm reachable on", "también estoy en");
    * a verb of talking or carrying on with "we" (not "you" alone): "dort können wir
      weitermachen", "shall we talk there";
    * the orders to come with the two of them: "I'm open to doing the same with you after the
      first order".

    None of them negated. Not "you can find me elsewhere too", "I'm also reachable on other
    sites", "ask me about other ways we can work together" (hints: warnings)."""
    # (a plural "-s" read as its singular: "otras formas", "d'autres moyens")
    if any(w in cv.way_words or w.rstrip("s") in cv.way_words for w in t.text.split()):
        return False
    if negated_after(scan, cv, t.end, t.start):
        return False
    s0, s1 = scan.sentence(t.start)
    ctx = scan.context(cv, s0, s1)
    triggers = [o for o in scan.triggers_in(s0, s1) if o is not t and not negated(scan, cv, o.start)]
    if any(kinds(o) & _REQUEST_VERBS and SEARCH_ID not in kinds(o) and _said_to_buyer(scan, cv, o) for o in triggers):
        return True
    if we_said(cv, ctx) and any(TALK in kinds(o) for o in triggers):
        return True
    later = any(LATER in kinds(o) for o in triggers)
    return later and any(TOGETHER in kinds(m) for m in ctx) and not any(NEG in kinds(m) for m in ctx if m.start > t.end)


def _said_to_buyer(scan: RunScan, cv: ChannelVocab, o: Match) -> bool:
    """Verb `o` is said to the buyer: only `imperative_leads` ("please", "just") stand between
    its clause's start and it, it is no "ask me" (which asks where, a hint) and holds no word
    of the seller's presence ("I'm reachable on", "estoy en")."""
    text = scan.text
    if cv.ask_me.search(text, o.start, o.end) is not None:
        return False
    if any(w in cv.seller_subjects or (w in cv.presence and w not in cv.to_me) for w in o.text.casefold().split()):
        return False
    c0, _ = scan.clause(o.start)
    return all(w.casefold() in cv.imperative_leads for w in WORDS_AND_MARKS.findall(text, c0, o.start))


_DIRECT = frozenset({DIRECT})


def directness(scan: RunScan, cv: ChannelVocab, ctx: list[Match], of: frozenset[str] = _DIRECT) -> list[Match]:
    """The context words of kinds `of` (a word of directness: "directly", "напрямую"; with `AWAY`, a
    place away too) that nothing negates after and no preposition of the work follows ("directly
    from the last revision", `work_after`): the ways the orders to come may be taken straight to
    the seller. One reading for direct_deals.direct_later and leave_requests' fallback."""
    return [
        m for m in ctx
        if kinds(m) & of and not negated_after(scan, cv, m.end, m.start) and not work_after(scan.text, cv, m.end)
        and not kept_quiet(scan.text, cv, m)
    ]


# Characters before a word of directness where its word of staying may stand ("stays between us").
_STAY_CHARS = 16


def kept_quiet(text: str, cv: ChannelVocab, m: Match) -> bool:
    """Whether a word of staying stands right before the direct word `m` ("what we discuss stays
    between us", "das bleibt unter uns"): discretion about what is said, not a deal made apart."""
    before = words_in(text, max(0, m.start - _STAY_CHARS), m.start)[-1:]
    return bool(before) and before[0] in cv.stay_words


def we_said(cv: ChannelVocab, ctx: list[Match]) -> bool:
    """A word of the seller and the buyer together in the sentence other than the buyer alone ("you")."""
    return any(TOGETHER in kinds(m) and m.text.casefold() not in cv.buyer_pronouns for m in ctx)
