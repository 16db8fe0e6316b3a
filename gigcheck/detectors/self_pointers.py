"""Pointers to an identifier the text does not write: "my Telegram is the same as my
username here", "you will find me everywhere as pixelmira", "search my studio name on
Google", "my Zoom handle is shown at the end of the gig video"; and whose account a named
channel is (the seller's, the buyer's, the subject of the work)."""
from __future__ import annotations

import re

from gigcheck.detectors.handle_ids import compound
from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import LETTER_WORDS, buyers_near, label_of, mine_account, negated_after, words_in
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, named_channels
from gigcheck.detectors.triggers import (
    CALL,
    CHANNEL,
    CHANNEL_VERB,
    CHEAPER,
    CONTACT,
    CUE,
    DETAIL,
    HANDLE_VERB,
    HERE,
    LOOK,
    MARK,
    MARK_AFTER,
    MARKET,
    OTHER_CHANNEL,
    PERSON,
    PLACE,
    PLATFORM,
    POINTER,
    SAME,
    SEARCH,
    SESSION,
    TALK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.questions import is_asked

__all__ = [
    "buyer_possessed", "located", "own_channel_pointer", "owned_after", "pointed_name", "searched_business",
    "searched_identity",
    "contact_person", "subject_account", "third_party",
]

# Words between a pointer and its channel ("Auf LinkedIn findest du mich unter meinem
# vollen Namen"): further apart they are seldom about each other.
_NEAR = 4
# How far after the seller's channel its place or "same as here" may stand.
_OWN_REACH = 10  # "handle is shown at the end of the gig video"
# Words between a tying word and its place: a part of the place may stand between ("at
# the end of the gig video", "en la esquina de mi foto de perfil").
_PLACE_REACH = 5
# A name right after a pointer ("everywhere as pixelmira", "als @mira", "just add _art"):
# an optional quote or "@", then a word of 3 to 30 characters, kept to one line.
# How far after a search verb the seller's name may stand ("busca el nombre de mi
# estudio"), and how far past it the possessive ("nama studio saya").
_ID_REACH = 4
_ID_TAIL = 16
# A domain ending written alone (".com", ".studio").
_DOMAIN_END = cached_regex(r"\.[^\W\d_]{2,10}")
_NAME_AFTER = cached_regex(r"[ \t]{1,3}[\"'“‘«@]?([\w.\-]{3,30})")


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
    words = LETTER_WORDS.findall(text, a, min(s1, b + _ID_TAIL))
    if not any(w.casefold() in cv.mine_before or w.casefold() in cv.mine_after or _glued_mine(cv, w) for w in words):
        return None
    mine = [c for c in channels if not (c.platform and is_subject(scan, cv, c.start, c.end))]
    label = label_of(mine)
    # A contact verb, or a better price there ("Cari nama toko saya di Shopee, di sana lebih murah"):
    # the buyer is sent to deal there, not only to look.
    # Or the seller's own page found by it ("the first result is my booking page").
    verb = any(kinds(m) & {CONTACT, TALK, CHEAPER} for m in scan.triggers_in(s0, s1)) or any(
        OTHER_CHANNEL in kinds(m) and m.start >= t.end for m in ctx
    )
    a, b = min(t.start, detail.start), max(t.end, detail.end)
    return InvitationMatch(a, b, SEARCH, label, vague=label is None and not verb)


# Words between a searched name and the platform it is searched on ("'Mira Studio' on Instagram").
_SEARCHED_ON = 2


def searched_business(
    scan: RunScan, cv: ChannelVocab, t: Match, name_end: int, channels: list[Channel]
) -> InvitationMatch | None:
    """A search asked of the buyer for a name, with no "my", on a platform right after it
    ("Search Mira Studio on Instagram", "Busca Lucía Diseños en Facebook", "Cherchez «Atelier
    Mira» sur Facebook"): the seller's business, where the buyer is sent to reach them (an
    error with the platform). Not a name said to be a client's or the buyer's ("… to see my
    past work for them": `third_party_marks`), nor a platform that is the work's subject;
    the marketplace after the name is the caller's."""
    text = scan.text
    _, s1 = scan.sentence(t.start)
    plat = platform_after_name(text, name_end, channels)
    if plat is None or is_subject(scan, cv, plat.start, plat.end) or third_party(cv, text, name_end, s1):
        return None
    if others_purpose(scan, cv, plat.end, s1):
        return None
    return InvitationMatch(t.start, plat.end, SEARCH, plat.label)


def platform_after_name(text: str, name_end: int, channels: list[Channel]) -> Channel | None:
    """The platform named right after a searched name ending at `name_end` ("'Mira Studio' on Instagram")."""
    return next(
        (
            c for c in channels
            if c.platform and c.start >= name_end and words_between(text, name_end, c.start) <= _SEARCHED_ON
        ),
        None,
    )


# Verbs of reaching the seller: a purpose of theirs ("… and call us", "… and message me").
_REACHING = frozenset({CONTACT, TALK, CALL, CHANNEL_VERB, HANDLE_VERB})


def others_purpose(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """A purpose in [a, b) after a searched name that is not the seller's: it must be ("… and
    you'll find me", "… to see my portfolio", "… and call us"), not only the work's or the
    buyer's ("Look up Nike Running on Instagram for inspiration")."""
    rest = [w.casefold() for w in LETTER_WORDS.findall(scan.text, a, b)]
    if len(rest) < 2 or any(kinds(m) & _REACHING for m in scan.triggers_in(a, b)):
        return False
    return not any(w in cv.mine_before or w in cv.to_me or w in cv.seller_subjects for w in rest)


def third_party(cv: ChannelVocab, text: str, a: int, b: int) -> bool:
    """A word in [a, b) that makes a name searched for someone else's: a client's, theirs
    ("to see my past work for them", "para ver el logo de mi cliente")."""
    return cv.third_party_marks.search(text, a, b) is not None


_NEXT_WORD = cached_regex(r"[ \t]+([^\W\d_]+)")


def contact_person(cv: ChannelVocab, text: str, c: Channel) -> bool:
    """Contact word `c` naming a person, someone else's contact ("my contact person at the
    agency", `contact_person_nouns` right after it): no detail of the seller's."""
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and not c.platform and m.group(1) in cv.contact_person_nouns


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
    s0, s1 = scan.sentence(t.start)
    phrases = [m for m in scan.context(cv, s0, s1) if kinds(m) & {MARKET, DETAIL}]
    near = [
        c for c in channels
        if _phrase_gap(text, phrases, c, t) <= _NEAR
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
    if (
        not channels and cv.everywhere.search(text, s0, s1) is not None
        and not buyers_near(scan, cv, s0, 3, before=t.start)
        # "your Instagram ... across all platforms": a platform named as the work
        and not any(PLATFORM in kinds(m) for m in scan.triggers_in(s0, s1))
    ):
        return InvitationMatch(t.start, t.end, POINTER, None, vague=True)  # "same name on all networks"
    return None


def _phrase_gap(text: str, phrases: list[Match], c: Channel, t: Match) -> int:
    """The words between channel `c` and pointer `t`, a name of the account here or a detail
    between them counted as one word however many its language spells it with ("the gig title",
    "o nome da gig", "el nombre del gig"). why (rt43 pointer "Meu Insta é o nome da gig sem
    espaços": the articles and prepositions of pt and es put the pointer past the reach)."""
    a, b = min(c.end, t.end), max(c.start, t.start)
    inside = sum(words_between(text, m.start, m.end) - 1 for m in phrases if a <= m.start and m.end <= b)
    return words_between(text, a, b) - max(0, inside)


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
    if not is_asked(asked) or len(LETTER_WORDS.findall(asked)) > _ASKED_WORDS:
        return None
    ctx = scan.context(cv, p0, s0)
    found = named_channels(scan, cv, p0, s0, ctx)
    # why (rt15 pointer "Mijn Discord-naam? Gewoon dezelfde als hier."): a compound whose
    # second part names the account is asked about, not the work (_work reads the parts)
    return next((c for c in found if not (c.platform and _work(scan, cv, c, ctx))), None)


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
    # why (rt26 session FP "link Zoom saya kirim lewat chat pesanan di platform ini"): a meeting
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


# Words before an account where the buyer's possessive may stand ("Tu número de WhatsApp"), and after
# it ("Nomor WhatsApp Anda", "WhatsApp-nummer van u").
_POSSESSIVE_BEFORE = 3
_POSSESSIVE_AFTER = 2


def buyer_possessed(scan: RunScan, cv: ChannelVocab, c: Channel) -> bool:
    """Account `c` with the buyer's possessive (`placeholder_owners`: "tu", "uw", "anda", "आपका")
    among the few words before it in its clause or right after it: the buyer's account, the
    work's content ("Tu número de WhatsApp irá en el flyer", "Nomor WhatsApp Anda akan ada di
    brosur"). why (honest placeholder twins the context lexicon's longer entries hid)."""
    c0, c1 = scan.clause(c.start)
    before = words_in(scan.text, c0, c.start)[-_POSSESSIVE_BEFORE:]
    after = words_in(scan.text, c.end, c1)[:_POSSESSIVE_AFTER]
    owners = cv.placeholders.owners
    return any(w in owners for w in before) or any(w in owners for w in after)


def owned_after(scan: RunScan, cv: ChannelVocab, c: Channel, ctx: list[Match]) -> bool:
    """Account `c`, with no possessive of the seller's, has the buyer's business for its owner
    a few words after it ("The WhatsApp number of your shop goes on the banner", "El número de
    WhatsApp de tu tienda", "номер WhatsApp вашего магазина"): the work's content. why (
    the brief's false alarm)."""
    return not mine_account(scan, cv, c, ctx) and buyers_near(scan, cv, c.end, _OWNER_AFTER)


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
