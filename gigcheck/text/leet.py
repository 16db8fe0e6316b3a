"""`deleet`: leetspeak inside words ("sk1pe", "$kype", "wh@tsapp") read as letters."""
from __future__ import annotations

from collections.abc import Mapping

from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized, as_normalized, chain

__all__ = ["LEET", "MAIL_LEET", "deleet"]

# "1" reads as "i" here ("sk1pe"); it also stands for "l" ("te1egram"): detectors
# that care match vocabulary with i/l treated alike, or pass leet={"1": "l", ...}.
LEET: Mapping[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
        "$": "s", "@": "a", "|": "l", "!": "i"}
# For addresses: "@" stays the address's own ("4n4@gm41l.c0m" -> "ana@gmail.com").
MAIL_LEET: Mapping[str, str] = {k: v for k, v in LEET.items() if k != "@"}
_TOKEN_EXTRA = "$@|!"  # symbols that belong to a token, besides letters, digits, "_"
_LEET_HIT = cached_regex(r"[013457$@|!]")


def _is_token_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in _TOKEN_EXTRA


def deleet(text: str | Normalized, leet: Mapping[str, str] | None = None) -> Normalized:
    """Undo leetspeak inside words: "sk1pe", "$kype", "wh@tsapp", "te|egram" -> letters.

    Only tokens (runs of letters, digits, "_" and the leet symbols) that contain a
    letter are touched, and digits only when the token has at least as many letters
    as digits, so "24/7", "$50" and "2023" stay. Symbols map only inside a token
    (letters or digits on both sides), except "$" which may also start one ("$kype");
    so "@handle" and "wow!" keep their "@" and "!". Asterisks are masks, not leet:
    "sk*pe" is left as it is. Same length as the input (aligned map). Not for email
    detection: "me@mail" becomes "meamail". A custom `leet` table may only use
    the characters of `LEET` as keys.
    """
    base = as_normalized(text)
    s = base.text
    table = LEET if leet is None else leet
    n = len(s)
    chars: list[str] | None = None
    done = 0  # tokens before this index are handled
    # Driven by the leet characters, so ordinary prose costs one regex scan.
    for m in _LEET_HIT.finditer(s):
        i = m.start()
        if i < done:
            continue
        a = i
        while a > 0 and _is_token_char(s[a - 1]):
            a -= 1
        b = i + 1
        while b < n and _is_token_char(s[b]):
            b += 1
        done = b
        for k, rep in _token_edits(s[a:b], table):
            if chars is None:
                chars = list(s)
            chars[a + k] = rep
    if chars is None:
        return base
    return chain(base, "".join(chars), None)


def _token_edits(tok: str, table: Mapping[str, str]) -> list[tuple[int, str]]:
    """The leet characters of one token to replace: (index in the token, letter)."""
    edits: list[tuple[int, str]] = []
    letters = sum(1 for ch in tok if ch.isalpha())
    if not letters:
        return edits
    use_digits = letters >= sum(1 for ch in tok if ch.isdigit())
    last = len(tok) - 1
    for k, ch in enumerate(tok):
        rep = table.get(ch)
        if rep is None:
            continue
        if ch.isdigit():
            if not use_digits:
                continue
        else:
            inner = 0 < k < last and tok[k - 1].isalnum() and tok[k + 1].isalnum()
            start = ch == "$" and k == 0 and last > 0 and tok[1].isalpha()
            if not (inner or start):
                continue
        edits.append((k, rep))
    return edits
