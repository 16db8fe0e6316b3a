"""Payments as the subject of the work rather than a way to pay the seller: a topic
("a guide on how to get paid directly"), a work subject next to the service ("PayPal
checkout integration"), the buyer's business taking the payment ("your shop charges the
balance via PayPal"), and payment features of a thing built ("bot: inline keyboards,
Stripe payments", "your app with Stripe payments"). Each gives way when the seller is the
payee ("pay me via PayPal").
"""
from __future__ import annotations

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_lists import WORDS, list_span
from gigcheck.detectors.payment_refusals import negated
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import (
    PAY_CUE,
    PAY_MARKET,
    PAY_OFF,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    SCAN_CODE,
    SERVICE,
    SERVICE_AMBIGUOUS,
    SETTLING,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex


def payments_a_topic(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """The sentence at `at` makes payments its topic (a page, a guide, bookkeeping), and
    does not pay the seller: "I write the payment options page for your shop: card, PayPal
    and cash on delivery"."""
    sent = scan.sentence(at)
    return topic_in(scan, cv, scan.context(cv, *sent), sent)


def topic_words(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> list[Match]:
    """The topic words of the sentence that make its payments a topic. The client's own
    customers ("Your customers can pay with PayPal") are none when the seller is the
    payee: "Your customers can pay me directly through Zelle", "… a mi cuenta"."""
    found = [m for m in ctx if PAY_TOPIC in kinds(m) and not _instructions_label(scan, m, ctx)]
    if found and seller_is_payee(scan, cv, ctx, sent):
        # the seller paid ("I do your bookkeeping, pay me by PayPal") is no topic
        return []
    words = pay_words(cv)
    if any(m.text in words.customers for m in found) and seller_is_payee(scan, cv, ctx, sent):
        found = [m for m in found if m.text not in words.customers]
    return found


def _instructions_label(scan: RunScan, m: Match, ctx: list[Match]) -> bool:
    """Topic word `m` opens a label of instructions: a pay verb right after it, then a colon ("How to
    pay: PayPal or Wise", "Hướng dẫn thanh toán: chuyển khoản qua Momo"); what follows is how the
    seller is paid, not a guide's subject ("Hướng dẫn thanh toán qua Momo", "Tutorial: …" stay topics)."""
    text = scan.text
    return any(
        PAY_VERB in kinds(p) and p.start >= m.end and words_between(text, m.end, p.start) <= 1
        and _COLON.match(text, p.end) is not None
        for p in ctx
    )


_COLON = cached_regex(r"\s?[:：]")


def topic_in(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> bool:
    return bool(topic_words(scan, cv, ctx, sent))


def quoted_copy(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]) -> bool:
    """Service `t` stands inside a quotation that "your" or a template word introduces, or
    that a frame word opens ("a voiceover for your bank's ad: 'Send money abroad with Wise'",
    "Landing page copy: 'Billed monthly via PayPal'"): the buyer's copy, written as the work,
    unless the seller is paid in the sentence. why (own hard negatives, issue 12)."""
    pv, text = cv.placeholders, scan.text
    quoted = pv.quoted_sample(text, t.start) or pv.quoted_sample(text, t.start, framed=True)
    return quoted and not seller_is_payee(scan, cv, ctx, sent)


def seller_is_payee(scan: RunScan, cv: ChannelVocab, ctx: list[Match], sent: tuple[int, int]) -> bool:
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


def work_subject_next_to(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A work subject next to the service: "PayPal checkout", "Stripe and PayPal payment
    gateway", "your webshop with iDEAL". Not a work other than a thing built (`feature_hosts`)
    before a "with" that brings the service ("Logo design with PayPal payment accepted": the
    way the logo is paid for). why (last session's leftover)."""
    text = scan.text
    a, b = list_span(scan, t)
    if _code_made(scan, cv, t, ctx):
        return True
    for m in ctx:
        if PAY_CUE in kinds(m):
            gap = words_between(text, b, m.start) if m.start >= b else words_between(text, m.end, a)
            if gap > 2 or _market_part(text, m, ctx) or _other_part(scan, m, a, b):
                continue  # (nor the marketplace's own checkout: "PayPal only, Fiverr checkout is not available")
            if (
                m.end <= a and any(w in cv.feature_with for w in WORDS.findall(text[m.end:a]))
                and not any(w in cv.feature_hosts for w in WORDS.findall(m.text))
            ):
                continue  # (a thing built with it stays: "je webshop met iDEAL, Bancontact en PayPal")
            return True
    return False


def _code_made(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A scan code the seller makes, named by the service: a verb of making (`name_work_verbs`) at
    most two words before the code, the service right after it with only short connectors and pay
    nouns between ("Diseño el QR de cobro de Mercado Pago", "Je crée le QR de paiement de Mercado
    Pago", "Crio o QR de cobrança do Mercado Pago"): the QR is the work, as "I design the Mercado
    Pago payment QR" is. Not a code sent or shown ("Te mando el QR de cobro de Mercado Pago", "QR de
    pago: escanea y págame por Mercado Pago")."""
    text = scan.text
    c0 = scan.clause(t.start)[0]
    for code in ctx:
        if SCAN_CODE not in kinds(code) or not c0 <= code.start or code.end > t.start:
            continue
        pays = [m for m in ctx if kinds(m) & {PAY_VERB, PAY_WORD} and code.end <= m.start and m.end <= t.start]
        # the gap's words outside its pay nouns: short connectors, two at most ("de", "do", "di")
        rest = [
            w.group() for w in WORDS.finditer(text, code.end, t.start)
            if not any(m.start <= w.start() < m.end for m in pays)
        ]
        if len(rest) > 2 or any(len(w) > _CONNECTOR for w in rest):
            continue
        verbs = [w.group() for w in WORDS.finditer(text, max(c0, code.start - _MAKER_BACK), code.start)][-3:]
        if any(w.casefold() in cv.name_work_verbs for w in verbs):
            return True
    return False


_MAKER_BACK = 32  # characters before a scan code read for the verb that makes it ("Diseño el", "Je crée le")


def _other_part(scan: RunScan, cue: Match, start: int, end: int) -> bool:
    """Work cue `cue` a word of settling ("balance", "the rest") that names a part of a split payment,
    not a work subject of the services from `start` to `end`: in a clause after theirs ("Deposit via
    Wise, balance through the order"), or opening their clause after another one of the sentence
    ("Deposit through the order, balance via Wise"); not "Show the account balance via Plaid".
    why (issue 12)."""
    if SETTLING not in kinds(cue):
        return False
    if cue.start >= scan.clause(end - 1)[1]:
        return True
    c0 = scan.clause(start)[0]
    return cue.end <= start and c0 > scan.sentence(start)[0] and words_between(scan.text, c0, cue.start) <= 1


def _market_part(text: str, cue: Match, ctx: list[Match]) -> bool:
    """Work cue `cue` right after the marketplace's name ("Fiverr checkout", "Fiverr's payment
    system"): a part of the marketplace, not a work subject."""
    return any(
        PAY_MARKET in kinds(m) and m.end <= cue.start and words_between(text, m.end, cue.start) == 0 for m in ctx
    )


def buyers_business(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]
) -> bool:
    """The buyer's business earlier in the service's clause takes the payment ("I integrate
    Stripe so your shop charges the remaining balance via PayPal", "Configuro tu tienda
    para que cobre el resto por Mercado Pago"): a feature of the work, unless the seller
    is paid ("your shop ... pay me via PayPal"); the buyer's own account as where payments
    go, anywhere in the sentence, says the same ("Die Zahlung per PayPal geht an Ihr Konto")."""
    c0, c1 = scan.clause(t.start)
    # (the clause of the list's first service: a list's comma is no clause break, "Toko kamu bisa terima
    # pembayaran QRIS, GoPay dan OVO", why: a known false alarm)
    lo = max(scan.clause(list_span(scan, t)[0])[0], sent[0], t.start - _HEAD_REACH)
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
        or (account is not None and not negated(scan, cv, account.start()))
        or (
            after is not None and words_between(text, t.end, after.start()) <= _SERVED_WORDS
            and _closes_clause(text, words.relatives, after.end(), c1)
        )
    )
    return theirs and not seller_is_payee(scan, cv, ctx, sent)


_SERVED_WORDS = 3  # a compound's tail, "for", an article: between a service and the business it serves


def _closes_clause(text: str, relatives: frozenset[str], at: int, c1: int) -> bool:
    """Nothing but a relative clause after `at` in its clause: the business closes what the
    payment is for ("PayPal on their own stores that I set up": the relative says more of the
    store), not a thing made for it ("PayPal for your shop logo")."""
    first = WORDS.search(text, at, c1)
    return first is None or first.group().casefold() in relatives


def feature_of_work(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]) -> bool:
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
    # the list's last items end at "and" too ("…, pagos con Stripe y avisos al administrador")
    joined = next((w.start() for w in WORDS.finditer(text, t.end, min(s1, t.end + _HEAD_REACH))
                   if w.group() in pay_words(cv).list_words), -1)
    hosted = any(w.group() in cv.feature_hosts for w in WORDS.finditer(text, max(s0, colon - _HEAD_REACH), colon))
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
    words = WORDS.findall(" ".join(rest))
    if len(words) > 1 or any(len(w) > _CONNECTOR for w in words):
        return False
    return any(PAY_CUE in kinds(m) and m.end <= colon for m in ctx)


def feature_with(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]) -> bool:
    """"Je crée votre bot Telegram en Python avec paiements Stripe", "Creo tu bot de Telegram
    con menú, catálogo y pagos con Stripe", "I build your app with Stripe payments": the
    sentence's only pay noun next to the service (one short connector at most), a "with"
    before them, and the thing built (a work cue) before that in the clause, the seller not
    the payee: a feature of the work. Pay words after the service are more features of the
    same thing built ("… с оплатой через ЮMoney и Telegram Payments: каталог, чек после
    оплаты"); each other service is judged on its own. why (rt16 subject; rt31)."""
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
        w.start() for w in WORDS.finditer(text, lo, item)
        if w.group() in cv.feature_with and (w.start() == 0 or text[w.start() - 1] not in ".@")
        and words_between(text, w.end(), item) <= _WITH_REACH
    ]
    if not withs:
        return False
    built = any(
        w.group() in cv.feature_hosts and cv.sellers.search(text, max(lo, w.start() - 30), w.start()) is None
        for w in WORDS.finditer(text, lo, withs[-1])
    )  # the buyer's thing built, not "my site"
    after = [w.group() for w in WORDS.finditer(text, max(p.end, t.end), min(sent[1], max(p.end, t.end) + 24))][:3]
    to_me = any(w in cv.to_me for w in after)  # "… with payments via PayPal to me"
    return built and not to_me and not seller_is_payee(scan, cv, ctx, sent)


def _connected(text: str, cv: ChannelVocab, p: Match, t: Match) -> bool:
    """Whether pay word `p` stands right next to service `t`, one short connector or a route
    preposition of any length between ("pagos con Stripe", "с оплатой через ЮMoney")."""
    a, b = (p.end, t.start) if p.end <= t.start else (t.end, p.start)
    if a > b:
        return False
    gap = WORDS.findall(text[a:b])
    return len(gap) <= 1 and all(len(w) <= _CONNECTOR or w.casefold() in cv.pay_routes for w in gap)


_WITH_REACH = 4  # words between "with" and the payments it brings ("with inline keyboards and Stripe payments")


# How far back the colon of a feature list may stand, and how far its item may run on
# (bounded: a long list is read once per service).
_HEAD_REACH = 240

_CONNECTOR = 4


# An API object's ID ("ch_3NxYz2LkdIwHu7ix0abc", "pi_…", "txn_…"): a short prefix, "_",
# then ten or more letters and digits with a digit among them. Bounded: linear.
_RECORD_ID = cached_regex(r"(?:[ \t]+[^\W\d_]{1,12}){0,2}[ \t:#]+[a-z]{2,8}_(?=[a-z]{0,40}\d)[a-z0-9]{10,40}(?!\w)")


def record_named(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Service `t` names a record by its ID a word or two later ("Stripe charge
    ch_3NxYz2…", "Stripe payment pi_3Nx… failed"): a transaction being talked about (the
    work of debugging it), not a way to pay; unless an account label stands before the
    ID ("Stripe account acct_…" is where money goes)."""
    text = scan.words.text
    m = _RECORD_ID.match(text, t.end)
    if m is None:
        return False
    return cv.account_labels.search(text, t.end, m.end()) is None



def price_without_fee(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int], ctx: list[Match]) -> bool:
    """The fee phrase at `t` says what a price leaves out, right after the price noun ("Precios sin
    la comisión de la plataforma", "Ціни без комісії платформи"): a price line about the site's fee,
    not a payment around it. Not with anything else in the sentence that pays: a pay verb, a service,
    a direct word ("Ціни без комісії платформи, якщо платите напряму", "… si me pagas por PayPal")."""
    text = scan.text
    c0 = scan.clause(t.start)[0]
    price = [m for m in cv.prices.finditer(text, max(c0, t.start - 40), t.start)]
    if not price or words_between(text, price[-1].end(), t.start) > 0:
        return False  # (not "Цены ниже без комиссии": a price made lower by it)
    # the price noun heading its clause, only an article or a possessive before it (not "Mejores precios
    # sin la comisión", "Better prices without the fee": a better price outside)
    if not all(w.casefold() in cv.articles or w.casefold() in cv.possessives for w in WORDS.findall(
        text, c0, price[-1].start()
    )):
        return False
    if any(PAY_VERB in kinds(m) for m in ctx) or any(
        kinds(o) & {SERVICE, SERVICE_AMBIGUOUS} for o in scan.triggers_in(*sent)
    ):
        return False
    return all(t.start <= a < t.end or a < t.start for a, _ in pay_words(cv).direct_in(text, *sent))
