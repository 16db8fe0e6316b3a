"""Phone numbers in the "digits" view of a run, however they are written.

The digits view (see gigcheck/detect/views.py) already reads number words as digits
("four one five" -> "415"), O/I/l inside digit runs as 0/1, digits of every script and
fullwidth or mathematical digits as ASCII, and joins spaced-out digits. This module
adds what a table cannot do, then asks `phonenumbers` whether the result is a number:

* tens and hundreds written as words add up: "сто двадцать три" = 123,
  "quatre-vingt-dix-neuf" = 99; words glued together next to digits split
  ("fourfivefour 555", "fünfundvierzig 12"); "double five" = 55; "plus seven" = +7;
* after a phone word or "+", more look-alike letters read as digits ("4l5-S55-Ol32");
* a stretch of digit groups is cut where phone numbers never continue (commas between
  written digits, a line break, " / ", a unit after it such as "24-bit");
* things that merely look like numbers are set aside: dates and year ranges, thousands
  ("1 000 000"), decimals, IP addresses, ISBN/EAN check digits, "order 12345678",
  counting ("one, two, three, four", "ten, nine, eight ...") and lists of number words.

A number written with "+", "00", "tel:", next to a word like "phone" or "WhatsApp", or
in disguise (spelled out, look-alike letters, exotic digits, spaced out) counts when
its length is possible for a region; any other number must be a valid number of one of
the pack's regions (PhoneNumberMatcher, leniency VALID).

`phonenumbers` is imported only when a candidate needs it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import AbstractSet, Any, Iterator, Mapping, Optional

from gigcheck.text.normalize import Normalized, apply_edits, compose, fold, trie_pattern

__all__ = ["PhoneMatch", "PhoneVocab", "find_phones", "may_hold_phone"]

PLAIN = "plain"
SPELLED = "spelled"
DISGUISED = "disguised"


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    """A phone number at ``[start, end)`` of the ORIGINAL text (``norm.source``, the run
    text: what the seller wrote, spelled-out words included); `value` in E.164
    ("+14155550132"). (Unlike email matches, which are in view offsets: a phone's view
    is re-expanded inside the detector, so it maps back itself.)"""

    start: int
    end: int
    value: str
    form: str  # PLAIN, SPELLED (number words) or DISGUISED (look-alikes, spacing ...)


_CJK_NUM = "零〇一幺二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
# The first test's five digits close together start nowhere after a letter other than
# o/i/l (which may stand for 0/1), nor inside a URL or after another digit.
_NOT_BEFORE = r"[a-hj-km-np-z0-9_/=?&#@]"
_CJK5 = re.compile(f"[{_CJK_NUM}](?:[ -]?[{_CJK_NUM}]){{4}}")

_PUNCT_AROUND = ",.;:!?)("

_SEPCLASS = r"[ \t\n().\-_/\u00a0\u2010-\u2015\u2212\u30fc\uff0d,;]"
_GROUP = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W\d_]+")


class PhoneVocab:
    """The pack's `[vocab.phone]` and `[vocab.numbers]`, compiled once per process."""

    def __init__(self, phone: Mapping, numbers: Mapping) -> None:
        def words(table: Mapping, key: str) -> list[str]:
            return [str(w).lower() for w in table.get(key, [])]

        self.regions = tuple(str(r).upper() for r in phone.get("regions", ["US"]))
        self.context = set(words(phone, "context_words"))
        self.not_phone = set(words(phone, "not_phone_words"))
        self.units = set(words(phone, "unit_words"))
        self.number_nouns = frozenset(words(phone, "number_nouns"))
        ext = "|".join(sorted(map(re.escape, words(phone, "extension_words")), key=len, reverse=True)) or "(?!)"
        self.extension = re.compile(r"(?:" + ext + r")\.?[ :]?\d")
        plus = words(phone, "plus_words")
        self.plus_before = re.compile(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, plus)) + r")[ \t]*\Z") if plus else None

        table = {str(k).casefold(): str(v) for k, v in numbers.get("words", {}).items()}
        self.number_words = table
        self.repeat = {str(k).casefold(): int(v) for k, v in numbers.get("repeat", {}).items()}
        self.connectors = set(words(numbers, "connectors"))
        self.units_first = set(words(numbers, "units_first"))
        # Glued compounds: whole words of letters made only of number words and joiners.
        self.parts = {k: v for k, v in table.items() if k.isalpha() and len(k) > 1}
        self.parts.update({fold(k).text: v for k, v in self.parts.items()})
        self.parts.update({str(k).casefold(): str(v) for k, v in numbers.get("glued_parts", {}).items()})
        self.joiners = {c for c in self.connectors if c.isalpha()}
        self.max_part = max((len(p) for p in [*self.parts, *self.joiners]), default=1)
        self.part_starts = {p[:2] for p in self.parts}
        # Prefilter: number words as split() tokens, also with punctuation attached.
        plain = {k for k in table if not all("\u2e80" <= ch <= "\u9fff" for ch in k)}
        # Also without accents, as sellers type them ("funf", "tres", "zero").
        plain |= {fold(k).text for k in plain}
        self.token_words = frozenset(
            {w for k in (*plain, *self.repeat) for w in (k, *(k + p for p in _PUNCT_AROUND), "(" + k)}
        )
        # A digit glued to a number word ("five5five", "0one9eight"), or five digits.
        glue = trie_pattern(k for k in plain if k.isalpha())
        # One pattern starting with a digit, so a scan skips to digits at C speed.
        # Also a digit, then a number word: "415 five five five 0132".
        self.gate = re.compile(
            rf"\d(?:(?<!{_NOT_BEFORE}\d)(?:[^\d\n]{{0,4}}\d){{4}}|{glue}|[ \-.,]{{1,3}}{glue}(?![^\W\d_]))"
        )
        # Number words joined by hyphens ("nine-one-seven"), which split() keeps whole.
        self.gate_hyphen = re.compile(rf"-{glue}-{glue}(?![^\W\d_])")
        conn = "|".join(sorted(map(re.escape, self.connectors), key=len, reverse=True))
        joiner = rf"|[ \-]{{1,3}}(?:{conn})[ \-]{{1,3}}" if conn else ""
        # A stretch of digit groups: optional "+", then digits with short separators (or
        # a joining word such as "y"/"und") between them. Separators and digits are
        # disjoint, so each repetition matches one way only: linear time.
        self.stretch = re.compile(
            r"(?:(?<![\d+])\+[ \t]?|(?<![0-9A-Za-z_\u00c0-\u024f/#$€£¥₹@.=&?%~^,+\u2212]))\d"
            rf"(?:(?:{_SEPCLASS}{{1,4}}{joiner})?\d)*"
        )
        rep = "|".join(sorted(map(re.escape, self.repeat), key=len, reverse=True))
        self.repeat_re = re.compile(rf"(?<![^\W\d_])(?:{rep})[ \-]+(\d)") if rep else None


