"""Digits that look like a phone number but are another kind of number.

Dates and year ranges, thousands, decimals, IP addresses, ZIP codes, ISBN/EAN check
digits; digit groups not written the way phone numbers are; and the words around a
number that say what it counts ("order number 12345678", "tracking 1Z 999 ...").
"""
from __future__ import annotations

from gigcheck.detectors.phone_validity import phonenumbers
from gigcheck.detectors.phone_vocab import TOKEN, UNSPACED, PhoneVocab, words_of
from gigcheck.regex_cache import cached_regex

__all__ = [
    "context", "names_other_number", "fictional", "grouped_like_phone", "in_ip_address", "looks_like_other_number",
    "template_number",
    "dummy_number", "written_as_other_number", "dated",
]

_YEAR = cached_regex(r"(?:19|20)\d\d\Z")


def looks_like_other_number(groups: list[str], seps: list[str], digits: str) -> bool:
    """Dates, year ranges, thousands, decimals, IP addresses, check-digit codes, dummies."""
    return (
        _date(groups, seps, digits) or _quantity(groups, seps) or _code(groups, seps, digits) or _dummy(digits)
        or _range_of_measures(groups, seps) or _round_amounts(groups)
    )


def _round_amounts(groups: list[str]) -> bool:
    """Two or more groups of hundreds or thousands side by side ("Budget 3000 4000 per
    month", "Frames 9600 19200"): amounts and sizes listed, as a number's groups all
    end in "00" only by chance. why (numbers false alarms: two round figures read as an
    8- or 9-digit number of some region)."""
    return len(groups) >= 2 and all(len(g) >= 3 and g.endswith("00") for g in groups)


_RANGE_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2212", "~", "\u301c", "\uff5e"})


def _range_of_measures(groups: list[str], seps: list[str]) -> bool:
    """why (numbers audit: "jam 09.00-18.00", "9.00–17.00 Uhr", "ingresos 30.000-60.000 €"):
    a range whose ends are each a clock time or an amount with thousands marks. A
    phone number's groups are neither hours and minutes nor thousands on both sides."""
    cut = [i for i, sep in enumerate(seps) if sep.strip() in _RANGE_DASHES]
    if len(cut) != 1:
        return False
    k = cut[0] + 1
    ends = ((groups[:k], seps[:k - 1]), (groups[k:], seps[k:]))
    if all(_clock(g, sp) for g, sp in ends):
        return True
    return all(len(g) >= 2 and _quantity(g, sp) and _thousands(g) for g, sp in ends)


def _clock(groups: list[str], seps: list[str]) -> bool:
    """"09.00", "9:30", "18h45": hours and minutes."""
    return (
        len(groups) == 2 and seps[0].strip() in (".", ":", "h") and len(groups[0]) <= 2 and int(groups[0]) <= 24
        and len(groups[1]) == 2 and int(groups[1]) <= 59
    )


def _thousands(groups: list[str]) -> bool:
    return all(len(g) == 3 for g in groups[1:])


_GROUPS = cached_regex(r"\d+")


def dated(groups: list[str], seps: list[str]) -> bool:
    """Groups that read as a date or a range of years, however the digits were written
    ("二〇二四-二〇二五", "twenty twenty-four"): no number to dial."""
    return _date(groups, seps, "".join(groups))


def written_as_other_number(raw: str) -> bool:
    """`raw` (a piece of a stretch too long for one number: "01.02.2024" in "01.02.2024 –
    31.12.2024") is, as written, a date. (Not an amount: "601 234 567 602 345 678" is
    two phone numbers grouped as such.)"""
    groups = _GROUPS.findall(raw)
    seps = _GROUPS.split(raw)[1:-1]
    return bool(groups) and _date(groups, seps, "".join(groups))


# A national number shorter than this is no phone number to begin with.
_DUMMY_MIN = 6


def dummy_number(digits: str, intl: bool) -> bool:
    """An international number whose part after the country code is all zeros ("+48 000
    000 000", "+1 000 000 0000"): a form's or a template's filler, which no numbering plan
    gives out, whatever the words around it. (Other repeated digits are sold as "golden"
    numbers: "+7 999 999-99-99" stays one unless the words around call it an example.)"""
    if not intl:
        return False
    return any(len(digits) - k >= _DUMMY_MIN and not digits[k:].strip("0") for k in (1, 2, 3))


