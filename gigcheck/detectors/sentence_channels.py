"""The channels a sentence names (platforms, "email", "phone", "website"), which of them a
contact verb is tied to, and negations before a word in its clause: what the invitation
and mention detectors (invitations.py) judge with. Pure functions over a run's trigger
scan (run_scan.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, phrase_word, words_between
from gigcheck.detectors.triggers import (
    ASK,
    CHANNEL,
    CUE_BEFORE,
    DETAIL,
    MARK,
    MARK_AFTER,
    MARKET,
    NEG,
    OTHER_CHANNEL,
    PLACE,
    PLATFORM,
    PRIVATE,
    REFUSAL,
    SESSION,
    SHARE,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex

__all__ = [
    "Channel", "after_account_word", "denied_last", "joined_verbs", "named_channels", "negated", "order_number",
    "ordinary", "tied_channel",
]


@dataclass(frozen=True, slots=True)
class Channel:
    start: int
    end: int
    label: str
    private: bool  # a messenger, email or phone (not a social profile, not a website)
    platform: bool
    ordinary: bool = False  # a platform name that is an ordinary word, in lower case ("teams")


# Channels judged per sentence: real sentences name two or three; hostile ones hundreds.
_MAX_CHANNELS = 12


def ordinary(scan: RunScan, cv: ChannelVocab, m: Match, s0: int) -> bool:
    """Whether a platform name that is also an ordinary word ("line", "teams", "zoom") is
    used as the word: written in lower case, without "via", "over" … before it."""
    before = scan.text[max(s0, m.start - 9):m.start].split()
    return scan.words.original(m.start, m.end).islower() and not (before and before[-1] in cv.app_markers)


def named_channels(scan: RunScan, cv: ChannelVocab, s0: int, s1: int, ctx: list[Match]) -> list[Channel]:
    """Channels named in the sentence (not as the subject of the work), in order."""
    out: list[Channel] = []
    # "drop your email", "send your WhatsApp number": the possessive is the request's.
    inside = scan.triggers_in(s0, s1)
    skip = tuple((m.start, m.end) for m in inside if kinds(m) & {ASK, SHARE})
    for m in inside:
        if PLATFORM not in kinds(m):
            continue
        if len(out) >= _MAX_CHANNELS:
            break
        if is_subject(scan, cv, m.start, m.end, skip) and not _possessed(scan, cv, m.start, m.end):
            continue
        forms = {p[2] for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM}
        pid = next(p[1] for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM)
        plat = cv.platforms.get(pid)
        label = plat.label if plat else pid
        is_ordinary = forms == {"word"} and ordinary(scan, cv, m, s0)
        out.append(Channel(m.start, m.end, label, plat is None or plat.kind == "messenger", True, is_ordinary))
    for m in ctx:
        ks = kinds(m)
        if CHANNEL in ks or OTHER_CHANNEL in ks:
            if is_subject(scan, cv, m.start, m.end, skip) or order_number(scan, cv, m):
                continue  # "email marketing", "phone system", "number of pages", "your order number"
            out.append(Channel(m.start, m.end, m.text, CHANNEL in ks, False))
    out.sort(key=lambda c: c.start)
    return out


# Characters around a channel word searched for the order word next to it.
_ORDER_REACH = 24
_ORDER_BEFORE = cached_regex(r"(\S+)[ \t]+$")
_ORDER_AFTER = cached_regex(r"[ \t]+(\S+)")


def order_number(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """Whether channel word `m` has an order word right before or right after it, with
    nothing but a space between ("your order number", "sipariş numaranızı", "номер
    заказа", "অর্ডার নম্বর"): the order's number, not a phone. why (the buyer's
    detail asked with the verb last, "Sipariş numaranızı yazın" is the order's)."""
    text = scan.text
    before = _ORDER_BEFORE.search(text, max(0, m.start - _ORDER_REACH), m.start)
    after = _ORDER_AFTER.match(text, m.end, m.end + _ORDER_REACH)
    return any(g is not None and g.group(1).rstrip(".,;:!?") in cv.order_words for g in (before, after))


def _possessed(scan: RunScan, cv: ChannelVocab, start: int, end: int | None = None) -> bool:
    """"my Discord server", "mi Instagram": the seller's own, whatever follows; also a
    possessive after the name and one word ("FB page ko", "Instagram hesabım")."""
    before = scan.text[max(0, start - 12):start].split()
    if before and (before[-1] in cv.possessives or " ".join(before[-2:]) in cv.possessives):
        return True
    if end is None:
        return False
    after = scan.text[end:end + 24].split()[:2]
    return any(w.strip(",.;:!?") in cv.mine_after for w in after)


def tied_channel(scan: RunScan, cv: ChannelVocab, t: Match, named: list[Channel], ctx: list[Match]) -> Channel | None:
    """A channel tied to contact verb `t`: after it behind a tying word, glued to it, or
    before it with a particle."""
    marks = [m for m in ctx if MARK in kinds(m)]
    after_marks = [m for m in ctx if MARK_AFTER in kinds(m)]
    for c in named:
        if c.start >= t.end and c.start - t.end <= 60:
            if _tied_after(scan, cv, t, c, ctx, marks, after_marks):
                return c
        elif c.end <= t.start and (
            (t.start - c.end <= 25 and _tied_before(scan, t, c, marks, after_marks))
            or (t.start - c.end <= _USED_REACH and _used_for(scan, cv, t, c))
        ):
            return c
    return None


def _tied_after(
    scan: RunScan, cv: ChannelVocab, t: Match, c: Channel, ctx: list[Match], marks: list[Match],
    after_marks: list[Match],
) -> bool:
    text = scan.text
    if negated(scan, cv, c.start, window=2, strict=True):
        return False
    gap = text[t.end:c.start].split()
    if all(w in cv.articles for w in gap) and len(gap) <= 1:
        return True  # glued: "加我微信", "mándame un WhatsApp"
    if text[t.end:c.start].strip() in (":", "："):
        # a colon after the verb introduces where ("Contact me: WhatsApp", and a heading
        # over its list read so: "## Escríbeme⏎- WhatsApp"; why: issue 12)
        return True
    for mk in marks:
        if (
            t.end <= mk.start
            and mk.end <= c.start
            and words_between(text, mk.end, c.start) <= 1
            and not _market_between(ctx, mk.end, c.start)
        ):
            return True
    if any(a.start == c.end or (a.start >= c.end and not text[c.end:a.start].strip()) for a in after_marks):
        return True
    # "let's have a quick Zoom call", "book a Skype session"
    return c.platform and words_between(text, t.end, c.start) <= 3 and any(
        SESSION in kinds(x) and x.start >= c.end and words_between(text, c.end, x.start) == 0 for x in ctx
    )


def _tied_before(scan: RunScan, t: Match, c: Channel, marks: list[Match], after_marks: list[Match]) -> bool:
    """Channel first: "LINEで連絡", "WhatsApp'tan yazın", "в телеграм пишите"."""
    text = scan.text
    tail = text[c.end:t.start]
    if any(a.start >= c.end and a.end <= t.start for a in after_marks) or not tail.strip():
        return True
    return any(mk.end <= c.start and c.start - mk.end <= 2 for mk in marks) and words_between(text, c.end, t.start) <= 1


# How far a purpose clause may stand after a channel used ("the QR code in gallery
# image #3 to chat with me"): characters, and words of place before the purpose word.
_USED_REACH = 45
_USED_PLACE = 4


def _used_for(scan: RunScan, cv: ChannelVocab, t: Match, c: Channel) -> bool:
    """Channel first as the object of a verb of using, the contact verb its purpose:
    "Use WhatsApp to reach me", "Scan the QR code to chat with me", "Usa Telegram para
    escribirme", "Nutze Signal, um mich zu erreichen" (a purpose word, then at most
    two words, between them), the channel maybe placed first ("Scan the QR code in
    gallery image #3 to chat with me")."""
    text = scan.text
    tail = text[c.end:t.start].replace(",", " ").split()
    at = next((i for i, w in enumerate(tail[:_USED_PLACE + 1]) if w in cv.purpose_words), -1)
    if at < 0 or len(tail) - at > 3:
        return False
    before = text[max(0, c.start - 30):c.start].split()[-3:]
    while before and (before[-1] in cv.articles or before[-1] in cv.possessives):
        before.pop()  # "scan the QR code", "use my Telegram"
    return bool(before) and before[-1] in cv.means_verbs


def _market_between(ctx: list[Match], a: int, b: int) -> bool:
    return any(MARKET in kinds(m) and a <= m.start and m.end <= b for m in ctx)


def negated(scan: RunScan, cv: ChannelVocab, at: int, window: int = 6, strict: bool = False) -> bool:
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
        if NEG in ks and m.end <= at and not phrase_word(scan, m):
            gap = words_between(text, m.end, at)
            # "no" is also "in the" (pt) and "on" a tying word: a negation only right
            # before what it negates ("no me llames"), not in "fala comigo no meu zap".
            if MARK in ks and strict:
                continue
            if MARK in ks and after_account_word(scan, cv, m):
                continue  # "Meu @ no Insta", "meu usuário no Insta": "in the", after its noun
            if gap <= (0 if MARK in ks and not _verb_opened(scan, cv, m, c0) else window):
                return True
            if MARK not in ks and gap <= 2 * window and joined_verbs(scan, cv, m.end, at, window):
                return True
    return False


def denied_last(scan: RunScan, cv: ChannelVocab, end: int, window: int = 6) -> bool:
    """The clause of `end` closes with a negative verb after `end` (before any comma or colon), at
    most `window` words on: languages that put the verb last deny last ("من
    شماره خارج از سایت نمی‌دم", "WhatsApp'tan numara vermiyorum", "LINEでは連絡しません"). The
    last word a negative verb by its form (`negative_verb_starts`, `negative_verb_ends`); not a
    negation word of its own, which as often closes a noun's clause ("WhatsApp'tan yaz komisyon
    yok": write on WhatsApp, no commission)."""
    _, c1 = scan.clause(end)
    text = scan.text
    # (up to the first comma, whatever the clause: "… نمی‌دم، همه چیز از طریق پیام‌های همین سایت")
    cut = _BREAK.search(text, end, c1)
    tail = text[end:c1 if cut is None else cut.start()].rstrip(_CLOSERS)
    if not tail.strip():
        return False
    words = tail.split()
    if len(words) - 1 > window:
        return False
    last = words[-1].casefold()
    return last.startswith(cv.negative_verb_starts) or last.endswith(cv.negative_verb_ends)


_CLOSERS = " \t.!?。！？،,;:)»\"'"
_BREAK = cached_regex(r"[,;:،、—–()]")


def joined_verbs(scan: RunScan, cv: ChannelVocab, a: int, b: int, window: int) -> bool:
    """A joining word ("or", "nor", "ni", "oder") between a negation ending at `a` and
    `at` = `b`, within `window` words of `at` (the negation at most twice that before it, the
    caller's bound), no comma after it: the negation covers both verbs it joins ("I won't share my phone number or
    take calls off Fiverr", "Please don't ask me to work outside the site or pay me directly").
    why (rt19 linebreak; issue 12 false alarm)."""
    words = scan.text[a:b].split()
    joins = cv.negation_joiners
    # (no comma after the joining word: "no rush jobs on weekends or holidays, pay me directly" joins nouns,
    # the verb after the comma is a clause of its own)
    return any(
        w.strip(".,;:!?") in joins and len(words) - i - 1 <= window
        and not any(x.endswith((",", ";", ":")) for x in words[i:])
        for i, w in enumerate(words)
    )


# What a word after "no" must not be for "no" to open a negated verb (a place it ties).
_PLACE_KINDS = frozenset({PLATFORM, CHANNEL, OTHER_CHANNEL, PRIVATE, PLACE, DETAIL, MARKET, MARK, CUE_BEFORE})


def _verb_opened(scan: RunScan, cv: ChannelVocab, m: Match, c0: int) -> bool:
    """A "no" that is also a tying word ("no meu zap", "in the") opening its clause before
    a word that is no place nor possessive: the Spanish negation of a verb ("No agrego
    clientes a mi WhatsApp personal", "No comparto mi número"). why (refusals)."""
    if scan.text[c0:m.start].strip(" \t-–—*•>\"'“«(") or m.text != "no":
        return False
    nxt = scan.text[m.end:m.end + 40].split()
    # a first person's verb ends in "-o" ("agrego", "comparto", "doy"); not "No problem
    # with revisions and message me on WhatsApp" (English "no" before a noun)
    if not nxt or nxt[0].strip(".,;:!?") in cv.possessives or not nxt[0].strip(".,;:!?").endswith("o"):
        return False
    at = m.end + len(scan.text[m.end:]) - len(scan.text[m.end:].lstrip())
    near = [*scan.context(cv, at, at + 40), *scan.triggers_in(at, at + 40)]
    return not any(kinds(o) & _PLACE_KINDS and o.start == at for o in near)


def after_account_word(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """Tying word `m` right after an account word or an "@" ("usuário no", "@ no")."""
    before = scan.text[max(0, m.start - 24):m.start].rstrip()
    if before.endswith("@"):
        return True
    return any(
        DETAIL in kinds(d) and d.end <= m.start and not scan.text[d.end:m.start].strip()
        for d in scan.context(cv, max(0, m.start - 24), m.start)
    )
