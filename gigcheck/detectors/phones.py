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
  written digits, a line break, " / ", an arrow, a word, a unit after it such as
  "24-bit"); after a phone cue ("+", "Call", "WhatsApp:") a number goes on over one
  line break, " / ", an arrow or a joining word ("212 then 555 then 0187"), and over
  a break right after a hyphen ("555-⏎0148") in any case;
* toll-free vanity numbers read on the keypad ("1-800-GO-DESIGN");
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

from gigcheck.detectors.phone_guards import in_ip_address
from gigcheck.detectors.phone_judge import DISGUISED, PLAIN, SPELLED, Hit, judge
from gigcheck.detectors.phone_lookalikes import lookalike_edits
from gigcheck.detectors.phone_segments import Group, groups_of, segments, without_stray_word
from gigcheck.detectors.phone_vocab import TOKEN, PhoneVocab, may_hold_phone, words_of
from gigcheck.detectors.phone_words import glued_cue_edits, glued_edits, repeat_edits, vanity_edits
from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized, apply_edits, compose

__all__ = ["DISGUISED", "PLAIN", "SPELLED", "PhoneMatch", "PhoneVocab", "find_phones", "may_hold_phone"]

_MAX_STRETCH = 300


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
        if not plus and (_after_hyphen(s, m.start(), pv) or _after_underscore(s, m.start(), pv)):
            continue
        groups = groups_of(view, m)
        if not groups:
            continue
        cued = plus or _cued(s, m.start(), pv) or _cued_after(s, m.end(), pv) or _symbol_cued(s, m, pv)
        for seg in segments(s, groups, pv, cued, plus):
            hits = _judge(s, seg, plus and seg[0] is groups[0], pv)
            if not hits and cued and len(seg) > 1:
                # Joined over a soft cut but no number: read the pieces on their own.
                hits = [
                    h for piece in segments(s, seg, pv)
                    for h in judge(s, piece, plus and piece[0] is groups[0], pv)
                ]
            for hit in hits:
                a, b = view.span(hit.start, hit.end)
                if not in_ip_address(norm.source, a, b):
                    found.append(PhoneMatch(a, b, hit.value, hit.form))
    return found


def _judge(s: str, seg: list[Group], plus: bool, pv: PhoneVocab) -> list[Hit]:
    """`judge`, first without a stray number word at either end ("9876543210 hai")."""
    trimmed = without_stray_word(seg)
    if trimmed is not seg:
        hits = judge(s, trimmed, plus and trimmed[0] is seg[0], pv)
        if hits:
            return hits
    return judge(s, seg, plus, pv)


def _cued(s: str, start: int, pv: PhoneVocab) -> bool:
    """A phone word among the last three words before `start` ("Call", "WhatsApp:",
    "Zap:"), within 30 characters: what lets a number go on over a soft cut."""
    before = words_of(s[max(0, start - 30):start])[-3:]
    # why (rt32 linebreak "Za⏎lo: 0912⏎ 348 655", "व्हाट्स⏎ऐप पर:⏎98765⏎12034"): a cue
    # broken in two by the layout still cues
    joined = (x + y for x, y in zip(before, before[1:], strict=False))
    return any(t in pv.context for t in before) or any(t in pv.context for t in joined)


def _symbol_cued(s: str, m: re.Match[str], pv: PhoneVocab) -> bool:
    """A phone symbol right before the stretch or between its groups ("📞 nine 📞 one 📞
    seven …"): it names the number as "Call" does. why (issue 12: number words with
    emoji between them)."""
    return not pv.cue_symbols.isdisjoint(s[max(0, m.start() - _SYMBOL_REACH):m.end()])


_SYMBOL_REACH = 3  # "📞 " or "☎️: " before the first digit


# A phone word this close after a stretch, in its clause, labels it as one before it does.
_AFTER_WORDS = 2
_AFTER_CHARS = 30


def _cued_after(s: str, end: int, pv: PhoneVocab) -> bool:
    """A phone word among the first two words after `end`, in the same clause: languages
    that put the label after the number ("0532⏎418 27 90⏎numarasından ulaşın", Turkish
    "reach me from the number ...") let it go on over a soft cut as "Call" before does.
    why (rt20 linebreak)."""
    tail = s[end:end + _AFTER_CHARS]
    stop = _CLAUSE_STOP.search(tail)
    return any(t in pv.context for t in words_of(tail[:stop.start()] if stop else tail)[:_AFTER_WORDS])


_CLAUSE_STOP = cached_regex(r"[.;!?]")


def _prepare(norm: Normalized, pv: PhoneVocab) -> Normalized:
    """Expand glued number words and "double five" and read look-alike letters in the
    digits view: a Normalized whose source is ``norm.text`` (identity when there is
    nothing to expand)."""
    s = norm.text
    edits = [
        *glued_cue_edits(s, pv), *glued_edits(s, pv), *repeat_edits(s, pv), *vanity_edits(s, pv),
        *lookalike_edits(norm, pv),
    ]
    if not edits:
        return Normalized.identity(s)
    edits.sort()
    return apply_edits(s, edits)


def _after_underscore(s: str, start: int, pv: PhoneVocab) -> bool:
    """An identifier's tail: digits after "_" that a line break may split from it
    ("act_⏎1029384756", a Meta ad account's ID), unless a phone word is the identifier
    ("whatsapp_⏎5551234567"). why (rt19 linebreak)."""
    before = s[max(0, start - 3):start].rstrip(" \t\n")
    if not before.endswith("_"):
        return False
    word = TOKEN.findall(s[max(0, start - 24):start])
    return (not word or word[-1].strip("_") not in pv.context) and not _cued(s, start, pv)


def _after_hyphen(s: str, start: int, pv: PhoneVocab) -> bool:
    """A negative number ("-74.0060") or a slug ("covid-19-70806390"), unless a phone
    word comes right before: "number-415-666-7777"."""
    if not start or s[start - 1] != "-":
        return False
    word = TOKEN.findall(s[max(0, start - 12):start])
    return not word or word[-1] not in pv.context or not s[start - 2].isalpha()