def _dummy(digits: str) -> bool:
    """A template's stand-in no one answers: one digit repeated ("(555) 555-5555",
    "000 000 0000"). (Not "123-456-7890": sellers test with such numbers, and parts of
    real ones count up.)"""
    return len(set(digits)) == 1


def fictional(digits: str, intl: bool, ranges: tuple[tuple[str, str], ...] = ()) -> bool:
    """A number from a range kept for films and templates, or one no exchange gives
    out: North America's 555-0100..0199 and area code 555 ("+1 (555) 000-0000"), the
    UK's 07700 900xxx drama range, the other regulators' fiction ranges in `ranges`
    ((country code, national prefix) pairs: "+44 20 7946 0958", "0491 570 156"), a
    subscriber part of zeros ("+1 212 000 0000"), or digits counting up ("+1 234 567
    8900", "06-12345678")."""
    if _in_ranges(digits, intl, ranges):
        return True
    national = digits[1:] if digits.startswith("1") and (intl or len(digits) == 11) else digits
    if len(national) in (7, 10):
        local = national[-7:]
        if local[:3] == "555" and local[3:5] == "01":
            return True
        if len(national) == 10 and national[:3] == "555":
            return True
    if "7700900" in digits[:10]:
        return True
    # (an international number counts up after its country code: "+91 98765 43210"; not
    # "+62 812 3456 7890", whose national number starts with 8)
    if digits.endswith("0000") or _counts_up(national) or (intl and _counts_up(_after_country_code(digits))):
        return True
    # a subscriber part of one digit repeated ("0555 555 55 55", "0532 777 77 77"): sold as a golden
    # number too, so fictional only where the words around call it an example (template_number).
    # why ("Örnek kartvizit: Ad Soyad · ornek@firma.com · 0555 555 55 55")
    return len(national) >= _DUMMY_MIN + 1 and _dummy(national[-_SUBSCRIBER:])


_SUBSCRIBER = 7  # the subscriber part of a national number, in most plans


def _after_country_code(digits: str) -> str:
    """The national number of international `digits` (the calling codes are prefix-free)."""
    codes = phonenumbers().COUNTRY_CODE_TO_REGION_CODE
    return next((digits[k:] for k in (1, 2, 3) if int(digits[:k] or 0) in codes), digits)


_WHOLE_NUMBER = 10  # a range this long is one whole number


def _in_ranges(digits: str, intl: bool, ranges: tuple[tuple[str, str], ...]) -> bool:
    """`digits` (with the country code when `intl`, else after a trunk "0") fall in one
    of the fiction ranges."""
    for cc, prefix in ranges:
        if intl and digits.startswith(cc) and digits[len(cc):].lstrip("0").startswith(prefix):
            return True
        if not intl and digits.startswith("0") and digits[1:].startswith(prefix):
            return True
        if not intl and len(prefix) >= _WHOLE_NUMBER and digits == prefix:
            return True  # a whole stand-in number, dialled without a trunk "0" ("138 0013 8000")
    return False


def _counts_up(national: str) -> bool:
    """A national number that starts counting up or down ("234 567 8900"), or whose
    subscriber part is the run "1234567(8)" ("06-12345678", "+7 (999) 123-45-67"): what
    a template's writer types. A run inside a real number ("0812 3456 7890") is no sign."""
    return national.lstrip("0")[:7] in ("1234567", "2345678", "3456789", "9876543") or national.endswith(
        ("1234567", "12345678")
    )


