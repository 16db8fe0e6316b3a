"""Messenger and social handles: a platform named (plainly or in disguise) next to an
identifier ("skype id: maria.voice", "tg @nadia", "Discord (pastel#2048)", "微信号：wx_1",
"i'm dean.malmgren on skype"), and links to messenger and social profiles.

Works on the trigger scan of a run (run_scan.py): for each platform name, the text right
after it is read (handle_ids.py) with the pack's connectors ("id", "is", ":", "→", "号"
...) and then one identifier; failing that, an identifier shaped like one right before
the name. What the identifier may be depends on how sure the name is:

* `@name` (also "@ name" after a label), `name#1234`, `live:...`, a Meet code, or a word
  with dots, underscores or digits: after any platform name, abbreviations included
  ("tg @nadia", "snap: ghostie_ray", "ds: vibe_check#1111");
* a profile path after a label ("LinkedIn: /in/daniel-okoro");
* a meeting number after "meeting ID" or before its passcode ("Zoom meeting ID 812 3456
  7890, passcode 4411");
* a plain word ("my skype is joecool", "Kik: kikmejay"): only after a full platform name
  and a label (":", "=", a dash, "is", "id", "es" ...), and only when it is not an
  ordinary word of the pack's `not_identifiers` or a work subject, at the end of a phrase;
  or a page name of capitalised words ("Facebook: Rosa Delgado Songs (search it)").

Numbers and email addresses are not identifiers here: the phone and email rules report
them (`claimed` lets the caller say which spans they take). URLs are the links' part.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from gigcheck.detectors.handle_ids import (
    GENERIC_PATHS,
    Claimed,
    Found,
    after_name,
    before_name,
    compound,
    compound_end,
    in_next_sentence,
    in_window,
    intro_before,
    labelled,
    plain_after_verb,
    quoted_before,
)
from gigcheck.detectors.handle_labels import USER_SHAPED_AT, labelled_names
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.phone_guards import fictional
from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    CHANNEL,
    CHANNEL_VERB,
    CONTACT,
    CUE,
    CUE_BEFORE,
    DETAIL,
    HANDLE_VERB,
    HERE,
    MARK,
    MARK_AFTER,
    MARKET,
    PAY_HANDLE,
    PLATFORM,
    SEARCH_CH,
    SEARCH_ID,
    SHARE,
    TALK,
    ChannelVocab,
    Platform,
)
from gigcheck.detectors.verb_handles import (
    USER_SHAPED,
    at_name_after_verb,
    at_name_before_verb,
    bracketed_name_after_verb,
    plain_name_after_verb,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

PLAIN = "plain"
DISGUISED = "disguised"


@dataclass(frozen=True, slots=True)
class HandleMatch:
    start: int  # view offsets (leet / words views share them)
    end: int
    platform: Platform | None  # None: a handle after a verb such as "tweet", "follow me"
    identifier: str
    form: str  # PLAIN or DISGUISED
    id_start: int
    id_end: int


def find_handles(scan: RunScan, cv: ChannelVocab, claimed: Claimed) -> list[HandleMatch]:
    """Handles in one run. `claimed(a, b)` says whether view span [a, b) is (part of) an
    email address or a phone number, which the email and phone rules report."""
    out: list[HandleMatch] = []
    text = scan.words.text  # identifiers keep "@", digits and case-folded letters here
    for trig in scan.triggers:
        reading = _reading(cv, trig)
        if reading is None:
            continue
        platform, form, as_verb, loose = reading
        if (trig.start and text[trig.start - 1] in "-@._#$&\\") or trig.text.startswith("/"):
            # inside a longer token: "@font-face", "my-skype-bot", "fb_id"; LinkedIn's bare
            # "/in/" path is _linkedin_paths'
            continue
        end = trig.end
        if _attribute_name(text, trig.start, end) or _numbered_item(scan, trig.start, end):
            continue
        if "." in trig.text and text[end:end + 1] == ".":
            end += 1  # a dotted short form keeps its last dot: "f.b.: /maya"
        if compound(text, end):
            # "Skype-quality", "Instagram-style", "Telegram-бота" are work; "Skype-Name:",
            # "Telegram-канал: @x" still label a handle.
            end = compound_end(text, end)
            found = after_name(scan, cv, trig.start, end, "short", claimed)
            if found is None or not labelled(cv, text[end:found[0]]):
                continue
        else:
            found = after_name(scan, cv, trig.start, end, form, claimed)
        if found is None and form != "verb":
            found = _farther(scan, cv, trig, end, form, as_verb, claimed)
        elif found is None:
            # a few words of any language between ("contactez-moi -> @x", "DM 주세요 → @x"),
            # or the name first ("@x, folg mir"), or a bare name behind a word ("add me first: x")
            found = _near_verb(cv, text, trig.start, end, claimed) or _plain_near_verb(cv, text, end, claimed)
            loose = True
            if found is not None and _searched_here(scan, cv, trig, found[0]):
                continue
        if found is not None and cv.placeholders.abbreviation(found[2]):
            # "Instagram (e.g. @x)": the identifier, if any, comes after the "e.g.".
            found = after_name(scan, cv, trig.start, found[1] + (text[found[1]:found[1] + 1] == "."), form, claimed)
        pid = platform.id if platform is not None else ""
        native = pid in cv.native_name_platforms and _sought(scan, trig)
        found = _vetted(cv, text, found, form, end, claimed, loose, native, pid)
        if found is None:
            continue
        a, b, ident = found
        start, end = min(a, trig.start), max(b, end)
        # Disguised: a typo or mask, or letters that only normalization made plain
        # (look-alikes, fullwidth, spacing, leetspeak, invisible characters).
        shown = scan.words.original(trig.start, trig.end).lower()
        disguised = trig.fuzzy or shown != trig.text
        out.append(HandleMatch(start, end, platform, ident, DISGUISED if disguised else PLAIN, a, b))
    extra = _skype_ids(scan, cv, text, claimed) + _linkedin_paths(scan, cv, text, claimed)
    extra += [
        HandleMatch(a, b, None, ident, PLAIN, a, b) for a, b, ident in labelled_names(cv, text) if not claimed(a, b)
    ]
    every = _dedupe(out + extra + claimed_at_names(cv, text, claimed, out))
    return [
        h for h in every
        if not (_testimony(text, h.id_start, h.id_end) and not _reached_by(cv, text, h))
        and not _design_copy(cv, text, h.id_start, h.id_end)
    ]


def _searched_here(scan: RunScan, cv: ChannelVocab, trig: Match, a: int) -> bool:
    """A verb of searching only (no contact verb) with the marketplace named before the name at
    `a`: "Cari saya di Fiverr dengan nama @x" is the seller's account here, searched for."""
    if kinds(trig) & {CONTACT, HANDLE_VERB}:
        return False
    return any(kinds(m) & {MARKET, HERE} for m in [*scan.triggers_in(trig.end, a), *scan.context(cv, trig.end, a)])


