"""Phone numbers written backwards, with a word that says so: "my number reversed:
6304 2158 55 179+", "lido de trás pra frente", "al revés", "задом наперёд", "倒着读".

The digits are read in the other order and handed to `find_phones` as any number is;
what it finds is reported over the whole backwards stretch (form DISGUISED). Without
the word, or when the stretch reads as a number forwards, nothing is read backwards:
"reverse image search 2023" stays a year.
"""
from __future__ import annotations

from gigcheck.detectors.phone_judge import DISGUISED
from gigcheck.detectors.phone_vocab import PhoneVocab
from gigcheck.detectors.phones import PhoneMatch, find_phones
from gigcheck.document.counting import steady_steps
from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized

__all__ = ["find_reversed_phones"]

# Digit groups with a phone number's punctuation, a "+" at either end ("179+"): bounded
# pieces, no nesting, so linear.
_STRETCH = cached_regex(r"\+?\d[\d \-().]{4,30}\d\+?")
_BEFORE = 60  # how far before a stretch its "reversed" word may stand
_AFTER = 30  # ... or after it ("4036 8512 55 179+, read it backwards")


def find_reversed_phones(text: str, pv: PhoneVocab) -> list[PhoneMatch]:
    """Numbers written backwards in `text` (a run's text) next to a word saying so
    (`PhoneVocab.reversed_cue`)."""
    low = text.casefold()
    if len(low) != len(text) or pv.reversed_cue.search(low) is None:
        return []
    out = []
    for m in _STRETCH.finditer(text):
        near = low[max(0, m.start() - _BEFORE):m.start()] + " " + low[m.end():m.end() + _AFTER]
        if pv.reversed_cue.search(near) is None or _counting(m.group()):
            continue
        if find_phones(Normalized.identity(m.group()), pv):
            continue
        back = m.group()[::-1].translate(_MIRROR)
        digits = sum(map(str.isdigit, back))
        # (the number is all of the stretch: not a piece of it that happens to be one)
        hits = find_phones(Normalized.identity(back), pv)
        whole = [h for h in hits if sum(map(str.isdigit, back[h.start:h.end])) == digits]
        if whole:
            out.append(PhoneMatch(m.start(), m.end(), whole[0].value, DISGUISED))
    return out


_GROUP = cached_regex(r"\d+")


def _counting(stretch: str) -> bool:
    """Numbers counted down or up ("10 9 8 7 6 5 4"): a countdown, not a number."""
    return steady_steps([int(g) for g in _GROUP.findall(stretch)])


# Brackets face the other way once the text is turned round: "(415)" backwards is ")514(".
_MIRROR = str.maketrans("()", ")(")
