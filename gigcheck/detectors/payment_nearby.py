"""How the words right around a payment service read: a pay word's fillers and the
person between ("pembayaran bisa via OVO", "Ik stuur je een Tikkie"), work on payments
("set up payments via Stripe"), a case ending after a hyphen ("বিকাশ-এ"), a verb prefix
("mag-GCash"), a pay word that ends an unknown capitalized name ("Amazon Pay").
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_lists import WORDS
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import PAY_CUE, PERSON, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN


def name_part(scan: RunScan, cv: ChannelVocab, m: Match, ctx: list[Match]) -> bool:
    """Whether the pay word at `m` ends a capitalized name the vocabulary does not know
    ("Amazon Pay, Google Pay", "Pago Fácil"): written with a capital right after another
    capitalized word that is no lexicon word, and not followed by one (a title-cased
    "Easy Payment Via PayPal" goes on)."""
    src = scan.leet.source
    origin = scan.leet.origin
    a, b = origin[m.start], origin[m.end]
    if not src[a:a + 1].isupper() or a < 2 or src[a - 1] != " ":
        return False
    prev = _PREV_WORD.search(src, max(0, a - 24), a)
    if prev is None or not prev.group(1)[0].isupper() or prev.group(1).endswith("."):
        return False  # a full stop ends a sentence, not a name: "So am I. Send the payment"
    if prev.group(1).casefold() in cv.articles:
        return False  # an article opening a sentence before a noun (German "Den Restbetrag per …")
    after = _NEXT_CAP.match(src, b)
    if after is not None:
        return False
    p0 = prev.start(1)
    # A trigger over p0 starts at or before the last view index from p0 (origin grows).
    j = bisect.bisect_right(origin, p0) - 1
    return not any(origin[c.start] <= p0 < origin[c.end] for c in ctx) and not any(
        origin[o.start] <= p0 < origin[o.end] for o in scan.triggers_in(j - scan.longest + 1, j + 1)
    )


_PREV_WORD = cached_regex(r"([^\W\d_][\w.\-]{0,20}) $")
_NEXT_CAP = cached_regex(r" [^\W\d_]*[A-Z]")


def pay_prefix(scan: RunScan, cv: ChannelVocab, t: Match) -> str:
    """The verb prefix glued before service `t` ("mag-" of "mag-GCash"), or ""."""
    before = scan.text[max(0, t.start - 8):t.start].casefold()
    return next((p for p in cv.pay_prefixes if before.endswith(p)), "")


def stands_beside(text: str, t: Match, a: int, b: int) -> bool:
    """Whether text [a, b) stands next to the trigger `t`, one word apart at most."""
    before = b <= t.start and words_between(text, b, t.start) <= 1
    return before or (a >= t.end and words_between(text, t.end, a) <= 1)


# why (rt53 payment-lang "Transferencia bancaria con 10% de descuento", "Banküberweisung mit
# 10 % Rabatt", "PayPal with a 15% discount"): the incentive's amount between a route and its
# incentive word, with up to two short words before it (a preposition, an article) and one
# after ("de", "of"). Bounded runs of disjoint classes: linear.
_AMOUNT_BETWEEN = cached_regex(r"\s*(?:[^\W\d_]{1,4}\s+){0,2}\d{1,3}(?:[.,]\d{1,2})?\s?[%٪]\s*(?:[^\W\d_]{1,3}\s+)?")


def amount_beside(text: str, t: Match, a: int) -> bool:
    """Whether the word at `a` (an incentive) follows the trigger `t` with only the amount of a
    price incentive between ("PayPal com 10% de desconto"): the route is offered at that price."""
    m = _AMOUNT_BETWEEN.match(text, t.end, a)
    return m is not None and m.end() == a and a > t.end


# A hyphenated tail this short is a case ending, not a compound's word (see `inflected`).
_INFLECTION_MAX = 3


def inflected(text: str, at: int) -> bool:
    """Whether the word part at `at`, after a hyphen that ends a service's name, is a
    case ending ("বিকাশ-এ", "নগদ-তে", "Payoneer-e", "OVO-nya"): a few letters (with their
    vowel signs), so the service stands as a word of its own, not as the head of a
    compound ("PayPal-style", "PayPal-Zahlung"). why (audit: "বিকাশ-এ পেমেন্ট করলে
    কম খরচ হবে" went unreported, the ending read as a compound)."""
    end = at
    while end < len(text) and end - at <= 2 * _INFLECTION_MAX and (
        text[end].isalnum() or unicodedata.category(text[end]).startswith("M")
    ):
        end += 1
    letters = sum(1 for ch in text[at:end] if ch.isalnum())
    return 0 < letters <= _INFLECTION_MAX and (end == len(text) or not text[end].isalnum())


# How far a pay word may stand before its service with only fillers between (characters).
_FILLER_CHARS = 40


_FOR_WORDS = 3  # what the payment is for, before a route ("for extra revisions via")


def only_fillers(text: str, a: int, b: int, fillers: frozenset[str], routes: frozenset[str]) -> bool:
    """Whether text[a:b] is a few filler words only ("bisa via", "can be paid through"); with
    a route right before the service, what the payment is for may stand first ("pembayaran
    revisi tambahan bisa via OVO"). Not across a clause (no "," or ";" between)."""
    chunk = text[a:b] if b - a <= _FILLER_CHARS else ""
    if any(c in chunk for c in ",;:.!?"):
        return False
    words = chunk.split()
    if not words:
        return False
    if words[-1] in routes:
        lead = 0
        while lead < len(words) and words[lead] not in fillers:
            lead += 1
        return lead <= _FOR_WORDS and all(w in fillers for w in words[lead:])
    return all(w in fillers for w in words)


def objects_between(ctx: list[Match], a: int, b: int) -> int:
    """How many person words ("je", "te", "you") stand in [a, b): the one paid or paying,
    not another thing between a pay verb and the service."""
    return sum(1 for m in ctx if PERSON in kinds(m) and a <= m.start and m.end <= b)


def work_on(
    text: str, m: Match, ctx: list[Match], rel: frozenset[str], with_words: frozenset[str] = frozenset()
) -> bool:
    """A pay word that is the object of work ("set up payments via Stripe", "pasang
    pembayaran OVO", "configurar pagos con Nequi") or names it ("payment app", "payment
    gateway"): a work word right before or right after it, or before a relative word
    ("a bot that accepts payments", "un bot de Telegram que acepta pagos"). Not a work
    before the pay word across a comma or a "with" (`with_words`): the way the work is paid
    for ("Diseño de logo con pago por PayPal aceptado", "Logo, pago por PayPal"; a thing
    built with payments is `feature_with`'s). why (round 1's leftover)."""
    return any(
        PAY_CUE in kinds(c)
        and (
            (
                c.end <= m.start and words_between(text, c.end, m.start) <= 1
                and not _paid_for(text, c.end, m.start, with_words)
            )
            or (c.start >= m.end and words_between(text, m.end, c.start) == 0)
            or (c.end <= m.start and _relative_between(text, c.end, m.start, rel))
        )
        for c in ctx
    )


def _paid_for(text: str, a: int, b: int, with_words: frozenset[str]) -> bool:
    """Whether text[a:b], between a work and a pay word, is a comma or a "with" word."""
    gap = text[a:b]
    return any(c in gap for c in ",;:") or any(w.casefold() in with_words for w in WORDS.findall(gap))


def _relative_between(text: str, a: int, b: int, rel: frozenset[str]) -> bool:
    """Whether text[a:b] holds a relative word with at most two words after it and
    five in all ("bot that accepts", "bot de Telegram que acepta")."""
    words = re.findall(rf"{LETTER_RUN}", text[a:b])
    return 0 < len(words) <= 5 and any(w in rel for w in words[-3:])
