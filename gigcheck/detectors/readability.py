"""How easy a text is to read: the Flesch reading ease, with a cheap estimate that skips
the syllable count where the score cannot be low. Pure functions over strings.

The score is textstat's for English ("en-US": syllables from pyphen's en-US hyphenation
dictionary, words and sentences counted as textstat counts them), computed here with
pyphen directly: importing textstat imports NLTK and SciPy (0.7 s), which it never uses
for this score. `tests/extras/test_readability.py` pins scores textstat gave.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from gigcheck.detectors.tokens import TOKEN, blank_addresses
from gigcheck.regex_cache import cached_regex

# textstat's word and sentence grammar (textstat/backend: remove_punctuation, count_sentences).
_NON_CONTRACTION = cached_regex(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = cached_regex(r"[^\w\s']")


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub("", _NON_CONTRACTION.sub("", text)).split()


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    from pyphen import Pyphen  # loaded only when a text needs its syllables counted

    return Pyphen(lang="en-US")


def flesch(text: str, min_words: int = 20) -> float | None:
    """Flesch reading ease of `text` (higher is easier; 60-70 is plain English), or None
    for texts under `min_words` words, where the score means little."""
    if not text or len(TOKEN.findall(text)) < min_words:
        return None
    words = _words(text)
    if not words:
        return 0.0
    sentences = _TS_SENTENCE.findall(text)
    counted = max(1, len(sentences) - sum(1 for s in sentences if len(_words(s)) <= 2))
    hyphenator = _hyphenator()
    syllables = sum(len(hyphenator.positions(w.lower())) + 1 for w in words)
    return 206.835 - 1.015 * len(words) / counted - 84.6 * syllables / len(words)

# Not read as words: addresses, and "words" too long to be words, would count as long
# words of many syllables (and cost pyphen time in proportion to their length).
_NOT_A_WORD = 40  # characters: longer "words" are not words
# Enough text for a stable score; a description is 1,200 characters at most anyway.
_MAX_SCORED = 20_000
_SENTENCE = cached_regex(r"[^.!?\u2026\n]+[.!?\u2026]*")
WORD = cached_regex(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_HAS_WORD = cached_regex(r"[^\W_]")


def scoring_text(text: str) -> str:
    """The text as sentences: each line (list item, heading, paragraph line) that does
    not end a sentence is one, so a bulleted list does not score as one endless sentence."""
    text = text[:_MAX_SCORED]
    if "@" in text or "://" in text or "www." in text.lower() or max(map(len, text.split()), default=0) >= _NOT_A_WORD:
        text = blank_addresses(text, _NOT_A_WORD)
    out = []
    for line in text.replace("\u2026", ".").split("\n"):
        line = line.strip()
        if line and _HAS_WORD.search(line):
            out.append(line if line[-1] in ".!?" else line + ".")
    return " ".join(out)


# A cheap estimate of the Flesch score (syllables as vowel groups, sentences as textstat
# counts them), to skip the syllable count where the score cannot be low. Measured
# on 2,546 real gig descriptions, forum posts and job posts (../shared/corpus): where
# the score was under 30, the estimate was at most 0.8 points higher (it errs low: vowel
# groups overcount syllables); with this margin 83% of texts skip textstat, none under 30
# was missed. The score reported is always the full one.
ESTIMATE_MARGIN = 15.0
_VOWELS = cached_regex(r"[aeiouy]+")
_TS_SENTENCE = cached_regex(r"\b[^.!?]+[.!?]*")  # textstat's own sentence pattern


def estimate(text: str, words: int) -> float:
    sentences = sum(1 for m in _TS_SENTENCE.finditer(text) if len(m.group().split()) > 2)
    syllables = max(words, len(_VOWELS.findall(text.lower())))
    return 206.835 - 1.015 * words / max(1, sentences) - 84.6 * syllables / words


@lru_cache(maxsize=4096)
def score(text: str, min_words: int) -> float | None:
    """Flesch reading ease, cached: batches repeat template descriptions and extras."""
    return flesch(text, min_words)


def longest_sentence(text: str) -> tuple[int, int, int]:
    """(words, start, end) of the sentence with the most words."""
    best = (0, 0, 0)
    for m in _SENTENCE.finditer(text):
        n = len(WORD.findall(m.group()))
        if n > best[0]:
            sent = m.group()
            lead = len(sent) - len(sent.lstrip())
            best = (n, m.start() + lead, m.start() + len(sent.rstrip()))
    return best


def band(score: float) -> str:
    if score < 0:
        return "extremely hard to read"
    if score < 30:
        return "very difficult, like an academic paper"
    if score < 50:
        return "difficult"
    if score < 60:
        return "fairly difficult"
    return "plain English"
