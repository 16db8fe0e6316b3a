"""The identifier of a handle: read right after a platform name, through the pack's
connectors and labels ("skype id: maria.voice", "tg @nadia"), right before it
("@kai on instagram"), or after a label opening the next sentence ("I added you on
Skype. My ID is dean.malmgren"). What may be read depends on how sure the name is; the
rules are in handles.py's docstring. Pure functions over a run's "words" view.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    CHANNEL_VERB,
    CONTACT,
    CUE_BEFORE,
    HANDLE_VERB,
    MARK,
    PLATFORM,
    TALK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import LETTER_RUN, WORD_END, WORD_START
from gigcheck.text.normalized import Normalized
from gigcheck.text.trie import alternation

__all__ = [
    "GENERIC_PATHS",
    "Claimed",
    "Found",
    "after_name",
    "before_name",
    "capitalized_name",
    "compound",
    "compound_end",
    "in_next_sentence",
    "in_window",
    "labelled",
    "plain_after_verb",
]

Claimed = Callable[[int, int], bool]  # whether a view span is an email or a phone number's
Found = tuple[int, int, str]  # (start, end, identifier)

# What may follow the connectors as an identifier (on the words view, lower case).
# Repeats are bounded (a host name is at most 253 characters): glued text without spaces
# (200 KB of Chinese) would otherwise be read to its end from every platform name in it.
_IDENT = cached_regex(
    r"(?P<url>(?:https?://|www\.)\S+|[\w.\-]{1,253}\.[a-z]{2,}/\S*)"
    r"|(?P<live>live:[\w.:\-]+)"
    r"|(?P<at>(?:@[ \t]?|u/)[\w][\w.\-]{0,40})"
    r"|(?P<num>\+?\(?\d[\d\s().\-]{3,24}\d)(?![\w@])"
    r"|(?P<tok>[^\W_][\w.\-]{0,40}(?:#\d{4})?)"
)
# Identifiers no ordinary word looks like, whatever named the platform: a Discord tag
# ("vibe_check#1111"), a Google Meet code ("abc-defg-hij").
_UNIQUE = cached_regex(r"#\d{4}$|^[a-z]{3}-[a-z]{4}-[a-z]{3}$")
_STRONG = cached_regex(r"[^\W_][._][^\W_]|_|[a-z]\d|\d[a-z]|" + _UNIQUE.pattern)
# A profile path after a label ("LinkedIn: /in/daniel-okoro", "fb: /maya.portraits",
# "TikTok: /@moves.by.kim"): one short path segment may come first.
_PATH = cached_regex(r"/(?:[a-z]{1,8}/)?@?(?P<id>[^\W_][\w.\-]{1,60})")
# A page or channel name of capitalised words after a label ("Facebook: Rosa Delgado
# Songs"), ending its phrase; a hint to look it up ("(search it)") makes it certain.
_PAGE = cached_regex(r"[^\W\d_]{2,20}(?:[ \t]+[^\W\d_]{2,20}){1,4}")
_PAGE_END = cached_regex(r"[ \t]*(?:$|[(\[,;.!?|\n]|[—–-][ \t])")
_NUMERIC_UNIT = cached_regex(r"^\d+(?:[.,]\d+)?[a-z]{0,3}\+?$")
# Sizes and versions: "1080x1080", "1200x628", "v2.0", "17.0.1".
_SIZE_OR_VERSION = cached_regex(r"^(?:\d+x\d+|v?\d+(?:\.\d+)+)$")
_LABEL_PUNCT = frozenset(":=-—–→➜➔>»|：")
# An identifier right before a platform name: "@kai on instagram", "dean.malmgren (skype)".
_BEFORE = cached_regex(
    r"(?P<id>@[\w][\w.\-]{1,40}|[^\W_][\w\-]*[._][\w.\-]*[^\W_])\s{0,3}"
    r"(?:\(|\[|on|at|in|via|op|auf|en|sur|no|na|на|в|-|—|:)?\s{0,3}$"
)
# A path that can only be someone's profile, even right after the name without a label
# ("LinkedIn /in/sara-okafor", "TikTok /@moves.by.kim").
_PROFILE_PATH = cached_regex(r"/(?:in|pub|u|user|company|channel|c)/|/@")
# Paths of social sites that are no one's profile.
GENERIC_PATHS = cached_regex(
    r"^/?(?:$|(?:business|ads|help|legal|policies|privacy|terms|about|explore|watch|hashtag|"
    r"search|login|signup|share|sharer|developers?|blog|careers|learning|pulse|events|docs?|documentation|"
    r"reference|guides?|api)(?:/|$|\?))",
    re.IGNORECASE,
)
# One word of any language between the name and a colon, then "@name": "Instagram
# hesabım: @mia", "Telegram kanalım: @x".
_WORD_LABEL = cached_regex(r"\s[^\W\d_]{2,20}\s?[:：]\s{0,3}(@[\w][\w.\-]{1,40})")
# A user name made of a word and a number ("bobvo77", "mia2024"); "b2b", "mp3" and
# "web3" are not (one digit, or digits inside).
_NAME_NUMBER = cached_regex(r"[^\W\d_]{3,}\d{2,4}")


@dataclass(frozen=True, slots=True)
class _Read:
    """A platform name [start, end) in `text` and what follows it up to `pos`, where an
    identifier may start."""

    text: str
    start: int
    end: int
    form: str  # how the name was written: name | alias | short | word | verb
    pos: int
    labelled: bool  # a label word or label punctuation ("id", ":"), or the name's own last word
    punct: bool  # label punctuation (":", "=", "→")
    bare: bool  # nothing but spaces between the name and `pos`


def _word_then_label(text: str, end: int) -> Found | None:
    m = _WORD_LABEL.match(text, end)
    if m is None:
        return None
    ident = m.group(1).rstrip(".-")
    return m.start(1), m.start(1) + len(ident), ident


# A domain or a file name ("image0.png", "notes.md"), or a numbered list item glued to
# its text ("2.Setup"): dotted, but no one's user name.
def _not_user_name(cv: ChannelVocab, ident: str) -> bool:
    return cv.not_user.search(ident) is not None


_COMPOUND_PARTS = cached_regex(r"(?:-[^\W_]+){1,4}")


def compound_end(text: str, end: int) -> int:
    # every part of it: "Telegram-Bot-Befehle" is one compound, not "Telegram-Bot" then "Befehle"
    m = _COMPOUND_PARTS.match(text, end)
    return m.end() if m else end


def labelled(cv: ChannelVocab, seg: str) -> bool:
    # (a Latin label glued between particles of an unspaced script is a word of its own: "のidは")
    return any(ch in _LABEL_PUNCT for ch in seg) or any(
        w in cv.label_words or _label_ending(cv, w)
        for w in re.findall(rf"{LETTER_RUN}|[\u4e00-\u9fff]+", seg) + _LATIN_RUN.findall(seg)
    )


_LATIN_RUN = cached_regex(r"[a-z]+")


_GLUED_LABEL_MAX = 3


def _label_ending(cv: ChannelVocab, word: str) -> bool:
    """A Chinese run ends with a label word: "企鹅号" as "QQ号"."""
    return "\u4e00" <= word[-1] <= "\u9fff" and any(
        word[-k:] in cv.label_words for k in range(1, min(_GLUED_LABEL_MAX, len(word) - 1) + 1)
    )


def compound(text: str, end: int) -> bool:
    """A hyphenated compound: the name modifies the next word ("Skype-quality")."""
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def after_name(scan: RunScan, cv: ChannelVocab, start: int, end: int, form: str, claimed: Claimed) -> Found | None:
    """The identifier right after the platform name at [start, end), if any."""
    text = scan.words.text
    c = _comma_label(cv, text, end) or cv.connect.match(text, end)
    pos = c.end() if c is not None else end
    # The name's own last word may be the label: "skype id maria.v", "Zoom meeting ID 812 …".
    r = _Read(
        text, start, end, form, pos,
        labelled=labelled(cv, text[end:pos]) or labelled(cv, text[start:end].split()[-1]),
        punct=any(ch in _LABEL_PUNCT for ch in text[end:pos]),
        # (an opening quote alone is no label: "Telegram 'bot_api' integration" is still bare)
        bare=c is None or not text[end:pos].strip().strip("\"“«「『‘'").strip(),
    )
    # why ("napisz do mnie/@marta.foto"): "/@name" is the "@name" after a slash
    # that ends the phrase, not a site's path
    if text[pos - 1:pos] == "/" and text[pos:pos + 1] != "@" and (r.punct or _PROFILE_PATH.match(text, pos - 1)):
        return _path(cv, text, pos - 1, claimed)
    m = _IDENT.match(text, pos)
    if m is None:
        return None
    kind = m.lastgroup
    meeting = kind == "num" and (r.labelled or cv.passcode.match(text, m.end()) is not None)
    # why (rt16 "Ajoute-moi -> snap/ lea_capture"): a slash then a space is a label
    # mark for a name no ordinary word looks like ("Instagram / Reels" stays a list)
    slashed = text[end:pos].strip() == "/" and text[pos - 1:pos].isspace() and _STRONG.search(m.group()) is not None
    shown = scan.words.original(start, end)
    if form == "word" and not (r.punct or slashed) and not _word_form_ok(cv, r, m, meeting, shown):
        return None
    if r.bare and kind == "tok" and _UNIQUE.search(m.group()) is None:
        asked = _asked_in_clause(scan, m.start(), m.end())
        if not _bare_user_name(cv, r, m.group(), asked or _name_first(cv, text, m)):
            return _word_then_label(text, end)
        if not asked and _worked_on(scan, cv, start):
            return None  # "Custom WhatsApp order_tracking.": the work's term, no label, nothing asked
    return _identifier(scan, cv, r, m, meeting, claimed)


_COMMA = cached_regex(r"[ \t]{0,2},")


def _comma_label(cv: ChannelVocab, text: str, end: int) -> re.Match[str] | None:
    """A comma, then a label word and a colon ("on Telegram, channel name: overlaysbyrosa"):
    the connectors after the comma (a comma alone lists: "Skype, WhatsApp"). why (rt48)."""
    comma = _COMMA.match(text, end)
    if comma is None:
        return None
    c = cv.connect.match(text, comma.end())
    seg = text[comma.end():c.end()] if c is not None else ""
    if c is None or not any(ch in ":：" for ch in seg):
        return None
    words = re.findall(LETTER_RUN, seg)
    return c if words and words[-1] in cv.label_words else None


def _worked_on(scan: RunScan, cv: ChannelVocab, start: int) -> bool:
    """A work word right before the platform name at `start` ("Custom WhatsApp", "Build Telegram"),
    not the seller's ("my WhatsApp"): the platform is what the work is about, so a bare joined word
    after it is the work's term ("order_tracking"). why (the brief's false alarm)."""
    if cv.possessive_before.search(scan.words.text, max(0, start - 8), start) is not None:
        return False
    return any(
        CUE_BEFORE in kinds(m) and m.end <= start and words_between(scan.text, m.end, start) == 0
        for m in scan.context(cv, max(0, start - 40), start)
    )




def _word_form_ok(cv: ChannelVocab, r: _Read, m: re.Match[str], meeting: bool, shown: str) -> bool:
    """"wanna meet @bob", "standing in line": an ordinary word needs a label ("X: @bob"),
    to be the seller's ("my snap is miasnaps22"), or an identifier no other word has (a
    Discord tag, a meeting number). `shown`: the word as written."""
    unique = m.lastgroup == "tok" and _UNIQUE.search(m.group()) is not None
    # The name written as a name, an account's "@name" right after it ("Signal @ryo.42",
    # "Line @mia_draws"): a shape that "meet @bob_smith" and "great signal @x" lack.
    shaped = (
        m.lastgroup == "at" and r.bare and shown[:1].isupper() and _STRONG.search(m.group().rstrip(".-")) is not None
    )
    # A Latin name glued to a particle of an unspaced script ("LINEのIDは x", "LINE의 아이디"):
    # a proper name inside a sentence of another language, not the English word. why (rt43
    # handle-verb "ラインのIDは rina_illust")
    glued = r.labelled and _GLUED_SCRIPT.match(r.text, r.end) is not None
    return unique or meeting or shaped or glued or bool(
        r.labelled and cv.possessive_before.search(r.text, max(0, r.start - 8), r.start)
    )


_GLUED_SCRIPT = cached_regex(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _bare_user_name(cv: ChannelVocab, r: _Read, word: str, asked: bool = False) -> bool:
    """"LinkedIn b2b lead generation": after a bare name, only "@name", "name#1234" or
    (after a full name) a user name with dots or underscores ("skype felipe.audio") or a
    name with a number tacked on ("skype bobvo77"). A work subject in it ("Telegram
    bot_api integration", "WhatsApp chat_widget setup") makes it the work, unless a
    contact verb in its clause asks to write there and the subject only ends it
    ("카톡 jiwoo_design 으로 연락 주세요")."""
    tok = word.rstrip(".-")
    parts = re.split(r"[._]", tok)
    subject = [p in cv.subject_words for p in parts]
    return (
        r.form in ("name", "alias")
        and bool(re.search(r"[^\W_][._][^\W_]", tok) or _NAME_NUMBER.fullmatch(tok))
        and not (any(subject) and not (asked and not subject[0]))
    )


def _name_first(cv: ChannelVocab, text: str, m: re.Match[str]) -> bool:
    """"WeChat wanglei_design", "Telegram nika_design.": a joined name whose first part is
    no ordinary word (a person's name) and which ends its phrase is an account, though a
    work word ends it; "WhatsApp order_tracking.", "Telegram bot_api integration" open with
    an ordinary word or go on as a phrase.."""
    tok = m.group().rstrip(".-")
    first = re.split(r"[._]", tok, maxsplit=1)[0]
    return _ends_phrase(text, m.start() + len(tok)) and plain_handle(cv, first, lambda x, y: False, 0, 0)


# What stands between a clause and the next (detectors/run_scan.py's clause ends).
_CLAUSE_MARKS = " \t,，、()[]—–-"


def _asked_in_clause(scan: RunScan, a: int, b: int | None = None) -> bool:
    """A contact verb anywhere in the clause around `a`; or, when the word at `[a, b)`
    ends its clause, in the clause right after it ("Telegram jiwoo_design (DM me)",
    "Telegram jiwoo_design — message me there"): what follows tells a user name from a
    work subject.."""
    c0, c1 = scan.clause(a)
    if any(kinds(t) & _ASKING for t in scan.triggers_in(c0, c1)):
        return True
    if b is None or c1 >= len(scan.text) or scan.text[b:c1].strip(_CLAUSE_MARKS):
        return False
    n0, n1 = scan.clause(c1)
    return any(kinds(t) & _ASKING for t in scan.triggers_in(n0, n1))


def _identifier(
    scan: RunScan, cv: ChannelVocab, r: _Read, m: re.Match[str], meeting: bool, claimed: Claimed
) -> Found | None:
    """The identifier `m` read after a name, if it is one."""
    kind = m.lastgroup
    a, b = m.span()
    ident = m.group()
    if kind == "url" and not ident.startswith(("http", "www.")):
        # why ("hit me up/ig:kai.builds/or tg same"): a dotted name whose last part is
        # no host ending, then "/": a user name in a slash-separated list, not a link
        host = ident.split("/", 1)[0]
        if host.rsplit(".", 1)[-1] not in cv.name_endings and _STRONG.search(host):
            kind, ident, b = "tok", host, a + len(host)
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
        return _at_name(r, a, b, ident)
    if kind == "live":
        return a, b, ident
    return _word(scan, cv, r, a, b, ident)


def _at_name(r: _Read, a: int, b: int, ident: str) -> Found | None:
    name = ident.lstrip("@ \t")
    if len(name) < 2 or _NUMERIC_UNIT.match(name):
        return None  # "@3pm", "@2x"
    if b < len(r.text) and r.text[b] == "@":
        return None  # "@name@host": an address
    if name != ident[1:] and not (r.punct or _STRONG.search(name)):
        return None  # "skype @ home": "@" read as "at"
    return a, b, "@" + name


def _spelled_out(scan: RunScan, a: int, b: int) -> bool:
    """The view's word at [a, b) was written with a mark between all its characters."""
    return b - a >= 4 and len(scan.words.original(a, b)) >= 2 * (b - a) - 1


def _word(scan: RunScan, cv: ChannelVocab, r: _Read, a: int, b: int, ident: str) -> Found | None:
    """A word as an identifier: shaped like a user name, or a plain word behind a label."""
    text = r.text
    if ident in cv.platform_words or _not_user_name(cv, ident):
        return None  # "Skype, WhatsApp", "skype: skype", "via Discord: image0.png"
    if b < len(text) and text[b] == "@":
        return None  # the local part of an email address
    if _NUMERIC_UNIT.match(ident) or _SIZE_OR_VERSION.match(ident):
        return None  # "10k", "1.5m": counts, not names; "1080x1080", "v2.0"
    if _STRONG.search(ident) or _spelled_out(scan, a, b):
        # user names often hold work words ("logo.by.omar", "seo_master"); a word spelled
        # out letter by letter ("a.r.t.b.y.d.e.w.i") hides itself: no ordinary word
        return a, b, ident
    seg = text[r.end:a]
    if (
        r.form in ("name", "alias")
        and not r.punct
        and seg.split()[-1:] and seg.split()[-1] in _id_words(cv)
        and _ends_phrase(text, b)
        and plain_handle(cv, ident, lambda x, y: False, a, b)
    ):
        return a, b, ident  # "Telegram username lunaframes"
    if r.form == "word" and r.punct and _asked_to_write(scan, a) and _marked_before(scan, cv, r.start):
        # a platform's ordinary-word name that a contact verb made a channel, then a page name after
        # a colon: "I-chat mo lang ako sa Messenger: Jessa Santos Designs" (why: rt48 handle-verb)
        return _page_name(scan, cv, a, r.form)
    if r.form in ("word", "verb") or not r.labelled or (r.form == "short" and not r.punct):
        return None  # "IG: cutbycarla" yes; "snap photos", "tg bots" no
    if not r.punct and not cv.possessive_before.search(text, max(0, r.start - 8), r.start):
        return None  # "Instagram is needed": a plain word after "is" only in "my skype is joecool"
    last = re.findall(rf"{LETTER_RUN}|[^\w\s]", seg)
    if last and last[-1] not in cv.label_words and last[-1] not in _LABEL_PUNCT:
        return None  # "LinkedIn: profile rewrite": the word before it is no label
    if r.punct:
        page = _page_name(scan, cv, a, r.form)
        if page is not None:
            return page
    if len(ident) < 3 or ident in cv.not_identifiers or ident in cv.subject_words:
        return None
    rest = text[b:b + 2]
    if rest and not re.match(r"\s*(?:$|[^\w\s])", text[b:b + 3]):
        return None  # a phrase goes on: "Skype: bob or email" is prose
    if _list_head(cv, text, b):
        return None
    return a, b, ident


# The words and marks of a list's next items, up to the end of its clause.
_ITEM_TOKEN = cached_regex(rf"{LETTER_RUN}|[^\w\s]")
_ITEM_WINDOW = 60
_ITEM_WORDS = 4


def _list_head(cv: ChannelVocab, text: str, b: int) -> bool:
    """The word ending at `b` heads a list of plain words ("Instagram: guion, edición y
    subtítulos", "IG:⏎reels, posts and stories"): a comma, then within a few words
    another comma or a joining word ("and", "y", "и"), no channel named among them. A
    user name is followed by another channel ("Skype: bob, WhatsApp or email") or by
    nothing of the kind."""
    tail = text[b:b + _ITEM_WINDOW].lstrip(" \t")
    if not tail.startswith(","):
        return False
    for words, tok in enumerate(_ITEM_TOKEN.findall(tail[1:])):
        if tok in cv.platform_words:
            return False
        if words and (tok in (",", "&") or tok in cv.list_conjunctions):
            return True
        if not tok.isalpha() or words == _ITEM_WORDS:
            return False
    return False


def _path(cv: ChannelVocab, text: str, at: int, claimed: Claimed) -> Found | None:
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
        or GENERIC_PATHS.match(ident)
        or claimed(a, b)
        or _COMMAND_LIST.match(text, b)
    ):
        return None
    return at, b, ident


# why (rt11 handle-verb: "Telegram-Bot-Befehle: /start, /help, /preise"): another "/word"
# listed right after a one-word path makes them a bot's or an app's commands, no profile.
_COMMAND_LIST = cached_regex(r"[ \t]*(?:[,;|]|\s(?:and|und|y|e|et|и|ve|dan|i|en))[ \t]*/[^\W\d_]")


def _page_name(scan: RunScan, cv: ChannelVocab, a: int, form: str) -> Found | None:
    """A page or display name right at `a`, after a label ("Facebook: Rosa Delgado Songs
    (search it)"). A short form needs a hint to look it up."""
    text = scan.words.text
    b = capitalized_name(scan.words, cv, a)
    if b is None:
        return None
    if cv.look_up.match(text, b) is None and not _asked_to_write(scan, a) and (
        _PAGE_END.match(text, b) is None or form not in ("name", "alias")
    ):
        # why (rt11 handle-verb "Message niyo lang ako sa FB: Joshua Dela Peña Edits para sa
        # rush"): asked to write, the name ends where the capitals do, the sentence goes on.
        return None
    return a, b, text[a:b]


def _asked_to_write(scan: RunScan, a: int) -> bool:
    """A contact verb earlier in the sentence makes a short name a channel: "pm mo ako
    sa fb: Jessa Dizon Art", "message me on IG: Luna Frames Studio"."""
    s0, _ = scan.sentence(a)
    return any(kinds(t) & _ASKING and t.end <= a for t in scan.triggers_in(s0, a))


_ASKING = frozenset({CONTACT, CHANNEL_VERB, HANDLE_VERB, TALK})


def _marked_before(scan: RunScan, cv: ChannelVocab, start: int) -> bool:
    """A tying word ("on", "sa", "по") right before the platform name at `start`: the
    place the contact verb sends the buyer, not a word of the sentence ("about the face")."""
    return any(
        MARK in kinds(m) and m.end <= start and words_between(scan.text, m.end, start) == 0
        for m in scan.context(cv, max(0, start - 12), start)
    )


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
    # A trade word may close a name ("Joshua Dela Peña Edits", "Rosa Delgado Songs"); before
    # the last word, one makes it title-case work ("Ads Manager Setup").
    if len(words) < 2 or any(w in cv.platform_words for w in words) or any(w in cv.subject_words for w in words[:-1]):
        return None
    if sum(w not in cv.not_identifiers for w in words) < 2:
        return None
    return b


def in_next_sentence(scan: RunScan, cv: ChannelVocab, end: int, claimed: Claimed) -> Found | None:
    """"I added you on Skype. My ID is dean.malmgren": a label that opens the next sentence."""
    _, s1 = scan.sentence(end)
    text = scan.words.text
    m = cv.next_label.match(text, s1) or _particle_label(cv).match(text, s1)
    if m is None and s1 < len(text):
        # a short answer may stand between: "WhatsApp? Sure. ID: lunaframes"
        _, s2 = scan.sentence(min(len(text) - 1, s1 + 1))
        if words_between(text, s1, s2) <= 2 and s2 - end <= 40:
            m = cv.next_label.match(text, s2) or _particle_label(cv).match(text, s2)
    if m is None or s1 - end > 40:
        return None
    i = _IDENT.match(text, m.end())
    if i is None or i.lastgroup not in ("at", "tok"):
        return None
    ident = i.group().rstrip(".-")
    a, b = i.start(), i.start() + len(ident)
    if claimed(a, b) or ident in cv.not_identifiers or _NUMERIC_UNIT.match(ident):
        return None
    if i.lastgroup == "tok" and not _STRONG.search(ident) and not plain_handle(cv, ident, claimed, a, b):
        return None  # "ID: required for KYC bots"
    return a, b, ident


@lru_cache(maxsize=8)
def _particle_label(cv: ChannelVocab) -> re.Pattern[str]:
    """A user name's label that carries its own particle, opening a sentence after "!"
    or "。" ("インスタやってます！ユーザー名は lunaframes", "用户名是 luna_88")."""
    words = [fold(w).text for w in cv.channels.get("id_words", ()) if w and ord(w[-1]) > 0x2FFF]
    return cached_regex(r"\s*(?:" + (alternation(words) or "(?!)") + r")[ \t]*[:：]?[ \t]*")


def before_name(cv: ChannelVocab, scan: RunScan, start: int, claimed: Claimed) -> Found | None:
    """An identifier right before the platform name at `start` of the words view: "@kai
    on instagram"."""
    text = scan.words.text
    start = _past_article(cv, text, start)
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
    if _not_user_name(cv, ident) or _field_key(scan, a, m.group()):
        return None
    return a, b, ident


# The word right before a platform name ("on the camera app").
_LAST_WORD = cached_regex(r"(?<![\w'])([^\W\d_]{1,6})[ \t]{1,3}$")


def _past_article(cv: ChannelVocab, text: str, start: int) -> int:
    """Where the platform name at `start` begins with its article in front ("the camera
    app", "el insta"): a name before it is read past the article. why (rt53 handle-verb "ping
    kovacs_edits on the camera app")."""
    m = _LAST_WORD.search(text, max(0, start - 10), start)
    return m.start() if m is not None and m.group(1) in cv.articles else start


# A name in quotes after a word of direction, right before a platform name ("to 'wrenfolk' on").
_QUOTED_BEFORE = cached_regex(
    r"(?<![\w'])(?:to|at|an|à|a|para|per|до)[ \t]{1,3}['\"‘“«](?P<id>[^\W_][\w.\-]{2,30})['\"’”»][ \t]{1,3}"
    r"(?:on|at|in|via|op|auf|en|sur|no|na|на|в)[ \t]{1,3}$"
)


def quoted_before(cv: ChannelVocab, scan: RunScan, start: int, claimed: Claimed) -> Found | None:
    """A name in quotes sent to ("to", "an", "para") right before the platform name at `start`:
    "Shoot a carrier pigeon to 'wrenfolk' on snap". A quoted word alone may be a client's brand
    ("I grew 'Bloom' on Instagram"), so the caller also wants a verb of reaching in the sentence.
    why (rt44 handle-verb)."""
    text = scan.words.text
    start = _past_article(cv, text, start)
    m = _QUOTED_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    a, b = m.span("id")
    ident = m.group("id")
    if claimed(a, b) or _not_user_name(cv, ident) or ident in cv.platform_words:
        return None
    return a, b, ident


# A field's key opening its line: words of letters joined by "_" ("made_for", "target_platform").
_KEY_SHAPED = cached_regex(r"[^\W\d_]+(?:_[^\W\d_]+)+")
_LINE_OPEN = cached_regex(r"(?:^|\n)[ \t]*(?:[-*•>][ \t]*)?$")


def _field_key(scan: RunScan, a: int, before: str) -> bool:
    """The name read before a platform is a field's key with the platform as its value:
    "made_for: instagram" on a line of its own, as front matter written in the body. why
    (the brief's false alarm). The line's opening is read in the run's text, not
    the words view, which joins a paragraph's lines with spaces ("title: Logo
    design\nmade_for: instagram": a key under another key line); a run that joins a
    label with its list items stands one space for each "\n- "."""
    if not before.rstrip().endswith(":") or _KEY_SHAPED.fullmatch(before.rstrip()[:-1].rstrip()) is None:
        return False
    run, sa = scan.run, scan.words.span(a, a + 1)[0]
    if _LINE_OPEN.search(run.text, max(0, sa - 8), sa) is not None:
        return True
    # A joining space: one character of text standing for a line break and a bullet.
    lo, hi = run.src_span(sa - 1, sa) if sa > 0 else (0, 0)
    return sa > 0 and run.text[sa - 1].isspace() and hi - lo > 1


# ------------------------------------------------------- an identifier a few words on

# How far past a platform name an identifier introduced by an identity word or a label
# is read ("Viber me, I'm paolo.renders", "su Telegram, mi trovi come @giulia_logo",
# "Snapchat (handle: ruby.reels)"): a bounded window that ends with its sentence (a
# comma or a dash does not end it: "Napisz na insta – jestem tam jako ola.rysuje").
_WINDOW = 56
_WINDOW_WORDS = 7
_WINDOW_STOP = cached_regex(r"[!?\n。！？|]|\.(?=\s|$)")
# Label punctuation that may introduce an identifier inside the window ("→", ":", "(").
_INTRO_PUNCT = r"[:=→➜➔>»：(\[]"
_AT_NAME = cached_regex(r"(?<![\w.@/])@[^\W_][\w.\-]{1,40}")
# An identifier shaped like a user name, not a word: dots or underscores between letters
# or digits ("paolo.renders", "mei_voiceover"), or a word with a number ("lumen_4821",
# "ollie22"); "e.g", "mp3", "b2b", "web3" are not.
_DOTTED = cached_regex(r"[^\W_]{2,}[._][^\W_]|[^\W_][._][^\W_]{2,}|_")
_CAMEL = cached_regex(r"[a-z]{2}[A-Z][a-z]")


@lru_cache(maxsize=8)
def _intros(cv: ChannelVocab) -> re.Pattern[str]:
    """What introduces an identifier after a channel: `handle_intros` ("I'm", "soy",
    "ich bin", "jako", "ako si", "id", "handle") or label punctuation, then a label mark."""
    words = alternation((fold(w).text for w in cv.channels.get("handle_intros", ())), space=r"\s+") or "(?!)"
    return cached_regex(
        r"(?:" + WORD_START + r"(?P<w>" + words + r")" + WORD_END + r"|(?P<p>" + _INTRO_PUNCT + r"))"
        r"[ \t]*(?:[:=→➜➔>»：\-—–][ \t]*)?"
    )


@lru_cache(maxsize=8)
def _id_words(cv: ChannelVocab) -> frozenset[str]:
    """What a platform's user name is called (`id_words`: "username", "handle", "id")."""
    return frozenset(fold(w).text for w in cv.channels.get("id_words", ()))


@lru_cache(maxsize=8)
def _not_handles(cv: ChannelVocab) -> frozenset[str]:
    return frozenset(fold(w).text for w in cv.channels.get("not_handles_after_at", ()))


def shaped(scan: RunScan, cv: ChannelVocab, a: int, b: int, ident: str, claimed: Claimed) -> bool:
    """Whether `ident` at words-view [a, b) is shaped like a user name and no other thing
    (an email address, a phone number, a file name, a count, a platform's name)."""
    text = scan.words.text
    name = ident.lstrip("@")
    if len(name) < 3 or _NUMERIC_UNIT.match(name) or name in cv.platform_words or name in cv.not_identifiers:
        return False
    at_ending = ident.startswith("@") and name.rsplit(".", 1)[-1] in cv.at_name_endings
    if text[b:b + 1] == "@" or (_not_user_name(cv, name) and not at_ending) or claimed(a, b):
        return False  # "name@host", "notes.md", an email or a phone number
    if ident.startswith("@"):
        return True
    if sum(ch.isalpha() for ch in name) < 3:
        return False  # "v2.0", "e.g", "a_1": versions and abbreviations
    return bool(
        _DOTTED.search(name)
        or _NAME_NUMBER.fullmatch(name)
        or _UNIQUE.search(name)
        or _CAMEL.search(scan.words.original(a, b))
    )


_AS_CLAUSE_BREAK = cached_regex(r"[,;，、()]")


def in_window(scan: RunScan, cv: ChannelVocab, end: int, sure: bool, claimed: Claimed) -> Found | None:
    """An identifier introduced a few words after the platform name ending at `end`:
    after an identity word ("I'm", "soy", "ik ben", "ako si", "id hai") or label
    punctuation ("IG DMs → @x", "Skype after ordering: mira.voice_88"), or an "@name".
    Only identifiers shaped like user names count. When the name alone is not `sure`
    to be a channel (an abbreviation or an ordinary word without a contact verb or "my"
    around it: "LINE", "X"), only an identity word introduces one."""
    text = scan.words.text
    limit = min(len(text), end + _WINDOW)
    stop = _WINDOW_STOP.search(text, end, limit)
    if stop is not None:
        limit = stop.start()
    # Another platform named on the way owns what follows it ("Instagram/TikTok: @mia").
    limit = min([limit, *(t.start for t in scan.triggers_in(end, limit) if PLATFORM in kinds(t))])
    for m in _intros(cv).finditer(text, end, limit):
        if words_between(text, end, m.start()) > _WINDOW_WORDS or _work_between(cv, text, end, m.start()):
            break
        if not sure and m.group("w") is None:
            continue
        i = _IDENT.match(text, m.end(), limit)
        if i is None or i.lastgroup not in ("at", "tok"):
            continue
        raw = i.group().rstrip(".-")
        a, b = i.start(), i.start() + len(raw)
        ident = re.sub(r"^@[ \t]", "@", raw)
        if shaped(scan, cv, a, b, ident, claimed) or _named(cv, text, m, a, b, ident, claimed):
            return a, b, ident
        if (
            sure
            and _identity_word(cv, m.group("w"), "identity_as")
            # "(Zoom o Meet, como prefieras)": after a comma "as" starts a clause of its
            # own ("as you like"), no name the account goes by. why (rt32 session)
            and _AS_CLAUSE_BREAK.search(text, end, m.start()) is None
            and _ends_phrase(text, b)
            and plain_handle(cv, ident, claimed, a, b)
        ):
            return a, b, ident  # "find me on insta as lunaframes", "Telegram'da lunaframes olarak"
    if sure:
        at = _AT_NAME.search(text, end, limit)
        if at is not None and words_between(text, end, at.start()) <= _WINDOW_WORDS and not _work_between(
            cv, text, end, at.start()
        ):
            ident = at.group().rstrip(".-")
            a, b = at.start(), at.start() + len(ident)
            if shaped(scan, cv, a, b, ident, claimed):
                return a, b, ident
    return None


@lru_cache(maxsize=32)
def _identity_intros(cv: ChannelVocab, key: str) -> frozenset[str]:
    """Words that say who the seller is there: `identity_intros` ("I'm", "soy", "je
    suis"), before a user name and "on <platform>"; `identity_as` ("as", "como", "jako")
    and those, after the platform, before a user name ending its phrase."""
    keys = ("identity_intros", key)
    return frozenset(fold(w).text for k in keys for w in cv.channels.get(k, ()))


@lru_cache(maxsize=8)
def _plain_stops(cv: ChannelVocab) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words said after "I'm ... on <platform>" or "as ..." that are states, not names
    ("I'm active on Instagram", "as well"), and word endings of such words ("posting",
    "requested", "mostly")."""
    words = frozenset(fold(w).text for w in cv.channels.get("not_handles_after_intro", ()))
    ends = tuple(fold(w).text for w in cv.channels.get("not_handle_endings", ()))
    return words, ends


def _identity_word(cv: ChannelVocab, word: str | None, key: str = "identity_intros") -> bool:
    return word is not None and re.sub(r"\s+", " ", word) in _identity_intros(cv, key)


@lru_cache(maxsize=16)
def _address_verbs(cv: ChannelVocab, key: str = "address_verbs") -> frozenset[str]:
    return frozenset(fold(w).text for w in cv.channels.get(key, ()))


def _addressed(cv: ChannelVocab, intro: str) -> bool:
    """`intro` (one or two words) is, or ends with, a verb whose object is an account
    ("DM", "ping", "escribe a", "напиши")."""
    words = re.sub(r"\s+", " ", intro)
    verbs = _address_verbs(cv)
    return words in verbs or words.split()[-1] in verbs


def _ends_phrase(text: str, b: int) -> bool:
    return re.match(r"[ \t]*(?:$|[^\w\s@])", text[b:b + 3]) is not None


def plain_handle(cv: ChannelVocab, ident: str, claimed: Claimed, a: int, b: int) -> bool:
    """A plain word read as a user name after an identity word: no ordinary word of
    the pack's lists (stop words, work subjects, platforms, states such as "active" or
    "well"), nor shaped like one ("posting", "requested")."""
    stops, ends = _plain_stops(cv)
    if len(ident) < 4 or not shaped_plain(cv, ident) or ident in cv.subject_words or ident in stops:
        return False
    if _NUMERIC_UNIT.match(ident) or claimed(a, b) or _not_user_name(cv, ident):
        return False
    return not (len(ident) > 5 and ident.endswith(ends))


# An identity word, maybe an article, one word, then a mark right before a platform
# name: "I'm lunaframes on insta", "Je suis lunaframes sur Insta", "Sou a lunaframes no insta".
_INTRO_BEFORE = cached_regex(
    rf"{WORD_START}(?P<w>{LETTER_RUN}(?:['’]{LETTER_RUN})?(?:[ \t]+{LETTER_RUN})?)(?P<sep>[ \t]*[:：=][ \t]*|[ \t]+)"
    # why (the brief's "Message 'wrenfolk' on snap"): the name may stand in quotes
    r"(?:(?P<art>[^\W\d_]{1,3})[ \t]+)?(?P<q>['\"‘“«]?)(?P<id>@?[^\W_][\w.\-]{1,40}?)(?P<cq>['\"’”»]?)[ \t]+"
    r"(?:on|in|op|auf|bei|en|sur|no|na|su|di|sa|на|в)[ \t]+$"
)


_NEXT_WORD = cached_regex(rf"[ \t]+({LETTER_RUN})")


def intro_before(cv: ChannelVocab, text: str, start: int, claimed: Claimed, form: str = "name") -> Found | None:
    """A user name between an identity word and the platform name at `start`: "I'm
    lunaframes on insta", "soy vale.ilustra en Instagram", "ich bin lunaframes auf Insta";
    or after a verb that addresses an account, before any form of the name ("DM
    sketchbykemal on IG", "escribe a lunaframes en IG")."""
    m = _INTRO_BEFORE.search(text, max(0, start - 70), start)
    if m is None:
        return None
    intro = m.group("w")
    if m.group("sep").strip():
        # A label before it ("Contact : jeanborel91 sur Skype"): an account-shaped name.
        return _labelled_before(cv, text, m, start, claimed) if form in ("name", "alias") else None
    if _addressed(cv, intro):
        if m.group("id") in _address_verbs(cv, "addressed_people"):
            return None  # "message clients on Instagram": the work
        # else the object of "DM", "ping", "escribe a": an account
    elif form not in ("name", "alias"):
        return None
    elif not _identity_word(cv, intro):
        # the identity word may be the second of the two words read ("yes, I'm ...")
        words = intro.split()
        ok = _identity_word(cv, words[-1]) or (  # "Sou a lunaframes": the article read as a word
            len(words) == 2 and words[1] in cv.articles and _identity_word(cv, words[0])
        )
        if not ok:
            return None
    art = m.group("art")
    if art is not None and art not in cv.articles:
        return None
    a, b = m.span("id")
    ident = m.group("id")
    if ident.startswith("@"):
        return (a, b, ident) if len(ident) > 3 and not claimed(a, b) else None
    after = start + len(text[start:].split(None, 1)[0])
    nxt = _NEXT_WORD.match(text, after)
    if nxt is not None and nxt.group(1) in _plain_stops(cv)[0]:
        after = nxt.end()  # "I'm lunaframes on Telegram too"
    addressed = _addressed(cv, intro) and nxt is not None and nxt.group(1) in cv.purpose_words
    if _quoted(m) and _addressed(cv, intro):
        addressed = True  # "Message 'wrenfolk' on snap for faster replies": quotes mark the name
    if not _ends_phrase(text, after) and not addressed:  # "DM x on IG for a quote" goes on
        return None  # "Je suis graphiste sur Instagram depuis 2019": a sentence about the work
    return (a, b, ident) if plain_handle(cv, ident, claimed, a, b) else None


def _quoted(m: re.Match[str]) -> bool:
    """Whether the name read before the platform stands in a pair of quotes."""
    return bool(m.group("q")) and bool(m.group("cq"))


def _labelled_before(cv: ChannelVocab, text: str, m: re.Match[str], start: int, claimed: Claimed) -> Found | None:
    """"Contact: jeanborel91 on Skype": after a label, a name shaped like an account
    (letters first, then a digit, a dot or an underscore) right before the platform,
    which ends the phrase ("Reach: 10k on Instagram" is a count)."""
    a, b = m.span("id")
    ident = m.group("id").rstrip(".-")
    if m.group("art") is not None or len(ident) < 4 or not ident.lstrip("@")[:1].isalpha():
        return None
    if _STRONG.search(ident) is None or not _ends_phrase(text, start + len(text[start:].split(None, 1)[0])):
        return None
    if ident.startswith("@"):
        return None if claimed(a, b) else (a, a + len(ident), ident)
    return (a, a + len(ident), ident) if plain_handle(cv, ident, claimed, a, a + len(ident)) else None


def _named(cv: ChannelVocab, text: str, m: re.Match[str], a: int, b: int, ident: str, claimed: Claimed) -> bool:
    """A plain word behind a name label and punctuation, ending its phrase: "Discord,
    username: lunaframes", "Snapchat (handle: rubyreels)"."""
    label = m.group("w")
    if label is None or label not in _id_words(cv) or not any(ch in _LABEL_PUNCT for ch in text[m.start():a]):
        return False
    if len(ident) < 3 or ident in cv.not_identifiers or ident in cv.subject_words or ident in cv.platform_words:
        return False
    if _NUMERIC_UNIT.match(ident) or claimed(a, b) or text[b:b + 1] == "@":
        return False
    return re.match(r"[ \t]*(?:$|[^\w\s])", text[b:b + 3]) is not None  # "username: bob or email" is prose


def _work_between(cv: ChannelVocab, text: str, end: int, at: int) -> bool:
    """A work word among the first two between the name and what follows: "Instagram
    reels: ...", "LINE stickers (set_01)" are the work."""
    return any(w in cv.subject_words for w in re.findall(rf"{LETTER_RUN}", text[end:at])[:2])


# A plain word after a platform used as a verb and "at": "Kik me at lunaframes".
_AT_WORD = cached_regex(r"[ \t]+at[ \t]+(?P<id>[^\W\d_]{4,30})(?![\w@.])")


def plain_after_verb(scan: RunScan, cv: ChannelVocab, end: int, claimed: Claimed) -> Found | None:
    """"Kik me at lunaframes": after a platform used as a verb, "at" and a word that is
    not one of the times and places said that way ("Kik me at noon", "at home")."""
    text = scan.words.text
    m = _AT_WORD.match(text, end)
    if m is None:
        return None
    ident = m.group("id")
    a, b = m.span("id")
    if ident in _not_handles(cv) or ident in cv.subject_words or not shaped_plain(cv, ident) or claimed(a, b):
        return None
    return a, b, ident


def shaped_plain(cv: ChannelVocab, ident: str) -> bool:
    return ident not in cv.not_identifiers and ident not in cv.platform_words and ident not in cv.articles
