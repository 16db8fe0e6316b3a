"""The marketplace as the way a payment goes ("pay with PayPal on Fiverr", "every payment
goes through Fiverr"), and the seller's own account as where a payment goes ("to my
account"). Named for an order or as the place left, the marketplace excuses nothing.
"""
from __future__ import annotations

from gigcheck.detectors.leaving import left_place
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_lists import WORDS
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    MARK,
    NEG,
    PAY_MARKET,
    PAY_OFF,
    PAY_VERB,
    PAY_WORD,
    REMAINDER,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SESSION_MARK,
    ChannelVocab,
)
from gigcheck.text.questions import is_asked


def own_account_paid(
    scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match]
) -> bool:
    """Whether the seller's own account at `t` ("to my account", "a mi cuenta") is where
    a payment goes: a pay verb or word, a service or a direct word in the sentence (a
    pay word ending an unknown name counts: "Amazon Pay to my account"), and no
    marketplace named unless a direct word says it is skipped."""
    s0, s1 = sent
    text = scan.text
    words = pay_words(cv)
    market = [(m.start, m.end) for m in ctx if PAY_MARKET in kinds(m)]
    direct = [
        (a, b) for a, b in words.direct_in(text, s0, s1, market) if not (t.start <= a < t.end)
    ]
    # The marketplace as the way ("only through Fiverr"), not its fee ("Fiverr-Gebühren weg").
    way = any(words.marked(text, a, b) and not words.for_order(text, a, b) for a, b in market)
    if (way and not direct) or words.withdrawing(text, s0, s1):
        return False
    named = any(
        kinds(o) & {SERVICE, SERVICE_AMBIGUOUS} for o in scan.triggers_in(s0, s1)
    )
    if is_asked(text[s0:s1]) and not named:
        return False  # "Is this only happening to my account?", "will I send it to my bank?"
    paid = any(PAY_VERB in kinds(m) for m in ctx) or any(
        PAY_OFF in kinds(o) and o is not t for o in scan.triggers_in(s0, s1)
    )
    return named or paid or bool(direct)


