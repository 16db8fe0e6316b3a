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

`owned` tells that a first-person possessive or pronoun comes right before ("my
Instagram: @yourshop", "follow me @yourbrand"): the seller claims the identifier, so a
composed placeholder does not excuse it. Linear: each part is split by a bounded dynamic programme.
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
        self.possessives = _words(grammar, "possessives") | _words(grammar, "placeholder_mine")

    def is_placeholder(self, ident: str, strict: bool = False) -> bool:
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
            if not found:
                return False
            masks = {_add(m, f) for m in masks for f in found}
        return any(_enough(m, strict) for m in masks)

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
        me @yourbrand")."""
        window = text[max(0, start - _OWN_WINDOW):start]
        ends = list(_CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        return any(w.casefold() in self.possessives for w in _WORD.findall(window)[-_OWN_WORDS:])


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
