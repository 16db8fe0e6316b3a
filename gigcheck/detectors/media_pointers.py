"""Contact details pointed to inside the gig's media instead of written: "my email is in
the last frame of the portfolio video", "Mon mail est écrit en bas du PDF d'exemple",
"Nomor WA ada di video perkenalan", "連絡先はポートフォリオ画像の右下に書いてあります",
"رقمي مكتوب في صورة الغلاف الثانية". A text scan cannot read an image, a video, a PDF,
a watermark or a file's metadata, so saying that the details are there is the contact
leak itself: an error, with the channel's label.

Called by invitations.py for a trigger of kind `media` (`[vocab.invitation] media_places`:
the place itself). What makes it a pointer, read in the place's sentence:

* one of the seller's contact details: a private channel ("email", "number", "contacts",
  "連絡先", a messenger) or a social profile named with its account word ("Instagram
  handle"), not the subject of the work ("email templates"), said to be the seller's (a
  possessive: "my", "mon", "мои", "-im", "رقمي") or opening its clause as what the
  sentence is about ("Nomor WA ada di …"), and not the buyer's ("your number on the flyer");
* within a few words of the place, either side;
* the place located ("in", "on", "at the bottom of", "pause …", a particle after it), and
  not the buyer's ("in your video").

Not: the place alone ("the PDF contains the style guide", "the video shows the final
cut"), a channel as the work ("I add your WhatsApp number to the flyer image"), a
negation ("my number is not in the video" is rare and honest).
"""
from __future__ import annotations

