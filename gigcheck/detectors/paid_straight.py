"""Paying the seller outside the order said in ordinary words, with no service named and
no listed phrase ("A 50% deposit goes to me directly", "Передоплату ви переказуєте мені
напряму", "مستقیم به خودم پرداخت کنند", "sa akin na kayo direktang magbayad para tipid sa
fee", "malipo ... tutafanya nje ya jukwaa").

The one reading of "paid to me directly" (it also reads `direct_payees`, the PAY_TO_ME
triggers: "to me directly", "мені напряму", "sa akin … direktang", which payment.py used to
judge on their own). A sentence holds a pay verb or a money word of the seller's
(`pay_verbs`: "deposit", "tips", "acompte", "переказ…", "پرداخت", "magbayad") and a word of
the money going straight (`direct_words`: "directly", "напряму", "مستقیم", "direktang"), and
one more sign that the payment skips the marketplace:
- the seller as the payee, of the pay verb ("goes to me", "мені", "به خودم پرداخت") or
  as a "to me" phrase by the direct word ("send them to me directly", a `direct_payees`
  phrase) that the pay verb leads to: before it across a short clause ("Tips are welcome,
  but please send them to me directly"), or right after it in the languages that put the
  verb last ("مستقیم به خودم پرداخت کنند"); a service counts as a pay verb there ("per
  PayPal direkt an mich"). Not a pay word after it across another word ("Send the files to
  me directly after payment": the payment is when, the files are what);
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

from gigcheck.detectors.leave_shared import place_qualified
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import PayWords, pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    FEE_SKIP,
    MARK,
    MARKET,
    NEG,
    OFF,
    OWN_PLACE,
    PAY_MARKET,
    PAY_OFF,
    PAY_TO_ME,
    PAY_VERB,
    PERSON,
    REFUSAL,
    REMAINDER,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SETTLE,
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
    marks += [t.start for t in scan.triggers if PAY_TO_ME in kinds(t)]
    marks += [t.start for t in scan.triggers if OWN_PLACE in kinds(t)]
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
    if any(OFF in kinds(o) for o in scan.triggers_in(s0, s1)) and any(
        kinds(m) & _QUOTED and not words.negates_nothing(text, m.start, m.end) for m in ctx
    ):
        return None  # (a label of another language is no negation: Turkish "Not:" is "Note:")
    pays = [m for m in ctx if PAY_VERB in kinds(m)]
    # a word inside a service's own name ("direct deposit") is the name, not context around it
    named = [(o.start, o.end) for o in scan.triggers_in(s0, s1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
    if not (pays or named) or words.withdrawing(text, s0, s1) or words.businesses.search(text, s0, s1) is not None:
        return None  # the seller's own earnings moved; the buyer's shop taking payments
    # (not a place qualified as another's: "fuera de la plataforma de pagos de Shopify")
    away = [a for a in _away(text, words, sent) if not place_qualified(text, cv, a[1], s1)]
    if market_pays(scan, cv, sent, ctx, away):
        return None
    own = _paid_at_own_place(scan, words, sent, pays)
    if own is not None:
        return own
    pays = [m for m in pays if not _within(m.start, named)]
    payees = _payees(scan, cv, words, sent, named)
    straight = [(m.start(), m.end()) for m in words.straight.finditer(text, s0, s1) if not _within(m.start(), named)]
    straight += away + [p for p in payees if p not in straight]
    cheaper = [(m.start(), m.end()) for m in words.incentive.finditer(text, s0, s1)]
    for p in pays:
        for a, b in straight:
            if a < p.end and p.start < b:
                continue  # one word read twice ("upfront" is no payee of itself)
            if _work_sent(text, cv, words, ctx, p, (a, b), s0):
                continue
            if _skips(text, words, p, (a, b), away, cheaper, payees):
                return StraightPayment(min(p.start, a), max(p.end, b), (p.start, a), sent)
    # a service counts as a pay verb before "to me directly" ("per PayPal direkt an mich")
    for o in named:
        for a, b in payees:
            if _leads_to(text, o, (a, b)):
                return StraightPayment(min(o[0], a), max(o[1], b), (o[0], a), sent)
    return None


# How many words may stand between a pay verb or instrument and the seller's own place ("an invoice
# from my site": one; "eine Rechnung über meine Website": one).
_OWN_REACH = 2


def _paid_at_own_place(
    scan: RunScan, words: PayWords, sent: tuple[int, int], pays: list[Match]
) -> StraightPayment | None:
    """The seller's own store or site right after a pay verb or a pay instrument in its clause ("a
    secure checkout link from my own store", "I'll send you an invoice from my site", "Pay through my
    own store", "el link de pago de mi tienda"): paid there, not on the marketplace."""
    text = scan.text
    s0, s1 = sent
    spans = [(m.start, m.end) for m in pays] + [m.span() for m in words.instruments.finditer(text, s0, s1)]
    for place in scan.triggers_in(s0, s1):
        if OWN_PLACE not in kinds(place):
            continue
        a = place.start
        c0 = scan.clause(a)[0]
        for p0, p1 in spans:
            if c0 <= p0 and p1 <= a and words_between(text, p1, a) <= _OWN_REACH:
                return StraightPayment(p0, place.end, (p0, a), sent)
    return None


