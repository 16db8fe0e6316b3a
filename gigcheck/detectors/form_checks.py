"""How an extra (or any gig text) is written rather than what it says: the extras judge's
form checks `shouting` (sentences in capitals), `punctuation-run` ("!!!") and
`emoji-wall`. Pure functions over strings.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from gigcheck.detectors.extra_fields import ExtraField, Problem
from gigcheck.detectors.tokens import SENTENCE, Tok, blank_addresses, tokens
from gigcheck.regex_cache import cached_regex

__all__ = ["FormChecks"]

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0400-\u042f"
_CAPS_WORD = cached_regex(f"[{_UPPER}](?:['\u2019]?[{_UPPER}])*")  # capitals, for a prefilter

_SHOUTING = "Write in sentence case: capitals read as shouting (acronyms like PDF are fine)."
_EMOJI = "Keep one or two emoji at most and say in words what the buyer gets."

Ranges = tuple[list[int], list[int]]  # sorted code point ranges: starts, ends


def _ranges(pairs: Iterable[Sequence[str]]) -> Ranges:
    spans = sorted((int(a, 16), int(b, 16)) for a, b in pairs)
    return [a for a, _ in spans], [b for _, b in spans]


def _in_ranges(cp: int, ranges: Ranges) -> bool:
    starts, ends = ranges
    k = bisect.bisect_right(starts, cp) - 1
    return k >= 0 and cp <= ends[k]


class FormChecks:
    """The `[vocab.extras]` thresholds of the form checks, compiled. `atomic`: the words
    the tokenizer keeps whole (formats, acronyms)."""

    def __init__(self, v: Mapping[str, Any], atomic: frozenset[str]) -> None:
        self.atomic = atomic
        self.acronyms = frozenset(a.upper() for a in v.get("acronyms", ()))
        self.min_caps_len = int(v.get("min_caps_word_len", 3))
        self.min_caps_words = int(v.get("min_caps_words", 2))
        self.max_caps_ratio = float(v.get("max_caps_ratio", 0.7))

        chars = re.escape(str(v.get("punctuation_chars", "!?")))
        run = int(v.get("punctuation_run", 3))
        self.punct_run = cached_regex(f"[{chars}]{{{run},}}")

        self.emoji = _ranges(v.get("emoji_ranges", ()))
        self.emoji_joiners = _ranges(v.get("emoji_joiners", ()))
        self.emoji_run = int(v.get("emoji_run", 3))
        self.emoji_max_ratio = float(v.get("emoji_max_ratio", 0.2))
        self.emoji_min_for_ratio = int(v.get("emoji_min_for_ratio", 2))
        starts, ends = self.emoji
        self.emoji_char = cached_regex(
            "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in zip(starts, ends, strict=True)) + "]"
        ) if starts else None

    def check(self, f: ExtraField) -> list[Problem]:
        """Every form problem of an analysed field."""
        return self.shouting(f) + self.punctuation(f) + self.emoji_wall(f)

    def check_text(self, text: str, where: str) -> list[Problem]:
        """The form problems of any text, such as a gig's own title (`where="title"`:
        capitals judged over the whole text) or description (per sentence). Cheap tests go
        first: most long texts have no run of capitals, punctuation or emoji, and are not
        tokenized at all."""
        if not text:
            return []
        if "@" in text or "://" in text or "www." in text.lower():
            # An address in capitals is not shouting (and its dots are not sentence ends);
            # blanked to spaces, so offsets stay those of `text`.
            text = blank_addresses(text)
        problems: list[Problem] = []
        if self._caps_words(text) >= self.min_caps_words:
            toks = tokens(text, self.atomic) if where == "title" else self._shouted_tokens(text)
            problems += self.shouting(ExtraField(where, text, toks, []))
        bare = ExtraField(where, text, [], [])
        problems += self.punctuation(bare)
        if self.emoji_char is not None and self.emoji_char.search(text):
            problems += self.emoji_wall(bare)
        return problems

    def _shouted_tokens(self, text: str) -> list[Tok]:
        """The tokens of only the sentences that may be shouted, at their offsets in `text`."""
        toks = []
        for m in SENTENCE.finditer(text):
            if self._caps_words(m.group()) >= self.min_caps_words:
                for tk in tokens(m.group(), self.atomic):
                    tk.start += m.start()
                    tk.end += m.start()
                    toks.append(tk)
        return toks

    def _caps_words(self, text: str) -> int:
        """The words in capitals `_caps_problem` would count (an upper bound, for Latin,
        Greek and Cyrillic capitals), found with one regex scan instead of tokenizing."""
        n, acronyms = self.min_caps_len, self.acronyms
        return sum(1 for w in _CAPS_WORD.findall(text)
                   if len(w) - w.count("'") - w.count("\u2019") >= n and w not in acronyms)

    def _caps_problem(self, toks: list[Tok]) -> bool:
        eligible = caps = 0
        for tk in toks:
            letters = tk.raw.replace("'", "").replace("\u2019", "")
            if len(letters) < self.min_caps_len or not letters.isalpha():
                continue
            if tk.raw.upper() in self.acronyms:
                continue
            eligible += 1
            if letters.isupper():
                caps += 1
        return caps >= self.min_caps_words and caps / eligible >= self.max_caps_ratio

    def shouting(self, f: ExtraField) -> list[Problem]:
        if not f.toks:
            return []
        if f.name == "title":
            if self._caps_problem(f.toks):
                return [Problem("shouting", "The title is written in capitals.", _SHOUTING,
                                f.name, 0, len(f.text))]
            return []
        out = []
        starts = [tk.start for tk in f.toks]  # sorted: each sentence's tokens by bisection
        for m in SENTENCE.finditer(f.text):
            toks = f.toks[bisect.bisect_left(starts, m.start()) : bisect.bisect_left(starts, m.end())]
            if toks and self._caps_problem(toks):
                start, end = toks[0].start, max(toks[-1].end, m.end())
                out.append(Problem("shouting", "A sentence is written in capitals.", _SHOUTING,
                                   f.name, start, len(f.text[:end].rstrip())))
        return out

    def punctuation(self, f: ExtraField) -> list[Problem]:
        return [
            Problem("punctuation-run", f"Run of punctuation {m.group()!r}.",
                    "Use a single '!' or '?'.", f.name, m.start(), m.end())
            for m in self.punct_run.finditer(f.text)
        ]

    def _clusters(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each emoji with its joiners."""
        clusters: list[tuple[int, int]] = []
        n = len(text)
        j = 0
        # Jump from emoji to emoji (a regex scan) rather than test every character.
        for m in self.emoji_char.finditer(text) if self.emoji_char is not None else ():
            i = m.start()
            if i < j:
                continue  # glued to the previous emoji by a joiner
            j = i + 1
            while j < n:
                c = ord(text[j])
                if _in_ranges(c, self.emoji_joiners):
                    j += 1
                    if c == 0x200D and j < n and _in_ranges(ord(text[j]), self.emoji):
                        j += 1
                    continue
                break
            clusters.append((i, j))
        return clusters

    def emoji_wall(self, f: ExtraField) -> list[Problem]:
        text = f.text
        clusters = self._clusters(text)
        if not clusters:
            return []
        runs: list[list[int]] = []  # [start, end, count]: emoji separated only by spaces
        for start, end in clusters:
            if runs and not text[runs[-1][1] : start].strip():
                runs[-1][1] = end
                runs[-1][2] += 1
            else:
                runs.append([start, end, 1])
        longest = max(runs, key=lambda r: r[2])
        if longest[2] >= self.emoji_run:
            return [Problem("emoji-wall", f"{longest[2]} emoji in a row.", _EMOJI,
                            f.name, longest[0], longest[1])]
        glyphs = len("".join(text.split())) - sum(e - s - 1 for s, e in clusters)
        if len(clusters) >= self.emoji_min_for_ratio and glyphs and len(clusters) / glyphs > self.emoji_max_ratio:
            return [Problem("emoji-wall", f"Emoji make up {len(clusters)} of {glyphs} characters.",
                            _EMOJI, f.name, 0, len(text))]
        return []
