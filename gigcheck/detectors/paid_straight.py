"""Paying the seller outside the order said in ordinary words, with no service named and
no listed phrase ("A 50% deposit goes to me directly", "Передоплату ви переказуєте мені
напряму", "مستقیم به خودم پرداخت کنند", "sa akin na kayo direktang magbayad para tipid sa
fee", "malipo ... tutafanya nje ya jukwaa").

A sentence holds a pay verb or a money word of the seller's (`pay_verbs`: "deposit",
"tips", "acompte", "переказ…", "پرداخت", "magbayad") and a word of the money going
straight (`direct_words`: "directly", "напряму", "مستقیم", "direktang"), and one more sign
that the payment skips the marketplace:
- the seller as the payee, of the pay verb ("goes to me", "мені", "به خودم پرداخت") or
  as a "to me" phrase right by the direct word ("send them to me directly");
- the fee saved (`incentive_words`: "para tipid sa fee", "تا کارمزد ندهند" is not needed);
- the pay verb written right against the direct word ("réglé directement"), unless the
  word says apart rather than outside (`apart_words`: "paid separately" is an extra);
- the marketplace named to be left ("nje ya jukwaa", "outside the platform"), or the order
  skipped ("no need to open a new order", "sans rouvrir de commande", "অর্ডার না দিয়ে"):
  these need no direct word.
The marketplace named as the way anywhere in the sentence ("Fiverr pays me directly")
leaves it alone. payment.find_offers judges negations, topics and answers, as for a trigger.
"""
from __future__ import annotations

from dataclasses import dataclass

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import PayWords, pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    FEE_SKIP,
    MARKET,
    NEG,
    OFF,
    PAY_MARKET,
    PAY_OFF,
    PAY_VERB,
    REFUSAL,
    SERVICE,
    SERVICE_AMBIGUOUS,
    ChannelVocab,
)

__all__ = ["StraightPayment", "straight_payments"]

# Triggers whose own judge (payment._judge) reads the sentence: what it let go stays let go.
# A service's own judge may have found nothing to say of "par un petit virement": the words
# around it are read here too.
# Paying outside said outright: the payment rules' own judge reads refusals and answers.
_JUDGED = frozenset({PAY_OFF, FEE_SKIP})
# The marketplace left said as a phrase ("вне платформы", "nje ya jukwaa") is read here only in
# a sentence with no negation, refusal, warning or the marketplace named: a rule quoted ("Laut
# Fiverr-Richtlinien sind Zahlungen außerhalb der Plattform verboten"), a warning ("Beware of
# scammers asking you to pay off-platform") are the leaving rules' to judge.
_QUOTED = frozenset({NEG, REFUSAL, PAY_MARKET, MARKET})


@dataclass(frozen=True, slots=True)
class StraightPayment:
    start: int  # view offsets of the pay verb and the direct word, together
    end: int
    marks: tuple[int, int]  # where the pay verb and the direct word start (negations are read before each)
    sentence: tuple[int, int]


def straight_payments(scan: RunScan, cv: ChannelVocab) -> list[StraightPayment]:
    """One candidate per sentence that says paying the seller straight, in text order."""
    words = pay_words(cv)
    text = scan.text
    seen: set[tuple[int, int]] = set()
    found: list[StraightPayment] = []
    marks = [m.start() for m in words.straight.finditer(text)] + [m.start() for m in words.order_skip.finditer(text)]
    for at in sorted(marks):
        sent = scan.sentence(at)
        if sent in seen:
            continue
        seen.add(sent)
        got = _in_sentence(scan, cv, words, sent)
        if got is not None:
            found.append(got)
    return found