# How far a pay verb may stand from "to me directly": before it across a short clause
# ("Tips are welcome, but please send them to me directly"), after it only right against it
# in the languages that put the verb last ("مستقیم به خودم پرداخت کنند", "সরাসরি আমাকে টাকা
# পাঠালেই"): not "to me directly after payment".
_PAID_BEFORE = 8
_PAID_AFTER = 0


def _payees(
    scan: RunScan, cv: ChannelVocab, words: PayWords, sent: tuple[int, int], named: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The seller as the payee by a direct word in sentence `sent`: a `direct_payees` phrase
    ("to me directly", "мені напряму"), or a "to me" phrase right before or after a direct
    word ("straight to me", "directement à moi"), or "between us" right by one ("directly between
    us", "direttamente tra noi"), as one span each."""
    s0, s1 = sent
    text = scan.text
    spans = [(t.start, t.end) for t in scan.triggers_in(s0, s1) if PAY_TO_ME in kinds(t)]
    between = [
        (t.start, t.end) for t in scan.triggers_in(s0, s1) if SETTLE in kinds(t) and t.text not in cv.settle_ourselves
    ]
    for m in words.straight.finditer(text, s0, s1):
        a, b = m.span()
        if _within(a, named) or any(x <= a < y for x, y in spans):
            continue
        # why (issue 12, rt51 exemption "Fatturata a parte ogni mese, direttamente tra noi"): "directly between
        # us", "entre nous directement": the two of them alone, the seller the payee
        two = next(((x, y) for x, y in between if _touching(text, (a, b), (x, y))), None)
        if two is not None:
            spans.append((min(a, two[0]), max(b, two[1])))
            continue
        to_me = words.to_me.search(text, max(s0, a - 20), min(s1, b + 20))
        if to_me is None:
            continue
        if to_me.end() <= a and words_between(text, to_me.end(), a) == 0:
            spans.append((to_me.start(), b))
        elif b <= to_me.start() and words_between(text, b, to_me.start()) == 0:
            spans.append((a, to_me.end()))
    return spans


def _touching(text: str, p: tuple[int, int], q: tuple[int, int]) -> bool:
    """Whether spans `p` and `q` stand right next to each other, no word between."""
    if p[1] <= q[0]:
        return words_between(text, p[1], q[0]) == 0
    return q[1] <= p[0] and words_between(text, q[1], p[0]) == 0


def _leads_to(text: str, p: tuple[int, int], payee: tuple[int, int]) -> bool:
    """Whether the pay verb (or service) at `p` leads to the payee phrase at `payee`."""
    (p0, p1), (a, b) = p, payee
    if p1 <= a:
        return words_between(text, p1, a) <= _PAID_BEFORE
    return b <= p0 and words_between(text, b, p0) <= _PAID_AFTER


def _work_sent(
    text: str, cv: ChannelVocab, words: PayWords, ctx: list[Match], p: Match, d: tuple[int, int], s0: int
) -> bool:
    """The work, not money, is what goes straight to the seller: a work object ("the files",
    "los archivos") between the pay verb `p` and the direct word at `d`, or, where the verb comes
    last, right before the direct word ("dosyaları doğrudan bana gönderin"), with no money word
    there ("Send the files to me directly after payment", "After payment, send the files to me
    directly", "Envíame los archivos directamente"; not "Send the deposit to me directly"). A
    verb of sending with the work for its object is no money word ("Po płatności wyślij mi pliki
    bezpośrednio", "stuur je de bestanden direct": `_sends`)."""
    a, _ = d
    if p.end <= a:
        lo = max(p.end, a - _WORK_REACH)  # (bounded: each pair of a long sentence reads a window, not the gap)
        found = words.work_objects.search(text, lo, a)
    else:
        lo = max(s0, a - _WORK_REACH // 2)
        found = words.work_object_before(text, lo, a, 1)
    if found is None:
        return False
    pays = [m for m in ctx if PAY_VERB in kinds(m) and m is not p and lo <= m.start and m.end <= a]
    obj = found.start()
    if p.end <= obj and _joined(text, cv, ctx, p, obj, commas=False):
        return False  # "Send the deposit and the files to me directly": money sent with the work
    if p.end > a:
        # the verb last: a pay word before the object is another phrase ("Ödeme sonrası dosyaları bana
        # direkt gönderin") unless a list joins it to the object ("kaporayı ve dosyaları")
        return not any(m.start >= found.end() or _joined(text, cv, ctx, m, obj) for m in pays)
    return not any(not _sends(text, cv, ctx, m, obj) for m in pays)


def _sends(text: str, cv: ChannelVocab, ctx: list[Match], m: Match, obj: int) -> bool:
    """Pay verb `m` sends the work object starting at `obj`: it stands before it with only a
    person or a mark between ("wyślij mi pliki", "stuur je de bestanden"; not "zaliczkę i pliki",
    the deposit and the files, joined by a list's conjunction). why (a verb of sending that
    the pay lists hold, in pl, nl, tr)."""
    if m.end > obj:
        return False
    if _joined(text, cv, ctx, m, obj):
        return False  # "zaliczkę i pliki": "i" (and) joins two things sent
    between = [k for k in ctx if m.end <= k.start and k.end <= obj and kinds(k) & {PERSON, MARK}]
    return words_between(text, m.end, obj) <= sum(len(k.text.split()) for k in between)


_JOIN_REACH = 3  # words between a money word and the work object a list may join ("the deposit and the files")


def _joined(text: str, cv: ChannelVocab, ctx: list[Match], m: Match, obj: int, commas: bool = True) -> bool:
    """Money word `m` and the work object at `obj` are items of one list: a list's conjunction
    (or, with `commas`, a comma) between them, a few words apart. (Not a comma for the pay word
    itself: "After payment, send the files" ends a phrase there.)"""
    if words_between(text, m.end, obj) > _JOIN_REACH:
        return False
    gap = text[m.end:obj]
    return (commas and "," in gap) or "&" in gap or any(w.strip(".,;:") in cv.list_conjunctions for w in gap.split())


_WORK_REACH = 80  # characters before a direct word where the work sent may stand ("send the source files to me")


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
    "directamente en la plataforma"."""
    words = pay_words(cv)
    text = scan.text
    away = _away(text, words, sent) if away is None else away
    s0, s1 = sent
    # why (issue 12, rt56 "a 30% deposit paid to me outside the order, and the remaining 70% goes through
    # the site"): the marketplace in the clause of the rest of a split payment is the way of that rest only
    rests = [scan.clause(t.start) for t in scan.triggers_in(s0, s1) if REMAINDER in kinds(t)]
    if any(PAY_MARKET in kinds(m) and not _within(m.start, rests) for m in ctx) and not away:
        return True
    nouns = words.market_nouns.finditer(text, s0, s1)
    return any(
        words.marked(text, m.start(), m.end()) and not _within(m.start(), away) and not _within(m.start(), rests)
        for m in nouns
    )


def _skips(
    text: str, words: PayWords, p: Match, d: tuple[int, int], away: list[tuple[int, int]],
    cheaper: list[tuple[int, int]], payees: list[tuple[int, int]],
) -> bool:
    """Whether the pay verb `p` and the direct word at `d` say paying outside: one more sign."""
    a, b = d
    if d in away or _payee_of(text, words, p):
        return True
    if any(x < b and a < y and _leads_to(text, (p.start, p.end), (x, y)) for x, y in payees):
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
