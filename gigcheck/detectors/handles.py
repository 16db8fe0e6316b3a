"""Messenger and social handles: a platform named (plainly or in disguise) next to an
identifier ("skype id: maria.voice", "tg @nadia", "Discord (pastel#2048)", "微信号：wx_1",
"i'm dean.malmgren on skype"), and links to messenger and social profiles.

Works on the trigger scan of a run (triggers.py): for each platform name, the text right
after it is read with the pack's connectors ("id", "is", ":", "→", "号" ...) and then one
identifier; failing that, an identifier shaped like one right before the name. What the
identifier may be depends on how sure the name is:

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
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from gigcheck.text.normalize import Normalized
from gigcheck.detectors.triggers import CUE, CUE_BEFORE, HANDLE_VERB, PAY_HANDLE, PLATFORM, ChannelVocab, Platform, RunScan, kinds

PLAIN = "plain"
DISGUISED = "disguised"

# What may follow the connectors as an identifier (on the words view, lower case).
# Repeats are bounded (a host name is at most 253 characters): glued text without spaces
# (200 KB of Chinese) would otherwise be read to its end from every platform name in it.
_IDENT = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+|[\w.\-]{1,253}\.[a-z]{2,}/\S*)"
    r"|(?P<live>live:[\w.:\-]+)"
    r"|(?P<at>(?:@[ \t]?|u/)[\w][\w.\-]{0,40})"
    r"|(?P<num>\+?\(?\d[\d\s().\-]{3,24}\d)(?![\w@])"
    r"|(?P<tok>[^\W_][\w.\-]{0,40}(?:#\d{4})?)"
)
# Identifiers no ordinary word looks like, whatever named the platform: a Discord tag
# ("vibe_check#1111"), a Google Meet code ("abc-defg-hij").
_UNIQUE = re.compile(r"#\d{4}$|^[a-z]{3}-[a-z]{4}-[a-z]{3}$")
_STRONG = re.compile(r"[^\W_][._][^\W_]|_|[a-z]\d|\d[a-z]|" + _UNIQUE.pattern)
# A profile path after a label ("LinkedIn: /in/daniel-okoro", "fb: /maya.portraits",
# "TikTok: /@moves.by.kim"): one short path segment may come first.
_PATH = re.compile(r"/(?:[a-z]{1,8}/)?@?(?P<id>[^\W_][\w.\-]{1,60})")
# A page or channel name of capitalised words after a label ("Facebook: Rosa Delgado
# Songs"), ending its phrase; a hint to look it up ("(search it)") makes it certain.
_PAGE = re.compile(r"[^\W\d_]{2,20}(?:[ \t]+[^\W\d_]{2,20}){1,4}")
_PAGE_END = re.compile(r"[ \t]*(?:$|[(\[,;.!?|\n]|[—–-][ \t])")
_NUMERIC_UNIT = re.compile(r"^\d+(?:[.,]\d+)?[a-z]{0,3}\+?$")
_LABEL_PUNCT = frozenset(":=-—–→➜➔>»|：")
# An identifier right before a platform name: "@kai on instagram", "dean.malmgren (skype)".
_BEFORE = re.compile(
    r"(?P<id>@[\w][\w.\-]{1,40}|[^\W_][\w\-]*[._][\w.\-]*[^\W_])\s{0,3}"
    r"(?:\(|\[|on|at|in|via|op|auf|en|sur|no|na|на|в|-|—|:)?\s{0,3}$"
)


@dataclass(frozen=True, slots=True)
class HandleMatch:
    start: int  # view offsets (leet / words views share them)
    end: int
    platform: Platform | None  # None: a handle after a verb such as "tweet", "follow me"
    identifier: str
    form: str  # PLAIN or DISGUISED
    id_start: int
    id_end: int


def find_handles(scan: RunScan, cv: ChannelVocab, claimed: Callable[[int, int], bool]) -> list[HandleMatch]:
    """Handles in one run. `claimed(a, b)` says whether view span [a, b) is (part of) an
    email address or a phone number, which the email and phone rules report."""
    out: list[HandleMatch] = []
    text = scan.words.text  # identifiers keep "@", digits and case-folded letters here
    for trig in scan.triggers:
        ks = kinds(trig)
        if PLATFORM in ks:
            plat_payloads = [p for p in trig.payloads if isinstance(p, tuple) and p[0] == PLATFORM]
            rank = {"name": 0, "alias": 1, "short": 2, "word": 3}
            best = min(plat_payloads, key=lambda p: rank.get(p[2], 4))
            pid, form = best[1], best[2]
            platform = cv.platforms.get(pid)
        elif HANDLE_VERB in ks:
            platform, form = None, "verb"
        elif PAY_HANDLE in ks:
            continue  # payment handles ("venmo @kat") are the payment rules'
        else:
            continue
        if trig.start and text[trig.start - 1] in "-@._#$&\\":
            continue  # inside a longer token: "@font-face", "my-skype-bot", "fb_id"
        end = trig.end
        if "." in trig.text and text[end:end + 1] == ".":
            end += 1  # a dotted short form keeps its last dot: "f.b.: /maya"
        if _compound(text, end):
            # "Skype-quality", "Instagram-style", "Telegram-бота" are work; "Skype-Name:",
            # "Telegram-канал: @x" still label a handle.
            end = _compound_end(text, end)
            found = _after(scan, cv, trig.start, end, "short", claimed)
            if found is None or not _labelled(cv, text[end:found[0]]):
                continue
        else:
            found = _after(scan, cv, trig.start, end, form, claimed)
        if found is None and form != "verb":
            found = _before(cv, text, trig.start, claimed)
        if found is None and form != "verb":
            found = _next_sentence(scan, cv, trig.end, claimed)
        if found is None:
            continue
        a, b, ident = found
        if form == "verb" and not ident.startswith("@"):
            continue
        start, end = min(a, trig.start), max(b, end)
        # Disguised: a typo or mask, or letters that only normalization made plain
        # (look-alikes, fullwidth, spacing, leetspeak, invisible characters).
        shown = scan.words.original(trig.start, trig.end).lower()
        disguised = trig.fuzzy or shown != trig.text
        out.append(HandleMatch(start, end, platform, ident, DISGUISED if disguised else PLAIN, a, b))
    return _dedupe(out)


# One word of any language between the name and a colon, then "@name": "Instagram
# hesabım: @mia", "Telegram kanalım: @x".
_WORD_LABEL = re.compile(r"\s[^\W\d_]{2,20}\s?[:：]\s{0,3}(@[\w][\w.\-]{1,40})")


def _word_then_label(text: str, end: int) -> tuple[int, int, str] | None:
    m = _WORD_LABEL.match(text, end)
    if m is None:
        return None
    ident = m.group(1).rstrip(".-")
    return m.start(1), m.start(1) + len(ident), ident


# A user name made of a word and a number ("bobvo77", "mia2024"); "b2b", "mp3" and
# "web3" are not (one digit, or digits inside).
_NAME_NUMBER = re.compile(r"[^\W\d_]{3,}\d{2,4}")


# A domain or a file name ("image0.png", "notes.md"), or a numbered list item glued to
# its text ("2.Setup"): dotted, but no one's user name.
def _not_user_name(cv: ChannelVocab, ident: str) -> bool:
    return cv.not_user.search(ident) is not None


def _compound_end(text: str, end: int) -> int:
    m = re.compile(r"-[^\W_]+").match(text, end)
    return m.end() if m else end


def _labelled(cv: ChannelVocab, seg: str) -> bool:
    return any(ch in _LABEL_PUNCT for ch in seg) or any(
        w in cv.label_words for w in re.findall(r"[^\W\d_]+|[\u4e00-\u9fff]+", seg)
    )


def _compound(text: str, end: int) -> bool:
    """A hyphenated compound: the name modifies the next word ("Skype-quality")."""
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _after(scan: RunScan, cv: ChannelVocab, start: int, end: int, form: str, claimed) -> tuple[int, int, str] | None:
    text = scan.words.text
    c = cv.connect.match(text, end)
    pos = c.end() if c is not None else end
    # The name's own last word may be the label: "skype id maria.v", "Zoom meeting ID 812 …".
    labelled = _labelled(cv, text[end:pos]) or _labelled(cv, text[start:end].split()[-1])
    punct = any(ch in _LABEL_PUNCT for ch in text[end:pos])
    if punct and text[pos - 1:pos] == "/":
        return _path(cv, text, pos - 1, claimed)
    m = _IDENT.match(text, pos)
    if m is None:
        return None
    kind = m.lastgroup
    meeting = kind == "num" and (labelled or cv.passcode.match(text, m.end()) is not None)
    if form == "word" and not punct:
        # "wanna meet @bob", "standing in line": an ordinary word needs a label ("X: @bob"),
        # to be the seller's ("my snap is miasnaps22"), or an identifier no other word
        # has (a Discord tag, a meeting number).
        unique = kind == "tok" and _UNIQUE.search(m.group()) is not None
        if not (unique or meeting or (labelled and cv.possessive_before.search(text, max(0, start - 8), start))):
            return None
    bare = c is None or not text[end:pos].strip()
    if bare and kind == "tok" and _UNIQUE.search(m.group()) is None:
        # "LinkedIn b2b lead generation": after a bare name, only "@name", "name#1234" or
        # (after a full name) a user name with dots or underscores ("skype felipe.audio")
        # or a name with a number tacked on ("skype bobvo77").
        tok = m.group().rstrip(".-")
        parts = re.split(r"[._]", tok)
        if (
            form not in ("name", "alias")
            or not (re.search(r"[^\W_][._][^\W_]", tok) or _NAME_NUMBER.fullmatch(tok))
            or any(p in cv.subject_words for p in parts)  # "Telegram bot_api integration"
        ):
            return _word_then_label(text, end)
    a, b = m.span()
    ident = m.group()
    if kind == "url":
        if scan.run.kind == "html":  # a comment: the links finder skips them
            return a, b, ident.rstrip(".,;)")
        return None
    if kind in ("at", "tok"):
        ident = ident.rstrip(".-")
        b = a + len(ident)
    if claimed(a, b):
        return None  # an email or phone number: the email and phone rules report it
    if kind == "num":
        digits = sum(ch.isdigit() for ch in ident)
        return (a, b, ident) if digits >= 5 and meeting else None
    if kind == "at":
        name = ident.lstrip("@ \t")
        if len(name) < 2 or _NUMERIC_UNIT.match(name):
            return None  # "@3pm", "@2x"
        if b < len(text) and text[b] == "@":
            return None  # "@name@host": an address
        if name != ident[1:] and not (punct or _STRONG.search(name)):
            return None  # "skype @ home": "@" read as "at"
        return a, b, "@" + name
    if kind == "live":
        return a, b, ident
    # A word.
    if ident in cv.platform_words or _not_user_name(cv, ident):
        return None  # "Skype, WhatsApp", "skype: skype", "via Discord: image0.png"
    if b < len(text) and text[b] == "@":
        return None  # the local part of an email address
    if _NUMERIC_UNIT.match(ident):
        return None  # "10k", "1.5m": counts, not names
    if _STRONG.search(ident):
        return a, b, ident  # user names often hold work words ("logo.by.omar", "seo_master")
    seg = text[end:a]
    if form in ("word", "verb") or not labelled or (form == "short" and not punct):
        return None  # "IG: cutbycarla" yes; "snap photos", "tg bots" no
    if not punct and not cv.possessive_before.search(text, max(0, start - 8), start):
        return None  # "Instagram is needed": a plain word after "is" only in "my skype is joecool"
    last = re.findall(r"[^\W\d_]+|[^\w\s]", seg)
    if last and last[-1] not in cv.label_words and last[-1] not in _LABEL_PUNCT:
        return None  # "LinkedIn: profile rewrite": the word before it is no label
    if punct:
        page = _page_name(scan, cv, a, form)
        if page is not None:
            return page
    if len(ident) < 3 or ident in cv.not_identifiers or ident in cv.subject_words:
        return None
    rest = text[b:b + 2]
    if rest and not re.match(r"\s*(?:$|[^\w\s])", text[b:b + 3]):
        return None  # a phrase goes on: "Skype: bob or email" is prose
    return a, b, ident


def _path(cv: ChannelVocab, text: str, at: int, claimed) -> tuple[int, int, str] | None:
    """A profile path after a label: "LinkedIn: /in/daniel-okoro"."""
    m = _PATH.match(text, at)
    if m is None:
        return None
    ident = m.group("id").rstrip(".-")
    a, b = m.start("id"), m.start("id") + len(ident)
    if (
        len(ident) < 3
        or ident in cv.platform_words
        or ident in cv.not_identifiers
        or _GENERIC_PATHS.match(ident)
        or claimed(a, b)
    ):
        return None
    return at, b, ident


def _page_name(scan: RunScan, cv: ChannelVocab, a: int, form: str) -> tuple[int, int, str] | None:
    """A page or display name right at `a`, after a label ("Facebook: Rosa Delgado Songs
    (search it)"). A short form needs a hint to look it up."""
    text = scan.words.text
    b = capitalized_name(scan.words, cv, a)
    if b is None:
        return None
    if cv.look_up.match(text, b) is None and (form not in ("name", "alias") or _PAGE_END.match(text, b) is None):
        return None
    return a, b, text[a:b]


def capitalized_name(norm: Normalized, cv: ChannelVocab, a: int) -> int | None:
    """The end of a name of two to five capitalised words at view offset `a` ("Rosa
    Delgado Songs", "SmileSocial Leeds"), read in the original text; None when there is
    none. Title-case work ("Profile Rewrite", "Ads Manager Setup") is told apart by its
    work words, and phrases of function words ("Available After Order") are no name."""
    m = _PAGE.match(norm.text, a)
    if m is None:
        return None
    words: list[str] = []
    b = a
    for w in re.finditer(r"\S+", m.group()):
        x, y = a + w.start(), a + w.end()
        if not norm.original(x, y)[:1].isupper():
            break
        words.append(w.group())
        b = y
    if len(words) < 2 or any(w in cv.subject_words or w in cv.platform_words for w in words):
        return None
    if sum(w not in cv.not_identifiers for w in words) < 2:
        return None
    return b


# "I added you on Skype. My ID is dean.malmgren": a label that opens the next sentence.


def _next_sentence(scan: RunScan, cv: ChannelVocab, end: int, claimed) -> tuple[int, int, str] | None:
    """"I added you on Skype. My ID is dean.malmgren": a label that opens the next sentence."""
    _, s1 = scan.sentence(end)
    text = scan.words.text
    m = cv.next_label.match(text, s1)
    if m is None or s1 - end > 40:
        return None
    i = _IDENT.match(text, m.end())
    if i is None or i.lastgroup not in ("at", "tok"):
        return None
    ident = i.group().rstrip(".-")
    a, b = i.start(), i.start() + len(ident)
    if claimed(a, b) or ident in cv.not_identifiers or _NUMERIC_UNIT.match(ident):
        return None
    return a, b, ident


def _before(cv: ChannelVocab, text: str, start: int, claimed) -> tuple[int, int, str] | None:
    lo = max(0, start - 60)
    m = _BEFORE.search(text, lo, start)
    if m is None:
        return None
    a, b = m.span("id")
    ident = m.group("id")
    if _NUMERIC_UNIT.match(ident.lstrip("@")):
        return None
    if a > 0 and text[a - 1] in "@.\\/:":
        return None  # part of a URL or an address
    if "@" in ident[1:] or ident in cv.platform_words or claimed(a, b):
        return None  # an address, another name ("f.b / i.g"), an email or a phone
    if _not_user_name(cv, ident):
        return None
    return a, b, ident


def _dedupe(found: list[HandleMatch]) -> list[HandleMatch]:
    """One handle per identifier ("yt & ig: @x", "W h a t s A p p → wa.me/…")."""
    out: list[HandleMatch] = []
    for h in sorted(found, key=lambda h: (h.start, -h.end)):
        if any(h.id_start < o.id_end and o.id_start < h.id_end for o in out):
            continue
        out.append(h)
    return out


def is_subject(scan: RunScan, cv: ChannelVocab, start: int, end: int, skip: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the platform name at [start, end) is what the work is about: a work word
    within two words after it ("WhatsApp chatbot", "Discord server setup") or a buyer's
    possessive or work verb within two words before ("your Instagram", "bot for
    Telegram"); a compound ("Instagram-style") too. Words inside the `skip` spans do
    not count ("drop your email": the "your" belongs to the request)."""
    text = scan.text
    if _compound(scan.words.text, end):
        return True
    from gigcheck.detectors.triggers import words_between

    ctx = scan.context(cv, max(0, start - 40), min(len(text), end + 40))
    for m in ctx:
        ks = kinds(m)
        if CUE in ks and m.start >= end and words_between(text, end, m.start) <= 1:
            return True
        if CUE_BEFORE in ks and m.end <= start and words_between(text, m.end, start) <= 1:
            if not any(a <= m.start < b for a, b in skip):
                return True
    return False


# ----------------------------------------------------------------------------- links

# Link schemes whose identifier is an email or a phone number: the email and phone rules'.
_CONTACT_SCHEMES_OF_OTHERS = frozenset({"mailto", "tel", "sms", "facetime", "facetime-audio"})
# Paths of social sites that are no one's profile.
_GENERIC_PATHS = re.compile(
    r"^/?(?:$|(?:business|ads|help|legal|policies|privacy|terms|about|explore|watch|hashtag|"
    r"search|login|signup|share|sharer|developers?|blog|careers|learning|pulse|events)(?:/|$|\?))",
    re.IGNORECASE,
)


def link_platform_kind(url: str, verdict_kind: str) -> str | None:
    """Whether a link is a contact handle: "messenger", "social", "scheme", or None."""
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
    if _GENERIC_PATHS.match(parts.path or "/") and not parts.query:
        return None  # the site itself ("zoom.us", "instagram.com/explore"), no one's page
    return verdict_kind
