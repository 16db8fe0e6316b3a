"""Payments outside the marketplace: services offered as a way to pay ("pay via PayPal",
"Payment: Payoneer or crypto", "Aceito Pix"), paying outside said outright ("skip the
fees", "pay me directly"), and payment details (IBANs, crypto wallet addresses,
`$cashtags`, "venmo @name").

Offers work on the trigger scan of a run (run_scan.py): a service named with a pay word
right next to it ("pay via", "accepted", "only", "transfer") or followed by an account
("Payoneer account: finance@…", "GCash 0917 …") is an offer; with a pay word elsewhere in
its clause it is a weaker one (a warning). A work subject next to the service ("PayPal
checkout integration", "Payoneer vs Wise", "Bitcoin whitepaper") or in the clause of a
weak one, a negation ("I do not accept payments outside Fiverr") or the marketplace as
the way ("pay with PayPal on Fiverr") undo it.

Details are checked, not just shaped (checksums.py): an IBAN must have its country's
length and valid check digits (ISO 13616, mod 97), a wallet address (Bitcoin, Litecoin,
Dogecoin, TRON) its Base58Check or Bech32 checksum, so order numbers and hashes that look
alike are left alone. A wallet-shaped string whose checksum fails is still one when a
coin or a wallet is named right around it ("Send LTC to ltc1q…"): a mistyped address is
still an offer to be paid there.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from gigcheck.detectors.built_without import built_by_verb
from gigcheck.detectors.checksums import BECH_COINS, base58check_coin, bech32_coin, iban_ok
from gigcheck.detectors.leaving import fee_owned, left_place
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.lexicon_gate import ascii_view
from gigcheck.detectors.paid_straight import StraightPayment, straight_payments
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, refused, words_between
from gigcheck.detectors.triggers import (
    CASHTAG,
    CONTACT,
    CUE,
    CUE_BEFORE,
    FEE_SKIP,
    MARK,
    NEG,
    OFF,
    PAY_CUE,
    PAY_HANDLE,
    PAY_MARKET,
    PAY_OFF,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    PERSON,
    REFUSAL,
    SEND,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SESSION_MARK,
    SHARE,
    TALK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

STRONG = "strong"  # an offer (error)
WEAK = "weak"  # a service near payment words (warning)
OUTSIDE = "outside"  # paying outside said outright (error)


@dataclass(frozen=True, slots=True)
class OfferMatch:
    start: int  # view offsets
    end: int
    service: str | None  # as written (normalized), None for "pay outside"
    strength: str
    # The account written after the service ("UPI: priya@okaxis", "CLABE: 0121…"),
    # normalized: the finding's identifier, so --redact masks it and GC901 compares it.
    account: str | None = None


@dataclass(frozen=True, slots=True)
class DetailMatch:
    start: int  # offsets: view offsets for "cashtag"/"handle", run text offsets otherwise
    end: int
    kind: str  # iban | btc | ltc | doge | trx | eth | cashtag | handle | upi
    value: str


# An account right after a service: an address (also written "name at host dot com"), a
# handle, a cashtag, a number, a bank's SWIFT/BIC code. The local part is bounded (64
# characters at most): glued text without spaces is not read to its end.
_ACCOUNT = cached_regex(
    r"[\w.+\-]{1,64}@[\w\-]+(?:\.[\w\-]+){0,4}"
    r"|[\w.+\-]{1,64}\s?[(\[]?\s?at\s?[)\]]?\s[\w\-]+\s?[(\[]?\s?(?:\.|dot)\s?[)\]]?\s?[a-z]{2,}"
    r"|@[\w][\w.\-]{1,40}|\$[a-z][\w]{1,19}|\+?\(?\d[\d\s().\-/]{5,}\d"
    r"|[a-z]{6}\d[a-z0-9](?:[a-z0-9]{3})?(?![\w@])"
)
# After a label only: a key of letters and digits ("Pix: chave aleatória 3f2a-99bc").
_KEY = cached_regex(r"(?=(?:[a-z\-]*\d){2})[a-z0-9][a-z0-9\-]{5,40}(?![\w@])")
# What a service may be followed by before its account: a note in brackets ("Pix
# (celular): …", "GCash (mobile) …"), connectors, words that name the account ("key",
# "chave", "UPI ID"), then "to" ("Interac e-Transfer to priya@…", "Zelle to 555 …").
_NOTE = cached_regex(r"[ \t]*[(\[][^()\[\]\n]{1,24}[)\]]")
_IN_BRACKETS = cached_regex(r"[ \t]*[(\[][ \t]*([^()\[\]\n]{6,40}?)[ \t]*[)\]]")
_CASHTAG = cached_regex(r"\$[a-z][a-z0-9_]{1,19}(?![\w$])")
_AT_HANDLE = cached_regex(r"@[\w][\w.\-]{1,40}")


def find_offers(scan: RunScan, cv: ChannelVocab, details: list[DetailMatch]) -> list[OfferMatch]:
    """Offers of off-platform payment in a run, one per sentence (none in a sentence
    that already holds a payment detail: that finding says it)."""
    found: dict[tuple[int, int], OfferMatch] = {}  # by sentence: a weak one may give way
    for t in scan.triggers:
        ks = _read_kinds(scan, cv, t)
        if not ks & {SERVICE, SERVICE_AMBIGUOUS, PAY_OFF}:
            continue
        sent = scan.sentence(t.start)
        had = found.get(sent)
        if had is not None and had.strength != WEAK:
            continue
        if any(sent[0] <= d.start < sent[1] for d in details if d.kind in ("cashtag", "handle")):
            continue
        got = _judge(scan, cv, t, ks, sent)
        # "Skrill, Neteller or Perfect Money accepted": the service the pay word is next
        # to says it for the whole list.
        if got is not None and (had is None or got.strength != WEAK):
            found[sent] = got
    for sp in straight_payments(scan, cv):
        had = found.get(sp.sentence)
        if (had is None or had.strength == WEAK) and _straight_holds(scan, cv, sp, details):
            found[sp.sentence] = OfferMatch(sp.start, sp.end, None, OUTSIDE)
    return sorted(found.values(), key=lambda o: o.start)


def _straight_holds(scan: RunScan, cv: ChannelVocab, sp: StraightPayment, details: list[DetailMatch]) -> bool:
    """A straight payment (paid_straight.py) not negated, refused, asked and refused, nor a topic
    ("a guide on how to get paid directly"), in a sentence no payment detail already speaks for."""
    s0, s1 = sp.sentence
    if any(s0 <= d.start < s1 for d in details) or _messaged(scan, sp.marks[1], 4):
        return False  # (not "Write to me directly if you have questions about payment")
    if any(_negated(scan, cv, at) for at in sp.marks) or pay_words(cv).refused_after(scan.text, sp.end, s1):
        return False
    if refused(scan, cv, sp.end) or _answered_on_platform(scan, cv, sp.sentence):
        return False
    # the place left named after a list of services the sentence refuses: the refusal covers it
    # ("Je n'accepte aucun paiement par PayPal, Lydia, virement ou espèces hors de la plateforme")
    if any(
        OFF in kinds(o) and sp.start <= o.start < sp.end and refused_route_left(scan, cv, o)
        for o in scan.triggers_in(s0, s1)
    ):
        return False
    if built_by_verb(scan, cv, sp.marks[0], s1):
        return False  # "Mogę zrobić sklep bez tej platformy": the pay verb makes the shop, which goes without
    nxt = _next_sentence(scan, sp.sentence)
    if nxt is not None and pay_words(cv).refusing(scan.text[nxt[0]:nxt[1]]):
        return False
    return not payments_a_topic(scan, cv, s0)


def _read_kinds(scan: RunScan, cv: ChannelVocab, t: Match) -> frozenset[str]:
    """The kinds of trigger `t`, with the phrases that pay outside only beside other words
    read as paying outside when they stand there."""
    ks = kinds(t)
    if FEE_SKIP in ks and not fee_owned(scan, cv, t):
        ks = ks | {PAY_OFF}  # "avoid the 20% cut": the fee skipped, as the payment rules' own phrases
    return ks


def _negated(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    return _negated_in_clause(scan, cv, at) or _negated_before_list(scan, cv, at)


# How many words a list's later item may hold before the service ("phone or payment").
_LIST_ITEM_WORDS = 3
_LIST_CHARS = 40  # bounded look-back for the comma


def _negated_before_list(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """A list's comma is no clause break: a negation before the list's first item
    covers `at` in a later one ("sellers may not ask for email, phone or payment outside
    the platform"). why (detG, rt19 exemption: rule quotes)."""
    c0, _ = scan.clause(at)
    head = scan.text[max(0, c0 - _LIST_CHARS):c0].rstrip()
    item = scan.text[c0:at].split()
    if not head.endswith(",") or len(item) > _LIST_ITEM_WORDS or (item and item[-1] not in pay_words(cv).list_words):
        return False  # (not "I don't do calls, but payment outside Fiverr is fine")
    if _after_contrast(scan, cv, c0, at) != c0:
        return False  # (nor "Rules prohibit it, but I accept PayPal": the Polish "i" is "and")
    return _negated_in_clause(scan, cv, c0 - (len(scan.text[max(0, c0 - _LIST_CHARS):c0]) - len(head)) - 1)


def _list_negated(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A negation before the first service of the list `t` stands in covers it, however
    far the list runs ("Je refuse toute demande de paiement par PayPal ou virement en
    dehors de la plateforme"); not across a contrast ("pas PayPal, mais virement oui").
    why (detZ, refusals of hard negatives)."""
    services, starts, ends, _, _ = _service_lists(scan)
    text = scan.text
    k = bisect.bisect_left(starts, t.start)
    joined = pay_words(cv).list_words
    head, stop = t.start, max(0, k - _LIST_REACH)
    while k > stop and k - 1 < len(services) and _listed(text, ends[k - 1], head) and all(
        w.casefold() in joined for w in _WORDS.findall(text, ends[k - 1], head)
    ):  # joined by a comma or "or"/"and" only: "PayPal, only Wise directly" is no list
        k -= 1
        head = starts[k]
    return head < t.start and _after_contrast(scan, cv, head, t.start) == head and _negated(scan, cv, head)


_LIST_REACH = 8  # services read back to a list's negated head (bounded: linear however long the list)


def _negated_in_clause(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    c0 = _after_contrast(scan, cv, scan.clause(at)[0], at)
    text = scan.text
    ctx = scan.context(cv, c0, at)
    return any(
        kinds(m) & {NEG, REFUSAL} and m.end <= at and words_between(text, m.end, at) <= 6
        and not _preposition(text, m, at, ctx, cv.in_the_after) and not _incentive_preposition(scan, cv, m, at)
        and not pay_words(cv).negates_nothing(text, m.start, m.end)
        for m in ctx
    ) or pay_words(cv).negated_before(text, c0, at)


def _after_contrast(scan: RunScan, cv: ChannelVocab, c0: int, at: int) -> int:
    """Where what `at` stands in begins: after the last contrast of its clause before it
    ("Rules prohibit it, but I accept PayPal directly": the refusal covers nothing after
    "but"). why (detU, hard negatives' positive twins)."""
    if cv.contrast is None:
        return c0
    return max((m.end() for m in cv.contrast.finditer(scan.text, c0, at)), default=c0)


def _incentive_preposition(scan: RunScan, cv: ChannelVocab, m: Match, at: int) -> bool:
    """why (rt13 payment-lang "Faço 15% de desconto no Pix"): a negation word right
    between an incentive or direct word and the service is a preposition (pt "in the")."""
    text = scan.text
    if words_between(text, m.end, at) != 0 or len(m.text.split()) > 1:
        # (a negation of more words is no preposition: "Sin pasar por Fiverr no acepto PayPal", why: detA)
        return False
    lo = max(0, m.start - 40)
    spans = pay_words(cv).direct_in(text, lo, m.start)
    return any(b <= m.start and words_between(text, b, m.start) == 0 for _, b in spans)


def _preposition(text: str, m: Match, at: int, ctx: list[Match], in_the_after: frozenset[str]) -> bool:
    """A negation word right between a pay verb and the service at `at` is a
    preposition of another language: "Manda no Pix", "paga no PicPay" (pt "in the");
    also after a copula or a remainder ("o restante pode ser no Pix", `in_the_after`). Only a word
    that is also a place mark: French "pas" is no preposition ("Je n'accepte pas Lydia", detB)."""
    if MARK not in kinds(m) or words_between(text, m.end, at) != 0:
        return False
    before = text[max(0, m.start - 24):m.start].split()
    if before and before[-1].strip(",;:").casefold() in in_the_after:
        return True
    return any(PAY_VERB in kinds(p) and p.end <= m.start and words_between(text, p.end, m.start) == 0 for p in ctx)


def _refused_before(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]
) -> bool:
    """A refused payment earlier in the sentence covers the services after it: "No acepto
    pagos fuera de Fiverr, ni por PayPal ni por transferencia", "Ödemeyi Fiverr dışında
    kabul etmiyorum, havale yok"."""
    earlier = [m for m in ctx if PAY_VERB in kinds(m) and m.end <= t.start]
    earlier += [o for o in scan.triggers_in(sent[0], t.start) if PAY_OFF in kinds(o) and o.end <= t.start]
    if cv.contrast is not None:
        # (not across a contrast: "Fiverr rules prohibit payments outside, but I accept PayPal directly")
        earlier = [m for m in earlier if cv.contrast.search(scan.text, m.end, t.start) is None]
    # or refused after it, before the service, in languages that negate after the verb:
    # "Ödemeyi Fiverr dışında kabul etmiyorum, havale yok"
    return any(
        _negated(scan, cv, m.start) or pay_words(cv).refused_after(scan.text, m.end, t.start) for m in earlier
    )


def service_refused(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> bool:
    """Whether the payment service `t` of sentence `sent` is refused: negated before it
    (or before the first item of its list), refused after it, or by a refusal earlier in
    the sentence ("No acepto pagos fuera de Fiverr, ni por PayPal ni por transferencia")."""
    # refused after the list it stands in, however long: "PayPal, Venmo or Zelle outside the
    # platform are out of the question" (why: detZ2 hard negatives)
    tail = max(t.end, _list_span(scan, t)[1])
    if (
        _negated(scan, cv, t.start) or refused(scan, cv, t.end)
        or pay_words(cv).refused_after(scan.text, tail, sent[1]) or _list_negated(scan, cv, t)
    ):
        return True
    return _refused_before(scan, cv, t, scan.context(cv, *sent), sent)


# How many words may stand between a phrase of leaving and the payment service it places
# ("przelew poza platformą", "Platformun dışında PayPal").
_PLACED_WORDS = 1


def refused_route_left(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A phrase of leaving `t` ("poza platformą", "platformun dışında") right next to a payment
    service the sentence refuses: it says where the refused payment would go, and the refusal
    covers it however long the list ("Nie przyjmuję płatności przez PayPal, BLIK ani przelew poza
    platformą", "Platformun dışında PayPal, Papara veya havale ile ödeme kabul etmiyorum").
    why (detZ2, round 1 leftover)."""
    sent = scan.sentence(t.start)
    text = scan.text
    for o in scan.triggers_in(*sent):
        if not kinds(o) & {SERVICE, SERVICE_AMBIGUOUS} or not (o.end <= t.start or t.end <= o.start):
            continue
        if (_list_tail(scan, cv, o, t) or _placed(text, o, t)) and service_refused(scan, cv, o, sent):
            return True
    return False


def _placed(text: str, o: Match, t: Match) -> bool:
    """Service `o` and phrase `t` next to each other, either way round."""
    gap = words_between(text, o.end, t.start) if o.end <= t.start else words_between(text, t.end, o.start)
    return gap <= _PLACED_WORDS


def _list_tail(scan: RunScan, cv: ChannelVocab, o: Match, t: Match) -> bool:
    """Phrase `t` closing the list's next items after service `o`, ways to pay not named as
    services ("virement ou espèces hors de la plateforme", "Tikkie, overboeking of contant
    buiten het platform"): a comma or a list word before each one word, a few at most."""
    if o.end > t.start:
        return False
    joined = pay_words(cv).list_words
    items = 0
    want_join = True  # a comma or list word, then one word, in turn
    for m in _COMMA_OR_WORD.finditer(scan.text, o.end, t.start):
        join = m.group() == "," or m.group().casefold() in joined
        if join != want_join:
            return False
        items += not join
        want_join = not want_join
    return want_join and 0 < items <= _TAIL_ITEMS


_TAIL_ITEMS = 4  # the items a list may run on after the last service named
_COMMA_OR_WORD = cached_regex(rf",|{LETTER_RUN}")


def payments_a_topic(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """The sentence at `at` makes payments its topic (a page, a guide, bookkeeping), and
    does not pay the seller: "I write the payment options page for your shop: card, PayPal
    and cash on delivery"."""
    sent = scan.sentence(at)
    return _topic_in(scan, cv, scan.context(cv, *sent), sent)


def _judge(
    scan: RunScan, cv: ChannelVocab, t: Match, ks: frozenset[str], sent: tuple[int, int]
) -> OfferMatch | None:
    text = scan.text
    s0, s1 = sent
    # Refused, or shown with a template's stand-in ("Pay to: IBAN XX00 0000 0000 0000 00").
    if _filler_after(scan.words.text, t.end) or service_refused(scan, cv, t, sent):
        return None
    ctx = scan.context(cv, s0, s1)
    if PAY_OFF in ks:
        return _paying_outside(scan, cv, t, sent, ctx)
    if _answered_on_platform(scan, cv, sent):
        return None  # "Can I pay with PayPal? Yes, Fiverr accepts PayPal at checkout."
    if t.end < len(text) - 1 and text[t.end] == "-" and text[t.end + 1].isalpha() and not _inflected(text, t.end + 1):
        paid_by = any(
            kinds(m) & {PAY_VERB, PAY_WORD} and m.end <= t.start and words_between(text, m.end, t.start) <= 1
            for m in ctx
        )
        if pay_words(cv).stems.match(text, t.end + 1) is None and not paid_by:
            return None  # "Cash App-style", "Bitcoin-themed"; not "Zahlung per PayPal-Überweisung"
        # "Tikkie-betaalverzoek", "PayPal-Zahlung": the compound says paying by it
        if (
            not _work_subject_next_to(scan, cv, t, ctx) and not _topic_in(scan, cv, ctx, sent)
            and not _buyers_business(scan, cv, t, ctx, sent)
        ):
            return OfferMatch(t.start, t.end, t.text, STRONG)
        return None
    acct = _account_after(scan, cv, t.end, SERVICE not in ks)
    if acct is not None:  # "Payoneer account: finance@…"
        value = re.sub(r"[\s()\[\]]+", "", scan.words.text[acct[0]:acct[1]]).rstrip(".-").lower()
        return OfferMatch(t.start, acct[1], t.text, STRONG, value or None)
    # "directly", "sin comisión" in the sentence: the money goes to the seller, whatever
    # else names the marketplace ("For returning Fiverr clients I take Payoneer directly").
    markets = [(m.start, m.end) for m in ctx if PAY_MARKET in kinds(m)]
    # "direct deposit" is a service's name; a word of another list over it is not
    # ("desconto" is also a cheaper-outside word of the leaving rules)
    named = [(o.start, o.end) for o in scan.triggers_in(s0, s1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
    direct = [
        (a, b)
        for a, b in pay_words(cv).direct_in(text, s0, s1, markets)
        if not any(p <= a < q for p, q in named) and not _message_manner(scan, ctx, a)
    ]
    # The marketplace named to be left ("hors Fiverr", "sin pasar por Fiverr"): not the
    # way the payment goes; unless negated ("never outside Fiverr"), then no direct word.
    away = [(a, b) for a, b in direct if any(a <= p and q <= b for p, q in markets)]
    direct = [d for d in direct if d not in away or not _negated(scan, cv, d[0])]
    away = [d for d in away if d in direct]
    # The services' own names in the sentence: a word inside one is part of the name, not
    # context around it. A work cue inside one ("cards" of "gift cards") is not the work.
    names = [(o.start, o.end) for o in scan.triggers_in(s0, s1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
    ctx = [m for m in ctx if not (PAY_CUE in kinds(m) and any(a <= m.start and m.end <= b for a, b in names))]
    if (
        _work_subject_next_to(scan, cv, t, ctx) or _feature_of_work(scan, cv, t, ctx, sent)
        or _buyers_business(scan, cv, t, ctx, sent) or _feature_with(scan, cv, t, ctx, sent)
    ) and not _direct_in_clause(scan, t, ctx, direct):
        return None
    if _topic_in(scan, cv, ctx, sent):
        return None  # "an article: how to pay with PayPal safely"
    outside = any(
        (PAY_OFF in kinds(o) or OFF in kinds(o)) and not _negated(scan, cv, o.start)
        and not pay_words(cv).surcharge_after(text, o.end)
        and (o.text not in pay_words(cv).own or _own_account_paid(scan, cv, o, sent, ctx))
        for o in scan.triggers_in(s0, s1)
    )
    # A direct word elsewhere in the sentence does not undo the marketplace as the way
    # ("Pagamento pela Fiverr com cartão ou PayPal, sem taxa extra"); one next to the
    # service does ("pay on Fiverr or directly via PayPal").
    beside = any(_beside(text, t, a, b) for a, b in direct)
    outside = outside or _split_rest(scan, cv, t, ctx) or _sent_by_seller(scan, t)
    if not outside and not beside and not away and _marketplace_pays(scan, cv, t, ctx):
        return None  # "pay with PayPal on Fiverr", "I accept PayPal through Fiverr's checkout"
    if outside:
        return OfferMatch(t.start, t.end, t.text, STRONG)
    # Context words inside a service's own name ("bank transfer", "direct deposit") do not count.
    ctx = [
        m for m in ctx if not any(a <= m.start and m.end <= b for a, b in names) and not _name_part(scan, cv, m, ctx)
    ]
    if pay_words(cv).amount_before(scan.words.text, t.start) and not pay_words(cv).withdrawing(text, s0, s1):
        return OfferMatch(t.start, t.end, t.text, STRONG)  # "$50 via Wise", "50€ par Lydia"
    found = (
        _pay_word_next_to(
            text, t, _unless_withdrawn(scan, cv, ctx, sent), pay_words(cv).relatives, cv.pay_fillers, cv.pay_routes,
            cv.feature_with,
        )
        or _direct_next_to(text, t, ctx, direct)
        or _my_account(scan, cv, t, ctx)
        or _paid_to_me(scan, cv, t, ctx)
        or _remittance_offered(scan, cv, t, sent, ctx)
        or _verb_prefixed(scan, cv, t)
    )
    if found is not None or SERVICE not in ks:
        return found
    return _weak_offer(scan, cv, t, sent, ctx, bool(direct)) or _asked_then_sold(scan, cv, t, sent)


def _message_manner(scan: RunScan, ctx: list[Match], at: int) -> bool:
    """The direct word at `at` says how the seller is messaged, not how the money goes: a
    contact or talk verb before it and no pay verb between ("Talk to me directly about PayPal",
    "Escríbeme directamente si tienes dudas sobre Bizum"); not "Message me, then pay me directly"."""
    return _messaged(scan, at, 4) and not any(
        PAY_VERB in kinds(m) and m.end <= at and words_between(scan.text, m.end, at) <= 4 for m in ctx
    )


def _messaged(scan: RunScan, at: int, reach: int) -> bool:
    """A contact or talk verb at most `reach` words before `at`: "Write to me directly about
    the payment" is a message, not where a payment goes."""
    return any(
        kinds(o) & {CONTACT, TALK} and o.end <= at and words_between(scan.text, o.end, at) <= reach
        for o in scan.triggers_in(max(0, at - 40), at)
    )


def _unless_withdrawn(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> list[Match]:
    """why (detE: Turkish "'dan" is a pay word, "IBAN'dan çalışıyoruz"): in a sentence of the
    seller's earnings withdrawn ("PayPal'dan para çekme"), a case ending is "from", no payment."""
    if not pay_words(cv).withdrawing(scan.text, *sent):
        return ctx
    return [m for m in ctx if not m.text.startswith(("'", "’"))]


# How many words ("you", "een", "ti un") may stand between a send verb and the service.
_SENT_REACH = 2


def _sent_by_seller(scan: RunScan, t: Match) -> bool:
    """why (rt13 exemption "stuur ik een Tikkie voor extra revisies", "te mando un Bizum"):
    a payment request the seller sends is paid outside the marketplace, whatever order came
    first; work next to the service was judged before ("I deliver a Stripe integration")."""
    c0, _ = scan.clause(t.start)
    text = scan.text
    return any(
        SEND in kinds(m) and m.end <= t.start and words_between(text, m.end, t.start) <= _SENT_REACH
        for m in scan.triggers_in(c0, t.start)
    )


def _split_rest(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """why (rt12 exemption: "Pay the deposit on Fiverr, the remaining 50% via PayPal"): the
    rest of a split payment put on a service leaves the marketplace, named or not; not in
    a sentence about the work ("I integrate Stripe so your shop charges the balance")."""
    return pay_words(cv).rest_before(scan.text, scan.clause(t.start)[0], t.start) and not any(
        kinds(m) & {PAY_CUE, PAY_TOPIC, CUE, CUE_BEFORE} for m in ctx
    )


def _remittance_offered(
    scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match]
) -> OfferMatch | None:
    """A money-transfer brand offered to those who would send the money, no pay verb needed:
    "MoneyGram works for international buyers", "Western Union para clientes de fuera". The
    brand has no other use; not with work or a topic in the sentence ("Western Union agent
    training slides", "Compare Western Union vs Remitly fees"), nor without a payer ("I worked
    at a Western Union branch")."""
    if t.text not in cv.remittance or any(kinds(m) & {PAY_CUE, PAY_TOPIC} for m in ctx):
        return None
    if cv.remittance_payers.search(scan.text, *sent) is None:
        return None
    return OfferMatch(t.start, t.end, t.text, STRONG)


def _next_sentence(scan: RunScan, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence right after a question `sent` (a short one: an answer), if any."""
    s0, s1 = sent
    text = scan.text
    if not text[s0:s1].rstrip().endswith(("?", "？")) or s1 >= len(text):
        return None
    n0, n1 = scan.sentence(min(len(text) - 1, s1 + 1))
    if _ANSWER_LABEL.fullmatch(text, n0, n1) and n1 < len(text) - 1:
        # an FAQ's answer label is a sentence of its own ("Q. …? A. No, …"): the answer follows
        n0, n1 = scan.sentence(min(len(text) - 1, n1 + 1))
    return (n0, n1) if n0 >= s1 and n1 - n0 <= 160 else None


# "A.", "A:", "R:", "Answer:", "答：" alone: a label, at most one short word and its mark.
_ANSWER_LABEL = cached_regex(r"\s*[^\W\d_]{1,6}\s*[.:：]\s*")


def _sold_in(scan: RunScan, cv: ChannelVocab, n0: int, n1: int) -> bool:
    """Whether text [n0, n1) sells paying outside: a direct or incentive word not negated
    and not next to the marketplace ("Saves us the Fiverr fee"), or paying outside said."""
    text = scan.text
    market = [(m.start, m.end) for m in scan.context(cv, n0, n1) if PAY_MARKET in kinds(m)]
    direct = [a for a, _ in pay_words(cv).direct_in(text, n0, n1, market) if not _negated(scan, cv, a)]
    return bool(direct) or any(
        PAY_OFF in kinds(o) and not _negated(scan, cv, o.start) for o in scan.triggers_in(n0, n1)
    )


def _answered_on_platform(scan: RunScan, cv: ChannelVocab, sent: tuple[int, int]) -> bool:
    """A buyer's question answered with the marketplace as the way: "Can I pay with
    PayPal? Yes, Fiverr accepts PayPal at checkout", "Prefer PayPal? Fiverr's checkout
    accepts it". Not when the answer sells paying outside."""
    nxt = _next_sentence(scan, sent)
    if nxt is None:
        return False
    n0, n1 = nxt
    named = any(PAY_MARKET in kinds(m) for m in scan.context(cv, n0, n1))
    return named and not _sold_in(scan, cv, n0, n1)


def _asked_then_sold(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> OfferMatch | None:
    """A service asked about, then sold as cheaper or direct in the next sentence: "Would
    Payoneer work for you? Saves us the Fiverr fee", "¿Te sirve Nequi? Sin comisión"."""
    nxt = _next_sentence(scan, sent)
    if nxt is None:
        return None
    if _sold_in(scan, cv, *nxt) or _asked_then_told(scan, cv, sent, nxt):
        return OfferMatch(t.start, t.end, t.text, STRONG)
    return None


def _asked_then_told(scan: RunScan, cv: ChannelVocab, sent: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A service asked about, then a request to pay in the next sentence: "Lieber
    Revolut? Schick es einfach rüber", "Papara daha mı kolay? Oraya gönder". Not with
    work or a topic in either sentence, nor a refusing or negated answer ("Do you take
    PayPal? Sorry, I can't accept it")."""
    text = scan.text
    n0, n1 = nxt
    both = scan.context(cv, sent[0], sent[1]) + scan.context(cv, n0, n1)
    if any(kinds(m) & {PAY_CUE, PAY_TOPIC, PAY_MARKET} for m in both):
        return False
    if pay_words(cv).refusing(text[n0:n1]):
        return False
    yes = pay_words(cv).affirms.match(text, n0, n1)
    if yes is not None and pay_words(cv).negations.search(text, yes.end(), n1) is None:
        return True  # why (detX): "Q. 계좌이체 되나요? A. 네, 가능합니다." (a yes to the way asked about)
    return any(
        PAY_VERB in kinds(m) and n0 <= m.start and not _negated(scan, cv, m.start) for m in scan.context(cv, n0, n1)
    )


def _topics(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> list[Match]:
    """The topic words of the sentence that make its payments a topic. The client's own
    customers ("Your customers can pay with PayPal") are none when the seller is the
    payee: "Your customers can pay me directly through Zelle", "… a mi cuenta"."""
    found = [m for m in ctx if PAY_TOPIC in kinds(m)]
    if found and _seller_is_payee(scan, cv, ctx, sent):
        # why (detP): the seller paid ("I do your bookkeeping, pay me by PayPal") is no topic
        return []
    words = pay_words(cv)
    if any(m.text in words.customers for m in found) and _seller_is_payee(scan, cv, ctx, sent):
        found = [m for m in found if m.text not in words.customers]
    return found


def _topic_in(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> bool:
    return bool(_topics(scan, cv, ctx, sent))


def _seller_is_payee(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> bool:
    """A pay verb or phrase of the sentence that pays the seller ("pay me", "pagarme",
    "zahlen mir"), or the seller's own account as the destination ("to my account")."""
    words = pay_words(cv)
    text = scan.text
    s0, s1 = sent
    pays = [m for m in ctx if PAY_VERB in kinds(m)]
    pays += [o for o in scan.triggers_in(s0, s1) if PAY_OFF in kinds(o)]
    return any(
        m.text in words.own or words.seller_paid(text, m.start, m.end, m.text) for m in pays
    )


def _own_account_paid(
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
    if text[s0:s1].rstrip().endswith(("?", "？")) and not named:
        return False  # "Is this only happening to my account?", "will I send it to my bank?"
    paid = any(PAY_VERB in kinds(m) for m in ctx) or any(
        PAY_OFF in kinds(o) and o is not t for o in scan.triggers_in(s0, s1)
    )
    return named or paid or bool(direct)


def _paid_to_me(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> OfferMatch | None:
    """"pagar pra mim pelo Pix", "pay it to me with GCash", "Padala mo sa GCash ko": a pay
    verb before the service in its clause, with the seller as its payee right after the
    service, or after the verb three words before the service at most."""
    text = scan.text
    c0, _ = scan.clause(t.start)
    words = pay_words(cv)
    after = words.payee_after.match(text, t.end) is not None  # "via Tikkie naar mij", "GCash ko"
    for m in ctx:
        if PAY_VERB not in kinds(m) or not (c0 <= m.start and m.end <= t.start):
            continue
        if after or (words_between(text, m.end, t.start) <= 3 and words.seller_paid(text, m.start, m.end, m.text)):
            return OfferMatch(m.start, t.end, t.text, STRONG)
    return None


def _name_part(scan: RunScan, cv: ChannelVocab, m: Match, ctx: list[Match]) -> bool:
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


def _only_marks_between(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """Only tying words, articles and punctuation in text [a, b) ("PayPal through the
    Fiverr checkout", "PayPal, on Fiverr"): the marketplace is said of the service. Not
    "Deposit via Wise, rest on Fiverr" (another part of the payment)."""
    words = [w.casefold() for w in _WORDS.findall(scan.text, a, b)]
    marks = {m.text for m in scan.context(cv, a, b) if kinds(m) & {MARK, SESSION_MARK}}
    return all(w in marks or w in cv.articles or w in cv.possessives for w in words)


def _marketplace_pays(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
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


def _prefix(scan: RunScan, cv: ChannelVocab, t: Match) -> str:
    """The verb prefix glued before service `t` ("mag-" of "mag-GCash"), or ""."""
    before = scan.text[max(0, t.start - 8):t.start].casefold()
    return next((p for p in cv.pay_prefixes if before.endswith(p)), "")


def _verb_prefixed(scan: RunScan, cv: ChannelVocab, t: Match) -> OfferMatch | None:
    """A service made a verb by a prefix glued to it ("Pwede rin mag-GCash", "nag-PayMaya"):
    paying by it (Tagalog); the prefix a word of its own, not the end of a longer word ("imag-")."""
    p = _prefix(scan, cv, t)
    at = t.start - len(p)
    if not p or (at > 0 and scan.text[at - 1].isalpha()):
        return None
    return OfferMatch(at, t.end, t.text, STRONG)


# How far before a service its possessive and account words may start ("mi nombre de usuario de ").
_ACCOUNT_BEFORE = 40


def _my_account(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> OfferMatch | None:
    """"I can send you my Wise details for the deposit", "I'll share my PayPal email":
    the seller's own account named, without the account itself, promised to the buyer
    or with a pay word in the sentence. Not "my PayPal account got limited" (a seller
    talking about the account) nor with the marketplace or a work word in the sentence."""
    text = scan.words.text
    # The account word first ("Te paso mi alias de Mercado Pago", "mon compte PayPal"), or after it.
    first = cv.account_before.search(text, max(0, t.start - _ACCOUNT_BEFORE), t.start)
    poss = first or cv.possessive_before.search(text, max(0, t.start - 8), t.start)
    if poss is None:
        return None
    m = cv.account_labels.match(text, t.end)
    if first is None and (m is None or not text[t.end:m.end()].strip()):
        return None
    end = m.end() if m is not None and text[t.end:m.end()].strip() else t.end
    at = poss.start() + len(poss.group()) - len(poss.group().lstrip()) if first is not None else t.start
    s0, s1 = scan.sentence(t.start)
    # (a share verb may end with the possessive: "te paso mi")
    shared = any(
        SHARE in kinds(o) and o.start < at and (o.end > at or words_between(text, o.end, at) <= 1)
        for o in scan.triggers_in(s0, t.start)
    )
    paid = any(PAY_VERB in kinds(c) for c in ctx) and not any(kinds(c) & {PAY_CUE, PAY_MARKET} for c in ctx)
    return OfferMatch(min(at, t.start), end, t.text, STRONG) if shared or paid else None


def _direct_in_clause(scan: RunScan, t: Match, ctx: list[Match], direct: list[tuple[int, int]]) -> bool:
    """A direct word right next to the service with no work subject in its clause:
    "Payoneer transfers directly, which saves us the fee" is no "which is best" review."""
    text = scan.text
    c0, c1 = scan.clause(t.start)
    near = any(_beside(text, t, a, b) for a, b in direct)
    return near and not any(PAY_CUE in kinds(m) and c0 <= m.start < c1 for m in ctx)


def _beside(text: str, t: Match, a: int, b: int) -> bool:
    """Whether text [a, b) stands next to the trigger `t`, one word apart at most."""
    before = b <= t.start and words_between(text, b, t.start) <= 1
    return before or (a >= t.end and words_between(text, t.end, a) <= 1)


def _direct_next_to(text: str, t: Match, ctx: list[Match], direct: list[tuple[int, int]]) -> OfferMatch | None:
    """"paga direto no Pix", "Payoneer or Wise directly", "Überweisung direkt": a direct or
    incentive word right next to the service, or anywhere in its sentence with a pay verb
    ("Puedes pagarme por transferencia bancaria y te hago un 10% de descuento")."""
    for a, b in direct:
        if _beside(text, t, a, b):
            return OfferMatch(min(a, t.start), max(b, t.end), t.text, STRONG)
    if direct and any(PAY_VERB in kinds(m) for m in ctx):
        return OfferMatch(t.start, t.end, t.text, STRONG)
    return None


def _paying_outside(
    scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match]
) -> OfferMatch | None:
    """"skip the fees", "pay me directly": paying outside said outright."""
    s0, s1 = sent
    if any(OFF in kinds(o) for o in scan.triggers_in(s0, s1)):
        return OfferMatch(t.start, t.end, None, OUTSIDE)
    if pay_words(cv).surcharge_after(scan.text, t.end):
        return None  # "sem taxa extra", "no extra fees": the price has no surcharge
    c0, _ = scan.clause(t.start)
    own = t.text in pay_words(cv).own
    if own and not _own_account_paid(scan, cv, t, sent, ctx):
        return None  # "log in to my account", "Fiverr pays the earnings into my bank"
    topics = _topics(scan, cv, ctx, sent)
    if any((own or c0 <= m.start) and m.end <= t.start for m in topics):
        return None  # "a guide on how to get paid directly to your bank"
    if any(PAY_MARKET in kinds(m) and _marketplace_is_the_way(scan, cv, t, m, ctx) for m in ctx):
        return None
    return OfferMatch(t.start, t.end, None, OUTSIDE)


def _marketplace_is_the_way(scan: RunScan, cv: ChannelVocab, t: Match, m: Match, ctx: list[Match]) -> bool:
    """Whether the marketplace named at `m` is where the payment goes, undoing the phrase
    at `t`: "pay directly on Fiverr" (right after it, behind "on", "through"), "every
    payment should go through Fiverr, even if a client asks to pay directly" (in another
    clause, after a pay word). Not "pay outside Fiverr", nor the marketplace named for
    something else ("Once you order on Fiverr, pay me directly")."""
    text = scan.text
    if not pay_words(cv).marked(text, m.start, m.end):
        return False
    if m.start >= t.end and words_between(text, t.end, m.start) <= 3:
        return True
    c0, c1 = scan.clause(m.start)
    if c0 <= t.start < c1:
        return False
    return any(
        PAY_VERB in kinds(p) and c0 <= p.start and p.end <= m.start and words_between(text, p.end, m.start) <= 4
        for p in ctx
    )


def _work_subject_next_to(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A work subject next to the service: "PayPal checkout", "Stripe and PayPal payment
    gateway", "your webshop with iDEAL". Not a work other than a thing built (`feature_hosts`)
    before a "with" that brings the service ("Logo design with PayPal payment accepted": the
    way the logo is paid for). why (detR, last session's leftover)."""
    text = scan.text
    a, b = _list_span(scan, t)
    for m in ctx:
        if PAY_CUE in kinds(m):
            gap = words_between(text, b, m.start) if m.start >= b else words_between(text, m.end, a)
            if gap > 2:
                continue
            if (
                m.end <= a and any(w in cv.feature_with for w in _WORDS.findall(text[m.end:a]))
                and not any(w in cv.feature_hosts for w in _WORDS.findall(m.text))
            ):
                continue  # (a thing built with it stays: "je webshop met iDEAL, Bancontact en PayPal")
            return True
    return False


def _buyers_business(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]
) -> bool:
    """The buyer's business earlier in the service's clause takes the payment ("I integrate
    Stripe so your shop charges the remaining balance via PayPal", "Configuro tu tienda
    para que cobre el resto por Mercado Pago"): a feature of the work, unless the seller
    is paid ("your shop ... pay me via PayPal"); the buyer's own account as where payments
    go, anywhere in the sentence, says the same ("Die Zahlung per PayPal geht an Ihr Konto")."""
    c0, c1 = scan.clause(t.start)
    lo = max(c0, sent[0], t.start - _HEAD_REACH)
    words = pay_words(cv)
    text = scan.text
    # the buyer's own account anywhere in the sentence ("Die Zahlung per PayPal geht an Ihr Konto")
    # (not negated: "an mich, nicht auf Ihr Konto")
    account = words.buyer_accounts.search(text, *sent)
    # or the business right after the service, closing its clause: what the payments are for
    # ("Swish-betalning för din butik", "Betalning via Swish för din webbutik, jag kopplar in det"),
    # not a thing made for it ("Payment via PayPal for your shop logo")
    after = words.businesses.search(text, t.end, c1)
    theirs = (
        words.businesses.search(text, lo, t.start) is not None
        or (account is not None and not _negated(scan, cv, account.start()))
        or (
            after is not None and words_between(text, t.end, after.start()) <= _SERVED_WORDS
            and _WORDS.search(text, after.end(), c1) is None
        )
    )
    return theirs and not _seller_is_payee(scan, cv, ctx, sent)


_SERVED_WORDS = 3  # a compound's tail, "for", an article: between a service and the business it serves


def _feature_of_work(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]) -> bool:
    """The service is an item of a list of features after a colon whose head is the work
    ("Telegram bot development in Python: inline keyboards, admin panel, Stripe
    payments"), the item holding nothing but the service, one pay noun and one short
    connector ("pagos con Stripe"), and nothing else in the sentence pays: a feature the seller
    builds. Not "Payment: PayPal, Wise" (no work before the colon) nor "…, PayPal
    payments accepted" (the item says more)."""
    text = scan.text
    s0, s1 = sent
    colon = text.rfind(":", max(s0, t.start - _HEAD_REACH), t.start)
    if colon < 0:
        return False
    # (the ideographic comma of Chinese and Japanese lists too: "主题、商品、PayPal和Stripe支付、…")
    before = max(text.rfind(",", colon, t.start), text.rfind("、", colon, t.start))
    ends = [i for i in (text.find(",", t.end, s1), text.find("、", t.end, s1)) if 0 <= i < t.end + _HEAD_REACH]
    comma = min(ends, default=-1)
    # why (detP): the list's last items end at "and" too ("…, pagos con Stripe y avisos al administrador")
    joined = next((w.start() for w in _WORDS.finditer(text, t.end, min(s1, t.end + _HEAD_REACH))
                   if w.group() in pay_words(cv).list_words), -1)
    hosted = any(w.group() in cv.feature_hosts for w in _WORDS.finditer(text, max(s0, colon - _HEAD_REACH), colon))
    if hosted and joined >= 0 and (comma < 0 or joined < comma):
        comma = joined  # only after a thing built ("bot: …"), not "Logo design: …, payment via PayPal and …"
    if before < 0 and comma < 0:
        return False  # not a list
    item = max(colon, before) + 1
    item_end = min(s1, t.end + _HEAD_REACH) if comma < 0 else comma
    pays = [m for m in ctx if kinds(m) & {PAY_VERB, PAY_WORD}]
    if len(pays) > 1 or any(not (item <= m.start and m.end <= item_end) for m in pays):
        return False
    # the other services of the item are part of it ("PayPal at GCash payments", "PayPal和Stripe支付")
    named = [o for o in scan.triggers_in(item, item_end) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS} and o is not t]
    rest, at = [], item
    for m in sorted([*pays, t, *named], key=lambda m: m.start):
        if m.start < at:
            continue
        rest.append(text[at:m.start])
        at = m.end
    rest.append(text[at:item_end])
    words = _WORDS.findall(" ".join(rest))
    if len(words) > 1 or any(len(w) > _CONNECTOR for w in words):
        return False
    return any(PAY_CUE in kinds(m) and m.end <= colon for m in ctx)


def _feature_with(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]) -> bool:
    """"Je crée votre bot Telegram en Python avec paiements Stripe", "Creo tu bot de Telegram
    con menú, catálogo y pagos con Stripe", "I build your app with Stripe payments": the
    sentence's only pay noun next to the service (one short connector at most), a "with"
    before them, and the thing built (a work cue) before that in the clause, the seller not
    the payee: a feature of the work. Pay words after the service are more features of the
    same thing built ("… с оплатой через ЮMoney и Telegram Payments: каталог, чек после
    оплаты"); each other service is judged on its own. why (detP, rt16 subject; detU2, rt31)."""
    text = scan.text
    pays = [m for m in ctx if kinds(m) & {PAY_VERB, PAY_WORD} and m.start != t.start]
    near = [m for m in pays if _connected(text, cv, m, t)]
    if len(near) != 1 or any(m.start < near[0].start for m in pays):
        return False
    p = near[0]
    item = min(p.start, t.start)
    lo = max(sent[0], item - _HEAD_REACH)  # the sentence: a clause ends at "(aiogram)" too
    # a whole word ("gmail.com" holds no Portuguese "com"), a few words before the item
    withs = [
        w.start() for w in _WORDS.finditer(text, lo, item)
        if w.group() in cv.feature_with and (w.start() == 0 or text[w.start() - 1] not in ".@")
        and words_between(text, w.end(), item) <= _WITH_REACH
    ]
    if not withs:
        return False
    built = any(
        w.group() in cv.feature_hosts and cv.sellers.search(text, max(lo, w.start() - 30), w.start()) is None
        for w in _WORDS.finditer(text, lo, withs[-1])
    )  # the buyer's thing built, not "my site"
    after = [w.group() for w in _WORDS.finditer(text, max(p.end, t.end), min(sent[1], max(p.end, t.end) + 24))][:3]
    to_me = any(w in cv.to_me for w in after)  # "… with payments via PayPal to me"
    return built and not to_me and not _seller_is_payee(scan, cv, ctx, sent)


def _connected(text: str, cv: ChannelVocab, p: Match, t: Match) -> bool:
    """Whether pay word `p` stands right next to service `t`, one short connector or a route
    preposition of any length between ("pagos con Stripe", "с оплатой через ЮMoney")."""
    a, b = (p.end, t.start) if p.end <= t.start else (t.end, p.start)
    if a > b:
        return False
    gap = _WORDS.findall(text[a:b])
    return len(gap) <= 1 and all(len(w) <= _CONNECTOR or w.casefold() in cv.pay_routes for w in gap)


_WITH_REACH = 4  # words between "with" and the payments it brings ("with inline keyboards and Stripe payments")


# How far back the colon of a feature list may stand, and how far its item may run on
# (bounded: a long list is read once per service).
_HEAD_REACH = 240
# A connector inside a feature item ("pagos con Stripe", "paiements via Stripe") is this short.
_CONNECTOR = 4
_WORDS = cached_regex(rf"{LETTER_RUN}")


# Between two services of one list: a comma, a slash, "&", or a short conjunction ("and",
# "y", "en", "und", "ve", "dan", "или").
_LIST_GAP = cached_regex(r"\s*[,/&+]?\s*(?:[^\W\d_]{1,4}\s+)?")


def _list_span(scan: RunScan, t: Match) -> tuple[int, int]:
    """The span of the list of services `t` stands in ("iDEAL, Bancontact en PayPal"):
    a work word next to the list is next to each of its services."""
    services, starts, ends, first, last = _service_lists(scan)
    text = scan.text
    a, b = t.start, t.end
    p = bisect.bisect_right(ends, a) - 1  # the service right before `t` (triggers do not overlap)
    if p >= 0 and _listed(text, services[p].end, a):
        a = services[first[p]].start
    q = bisect.bisect_left(starts, b)  # the service right after it
    if q < len(services) and _listed(text, b, services[q].start):
        b = services[last[q]].end
    return a, b


def _listed(text: str, end: int, start: int) -> bool:
    """Whether a service ending at `end` and one starting at `start` stand in one list."""
    gap = _LIST_GAP.match(text, end, start)
    return gap is not None and gap.end() == start and end != start


_Lists = tuple[list[Match], list[int], list[int], list[int], list[int]]


def _service_lists(scan: RunScan) -> _Lists:
    """The services of a run in order, with the first and last service of the list each
    one stands in: computed once per run, so that a list of thousands costs no more than
    reading it."""
    got = scan.memo.get(("service_lists",))
    if got is None:
        services = [o for o in scan.triggers_in(0, len(scan.text) + 1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
        first = list(range(len(services)))
        last = list(range(len(services)))
        for i in range(1, len(services)):
            if _listed(scan.text, services[i - 1].end, services[i].start):
                first[i] = first[i - 1]
        for i in range(len(services) - 2, -1, -1):
            if _listed(scan.text, services[i].end, services[i + 1].start):
                last[i] = last[i + 1]
        got = (services, [o.start for o in services], [o.end for o in services], first, last)
        scan.memo[("service_lists",)] = got
    return got  # type: ignore[return-value]


# A hyphenated tail this short is a case ending, not a compound's word (see `_inflected`).
_INFLECTION_MAX = 3


def _inflected(text: str, at: int) -> bool:
    """Whether the word part at `at`, after a hyphen that ends a service's name, is a
    case ending ("বিকাশ-এ", "নগদ-তে", "Payoneer-e", "OVO-nya"): a few letters (with their
    vowel signs), so the service stands as a word of its own, not as the head of a
    compound ("PayPal-style", "PayPal-Zahlung"). why (detH audit: "বিকাশ-এ পেমেন্ট করলে
    কম খরচ হবে" went unreported, the ending read as a compound)."""
    end = at
    while end < len(text) and end - at <= 2 * _INFLECTION_MAX and (
        text[end].isalnum() or unicodedata.category(text[end]).startswith("M")
    ):
        end += 1
    letters = sum(1 for ch in text[at:end] if ch.isalnum())
    return 0 < letters <= _INFLECTION_MAX and (end == len(text) or not text[end].isalnum())


def _pay_word_next_to(
    text: str, t: Match, ctx: list[Match], rel: frozenset[str],
    fillers: frozenset[str] = frozenset(), routes: frozenset[str] = frozenset(),
    with_words: frozenset[str] = frozenset(),
) -> OfferMatch | None:
    """"pay via PayPal", "aceito pagamento por Pix", "PayPal transfer works": a pay word
    right next to the service (`fillers` between change nothing: "pembayaran bisa via OVO")."""
    near = 1
    for m in ctx:
        if not kinds(m) & {PAY_WORD, PAY_VERB} or _work_on(text, m, ctx, rel, with_words):
            continue
        # "Ik stuur je een Tikkie", "te mando el link": the one paid or paying between
        between = words_between(text, m.end, t.start) - _objects_between(ctx, m.end, t.start)
        if m.end <= t.start and between > near and _only_fillers(text, m.end, t.start, fillers, routes):
            between = 0
        if m.end <= t.start and between <= near:
            return OfferMatch(min(m.start, t.start), t.end, t.text, STRONG)
        if m.start >= t.end and words_between(text, t.end, m.start) <= near:
            return OfferMatch(t.start, max(m.end, t.end), t.text, STRONG)
    return None


# How far a pay word may stand before its service with only fillers between (characters).
_FILLER_CHARS = 40


_FOR_WORDS = 3  # what the payment is for, before a route ("for extra revisions via")


def _only_fillers(text: str, a: int, b: int, fillers: frozenset[str], routes: frozenset[str]) -> bool:
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


def _objects_between(ctx: list[Match], a: int, b: int) -> int:
    """How many person words ("je", "te", "you") stand in [a, b): the one paid or paying,
    not another thing between a pay verb and the service."""
    return sum(1 for m in ctx if PERSON in kinds(m) and a <= m.start and m.end <= b)


def _work_on(
    text: str, m: Match, ctx: list[Match], rel: frozenset[str], with_words: frozenset[str] = frozenset()
) -> bool:
    """A pay word that is the object of work ("set up payments via Stripe", "pasang
    pembayaran OVO", "configurar pagos con Nequi") or names it ("payment app", "payment
    gateway"): a work word right before or right after it, or before a relative word
    ("a bot that accepts payments", "un bot de Telegram que acepta pagos"). Not a work
    before the pay word across a comma or a "with" (`with_words`): the way the work is paid
    for ("Diseño de logo con pago por PayPal aceptado", "Logo, pago por PayPal"; a thing
    built with payments is `_feature_with`'s). why (detR2, round 1's leftover)."""
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
    return any(c in gap for c in ",;:") or any(w.casefold() in with_words for w in _WORDS.findall(gap))


def _relative_between(text: str, a: int, b: int, rel: frozenset[str]) -> bool:
    """Whether text[a:b] holds a relative word with at most two words after it and
    five in all ("bot that accepts", "bot de Telegram que acepta")."""
    words = re.findall(rf"{LETTER_RUN}", text[a:b])
    return 0 < len(words) <= 5 and any(w in rel for w in words[-3:])


def _weak_offer(
    scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match], direct: bool = False
) -> OfferMatch | None:
    """A service with a pay word elsewhere in its clause, or listed with other services.
    With a direct or incentive word in the sentence ("sin pasar por la plataforma",
    "mas mura") it is an offer."""
    text = scan.text
    s0, s1 = sent
    c0, c1 = scan.clause(t.start)
    if any(PAY_CUE in kinds(m) and c0 <= m.start < c1 for m in ctx):
        return None
    if text[s0:s1].rstrip().endswith(("?", "？")):
        return None  # a question about a service is not an offer of it
    # "also" in its clause, before it or after it: one more way to pay, besides the
    # marketplace's ("Pagamento anche con bonifico", "Betalen kan ook via een Tikkie",
    # "Havale/EFT ile de ödeme alıyorum", "PayPal works too").
    direct = direct or pay_words(cv).also_in(text, c0, t.start) or pay_words(cv).also_in(text, t.end, c1)
    strength = STRONG if direct else WEAK
    if any(PAY_VERB in kinds(m) and c0 <= m.start < c1 for m in ctx):
        # "Send the deposit to my Payoneer": the seller's own account to pay into.
        mine = scan.words.text[max(0, t.start - 8):t.start]
        # (the marketplace of another clause is no way this payment goes: "Order on Fiverr first —
        # after that, repeat orders can be paid straight to my Payoneer", detU, rt30 exemption)
        if not any(PAY_MARKET in kinds(m) and c0 <= m.start < c1 for m in ctx) and (
            cv.possessive_before.search(mine) is not None or _seller_is_payee(scan, cv, ctx, sent)
        ):
            strength = STRONG  # "Tus clientes pueden pagarme a mí por PayPal"
        return OfferMatch(t.start, t.end, t.text, strength)
    # Several services listed together, with no work around them ("Western Union or
    # MoneyGram for clients in Africa"): a menu of ways to pay.
    others = {o.text for o in scan.triggers_in(s0, s1) if SERVICE in kinds(o) and o.text != t.text}
    if others and not any(PAY_CUE in kinds(m) for m in ctx):
        return OfferMatch(t.start, t.end, t.text, strength)
    return None


# What follows a service as its account, read up to 40 characters after at most two short
# words ("to", "an IBAN"): letters of a country code, then digits, masks and separators
# ("IBAN XX00 0000 0000 0000 00").
_ACCOUNT_AHEAD = cached_regex(
    r"[ \t:：\-–]{0,4}(?:[^\W\d_]{1,8}[ \t:：]{1,3}){0,2}((?:[a-z]{2})?[\dx][\dx \t.\-/]{5,40})"
)


def _filler_account(value: str) -> bool:
    """An account of one repeated digit, masked or not ("0000 0000 0000", "XX00 0000
    0000"): a form's stand-in no bank gives out. (Not an address or a handle.)"""
    value = re.sub(r"[\s.\-/]+", "", value.lower())
    digits = "".join(ch for ch in value if ch.isdigit())
    masked = value[2:] if value[:2].isalpha() else value
    return len(digits) >= 6 and len(set(digits)) == 1 and not masked.strip("0123456789x")


def _filler_after(text: str, end: int) -> bool:
    """A stand-in account right after the service at `end` (`text` the folded words view)."""
    m = _ACCOUNT_AHEAD.match(text, end)
    return m is not None and _filler_account(m.group(1))


def _account_after(scan: RunScan, cv: ChannelVocab, end: int, ambiguous: bool) -> tuple[int, int] | None:
    """The span of an account right after the service at `end`, if any. After a service that is also an
    ordinary word ("Swift", "Pix", "Wise") only behind a label ("Pix (celular): +55 …"),
    and not an "@name" ("Swift: @MainActor" is code)."""
    text = scan.words.text
    inner = _IN_BRACKETS.match(text, end)
    if inner is not None and _ACCOUNT.fullmatch(inner.group(1)) is not None:
        digits = sum(ch.isdigit() for ch in inner.group(1))
        if digits >= 9 or (not ambiguous and "@" in inner.group(1)):
            return inner.span(1)  # "mi Bizum (612 555 019)": the account in brackets
        return None  # "Bitcoin (2009 - 2024)": years, not an account
    pos = end
    named = False  # words that name the account ("till number", "chave")
    for rx in (_NOTE, cv.connect, cv.account_labels, cv.connect, cv.to_words):
        m = rx.match(text, pos)
        if m is not None:
            named = named or rx is cv.account_labels
            pos = m.end()
    if pos - end > 40:
        return None
    label = text[end:pos].strip()
    m = _ACCOUNT.match(text, pos)
    if m is None and (named or any(ch in ":=" for ch in label)):
        m = _KEY.match(text, pos)
    if m is None:
        return None
    if ambiguous and (not label or m.group().startswith("@")):
        return None
    return m.span()


def find_handle_details(scan: RunScan, cv: ChannelVocab) -> list[DetailMatch]:
    """"$cashtags" after Cash App and "@names" after Venmo, PayPal, Revolut ..."""
    out: list[DetailMatch] = []
    text = scan.words.text
    for t in scan.triggers:
        ks = kinds(t)
        if PAY_HANDLE not in ks and SERVICE not in ks:
            continue
        c = cv.connect.match(text, t.end)
        pos = c.end() if c is not None else t.end
        if pos - t.end > 20:
            continue
        m = _CASHTAG.match(text, pos)
        if m is not None:
            out.append(DetailMatch(t.start, m.end(), "cashtag", m.group()))
            continue
        m = _AT_HANDLE.match(text, pos)
        if m is not None and PAY_HANDLE in ks and (m.end() >= len(text) or text[m.end()] != "@"):
            ident = m.group().rstrip(".-")
            out.append(DetailMatch(t.start, m.start() + len(ident), "handle", ident))
    # A UPI address, wherever it stands ("Send the advance to rahul@ybl on PhonePe"): its
    # provider suffix has no dot, so it is no email address, only an account to pay.
    if "@" in text:
        for m in pay_words(cv).vpa.finditer(text):
            if not any(d.start <= m.start() < d.end for d in out):
                out.append(DetailMatch(m.start(), m.end(), "upi", m.group()))
    # A cashtag anywhere in a sentence that names Cash App ("Cash App: send to $luna").
    if "$" in text:
        for m in _CASHTAG.finditer(text):
            if any(d.start <= m.start() < d.end for d in out):
                continue
            s0, s1 = scan.sentence(m.start())
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if any(CASHTAG in kinds(x) for x in scan.context(cv, s0, s1)):
                out.append(DetailMatch(m.start(), m.end(), "cashtag", m.group()))
    return out


# ---------------------------------------------------------------------- account numbers

# Wallet shapes are wide (any letters and digits): the checksum, or a coin named around
# a mistyped one, decides.
_DETAILS = cached_regex(
    r"(?<![A-Za-z0-9])(?:"
    # An IBAN's groups may go on over a line break ("TR33 0006 1005 1978⏎6457 8413 26"):
    # its length and check digits decide.
    # Written in lower case too ("iban: de89 3704 …"): the check digits decide.
    r"(?P<iban>[A-Za-z]{2}\d{2}(?:[ \n]?[A-Za-z0-9]{4}){2,7}(?:[ \n]?[A-Za-z0-9]{1,3})?)"
    r"|(?P<bech>(?:bc|ltc|tb|BC|LTC|TB)1[A-Za-z0-9]{11,87})"
    r"|(?P<b58>[13LMDT][A-Za-z0-9]{25,34})"
    r"|(?P<eth>0x[0-9a-fA-F]{40})"
    r")(?![A-Za-z0-9])"
)
# The coin a mistyped Base58 address was meant for, by its first character.
_B58_FIRST = {"1": "btc", "3": "btc", "L": "ltc", "M": "ltc", "D": "doge", "T": "trx"}
# How far around a wallet-shaped string a coin or "wallet" is looked for.
_NEAR_BEFORE, _NEAR_AFTER = 60, 30
# Cheap test before the scan, on the text's shape (one str.translate, substring tests):
# an IBAN starts with two capitals and two digits ("AA11"); a wallet address is a run of
# 25+ letters and digits.
_SHAPE = {chr(c): " " for c in range(128)}
_SHAPE.update({c: "A" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_SHAPE.update({c: "a" for c in "abcdefghijklmnopqrstuvwxyz"})
_SHAPE.update({c: "1" for c in "0123456789"})
_SHAPE_TABLE = str.maketrans(_SHAPE)
_UNIFORM = str.maketrans("A1", "aa")
_RUN25 = "a" * 25


def may_hold_details(text: str) -> bool:
    plain = ascii_view(text)
    if plain is None:
        return True
    shape = plain.translate(_SHAPE_TABLE)
    return "AA11" in shape or "aa11" in shape or _RUN25 in shape.translate(_UNIFORM)


def find_account_details(
    text: str, iban_lengths: dict[str, int], coin_words: re.Pattern[str] | None = None
) -> list[DetailMatch]:
    """IBANs and crypto wallet addresses in raw run text (case matters for them).
    `coin_words` finds what names a coin or a wallet ("BTC", "wallet"): a wallet-shaped
    string near one is reported even when its checksum fails."""
    if not may_hold_details(text):
        return []
    out: list[DetailMatch] = []
    for m in _DETAILS.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "iban":
            compact = value.replace(" ", "").replace("\n", "").upper()
            if iban_lengths.get(compact[:2]) == len(compact) and iban_ok(compact):
                out.append(DetailMatch(m.start(), m.end(), "iban", compact))
        elif kind in ("bech", "b58"):
            coin = bech32_coin(value) if kind == "bech" else base58check_coin(value)
            if coin is None and _looks_random(value) and _coin_near(text, m.start(), m.end(), coin_words):
                coin = BECH_COINS.get(value.lower().partition("1")[0]) if kind == "bech" else _B58_FIRST[value[0]]
            if coin is not None:
                out.append(DetailMatch(m.start(), m.end(), coin, value))
        elif kind == "eth":
            hexpart = value[2:]
            if len(set(hexpart.lower())) > 4:  # not 0x000…0 or 0xffff…
                out.append(DetailMatch(m.start(), m.end(), "eth", value))
    return out


def _looks_random(value: str) -> bool:
    """Letters and digits mixed like an encoded key, not a word or a number."""
    return any(c.isdigit() for c in value) and sum(c.isalpha() for c in value) >= len(value) // 3


def _coin_near(text: str, start: int, end: int, coin_words: re.Pattern[str] | None) -> bool:
    if coin_words is None:
        return False
    return coin_words.search(text, max(0, start - _NEAR_BEFORE), start) is not None or (
        coin_words.search(text, end, end + _NEAR_AFTER) is not None
    )


def payment_link_host(url: str, host: str | None, hosts: list[str]) -> str | None:
    """The payment host entry a link matches ("paypal.me", "wise.com/pay"), if any."""
    if not host:
        return None
    from urllib.parse import urlsplit

    h = host.lower().rstrip(".")
    h = h.removeprefix("www.")
    try:
        path = urlsplit(url if "//" in url else "//" + url).path.lower()
    except ValueError:
        path = ""
    for entry in hosts:
        eh, _, ep = entry.partition("/")
        if (h == eh or h.endswith("." + eh)) and (not ep or path.strip("/").startswith(ep)):
            return entry
    return None
