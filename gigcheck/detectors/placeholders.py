"""Placeholder identifiers: the stand-ins of a template, not anyone's account.

"ventas@tudominio.com", "contato@suaempresa.com.br", "info@ihre-firma.de",
"имя@вашдомен.рф", "instagram.com/yourhandle", "@yourshop" are what a seller writes to
show a buyer the shape of THEIR address or handle. The judgment is on the identifier
itself, never on the words around it ("e.g. my email is bob.design@gmail.com" is still
an address): an identifier is a placeholder when it is made entirely of the pack's
placeholder words (`[vocab.grammar] placeholder_*`), split at ".", "-", "_" and inside
glued words ("tudominio" = "tu" + "dominio"), and those words say "yours" or "example":

* a second-person possessive ("your", "tu", "sua", "votre", "ihre", "ваш", "twoja",
  "jouw", "aapki", a suffix such as Turkish "-iniz" or Indonesian "-mu") or an example
  word ("example", "ejemplo", "örnek", "contoh"), with generic nouns ("domain", "empresa",
  "firma", "shop", "brand", "handle") or name words;
* or name words only, or a name word with a generic noun: "prenom.nom", "tencongty"
  ("tên công ty", company name).

A word with a digit, or any part that is not such a word ("yourfavdesigner",
"bob.design"), is a real identifier. `strict` (an address at a webmail provider, where
anyone may register "yourbrand") asks more: an example word, or a possessive with a
name word ("yourname"), or two name words ("firstname.lastname").

With `open_nouns` (a mail domain or a handle where the text reads as a template),
an "open" possessive (`placeholder_open_owners`: "your", "votre", "kamu", "cuaban" ...)
before or after ANY word-shaped rest is a placeholder too: "yourclinic.com",
"yourbakery.co", "tokokamu.id"; the rest must read as a word (letters only, a vowel,
no long consonant run), so "yourxq7z" or "yourbrnd" are not excused.

`owned` tells that a first-person possessive or pronoun comes right before ("my
Instagram: @yourshop", "follow me @yourbrand", "escríbeme a ..."): the seller claims
the identifier, so a composed placeholder does not excuse it; an example marker between
them ("send to whatever address you give me (something like ...)") ends the claim.
`example_near` tells that the words around a number call it an example, a sample, a
mockup or say to replace it ("+1 555-0100 — replace it with your own", a signature
template "Your Name | Title | ..."). Linear: each part is split by a bounded dynamic
programme; windows are bounded.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import LETTER_RUN, word_bounded
from gigcheck.text.trie import alternation, glued

__all__ = ["PlaceholderVocab"]

_OWNER, _NOUN, _NAME, _NAME2, _EXAMPLE, _PERSON = 1, 2, 4, 8, 16, 32
_SPLIT = cached_regex(r"[._\-+]+")
_MAX_IDENT = 64
# What ends the clause before an identifier, for `owned`.
_CLAUSE_END = cached_regex(r"[.;!?\n]\s")
_WORD = cached_regex(rf"{LETTER_RUN}")
_OWN_WINDOW = 40
_OWN_WORDS = 4
# why (rt32 placeholder "Demo filled in with mine so you can test it: WhatsApp +44 7700 900 742"):
# a label that ends in a colon right before the identifier (a channel's name between at most) is
# read whole, up to its clause's start: the claim stands anywhere in it ("filled in with mine").
_LABEL_WINDOW = 80
_LABEL_WORDS = 10
_COLON_BEFORE = cached_regex(r"[:：][ \t]*(?:[^\W\d_]{1,12}[ \t]*[:：]?[ \t]*)?\Z")
# How far after an identifier a claim is read ("…, is actually mine"); the sentence's end
# (`_SENTENCE_END`, below) ends it.
_CLAIM_WINDOW = 80
_WORD_OR_NOT = cached_regex(rf"{LETTER_RUN}(?:'{LETTER_RUN})?")
# How far back a claimed demo is read ("my demo bot live by messaging ").
_DEMO_WINDOW = 60
# A word a template's rest can be: letters, a vowel, no run of 5 consonants.
_WORDLIKE = cached_regex(r"(?=[^\W\d_]*[aeiouyäöüàáâãèéêìíîòóôõùúûăơư])[^\W\d_]{3,20}\Z")
_CONSONANTS = cached_regex(r"[bcdfghjklmnpqrstvwxz]{5}")
_NON_LATIN = cached_regex(r"[^\x00-\u024f]")
# Quotation marks: straight ones open and close; a closer only closes. A single
# straight quote opens after a space or a colon before a letter and closes after a
# letter before no letter (not the apostrophe of "I'll").
_QUOTE = cached_regex(
    "[\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u2018\u2019]"
    "|(?<![^\\s:(])'(?=[^\\W\\d_])|(?<=\\S)'(?![^\\W\\d_])"
)
_CLOSERS = frozenset("\"\u201d\u00bb\u300d\u2019")
# Dotted short forms ("e.g", "z.B", "p.ex"), read whole.
_DOTTED = cached_regex(r"(?<![^\W\d_])[^\W\d_]{1,2}(?:\.[^\W\d_]{1,3})+")
# How far around a number `example_near` looks.
_EXAMPLE_WINDOW = 120
# Example words read as stems from this length on ("przykładowa", "Voorbeeldvisitekaartje",
# "Mustervorlage", "mockups"): shorter ones ("demo", "like") start unrelated words.
_STEM = 5
_STEM_MAX = 24
_STEM_REST = 2  # not a plural or a past alone: "Flyers.", "voice samples" are work
# Brackets a template puts around a stand-in ("wa.me/<your-number>", "[yourdomain]").
_BRACKETS = "<>[]{}()"
# Frame words a label must hold to make what follows it a sample ("Bio template:",
# "Sample caption:"): design pieces and cues at least this long (not "like", "such",
# "eg"), not example words alone.
_FRAME = 6
# The end of a sample's label ("Bio template I deliver:⏎...", "Muster:").
_LABEL_END = cached_regex(r":(?=\s)")
# What ends a sample before an "or" turns to the seller's own offer (`_turns_away`).
_TURN_BREAKS = "\n—–-|,;)]…"
_SENTENCE_END = cached_regex(r"[.!?。！？]\s|\n\s*\n")


def _words(table: Mapping[str, Any], key: str) -> set[str]:
    out = set()
    for w in table.get(key, ()):
        low = str(w).casefold()
        out.update({low, fold(low).text})
    return out


class PlaceholderVocab:
    """The placeholder words of `[vocab.grammar]`, compiled once per pack."""

    def __init__(self, grammar: Mapping[str, Any]) -> None:
        self.kinds: dict[str, int] = {}
        for key, bit in (
            ("placeholder_nouns", _NOUN),
            ("placeholder_names", _NAME),
            ("placeholder_owners", _OWNER),
            ("placeholder_examples", _EXAMPLE),
            ("placeholder_example_people", _EXAMPLE),
            ("placeholder_stand_in_names", _PERSON),
        ):
            for w in _words(grammar, key):
                self.kinds[w] = self.kinds.get(w, 0) | bit
        # Possessive endings glued to the last noun ("sirket-iniz", "bisnis-mu", "negosyo-mo").
        self.suffixes = {w: _OWNER for w in _words(grammar, "placeholder_owner_suffixes")}
        self.longest = max((len(w) for w in [*self.kinds, *self.suffixes]), default=0)
        self.own_pronouns = _words(grammar, "placeholder_own_pronouns")
        self.possessives = (
            _words(grammar, "possessives") | _words(grammar, "placeholder_mine") | self.own_pronouns
            | _words(grammar, "placeholder_claim_verbs")
        )
        self.open_owners = tuple(sorted(_words(grammar, "placeholder_open_owners"), key=len, reverse=True))
        self.examples = {w for w, k in self.kinds.items() if k & _EXAMPLE} | _words(grammar, "placeholder_cues")
        pieces = _words(grammar, "placeholder_pieces") | _words(grammar, "placeholder_frames")
        self.bare_frames = _words(grammar, "placeholder_bare_frames")  # handles._design_copy
        self.cues = self.examples | pieces  # for `example_near`
        self.stems = {w for w in self.cues if len(w) >= _STEM and w.isalpha()}
        self.wide_cues = tuple(w for w in self.cues if glued(w))
        self.work_words = _words(grammar, "placeholder_work_words")
        self.live_demos = _words(grammar, "placeholder_live_demos")
        self.brand_voices = _words(grammar, "placeholder_brand_voices")
        self.firsts = (  # not the claim verbs
            _words(grammar, "possessives") | _words(grammar, "placeholder_mine") | self.own_pronouns
        )
        # (claims in unspaced scripts match inside a run of text: "อันนี้ไลน์จริงของเราเอง", why: rt37)
        said = _words(grammar, "placeholder_claims_after")
        spaced = alternation(w for w in said if not glued(w))
        wide = alternation(w for w in said if glued(w))
        claims = "|".join(p for p in (word_bounded(spaced) if spaced else "", wide) if p)
        self.claims_after = cached_regex(claims or "(?!)")
        self.claim_negations = _words(grammar, "placeholder_claim_negations")
        self.turns = _words(grammar, "placeholder_turns")
        # Not example words alone: "Example: call me at 555-0142" is still a claim.
        self.frames = (pieces | {w for w in self.cues if len(w) >= _FRAME} | set(self.wide_cues)) - {
            w for w, k in self.kinds.items() if k & _EXAMPLE
        }
        # Fiction ranges of numbering plans, "cc:national prefix" ("44:7700900").
        ranges = (str(r).partition(":") for r in grammar.get("placeholder_number_ranges", ()))
        self.number_ranges = tuple((cc, prefix) for cc, _, prefix in ranges if cc.isdigit() and prefix.isdigit())
        self.names = {w for w, k in self.kinds.items() if k & _NAME}
        self.owners = {w for w, k in self.kinds.items() if k & _OWNER}
        self.open_owners_short = tuple(sorted(self.owners | set(self.open_owners), key=len, reverse=True))
        self.mask = _mask_pattern(_words(grammar, "placeholder_mask_chars"))
        self.mask_chars = frozenset(c for c in _words(grammar, "placeholder_mask_chars") if len(c) == 1)

    def is_placeholder(
        self, ident: str, strict: bool = False, open_nouns: bool = False, short: bool = False, generic: bool = False,
        persons: bool = False,
    ) -> bool:
        """Whether identifier `ident` (a handle without "@", an address's local part, a
        domain's name label, a profile path) is a placeholder; see the module doc. With
        `generic` (where the words around call it an example), generic nouns or name
        words alone are enough: "name@company.com", "mario.rossi@azienda.it" in "Esempio
        di firma", "www.company.com" on a letterhead mockup. With `persons` too, so are
        the stand-in persons of templates (`placeholder_stand_in_names`: a profile's
        "johndoe"), which are real people's names elsewhere ("johndoe.com" is a site, and
        a demo of it is no stand-in)."""
        ident = fold(ident.strip().strip(_BRACKETS).lstrip("@").casefold()).text
        # why (rt11 placeholder: "wa.me/55SEUNUMERO"): a country code before the stand-in
        # of a click-to-chat number is the template's, not a digit of anyone's number.
        ident = _CALLING_CODE.sub("", ident)
        if not ident or len(ident) > _MAX_IDENT or not self.longest or any(ch.isdigit() for ch in ident):
            return False
        masks = {0}
        for part in _SPLIT.split(ident):
            if not part:
                continue
            found = self._masks(part)
            if not found and open_nouns and not strict and self._open(part, short):
                found = {_OWNER | _NOUN}
            if not found:
                return False
            masks = {_add(m, f) for m in masks for f in found}
        kinds = _NOUN | _NAME | (_PERSON if persons else 0)
        return any(_enough(m, strict) or (generic and m & kinds) for m in masks)

    def _open(self, part: str, short: bool) -> bool:
        """`part` is an open possessive glued to one word-shaped rest ("yourbakery",
        "tokokamu"); with `short`, any possessive ("tuclinica", "suaclinica": only where
        an example word says so, as "tu" + "rismo" is a word too)."""
        for owner in self.open_owners_short if short else self.open_owners:
            if part.startswith(owner):
                rest = part[len(owner):]
            elif part.endswith(owner):
                rest = part[:-len(owner)]
            else:
                continue
            if _wordlike(rest):
                return True
        return False

    def abbreviation(self, ident: str) -> bool:
        """"e.g", "z.b", "т.е": a dotted example word, read like a dotted user name."""
        return "." in ident and bool(self.kinds.get(ident.casefold().rstrip("."), 0) & _EXAMPLE)

    def _masks(self, part: str) -> set[int]:
        """The kinds of words `part` can be split into entirely (one mask per split kind;
        empty when it cannot be)."""
        n = len(part)
        reach: list[set[int]] = [set() for _ in range(n + 1)]
        reach[0].add(0)
        for i in range(n):
            if not reach[i]:
                continue
            for j in range(i + 1, min(n, i + self.longest) + 1):
                piece = part[i:j]
                bit = self.kinds.get(piece, 0) or (self.suffixes.get(piece, 0) if j == n and i else 0)
                if bit:
                    for m in reach[i]:
                        for b in _bits(bit):
                            reach[j].add(_add(m, b))
        return reach[n]

    def owned(self, text: str, start: int) -> bool:
        """A first-person possessive or pronoun among the few words of the clause before
        `start` ("my Instagram is @yourshop", "mi correo: ventas@tudominio.com", "follow
        me @yourbrand", "escríbeme a ..."), with no example marker after it ("give me
        (something like ...)")."""
        if self._claimed_demo(text, start) or self._label_claimed(text, start):
            return True
        if self.quoted_sample(text, start) or self._labelled_sample(text, start):
            return False
        window = text[max(0, start - _OWN_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = _WORD.findall(window)[-_OWN_WORDS:]
        for i in range(len(words) - 1, -1, -1):
            low = words[i].casefold()
            if low in self.examples:
                # why (rt12 subject): "my demo bot at +1 555 …": an example word the seller
                # claims right before it is the seller's own thing, not a stand-in.
                prev = words[i - 1].casefold() if i else ""
                return low in self.live_demos and (prev in self.possessives or fold(prev).text in self.possessives)
            if low in self.possessives or fold(low).text in self.possessives:
                return True
        return False

    def _label_claimed(self, text: str, start: int) -> bool:
        """A possessive pronoun standing alone ("mine", "el mío") in the label that ends in a
        colon right before `start`, read up to its clause's start (see `_LABEL_WORDS`)."""
        if _COLON_BEFORE.search(text, max(0, start - 20), start) is None:
            return False
        window = text[max(0, start - _LABEL_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = [w.casefold() for w in _WORD.findall(window)[-_LABEL_WORDS:]]
        for i, w in enumerate(words):
            pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
            if (w in self.own_pronouns or pair in self.own_pronouns) and not any(
                v in self.claim_negations for v in words[max(0, i - 2):i]
            ):
                return True  # (not "not like mine")
        return False

    def claimed_after(self, text: str, end: int) -> bool:
        """A claim or a use right after an identifier ending at `end`, in its sentence:
        "+1 555 013 9821, is actually mine", "(this one's mine, test it)", "message it to
        try"; not a negated one ("it's not mine, just a sample")."""
        window = text[end:end + _CLAIM_WINDOW]
        stop = _SENTENCE_END.search(window)
        if stop is not None:
            window = window[:stop.start()]
        m = self.claims_after.search(window.casefold())
        if m is None:
            return False
        before = _WORD_OR_NOT.findall(window[max(0, m.start() - 16):m.start()].casefold())[-2:]
        return not any(w in self.claim_negations for w in before)

    def _claimed_demo(self, text: str, start: int) -> bool:
        """why (rt10/rt11 subject: "test my demo live: +1 555 …", "test my demo bot live by
        messaging +1 (555) …"): a demo the seller claims earlier in the clause ("my demo",
        "mi demo bot") is a working thing of theirs, whatever label or verb stands between."""
        window = text[max(0, start - _DEMO_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = [w.casefold() for w in _WORD.findall(window)]
        return any(
            w in self.live_demos and (prev in self.possessives or fold(prev).text in self.possessives)
            for prev, w in zip(["", *words], words, strict=False)
        )

    def masked_at(self, text: str, at: int) -> bool:
        """A phone number masked out starts at `at` (after a colon or spaces): "+7 (XXX)
        XXX-XX-XX", "(###) ###-####", "0XXX XXX XXX"; a country code or a trunk "0" may
        stand before the mask, no other digit ("+7 (912) XXX-45-67" is half a number)."""
        m = self.mask.match(text, at) if self.mask is not None else None
        return m is not None and sum(not ch.isspace() and ch not in _MASK_PUNCT for ch in m.group("mask")) >= _MASK_MIN

    def masked_page(self, path: str) -> bool:
        """A link's path whose first part is a mask ("pf.kakao.com/_xxxxx", "instagram.com/XXXX"):
        the shape of the buyer's address, no page of anyone's. why (rt57 placeholder)."""
        m = _PATH_PART.match(path)
        part = m.group().strip("_-.@~") if m is not None else ""
        return len(part) >= _PATH_MASK_MIN and all(c in self.mask_chars for c in part.casefold())

    def claims(self, text: str) -> bool:
        """A first-person possessive or pronoun anywhere in `text` ("Sample of MY
        signature:", "Here is my card template:"): what it introduces is the seller's."""
        return any(w.casefold() in self.possessives or fold(w.casefold()).text in self.possessives
                   for w in _WORD.findall(text))

    def sample_frame(self, text: str, start: int, end: int) -> bool:
        """`[start, end)` stands in a sample: inside a quotation or after a label that
        frames a template, or with an example word in the window before or after it (the
        identifier's own words left out: "x@example.fr" says "example" itself)."""
        lo = max(0, start - _EXAMPLE_WINDOW)
        return (
            self.quoted_sample(text, start) or self._labelled_sample(text, start)
            or bool(self.example_spots(text[lo:start])) or bool(self.example_spots(text[end:end + _EXAMPLE_WINDOW]))
            or any(w.casefold() in self.owners for w in _WORD.findall(text[lo:start]))
        )

    def _labelled_sample(self, text: str, start: int) -> bool:
        """`start` follows, in the same sentence, a label that names a template or a
        sample ("Bio template I deliver:⏎✨ Handmade candles ✨⏎DM @yourbrand to order",
        "Sample caption: DM us @yourcafe"): the "me", "us" or "DM" after it are the
        buyer's copy, not the seller's claim."""
        window = text[max(0, start - _EXAMPLE_WINDOW):start]
        labels = list(_LABEL_END.finditer(window))
        if not labels:
            return False
        colon = labels[-1].start()
        if _SENTENCE_END.search(window, colon) or self._turns_away(window[colon:]):
            return False
        head = window[:colon]
        ends = list(_SENTENCE_END.finditer(head))
        head = head[ends[-1].end():] if ends else head
        head = head[head.rfind("\n") + 1:]
        return self.framed(head)

    def _turns_away(self, tail: str) -> bool:
        """After a sample's label, a break and an "or" that leaves the sample ("Modelo:
        [seu nome] | contato@seudominio.com —⏎ou fale comigo em ...", "template: [your
        name] … or just mail me at ..."): what follows is the seller's own offer. why
        (rt29 placeholder). An "or" inside the sample's line ("DM us or call us")
        has no break before it and keeps the frame."""
        for m in _WORD.finditer(tail):
            if m.group().casefold() not in self.turns:
                continue
            before = tail[:m.start()].rstrip(" \t")
            if before and (before[-1] in _TURN_BREAKS or before.endswith(("...", "…"))):
                return True
        return False

    def framed(self, label: str) -> bool:
        """A label or a header that calls what it introduces a template, a sample or a
        mockup ("Bio template", "Przykładowa stopka", "名刺のサンプル")."""
        for w in _WORD.findall(label):
            low = w.casefold()
            if low in self.frames or fold(low).text in self.frames or self._stem(low):
                return True
            if glued(w[:1]) and any(c in w for c in self.wide_cues):
                return True
        return False

    def names_piece(self, label: str) -> bool:
        """`label` frames what it introduces by a design piece ("Poster preview", "Flyer
        mockup", "Banner"), not by a bare preview or test word alone ("Preview")."""
        return any(self.framed(w) for w in _WORD.findall(label) if w.casefold() not in self.bare_frames)

    def _stem(self, word: str) -> bool:
        """`word` starts with an example word of `_STEM` letters or more and goes on
        ("przykładowa", "voorbeeldvisitekaartje"); a plural or past ending alone does not
        ("voice samples" are the seller's work, not a stand-in: `placeholder_work_words`)."""
        if len(word) < _STEM + _STEM_REST:
            return False
        folded = fold(word).text
        if word in self.work_words or folded in self.work_words:
            return False
        for k in range(_STEM, min(len(word) - _STEM_REST, _STEM_MAX) + 1):
            if word[:k] in self.stems or folded[:k] in self.stems:
                return True
        return False

    def quoted_sample(self, text: str, start: int, framed: bool = False) -> bool:
        """`start` stands inside a quotation that a template word or "your" introduces
        (`Sample caption: "DM @yourcafe to book"`, `your page will show "Call us: ..."`):
        the "me" or "us" in it is the buyer's, not the seller's. With `framed`, only a
        frame word in the same sentence before the quotation counts (`Popup copy: "Drop
        your email below"`): what the quotation says is then the buyer's copy."""
        lo = max(0, start - _EXAMPLE_WINDOW)
        window = text[lo:start]
        opened = -1
        for m in _QUOTE.finditer(text[lo:start + 1]):  # one more: what follows a quote
            if m.start() >= len(window):
                break
            q = m.group()
            closer = q in _CLOSERS or (q == "'" and window[m.start() - 1:m.start()].strip() != "")
            if opened >= 0 and closer:
                opened = -1
            elif not closer or q == '"':
                opened = m.start()
        if opened < 0:
            return False
        lead = window[:opened]
        if framed:
            ends = list(_SENTENCE_END.finditer(lead))
            lead = lead[ends[-1].end():] if ends else lead
            words = {w.casefold() for w in _WORD.findall(lead)}
            # a frame word, or an example word for the buyer ("Sample auto-reply for your inbox: ...")
            return self.framed(lead) or bool(words & self.owners and words & self.examples)
        return self.example_near(lead, len(lead), len(lead)) or any(
            w.casefold() in self.owners for w in _WORD.findall(lead)
        )

    def yours(self, text: str, start: int) -> bool:
        """A second-person possessive among the few words right before `start`, with no
        first-person one ("through your own PayPal.me link"): the buyer's, named bare."""
        words = [w.casefold() for w in _WORD.findall(text[max(0, start - _OWN_WINDOW):start])][-3:]
        return any(w in self.owners for w in words) and not self.owned(text, start)

    def buyers_example(self, text: str, start: int) -> bool:
        """An example marker right before `start` ("(e.g. ", "ej.: ", "z. B. "), and the
        buyer's possessive in the few words of its clause before the marker, with no
        first-person word: a sample of the buyer's own detail ("your PO number (e.g.
        4500012345)", "tu número de cliente (ej. 612 345 678)"), not the seller's.
        why (rt54 numbers false alarm)."""
        lead_at = max(0, start - _MARK_REACH)
        lead = text[lead_at:start]
        spots = self.example_spots(lead)
        if not spots or _MARK_TAIL.fullmatch(lead, spots[-1]) is None:
            return False
        window = text[max(0, lead_at + spots[-1] - _OWN_WINDOW):lead_at + spots[-1]]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = [w.casefold() for w in _WORD.findall(window)][-_OWN_WORDS - 2:]
        mine = any(w in self.firsts or fold(w).text in self.firsts for w in words)
        return not mine and any(w in self.owners for w in words)

    def brand_voice(self, text: str, start: int) -> bool:
        """The buyer's business speaks in the few words of the clause before `start`
        ("Contact us:", "Customers can DM", "Síguenos en"): copy the seller writes for
        the buyer's brand, whose "@your…" name is the buyer's stand-in. why (
        placeholder leftovers: "Contact us: @yourshop_support", "Customers can DM @yourbrand")."""
        window = text[max(0, start - _OWN_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        words = [w.casefold() for w in _WORD.findall(window)[-_OWN_WORDS:]]
        mine = any((w in self.firsts or fold(w).text in self.firsts) and w not in self.brand_voices
                   for w in words)
        return not mine and any(w in self.brand_voices for w in words)

    def template_near(self, text: str, start: int, end: int) -> bool:
        """The words around `[start, end)` read as a template's: an example word, or a
        second-person possessive before it ("something like ...", "the form sends to
        your inbox: ..."; not "write to ... for your quote")."""
        if self.example_near(text, start, end):
            return True
        before = text[max(0, start - _EXAMPLE_WINDOW):start]
        return any(w.casefold() in self.owners for w in _WORD.findall(before))

    def example_near(self, text: str, start: int, end: int) -> bool:
        """The words around `[start, end)` call it an example, a sample or a mockup, say to
        replace it, or stand in for the buyer's name ("Your Name | Title | ...")."""
        window = text[max(0, start - _EXAMPLE_WINDOW):end + _EXAMPLE_WINDOW]
        return bool(self.example_spots(window))

    def example_spots(self, text: str) -> list[int]:
        """Where in `text` a word says "example" the way `example_near` reads it (sorted
        offsets). why (bench "contrast ats"): thousands of "@names" in one text each
        read their window again; one pass and `spot_near` keep that linear and cheap."""
        spots = [d.start() for d in _DOTTED.finditer(text) if d.group().casefold() in self.examples]
        prev = ""
        for m in _WORD.finditer(text):
            w = m.group().casefold()
            if (
                w in self.cues or fold(w).text in self.cues or self._stem(w)
                or (glued(w[:1]) and any(c in w for c in self.wide_cues))
                or (prev in self.owners and w in self.names)
            ):
                spots.append(m.start())
            prev = w
        spots.sort()
        return spots

    @staticmethod
    def spot_near(spots: list[int], start: int, end: int) -> bool:
        """A spot of `example_spots` within `example_near`'s reach of `[start, end)`."""
        k = bisect_left(spots, start - _EXAMPLE_WINDOW)
        return k < len(spots) and spots[k] < end + _EXAMPLE_WINDOW


# How far before a number its example marker may start ("(e.g. ", "z. B.: "), and what may
# follow the marker up to the number: its own letters and dots, then spaces, a colon, a bracket.
_MARK_REACH = 10
_MARK_TAIL = cached_regex(r"[^\W\d_]+(?:\.[ \t]?[^\W\d_]+)*\.?[ \t:：(（]*")


# A calling code glued before a word: "55seunumero", "+49deinenummer".
_CALLING_CODE = cached_regex(r"\A\+?\d{1,4}(?=[^\W\d_]{4})")

# Mask characters a link's path needs to be a mask ("/xxx"), and the path's first part (a
# link swallows the bracket and the particle after it: "pf.kakao.com/_xxxxx)를").
_PATH_MASK_MIN = 3
_PATH_PART = cached_regex(r"[^/?#()\[\]<>\s]*")
# A masked number: separators of phone numbers, and at least this many mask characters.
_MASK_PUNCT = "()-./ \t"
_MASK_MIN = 6


def _mask_pattern(chars: set[str]) -> re.Pattern[str] | None:
    """What `masked_at` matches: bounded groups of mask characters, each after a
    separator or a closing bracket (linear: one way to split, the classes do not overlap)."""
    if not chars:
        return None
    cls = "[" + "".join(re.escape(c) for c in sorted(chars) if len(c) == 1) + "]"
    group = r"\(?" + cls + r"{1,5}\)?"
    lead = r"[ \t:：]{0,3}(?:\+?\d{1,3}[ \t.\-]{0,2}|0)?"  # a country code or a trunk "0"
    sep = r"(?:[ \t.\-/]{1,2}|(?<=\)))"
    return cached_regex(lead + r"(?P<mask>" + group + r"(?:" + sep + group + r"){1,6})(?![\w])", re.IGNORECASE)


def _wordlike(rest: str) -> bool:
    """Letters that read as one word: any script but Latin needs only letters."""
    if _NON_LATIN.search(rest):
        return rest.isalpha() and 2 <= len(rest) <= 20
    return bool(_WORDLIKE.match(rest)) and not _CONSONANTS.search(rest)


def _bits(bit: int) -> tuple[int, ...]:
    """The single kinds of a word listed under several ("nome": a name; "site": a noun)."""
    return tuple(b for b in (_OWNER, _NOUN, _NAME, _EXAMPLE, _PERSON) if bit & b)


def _add(mask: int, bits: int) -> int:
    """Kinds seen, counting a second name word ("prenom" + "nom")."""
    if bits & _NAME and mask & _NAME:
        mask |= _NAME2
    if bits & _NAME2:
        mask |= _NAME | _NAME2
    return mask | bits


def _enough(mask: int, strict: bool) -> bool:
    if mask & _EXAMPLE:
        return True
    if strict:
        return bool(mask & _NAME2 or (mask & _OWNER and mask & _NAME))
    return bool(mask & (_OWNER | _NAME2) or (mask & _NAME and mask & _NOUN))