def template_number(s: str, start: int, end: int, digits: str, intl: bool, pv: PhoneVocab) -> bool:
    """A fictional number the words around call an example, a sample or a mockup, or say
    to replace ("The mockup shows a sample number, +1 555-0100 — replace it with your
    own"), and that no first-person word claims ("call me at 555-0142")."""
    ph = pv.placeholders
    cut = _sentence_start(s, start)
    # why ("Ejemplo de encabezado de CV: Juan Pérez · … · +34 600 123 456"): a number closing
    # on the run "123456" over its groups is a template's too, where no first-person word
    # stands before it in the sentence ("Mi número, por ejemplo: +34 600 123 456" is one)
    # (a first-person word inside a quoted template is the buyer's copy, no claim: `Template: "Call us:
    # 0800 123 456"`, why: a known false alarm)
    counted = _COUNTING_GROUP.search(s, start, end) is not None or (
        digits.endswith(_RUN)
        and (not ph.claims(s[max(cut, start - _CLAIM_REACH):start]) or ph.quoted_sample(s, start))
    )
    if not (fictional(digits, intl, ph.number_ranges) or counted) or ph.owned(s, start) or ph.claimed_after(s, end):
        return False
    return ph.example_near(s[cut:], start - cut, end - cut)


_RUN = "123456"
_CLAIM_REACH = 120  # how far back a first-person word claims such a number (bounded: linear)


# A group of a written number that counts up from 1, whole ("Tel. +49 (0)30 123456-0" in an
# example signature): a template's filler, unless a claim follows ("Sample number: +44 7911
# 123456, message me there": `placeholder_claims_after`)..
_COUNTING_GROUP = cached_regex(r"(?<!\d)123456(?:7(?:89?)?)?(?!\d)")


# A sentence ended before a line break: what the line before said ("Send 2-3 logos you
# like.⏎WhatsApp 44 7700 900 518") is no label of this number. (A label line ends in a
# colon or nothing: "Sample flyer:⏎Call +1 555-0100".) Bounded lookback: linear.
_LINE_AFTER_SENTENCE = cached_regex(r"[.!?。！？][ \t]*\n")


def _sentence_start(s: str, start: int) -> int:
    """Where the line holding `start` begins if a finished sentence ends the line before
    it, within the example window; else 0 (the window reads on back)."""
    lo = max(0, start - 160)
    last = 0
    for m in _LINE_AFTER_SENTENCE.finditer(s, lo, start):
        last = m.end()
    return last