def _reached_by(cv: ChannelVocab, text: str, h: HandleMatch) -> bool:
    """A messenger's name in a testimonial is the way the buyer reached the seller ("«Списались
    в Телеграме @ivan_dev» — отзыв"), not the buyer's own account the work grew, which the
    buyer calls theirs ("Our Telegram channel @x doubled its subscribers"). """
    if h.platform is None or h.platform.kind != "messenger":
        return False
    words = text[max(0, h.start - _OWNER_REACH):h.start].casefold().split()[-2:]
    return not any(w.strip(_OPEN_QUOTES + "'(*_") in cv.mine_before for w in words)


_OWNER_REACH = 24  # characters before the messenger's name read for the buyer's "our", "my"


_OPEN_QUOTES = "\"“«„"
_CLOSE_QUOTES = "\"”»“"
_QUOTE_REACH = 80  # characters of a quoted buyer's line
# A closing quote, then a dash of attribution: "… wächst endlich“ – Bewertung eines Käufers".
_ATTRIBUTION = cached_regex(r"[ \t]*[—–-]{1,2}[ \t]*[^\W\d_]")  # "——买家评价": a doubled dash in Chinese


def _testimony(text: str, a: int, b: int) -> bool:
    """Identifier [a, b) inside a short quotation followed by a dash and its author, a buyer's
    testimonial ("«Mon compte @atelier.rose a doublé ses abonnés» — avis d'acheteur"): the
    buyer's account speaking of itself, not the seller's. why (hard negatives)."""
    opened = max(text.rfind(q, max(0, a - _QUOTE_REACH), a) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    close = min((i for q in _CLOSE_QUOTES if (i := text.find(q, b, b + _QUOTE_REACH)) >= 0), default=-1)
    if close < 0 or any(text.find(q, opened + 1, a) >= 0 for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES):
        return False
    # the line says more than the name, before and after it ('My IG: "@seller_x" — DM me' is no line)
    said = _words_in(text, opened + 1, a) >= _SAID_BEFORE and _WORDS_IN.search(text, b, close) is not None
    return said and _ATTRIBUTION.match(text, close + 1) is not None


def _design_copy(cv: ChannelVocab, text: str, a: int, b: int) -> bool:
    """Identifier [a, b) inside a quotation on its line behind a label that calls it a design
    piece or its mockup, no word of the seller's in the label nor a "me" in the quotation
    ('Poster preview: "Follow @coffeehouse"', 'Flyer mockup: «Síguenos en @cafeluna»'): the
    copy printed on the buyer's piece. 'Preview of my work: follow @mira.designs' (the
    seller's, unquoted) and 'Poster preview: "DM me @mira.designs"' stay handles.."""
    line0 = text.rfind("\n", 0, a) + 1
    opened = max(text.rfind(q, line0, a) for q in _OPEN_QUOTES)
    if opened < 0 or any(text.find(q, opened + 1, a) >= 0 for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES):
        return False
    line1 = text.find("\n", b)
    line1 = len(text) if line1 < 0 else line1
    if min((i for q in _CLOSE_QUOTES if (i := text.find(q, b, line1)) >= 0), default=-1) < 0:
        return False
    label = text[line0:opened].rstrip(" \t")
    if not label.endswith(":") or not cv.placeholders.names_piece(label):
        return False
    said = [w.casefold() for w in _WORDS_IN.findall(text, line0, line1)]
    return not any(w in cv.mine_before or w in cv.to_me for w in said)


_WORDS_IN = cached_regex(r"[^\W\d_]{2,}")
_SAID_BEFORE = 2
# Characters of the scripts written without spaces: a run of them holds about one word per two.
_UNSPACED = cached_regex(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words_in(text: str, a: int, b: int) -> int:
    """About how many words `text[a:b]` holds, a Chinese or Japanese run read as one word
    per two characters (why, "“我们的账号 @tea_house 粉丝翻倍了”——买家评价")."""
    return sum(
        max(1, len(_UNSPACED.findall(w)) // 2) if _UNSPACED.match(w) else 1
        for w in _WORDS_IN.findall(text, a, b)
    )


def _attribute_name(text: str, start: int, end: int) -> bool:
    """`<meta name="twitter:site" …>`, `property="fb:app_id"`: a quoted name of a markup
    attribute glued to its key by ":", in HTML the seller writes for the buyer's site, no
    label. why (the brief's leftover)."""
    return (
        start > 1 and text[start - 1] in "\"'" and text[start - 2] == "="
        and text[end:end + 1] == ":" and text[end + 1:end + 2].isalpha()
    )


# A capitalised Latin word then a space, right before a one-letter name: "Section X",
# "Part X", "Plan X" number an item (a Roman numeral or a letter), no platform.
_ITEM_WORD = cached_regex(r"(?<![^\W\d_])(?!(?:On|At|In|Via|Me|My|Our)[ \t])[A-Z][a-z]{1,15}[ \t]$")


def _numbered_item(scan: RunScan, start: int, end: int) -> bool:
    """A one-letter platform name ("X") after a capitalised word: an item's
    number ("Section X: pricing_tiers"), while "on X: @mira" and "X: @mira" name one."""
    if end - start != 1:
        return False
    return _ITEM_WORD.search(scan.words.original(max(0, start - 17), start)) is not None


_HAN = cached_regex("[\u3400-\u9fff]")
_SEEKING = frozenset({CONTACT, HANDLE_VERB, CHANNEL_VERB, SEARCH_ID})


def _sought(scan: RunScan, trig: Match) -> bool:
    """A verb of searching or contacting in the sentence of platform name `trig` ("小红书搜
    @阿芳插画，私信我"): the "@name" after it is looked up, not a mention written as the work."""
    s0, s1 = scan.sentence(trig.start)
    return any(kinds(m) & _SEEKING for m in scan.triggers_in(s0, s1) if m is not trig)


def _vetted(
    cv: ChannelVocab, text: str, found: tuple[int, int, str] | None, form: str, end: int, claimed: Claimed, loose: bool,
    native: bool = False, platform_id: str = "",
) -> tuple[int, int, str] | None:
    """The identifier found after a trigger ending at `end`, unless it is no account:
    a word of another script, a group mention, a template's stand-in. On a platform whose
    user names are written in its country's script (`native`: "小红书搜 @阿芳插画"), an
    "@name" in that script is one."""
    if found is None:
        return None
    a, b, ident = found
    if not _LATIN_ID.search(ident.removeprefix("@")) and not (native and ident.startswith("@")):
        # why (rt16 handle-verb "Twitterの@メンション分析"): an "@" before a word of another
        # script is the word "mention", no username either
        # why (rt14/rt15 subject): look-alikes are folded to Latin by now, so a bare
        # word left in another script is a word of that language, no username (platforms
        # take Latin ones): "Оформлю ваш Telegram-канал: аватар, обложка".
        return None
    if platform_id in cv.native_name_platforms and not ident.startswith("@") and _HAN.search(ident):
        return None  # "微博账号：每月12篇内容": on a Chinese platform, Chinese words without "@" are text
    if form == "verb" and not ident.startswith("@"):
        # "Aggiungimi: matteo.lanza.3d": a bare user name behind a label mark only
        found = _plain_near_verb(cv, text, end, claimed)
        if found is None:
            return None
        a, b, ident = found
    if not ident.startswith("@") and a >= 2 and text[a - 1] == "-" and text[a - 2].isalnum():
        return None  # "o seu WhatsApp e e-mail": the tail of a hyphened word, no name of its own
    if _ID_PARTS.sub(" ", ident.lstrip("@")) in cv.marketplace_channels:
        return None  # "den Link bekommen Sie im Fiverr-Chat": the marketplace's own chat
    if not ident.startswith("@") and _counted(cv, text, ident, b):
        return None  # "Pinterest: 12 345 678 monthly views": a count, no account (a known false alarm)
    if not ident.startswith("@") and _listed(text, ident, b):
        return None  # "WhatsApp Business: katalog, label, balasan cepat": the first of a list of features
    if form == "verb" and _group_mention(cv, ident):
        return None  # "message @everyone": a chat's group, no account
    if _stand_in(cv.placeholders, ident, text, a, b) or (loose and _buyers(cv.placeholders, ident, text, a)):
        return None  # a template's stand-in: "Your Instagram handle (e.g. @yourshop)"
    return a, b, ident


# A number (digits and their group separators) and the two words after it.
_NUMBER_ID = cached_regex(r"\d[\d \t.,']*")
_NEXT_TWO = cached_regex(rf"[ \t]*({LETTER_RUN})(?:[ \t]+({LETTER_RUN}))?")


def _counted(cv: ChannelVocab, text: str, ident: str, b: int) -> bool:
    """A number as the identifier with a count's unit among the two words after it ("12 345 678
    monthly views", "1 200 000 views"): the profile's figures, no account."""
    if _NUMBER_ID.fullmatch(ident) is None:
        return False
    m = _NEXT_TWO.match(text, b)
    return m is not None and any(w is not None and w.casefold() in cv.count_units for w in m.groups())


# A bare word then two more items of a comma list ("catálogo, etiquetas, respuestas"): a
# list of features after a platform's label, no user name. why (rt16 subject
# "Jasa kelola WhatsApp Business: katalog, label, balasan cepat, dan broadcast").
_LIST_AFTER = cached_regex(rf"[ \t]*,[ \t]*{LETTER_RUN}(?:[ \t]+{LETTER_RUN}){{0,2}}[ \t]*,")
_PLAIN_WORD = cached_regex(rf"{LETTER_RUN}")


_LIST_WORD_MAX = 10  # a word's length; longer ones are more often joined names ("mariodesign")


def _listed(text: str, ident: str, b: int) -> bool:
    """Identifier `ident` ending at `b` is a plain word opening a comma list."""
    return (
        len(ident) <= _LIST_WORD_MAX and _PLAIN_WORD.fullmatch(ident) is not None
        and _LIST_AFTER.match(text, b) is not None
    )


# The parts of a user name ("yourshop_support" → "yourshop", "support").
_ID_PARTS = cached_regex(r"[._-]")
# A username's letter or digit (ASCII): what a bare identifier must hold.
_LATIN_ID = cached_regex(r"[a-z0-9]", re.IGNORECASE)
# An "@name" standing alone: not inside an address or a longer token.
_AT_NAME = cached_regex(r"(?<![\w.@])@(?P<id>[^\W_][\w.]{1,40})")
# A user name no template writes: words joined by a dot or "_", or letters then digits.
# How far back the seller's claim is read ("my own account ", "busca el mío: ").
_OWN_REACH = 40


def claimed_at_names(cv: ChannelVocab, text: str, claimed: Claimed, found: list[HandleMatch]) -> list[HandleMatch]:
    """An "@name" the seller claims without naming the platform: "see the results on my
    own page @growwithtarik", "o meu é @bia.socialmedia", "busca el mío: @paula.z",
    "напишите моему боту @maks_orders_bot". A handle all the same; the buyer's ("your
    page @yourbrand") and template stand-ins are the work."""
    if "@" not in text:
        return []
    out: list[HandleMatch] = []
    names = list(_AT_NAME.finditer(text))
    # why (rt14/rt15 placeholder "Seu @suamarca vai ficar igual ao meu: @bruna.brand.lab",
    # "Your @yourbrand account ...; questions first? @mira.social.pro"): next to the buyer's
    # stand-in, a real user-shaped "@name" is set against it: the seller's own.
    stand_in = any(cv.placeholders.is_placeholder(m.group().rstrip("."), open_nouns=True) for m in names)
    spots = cv.placeholders.example_spots(text) if stand_in else []
    examples: list[int] | None = spots if stand_in else None
    for m in names:
        a = m.start()
        ident = m.group().rstrip(".")
        b = a + len(ident)
        if any(h.id_start <= a < h.id_end for h in found) or claimed(a, b) or text[b:b + 1] == "@":
            continue
        contrasted = (
            stand_in and USER_SHAPED_AT.search(ident[1:]) is not None
            and not cv.placeholders.spot_near(spots, a, b)  # "e.g. @brand_official", "such as @cafe.luna"
        )
        owned = cv.own_account.search(text, max(0, a - _OWN_REACH), a) is not None
        if not (contrasted or owned) and _id_labelled(cv, text, a, ident):
            if examples is None:
                examples = cv.placeholders.example_spots(text)  # once per text: linear
            owned = not cv.placeholders.spot_near(examples, a, b)
        if _NUMERIC.match(ident[1:]) or not (contrasted or owned):
            continue
        if cv.placeholders.is_placeholder(ident) or _group_mention(cv, ident):
            continue  # "my page @yourbrand" in a template
        out.append(HandleMatch(a, b, None, ident, PLAIN, a, b))
    return out


# A Telegram bot's user name ends in "bot": the one a seller builds is the buyer's deliverable.
_BOT_NAME = cached_regex(r"bot\Z", re.IGNORECASE)


def _id_labelled(cv: ChannelVocab, text: str, a: int, ident: str) -> bool:
    """"ID: @mika_stamp", "به آیدی @reza_botmaker": an ID word labels the user-shaped "@name"
    at `a`, not a bot's name ("bot ID: @pizza_order_bot"). (The caller rules out an
    example near it: "e.g. ID @x".)"""
    if USER_SHAPED_AT.search(ident[1:]) is None or _BOT_NAME.search(ident) is not None:
        return False
    return cv.id_label.search(text, max(0, a - _OWN_REACH), a) is not None


@lru_cache(maxsize=8)
def _not_at_names(cv: ChannelVocab) -> frozenset[str]:
    return frozenset(w.casefold() for w in cv.channels.get("not_at_names", ()))


def _group_mention(cv: ChannelVocab, ident: str) -> bool:
    """"@everyone", "@here", "@media": a chat's group or code, nobody's account."""
    return ident.lstrip("@").casefold() in _not_at_names(cv)


_NUMERIC = cached_regex(r"\d+(?:[.,]\d+)?[a-z]{0,3}\Z")


# A Skype ID needs no name before it: "live:.cid.8a3f55ee" is Skype's own form, and so is a
# user-shaped "live:mahsa.english"; a plain "live:name" is one when Skype is named in the run
# ("Skype? yep — live:nora.tr").
_SKYPE_ID = cached_regex(r"(?<![\w.:/])live:(?P<cid>\.cid\.[0-9a-f]{6,32}|[^\W_][\w.\-]{3,40})")


def _skype_ids(scan: RunScan, cv: ChannelVocab, text: str, claimed: Claimed) -> list[HandleMatch]:
    if "live:" not in text:
        return []
    skype = cv.platforms.get("skype")
    named = any(
        PLATFORM in kinds(t) and any(isinstance(p, tuple) and p[1] == "skype" for p in t.payloads)
        for t in scan.triggers
    )
    out: list[HandleMatch] = []
    for m in _SKYPE_ID.finditer(text):
        a, b = m.start(), m.end()
        ident = m.group().rstrip(".-")
        b = a + len(ident)
        # why (rt37 session "قبل از سفارش آیدی من را اضافه کنید: live:mahsa.english"): a name shaped as
        # user names are (a dot, an underscore, digits) after "live:" is Skype's form, Skype named or not
        if claimed(a, b) or not (named or m.group("cid").startswith(".cid.") or USER_SHAPED.search(m.group("cid"))):
            continue
        out.append(HandleMatch(a, b, skype, ident, PLAIN, a, b))
    return out


# LinkedIn's profile path needs no name before it either: "/in/maria-lopez-design" is no
# other site's ("My profile: /in/jan-kowalski-seo"). A slash opens it (not "log in/sign up")
# and nothing of a longer path or address comes before it ("example.com/in/x" is the links
# rule's, "data/in/file" a folder).
_LINKEDIN_PATH = cached_regex(r"(?<![\w./:@\-])/in/(?P<id>[a-z][a-z0-9\-]{2,99})(?![\w/@]|[.\-][\w])")
# A person's path: words joined by hyphens ("maria-lopez-design") or letters then digits
# ("jdoe84"); "/in/checkout" may be a route.
_PERSON_SLUG = cached_regex(r"[a-z0-9]+(?:-[a-z0-9]+)+|[a-z]+\d+")


def _linkedin_paths(scan: RunScan, cv: ChannelVocab, text: str, claimed: Claimed) -> list[HandleMatch]:
    if "/in/" not in text:
        return []
    linkedin = cv.platforms.get("linkedin")
    out: list[HandleMatch] = []
    for m in _LINKEDIN_PATH.finditer(text):
        a, b = m.start(), m.end("id")
        ident = m.group("id").rstrip("-")
        if claimed(a, b) or not _PERSON_SLUG.fullmatch(ident) or GENERIC_PATHS.match(ident):
            continue
        out.append(HandleMatch(a, m.start("id") + len(ident), linkedin, ident, PLAIN, m.start("id"), b))
    return out


def _farther(
    scan: RunScan, cv: ChannelVocab, trig: Match, end: int, form: str, as_verb: bool, claimed: Claimed
) -> Found | None:
    """The identifier of a platform name when none follows it right away: right before
    it ("@kai on instagram"), in the next sentence ("My ID is dean.malmgren"), after
    "<platform> me at" ("Kik me at lunaframes"), or a few words on ("Viber me, I'm
    paolo.renders")."""
    found = before_name(cv, scan, trig.start, claimed)
    if found is None and _sought(scan, trig):
        found = quoted_before(cv, scan, trig.start, claimed)
    found = found or in_next_sentence(scan, cv, trig.end, claimed)
    if found is None and form != "verb":
        found = intro_before(cv, scan.words.text, trig.start, claimed, form)
    if found is None and as_verb:
        found = plain_after_verb(scan, cv, end, claimed)
    if found is None and not _subject_of_window(scan, cv, trig.start, end):
        found = in_window(scan, cv, end, as_verb or _sure_channel(scan, cv, trig, form), claimed)
    return found


_RANK = {"name": 0, "alias": 1, "short": 2, "word": 3}


def _best_platform(payloads: tuple[object, ...]) -> tuple[str, str]:
    """The platform id and the surest form a trigger names it in."""
    plat = [p for p in payloads if isinstance(p, tuple) and p[0] == PLATFORM]
    best = min(plat, key=lambda p: _RANK.get(p[2], 4))
    return best[1], best[2]


def _verb_platform(cv: ChannelVocab, trig: Match) -> str | None:
    """The platform of "kik me", "snap me", "viber me" (a platform's name as the verb)."""
    word, _, me = trig.text.rpartition(" ")
    if not word or not me:
        return None
    found = cv.triggers.resolve(word)
    if found is None or not any(isinstance(p, tuple) and p[0] == PLATFORM for p in found[0]):
        return None
    return _best_platform(found[0])[0]


def _subject_of_window(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the work before an identifier is looked for
    a few words on: a compound ("Instagram-style") or a work word right before it ("bot
    for Telegram"), unless it is the seller's own ("into my IG DMs"). Work words after it
    are in_window's to judge, up to the identifier ("Discord (username: pixel_owl)")."""
    if compound(scan.words.text, end):
        return True
    if cv.possessive_before.search(scan.words.text, max(0, start - 8), start) is not None:
        return False
    text = scan.text
    return any(
        CUE_BEFORE in kinds(m) and m.end <= start and words_between(text, m.end, start) <= 1
        for m in scan.context(cv, max(0, start - 40), start)
    )


# Triggers that make a platform named in their sentence a channel to reach someone.
_CONTACT_KINDS = frozenset({CONTACT, CHANNEL_VERB, HANDLE_VERB, TALK, SHARE})


def _sure_channel(scan: RunScan, cv: ChannelVocab, trig: Match, form: str) -> bool:
    """Whether a platform name is surely a channel: a full name, or an abbreviation or
    ordinary word ("IG", "X", "LINE") with a contact verb in its sentence ("hit me up on
    X"), "my" or a channel marker right before it ("my LINE", "op Insta") or a particle
    right after it ("Xで", "Snap'ten")."""
    if form in ("name", "alias"):
        return True
    s0, s1 = scan.sentence(trig.start)
    if any(o is not trig and kinds(o) & _CONTACT_KINDS for o in scan.triggers_in(s0, s1)):
        return True
    text = scan.words.text
    if cv.possessive_before.search(text, max(0, trig.start - 8), trig.start):
        return True
    for m in scan.context(cv, max(s0, trig.start - 12), min(s1, trig.end + 6)):
        if MARK in kinds(m) and m.end <= trig.start and not text[m.end:trig.start].strip():
            return True
        if MARK_AFTER in kinds(m) and m.start == trig.end:
            return True
    return False


def _dedupe(found: list[HandleMatch]) -> list[HandleMatch]:
    """One handle per identifier ("yt & ig: @x", "W h a t s A p p → wa.me/…")."""
    out: list[HandleMatch] = []
    taken: list[tuple[int, int]] = []  # the kept identifiers' spans, disjoint, sorted
    for h in sorted(found, key=lambda h: (h.start, -h.end)):
        # bisect, not a scan of all kept ones (thousands of "@names" in a text)
        k = bisect_left(taken, (h.id_start, h.id_start))
        if (k < len(taken) and taken[k][0] < h.id_end) or (k and taken[k - 1][1] > h.id_start):
            continue
        insort(taken, (h.id_start, h.id_end))
        out.append(h)
    return out


def is_subject(scan: RunScan, cv: ChannelVocab, start: int, end: int, skip: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the platform name at [start, end) is what the work is about: a work word
    within two words after it ("WhatsApp chatbot", "Discord server setup") or a buyer's
    possessive or work verb within two words before ("your Instagram", "bot for
    Telegram"); a compound ("Instagram-style") too. Words inside the `skip` spans do
    not count ("drop your email": the "your" belongs to the request)."""
    text = scan.text
    ctx = scan.context(cv, max(0, start - 40), min(len(text), end + 40))
    if compound(scan.words.text, end) and not (
        _detail_compound(scan, end, ctx) or _possessive_tail(scan, cv, start, end)
    ):
        return True
    for m in ctx:
        ks = kinds(m)
        if (
            CUE in ks and m.start >= end and words_between(text, end, m.start) <= 1
            and not _new_clause(scan, end, m.start)
        ):
            return True
        if (
            CUE_BEFORE in ks
            and m.end <= start
            and words_between(text, m.end, start) <= 1
            and not any(a <= m.start < b for a, b in skip)
            and not _vocative(text, m.end)
        ):
            return True
        if _serves_buyers(scan, start, end, m, ctx):
            return True
    return False


def _possessive_tail(scan: RunScan, cv: ChannelVocab, start: int, end: int) -> bool:
    """A messenger's name with a possessive glued by a hyphen ("WA-nya", "WA-ku"): whose
    the channel is, not a compound of the work. A social profile's stays the work ("username
    IG-nya untuk audit"). why (rt34 "minta nomor WA-nya dong")."""
    tail = scan.text[end + 1:compound_end(scan.text, end)]
    if tail not in cv.theirs_after and tail not in cv.mine_after:
        return False
    return any(
        p[0] == PLATFORM and (plat := cv.platforms.get(p[1])) is not None and plat.kind == "messenger"
        for m in scan.triggers_in(start, end) if m.end == end
        for p in m.payloads if isinstance(p, tuple) and len(p) > 1
    )


def _serves_buyers(scan: RunScan, start: int, end: int, m: Match, ctx: list[Match]) -> bool:
    """A buyer's possessive right after the platform name ending at `end`, behind one word, and
    a work word right after it ("Discord for your server", "Telegram para tu canal"): the
    platform serves the buyer's own thing, the work. Not after a contact verb in its clause ("add
    me on Skype for your business needs": the channel is where to reach the seller). why (
    leftover FP "We switch over to Discord for your server")."""
    text = scan.text
    c0, _ = scan.clause(start)
    return not any(kinds(o) & {CONTACT, CHANNEL_VERB} for o in scan.triggers_in(c0, start)) and (
        CUE_BEFORE in kinds(m) and m.start >= end and words_between(text, end, m.start) == 1
        and not _new_clause(scan, end, m.start)
        and any(CUE in kinds(n) and n.start >= m.end and words_between(text, m.end, n.start) == 0 for n in ctx)
    )


def _vocative(text: str, end: int) -> bool:
    """why ("고객님, 카카오톡으로 상담해 드립니다"): the buyer's word ending at `end` closes
    its own clause, its word ending in a clause mark: the buyer addressed, not the owner of
    the platform after it ("your Telegram, WhatsApp bots" keeps its "your")."""
    rest = text[end:end + 12].split(maxsplit=1)
    return bool(rest) and not text[end:end + 1].isspace() and _CLAUSE_MARK.search(rest[0][-1:]) is not None


def _detail_compound(scan: RunScan, end: int, ctx: list[Match]) -> bool:
    """why ("Extra: direkte WhatsApp-Nummer für 10 €"): a compound of two parts whose
    second is a contact detail's word ("WhatsApp-Nummer", "Skype-ID", "Telegram-Kontakt")
    names the channel's detail, not a kind of work ("WhatsApp-Nummer-Verifizierung" stays one)."""
    tail = compound_end(scan.text, end)
    return tail > end + 1 and "-" not in scan.text[end + 1:tail] and any(
        kinds(m) & {CHANNEL, DETAIL} and m.start == end + 1 and m.end == tail for m in ctx
    )


_CLAUSE_MARK = cached_regex(r"[,;:—–]")


def _new_clause(scan: RunScan, a: int, b: int) -> bool:
    """A clause of its own starts between the platform name and a work word: "search my
    name on Instagram, I post WIPs there" (not a list of platforms: "Instagram, TikTok
    marketing")."""
    gap = scan.text[a:b]
    if _CLAUSE_MARK.search(gap) is None or not gap.split():
        return False
    return not any(PLATFORM in kinds(m) for m in scan.triggers_in(a, b))


# ----------------------------------------------------------------------------- links

# Link schemes whose identifier is an email or a phone number: the email and phone rules'.
_CONTACT_SCHEMES_OF_OTHERS = frozenset({"mailto", "tel", "sms", "facetime", "facetime-audio"})
# A handle that is a phone number as written ("+52 55 0000 0000", "15550100").
_PHONE_SHAPED = cached_regex(r"\+?\d[\d\s().\-]{5,24}")
_NOT_DIGIT = cached_regex(r"\D")
# A query that names a number or an account ("?phone=4915...", "?u=...").
_NUMBER_IN_QUERY = cached_regex(r"\d{6}|(?:^|&)(?:phone|u|user|id|username|to)=")
# A site's subdomain of documentation or help ("developers.facebook.com").
_DOC_HOST = cached_regex(r"developers?|docs?|help|support|status|engineering", re.IGNORECASE)
# A template's variable where the identifier goes ("wa.me/{{phone}}", "t.me/<username>",
# "instagram.com/${handle}", "%PHONE%"): filled in by the buyer's settings, no one's chat.
# The closing mark may be cut off with the link ("wa.me/[telefone]" parses up to "]").
_TEMPLATE_VAR = cached_regex(r"(?:\{\{?|\$\{|<|\[|%)[ \w.\-]{1,40}(?:\}\}?|>|\]|%)?")
# why (rt12 placeholder): a number masked with X's where the digits go ("wa.me/62XXXXXXXXXX",
# "wa.me/+1XXXXXXXXXX", "t.me/+7XXX"): a template, nobody's chat.
_MASKED_NUMBER = cached_regex(r"\+?\d{0,4}[xX]{3,16}")


def _reading(cv: ChannelVocab, trig: Match) -> tuple[Platform | None, str, bool, bool] | None:
    """How a trigger is read: the platform it names, the form of the name, whether the
    platform is the verb ("kik me", "snap me") and whether the reading is loose (a buyer's
    "@yourshop_help" after it is a template's), or None when it names no channel."""
    ks = kinds(trig)
    if PLATFORM in ks:
        pid, form = _best_platform(trig.payloads)
        return cv.platforms.get(pid), form, False, False
    if HANDLE_VERB in ks or CONTACT in ks or SEARCH_CH in ks:
        # a contact verb ("contactez-moi", "msg karo") may be the longest match over a handle verb;
        # a verb of searching for the seller is one too before an "@name" ("cari saya @x kat app biasa
        # tu", "búscame en IG @x"): why (rt56 handle-verb, Malay)
        return None, "verb", False, HANDLE_VERB not in ks
    if PAY_HANDLE in ks:
        return None  # payment handles ("venmo @kat") are the payment rules'
    if CHANNEL_VERB in ks and (named := _verb_platform(cv, trig)) is not None:
        # Sure of the channel: read what follows as after a full name.
        return cv.platforms.get(named), "name", True, False
    return None


def _near_verb(cv: ChannelVocab, text: str, start: int, end: int, claimed: Claimed) -> Found | None:
    """A user-shaped "@name" a few words from a verb at [start, end), not a decorator's
    object ("message handlers with @bot.message_handler")."""
    found = at_name_after_verb(text, end, claimed) or at_name_before_verb(text, start, claimed)
    if found is None or _group_mention(cv, found[2].split(".")[0]):
        return None
    return found


def _plain_near_verb(cv: ChannelVocab, text: str, end: int, claimed: Claimed) -> Found | None:
    """A bare user name behind a short word and a label mark after a verb ending at `end` ("add
    me first: x", "أضفني أولاً: x", "แอดมาก่อน: x"), which the reading right after the verb
    leaves; not behind a word the phrase goes on after ("Message me with: project_name, …", "for",
    "to": `line_joiners`, the tying words among them) or a platform's name. why (the brief's leftover)."""
    def channel_word(w: str) -> bool:
        return w.casefold() in cv.platform_names

    found = plain_name_after_verb(
        text, end, claimed, cv.file_endings.__contains__, channel_word
    ) or bracketed_name_after_verb(text, end, claimed, channel_word)
    between = text[end:found[0]].strip(" \t:：;；/|=→➜➔»->—–").casefold() if found else ""
    # (a platform named between is that platform's label: "加我微信：x" is read from "微信"; the
    # buyer's word among the particles goes on to the buyer's things: "Write me for your logo: x")
    theirs = any(w in cv.buyer_pronouns for w in between.split())
    return None if theirs or between in cv.line_joiners or between in cv.platform_names else found


def _buyers(pv: PlaceholderVocab, ident: str, text: str, a: int) -> bool:
    """An "@your..." name no first-person word claims: the buyer's, in a template."""
    return not pv.owned(text, a) and pv.is_placeholder(ident, open_nouns=True)


def _stand_in(pv: PlaceholderVocab, ident: str, text: str, a: int, b: int) -> bool:
    """A placeholder handle no first-person word claims; "your" + any word
    ("@yourbakery") only where the words around read as a template; a number of a
    fictional range only where they call it an example."""
    # The buyer's brand speaking ("Contact us: @yourshop_support"): an "@your…" name
    # whose first part is the stand-in (the rest a department: "_support", ".official").
    head = _ID_PARTS.split(ident.lstrip("@"), maxsplit=1)[0]
    if pv.brand_voice(text, a) and pv.is_placeholder(head, open_nouns=True):
        return True
    if pv.owned(text, a) or pv.claimed_after(text, b):
        return False
    if _PHONE_SHAPED.fullmatch(ident):
        # a click-to-chat number: "example: wa.me/15550100", "WhatsApp: +52 55 0000 0000"; a number no
        # exchange gives out in a feature for the buyer's site ("WhatsApp button for your site:
        # wa.me/15550000000", why: the brief's false-alarm risk) is the template's too
        digits = _NOT_DIGIT.sub("", ident)
        return fictional(digits, not digits.startswith("0"), pv.number_ranges) and pv.template_near(text, a, b)
    return (
        pv.is_placeholder(ident) or (pv.is_placeholder(ident, open_nouns=True) and pv.template_near(text, a, b))
        # the stand-in person of an example ("Resume header example: John Doe · linkedin.com/in/johndoe")
        or (pv.is_placeholder(ident, generic=True, persons=True) and pv.example_near(text, a, b))
    )


# The sections before a profile's name in a path ("/in/", "/company/", "/user/", "/c/"):
# the name a template stands in for follows them. why ("linkedin.com/in/johndoe").
_PROFILE_PREFIXES = frozenset({"in", "company", "user", "users", "u", "c", "channel", "pub", "profile", "people"})


def link_platform_kind(
    url: str, verdict_kind: str, placeholders: PlaceholderVocab | None = None,
    where: tuple[str, int, int] | None = None,
) -> str | None:
    """Whether a link is a contact handle: "messenger", "social", "scheme", or None (also
    for a template's profile, "instagram.com/yourhandle", given the `placeholders`; and
    "instagram.com/yourbakery" where the text around, `where` = (text, start, end),
    reads as a template)."""
    if verdict_kind == "contact-scheme":
        scheme = url.split(":", 1)[0].strip().lower()
        return None if scheme in _CONTACT_SCHEMES_OF_OTHERS else "scheme"
    if verdict_kind not in ("messenger", "social"):
        return None
    u = url if "//" in url else "//" + url
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if GENERIC_PATHS.match(parts.path or "/") and not _NUMBER_IN_QUERY.search(parts.query):
        # the site itself ("zoom.us", "instagram.com/explore"), no one's page; a message
        # to prefill and no number ("wa.me/?text=Hi": the template's "<your-number>"
        # dropped as markup) opens no one's chat
        return None
    # A site's developer or help subdomain ("developers.facebook.com/docs/...") is no
    # one's page either, whatever its path.
    if _DOC_HOST.fullmatch(parts.netloc.split(".", 1)[0]) and not _NUMBER_IN_QUERY.search(parts.query):
        return None
    segments = parts.path.strip("/").split("/", 2)
    first = unquote(segments[0])
    if first.casefold() in _PROFILE_PREFIXES and len(segments) > 1:
        first = unquote(segments[1])  # "linkedin.com/in/johndoe": the name after the section
    if _TEMPLATE_VAR.fullmatch(first) or _MASKED_NUMBER.fullmatch(first):
        return None
    if placeholders is not None and (
        placeholders.is_placeholder(first) or (where is not None and _stand_in(placeholders, first, *where))
    ):
        return None
    return verdict_kind