from functools import lru_cache

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import LETTER_WORDS
from gigcheck.detectors.leaving import buyers_near, located, mine_account, negated_after, subject_account
from gigcheck.detectors.lexicon import Match, key_of
from gigcheck.detectors.run_scan import RunScan, kinds, words_apart, words_between
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import (
    ADDRESS,
    CHANNEL,
    CHANNEL_VERB,
    CONTACT,
    CUE_BEFORE,
    DETAIL,
    HANDLE_VERB,
    HERE,
    MARK,
    MARK_AFTER,
    MARKET,
    MEDIA,
    MEDIA_IN,
    PERSON,
    PLATFORM,
    WHERE,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex

__all__ = ["as_object", "count_after", "media_pointer", "route_place"]

# One or two words right after a detail.
_TWO_WORDS = cached_regex(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
# An English genitive right after a detail ("my site's").
_GENITIVE = cached_regex(r"['’]s(?![^\W\d_])")
# The two words right after a detail ("of pages", "de revisiones").
_OF_NEXT = cached_regex(r"[ \t]+([^\W\d_]{1,6})[ \t]+([^\W_]+)")

# Words between the contact detail and the place ("my email is written at the bottom of
# the sample PDF": six).
_REACH = 8
# Words between the detail and the tying word before the place ("is written at"), and
# between that word and the place ("at the bottom of the sample PDF").
_VERB = 2
_PART = 5
# Words between the place and a particle after it ("video ke end mein", "画像の右下に").
_TAIL = 3  # (Hindi "portfolio ke aakhri page par": three, why rt51)
# Words before the detail in its clause for it to be what the clause is about ("Nomor WA",
# "The WhatsApp number", "İletişim bilgilerim").
_OPENS = 1
# How close before a detail or a place a buyer's word makes it the buyer's ("your logo and
# phone number", "in your video").
_THEIRS = 3


def media_pointer(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The seller's contact detail said to be in media place `t` (see the module doc)."""
    text = scan.text
    if _theirs(scan, ctx, t.start):
        return None  # "in your video"
    inside = MEDIA_IN in kinds(t)  # "kapak görselinde": the place says "in" itself
    for c in [*channels, *_right_before(scan, ctx, t, channels)]:
        linked = _for_messenger(scan, cv, c)  # "Номер для Viber": the number of a messenger
        c = linked or c
        gap = words_apart(text, c, t)
        if linked is None:
            sellers = _sellers_detail(scan, cv, c, t, ctx)
        else:
            sellers = _opens(scan, c) and not _buyers(scan, cv, ctx, c)
        if gap > _REACH or not sellers:
            continue
        if as_object(scan, cv, ctx, c) or _counted(scan, cv, c) or _buyers_around(scan, cv, ctx, c, t):
            continue
        if not (inside or (_placed_after(scan, cv, ctx, c, t) if c.end <= t.start else located(scan, ctx, t))):
            continue
        if negated_after(scan, cv, c.end, c.start):
            return None
        return InvitationMatch(min(c.start, t.start), max(c.end, t.end), MEDIA, c.label)
    return route_place(scan, cv, t, ctx)


# Words from the place to the way word ("the watermark is also how"), and from it to the verb
# of reaching ("how you reach me", "where to write me").
_TO_ROUTE = 4
_TO_VERB = 3
# What reaches the seller after the way word.
_REACHING = frozenset({CONTACT, CHANNEL_VERB, HANDLE_VERB})


def route_place(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """Media place `t` said to be the way to reach the seller, the detail unsaid: "the
    watermark is also how you reach me directly", "the author field is where to write me",
    "el pie del PDF es donde me escribes" (a way word of `route_words`, then a verb of
    contact). A scan cannot read the place, so the pointer is the leak (an error). Not
    "the video shows how I work, message me here" (no way word right before the verb), nor
    negated. why (rt51 pointer: the place named as the route, not the detail)."""
    text = scan.text
    _, s1 = scan.sentence(t.start)
    words = list(LETTER_WORDS.finditer(text, t.end, s1))[:_TO_ROUTE + 1]
    way = next((w for w in words if w.group().casefold() in cv.route_words), None)
    if way is None:
        return None
    verb = next((m for m in scan.triggers_in(way.end(), s1) if kinds(m) & _REACHING), None)
    if verb is None or not _buyer_reaches(cv, text[way.end():verb.start]):
        return None  # (not "how clients reach me": the work's story)
    if negated_after(scan, cv, t.end, t.start) or any(kinds(m) & {MARKET, HERE} for m in ctx if m.start >= verb.start):
        return None  # (not "how to message me here on the platform")
    return InvitationMatch(t.start, verb.end, MEDIA, None)


def _buyer_reaches(cv: ChannelVocab, between: str) -> bool:
    """Between the way word and the verb, nothing but the buyer, an infinitive's mark or the
    thing used ("how you reach me", "where to write me", "use it to reach me"): at most
    `_TO_VERB` such words, in one clause."""
    words = between.casefold().split()
    if len(words) > _TO_VERB or any(ch in between for ch in ",;:.!?"):
        return False
    return all(w in _YOU or w in _USED or w in cv.purpose_words for w in words)


# What is used to reach the seller, between "use" and the verb ("use it to reach me").
_USED = frozenset({"it", "this", "that", "them", "la", "lo", "le", "ihn", "sie", "es", "его", "её"})


def _placed_after(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel, t: Match) -> bool:
    """Place `t` after detail `c` as its location: a tying word between them, close to the
    detail ("my email is written at the bottom of the PDF", "Nomor WA ada di video"), or
    a particle right after the place ("画像の右下に", "videomun sonunda"). Not "MEET
    DEADLINES AND WILLING TO READ ARTICLES AND VIDEOS" (the tying word far from the
    detail)."""
    text = scan.text
    # "Số điện thoại của mình có trong ảnh bìa", "Numer do mnie jest na …"
    end = max(_past_possessive(cv, text, c.end), _to_me_end(cv, text, c) or c.end)
    # (a phrase of where a detail is, a trigger of its own, ties it too: "ช่องทางติดต่อทั้งหมดอยู่ใน
    # เฟรมสุดท้าย…"; why: rt56 pointer, Thai)
    wheres = [m for m in scan.triggers_in(end, t.start) if WHERE in kinds(m)]
    for m in [*ctx, *wheres]:
        ks = kinds(m)
        tying = bool(ks & {MARK, WHERE}) and PERSON not in ks and end <= m.start and m.end <= t.start
        if tying and words_between(text, end, m.start) <= _VERB and words_between(text, m.end, t.start) <= _PART:
            return True
        if MARK_AFTER in ks and m.start >= t.end and words_between(text, t.end, m.start) <= _TAIL:
            return True
    return False


def _past_possessive(cv: ChannelVocab, text: str, end: int) -> int:
    """The end of a possessive of the seller's right after `end` ("của mình", "saya"),
    else `end`."""
    g = _GENITIVE.match(text, end)
    if g is not None:
        return g.end()  # "my site's address is in the watermark": the detail's own part, no word of the clause
    m = _TWO_WORDS.match(text, end)
    if m is None:
        return end
    if f"{m.group(1)} {m.group(2) or ''}".strip() in cv.mine_after:
        return m.end()
    return m.end(1) if m.group(1) in cv.mine_after else end


def _right_before(scan: RunScan, ctx: list[Match], t: Match, channels: list[Channel]) -> list[Channel]:
    """A detail right before the place, which the place made a work subject ("Mera number
    video ke end mein hai": "number video" read as a video about numbers)."""
    have = {(c.start, c.end) for c in channels}
    return [
        Channel(m.start, m.end, m.text, True, False)
        for m in ctx
        if CHANNEL in kinds(m) and m.end <= t.start and words_between(scan.text, m.end, t.start) == 0
        and (m.start, m.end) not in have
    ]


def _counted(scan: RunScan, cv: ChannelVocab, c: Channel) -> bool:
    return count_after(scan, cv, c.end) is not None


def count_after(scan: RunScan, cv: ChannelVocab, end: int) -> tuple[int, int] | None:
    """"number of pages", "número de revisiones": an "of" word right after a detail ending at
    `end` and a word that is no channel ("número de WhatsApp" names one: a channel of its own);
    the span of that word, or None."""
    m = _OF_NEXT.match(scan.text, end)
    if m is None or m.group(1) not in cv.count_of or m.group(2) in cv.platform_words:
        return None
    if m.group(2).casefold() in cv.to_me:
        return None  # "numer do mnie": the number to me, the seller's (why: rt44 pointer)
    return m.start(2), m.end(2)


def as_object(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel) -> bool:
    """A tying word right before the detail makes it a place or a means itself ("files on
    my phone", "sent via email"), not a detail pointed to."""
    text = scan.text
    return any(
        MARK in kinds(m) and PERSON not in kinds(m) and m.end <= c.start and words_between(text, m.end, c.start) <= 1
        and m.text not in cv.mine_before  # "il mio numero": the seller's, not a place
        # (an address "of" it names the detail: "la dirección de mi web", "o endereço do meu site"; why: rt37 pointer)
        and not any(ADDRESS in kinds(x) and x.end <= m.start and words_between(text, x.end, m.start) == 0 for x in ctx)
        for m in ctx
    )


def _sellers_detail(scan: RunScan, cv: ChannelVocab, c: Channel, t: Match, ctx: list[Match]) -> bool:
    """Channel `c` is a contact detail of the seller's, not the work nor the buyer's. With
    no possessive, it opens its clause and is a contact detail whatever the context (a
    messenger's account, "contact details", "連絡先": `contact_nouns`) or the place `t` is
    the seller's ("The number is on my gallery image"); not "The number is in the image:
    42% growth"."""
    if c.platform and is_subject(scan, cv, c.start, c.end):
        return False  # "my WhatsApp chatbot is shown in the video"
    named = subject_account(scan, c, ctx) or _account_after(scan, c, ctx)
    if c.platform and not named and (not c.private or c.ordinary or not mine_account(scan, cv, c, ctx)):
        return False  # "my Instagram shows my work in videos", "MEET DEADLINES": not a detail
    if _buyers(scan, cv, ctx, c):
        return False  # "your phone number goes in the video's end card"
    if mine_account(scan, cv, c, ctx) or _possessive_inside(cv, scan.text, c):
        return True
    if _to_me_end(cv, scan.text, c) is not None:
        return True  # "Numer do mnie", "the number to reach me"
    if not _opens(scan, c):
        return False
    if _found_by_buyer(scan, cv, c, t):
        return True  # "Numer znajdziesz w metadanych zdjęć": the buyer told where to find it
    detail = " ".join(scan.text[c.start:c.end].split())
    # "on my gallery image", or the seller's after the place where the language puts it there ("w stopce
    # mojej strony", "no rodapé do meu site": the footer of my site)
    mine = cv.sellers.search(scan.text, max(0, t.start - 30), t.start) is not None or _mine_after(scan, cv, t)
    # a place that shows its maker's details (the credits, the end card) makes a detail in it the
    # seller's: "Die Nummer steht im Abspann des Videos" (not "the number is in the image")
    return c.platform or detail in cv.contact_nouns or mine or key_of(scan.text[t.start:t.end]) in cv.credit_places


@lru_cache(maxsize=8)
def _finding(cv: ChannelVocab) -> frozenset[str]:
    return frozenset(key_of(w) for w in cv.invitation.get("finding_pointers", ()) if isinstance(w, str))


def _found_by_buyer(scan: RunScan, cv: ChannelVocab, c: Channel, t: Match) -> bool:
    """A phrase of the buyer finding it (`finding_pointers`: "znajdziesz w", "findest du im",
    "найдёте в") right after bare detail `c` and before place `t`: the seller tells where their own
    detail is ("Numer znajdziesz w metadanych zdjęć z portfolio"), as "you'll find my" says with
    the possessive. why (rt56 pointer, Polish)."""
    return any(
        WHERE in kinds(m) and key_of(m.text) in _finding(cv) and words_between(scan.text, c.end, m.start) == 0
        for m in scan.triggers_in(c.end, t.start)
    )


def _buyers(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel) -> bool:
    """A buyer's word right before detail `c` ("your phone number", "Ваш номер"), or a
    possessive of the buyer's right after it where the language puts it there ("شماره شما",
    "nomor Anda":)."""
    after = _TWO_WORDS.match(scan.text, c.end)
    return (
        _theirs(scan, ctx, c.start) or buyers_near(scan, cv, c.start, _THEIRS, before=c.start)
        or (after is not None and after.group(1) in cv.theirs_after)
    )


def _buyers_around(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel, t: Match) -> bool:
    """With no possessive of the seller's on detail `c`, a buyer's word between it and the place
    `t` or right after the place ("The WhatsApp number of your shop goes on the banner", "Номер
    для Viber я додам на банер вашої компанії"): the buyer's detail put in the work.."""
    if mine_account(scan, cv, c, ctx) or _possessive_inside(cv, scan.text, c):
        return False
    a, b = (c.end, t.start) if c.end <= t.start else (t.end, c.start)
    _, t1 = scan.clause(t.start)
    return any(
        CUE_BEFORE in kinds(m) and (a <= m.start and m.end <= b or t.end <= m.start < t1 and words_between(
            scan.text, t.end, m.start) <= _THEIRS)
        for m in ctx
    )


def _opens(scan: RunScan, c: Channel) -> bool:
    """Detail `c` opens its clause as what the clause is about ("Nomor WA ada di …")."""
    c0, _ = scan.clause(c.start)
    return words_between(scan.text, c0, c.start) <= _OPENS


def _for_messenger(scan: RunScan, cv: ChannelVocab, c: Channel) -> Channel | None:
    """A detail word with a messenger right after it, one linking word between ("Номер для
    Viber", "número para WhatsApp", "Nummer für Telegram"): the messenger's detail, one
    channel spanning both with the messenger's label; else None. why (rt37 pointer:
    the language that puts "for" between left the messenger a work cue's object, "для")."""
    if c.platform:
        return None
    for m in scan.triggers_in(c.end, c.end + _LINK_CHARS):
        pid = next((p[1] for p in m.payloads if p[0] == PLATFORM), None)
        if pid is None or cv.platforms[pid].kind != "messenger":
            continue
        if words_between(scan.text, c.end, m.start) == 1:
            return Channel(c.start, m.end, cv.platforms[pid].label, True, False)
    return None


# Characters after a detail where a messenger's name may stand with a linking word ("для ").
_LINK_CHARS = 12


# Characters after a place where the seller's possessive may make it theirs ("w stopce mojej strony").
_MINE_AFTER = 24
_MINE_WORDS = 3  # "pied de page de mon site": "de", "page", then the possessive


def _mine_after(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A possessive of the seller's right after the place, within its clause ("stopce mojej
    strony", "rodapé do meu site", "pied de page de mon site")."""
    _, c1 = scan.clause(t.start)
    words = scan.text[t.end:min(c1, t.end + _MINE_AFTER)].split()[:_MINE_WORDS]
    return any(w.strip(",;:") in cv.mine_before for w in words)


def _account_after(scan: RunScan, c: Channel, ctx: list[Match]) -> bool:
    """An account word right after a social profile's name ("my Instagram handle")."""
    return any(
        kinds(m) & {DETAIL, CHANNEL} and m.start >= c.end and words_between(scan.text, c.end, m.start) == 0
        for m in ctx
    )


# Words after a detail up to the seller's "me" ("number to reach me", "numer do mnie",
# "número para mí"), none of them the buyer.
_TO_ME_WORDS = 3
_TO_ME_NEXT = cached_regex(r"(?:[ \t]+[^\W\d_]+){1,3}")


def _to_me_end(cv: ChannelVocab, text: str, c: Channel) -> int | None:
    """The end of a "me" a few words after the detail that makes it the seller's, where a language
    says "the number to (reach) me" instead of "my number" ("Numer do mnie jest na ostatnim
    slajdzie", "The number to reach me is on the last slide"); not a verb's "me" glued to the
    detail ("email me": an invitation, the invitation rules'), nor with the buyer between ("the
    number you send me"). why (issue 12: a pointer to where the identifier is shown)."""
    m = _TO_ME_NEXT.match(text, c.end)
    if m is None:
        return None
    for i, w in enumerate(list(_WORD.finditer(text, c.end, m.end()))[:_TO_ME_WORDS]):
        said = w.group().casefold()
        if said in cv.placeholders.owners or said in _YOU:
            return None
        if said in cv.to_me:
            return w.end() if i else None
    return None


_WORD = cached_regex(r"[^\W\d_]+")
_YOU = frozenset({"you", "ty", "tu", "du", "vous", "usted", "você", "вы", "ты", "sie"})


def _possessive_inside(cv: ChannelVocab, text: str, c: Channel) -> bool:
    """The detail's own first word is the seller's ("mes coordonnées", "мои контакты"), its
    last one is ("number ko"), or it carries the possessive (`own_details`: "numaram")."""
    words = text[c.start:c.end].split()
    if " ".join(words) in cv.own_details:
        return True  # "numaram", "رقمي"
    return len(words) > 1 and (words[0] in cv.mine_before or words[-1] in cv.mine_after)


def _theirs(scan: RunScan, ctx: list[Match], at: int) -> bool:
    """A buyer's word ("your", "their", "integrate") within `_THEIRS` words before `at` in
    its clause."""
    c0, _ = scan.clause(at)
    text = scan.text
    return any(
        CUE_BEFORE in kinds(m) and c0 <= m.start and m.end <= at and words_between(text, m.end, at) <= _THEIRS
        for m in ctx
    )
