"""`collapse_spaced`: letters spelled out one by one ("s k y p e") joined into words."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import latinize_joined
from gigcheck.text.normalized import Normalized, as_normalized, chain

__all__ = [
    "bracketed_letter", "collapse_digit_runs", "collapse_spaced", "flow_lines", "join_hyphenated", "join_pieces",
    "unbracket_words", "unseparate_words", "unstar_address",
]

# A single letter/digit (no letter or digit on either side), then 2+ more, each after
# the same separator string of 1-3 characters (so "i.e. a" is not glued: "." then
# ". "). Separators and letters are disjoint classes, so each repetition can only
# match one way: linear time.
_SPACED = cached_regex(
    r"(?<![^\W_])[^\W_](?![^\W_])([ .\-_*\u00b7\u2022]{1,3})[^\W_](?![^\W_])"
    r"(?:\1[^\W_](?![^\W_]))+"
)


# An address spelled out character by character, "@" and "." included:
# "l·e·n·a·@·w·e·b·.·d·e", "d/a/a/n/@/z/i/g/g/o/./n/l", "m_a_r_k_@_g_m_a_i_l_._c_o_m",
# "a🔹n🔹a🔹@🔹…". The separator is any 1-3 characters but letters, digits, "@", "." and
# line breaks (the address's own characters), so, as above, each repetition matches
# one way only.
_SPACED_ADDRESS = cached_regex(
    r"(?<![^\W_])(?:[^\W_]|[@.])(?![^\W_])((?:[^\w@.\n]|_){1,3})(?:[^\W_]|[@.])(?![^\W_])"
    r"(?:\1(?:[^\W_]|[@.])(?![^\W_]))+"
)
# The same after Markdown ate the emphasis marks around a part of it:
# "a_n_a_@_s_t_u_d_i_o_._c_o" renders "a_n_a_@s_t_u_d_i_o._c_o" ("s_t_u_d_i_o" in italics), so
# the "@" and "." may stand glued to a letter. why (audit, each-char-underscore). A piece
# is at most three characters and the separator ("_" or "*") is none of them: linear.
_EMPHASIS_PIECE = r"[@.]?[^\W_][@.]?(?![^\W_])"
_EMPHASIS_ADDRESS = cached_regex(
    rf"(?<![^\W_@.]){_EMPHASIS_PIECE}([_*]){_EMPHASIS_PIECE}(?:\1{_EMPHASIS_PIECE})+"
)
# A handle or an address's name spelled out with spaces, its "." or "_" spaced too:
# "j o r d a n . k e l l y 9 0 at g m a i l dot c o m", "w e i _ 8 8 6 2". Only spaces
# and tabs separate (disjoint from the pieces, which include "." and "_"): linear.
_SPACED_HANDLE = cached_regex(
    r"(?<![\w.])(?:[^\W_]|[._])(?![\w.])([ \t]{1,3})(?:[^\W_]|[._])(?![\w.])"
    r"(?:\1(?:[^\W_]|[._])(?![\w.]))+"
)
# why ("Skype: l-i-v-e-:-t-o-m-a-s-.-b-e-r-g"): a handle spelled out with a dash,
# star or bullet between its characters, its ":", "." or "_" spelled out too. The
# separators are disjoint from the pieces (letters, digits, ".", ":", "_"): linear.
_SPACED_MARKED = cached_regex(
    r"(?<![^\W_])(?:[^\W_]|[.:_])(?![^\W_])([\-*\u00b7\u2022]{1,3})(?:[^\W_]|[.:_])(?![^\W_])"
    r"(?:\1(?:[^\W_]|[.:_])(?![^\W_]))+"
)
# Three or more words in brackets in a row: "[ana] [at] [studio] [dot] [co]". Each piece
# is delimited by its brackets: linear.
# A piece may also be the "@" or the "." alone ("[sam] [.] [kerr] [@] [hey] [.] [com]").
_BRACKETED = cached_regex(r"(?:[\[({<](?:[^\W_][\w.\-]{0,40}|[@.])[\])}>][ \t]{0,3}){3,}")
_BRACKET_CHARS = "[](){}<>"
# One letter bracketed inside a word: "Sk{y}pe", "What[s]App", "{T}elegram" (a
# letter on at least one side; "(a) first" and "(m)(a)(r)" are left to the above).
# Fixed width: linear.
_INNER_BRACKET = cached_regex(
    r"(?<=[^\W\d_])[\[({<][^\W\d_][\])}>]|[\[({<][^\W\d_][\])}>](?=[^\W\d_])"
)


# A word hyphenated over a line break: "Pay-⏎Pal", "What-⏎sApp"; a break after an
# address's "@" or before its dot; before "@" only when a domain follows
# ("yuki.tanaka⏎@yahoo.co.jp": "Telegram⏎@lucas" is a label and a handle). Each match
# starts at a "-", after "@" or after a word character, what it looks behind is fixed
# width and what it looks ahead bounded: linear.
_HYPHENATED = cached_regex(
    r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])"
    r"|(?<=\w@)[ \t]*\n[ \t]*(?=\w)|(?<=\w)[ \t]*\n[ \t]*(?=\.\w)"
    r"|(?<=[^\W_])[ \t]*\n[ \t]*(?=@[^\W_][\w\-]{0,62}\.[^\W\d_]{2,6}(?:\.[^\W\d_]{2,3})?(?![\w.]))"
    # detrt6a: a word written down, one letter a line ("微⏎信⏎号：", "S⏎k⏎y⏎p⏎e"): a
    # break between two lines of one letter each (the second maybe with a colon).
    r"|(?m:(?<=^[^\W\d_])[ \t]*\n[ \t]*(?=[^\W\d_][:：]?[ \t]*$))"
    # why (rt26 "카톡 아이디 jiwoo⏎_design 으로"): a user name broken before its
    # underscore, as before its dot above; not a line opening Markdown emphasis, which
    # closes with a second "_" on its line ("days⏎_Revisions included_").
    r"|(?m:(?<=[A-Za-z0-9])[ \t]*\n[ \t]*(?=_[^\W_][^\n_]*$))"
)


def join_hyphenated(text: str | Normalized) -> Normalized:
    """Join a word hyphenated over a line break, as a reader does: "Pay-⏎Pal" ->
    "PayPal"; and an address broken after its "@" or before a dot ("anna@⏎gmail.com",
    "daniel.k⏎.motion@…"), which no sentence is."""
    base = as_normalized(text)
    s = base.text
    return _drop_matches(base, _breaks(s)) if "\n" in s else base


def _breaks(s: str) -> Iterator[re.Match[str]]:
    """`_HYPHENATED.finditer(s)`, tried only where a match can start: each holds a line
    break and starts in the blanks before it, or at the "-" before those (what it looks
    behind and ahead at is read as in a whole search). Python's regex engine otherwise
    tries every position of the text, five look-behinds at each."""
    pos = 0
    n = s.find("\n")
    while n >= 0:
        a = n
        while a > pos and s[a - 1] in " \t":
            a -= 1
        if a > pos and s[a - 1] == "-":
            a -= 1
        for p in range(a, n + 1):  # the leftmost start wins, as in a search
            m = _HYPHENATED.match(s, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        n = s.find("\n", max(pos, n + 1))


def _drop_matches(base: Normalized, matches: Iterable[re.Match[str]]) -> Normalized:
    """`base` without the text of each of `matches` (of `base.text`)."""
    return _splice(base, ((m.start(), m.end(), "", []) for m in matches))


def _splice(base: Normalized, pieces: Iterable[tuple[int, int, str, list[int]]]) -> Normalized:
    """`base` with each piece `(a, b, text, local)` in order put for `base.text[a:b]`:
    `text`, whose characters stand for the `base` offsets in `local` (one each). `base`
    itself when there is no piece."""
    s = base.text
    out: list[str] = []
    local: list[int] = []
    pos = 0
    for a, b, text, where in pieces:
        out.append(s[pos:a])
        local.extend(range(pos, a))
        out.append(text)
        local.extend(where)
        pos = b
    if not out:
        return base
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return chain(base, "".join(out), local)


_ADDRESS_CHARS = cached_regex(r"[\w.*]{1,64}")
_STAR_REACH = 64


def flow_lines(text: str | Normalized) -> Normalized:
    """Line breaks inside a run read as spaces: a sentence goes on over a softbreak
    ("just text me⏎on Telegram"). Same length (aligned map)."""
    base = as_normalized(text)
    if "\n" not in base.text:
        return base
    return chain(base, base.text.replace("\n", " "), None)


def unstar_address(text: str | Normalized) -> Normalized:
    """Drop the asterisks inside a word holding "@": "c*a*r*l*a*@*g*m*a*i*l*.*c*o*m"
    reaches the views as "carla*@gmail.co*m" once Markdown has read pairs of them as
    emphasis; a reader still sees "carla@gmail.com". Each "@" looks at most 64
    characters either way: linear."""
    base = as_normalized(text)
    s = base.text
    if "*" not in s or "@" not in s:
        return base
    drop: set[int] = set()
    i = s.find("@")
    while i >= 0:
        a = i
        while a > 0 and i - a < _STAR_REACH and (s[a - 1].isalnum() or s[a - 1] in "._*"):
            a -= 1
        m = _ADDRESS_CHARS.match(s, i + 1)
        b = m.end() if m else i + 1
        if "*" in s[a:b]:
            drop.update(k for k in range(a, b) if s[k] == "*")
        i = s.find("@", i + 1)
    if not drop:
        return base
    local = [k for k in range(len(s) + 1) if k not in drop]
    return chain(base, "".join(s[k] for k in local[:-1]), local)


def bracketed_letter(text: str) -> bool:
    """Whether `text` has a letter bracketed inside a word ("Sk{y}pe"), which the
    "words" view reads whole."""
    return any(ch in text for ch in "[({<") and _INNER_BRACKET.search(text) is not None


def unbracket_words(text: str | Normalized) -> Normalized:
    """Drop the brackets of three or more bracketed words in a row: "[ana] [at]
    [studio] [dot] [co]" -> "ana at studio dot co" (an address cut into pieces), and
    of one letter bracketed inside a word: "Sk{y}pe" -> "Skype"."""
    base = as_normalized(text)
    if not any(ch in base.text for ch in "[({<"):
        return base
    inner = _INNER_BRACKET.finditer(base.text)
    base = _splice(base, ((m.start(), m.end(), m.group()[1], [m.start() + 1]) for m in inner))
    s = base.text

    def pieces() -> Iterator[tuple[int, int, str, list[int]]]:
        for m in _BRACKETED.finditer(s):
            a, b = m.span()
            # why (audit, "(ana)(at)(studio)(dot)(co)"): pieces bracketed with nothing
            # between them stay words apart, so the closing bracket of one that touches the
            # next opening one is read as a space ("ana at studio dot co", not one word).
            kept = [i for i in range(a, b) if s[i] not in _BRACKET_CHARS or _touching(s, i, b)]
            text = "".join(" " if s[i] in _BRACKET_CHARS else s[i] for i in kept)
            # A piece's first letter stands for its opening bracket too, so that a
            # finding covers "[ana] ... [co]" whole, as written.
            yield a, b, text, [i - 1 if i > a and s[i - 1] in "[({<" else i for i in kept]

    return _splice(base, pieces())


# why (audit, "ana • at • studio • dot • co", "ana → @ → studio →. → co", "ana ⭐ at ⭐
# gmail"): four or more words (or a lone "@" or ".") in a row parted by the same symbol,
# one or two characters that are no letter, digit, space, "." , "@" or "-" (bullets,
# arrows, emoji, "|", "/"). The pieces and the separator are disjoint classes and a
# piece is bounded: linear.
_SEP_PIECE = r"(?:[^\W_][\w.\-]{0,40}|[@.])"
_SEPARATED = cached_regex(
    rf"(?<!\w){_SEP_PIECE}[ \t]{{0,2}}([^\w\s.@\-]{{1,2}})[ \t]{{0,2}}{_SEP_PIECE}"
    rf"(?:[ \t]{{0,2}}\1[ \t]{{0,2}}{_SEP_PIECE}){{2,}}"
)


def unseparate_words(text: str | Normalized) -> Normalized:
    """Read a symbol that parts four or more words in a row as a space: "ana • at •
    studio • dot • co" -> "ana at studio dot co" (an address cut into pieces by one
    repeated separator). `text` itself when there is none."""
    base = as_normalized(text)
    s = base.text

    def pieces() -> Iterator[tuple[int, int, str, list[int]]]:
        for m in _SEPARATED.finditer(s):
            sep = m.group(1)
            pos = m.start()
            while True:
                i = s.find(sep, pos, m.end())
                if i < 0:
                    break
                a = i
                while a > m.start() and s[a - 1] in " \t":
                    a -= 1
                b = i + len(sep)
                while b < m.end() and s[b] in " \t":
                    b += 1
                yield a, b, " ", [i]
                pos = b

    return _splice(base, pieces())


def _touching(s: str, i: int, end: int) -> bool:
    """Whether `s[i]` closes a bracketed piece that the next one's opening bracket
    touches ("(ana)(at)"), before `end`."""
    return s[i] in ")]}>" and i + 1 < end and s[i + 1] in "[({<"


def _collapse(
    base: Normalized, pattern: re.Pattern[str], need: str | tuple[str, ...] = "", digit_runs: bool = False,
) -> Normalized:
    """Join the characters of each match of `pattern` (holding `need`, or each of a tuple
    of them), dropping its separator (group 1); with `digit_runs`, a lone letter at either
    end of a run of digits stays a word apart (`_digit_run`)."""
    s = base.text
    needs = (need,) if isinstance(need, str) else need

    def pieces() -> Iterator[tuple[int, int, str, list[int]]]:
        for m in pattern.finditer(s):
            if any(n and n not in m.group() for n in needs):
                continue
            sep = set(m.group(1))
            kept = [i for i in range(m.start(), m.end()) if s[i] not in sep]
            if digit_runs:
                kept = _digit_run(s, kept)
                if len(kept) < 2:
                    continue
            word = "".join(s[i] for i in kept)
            yield m.start(), m.end(), word if word.isascii() else latinize_joined(word), kept

    return _splice(base, pieces())


def _digit_run(s: str, kept: list[int]) -> list[int]:
    """The pieces of a spaced run to join in the digits view: a lone letter ending a run
    of three or more digits is a word of its own ("… nueve cero tres y te paso" is
    "6 4 7 … 3 y": Spanish "y", Portuguese "e", Italian "o"), not a digit's look-alike,
    which the digits view has read as a digit before. why (rt35 disguise)."""
    if sum(s[i].isdigit() for i in kept) < 3:
        return kept
    lo, hi = 0, len(kept)
    if not s[kept[0]].isdigit() and s[kept[1]].isdigit():
        lo = 1
    if not s[kept[-1]].isdigit() and s[kept[-2]].isdigit():
        hi -= 1
    return kept[lo:hi]


def collapse_digit_runs(text: str | Normalized) -> Normalized:
    """`collapse_spaced` for the digits view: a lone letter at an end of a spaced run of
    digits is left apart (`_digit_run`)."""
    return _collapse(_collapse_marked(as_normalized(text)), _SPACED, digit_runs=True)


def collapse_spaced(text: str | Normalized) -> Normalized:
    """Join 3+ single letters/digits separated by spaces, dots, dashes, underscores,
    asterisks or bullets: "d a n n y", "s.k.y.p.e", "4 1 5 5 5 5", "s - k - y - p - e"
    become one word. The separator (1-3 such characters) must be the same all along
    the run. Prose is left alone: "I am a pro" has no three single letters in a row,
    "i.e. a" changes separator. Acronyms like "u.s.a" do collapse (harmless). A
    joined word that mixes scripts gets fold's look-alike mapping ("ѕ k у p e" with
    Cyrillic letters -> "skype"), so run it after `fold`.
    """
    return _collapse(_collapse_marked(as_normalized(text)), _SPACED)


def _collapse_marked(base: Normalized) -> Normalized:
    """Addresses and handles spelled out with their "@", "." or "_" spaced too."""
    if "@" in base.text:
        base = _collapse(unstar_address(base), _SPACED_ADDRESS, "@")
        if "_" in base.text or "*" in base.text:
            # (an "@" and a "." both: "@j_o_e" alone stays a handle as written)
            base = _collapse(base, _EMPHASIS_ADDRESS, ("@", "."))
    for mark in (" . ", " _ "):
        if mark in base.text:
            base = _collapse(base, _SPACED_HANDLE, mark.strip())
    for mark in (".", ":", "_"):
        if any(f"{sep}{mark}{sep}" in base.text for sep in "-*\u00b7\u2022"):
            base = _collapse(base, _SPACED_MARKED, mark)
    return base


# A word in quotes or brackets ("'designs'", "(priya)"), and such words or bare ones
# joined by "+" ("(priya) + 'designs'"): an address's name handed over in pieces. The
# pieces' characters and the "+" between them are disjoint classes, and a piece is
# bounded: linear.
_OPENERS = re.escape("'\"‘“«`([")
_CLOSERS = re.escape("'\"’”»`)]")
_PIECE = rf"[{_OPENERS}]?[^\W_][\w.\-]{{0,40}}[{_CLOSERS}]?"
_QUOTED = cached_regex(rf"(?<![\w{_OPENERS}])[{_OPENERS}][^\W_][\w.\-]{{0,40}}[{_CLOSERS}](?![\w{_CLOSERS}])")
_PLUS_PIECES = cached_regex(rf"(?<![\w.\-])(?:{_PIECE})(?:[ \t]*\+[ \t]*(?:{_PIECE}))+")


def join_pieces(text: str | Normalized) -> Normalized:
    """Words in quotes or brackets read bare, and pieces joined by "+" read as one word:
    "my first name (priya) + 'designs' at yahoo" -> "my first name priyadesigns at
    yahoo". The first character kept stands for the quote or bracket before it, so a
    finding covers the pieces as written."""
    base = as_normalized(text)
    s = base.text

    def pieces() -> Iterator[tuple[int, int, str, list[int]]]:
        pos = 0
        for m in _PLUS_PIECES.finditer(s):
            yield from _unquoted(s, pos, m.start())
            a, b = m.span()
            kept = [i for i in range(a, b) if s[i].isalnum() or s[i] in "._-"]
            where = [a if k == 0 else i for k, i in enumerate(kept)]
            yield a, b, "".join(s[i] for i in kept), where
            pos = b
        yield from _unquoted(s, pos, len(s))

    return _splice(base, pieces())


def _unquoted(s: str, a: int, b: int) -> Iterator[tuple[int, int, str, list[int]]]:
    for m in _QUOTED.finditer(s, a, b):
        x, y = m.span()
        yield x, y, s[x + 1 : y - 1], [x, *range(x + 2, y - 1)]
