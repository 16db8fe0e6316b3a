"""Offers of payment outside the marketplace: services offered as a way to pay ("pay via
PayPal", "Payment: Payoneer or crypto", "Aceito Pix") and paying outside said outright
("skip the fees", "pay me directly").

Offers work on the trigger scan of a run (run_scan.py): a service named with a pay word
right next to it ("pay via", "accepted", "only", "transfer") or followed by an account
("Payoneer account: finance@…", "GCash 0917 …") is an offer; with a pay word elsewhere in
its clause it is a weaker one (a warning). A work subject next to the service ("PayPal
checkout integration", "Payoneer vs Wise", "Bitcoin whitepaper") or in the clause of a
weak one (payment_topics.py), a negation ("I do not accept payments outside Fiverr",
payment_refusals.py) or the marketplace as the way ("pay with PayPal on Fiverr",
payment_market.py) undo it. Payment details (IBANs, wallets, cashtags) are
payment_details.py's; a buyer's question and its answer payment_answers.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gigcheck.detectors.built_without import built_by_verb
from gigcheck.detectors.leave_shared import fee_of_a_kind, timed
from gigcheck.detectors.leaving import fee_owned
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.market_compared import market_favoured
from gigcheck.detectors.paid_straight import StraightPayment, straight_payments
from gigcheck.detectors.payment_answers import answered_on_platform, asked_then_told, next_sentence, sold_in
from gigcheck.detectors.payment_details import DetailMatch, account_after, filler_after
from gigcheck.detectors.payment_market import (
    marketplace_is_the_way,
    marketplace_pays,
    own_account_paid,
    taken_instead,
    unusable_spans,
    way_unavailable_in,
)
from gigcheck.detectors.payment_nearby import (
    amount_beside,
    inflected,
    name_part,
    objects_between,
    only_fillers,
    pay_prefix,
    stands_beside,
    work_on,
)
from gigcheck.detectors.payment_refusals import negated, refused_route_left, service_refused
from gigcheck.detectors.payment_topics import (
    buyers_business,
    feature_of_work,
    feature_with,
    payments_a_topic,
    price_without_fee,
    quoted_copy,
    record_named,
    seller_is_payee,
    topic_in,
    topic_words,
    work_subject_next_to,
)
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, refused, words_between
from gigcheck.detectors.triggers import (
    CONTACT,
    CUE,
    CUE_BEFORE,
    FEE_SKIP,
    MARK,
    OFF,
    PAY_CUE,
    PAY_MARKET,
    PAY_OFF,
    PAY_TO_ME,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    SEND,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SHARE,
    TALK,
    THIRD,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.questions import is_asked

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
    if any(negated(scan, cv, at) for at in sp.marks) or pay_words(cv).refused_after(scan.text, sp.end, s1):
        return False
    if refused(scan, cv, sp.end) or answered_on_platform(scan, cv, sp.sentence):
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
    if market_favoured(scan, cv, sp.start, sp.end):
        return False  # "Commander ici est plus sûr que de me payer directement": the marketplace recommended
    nxt = next_sentence(scan, sp.sentence)
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


def _judge(
    scan: RunScan, cv: ChannelVocab, t: Match, ks: frozenset[str], sent: tuple[int, int]
) -> OfferMatch | None:
    text = scan.text
    s0, s1 = sent
    # Refused, or shown with a template's stand-in ("Pay to: IBAN XX00 0000 0000 0000 00").
    if filler_after(scan.words.text, t.end) or service_refused(scan, cv, t, sent):
        return None
    ctx = scan.context(cv, s0, s1)
    if PAY_OFF in ks:
        return _paying_outside(scan, cv, t, sent, ctx)
    # A payment page or checkout said not to work is the marketplace's, no work around the service
    # ("Fiverr's payment page keeps failing for my buyers, so I take Payoneer").
    failing = unusable_spans(scan, cv, s0, t.start)
    ctx = [m for m in ctx if not (kinds(m) & {PAY_CUE, PAY_TOPIC} and any(a <= m.start < b for a, b in failing))]
    if answered_on_platform(scan, cv, sent):
        return None  # "Can I pay with PayPal? Yes, Fiverr accepts PayPal at checkout."
    if record_named(scan, cv, t):
        return None  # "Stripe charge ch_3NxYz2…": a transaction's ID, the work's subject
    if t.end < len(text) - 1 and text[t.end] == "-" and text[t.end + 1].isalpha() and not inflected(text, t.end + 1):
        paid_by = any(
            kinds(m) & {PAY_VERB, PAY_WORD} and m.end <= t.start and words_between(text, m.end, t.start) <= 1
            for m in ctx
        )
        if pay_words(cv).stems.match(text, t.end + 1) is None and not paid_by:
            return None  # "Cash App-style", "Bitcoin-themed"; not "Zahlung per PayPal-Überweisung"
        # "Tikkie-betaalverzoek", "PayPal-Zahlung": the compound says paying by it
        if (
            not work_subject_next_to(scan, cv, t, ctx) and not topic_in(scan, cv, ctx, sent)
            and not buyers_business(scan, cv, t, ctx, sent)
        ):
            return OfferMatch(t.start, t.end, t.text, STRONG)
        return None
    acct = account_after(scan, cv, t.end, SERVICE not in ks)
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
    direct = [d for d in direct if d not in away or not negated(scan, cv, d[0])]
    away = [d for d in away if d in direct]
    # The services' own names in the sentence: a word inside one is part of the name, not
    # context around it. A work cue inside one ("cards" of "gift cards") is not the work.
    names = [(o.start, o.end) for o in scan.triggers_in(s0, s1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
    ctx = [m for m in ctx if not (PAY_CUE in kinds(m) and any(a <= m.start and m.end <= b for a, b in names))]
    if (
        work_subject_next_to(scan, cv, t, ctx) or feature_of_work(scan, cv, t, ctx, sent)
        or buyers_business(scan, cv, t, ctx, sent) or feature_with(scan, cv, t, ctx, sent)
    ) and not _direct_in_clause(scan, t, ctx, direct):
        return None
    # "an article: how to pay with PayPal safely"; the buyer's copy, "a voiceover for your
    # bank's ad: 'Send money abroad with Wise'"
    if topic_in(scan, cv, ctx, sent) or quoted_copy(scan, cv, t, ctx, sent):
        return None
    outside = any(
        (PAY_OFF in kinds(o) or OFF in kinds(o)) and not negated(scan, cv, o.start)
        and not pay_words(cv).surcharge_after(text, o.end)
        and (o.text not in pay_words(cv).own or own_account_paid(scan, cv, o, sent, ctx))
        for o in scan.triggers_in(s0, s1)
    )
    # A direct word elsewhere in the sentence does not undo the marketplace as the way
    # ("Pagamento pela Fiverr com cartão ou PayPal, sem taxa extra"); one next to the
    # service does ("pay on Fiverr or directly via PayPal").
    beside = any(stands_beside(text, t, a, b) for a, b in direct)
    outside = (
        outside or _split_rest(scan, cv, t, ctx) or _sent_by_seller(scan, t) or _instead_of_market(scan, cv, t, sent)
    )
    if not outside and not beside and not away and marketplace_pays(scan, cv, t, ctx):
        return None  # "pay with PayPal on Fiverr", "I accept PayPal through Fiverr's checkout"
    if outside:
        return OfferMatch(t.start, t.end, t.text, STRONG)
    # Context words inside a service's own name ("bank transfer", "direct deposit") do not count,
    # unless the name is the transfer routed through this service ("chuyển khoản qua Momo").
    names = [n for n in names if not _routed_through(text, cv, n, t)]
    ctx = [
        m for m in ctx if not any(a <= m.start and m.end <= b for a, b in names) and not name_part(scan, cv, m, ctx)
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


def _routed_through(text: str, cv: ChannelVocab, name: tuple[int, int], t: Match) -> bool:
    """Service name `name` (a transfer: "chuyển khoản", "bank transfer") right before service `t`
    with only a route word between ("chuyển khoản qua Momo", "bank transfer via Wise"): the name
    is the paying, done through `t`."""
    gap = text[name[1]:t.start].split()
    return name[1] <= t.start and len(gap) == 1 and gap[0].casefold() in cv.pay_routes


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
    """why (Turkish "'dan" is a pay word, "IBAN'dan çalışıyoruz"): in a sentence of the
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


