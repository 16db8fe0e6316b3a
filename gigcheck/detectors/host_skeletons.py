"""Host names reduced to how they look, to tell a spoof from the site it imitates."""
from __future__ import annotations

import unicodedata

__all__ = ["skeleton"]

# Letters from other scripts that render like ASCII ones (UTS 39 confusables, the common part).
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j",
        "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t",
        "у": "y", "ү": "y", "х": "x", "ԝ": "w", "ѡ": "w", "ѵ": "v", "ц": "u", "п": "n",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j", "ω": "w",
        # Armenian
        "ա": "w", "հ": "h", "ո": "n", "ս": "u", "օ": "o", "ց": "g", "զ": "q",
        # Latin look-alikes
        "ı": "i", "ɩ": "i", "ℓ": "l", "ɑ": "a", "ɡ": "g", "ʋ": "u", "ɒ": "a", "ß": "b",
        "ø": "o", "đ": "d", "ħ": "h", "ł": "l", "ŧ": "t",
    }
)
# Digit/letter swaps: 0/o, 1/l/i, 5/s (and | for l).
_SWAPS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s"})


def skeleton(name: str) -> str:
    """A spoof-comparison form: ``y0utube.com``, ``yоutube.com`` (Cyrillic о) -> ``youtube.com``.

    Diacritics dropped, confusable letters mapped to ASCII, then 0->o, 1/i->l, 5->s,
    rn->m, vv->w. Two names with the same skeleton look alike to a buyer.
    """
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_CONFUSABLES).translate(_SWAPS)
    return s.replace("rn", "m").replace("vv", "w")
