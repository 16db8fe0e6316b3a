"""The seller's company or agency named for the buyer to look up: "our agency, Brightline
Studio LLC", "I run Northwind Digital Ltd", "nuestra agencia Estudio Sol". On
marketplaces that count anything a buyer could use to reach the seller outside as a means
of direct contact (Upwork), a business name to search is one.

A name counts when the seller introduces it as theirs: after an intro that names the
business ("our agency", "my company": capitalised words follow), or after any seller
intro ("we are", "I run", "founder of") when a legal form ends it ("LLC", "GmbH",
"Ltd"). Names after other words are not the seller's ("worked with Acme Corp", "our
clients include Globex Inc", "for brands like Nike"). Words: `[vocab.invitation]`
`company_intros`, `company_nouns`, `legal_suffixes` (vocab/direct_contact.toml).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import word_bounded
from gigcheck.text.trie import alternation

__all__ = ["CompanyName", "CompanyVocab"]

_MAX_NAME_WORDS = 5
# One word of a name as written ("Brightline", "O'Neil", "A&B", "Co-Op", "Studio.io").
_WORD = cached_regex(r"[ \t]*([^\W\d_][\w'’&.\-]*|&)")
# What may stand between the intro and the name: a comma, a colon, a dash, "called".
# Capitalised words that start a clause, not a name.
_NOT_NAMES = frozenset({"I", "We", "You", "It", "This", "That", "They", "He", "She", "My", "Our", "Your"})
_GAP = cached_regex(r"[ \t]*(?:[,:–—\-][ \t]*)?(?:(?:called|named|is)[ \t]+)?")


@dataclass(frozen=True, slots=True)
class CompanyName:
    start: int  # run text offsets of the name (with its legal form)
    end: int
    name: str


class CompanyVocab:
    """The words that introduce the seller's business, compiled."""

    def __init__(self, inv: Mapping[str, Any]) -> None:
        intros = [w.lower() for w in inv.get("company_intros", ()) if isinstance(w, str) and w.strip()]
        words = alternation(intros, space=r"[ \t]+")
        self.intros = cached_regex(word_bounded(words), re.IGNORECASE) if words else None
        self.nouns = frozenset(w.lower() for w in inv.get("company_nouns", ()) if isinstance(w, str))
        self.suffixes = frozenset(w.lower() for w in inv.get("legal_suffixes", ()) if isinstance(w, str))

    def find(self, text: str) -> list[CompanyName]:
        """The seller's business names in `text` (one run's text)."""
        if self.intros is None:
            return []
        out = []
        for m in self.intros.finditer(text):
            last = m.group().split()[-1]
            # "our agency" names the business; "Our Agency Process" is a heading's words
            named = self._name_after(text, m.end(), last.lower() in self.nouns and last.islower())
            if named is not None:
                out.append(named)
        return out

    def _name_after(self, text: str, at: int, business: bool) -> CompanyName | None:
        """Capitalised words right after `at`, ended by a legal form (or not, after an
        intro naming the business: `business`)."""
        gap = _GAP.match(text, at)
        pos = gap.end() if gap is not None else at
        marked = gap is not None and bool(gap.group().strip())  # "our agency, X", "my company called X"
        start = end = -1
        words = 0
        legal = False
        while words < _MAX_NAME_WORDS + 2:
            w = _WORD.match(text, pos)
            if w is None:
                break
            token = w.group(1)
            bare = token.rstrip(".,").lower()
            if words and (bare in self.suffixes or token.lower() in self.suffixes):
                end, legal = w.end(1), True
                break
            if not (token == "&" or token[0].isupper()) or words >= _MAX_NAME_WORDS:
                break
            if not words and token in _NOT_NAMES:
                return None  # "my company, I ..."
            if start < 0:
                start = w.start(1)
            end = w.end(1)
            words += 1
            pos = w.end()
            if token.endswith("."):
                break  # "… Wave Makers Group. While I …": the sentence ends with the name
        # Without a legal form, a name of two words or one set off by a comma or "called"
        # ("our agency, Brightline Studio"; not "my business English course").
        if start < 0 or not (legal or business and (words >= 2 or marked)):
            return None
        name = text[start:end].rstrip(".,")
        return CompanyName(start, start + len(name), name) if name.strip("&") else None