def _instead_of_market(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> bool:
    """The marketplace's way said unusable in another clause of the sentence, the service named
    in its own: the service is the way the seller takes instead ("Fiverr payments don't work in
    my country, so Wise it is"). Not in the marketplace's clause ("Fiverr payment isn't possible
    with PayPal": the service is part of what does not work)."""
    c0, c1 = scan.clause(t.start)
    return (
        way_unavailable_in(scan, cv, sent[0], c0) or way_unavailable_in(scan, cv, c1, sent[1])
        or taken_instead(scan, cv, t)
    )


def _split_rest(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """why (rt12 exemption: "Pay the deposit on Fiverr, the remaining 50% via PayPal"): the
    rest of a split payment put on a service leaves the marketplace, named or not; not in
    a sentence about the work ("I integrate Stripe so your shop charges the balance")."""
    rest = pay_words(cv).rest_before(scan.text, scan.clause(t.start)[0], t.start)
    # (the rest word itself may be a work cue, "balance": it names the rest here, no work)
    return rest is not None and not any(
        kinds(m) & {PAY_CUE, PAY_TOPIC, CUE, CUE_BEFORE} and not rest[0] <= m.start < rest[1] for m in ctx
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


def _asked_then_sold(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> OfferMatch | None:
    """A service asked about, then sold as cheaper or direct in the next sentence: "Would
    Payoneer work for you? Saves us the Fiverr fee", "¿Te sirve Nequi? Sin comisión"."""
    nxt = next_sentence(scan, sent)
    if nxt is None:
        return None
    if sold_in(scan, cv, *nxt) or asked_then_told(scan, cv, sent, nxt):
        return OfferMatch(t.start, t.end, t.text, STRONG)
    return None


def _paid_to_me(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> OfferMatch | None:
    """"pagar pra mim pelo Pix", "pay it to me with GCash", "Padala mo sa GCash ko": a pay
    verb before the service in its clause, with the seller as its payee right after the
    service, or after the verb three words before the service at most."""
    text = scan.text
    c0, _ = scan.clause(t.start)
    words = pay_words(cv)
    after = words.payee_after.match(text, t.end) is not None  # "via Tikkie naar mij", "GCash ko"
    made_verb = _SERVICE_ME.match(text, t.end)
    if made_verb is not None and not any(
        MARK in kinds(m) and m.end <= t.start and words_between(text, m.end, t.start) == 0 for m in ctx
    ):
        return OfferMatch(t.start, made_verb.end(), t.text, STRONG)  # "can Interac e-Transfer me at …"
    for m in ctx:
        if PAY_VERB not in kinds(m) or not (c0 <= m.start and m.end <= t.start):
            continue
        if after or (words_between(text, m.end, t.start) <= 3 and words.seller_paid(text, m.start, m.end, m.text)):
            return OfferMatch(m.start, t.end, t.text, STRONG)
    return None


# The service made an English verb with the seller as its object ("Venmo me", "Interac e-Transfer me at the
# address"): "me", then the end of the clause or a word that goes on with the paying (not "PayPal me link",
# "PayPal me bloqueó la cuenta").
_SERVICE_ME = cached_regex(
    r"[ \t]+me(?=[ \t]*(?:[.,;:!)—–]|$)|[ \t]+(?:at|on|via|the|your|directly|once|when|after|before)\b)"
)


def _verb_prefixed(scan: RunScan, cv: ChannelVocab, t: Match) -> OfferMatch | None:
    """A service made a verb by a prefix glued to it ("Pwede rin mag-GCash", "nag-PayMaya"):
    paying by it (Tagalog); the prefix a word of its own, not the end of a longer word ("imag-")."""
    p = pay_prefix(scan, cv, t)
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
    near = any(stands_beside(text, t, a, b) for a, b in direct)
    return near and not any(PAY_CUE in kinds(m) and c0 <= m.start < c1 for m in ctx)


def _direct_next_to(text: str, t: Match, ctx: list[Match], direct: list[tuple[int, int]]) -> OfferMatch | None:
    """"paga direto no Pix", "Payoneer or Wise directly", "Überweisung direkt": a direct or
    incentive word right next to the service, or anywhere in its sentence with a pay verb
    ("Puedes pagarme por transferencia bancaria y te hago un 10% de descuento")."""
    for a, b in direct:
        if stands_beside(text, t, a, b) or amount_beside(text, t, a):
            return OfferMatch(min(a, t.start), max(b, t.end), t.text, STRONG)
    if direct and any(PAY_VERB in kinds(m) for m in ctx):
        return OfferMatch(t.start, t.end, t.text, STRONG)
    return None


def _paying_outside(
    scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match]
) -> OfferMatch | None:
    """"skip the fees", "pay me directly": paying outside said outright."""
    s0, s1 = sent
    if _outside_elsewhere(scan, cv, t):
        return None  # "Payment outside business hours is possible via the Fiverr app", "Zahlung außerhalb der EU"
    if any(OFF in kinds(o) and not _outside_elsewhere(scan, cv, o) for o in scan.triggers_in(s0, s1)):
        return OfferMatch(t.start, t.end, None, OUTSIDE)
    if pay_words(cv).surcharge_after(scan.text, t.end):
        return None  # "sem taxa extra", "no extra fees": the price has no surcharge
    if fee_of_a_kind(scan, cv, t) and not _paid_beside(scan, cv, t, sent):
        return None  # "Без комиссии за правки", "save fees by choosing the Premium package" (a fee of a kind)
    c0, _ = scan.clause(t.start)
    own = t.text in pay_words(cv).own
    if own and not own_account_paid(scan, cv, t, sent, ctx):
        return None  # "log in to my account", "Fiverr pays the earnings into my bank"
    topics = topic_words(scan, cv, ctx, sent)
    if any((own or c0 <= m.start) and m.end <= t.start for m in topics):
        return None  # "a guide on how to get paid directly to your bank"
    if _checkout_built(scan.text, t, ctx, c0):
        return None  # "My Shopify app lets shoppers skip the checkout"
    if any(PAY_MARKET in kinds(m) and marketplace_is_the_way(scan, cv, t, m, ctx) for m in ctx):
        return None
    if price_without_fee(scan, cv, t, sent, ctx):
        return None  # "Precios sin la comisión de la plataforma": what the price leaves out
    if market_favoured(scan, cv, t.start, t.end):
        return None  # "Ordering here is faster than paying me directly": the marketplace recommended
    return OfferMatch(t.start, t.end, None, OUTSIDE)


def _paid_beside(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> bool:
    """Another word of paying outside or straight to the seller in the sentence of fee phrase `t`
    ("Ohne Gebühren für dich, wenn du direkt an mich überweist"): the fee skipped by paying so."""
    s0, s1 = sent
    if any(not t.start <= a < t.end for a, _ in pay_words(cv).direct_in(scan.text, s0, s1)):
        return True
    return any(o is not t and kinds(o) & {PAY_OFF, PAY_TO_ME, OFF} for o in scan.triggers_in(s0, s1))


# The English spellings of "off-site" a payment phrase may end in; the bare "outside" of every
# language is the pack's `away_closing` ("outside", "fora", "dehors", …).
_OFF_SITE = ("off-site", "offsite", "off site")


def _outside_elsewhere(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Phrase `t` ends in a bare "outside" and a time follows it (`timed`): when the payment can
    be made, not where ("Payment outside business hours is possible via the Fiverr app",
    "Pagamento fora do horário comercial"); or an article opens a place other than the marketplace
    ("Zahlung außerhalb der EU ist möglich"). "Payment outside the platform", "Zahlung außerhalb
    möglich" (nothing after it but what is said of it), "paid outside the order" stay offers."""
    words = t.text.casefold().split()
    last = words[-1] if words else ""
    if not (last in cv.away_closing or last in pay_words(cv).outside_set or " ".join(words[-2:]).endswith(_OFF_SITE)):
        return False
    if timed(scan, cv, t.start, t.end):
        return True
    c1 = scan.clause(t.start)[1]
    after = scan.text[t.end:c1].split()
    stop = min(c1, t.end + _PLACE_CHARS)
    if len(after) > 1 and after[1].rstrip(".,;:!?") in cv.order_words:
        return False  # "paid to me outside the order", "fuera del pedido": the marketplace's order left
    return bool(after) and after[0] in cv.articles and pay_words(cv).market_nouns.search(scan.text, t.end, stop) is None


# How far after a bare "outside" and its article the marketplace's noun may stand ("outside the Fiverr platform").
_PLACE_CHARS = 30


# The word after a skipped checkout: a noun it modifies ("the checkout redesign", "checkout
# page") makes it a part of the work; these words go on with the skip ("skip the checkout and
# pay me", "skip the checkout fees").
_NEXT_WORD = cached_regex(r"[ \t]+([^\W\d_]+)")
_AFTER_SKIPPED = frozenset({
    "and", "or", "to", "for", "on", "with", "if", "so", "by", "via", "through", "then", "but",
    "because", "since", "when", "as", "at", "in", "of", "fee", "fees", "entirely", "completely",
    "altogether", "here", "there", "this", "next", "now",
    # the subject of the next clause, no noun of the checkout ("instead of checkout I'll knock 15% off")
    "i", "we", "you", "it", "that", "which", "just", "please",
})


def _checkout_built(text: str, t: Match, ctx: list[Match], c0: int) -> bool:
    """The phrase at `t` skips a checkout (a work word inside it: "skip the checkout", "instead of
    checkout") that the work builds or others use: a noun right after it ("the checkout redesign"),
    another work word in the sentence ("My Shopify
    app lets …", "Express checkout setup: …") or a third party before it in its clause ("shoppers
    skip the checkout"). The buyer skipping the marketplace's checkout has neither."""
    inside = [m for m in ctx if PAY_CUE in kinds(m) and t.start <= m.start < t.end]
    if not inside:
        return False
    noun = _NEXT_WORD.match(text, t.end)
    ends_checkout = any(m.end == t.end and m.text.casefold() == "checkout" for m in inside)
    if ends_checkout and noun is not None and noun.group(1).casefold() not in _AFTER_SKIPPED:
        return True  # "We skip the checkout redesign": a part of the work named by the checkout
    return any(PAY_CUE in kinds(m) and not t.start <= m.start < t.end for m in ctx) or any(
        THIRD in kinds(m) and c0 <= m.start and m.end <= t.start for m in ctx
    )


def _pay_word_next_to(
    text: str, t: Match, ctx: list[Match], rel: frozenset[str],
    fillers: frozenset[str] = frozenset(), routes: frozenset[str] = frozenset(),
    with_words: frozenset[str] = frozenset(),
) -> OfferMatch | None:
    """"pay via PayPal", "aceito pagamento por Pix", "PayPal transfer works": a pay word
    right next to the service (`fillers` between change nothing: "pembayaran bisa via OVO")."""
    near = 1
    for m in ctx:
        if not kinds(m) & {PAY_WORD, PAY_VERB} or work_on(text, m, ctx, rel, with_words):
            continue
        # "Ik stuur je een Tikkie", "te mando el link": the one paid or paying between
        between = words_between(text, m.end, t.start) - objects_between(ctx, m.end, t.start)
        if m.end <= t.start and between > near and only_fillers(text, m.end, t.start, fillers, routes):
            between = 0
        if m.end <= t.start and between <= near:
            return OfferMatch(min(m.start, t.start), t.end, t.text, STRONG)
        # the pay word after the service, with fillers between, where the verb comes last (hi, ur, ko,
        # tr: "Raast par bhi payment le leta hoon", "JazzCash یا Easypaisa پر ایڈوانس بھیج دیں")
        if m.start >= t.end and (
            words_between(text, t.end, m.start) <= near or only_fillers(text, t.end, m.start, fillers, frozenset())
        ):
            return OfferMatch(t.start, max(m.end, t.end), t.text, STRONG)
    return None


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
    if is_asked(text[s0:s1]):
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
        # after that, repeat orders can be paid straight to my Payoneer", rt30 exemption)
        if not any(PAY_MARKET in kinds(m) and c0 <= m.start < c1 for m in ctx) and (
            cv.possessive_before.search(mine) is not None or seller_is_payee(scan, cv, ctx, sent)
        ):
            strength = STRONG  # "Tus clientes pueden pagarme a mí por PayPal"
        return OfferMatch(t.start, t.end, t.text, strength)
    # Several services listed together, with no work around them ("Western Union or
    # MoneyGram for clients in Africa"): a menu of ways to pay; the buyer told to choose among
    # them offers it outright ("Maya o GCash, alinman ang gusto mo", "PayPal or Wise, whichever
    # you prefer": a name that is also a word counts there).
    chosen = pay_words(cv).choice.search(text, s0, s1) is not None
    listed = {SERVICE, SERVICE_AMBIGUOUS} if chosen else {SERVICE}
    others = {o.text for o in scan.triggers_in(s0, s1) if kinds(o) & listed and o.text != t.text}
    if others and not any(PAY_CUE in kinds(m) for m in ctx):
        return OfferMatch(t.start, t.end, t.text, STRONG if chosen else strength)
    return None
