"""An identifier pointed to instead of written: where it can be read, or how to make it.

"the handle is exactly the same as my username here", "QQ号就是我头像图片里那串数字",
"मेरी प्रोफ़ाइल फोटो में जो नंबर लिखा है", "آیدی تلگرامم همان نام کاربری‌ام در این‌جاست",
"IDはこのサイトの私のユーザー名をすべて小文字にしたもの", "주소는 제 유저네임 뒤에 네이버 닷컴만
붙이시면 됩니다", "Meu @ no Instagram é igualzinho ao daqui". The narrower detectors
(media_pointers.py, leaving.pointed_name, invitations._pointed) read one word order each; this
one is their fallback, read over the whole sentence, in any order, so that a language's own
order does not hide the pointer. Three things, all in one sentence:

* an identifier: an identifier word (`[vocab.invitation] identifier_words`: "number", "ID",
  "@", "username", "QR code", "नंबर", "آیدی", "号", "주소") or one of the seller's private
  channels (a phone, an email, a messenger with its account word: "QQ号", "WhatsApp number");
* where it is read or how it is made, within `_REACH` words of the identifier: a place
  (`detail_places`, a media place: "profile photo", "gallery", "video", "bio"), a pointer
  phrase ("same as my username here"), or a derivation (`identifier_derivations`:
  "lowercase", "igualzinho ao daqui", "y hệt", "뒤에 … 붙이", "همان"; a plus and a handle's suffix:
  "ここのユーザー名＋_jp", "my shop name + .official");
* the seller's: a possessive of the seller's in the sentence ("my", "মেরি", "제", "của
  mình"), a glued one ("تلگرامم", `own_details`), or the gig itself ("this gig").

A pointer phrase with no identifier or channel of its own right after a sentence naming the
seller's private channel points to that channel's account ("Estoy en Telegram. Mismo nombre que
aquí."). An error with the channel's label when the sentence names a channel (not as the work) or the
identifier is a contact kind (a phone, an email); otherwise a warning (an "ID" in the gallery,
channel unsaid). Not: the buyer's ("your username will appear on the certificate", "the QR code
I design for your menu"), the work ("my WhatsApp chatbot is shown in the video"), a count
("the number of revisions is in my gallery images"), a negation.
"""
from __future__ import annotations

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leaving import buyers_near
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.media_pointers import as_object, count_after
from gigcheck.detectors.run_scan import RunScan, kinds, words_apart, words_between
from gigcheck.detectors.sentence_channels import Channel, named_channels, negated
from gigcheck.detectors.triggers import (
    CHANNEL_VERB,
    CONTACT,
    CUE_BEFORE,
    DERIVE,
    DETAIL,
    HERE,
    IDENT,
    MARK,
    MARK_AFTER,
    MEDIA,
    MEDIA_IN,
    NAME_POINTER,
    PERSON,
    PLACE,
    PLATFORM,
    POINTER,
    PROFILE,
    THERE,
    WHERE,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex

__all__ = ["identifier_pointer", "POINTER_SOURCES", "work_put_in"]

# Trigger kinds after which this fallback is asked (what may start such a sentence).
# (why, "Nomor HP saya ada di website saya": "is on" whose narrower reader wants the
# channel right before it)
POINTER_SOURCES = frozenset({PLATFORM, MEDIA, MEDIA_IN, POINTER, NAME_POINTER, PROFILE, DERIVE, WHERE})
# Where an identifier is read, and the rules that make it from another name.
_PLACES = frozenset({PLACE, MEDIA, MEDIA_IN, PROFILE})
_MADE = frozenset({DERIVE, POINTER, NAME_POINTER})
# Verbs of reaching the seller (`reached`: "ご連絡いただけます"), and how many words after the
# identifier and its place they stand.
_REACH_KINDS = frozenset({CONTACT, CHANNEL_VERB})
_REACHED = 2
# Words between the identifier and where it is read or how it is made ("the handle is exactly
# the same as my username here": five; "আমার গিগ গ্যালারির তৃতীয় ছবির নিচের কোণায় আমার
# হোয়াটসঅ্যাপ নম্বর": eight).
_REACH = 10
# Characters after the identifier and its place in which the seller's possessive may stand
# ("Nomor WA saya", "tên shop của mình").
_MINE_AFTER = 16
# Words before the identifier in which a buyer's word makes it the buyer's ("your username").
_THEIRS = 6
# A number written out in the clause ("My sample card shows +1 555-0100 as the number").
_WRITTEN = cached_regex(r"\d[\d \-]{3,}\d")
# A plus, then a handle's suffix: an underscore, a dot or digits and what follows ("+ _jp", "+.art", "+ 77").
_SUFFIX_ADDED = cached_regex(r"[+＋][ \t]?(?:[_.][^\W_]{1,12}|\d{1,4}(?!\d))")
# Punctuation around a word of the sentence.
_PUNCT = ".,;:!?()[]{}\"'“”«»*_—–-।،؛"
# Scripts written without spaces between words (kana, CJK ideographs, Thai: why rt37 pointer
# "ไอดีไลน์ของผมอยู่ในส่วน bio") and Persian glued suffixes.
_UNSPACED = cached_regex(r"[\u3040-\u30ff\u4e00-\u9fff\u0600-\u06ff\u0e00-\u0e7f]")
# Languages that drop the first-person pronoun (Japanese, Chinese, Korean).
_DROPPED = cached_regex(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def identifier_pointer(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """The seller's identifier said to be in a place or made by a rule, in trigger `t`'s
    sentence (see the module doc)."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    made = _address_made(scan, cv, t)
    if made is not None:
        return made
    idents = _identifiers(scan, cv, ctx, channels)
    if not idents:
        return _pointed_after_channel(scan, cv, t, channels)
    sources = [
        (m.start, m.end, bool(kinds(m) & _MADE)) for m in [*ctx, *scan.triggers_in(s0, s1)]
        if kinds(m) & (_PLACES | _MADE)
    ]
    # a handle's suffix added with a plus is a rule that makes it, in any language
    # ("ここのユーザー名＋_jp", "my name + .art"; why: rt41 pointer)
    sources += [(m.start(), m.end(), True) for m in _SUFFIX_ADDED.finditer(text, s0, s1)]
    named = [
        c for c in channels
        if c.platform and not c.ordinary  # (not "i face same problem")
        and not is_subject(scan, cv, c.start, c.end) and not _theirs(scan, cv, c.start)
    ]
    # a public profile or a site of the seller's is a place too ("My LinkedIn has my email",
    # "Instagram bio → number", "我的微信号在我的个人网站上"): a messenger, a phone or an email is
    # what is read there
    profiles = [(c.start, c.end, False) for c in channels if not c.private and (c in named or not c.platform)]
    # where the pronoun is dropped, a private channel of the sentence before is whose the "ID" of
    # this one is ("LINEでも受け付けています。IDはプロフィール画像の右下に書いてあります"; why:
    # rt44 pointer): the seller's, as a channel this sentence named would be
    prior = _said_before(scan, cv, s0) if not named and _DROPPED.search(text, s0, s1) else None
    for a, b, label in idents:
        # (only apart from the identifier: "My Instagram handle" is no pointer)
        sources_here = sources + [p for p in profiles if words_between(text, min(b, p[1]), max(a, p[0])) > 0]
        if any(
            s[0] <= a and b <= s[1] and (s[0], s[1]) != (a, b) and not _only_mine(ctx, s[0], s[1], a, b)
            for s in sources_here
        ) or (not named and _word_after(scan, ctx, b, HERE)):
            # "my username here matches my studio name": the reference, not what is pointed to; so is
            # "mijn gebruikersnaam hier is dezelfde als mijn studionaam", the account here with no other
            # channel's account said to match it ("tên y hệt tên tài khoản ở đây" on Zalo)
            continue
        c0, c1 = scan.clause(a)
        if any(THERE in kinds(m) and c0 <= m.start < c1 for m in ctx):
            c0, c1 = s0, s1  # "di situ ada kontak WA": the place named in another clause
        near = [
            s for s in sources_here
            # (a rule that makes the identifier may stand in brackets after it: "mon site (mon nom + .fr)")
            if (s[2] or c0 <= s[0] and s[1] <= c1) and not (a <= s[0] and s[1] <= b)
            and words_between(text, min(b, s[1]), max(a, s[0])) <= _REACH
        ]
        near = [s for s in near if not _clients(cv, text, s[0], s[1])]  # "in my client video"
        if not near or negated(scan, cv, a) or _theirs(scan, cv, a) or buyers_near(scan, cv, b, 2):
            continue  # (the buyer's: "your username")
        if _phrases(text[c0:c1]) & cv.theirs_after:
            continue  # "nomor bisnis kamu", "QR code WhatsApp Business Anda", "tài khoản của bạn"
        last = max(b, *(s[1] for s in near))
        # ("The email is in the PDF footer; write me there": the seller's, reached there, no "my" said)
        dropped = not _sellers(scan, cv, s0, min(s1, last + _MINE_AFTER)) and not _reached_there(scan, cv, last, s1)
        # why (rt51 pointer "プロフィール画像のQRコードから直接ご連絡いただけます"): where the pronoun
        # is dropped, the buyer asked to contact the seller in the sentence makes the place the seller's
        # (right after the identifier and its place: "QRコードから直接ご連絡")
        reached = bool(_DROPPED.search(text, s0, s1)) and any(
            kinds(m) & _REACH_KINDS and words_between(text, last, m.start) <= _REACHED
            for m in scan.triggers_in(last, s1)
        )
        if dropped and not (
            # why (rt35 pointer "프로필 사진에 있는 QR코드 찍으시면 바로 카톡 연결됩니다"): or a private
            # channel the sentence names, where the pronoun is dropped: the place is the seller's
            (any(s[2] for s in near) or (
                (any(c.private for c in named) or prior is not None or reached) and not _addressed(cv, text[s0:s1])
            ))
            and _DROPPED.search(text, s0, s1) and not _makes(cv, text[s0:s1])
        ):
            # (not "The number is in the image: 42% growth in my campaign"); a rule that makes
            # the identifier needs no "my" where the pronoun is dropped ("Twitterと同じIDでLINEも
            # やってます"): the buyer's was ruled out above
            continue
        if _counted(scan, cv, ctx, b) or _WRITTEN.search(text, c0, c1):
            continue  # (a number written in the clause is no pointer: the phone rule judges it)
        if _work(scan, cv, s0, s1):
            return None
        channel = named[0].label if named else label
        # an account's own name ("my handle", "mi usuario") in a place: an account of some
        # platform, no identity document; the kind of detail said makes it an error.
        # (one made by a rule with no channel stays a hint: "Il mio nickname è lo stesso di qui")
        placed = [s for s in near if not s[2]]
        account = channel is None and bool(placed) and (text[a:b] in cv.account_name_words or reached)
        if account:
            near = placed
        elif channel is None:
            # a bare "ID" in a place is most often an identity document ("my ID card image",
            # "an ID photo"): only a rule that makes it from another name points to one, of
            # the channel the sentence before named ("LINEでどうぞ。IDは…を小文字にしたもの")
            near = [s for s in near if s[2]] or (near if prior is not None else [])
            if not near:
                continue
            # (or the seller's own site whose address the rule makes: "Mon site perso (mon nom + .fr)",
            # why: rt26 pointer-005, a recipe for the address is the address written; or the private
            # channel the identifier word itself names, read as a place by its tying word: "… połączone
            # kropką, na gmailu", why: rt37 pointer-009 a warning)
            channel = prior or _said_before(scan, cv, s0) or next(
                (c.label for c in channels if (c.start, c.end) == (a, b) and not c.platform), None
            )
        start, end = min(a, *(s[0] for s in near)), max(b, *(s[1] for s in near))
        if dropped and named:  # (with no "my", the channel named is what shows whose: "インスタは…と同じIDです")
            start, end = min(start, named[0].start), max(end, named[0].end)
        # (an account word with "there" right after it is an account elsewhere, the kind of detail said:
        # "My handle there is the same as my name here"; why: rt53 pointer, the platform only hinted)
        elsewhere = text[a:b] in cv.account_name_words and _word_after(scan, ctx, b, THERE)
        return InvitationMatch(start, end, POINTER, channel, vague=channel is None and not (account or elsewhere))
    return _pointed_after_channel(scan, cv, t, channels)


# Words between a contact verb and the "there" that sends the buyer back to the place ("write me there").
_THERE_AFTER = 2


def _reached_there(scan: RunScan, cv: ChannelVocab, last: int, s1: int) -> bool:
    """A verb of reaching the seller after the identifier and its place (ending at `last`), with a
    word of "there" right after it ("The email is in the PDF footer; write me there", "El correo
    está en el pie del PDF, escríbeme ahí"): the detail in the place is the seller's, the way
    to reach them, with no "my" said. Read into the next sentence too: "there" points back
    across its end ("… is in the PDF footer. Write me there."). why (rt53 pointer: the possessive
    left out in English)."""
    text = scan.text
    end = scan.sentence(s1)[1] if s1 < len(text) else s1
    ctx = scan.context(cv, last, end)
    return any(
        kinds(m) & _REACH_KINDS and any(
            THERE in kinds(x) and x.start >= m.end and words_between(text, m.end, x.start) <= _THERE_AFTER
            for x in ctx
        )
        for m in scan.triggers_in(last, end)
    )


# Words between an identifier and a word of "here" or "there" that makes it the account here or
# elsewhere ("mi usuario de aquí", "my handle there").
_HERE_GAP = 1


def _word_after(scan: RunScan, ctx: list[Match], b: int, kind: str) -> bool:
    """A context word of `kind` right after the identifier ending at `b`, in its clause. A word of
    "here" ("mijn gebruikersnaam hier", "mi nombre de usuario aquí", "mi usuario de aquí") makes it
    the account on the marketplace, which the sentence compares another name with, not an
    identifier read elsewhere (why: issue 12 false alarm GC207 "mijn gebruikersnaam hier is
    dezelfde als mijn studionaam"; the English "my username here" is one pointer phrase); a word of
    "there" ("my handle there") an account elsewhere."""
    _, c1 = scan.clause(b - 1) if b else (0, 0)
    return any(
        kind in kinds(m) and b <= m.start < c1 and words_between(scan.text, b, m.start) <= _HERE_GAP for m in ctx
    )


def _only_mine(ctx: list[Match], s0: int, s1: int, a: int, b: int) -> bool:
    """Pointer phrase [s0, s1) is the identifier [a, b) with a possessive of the seller's and
    words of the identifier only ("mein Benutzername", "mi nombre de usuario"): the identifier
    itself, which a place may hold ("Mein Benutzername steht auf dem Titelbild"), not a
    reference to another name ("my username here", "this username"). why (the phrase
    hid its own identifier word)."""
    inside = [m for m in ctx if s0 <= m.start and m.end <= s1 and (m.end <= a or m.start >= b)]
    if not any(PERSON in kinds(m) for m in inside) or any(not kinds(m) <= _OWN_WORDS for m in inside):
        return False
    covered = sum(m.end - m.start for m in inside) + (b - a)
    return (s1 - s0) - covered <= len(inside)  # (the spaces between the words)


# What a pointer phrase that is only the seller's identifier is made of: "my", "of", "name".
_OWN_WORDS = frozenset({PERSON, MARK, MARK_AFTER, DETAIL, IDENT})


def _pointed_after_channel(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]
) -> InvitationMatch | None:
    """A pointer phrase with no channel of its own ("Gleicher Name wie hier", "Mismo nombre que
    aquí", "Ник такой же, как здесь") right after a sentence naming the seller's private channel
    ("Ich bin auf Telegram."): the account there is the one pointed to, an error with that
    channel's label. Not negated, not the buyer's, not the work. why (pointers split over
    two sentences went unreported outside English and the unspaced scripts)."""
    if not kinds(t) & {POINTER, NAME_POINTER} or channels:
        return None
    s0, s1 = scan.sentence(t.start)
    if negated(scan, cv, t.start) or _theirs(scan, cv, t.start) or _work(scan, cv, s0, s1):
        return None
    if buyers_near(scan, cv, t.end, _THEIRS):
        return None  # "the same name convention as your folders": the buyer's things, no account
    label = _said_before(scan, cv, s0)
    return None if label is None else InvitationMatch(t.start, t.end, POINTER, label)


# A domain's ending added to a name with a plus ("my name here + .com", "+ '.de'").
_DOMAIN_ADDED = cached_regex(r"[ \t]{0,3}[+＋][ \t]{0,3}[\"'“‘]?\.([^\W\d_]{2,12})")


def _address_made(scan: RunScan, cv: ChannelVocab, t: Match) -> InvitationMatch | None:
    """A pointer to a name with a domain's ending added right after it ("type my name here +
    .com into your browser"): the seller's site address made by a rule, written all the same
    (an error, a website). Not negated, not the buyer's. why (rt51 pointer: the site
    with no word for it)."""
    if not kinds(t) & {POINTER, NAME_POINTER}:
        return None
    m = _DOMAIN_ADDED.match(scan.text, t.end)
    if m is None or m.group(1).casefold() not in cv.domain_endings:
        return None
    if negated(scan, cv, t.start) or _theirs(scan, cv, t.start):
        return None
    return InvitationMatch(t.start, m.end(), POINTER, "website")


def _clients(cv: ChannelVocab, text: str, start: int, end: int) -> bool:
    """A client's word in a place [start, end) or the two words before it ("my client video",
    "in my customer photo"): the work's material, not the seller's own."""
    words = text[max(0, start - 40):start].split()[-2:] + text[start:end].split()
    return any(w.strip(_PUNCT) in cv.clientele_nouns for w in words)


def _said_before(scan: RunScan, cv: ChannelVocab, s0: int) -> str | None:
    """A private channel of the sentence right before, whose identifier this sentence points
    to ("詳しいご相談はLINEでどうぞ。IDは…", "견적은 메일로 보내 드려요. 주소는 …"): its label."""
    if s0 <= 0:
        return None
    p0, _ = scan.sentence(s0 - 1)
    ctx = scan.context(cv, p0, s0)
    for c in named_channels(scan, cv, p0, s0, ctx):
        if (
            c.private and not (c.platform and is_subject(scan, cv, c.start, c.end)) and not _theirs(scan, cv, c.start)
            and not negated(scan, cv, c.start)  # (not "I don't use Telegram.")
        ):
            return c.label
    return None


def _identifiers(
    scan: RunScan, cv: ChannelVocab, ctx: list[Match], channels: list[Channel]
) -> list[tuple[int, int, str | None]]:
    """The identifiers of the sentence: an identifier word or a site (no channel of their
    own), or a private channel of the seller's (its label)."""
    found: list[tuple[int, int, str | None]] = [(m.start, m.end, None) for m in ctx if IDENT in kinds(m)]
    found += [
        (c.start, c.end, c.label) for c in channels
        if c.private and not is_subject(scan, cv, c.start, c.end) and _account_word(scan, cv, ctx, c)
        and not as_object(scan, cv, ctx, c)  # "sent the image to my phone": a means, no detail
    ]
    # a place showing the seller's account named bare ("The end card shows my Insta", "El banner muestra mi WhatsApp")
    found += [(c.start, c.end, c.label) for c in channels if c.platform and _shown(scan, cv, ctx, c)]
    # the seller's site, with no channel's label: only a rule that makes its address points to it
    # ("Mon site perso (mon nom + .fr)")
    found += [(c.start, c.end, None) for c in channels if not (c.private or c.platform)]
    return sorted(found, key=lambda f: (f[0], f[1], f[2] is None))  # a channel's own label first


# Punctuation that may close a shown account's clause ("shows my Insta.", "shows my Insta!").
_CLOSE = cached_regex(r"[ \t]*(?:[.!;,)\]]|$)")


def _shown(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel) -> bool:
    """Platform `c` named bare as what a place shows: a verb of showing (`show_verbs`), the
    seller's possessive, the platform, and its clause ends ("The end card shows my Insta", "El
    banner muestra mi WhatsApp"): the account there, which the scan cannot read. Not "my Instagram
    shows my work" (the platform before the verb), "shows my Instagram growth" (the clause goes
    on), "shows your WhatsApp" (the buyer's), the work ("shows my WhatsApp chatbot").."""
    if c.ordinary or is_subject(scan, cv, c.start, c.end) or _CLOSE.match(scan.text, c.end) is None:
        return False
    mine = next((m for m in ctx if PERSON in kinds(m) and m.end <= c.start and words_between(
        scan.text, m.end, c.start) == 0), None)
    if mine is None:
        return False
    before = scan.text[max(0, mine.start - 24):mine.start].split()
    return bool(before) and before[-1] in cv.show_verbs


def _account_word(scan: RunScan, cv: ChannelVocab, ctx: list[Match], c: Channel) -> bool:
    """A private channel as an identifier: an identifier word is the channel, in it or next to
    it ("number", "email", "QQ号", "WhatsApp number", "آیدی تلگرامم"); not a phone as a device
    or a subject ("My phone photography samples are in the gallery")."""
    text = scan.text
    words = text[c.start:c.end].split()
    if words and (words[-1] in cv.identifier_words or " ".join(words) in cv.identifier_words):
        return True  # "WhatsApp number", "হোয়াটসঅ্যাপ নম্বর", "numéro" read whole as a channel
    if len(words) > 1 and words[0] in cv.identifier_words:
        return True  # "namba yangu", "nomor saya": the identifier word first, its possessive after (why: rt37)
    # "手机号", "微信号": the identifier word glued to the channel's (why: "我的手机号在我的网站上")
    if words and _UNSPACED.search(words[-1]) and any(
        words[-1].endswith(w) for w in cv.identifier_words if len(w) < len(words[-1]) and _DROPPED.match(w)
    ):
        return True
    return any(
        IDENT in kinds(m)
        and (c.start <= m.start < c.end or words_apart(text, c, m) == 0)
        for m in ctx
    )


def _sellers(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """A possessive of the seller's in the sentence ("my", "মেরি", "của mình", "saya"), one
    glued to a detail (`own_details`: "numaram"), or glued to what it owns where words are not
    spaced (`seller_possessives_glued`: "我头像", "私の", "제", "تلگرامم")."""
    text = scan.text[s0:s1]
    phrases = _phrases(text)
    # (not the one- and two-letter ones read after a noun: "ka", "ko" are also other words)
    mine = cv.mine_before | cv.own_details | {w for w in cv.mine_after if len(w) > 2}
    if phrases & mine:
        return True
    # (glued forms in unspaced scripts read inside a word; the others as whole words: "제" is in "제작")
    return any(p in text if _UNSPACED.search(p) else p in phrases for p in cv.mine_glued)


def _phrases(text: str) -> set[str]:
    """The words of `text` and its pairs of adjacent words ("của bạn"), split on spaces (Indic
    vowel signs are no word characters to a regex)."""
    words = [w.strip(_PUNCT) for w in text.split()]
    return {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}


def _theirs(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """A buyer's word within `_THEIRS` words before `at` in its clause ("your username", "for your
    menu", "Aapke Insta bio me link aur @aapka_username")."""
    return buyers_near(scan, cv, max(0, at - 80), _THEIRS, before=at)


def _work(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """A verb of making the identifier for the buyer in the sentence ("the QR code I design
    for your menu", "I will add your WhatsApp number to the flyer image")."""
    words = scan.text[s0:s1].split()
    return any(w in cv.name_work_verbs for w in words) and any(
        CUE_BEFORE in kinds(m) for m in scan.context(cv, s0, s1)
    )


def work_put_in(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """A sentence of a pronoun-dropping script that makes or puts in a channel's code or
    name with no possessive of the seller's ("LINE公式アカウントのQRコードをプロフィール画像に
    入れます": a design job); not "私のLINEのQRコードはプロフィール画像にあります". why (the
    brief's false alarm: profile pictures read as the seller's own)."""
    return _makes(cv, scan.text[s0:s1]) and not _sellers(scan, cv, s0, s1)


def _makes(cv: ChannelVocab, sentence: str) -> bool:
    """A verb of making in a sentence of a pronoun-dropping script ("LINEアカウントを作成します",
    "카톡 채널 개설"): with no "my", whose the identifier is stays the work's."""
    return any(v in sentence for v in cv.name_work_verbs if _DROPPED.search(v))


def _addressed(cv: ChannelVocab, sentence: str) -> bool:
    """A buyer's possessive glued in a sentence of a pronoun-dropping script ("您的", "あなたの",
    "귀하의"): the channel named is the buyer's ("我会把您的微信二维码放在海报图片里",
    "海报上会印上您店铺的微信二维码和电话")."""
    # (the pronoun without its particle too: "您店铺的微信二维码", "your shop's")
    return any(w.rstrip("的の의") in sentence for w in cv.placeholders.owners if _DROPPED.search(w))


def _counted(scan: RunScan, cv: ChannelVocab, ctx: list[Match], end: int) -> bool:
    """"number of pages" (media_pointers.count_after); not a place after the "of" word ("QR
    code di gambar": Indonesian "di" is "in")."""
    counted = count_after(scan, cv, end)
    return counted is not None and not any(PLACE in kinds(p) and p.start == counted[0] for p in ctx)
