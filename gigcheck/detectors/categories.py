"""Which category of work a few words belong to: the pack's
`[vocab.extras.categories.*]` tables, compiled (used to tell an extra that belongs to
another category of gig). Pure functions over strings.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.detectors.tokens import Phrases, tokens
from gigcheck.text.letters import is_word_char


class Categories:
    """The pack's `[vocab.extras.categories.*]` tables, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.order: list[str] = []
        self.match: dict[str, tuple[tuple[str, bool], ...]] = {}
        self.label: dict[str, str] = {}
        self.related: dict[str, frozenset[str]] = {}
        phrases: list[str] = []
        self.owner: dict[tuple[str, ...], str] = {}
        for key, entry in table.items():
            if not isinstance(entry, Mapping):
                continue
            self.order.append(key)
            self.match[key] = tuple(
                # a word prefix ("translat" matches "translation"); a trailing space: a whole word
                (m.strip().lower(), m.endswith(" ")) for m in entry.get("match", ()) if m.strip()
            )
            self.label[key] = str(entry.get("label", key))
            self.related[key] = frozenset(entry.get("related", ()))
            for word in entry.get("keywords", ()):
                seq = tuple(t.norm for t in tokens(word))
                if seq and seq not in self.owner:
                    self.owner[seq] = key
                    phrases.append(word)
        self.keywords = Phrases(phrases)
        self._seen: dict[str, frozenset[str]] = {}  # gig category -> keys (categories recur)

    def of_gig(self, category: str) -> frozenset[str]:
        """The category keys a gig's category names, in any of its parts ("Video &
        Animation > Logo Animation": video and design), with their related keys. Every
        part counts, so that an extra is judged foreign only to all of them."""
        try:
            return self._seen[category]
        except KeyError:
            pass
        if len(self._seen) >= 4096:
            self._seen.clear()
        low = category.lower()
        keys = {key for key in self.order if any(_starts_word(low, m, whole) for m, whole in self.match[key])}
        for key in list(keys):
            keys |= self.related.get(key, frozenset())
        found = self._seen[category] = frozenset(keys)
        return found


def _starts_word(text: str, word: str, whole: bool) -> bool:
    r"""Whether `word` starts a word of `text` (with `whole`, is one): what the regex
    `word_bounded(word)` finds, without compiling one per entry (a pack has hundreds,
    compiled at every start): no letter, digit or in-word mark on either side."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not is_word_char(text[i - 1])) and not (whole and end < len(text) and is_word_char(text[end])):
            return True
        i = text.find(word, i + 1)
    return False
