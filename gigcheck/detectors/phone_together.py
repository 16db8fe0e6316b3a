"""The sentence that tells a buyer to read the pieces of a number together, and names
it as the seller's phone ("les chiffres à la suite, c'est mon portable", "My WhatsApp:
the first digits together", "स्टेप नंबर एक साथ पढ़िए, यही मेरा WhatsApp है").

A number hidden one piece per list item or line (document/list_numbers.py) stands among
words: steps, days, features. Lists of figures are everywhere, and a phone word next to
one is common too ("shot list, in order: ... all filmed on my phone", "phone case sizes
in order: iPhone 13, 14 ..."), so the cue is one sentence with all three: a word that
says to read the pieces together (`PhoneVocab.together_cue`), a phone word, and the
seller's own mark on it (a possessive: "my", "mon", "मेरा"; or the phone word as a label:
"WhatsApp:").
"""
from __future__ import annotations

from gigcheck.detectors.phone_vocab import PhoneVocab, words_of
from gigcheck.regex_cache import cached_regex

__all__ = ["together_cue"]

# Sentence ends (a line break ends a line's sentence too); fixed pieces, linear.
_SENTENCE_END = cached_regex(r"[.!?;。！？।\n]+")


def together_cue(around: str, pv: PhoneVocab) -> str | None:
    """The phone word of the first sentence of `around` (lower case) that says to read a
    hidden number together and names it the seller's phone; None when none does."""
    for sentence in _SENTENCE_END.split(around):
        if pv.together_cue.search(sentence) is None:
            continue
        words = words_of(sentence)
        for k, w in enumerate(words):
            if w in pv.context and _owned(sentence, words, k, pv):
                return w
    return None


def _owned(sentence: str, words: list[str], k: int, pv: PhoneVocab) -> bool:
    """The phone word `words[k]` is the seller's: a possessive in the sentence, or the
    word is a label (a colon right after it)."""
    if any(w in pv.possessives for w in words):
        return True
    at = sentence.find(words[k])
    return at >= 0 and sentence[at + len(words[k]):].lstrip().startswith((":", "："))