def _in_sentence(scan: RunScan, cv: ChannelVocab, words: PayWords, sent: tuple[int, int]) -> StraightPayment | None:
    s0, s1 = sent
    text = scan.text
    if any(kinds(o) & _JUDGED for o in scan.triggers_in(s0, s1)):
        return None
    ctx = scan.context(cv, s0, s1)
    if any(OFF in kinds(o) for o in scan.triggers_in(s0, s1)) and any(kinds(m) & _QUOTED for m in ctx):
        return None
    pays = [m for m in ctx if PAY_VERB in kinds(m)]
    if not pays or words.withdrawing(text, s0, s1) or words.businesses.search(text, s0, s1) is not None:
        return None  # the seller's own earnings moved; the buyer's shop taking payments
    away = _away(text, words, sent)
    if market_pays(scan, cv, sent, ctx, away):
        return None
    # a word inside a service's own name ("direct deposit") is the name, not context around it
    named = [(o.start, o.end) for o in scan.triggers_in(s0, s1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
    pays = [m for m in pays if not _within(m.start, named)]
    straight = [(m.start(), m.end()) for m in words.straight.finditer(text, s0, s1) if not _within(m.start(), named)]
    straight += away
    cheaper = [(m.start(), m.end()) for m in words.incentive.finditer(text, s0, s1)]
    for p in pays:
        for a, b in straight:
            if a < p.end and p.start < b:
                continue  # one word read twice ("upfront" is no payee of itself)
            if _skips(text, words, p, (a, b), away, cheaper):
                return StraightPayment(min(p.start, a), max(p.end, b), (p.start, a), sent)
    return None


def _away(text: str, words: PayWords, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """The marketplace named to be left, or the order skipped, in sentence `sent`: a sign of their own."""
    s0, s1 = sent
    away = [(m.start(), m.end()) for m in words.outside_only.finditer(text, s0, s1)]
    return away + [(m.start(), m.end()) for m in words.order_skip.finditer(text, s0, s1)]


def market_pays(
    scan: RunScan, cv: ChannelVocab, sent: tuple[int, int], ctx: list[Match],
    away: list[tuple[int, int]] | None = None,
) -> bool:
    """The marketplace named as the way the seller is paid in sentence `sent`, not as the
    place left: "Fiverr pays me directly", "released to me directly by the platform",
    "directamente en la plataforma". Also for payment.py's "to me directly" (one reading)."""
    words = pay_words(cv)
    text = scan.text
    away = _away(text, words, sent) if away is None else away
    if any(PAY_MARKET in kinds(m) for m in ctx) and not away:
        return True
    s0, s1 = sent
    nouns = words.market_nouns.finditer(text, s0, s1)
    return any(words.marked(text, m.start()) and not _within(m.start(), away) for m in nouns)


def _skips(
    text: str, words: PayWords, p: Match, d: tuple[int, int], away: list[tuple[int, int]],
    cheaper: list[tuple[int, int]],
) -> bool:
    """Whether the pay verb `p` and the direct word at `d` say paying outside: one more sign."""
    a, b = d
    if d in away or _payee_of(text, words, p):
        return True
    to_me = words.to_me.search(text, max(0, a - 20), min(len(text), b + 20))
    if to_me is not None and (words_between(text, to_me.end(), a) == 0 or words_between(text, b, to_me.start()) == 0):
        return True
    if any(not (x < b and a < y) for x, y in cheaper):
        return True
    after = p.end <= a and words_between(text, p.end, a) == 0
    adjacent = after or (b <= p.start and words_between(text, b, p.start) == 0)
    # not "the rest directly after your feedback": the rest of the work as much as of the payment
    return adjacent and text[a:b] not in words.apart and p.text not in words.rest_set


def _payee_of(text: str, words: PayWords, p: Match) -> bool:
    """The seller as the pay verb's payee: in it or right after it ("pay me", "goes to me",
    "переказуєте мені"), or right before it ("به خودم پرداخت", "আমাকে টাকা পাঠালেই"); not a
    "me" a few words back, which is another verb's ("Message me directly about payment")."""
    words_in = p.text.split()
    if p.text in words.payee or any(w in words.payee for w in words_in[1:]):
        return True
    if words.payee_after.match(text, p.end) is not None:
        return True
    return words.payee_right_before.search(text, max(0, p.start - 30), p.start) is not None


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)
