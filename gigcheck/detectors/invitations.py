"""Invitations to leave the marketplace without a contact detail: "message me directly on
WhatsApp", "let's take this off the platform", "I will give you my skype", "drop your
email", "google my name", "escríbeme por WhatsApp", "加我微信", "пишите в телеграм".

Works sentence by sentence on the trigger scan of a run (triggers.py). A trigger is an
invitation when what makes it one is there, and nothing undoes it:

* a contact verb ("message me", "schreib mir", "加我") with an off-marketplace channel tied
  to it: a platform or "email"/"phone" after a tying word ("on", "via", "в", "auf", "no
  meu"), glued to the verb ("加我微信"), or before it with a particle ("LINEで連絡",
  "WhatsApp'tan yazın"); or with "outside Fiverr"; or "there" pointing back to a channel;
* a channel used as the verb ("email me", "text me", "llámame"), not followed by "here"
  or the marketplace, nor by a name ("call me Alex");
* a promise of the seller's details or a request for the buyer's, with a channel right
  after ("give you my skype", "drop your email address");
* "google my name", or "search my name on Facebook"; details hidden in a profile
  picture; leaving the platform said outright with a contact or conversation word.

Undone by: a negation before it in the clause ("I can't share contact details"), a work
subject ("DM me for your Instagram growth plan" still invites; "Instagram marketing" is
no channel), a session after the order starts ("after the order starts we connect on
Zoom": GC205 notes it), and an identifier in the same sentence (then the handle, email
or phone rule reports it, and one finding is enough).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gigcheck.detectors.handles import capitalized_name, is_subject
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.triggers import ASK, CHANNEL, CHANNEL_VERB, CONTACT, CONV, CUE_BEFORE, DETAIL, MARK, MARK_AFTER, MARKET, NEG, OFF, OTHER_CHANNEL, PERSON, PLACE, PLATFORM, POST, PROFILE, REFUSAL, SEARCH, SEARCH_CH, SEARCH_NAME, SESSION, SESSION_MARK, SHARE, TALK, THERE, WHERE, ChannelVocab, RunScan, kinds, refused, words_between

_VERB_KINDS = (CONTACT, TALK, CHANNEL_VERB, SHARE, ASK, SEARCH, SEARCH_CH, SEARCH_NAME, PROFILE, WHERE, OFF)


@dataclass(frozen=True, slots=True)
class InvitationMatch:
    start: int  # view offsets
    end: int
    kind: str  # the trigger kind that made it
    channel: str | None  # the platform's label, or the channel word, when named


@dataclass(frozen=True, slots=True)
class _Channel:
    start: int
    end: int
    label: str
    private: bool  # a messenger, email or phone (not a social profile, not a website)
    platform: bool
    ordinary: bool = False  # a platform name that is an ordinary word, in lower case ("teams")


def find_invitations(scan: RunScan, cv: ChannelVocab, blocked: Callable[[int, int], bool]) -> list[InvitationMatch]:
    """Invitations in one run. `blocked(a, b)` says whether view span [a, b) (a sentence)
    holds a contact detail that another finding reports."""
    out: list[InvitationMatch] = []
    done: set[tuple[int, int]] = set()
    for t in scan.triggers:
        ks = kinds(t) & set(_VERB_KINDS)
        if not ks:
            continue
        sent = scan.sentence(t.start)
        if sent in done:
            continue
        found = _judge(scan, cv, t, ks, sent)
        if found is None or blocked(*sent):
            continue
        done.add(sent)
        out.append(found)
    return out


def _judge(scan: RunScan, cv: ChannelVocab, t: Match, ks: set[str], sent: tuple[int, int]) -> InvitationMatch | None:
    text = scan.text
    s0, s1 = sent
    if _negated(scan, cv, t.start) or refused(scan, cv, t.end):
        return None
    ctx = scan.context(cv, s0, s1)
    key = ("channels", s0, s1)
    channels = scan.memo.get(key)
    if channels is None:
        channels = scan.memo[key] = _channels(scan, cv, s0, s1, ctx)
    post = any(POST in kinds(m) for m in ctx)

    if CHANNEL_VERB in ks:
        if not _marketplace_after(scan, cv, t.end) and not _name_after(scan, t.end) and _verb_ends(scan, cv, t.end):
            return InvitationMatch(t.start, t.end, CHANNEL_VERB, None)
    if CONTACT in ks or TALK in ks:
        # "we can work in teams of two": talking together is no invitation in an ordinary word.
        tied = channels if CONTACT in ks else [c for c in channels if not c.ordinary]
        ch = _tied_channel(scan, cv, t, tied, ctx)
        if ch is not None and not (post and ch.platform):
            return InvitationMatch(min(t.start, ch.start), max(t.end, ch.end), CONTACT, ch.label)
        offs = [o for o in scan.triggers if OFF in kinds(o) and s0 <= o.start < s1 and not _negated(scan, cv, o.start)]
        if offs and not post:
            return InvitationMatch(min(t.start, offs[0].start), max(t.end, offs[0].end), OFF, None)
        there = [m for m in ctx if THERE in kinds(m) and m.start >= t.end and words_between(text, t.end, m.start) <= 2]
        if there and any(c.platform and c.end <= t.start for c in tied) and not post:
            return InvitationMatch(t.start, there[0].end, CONTACT, None)
    if SHARE in ks or ASK in ks:
        for c in channels:
            if c.start >= t.end and words_between(text, t.end, c.start) <= (3 if SHARE in ks else 2):
                if ASK in ks and not SHARE in ks and not c.private:
                    continue
                if _negated(scan, cv, c.start):
                    continue
                return InvitationMatch(t.start, c.end, SHARE if SHARE in ks else ASK, c.label)
        found = _detail_of_platform(scan, t, ks, channels, ctx)
        if found is not None:
            return found
    if SEARCH in ks:
        return InvitationMatch(t.start, t.end, SEARCH, None)
    if SEARCH_CH in ks:
        plats = [c for c in channels if c.platform and c.start >= t.end]
        if plats:
            return InvitationMatch(t.start, plats[0].end, SEARCH, plats[0].label)
        end = _business_name(scan, cv, t.end)
        if end is not None:
            return InvitationMatch(t.start, end, SEARCH, None)  # "just google 'SmileSocial Leeds'"
    if SEARCH_NAME in ks and not text[s0:t.start].strip(" \t-–—*•>\"'“"):
        # An imperative with a quoted name: "Google 'SmileSocial Leeds'", not "customers
        # google 'Best Pizza'" nor a title-case heading ("Search Engine Optimization").
        end = _business_name(scan, cv, t.end, quoted_only=True)
        if end is not None:
            return InvitationMatch(t.start, end, SEARCH, None)
    if PROFILE in ks:
        mine = [c for c in channels if not _buyers(scan, ctx, c.start)]
        if mine:
            return InvitationMatch(min(t.start, mine[0].start), t.end, PROFILE, mine[0].label)
    if WHERE in ks:
        found = _pointed(scan, cv, t, channels, ctx)
        if found is not None:
            return found
    if OFF in ks and not post:
        # Said by the seller to the buyer: with a contact verb or a channel ("contact me
        # outside Fiverr", "use the contact form on my website instead of ordering here"),
        # not a report of what others do ("buyers often ask for off-Fiverr communication").
        if channels or _has_kind(scan, s0, s1, CONTACT, cv) or _has_kind(scan, s0, s1, TALK, cv):
            return InvitationMatch(t.start, t.end, OFF, None)
        ks_ctx = [kinds(m) for m in ctx]
        if any(CONV in k for k in ks_ctx) and any(PERSON in k for k in ks_ctx):
            return InvitationMatch(t.start, t.end, OFF, None)  # "I work faster outside this site"
    return None


def _detail_of_platform(
    scan: RunScan, t: Match, ks: set[str], channels: list[_Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """"ask me for my ID", "send your handle" with a platform named in the sentence
    ("I prefer working via Skype, ask me for my ID"): the detail is that platform's. A
    buyer is asked for a messenger's only (their social profile is often the work)."""
    text = scan.text
    for d in ctx:
        if DETAIL in kinds(d) and d.start >= t.end and words_between(text, t.end, d.start) <= 2:
            for c in channels:
                if c.platform and (SHARE in ks or c.private):
                    return InvitationMatch(t.start, d.end, SHARE if SHARE in ks else ASK, c.label)
            return None
    return None


