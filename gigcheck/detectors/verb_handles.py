"""An "@name" a few words from a messaging verb, in either order: "contactez-moi ->
@amelie_traduit", "DM 주세요 → @hana.illust.kr", "msg karo bhai @rohit_edits", "i-message mo
lang ako sa @jomar.edits", "@lukas.wendt.grafik, folg mir gern".

Languages put pronouns, particles, politeness words and arrows between the verb and its
object ("-moi", "주세요", "karo bhai", "mo lang ako sa"); listing every such phrase would never
end, so the reader allows a few short words of any language instead. To stay off code and
templates, the name must be shaped like a user name (a dot, an underscore, letters mixed
with digits: "@media", "@Override" are not) and must not go on as a path ("@angular/core").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from gigcheck.detectors.handle_ids import Claimed, Found
from gigcheck.regex_cache import cached_regex

# Up to four short words or arrows/dashes, on one line, no sentence end, then "@". Each
# step starts with a space or a punctuation mark, so the steps cannot split one word
# two ways, except glued CJK ones ("私信我"), bounded by the four steps (linear).
_GAP_AFTER = cached_regex(
    r"(?:[ \t]{1,3}[^\W\d_]{1,10}|[ \t]{0,3}[^\w\s.,;!?@#$'\"’()\[\]{}]{1,3}[^\W\d_]{0,10}"
    r"|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,6}){0,4}"
    # why (rt14 handle-verb "Schreib mir;@lena_x", "hit me up/ig:..."): loose punctuation
    # ends the verb's phrase as a colon does
    # and so does a comma glued to the name (rt19 "escríbeme,@sofi.murales.mx,allí")
    # and a straight quote opening the name (the brief's 'Follow me: "@mira.designs"':
    # curly quotes and guillemets were already steps of their own)
    r"[ \t]{0,3}[:：;；/|,，、]?[ \t]{0,3}[\"'‘]?(?<![\w.])(?=@)"
)
# A name: "@" then a user name with a dot, an underscore or letters mixed with digits.
_AT = cached_regex(r"@(?P<id>[^\W_][\w.]{1,40})")
USER_SHAPED = cached_regex(r"[^\W_][._][^\W_]|_|[^\W\d_]\d|\d[^\W\d_]")
# Before a verb: the name, then at most a comma or dash and one short word ("@x, folg
# mir", "@x — schreib mir", "@x pe msg karo").
_GAP_BEFORE = cached_regex(
    r"@(?P<id>[^\W_][\w.]{1,40})[ \t]{0,3}[,—–\-:]?(?:[ \t]{1,3}[^\W\d_]{1,6})?[ \t]{1,3}\Z"
)
_BEFORE_REACH = 60


# why (rt16 "ping me:kestrel_dev(discord)"): a channel's word in brackets glued
# after a name says where it is; a call's arguments are not one short word of letters.
_BRACKET_WORD = cached_regex(r"\([ \t]?[^\W\d_]{2,12}[ \t]?\)")


def _glued_on(text: str, b: int, channel_word: Callable[[str], bool]) -> bool:
    """A path, a call or an address goes on right after the name at `b`."""
    if text[b:b + 1] == "(":
        m = _BRACKET_WORD.match(text, b)
        return m is None or not channel_word(m.group()[1:-1].strip())
    return text[b:b + 1] in ("/", "@")


# why (rt32 subject "DM your handle to @growwithnina first", the brief's "DM your handle
# to @lunabeats"): after a messaging verb, a long run of letters alone is a joined user name
# too; short ones ("@home", "@media") are words or code, and the caller drops the code's
# at-names (`not_at_names`: "@keyframes", "@override", "@everyone").
_JOINED_NAME = cached_regex(r"[^\W\d_]{6,30}")


def _user_shaped(ident: str, text: str, b: int, joined: bool = False) -> bool:
    name = ident.lstrip("@")
    if text[b:b + 1] in ("/", "(", "@"):
        return False  # a package path, a call, an address
    if USER_SHAPED.search(name) is None:
        return joined and _JOINED_NAME.fullmatch(name) is not None
    return not re.fullmatch(r"\d+(?:[.,]\d+)?[^\W\d_]{0,3}", name)  # "@2x", "@3pm"


def at_name_after_verb(text: str, end: int, claimed: Claimed) -> Found | None:
    """The user-shaped "@name" a few short words after a verb ending at `end`."""
    gap = _GAP_AFTER.match(text, end)
    if gap is None:
        return None
    m = _AT.match(text, gap.end())
    if m is None:
        return None
    ident = m.group().rstrip(".")
    a, b = m.start(), m.start() + len(ident)
    if claimed(a, b) or not _user_shaped(ident, text, b, joined=True):
        return None
    return a, b, ident


def at_name_before_verb(text: str, start: int, claimed: Claimed) -> Found | None:
    """The user-shaped "@name" right before a verb starting at `start` ("@x, folg mir")."""
    lo = max(0, start - _BEFORE_REACH)
    at = text.rfind("@", lo, start)
    if at < 0 or (at and (text[at - 1].isalnum() or text[at - 1] in "._")):
        return None
    m = _GAP_BEFORE.match(text[:start], at)
    if m is None:
        return None
    ident = ("@" + m.group("id")).rstrip(".")
    a, b = at, at + len(ident)
    if claimed(a, b) or not _user_shaped(ident, text, b):
        return None
    return a, b, ident


# why (rt14 handle-verb "Aggiungimi:matteo.lanza.3d"): a label mark right after the verb
# ("add me: x", "schreib mir → x", "DM me / x"), then a bare user name ending its phrase.
# why (rt43 handle-verb "Agrégame al wasa 👉 lucia.disenos"): a pointing emoji is an arrow too
_POINTING = "👉👇➡⬇⤵"
_LABEL_AFTER = cached_regex(rf"[ \t]{{0,3}}(?:[:：;；/|=→➜➔»{_POINTING}]\ufe0f?|->|=>|[—–]>?)[ \t]{{0,3}}")
# why (the brief's leftover "add me first: x" in Arabic and Thai, "أضفني أولاً: x", "แอดมาก่อน: x"):
# a short word between the verb and the mark ("first", "now", a particle), glued in Thai; then up
# to two particles more, four letters at most, as particles and a form of address stack (rt53
# handle-verb "DM aja ya kak: x", id), not an object's noun ("with your details: x").
# A word holds no space, digit, mark or dot and the later ones follow a space, so the steps
# meet at one place (linear).
_LABEL_CHARS = rf"[^\s\d_:：;；/|=→➜➔»{_POINTING}\-—–>@.,!?()]"
_WORD_THEN_LABEL = cached_regex(
    rf"[ \t]{{0,2}}{_LABEL_CHARS}{{1,10}}(?:[ \t]{{1,2}}{_LABEL_CHARS}{{1,4}}){{0,2}}[ \t]{{0,3}}"
    rf"(?:[:：;；/|=→➜➔»{_POINTING}]\ufe0f?|->|=>|[—–]>?)[ \t]{{0,3}}"
)
_PLAIN_ID = cached_regex(r"[^\W_][\w.\-]{1,40}")
# A bare name must look like nothing but a user name: words joined by "_" or by dots with
# a letter run of two or more on each side, or letters mixed with digits.
_PLAIN_SHAPED = cached_regex(r"[^\W\d_]{2,}[._][^\W_]{2,}|[^\W_]_[^\W_]|[^\W\d_]{3,}\d{2,}\Z")
_PHRASE_END = cached_regex(r"[ \t]*(?:\Z|\n|[^\w\s@.]|\.(?:\s|\Z)|[ \t]+(?:\W|[^\W\d_]{1,4}\b))")


def plain_name_after_verb(
    text: str, end: int, claimed: Claimed, not_names: Callable[[str], bool],
    channel_word: Callable[[str], bool] = lambda w: False,
) -> Found | None:
    """A bare user name after a verb ending at `end` and a label mark ("Aggiungimi:
    matteo.lanza.3d", "add me → kai_builds"); `not_names(last)` rejects a dotted word
    whose last part is a file's extension or a host's ending ("logo.png", "site.com");
    `channel_word(w)` lets a bracketed channel follow it ("kestrel_dev(discord)")."""
    gap = _LABEL_AFTER.match(text, end) or _WORD_THEN_LABEL.match(text, end)
    if gap is None or not gap.group().strip():
        return None
    m = _PLAIN_ID.match(text, gap.end())
    if m is None:
        return None
    ident = m.group().rstrip(".-")
    a, b = m.start(), m.start() + len(ident)
    if _glued_on(text, b, channel_word) or claimed(a, b) or _PLAIN_SHAPED.search(ident) is None:
        return None
    if "." in ident and not_names(ident.rsplit(".", 1)[1]):
        return None
    if re.fullmatch(r"v?\d+(?:[._]\d+)*[^\W\d_]{0,3}", ident) or _PHRASE_END.match(text, b) is None:
        return None
    return a, b, ident


# why (rt53 handle-verb "escríbeme a diseñosluna (insta)"): a name behind a verb, with at most two
# short words between ("a", "to", "at me"), then a channel's word in brackets right after it: the
# bracket says where the name is, as a label mark would before it. Any name of letters and
# digits (no shape needed): "(insta)" makes it an account. Fixed steps, one line (linear).
_BRACKETED = cached_regex(
    r"(?:[ \t]{1,2}[^\W\d_]{1,3}){0,2}[ \t]{1,2}(?P<id>[^\W_][\w.\-]{2,30})[ \t]{0,2}(?=\()"
)


def bracketed_name_after_verb(
    text: str, end: int, claimed: Claimed, channel_word: Callable[[str], bool]
) -> Found | None:
    """A name right after a verb ending at `end` (two short words between at most) with a channel's
    word in brackets after it ("escríbeme a diseñosluna (insta)", "message me at kaistudio (IG)")."""
    m = _BRACKETED.match(text, end)
    if m is None:
        return None
    ident = m.group("id").rstrip(".-")
    a, b = m.start("id"), m.start("id") + len(ident)
    br = _BRACKET_WORD.match(text, m.end())
    if br is None or not channel_word(br.group()[1:-1].strip()) or claimed(a, b):
        return None
    return a, b, ident