def _only_marks_between(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """Only tying words, articles and punctuation in text [a, b) ("PayPal through the
    Fiverr checkout", "PayPal, on Fiverr"): the marketplace is said of the service. Not
    "Deposit via Wise, rest on Fiverr" (another part of the payment)."""
    words = [w.casefold() for w in WORDS.findall(scan.text, a, b)]
    marks = {m.text for m in scan.context(cv, a, b) if kinds(m) & {MARK, SESSION_MARK}}
    return all(w in marks or w in cv.articles or w in cv.possessives for w in words)


def marketplace_pays(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """Whether the marketplace named in the sentence is the way the payment goes: after
    "on", "through", "from" in the service's clause ("pay with PayPal on Fiverr",
    "payment from Fiverr to PayPal"), right after the service ("PayPal through Fiverr's
    checkout"), before a pay word ("Fiverr accepts PayPal") or after one in its own
    clause ("every payment goes through Fiverr"). Named for an order or its clients it
    excuses nothing: "Once you order on Fiverr, settle the balance through Wise", "For
    returning Fiverr clients I take Payoneer transfers"."""
    text = scan.text
    words = pay_words(cv)
    c0, c1 = scan.clause(t.start)
    for m in ctx:
        if PAY_MARKET not in kinds(m) or words.for_order(text, m.start, m.end) or left_place(scan, m):
            continue  # (not the place left: "Leave Fiverr and pay me on PayPal")
        if _unusable_apart(scan, cv, m, t) or _negated_mark(scan, cv, m):
            continue  # (nor a way said unusable or negated: "Pay me via PayPal, payment through Fiverr is not
            # possible", "Paga por Nequi, no por Fiverr")
        if m.start >= t.end and words_between(text, t.end, m.start) <= 4 and _only_marks_between(
            scan, cv, t.end, m.start
        ):
            return True
        m0, _ = scan.clause(m.start)
        # A case ending glued to the marketplace is "from" it, not a way to pay: "Fiverr'dan
        # sipariş verdikten sonra Papara ile …" (after ordering from Fiverr); "Fiverr'dan
        # ödeme" still has its pay word after it.
        pay = [p for p in ctx if kinds(p) & {PAY_VERB, PAY_WORD} and not (p.start == m.end and p.text[:1] in "'’")]
        # (not across a contrast: "I work on Fiverr but take payment via PayPal", "मैं Fiverr पर काम करता
        # हूँ लेकिन भुगतान PayPal से लेता हूँ": the marketplace is where the seller works, the payment goes on)
        # (the marketplace first, then the contrast: a story told the other way round keeps it, "I transferred my
        # payment to PayPal but … deducted from Fiverr", real text)
        contrast = m.end <= t.start and cv.contrast is not None and cv.contrast.search(text, m.end, t.start)
        if m0 == c0 and not contrast and (words.marked(text, m.start, m.end) or any(
            p.start >= m.end and words_between(text, m.end, p.start) <= 1 for p in pay
        )):
            return True
        if any(m0 <= p.start and p.end <= m.start and words_between(text, p.end, m.start) <= 3 for p in pay):
            return True
    return False


def marketplace_is_the_way(scan: RunScan, cv: ChannelVocab, t: Match, m: Match, ctx: list[Match]) -> bool:
    """Whether the marketplace named at `m` is where the payment goes, undoing the phrase
    at `t`: "pay directly on Fiverr" (right after it, behind "on", "through"), "every
    payment should go through Fiverr, even if a client asks to pay directly" (in another
    clause, after a pay word). Not "pay outside Fiverr", nor the marketplace named for
    something else ("Once you order on Fiverr, pay me directly")."""
    text = scan.text
    if not pay_words(cv).marked(text, m.start, m.end) or _unusable_apart(scan, cv, m, t):
        return False
    if m.start >= t.end and words_between(text, t.end, m.start) <= 3:
        return True
    c0, c1 = scan.clause(m.start)
    if c0 <= t.start < c1:
        return False
    if any(REMAINDER in kinds(r) for r in scan.triggers_in(c0, c1)):
        return False  # "paid to me outside the order, the rest through Fiverr": the way of the rest only
    return any(
        PAY_VERB in kinds(p) and c0 <= p.start and p.end <= m.start and words_between(text, p.end, m.start) <= 4
        for p in ctx
    )


# How many words may stand between the marketplace and the words that say its way cannot be used
# ("Fiverr checkout is not available": two).
_UNAVAILABLE_REACH = 3


def way_unavailable(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """Whether the marketplace named at `m` is said, right after it in its clause, to be a way
    that cannot be used: "payment through Fiverr is not possible", "Fiverr checkout is not
    available", "el pago por Fiverr no funciona". The refusal is the marketplace's, not the
    route's named beside it: the marketplace is no way the payment goes."""
    return unusable_end(scan, cv, m) is not None


def unusable_end(scan: RunScan, cv: ChannelVocab, m: Match) -> int | None:
    """Where the words that say the marketplace at `m` cannot be used end (`way_unavailable`): after
    it ("Fiverr checkout no funciona"), or at its name when they come before it (`_refused_before`)."""
    c0, c1 = scan.clause(m.start)
    end = pay_words(cv).unavailable_after(scan.text, m.end, c1, _UNAVAILABLE_REACH)
    if end is None and _refused_before(scan, cv, m, c0):
        return m.end
    return end if end is not None else _negated_then_paid(scan, cv, m, c1)


# How many words may stand between a negation and its pay verb ("não dá para pagar": two), and
# between the pay verb and the marketplace ("thanh toán được trên Fiverr": two).
_REFUSED_REACH = 2


def _refused_before(scan: RunScan, cv: ChannelVocab, m: Match, c0: int) -> bool:
    """A negated pay verb, or words of not going through, right before the marketplace at `m` in its
    clause: paying there said impossible ("não dá para pagar no Fiverr", "không thanh toán được trên
    Fiverr", "can't pay on Fiverr", "se o cartão não passar no Fiverr"). why (issue 12). Not
    the marketplace as the place left ("don't pay outside Fiverr")."""
    text = scan.text
    # (the marketplace marked as the way, "on", "no", "trên": not "payments outside Fiverr")
    if left_place(scan, m) or not pay_words(cv).marked(text, m.start, m.end):
        return False
    if pay_words(cv).unavailable_before(text, c0, m.start):
        return True  # "se o cartão não passar no Fiverr"
    ctx = scan.context(cv, c0, m.start)
    return any(
        PAY_VERB in kinds(p) and p.end <= m.start and words_between(text, p.end, m.start) <= _REFUSED_REACH
        and any(
            NEG in kinds(n) and n.end <= p.start and words_between(text, n.end, p.start) <= _REFUSED_REACH
            for n in ctx
        )
        for p in ctx
    )


def _negated_then_paid(scan: RunScan, cv: ChannelVocab, m: Match, c1: int) -> int | None:
    """Where the pay verb ends that the marketplace at `m` stands before, with a negation right before
    the marketplace's mark and the verb right after its name, as languages that put the verb last say
    paying there is impossible ("Ich kann nicht über Fiverr zahlen", "Ik kan niet via Fiverr betalen",
    "Non riesco su Fiverr a pagare"). why (issue 12). Not the marketplace as the place left
    ("nicht außerhalb von Fiverr zahlen")."""
    text = scan.text
    if left_place(scan, m) or not _negated_mark(scan, cv, m):
        return None
    return next(
        (
            p.end for p in scan.context(cv, m.end, c1)
            if PAY_VERB in kinds(p) and p.start >= m.end and words_between(text, m.end, p.start) <= _REFUSED_REACH
        ),
        None,
    )


def _negated_mark(scan: RunScan, cv: ChannelVocab, m: Match) -> bool:
    """A negation right before the mark of the marketplace at `m`, the mark and at most one word between
    ("nicht über Fiverr", "niet via de Fiverr", "no por Fiverr", "not through Fiverr"): the marketplace is
    said not to be the way. Only a marked marketplace (`marked`)."""
    text = scan.text
    if not pay_words(cv).marked(text, m.start, m.end):
        return False
    ctx = scan.context(cv, max(0, m.start - 40), m.start)
    marks = [k for k in ctx if MARK in kinds(k) and k.end <= m.start and words_between(text, k.end, m.start) <= 1]
    # (the mark right after the negation: not the Portuguese "No checkout da Fiverr", "in the checkout")
    return any(
        NEG in kinds(n) and k.start >= n.end and words_between(text, n.end, k.start) == 0 for n in ctx for k in marks
    )


def taken_instead(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """In the clause of the service at `t`, the marketplace's way said unusable before it, then
    "so" or "then" right before the service: the service is the way taken instead ("không thanh
    toán được trên Fiverr nên chuyển khoản", "Fiverr पर पेमेंट नहीं चल रहा तो UPI कर दें"); not
    "Fiverr payment isn't possible with PayPal" (the service is part of what does not work)."""
    c0 = scan.clause(t.start)[0]
    end = unusable_after(scan, cv, c0, t.start)
    return end is not None and end <= t.start and pay_words(cv).consequence_between(scan.text, end, t.start)


def _unusable_apart(scan: RunScan, cv: ChannelVocab, m: Match, t: Match) -> bool:
    """The marketplace at `m` said unusable in a clause other than the service's at `t`, or before a
    pay verb that `t` follows: what cannot be used is the marketplace's way, and `t` is named apart
    from it ("Pay me via PayPal, payment through Fiverr is not possible"); not "Fiverr payment isn't
    possible with PayPal"."""
    end = unusable_end(scan, cv, m)
    if end is None:
        return False
    if scan.clause(m.start) != scan.clause(t.start):
        return True
    # in one clause (Thai writes no commas): a new pay verb after the words of unavailability starts
    # the payment `t` is named for ("ถ้าจ่ายผ่าน Fiverr ไม่ได้ โอนพร้อมเพย์มาได้เลย")
    return end <= t.start and any(
        PAY_VERB in kinds(p) and end <= p.start and p.end <= t.start for p in scan.context(cv, end, t.start)
    )


def way_unavailable_in(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """Whether text [a, b) names the marketplace with its way said unusable (`way_unavailable`),
    not as the place left: "Fiverr payments don't work in my country, so Wise it is"."""
    return unusable_after(scan, cv, a, b) is not None


def unusable_after(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> int | None:
    """Where the last words end that say a marketplace named in text [a, b) cannot be used: what
    they negate is the marketplace's way, not what comes after them ("ถ้าจ่ายผ่าน Fiverr ไม่ได้
    โอนพร้อมเพย์มาได้เลย": the "not" is Fiverr's)."""
    return max((e for _, e in unusable_spans(scan, cv, a, b)), default=None)


def unusable_spans(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> list[tuple[int, int]]:
    """The statements in text [a, b) that a marketplace's way cannot be used, each from its clause's
    start to where the words saying so end ("Fiverr's payment page keeps failing"): a payment page
    named there is the marketplace's, not the work's."""
    return [
        (scan.clause(m.start)[0], e) for m in scan.context(cv, a, b)
        if PAY_MARKET in kinds(m) and not left_place(scan, m) and (e := unusable_end(scan, cv, m)) is not None
    ]