def _spelled(lower: str, tokens: AbstractSet[str], pv: PhoneVocab) -> bool:
    """Enough number words for a number spelled out: three different ones, or two
    different ones written four times ("five five five one one one ...")."""
    found = {w.strip(_PUNCT_AROUND) for w in pv.token_words & tokens}
    if len(found) >= 3:
        return True
    if len(found) != 2:
        return False
    words = "|".join(map(re.escape, found))
    return len(re.findall(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", lower)) >= 4


def may_hold_phone(lower: str, pv: PhoneVocab, tokens: Optional[AbstractSet[str]] = None) -> bool:
    """Cheap first test: could `lower` (text in lower case, raw or folded; `tokens` the
    set of its ``split()``, computed when not given) hold a phone number? Five digits
    close together, a digit next to a number word, number words, CJK numerals. When
    not, its normalized views need not be built. Costs a scan that skips to digits at C
    speed, and set lookups."""
    if tokens is None:
        tokens = frozenset(lower.split())
    if pv.gate.search(lower) or ("-" in lower and pv.gate_hyphen.search(lower)):
        return True
    if _spelled(lower, tokens, pv):
        return True
    return not lower.isascii() and _CJK5.search(lower) is not None


# ------------------------------------------------------------------- preparation


def _split_glued(token: str, pv: PhoneVocab) -> Optional[list[tuple[str, str]]]:
    """"fourfivefour" -> [("4",""), ("5",""), ("4","")]; "fünfundvierzig" ->
    [("5",""), ("40","und")]: (digits, joiner before it); None unless the whole token
    is two or more number words (joiners only between them)."""
    n = len(token)
    # best[i]: a parse of token[:i] as (parts, pending joiner)
    best: list[Optional[tuple[list[tuple[str, str]], str]]] = [None] * (n + 1)
    best[0] = ([], "")
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        parts, pending = cur
        for j in range(min(n, i + pv.max_part), i, -1):
            piece = token[i:j]
            if piece in pv.parts:
                if best[j] is None:
                    best[j] = (parts + [(pv.parts[piece], pending)], "")
            elif piece in pv.joiners and parts and not pending:
                if best[j] is None:
                    best[j] = (parts, piece)
    end = best[n]
    if end is None or end[1] or len(end[0]) < 2:
        return None
    return end[0]


def _prepare(norm: Normalized, pv: PhoneVocab) -> Normalized:
    """Expand glued number words and "double five" in the digits view: a Normalized
    whose source is ``norm.text`` (identity when there is nothing to expand)."""
    s = norm.text
    edits: list[tuple[int, int, str]] = []
    # Glued words are read only next to digits ("fourfivefour 555 0198"), so prose
    # costs one look around each digit group.
    seen = -1
    for g in _GROUP.finditer(s):
        for a, b in (_word_before(s, g.start()), _word_after(s, g.end())):
            if b - a < 5 or a <= seen:
                continue
            t = s[a:b]
            if t[:2] in pv.part_starts and t not in pv.number_words:
                parts = _split_glued(t, pv)
                if parts:
                    edits.append((a, b, _compose_parts(parts, pv)))
                    seen = a
    if pv.repeat_re is not None and any(w in s for w in pv.repeat):
        for m in pv.repeat_re.finditer(s):
            times = pv.repeat[re.split(r"[ \-]", m.group())[0]]
            edits.append((m.start(), m.end(), m.group(1) * times))
    edits.extend(_lookalike_edits(norm, pv))
    if not edits:
        return Normalized.identity(s)
    edits.sort()
    return apply_edits(s, edits)


# Letters typed for the digits they resemble, in the folded view: beyond O/I/l (which
# the digits view reads already where a stretch holds enough real digits) "S55" and
# "Z" for 2; "b" only where the seller typed a capital "B" (a small "b" looks like 6).
_LOOKALIKE = {"o": "0", "i": "1", "l": "1", "s": "5", "z": "2", "b": "8"}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE)
_LOOKALIKE_TOKEN = re.compile(r"(?<![^\W_])[oilszb]*[0-9][0-9oilszb]*(?![^\W_])")
_LOOKALIKE_SEP = frozenset(" -.()/")


def _lookalike_edits(norm: Normalized, pv: PhoneVocab) -> list[tuple[int, int, str]]:
    """Look-alike letters to read as digits ("phone: 4l5-S55-Ol32"): in a stretch of
    tokens of digits and such letters, each at least half digits, right after a phone
    word or "+". Elsewhere "S3", "Z690" or "B2B 2024" are names of their own."""
    s = norm.text
    edits: list[tuple[int, int, str]] = []
    for stretch in _lookalike_stretches(s):
        letters = [m.start() + k for m in stretch for k, ch in enumerate(m.group()) if ch.isalpha()]
        if not letters or sum(len(m.group()) for m in stretch) < 7:
            continue
        if any(2 * sum(ch.isalpha() for ch in m.group()) > len(m.group()) for m in stretch):
            continue
        if any(s[i] == "b" and norm.original(i, i + 1) != "B" for i in letters):
            continue
        a, b = stretch[0].start(), stretch[-1].end()
        plus = s[max(0, a - 2):a].rstrip().endswith("+")
        labelled = any(t in pv.context for t in _TOKEN.findall(s[max(0, a - 25):a])[-3:])
        if not (labelled or plus) or _context(s, a, b, pv)[1]:
            continue
        # Model names read as digits too ("call me about the S23 2024 2025"): only a
        # valid number, not a merely possible length, is one.
        number = s[a:b].translate(_LOOKALIKE_TABLE)
        if _valid("+" + number if plus else number, (None,) if plus else pv.regions) is None:
            continue
        edits.extend((i, i + 1, _LOOKALIKE[s[i]]) for i in letters)
    return edits


def _lookalike_stretches(s: str) -> Iterator[list[re.Match]]:
    """Runs of look-alike tokens joined by up to three phone separators."""
    stretch: list[re.Match] = []
    for m in _LOOKALIKE_TOKEN.finditer(s):
        if stretch:
            gap = s[stretch[-1].end():m.start()]
            if len(gap) > 3 or not set(gap) <= _LOOKALIKE_SEP:
                yield stretch
                stretch = []
        stretch.append(m)
    if stretch:
        yield stretch


def _word_before(s: str, i: int) -> tuple[int, int]:
    """The word of letters ending at `i` or one space or hyphen before it (at most 40
    letters are looked at: linear overall)."""
    if i > 1 and s[i - 1] in " -":
        i -= 1
    j = i
    while j > 0 and i - j <= 40 and s[j - 1].isalpha():
        j -= 1
    return (j, i) if j == 0 or not s[j - 1].isalpha() else (i, i)


def _word_after(s: str, i: int) -> tuple[int, int]:
    """The word of letters starting at `i` or one space or hyphen after it."""
    n = len(s)
    if i < n - 1 and s[i] in " -":
        i += 1
    j = i
    while j < n and j - i <= 40 and s[j].isalpha():
        j += 1
    return (i, j) if j == n or not s[j].isalpha() else (i, i)


def _absorb(cur: int, nxt: int, joiner: str, pv: PhoneVocab) -> Optional[int]:
    """The value of number words `cur` then `nxt` read as one number, if they are one:
    twenty + three, nine hundred + sixteen, soixante + dix-neuf, fünf + und + vierzig."""
    if joiner in pv.units_first:
        return nxt + cur if 0 < cur < 10 and nxt >= 20 and nxt % 10 == 0 and nxt < 100 else None
    if cur >= 20 and nxt > 0:
        zeros = len(str(cur)) - len(str(cur).rstrip("0"))
        if zeros and nxt < 10 ** zeros:
            return cur + nxt
        if cur in (60, 80) and 10 <= nxt <= 19:  # French: soixante-dix, quatre-vingt-onze
            return cur + nxt
    return None


def _compose_parts(parts: list[tuple[str, str]], pv: PhoneVocab) -> str:
    out: list[int] = []
    for digits, joiner in parts:
        v = int(digits)
        if out:
            merged = _absorb(out[-1], v, joiner, pv)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(v)
    return "".join(str(v) for v in out)


# ----------------------------------------------------------------------- guards


def _gtin_check(d: str) -> bool:
    body, check = d[:-1], int(d[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _isbn10_ok(d: str) -> bool:
    if len(d) != 10:
        return False
    return sum((10 - i) * int(c) for i, c in enumerate(d)) % 11 == 0


_YEAR = re.compile(r"(?:19|20)\d\d\Z")


def _looks_like_other_number(groups: list[str], seps: list[str], digits: str) -> bool:
    """Dates, year ranges, thousands, decimals, IP addresses, check-digit codes."""
    n = len(groups)
    years = sum(1 for g in groups if len(g) == 4 and _YEAR.match(g))
    if years and all(len(g) <= 2 or (len(g) == 4 and _YEAR.match(g)) for g in groups) and n <= 4:
        return True  # 2015-03-01, 2015-2023, 04/2023-03/2024, 12.03.2024
    if n >= 3 and seps[0] == seps[1] and seps[0] in ("-", ".", "/") and (
        (_YEAR.match(groups[0]) and len(groups[1]) <= 2 and len(groups[2]) <= 2)
        or (len(groups[0]) <= 2 and len(groups[1]) <= 2 and _YEAR.match(groups[2]))
    ):
        return True  # starts with a date: "2020-07-28 um 17.32.12"
    if n == 1 and len(digits) == 8 and _YEAR.match(digits[:4]) and "01" <= digits[4:6] <= "12" and "01" <= digits[6:] <= "31":
        return True  # 20240315
    if n >= 2 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        if len(set(seps)) == 1 and seps[0] in (",", ".", " ", "'", "\u00a0", ", "):
            return True  # 1 000 000, 10.000.000, 2,147,483,647
    if n == 2 and seps[0].strip() in (".", ","):
        return True  # 3.14159, 1,5
    if n == 4 and all(s == "." for s in seps) and all(len(g) <= 3 and int(g) <= 255 for g in groups):
        return True  # 192.168.0.1
    if n == 2 and len(groups[0]) == 5 and len(groups[1]) == 4 and seps[0] == "-":
        return True  # US ZIP+4: 94305-9515
    if len(digits) in (12, 13, 14) and _gtin_check(digits):
        return True  # UPC, EAN-13, ISBN-13
    if len(digits) == 10 and n >= 3 and all("-" in s for s in seps) and _isbn10_ok(digits):
        return True  # 0-306-40615-2
    if "000000" in digits:
        return True  # 1700000000, 10000000
    return False


def _grouped_like_phone(groups: list[str], seps: list[str]) -> bool:
    """Digit groups as phone numbers are written, for numbers with nothing else saying
    they are one: one block, blocks of 2-5 digits, pairs at the end ("06 12 34 56 78",
    "916 123-45-67"), "0176/1234567"; not "4820-1177-03", "1500/500" or two times
    "0800 - 1400"."""
    if len(groups) == 1:
        return True
    if len(groups[-1]) < 2 or (len(groups[-1]) == 2 and len(groups[-2]) > 2):
        return False
    if len(groups) == 2 and "/" in seps[0] and not groups[0].startswith("0"):
        return False
    if len(groups) == 2 and all(len(g) == 4 and g[:2] <= "23" and g[2:] <= "59" for g in groups):
        return False
    return max(len(g) for g in groups[1:]) <= 8


# -------------------------------------------------------------------- validation


def _phonenumbers() -> Any:
    import phonenumbers  # heavy: only when a candidate needs it

    return phonenumbers


def _valid(text: str, regions: tuple[Optional[str], ...], whole: bool = True) -> Optional[tuple[int, int, str]]:
    """A VALID number PhoneNumberMatcher finds in `text` for one of `regions`, as
    (start, end, E.164). The first region whose number covers every digit of `text`
    wins ("(11) 91234-5678" is Brazilian, not the Spanish "91234-5678"); with
    `whole=False`, a number inside `text` is enough."""
    pn = _phonenumbers()
    total = sum(ch.isdigit() for ch in text)
    part = None
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region or "ZZ", leniency=pn.Leniency.VALID, max_tries=20):
            found = m.start, m.end, pn.format_number(m.number, pn.PhoneNumberFormat.E164)
            if sum(ch.isdigit() for ch in m.raw_string) == total:
                return found
            if part is None:
                part = found
            break
    return None if whole else part


def _possible(number: str, regions: tuple[Optional[str], ...]) -> Optional[str]:
    """E.164 of `number` if its length is possible in one of `regions`."""
    pn = _phonenumbers()
    for region in regions:
        try:
            num = pn.parse(number, region)
        except pn.NumberParseException:
            continue
        if pn.is_possible_number(num):
            return pn.format_number(num, pn.PhoneNumberFormat.E164)
    return None


# --------------------------------------------------------------------- detection


@dataclass(slots=True)
class _Group:
    a: int  # view offsets
    b: int
    digits: str
    kind: str  # "digit", "word", "swap", "changed" (exotic digits, spacing, invisibles)
    pieces: int = 1  # words or digits it was written as ("Four-One-Five", "4 1 5": 3)

    def one_per_digit(self) -> bool:
        """Written digit by digit ("nine-one-seven", "4 1 5"), not as one number ("ten")."""
        return self.pieces == len(self.digits) > 1


_SWAP = frozenset("oOiIlsSzZB")
_PIECE = re.compile(r"[^\W_]+")
_MAX_STRETCH = 300
_LONG_BLOCK = re.compile(r"\d{6}")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _kind(norm: Normalized, a: int, b: int, s: str) -> str:
    orig = norm.original(a, b)
    if orig == s[a:b]:
        return "digit"
    letters = {ch for ch in orig if ch.isalpha()}
    if letters and not letters <= _SWAP or any(ch in _CJK_NUM for ch in orig):
        return "word"
    if letters:
        return "swap"
    return "changed"




def _context(s: str, start: int, end: int, pv: PhoneVocab) -> tuple[bool, bool]:
    """(a phone word is near, the nearest telling word before says it is another kind of
    number: "tracking 1Z 999 ...", "order number 12345678", but "call me, order now").
    "number" itself tells nothing when a word like "order" comes before it."""
    before = _TOKEN.findall(s[max(0, start - 40):start])[-4:]
    after = _TOKEN.findall(s[end:end + 25])[:3]
    negative = False
    for t in reversed(before):
        if t in pv.not_phone:
            negative = True
            break
        if t in pv.context and t not in pv.number_nouns:
            break
    near = any(t in pv.context for t in before) or any(t in pv.context for t in after)
    return near, negative


def find_phones(norm: Normalized, pv: PhoneVocab) -> list[PhoneMatch]:
    """Phone numbers in `norm`, the digits view of a run, in text order, located in
    ``norm.source`` (the run text)."""
    view = compose(norm, _prepare(norm, pv))  # maps the expanded text to what the seller wrote
    s = view.text
    found: list[PhoneMatch] = []
    for m in pv.stretch.finditer(s):
        if m.end() - m.start() > _MAX_STRETCH:
            continue  # a table or list of numbers, not something to dial
        plus = s[m.start()] == "+"
        if not plus and m.start() and s[m.start() - 1] == "-":
            # A negative number ("-74.0060") or a slug ("covid-19-70806390"), unless a
            # phone word comes right before: "number-415-666-7777".
            word = _TOKEN.findall(s[max(0, m.start() - 12):m.start()])
            if not word or word[-1] not in pv.context or not s[m.start() - 2].isalpha():
                continue
        groups = [
            _Group(g.start() + m.start(), g.end() + m.start(), g.group(), "")
            for g in _GROUP.finditer(m.group())
        ]
        if sum(len(g.digits) for g in groups) < 4:
            continue
        for g in groups:
            g.kind = _kind(view, g.a, g.b, s)
            if g.kind != "digit":
                g.pieces = len(_PIECE.findall(view.original(g.a, g.b)))
        for seg in _segments(s, groups, pv):
            for hit in _judge(view, s, seg, plus and seg[0] is groups[0], pv):
                a, b = view.span(hit.start, hit.end)
                found.append(PhoneMatch(a, b, hit.value, hit.form))
    return found


def _segments(s: str, groups: list[_Group], pv: PhoneVocab) -> list[list[_Group]]:
    """Cut a stretch where a phone number cannot continue."""
    segs: list[list[_Group]] = [[groups[0]]]
    for prev, g in zip(groups, groups[1:]):
        sep = s[prev.b:g.a]
        words = prev.kind == "word" and g.kind == "word"
        # Commas cut lists of numbers ("1, 3 or 7 days"), but next to digits written out
        # one by one they are pauses: "Four-One-Five, 555, Zero-One-Three-Two".
        pause = words or _spelled_group(prev) or _spelled_group(g)
        hard = (
            (("," in sep or ";" in sep) and not pause)
            or (("\n" in sep or any(ch.isalpha() for ch in sep)) and not words)
            or ("/" in sep and " " in sep) or sep.count("(") > 1 or sep.count(")") > 1
        )
        if hard:
            segs.append([g])
        else:
            segs[-1].append(g)
    # A unit after the last group makes it a measurement ("24-bit", "48000 hz", "5k");
    # an extension ("x 623", "ext. 12") or a word ("0132call") does not.
    out = []
    for seg in segs:
        last = seg[-1]
        tail = _TOKEN.match(s, last.b + (1 if last.b < len(s) and s[last.b] in " -" else 0))
        if tail is not None and not pv.extension.match(s, tail.start()):
            word = tail.group()
            glued = tail.start() == last.b and _LATIN.match(word) is not None
            if word in pv.units or (glued and len(word) <= 2):
                seg = seg[:-1]
        if seg:
            out.append(seg)
    return out


def _spelled_group(g: _Group) -> bool:
    """Three or more digits written as words one by one: "Four-One-Five"."""
    return g.kind == "word" and g.one_per_digit() and len(g.digits) >= 3


def _digits_of(s: str, seg: list[_Group], pv: PhoneVocab) -> tuple[list[str], list[str]]:
    """Digit groups with number words added up ("20 3" -> "23"), and their separators."""
    vals: list[str] = [seg[0].digits]
    seps: list[str] = []
    kinds = [seg[0].kind]
    for prev, g in zip(seg, seg[1:]):
        sep = s[prev.b:g.a]
        if prev.kind == "word" and g.kind == "word" and kinds[-1] == "word":
            joiner = sep.strip(" -,")
            merged = _absorb(int(vals[-1]), int(g.digits), joiner, pv) if len(vals[-1]) < 5 and len(g.digits) < 4 else None
            if merged is not None and (not joiner or joiner in pv.connectors):
                vals[-1] = str(merged)
                continue
        vals.append(g.digits)
        seps.append(sep)
        kinds.append(g.kind)
    return vals, seps


def _judge(view: Normalized, s: str, seg: list[_Group], plus: bool, pv: PhoneVocab) -> list[PhoneMatch]:
    vals, seps = _digits_of(s, seg, pv)
    digits = "".join(vals)
    start, end = seg[0].a, seg[-1].b
    if plus:
        start = s.rfind("+", 0, start)
    elif pv.plus_before is not None:
        pm = pv.plus_before.search(s, max(0, start - 12), start)
        if pm is not None:
            plus = True
            start = pm.start() + (0 if s[pm.start()].isalpha() else 1)
    if start > 0 and s[start - 1] == "(" and ")" in s[start:end]:
        start -= 1
    nd = len(digits)
    intl = plus or (digits.startswith("00") and not digits.startswith("000"))
    if intl and not plus:
        digits = digits[2:]
        nd -= 2
    if nd < 7 or nd > 15:
        if nd > 15 and not intl:
            return _inside(view, s, seg, pv)
        return []
    kinds = {g.kind for g in seg}
    word_digits = sum(len(g.digits) for g in seg if g.kind == "word")
    spelled = word_digits >= 4
    # One number word among digits ("2020-07-28 um 17.32") is no disguise; three are.
    disguised = bool(kinds & {"swap", "changed"}) or word_digits >= 3
    tel = s[max(0, start - 4):start].rstrip(" :/").endswith(("tel", "sms", "callto"))
    near, negative = _context(s, start, end, pv)
    if negative and not intl:
        return []
    if not intl and not spelled and _looks_like_other_number(vals, seps, digits):
        return []
    if (spelled or disguised) and not intl:
        # Counting up is never a number to dial ("one, two, three, four ..."); counting
        # down is a countdown unless a phone word says otherwise ("nine eight seven six
        # five four three two one zero, WhatsApp only" is a real Indian mobile number),
        # and always when it starts from ten or more, as phone digits come one by one.
        values = _count_values(seg)
        step = _step(values)
        if step > 0 or (step < 0 and not ((near or tel) and max(values) < 10)):
            return []
        if not (near or tel) and _word_list(s, seg):
            return []
    form = SPELLED if spelled else DISGUISED if disguised else PLAIN
    strong = intl or tel or near or disguised
    if intl:
        text = "+" + digits
        regions: tuple[Optional[str], ...] = (None,)
    else:
        text = s[start:end] if not (kinds & {"word"}) else " ".join(vals)
        regions = pv.regions
    if not strong:
        if not _grouped_like_phone(vals, seps):
            return []
        near = _LONG_BLOCK.search(s, max(0, start - 60), start) or _LONG_BLOCK.search(s, end, end + 60)
        if len(vals) == 1 and near:
            return []  # a bare block among others: a list of codes ("3909500990 – ... 3910000919")
    v = _valid(text, regions)
    if v is not None:
        return [PhoneMatch(start, end, v[2], form)]
    if not strong:
        return []
    e164 = _possible(text if intl else digits, regions)
    if e164 is not None:
        return [PhoneMatch(start, end, e164, form)]
    if spelled:
        return [PhoneMatch(start, end, ("+" if intl else "") + digits, form)]
    return []


def _count_values(seg: list[_Group]) -> list[int]:
    """The numbers a stretch of number words or spaced digits names, digit by digit
    where it was written so ("1 2 3" -> 1, 2, 3; "ten" -> 10); empty when plain digits
    are among them."""
    values: list[int] = []
    for g in seg:
        if g.kind not in ("word", "changed"):
            return []
        if g.one_per_digit():
            values.extend(int(d) for d in g.digits)
        else:
            values.append(int(g.digits))
    return values


def _step(values: list[int]) -> int:
    """1 when `values` count up one by one ("one two three ... ten"), -1 when they
    count down ("ten, nine, eight ... one"), else 0 (also for fewer than four)."""
    if len(values) < 4:
        return 0
    steps = {b - a for a, b in zip(values, values[1:])}
    return steps.pop() if steps in ({1}, {-1}) else 0


def _word_list(s: str, seg: list[_Group]) -> bool:
    """Single number words between commas ("seven, three, nine, one, ..."): a list or a
    rhyme; a number spelled with commas groups its digits ("nine-one-seven, ...")."""
    return len(seg) > 1 and all(g.kind == "word" and g.pieces == 1 for g in seg) and all(
        "," in s[prev.b:g.a] for prev, g in zip(seg, seg[1:])
    )


def _inside(view: Normalized, s: str, seg: list[_Group], pv: PhoneVocab) -> list[PhoneMatch]:
    """A stretch too long for one number may hold several ("415-666-7777 - 800-443-1223")."""
    start, end = seg[0].a, seg[-1].b
    if end - start > 120 or any(g.kind == "word" for g in seg):
        return []
    pn = _phonenumbers()
    text = s[start:end]
    for region in pv.regions:
        found = [
            PhoneMatch(start + m.start, start + m.end, pn.format_number(m.number, pn.PhoneNumberFormat.E164), PLAIN)
            for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID, max_tries=20)
            if sum(ch.isdigit() for ch in m.raw_string) >= 7
        ]
        if found:
            return found
    return []