def _pointed(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[_Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """"my number is on my website", "my WhatsApp is in the last image of the gallery",
    "you'll find my email in the video": one of the seller's channels right before the
    phrase (or right after "you'll find my"), and a place for it (an image, a website, a
    platform) within five words after."""
    text = scan.text
    mine = None
    for c in channels:
        if not (c.private or c.platform):
            continue
        if c.end <= t.start and words_between(text, c.end, t.start) <= 1 and _sellers(cv, text, c.start):
            mine = c  # "my Skype name is written …"
        elif c.start >= t.end and words_between(text, t.end, c.start) <= 1 and text[t.start:t.end].endswith("my"):
            mine = c  # "you'll find my email …"
            break
    if mine is None:
        return None
    after = max(t.end, mine.end)
    for p in ctx:
        if p.start >= after and PLACE in kinds(p) and words_between(text, after, p.start) <= 5:
            return InvitationMatch(min(t.start, mine.start), p.end, WHERE, mine.label)
    for c in channels:
        if c is not mine and (c.platform or not c.private) and c.start >= after and words_between(text, after, c.start) <= 5:
            return InvitationMatch(min(t.start, mine.start), c.end, WHERE, mine.label)
    return None


# The seller's own: "my phone number", "our business WhatsApp".


def _sellers(cv: ChannelVocab, text: str, start: int) -> bool:
    return cv.sellers.search(text, max(0, start - 30), start) is not None


def _buyers(scan: RunScan, ctx: list[Match], at: int) -> bool:
    """A channel that belongs to the buyer's work: a work cue ("your", "integrate") within
    four words before it in its clause ("a flyer with your logo and WhatsApp number")."""
    c0, _ = scan.clause(at)
    text = scan.text
    return any(
        CUE_BEFORE in kinds(m) and c0 <= m.start and m.end <= at and words_between(text, m.end, at) <= 4 for m in ctx
    )


# A quoted name ("just google 'SmileSocial Leeds'"): quotes of any kind around a name that
# starts with a capital letter.
_QUOTED = re.compile(r"[ \t]*[\"'“‘«„]([^\"'“”‘’«»\n]{2,60})[\"'”’»“]")


def _business_name(scan: RunScan, cv: ChannelVocab, end: int, quoted_only: bool = False) -> int | None:
    """The end of a business or page name right after `end`: quoted and capitalised, or
    (unless `quoted_only`) two to five capitalised words."""
    text = scan.text
    q = _QUOTED.match(text, end)
    if q is not None:
        return q.end() if scan.words.original(q.start(1), q.start(1) + 1).isupper() else None
    if quoted_only:
        return None
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return capitalized_name(scan.words, cv, i) if i > end else None


def _has_kind(scan: RunScan, a: int, b: int, kind: str, cv: ChannelVocab) -> bool:
    return any(kind in kinds(m) and a <= m.start < b and not _negated(scan, cv, m.start) for m in scan.triggers)


# Words before an ordinary word that make it an app: "via zoom", "over signal" (not "in
# teams", "on line 3").

# Channels judged per sentence: real sentences name two or three; hostile ones hundreds.
_MAX_CHANNELS = 12


def _ordinary(scan: RunScan, cv: ChannelVocab, m: Match, s0: int) -> bool:
    """Whether a platform name that is also an ordinary word ("line", "teams", "zoom") is
    used as the word: written in lower case, without "via", "over" … before it."""
    before = scan.text[max(s0, m.start - 9):m.start].split()
    return scan.words.original(m.start, m.end).islower() and not (before and before[-1] in cv.app_markers)


def _channels(scan: RunScan, cv: ChannelVocab, s0: int, s1: int, ctx: list[Match]) -> list[_Channel]:
    """Channels named in the sentence (not as the subject of the work), in order."""
    out: list[_Channel] = []
    # "drop your email", "send your WhatsApp number": the possessive is the request's.
    skip = tuple((m.start, m.end) for m in scan.triggers if s0 <= m.start < s1 and kinds(m) & {ASK, SHARE})
    for m in scan.triggers:
        if not (s0 <= m.start < s1) or PLATFORM not in kinds(m):
            continue
        if len(out) >= _MAX_CHANNELS:
            break
        if is_subject(scan, cv, m.start, m.end, skip) and not _possessed(scan, cv, m.start):
            continue
        forms = {p[2] for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM}
        pid = next(p[1] for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM)
        plat = cv.platforms.get(pid)
        label = plat.label if plat else pid
        ordinary = forms == {"word"} and _ordinary(scan, cv, m, s0)
        out.append(_Channel(m.start, m.end, label, plat is None or plat.kind == "messenger", True, ordinary))
    for m in ctx:
        ks = kinds(m)
        if CHANNEL in ks or OTHER_CHANNEL in ks:
            if is_subject(scan, cv, m.start, m.end, skip):
                continue  # "email marketing", "phone system", "number of pages"
            out.append(_Channel(m.start, m.end, m.text, CHANNEL in ks, False))
    out.sort(key=lambda c: c.start)
    return out


def _possessed(scan: RunScan, cv: ChannelVocab, start: int) -> bool:
    """"my Discord server", "mi Instagram": the seller's own, whatever follows."""
    before = scan.text[max(0, start - 12):start].split()
    return bool(before) and (before[-1] in cv.possessives or " ".join(before[-2:]) in cv.possessives)


def _tied_channel(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[_Channel], ctx: list[Match]) -> _Channel | None:
    """A channel tied to contact verb `t`: after it behind a tying word, glued to it, or
    before it with a particle."""
    text = scan.text
    marks = [m for m in ctx if MARK in kinds(m)]
    after_marks = [m for m in ctx if MARK_AFTER in kinds(m)]
    for c in channels:
        if c.start >= t.end and c.start - t.end <= 60:
            if _negated(scan, cv, c.start, window=2, strict=True):
                continue
            gap = text[t.end:c.start].split()
            if all(w in cv.articles for w in gap) and len(gap) <= 1:
                return c  # glued: "加我微信", "mándame un WhatsApp"
            for mk in marks:
                if t.end <= mk.start and mk.end <= c.start and words_between(text, mk.end, c.start) <= 1:
                    if not _market_between(ctx, mk.end, c.start):
                        return c
            if any(a.start == c.end or (a.start >= c.end and not text[c.end:a.start].strip()) for a in after_marks):
                return c
            # "let's have a quick Zoom call", "book a Skype session"
            if c.platform and words_between(text, t.end, c.start) <= 3 and any(
                SESSION in kinds(x) and x.start >= c.end and words_between(text, c.end, x.start) == 0 for x in ctx
            ):
                return c
        elif c.end <= t.start and t.start - c.end <= 25:
            # Channel first: "LINEで連絡", "WhatsApp'tan yazın", "в телеграм пишите".
            tail = text[c.end:t.start]
            if any(a.start >= c.end and a.end <= t.start for a in after_marks) or not tail.strip():
                return c
            if any(mk.end <= c.start and c.start - mk.end <= 2 for mk in marks) and words_between(text, c.end, t.start) <= 1:
                return c
    return None


def _market_between(ctx: list[Match], a: int, b: int) -> bool:
    return any(MARKET in kinds(m) and a <= m.start and m.end <= b for m in ctx)


def _negated(scan: RunScan, cv: ChannelVocab, at: int, window: int = 6, strict: bool = False) -> bool:
    """A negation before `at` in its clause, at most `window` words before it. `strict`:
    only unambiguous ones (after a contact verb, "no" is "in the": "me chama no zap")."""
    c0, _ = scan.clause(at)
    if c0 >= at:
        return False
    text = scan.text
    for m in scan.context(cv, c0, at):
        ks = kinds(m)
        if REFUSAL in ks and m.end <= at and words_between(text, m.end, at) <= window:
            return True  # "we are not allowed to communicate outside Fiverr"
        if NEG in ks and m.end <= at:
            gap = words_between(text, m.end, at)
            # "no" is also "in the" (pt) and "on" a tying word: a negation only right
            # before what it negates ("no me llames"), not in "fala comigo no meu zap".
            if MARK in ks and strict:
                continue
            if gap <= (0 if MARK in ks else window):
                return True
    return False


def _marketplace_after(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """"text me here", "email me on Fiverr": the marketplace within three words."""
    text = scan.text
    _, s1 = scan.sentence(end)
    for m in scan.context(cv, end, min(s1, end + 40)):
        if MARKET in kinds(m) and words_between(text, end, m.start) <= 3:
            return True
    return False


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _verb_ends(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """"Call me anytime", "text me for …", "llámame antes": a channel verb followed by
    the end, punctuation or a word that goes on with it; not "Call me maybe" or "Text me
    messages are a font style"."""
    if end and _glued_char(scan.text[end - 1]):
        return True  # Chinese and Japanese run on without spaces: "加微信聊"
    m = _NEXT_WORD.match(scan.text, end)
    if m is None:
        return True
    two = m.group(1)
    one = two.split()[0]
    return one in cv.verb_followers or two in cv.verb_followers


def _glued_char(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in "WF"


def _name_after(scan: RunScan, end: int) -> bool:
    """"call me Alex": a capitalised word right after, in the original text."""
    norm = scan.words
    text = norm.text
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i == end or i >= len(text) or not text[i].isalpha():
        return False
    a, _ = norm.span(i, i + 1)
    orig = norm.source[a:a + 1]
    return orig.isupper()


@dataclass(frozen=True, slots=True)
class MentionMatch:
    start: int
    end: int
    label: str


def find_mentions(
    scan: RunScan, cv: ChannelVocab, taken: list[tuple[int, int]], in_extra: bool
) -> list[MentionMatch]:
    """Messengers named as the channel of a live session ("a directed session over Skype
    after your order"): allowed, but worth an editor's look. Not the subject of the work,
    not already a handle or an invitation, and in an extra or a sentence about a session
    or the time after the order."""
    out: list[MentionMatch] = []
    seen: set[tuple[int, int]] = set()
    text = scan.text
    for m in scan.triggers:
        if PLATFORM not in kinds(m) or any(m.start < b and a < m.end for a, b in taken):
            continue
        payload = next(p for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM)
        plat = cv.platforms.get(payload[1])
        if plat is None or plat.kind != "messenger":
            continue
        sent = scan.sentence(m.start)
        if sent in seen or is_subject(scan, cv, m.start, m.end):
            continue
        ctx = scan.context(cv, *sent)
        marked = any(
            SESSION_MARK in kinds(x) and x.end <= m.start and words_between(text, x.end, m.start) <= 1 for x in ctx
        )
        if payload[2] in ("short", "word") and not marked:
            continue
        if payload[2] == "word" and _ordinary(scan, cv, m, sent[0]):
            continue  # "3 reads per line", "on line 4"
        if not (in_extra or any(kinds(x) & {SESSION, POST} for x in ctx)):
            continue
        seen.add(sent)
        out.append(MentionMatch(m.start, m.end, plat.label))
    return out
