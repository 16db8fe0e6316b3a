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
from collections.abc import Mapping
from typing import Any

from gigcheck.text.fold import fold

__all__ = ["PlaceholderVocab"]

_OWNER, _NOUN, _NAME, _NAME2, _EXAMPLE = 1, 2, 4, 8, 16
_SPLIT = re.compile(r"[._\-+]+")
_MAX_IDENT = 64
# What ends the clause before an identifier, for `owned`.
_CLAUSE_END = re.compile(r"[.;!?\n]\s")
_WORD = re.compile(r"[^\W\d_]+")
_OWN_WINDOW = 40
_OWN_WORDS = 4
# A word a template's rest can be: letters, a vowel, no run of 5 consonants.
_WORDLIKE = re.compile(r"(?=[^\W\d_]*[aeiouyäöüàáâãèéêìíîòóôõùúûăơư])[^\W\d_]{3,20}\Z")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5}")
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
# Quotation marks: straight ones open and close; a closer only closes.
_QUOTE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]")
_CLOSERS = frozenset("\"\u201d\u00bb\u300d")
# Dotted short forms ("e.g", "z.B", "p.ex"), read whole.
_DOTTED = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}(?:\.[^\W\d_]{1,3})+")
# How far around a number `example_near` looks.
_EXAMPLE_WINDOW = 120


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
        ):
            for w in _words(grammar, key):
                self.kinds[w] = self.kinds.get(w, 0) | bit
        # Possessive endings glued to the last noun ("sirket-iniz", "bisnis-mu", "negosyo-mo").
        self.suffixes = {w: _OWNER for w in _words(grammar, "placeholder_owner_suffixes")}
        self.longest = max((len(w) for w in [*self.kinds, *self.suffixes]), default=0)
        self.possessives = (
            _words(grammar, "possessives") | _words(grammar, "placeholder_mine")
            | _words(grammar, "placeholder_claim_verbs")
        )
        self.open_owners = tuple(sorted(_words(grammar, "placeholder_open_owners"), key=len, reverse=True))
        self.examples = {w for w, k in self.kinds.items() if k & _EXAMPLE} | _words(grammar, "placeholder_cues")
        self.cues = self.examples | _words(grammar, "placeholder_pieces")  # for `example_near`
        self.names = {w for w, k in self.kinds.items() if k & _NAME}
        self.owners = {w for w, k in self.kinds.items() if k & _OWNER}
        self.open_owners_short = tuple(sorted(self.owners | set(self.open_owners), key=len, reverse=True))

    def is_placeholder(self, ident: str, strict: bool = False, open_nouns: bool = False, short: bool = False) -> bool:
        """Whether identifier `ident` (a handle without "@", an address's local part, a
        domain's name label, a profile path) is a placeholder; see the module doc."""
        ident = fold(ident.strip().lstrip("@").casefold()).text
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
        return any(_enough(m, strict) for m in masks)

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
        if self._quoted_sample(text, start):
            return False
        window = text[max(0, start - _OWN_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        for w in reversed(_WORD.findall(window)[-_OWN_WORDS:]):
            low = w.casefold()
            if low in self.examples:
                return False
            if low in self.possessives or fold(low).text in self.possessives:
                return True
        return False

    def _quoted_sample(self, text: str, start: int) -> bool:
        """`start` stands inside a quotation that a template word or "your" introduces
        (`Sample caption: "DM @yourcafe to book"`, `your page will show "Call us: ..."`):
        the "me" or "us" in it is the buyer's, not the seller's."""
        window = text[max(0, start - _EXAMPLE_WINDOW):start]
        opened = -1
        for m in _QUOTE.finditer(window):
            if opened >= 0 and m.group() in _CLOSERS:
                opened = -1
            elif m.group() not in _CLOSERS or m.group() == '"':
                opened = m.start()
        if opened < 0:
            return False
        lead = window[:opened]
        return self.example_near(lead, len(lead), len(lead)) or any(
            w.casefold() in self.owners for w in _WORD.findall(lead)
        )

    def yours(self, text: str, start: int) -> bool:
        """A second-person possessive among the few words right before `start`, with no
        first-person one ("through your own PayPal.me link"): the buyer's, named bare."""
        words = [w.casefold() for w in _WORD.findall(text[max(0, start - _OWN_WINDOW):start])][-3:]
        return any(w in self.owners for w in words) and not self.owned(text, start)

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
        if any(d.casefold() in self.examples for d in _DOTTED.findall(window)):
            return True  # "e.g.", "z.B.", "p.ex."
        words = [w.casefold() for w in _WORD.findall(window)]
        for prev, w in zip(["", *words], words, strict=False):
            if w in self.cues or fold(w).text in self.cues:
                return True
            if prev in self.owners and w in self.names:
                return True
        return False


def _wordlike(rest: str) -> bool:
    """Letters that read as one word: any script but Latin needs only letters."""
    if _NON_LATIN.search(rest):
        return rest.isalpha() and 2 <= len(rest) <= 20
    return bool(_WORDLIKE.match(rest)) and not _CONSONANTS.search(rest)


def _bits(bit: int) -> tuple[int, ...]:
    """The single kinds of a word listed under several ("nome": a name; "site": a noun)."""
    return tuple(b for b in (_OWNER, _NOUN, _NAME, _EXAMPLE) if bit & b)


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