# An IPv4 address or CIDR block as written, before spaced digits are collapsed ("0.0.0"
# in "10.0.0.0/16" reads as a disguised "000"): bounded, linear.
_IP_TOKEN = cached_regex(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?(?!\d|\.\d)")


def in_ip_address(source: str, start: int, end: int) -> bool:
    """`[start, end)` of the seller's text lies in an IPv4 address or CIDR block
    ("10.0.1.0/24 and 10.0.2.0/24"), each part at most 255."""
    for m in _IP_TOKEN.finditer(source, max(0, start - 20), min(len(source), end + 20)):
        if m.start() <= start and end <= m.end() + 1:
            parts = m.group().split("/")[0].split(".")
            if all(int(p) <= 255 for p in parts):
                return True
    return False


def _date(groups: list[str], seps: list[str], digits: str) -> bool:
    n = len(groups)
    years = sum(1 for g in groups if len(g) == 4 and _YEAR.match(g))
    if years and all(len(g) <= 2 or (len(g) == 4 and _YEAR.match(g)) for g in groups) and n <= 4:
        return True  # 2015-03-01, 2015-2023, 04/2023-03/2024, 12.03.2024
    if any(_date_at(groups, seps, i) for i in range(n - 2)):
        return True  # holds a date: "2020-07-28 um 17.32.12", "| 12 | 2024-05-01 | 150 |"
    return bool(
        n == 1 and len(digits) == 8 and _YEAR.match(digits[:4])
        and "01" <= digits[4:6] <= "12" and "01" <= digits[6:] <= "31"
    )  # 20240315


def _date_at(groups: list[str], seps: list[str], i: int) -> bool:
    """Groups i..i+2 are a date written with one separator: 2024-05-01, 01.05.2024."""
    a, b, c = groups[i : i + 3]
    if seps[i] != seps[i + 1] or seps[i] not in ("-", ".", "/"):
        return False
    return bool((_YEAR.match(a) and len(b) <= 2 and len(c) <= 2) or (len(a) <= 2 and len(b) <= 2 and _YEAR.match(c)))


def _quantity(groups: list[str], seps: list[str]) -> bool:
    n = len(groups)
    if (
        n >= 2 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        and len(set(seps)) == 1 and seps[0] in (",", ".", " ", "'", "\u00a0", ", ")
    ):
        return True  # 1 000 000, 10.000.000, 2,147,483,647
    if n == 2 and seps[0].strip() in (".", ","):
        return True  # 3.14159, 1,5
    if n == 2 and seps[0].strip() in ("-", "\u2013", "\u2014", "\u30fc") and all(g.endswith("00") for g in groups):
        return True  # a range of round amounts: 5000-10000, 500 – 1000 (a phone number's groups are not both round)
    return _ipv4(groups, seps)


def _ipv4(groups: list[str], seps: list[str]) -> bool:
    """An IPv4 address, alone or with a prefix length: 192.168.0.1, 10.0.0.0/24,
    172.16.0.10/16 (not "06.12.34.56.78", which goes on with dots)."""
    if len(groups) < 4 or any(s != "." for s in seps[:3]) or any(len(g) > 3 or int(g) > 255 for g in groups[:4]):
        return False
    return len(groups) == 4 or seps[3].strip() == "/"


def _code(groups: list[str], seps: list[str], digits: str) -> bool:
    n = len(groups)
    if n == 2 and len(groups[0]) == 5 and len(groups[1]) == 4 and seps[0] == "-":
        return True  # US ZIP+4: 94305-9515
    if len(digits) in (12, 13, 14) and _gtin_check(digits):
        return True  # UPC, EAN-13, ISBN-13
    if len(digits) == 10 and n >= 3 and all("-" in s for s in seps) and _isbn10_ok(digits):
        return True  # 0-306-40615-2
    return "000000" in digits  # 1700000000, 10000000


def _gtin_check(d: str) -> bool:
    body, check = d[:-1], int(d[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _isbn10_ok(d: str) -> bool:
    if len(d) != 10:
        return False
    return sum((10 - i) * int(c) for i, c in enumerate(d)) % 11 == 0


def grouped_like_phone(groups: list[str], seps: list[str]) -> bool:
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


def context(s: str, start: int, end: int, pv: PhoneVocab) -> tuple[bool, bool]:
    """(a phone word is near, the nearest telling word of the same clause before (one of
    the 4 nearest words, or an ID noun up to 8 words back) says it is another kind of
    number: "tracking 1Z 999 ...", "order number 12345678", "ID de cliente de Google
    Ads (formato 123-456-7890)"). A phone word nearer the number wins
    ("order now and call 415 ..."), as does one the other word labels ("WhatsApp ID 415
    555 0132") or one right after the number in its clause ("invoice 415 555 0132 via
    WhatsApp"). "number" itself tells nothing."""
    before = words_of(s[max(0, start - 40):start])[-4:]
    after = TOKEN.findall(s[end:end + 25])[:3]
    near = any(t in pv.context for t in before) or any(t in pv.context for t in after)
    clause = [_label_word(t, pv) for t in TOKEN.findall(_label_clause(s, start, pv))[-_CLAUSE_WORDS:]]
    if not any(t in pv.not_phone for t in clause):
        return near, False
    if any(_phone_word(t, pv) for t in TOKEN.findall(_clause_after(s, end))[:3]):
        return near, False
    for i in range(len(clause) - 1, -1, -1):
        far = len(clause) - i > _NEAR_WORDS
        if clause[i] in pv.not_phone and _time_after(clause, i, pv):
            continue  # "qu'après commande : 06 55 …": when it is given, not what it numbers
        if clause[i] in pv.not_phone and (not far or clause[i] in pv.id_nouns):
            return near, not (i and _phone_word(clause[i - 1], pv))
        if _phone_word(clause[i], pv):
            break
    return near, False


def names_other_number(label: str, pv: PhoneVocab) -> bool:
    """Label `label` (a table's column header and row label) names another kind of number and
    no phone: "Tracking", "Артикул WB", "Штрихкод"; not "WhatsApp", "Phone / ID"."""
    words = [_label_word(t, pv) for t in TOKEN.findall(label.casefold())]
    return any(t in pv.not_phone for t in words) and not any(_phone_word(t, pv) for t in words)


# Words of a clause that is only an example's label ("Example:", "e.g.", "Format:").
_LABEL_WORDS = 2


def _label_clause(s: str, start: int, pv: PhoneVocab) -> str:
    """The clause before the number at `start`; when it is only an example's label, the sentence
    before it too, whose noun the example shows ("Your customer ID is on the invoice. Example:
    447 122 9033"). why (a known false alarm: an ID label in the previous sentence)."""
    clause = _clause_before(s, start, pv)
    words = TOKEN.findall(clause)
    at = start - len(clause)
    if not words or len(words) > _LABEL_WORDS or at <= 0 or not pv.placeholders.example_spots(clause):
        return clause
    return _clause_before(s, at, pv) + clause


def _label_word(t: str, pv: PhoneVocab) -> str:
    """Word `t`, or the word naming another kind of number that ends it when `t` is a run of a
    script written without spaces ("เลขที่คำสั่งซื้อ" ends in "คำสั่งซื้อ", order)."""
    if t in pv.not_phone or not pv.not_phone_unspaced or not UNSPACED.search(t):
        return t
    return next((w for w in pv.not_phone_unspaced if t.endswith(w)), t)


def _time_after(clause: list[str], i: int, pv: PhoneVocab) -> bool:
    """why (rt11 exemption: "je ne donne mon numéro qu'après commande : 06 55 01 83 27"):
    "after" right before the noun ("after the order", "après commande", "nach Bestellung")
    says when the number is given; the noun names no number then."""
    return any(w in pv.time_after for w in clause[max(0, i - 2):i])


def _phone_word(t: str, pv: PhoneVocab) -> bool:
    return t in pv.context and t not in pv.number_nouns


# The clause a number stands in: up to 8 words before it, back to a sentence end (";",
# "?", a line break, a full stop before a word; not the dot of "e.g. 123" or "n.º
# 2024"; not a comma, as "ID, e.g. 123-456-7890" goes on), and up to 25 characters
# after it, to a comma too ("ticket 415-555-0132, message me ...").
_CLAUSE_WORDS = 8
# Beyond the 4 nearest words only an ID noun still names the number ("ID de cliente de
# Google Ads (formato ...)"); "code", "case", "part" that far off say nothing.
_NEAR_WORDS = 4
# (why numbers audit "Etsy-Belegnummer (z. B. 2987654321)": the dot after a lone letter is an
# abbreviation's, "z. B.", "e. g.", "i. e.", and ends no sentence)
_SENTENCE_END = cached_regex(r"[;!?\n]|(?<!\b[^\W\d_])\.\s+(?=[^\W\d_])")
_CLAUSE_END = cached_regex(r"[;!?\n]|,\s|\.\s+(?=[^\W\d_])")


def _clause_before(s: str, start: int, pv: PhoneVocab) -> str:
    window = s[max(0, start - 70):start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if not _label_goes_on(window, m.start(), pv)]
    return window[ends[-1]:] if ends else window


# A line that is a label going on to the next: it ends in a colon or a number sign.
_LABEL_TAIL = cached_regex(r"[:#№]\s*\Z")


def _label_goes_on(window: str, brk: int, pv: PhoneVocab) -> bool:
    """why (numbers broken one phrase a line: "Google Ads⏎customer ID:⏎123-456-⏎7890",
    "Order⏎#⏎4471 2290 118"): a line break after a label (a colon, "#", or a word naming
    another kind of number as the line's last word) ends no clause; the label names the
    number on the next line. A line ending a sentence or in any other word still ends it."""
    if window[brk] != "\n":
        return False
    line = window[max(0, brk - 30):brk]
    if _LABEL_TAIL.search(line):
        return True
    words = [w for w in TOKEN.findall(line)[-3:] if w not in pv.number_nouns]  # "Order no.⏎…"
    return bool(words) and words[-1] in pv.not_phone


def _clause_after(s: str, end: int) -> str:
    window = s[end:end + 25]
    m = _CLAUSE_END.search(window)
    return window if m is None else window[:m.start()]
