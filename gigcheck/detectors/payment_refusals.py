"""Refused and negated payment services: "I do not accept payments outside Fiverr", a
negation before a list's first item covering its later ones, a refusal after the list
("… are out of the question"), a refusal earlier in the sentence, and the place left named
next to a refused service. A contrast ("but") ends what a refusal covers.
"""
from __future__ import annotations

import bisect

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_lists import WORDS, list_span, listed, service_lists
from gigcheck.detectors.payment_market import unusable_after, way_unavailable_in
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds, refused, words_between
from gigcheck.detectors.sentence_channels import joined_verbs
from gigcheck.detectors.triggers import (
    MARK,
    MIDDLEMAN,
    NEG,
    PAY_OFF,
    PAY_VERB,
    REFUSAL,
    SERVICE,
    SERVICE_AMBIGUOUS,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN


def negated(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    return _negated_in_clause(scan, cv, at) or _negated_before_list(scan, cv, at)


# How many words a list's later item may hold before the service ("phone or payment").
_LIST_ITEM_WORDS = 3
_LIST_CHARS = 40  # bounded look-back for the comma


def _negated_before_list(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """A list's comma is no clause break: a negation before the list's first item
    covers `at` in a later one ("sellers may not ask for email, phone or payment outside
    the platform"). why (rt19 exemption: rule quotes)."""
    c0, _ = scan.clause(at)
    head = scan.text[max(0, c0 - _LIST_CHARS):c0].rstrip()
    item = scan.text[c0:at].split()
    if not head.endswith(",") or len(item) > _LIST_ITEM_WORDS or (item and item[-1] not in pay_words(cv).list_words):
        return False  # (not "I don't do calls, but payment outside Fiverr is fine")
    if _after_contrast(scan, cv, c0, at) != c0:
        return False  # (nor "Rules prohibit it, but I accept PayPal": the Polish "i" is "and")
    if way_unavailable_in(scan, cv, scan.clause(c0 - 1)[0], c0):
        return False  # (nor the marketplace's way said unusable: "Fiverr ödemesi mümkün değil, Papara ile …")
    # (a list's head ends on its item, no verb joined: "on weekends or holidays, pay me directly")
    return _negated_in_clause(scan, cv, c0 - (len(scan.text[max(0, c0 - _LIST_CHARS):c0]) - len(head)) - 1, False)


def _list_negated(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A negation before the first service of the list `t` stands in covers it, however
    far the list runs ("Je refuse toute demande de paiement par PayPal ou virement en
    dehors de la plateforme"); not across a contrast ("pas PayPal, mais virement oui").
    why (refusals of hard negatives)."""
    services, starts, ends, _, _ = service_lists(scan)
    text = scan.text
    k = bisect.bisect_left(starts, t.start)
    joined = pay_words(cv).list_words
    head, stop = t.start, max(0, k - _LIST_REACH)
    while k > stop and k - 1 < len(services) and listed(text, ends[k - 1], head) and all(
        w.casefold() in joined for w in WORDS.findall(text, ends[k - 1], head)
    ):  # joined by a comma or "or"/"and" only: "PayPal, only Wise directly" is no list
        k -= 1
        head = starts[k]
    return head < t.start and _after_contrast(scan, cv, head, t.start) == head and negated(scan, cv, head)


_LIST_REACH = 8  # services read back to a list's negated head (bounded: linear however long the list)


def _negated_in_clause(scan: RunScan, cv: ChannelVocab, at: int, joined: bool = True) -> bool:
    c0 = _after_contrast(scan, cv, scan.clause(at)[0], at)
    # (not the negation of the marketplace's way said unusable: "ถ้าจ่ายผ่าน Fiverr ไม่ได้ โอนพร้อมเพย์")
    c0 = max(c0, min(unusable_after(scan, cv, c0, at) or c0, at))
    text = scan.text
    ctx = scan.context(cv, c0, at)
    # (or further, a joining word between: "Please don't ask me to work outside the site or pay me directly"
    # negates both verbs it joins; issue 12 false alarm)
    return any(
        kinds(m) & {NEG, REFUSAL} and m.end <= at and (
            words_between(text, m.end, at) <= _NEG_WORDS
            or (joined and NEG in kinds(m) and words_between(text, m.end, at) <= 2 * _NEG_WORDS
                and joined_verbs(scan, cv, m.end, at, _NEG_WORDS))
        )
        and not _preposition(text, m, (c0, at), ctx, cv) and not _incentive_preposition(scan, cv, m, at)
        and not pay_words(cv).negates_nothing(text, m.start, m.end) and not _middleman_word(scan, m)
        for m in ctx
    ) or pay_words(cv).negated_before(text, c0, at)


def _middleman_word(scan: RunScan, m: Match) -> bool:
    """Negation `m` is the word of a "no middlemen" phrase ("Sin intermediarios: págame directo"):
    without someone between, nothing after it negated. why (issue 12, rt57-neg-wording-006's twin)."""
    return any(
        MIDDLEMAN in kinds(o) and o.start <= m.start and m.end <= o.end
        for o in scan.triggers_in(max(0, m.start - scan.longest), m.end)
    )


_NEG_WORDS = 6  # words a negation may stand before what it negates (twice that across a joined verb)


def _after_contrast(scan: RunScan, cv: ChannelVocab, c0: int, at: int) -> int:
    """Where what `at` stands in begins: after the last contrast of its clause before it
    ("Rules prohibit it, but I accept PayPal directly": the refusal covers nothing after
    "but"). why (hard negatives' positive twins)."""
    if cv.contrast is None:
        return c0
    return max((m.end() for m in cv.contrast.finditer(scan.text, c0, at)), default=c0)


def _incentive_preposition(scan: RunScan, cv: ChannelVocab, m: Match, at: int) -> bool:
    """why (rt13 payment-lang "Faço 15% de desconto no Pix"): a negation word right
    between an incentive or direct word and the service is a preposition (pt "in the")."""
    text = scan.text
    if words_between(text, m.end, at) != 0 or len(m.text.split()) > 1:
        # (a negation of more words is no preposition: "Sin pasar por Fiverr no acepto PayPal")
        return False
    lo = max(0, m.start - 40)
    spans = pay_words(cv).direct_in(text, lo, m.start)
    return any(b <= m.start and words_between(text, b, m.start) == 0 for _, b in spans)


def _preposition(text: str, m: Match, span: tuple[int, int], ctx: list[Match], cv: ChannelVocab) -> bool:
    """A negation word right between a pay verb and the service at `at` is a
    preposition of another language: "Manda no Pix", "paga no PicPay" (pt "in the");
    also after a copula or a remainder ("o restante pode ser no Pix", `in_the_after`), or a share
    of a split payment ("Metade agora no Pix", `rest_before`). Only a word
    that is also a place mark: French "pas" is no preposition ("Je n'accepte pas Lydia"). `span`:
    the clause's start (after a contrast) and the service's."""
    c0, at = span
    if MARK not in kinds(m) or words_between(text, m.end, at) != 0:
        return False
    before = text[max(0, m.start - 24):m.start].split()
    if before and before[-1].strip(",;:").casefold() in cv.in_the_after:
        return True
    if pay_words(cv).rest_before(text, c0, m.start) is not None:
        return True
    return any(PAY_VERB in kinds(p) and p.end <= m.start and words_between(text, p.end, m.start) == 0 for p in ctx)


def _refused_before(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], sent: tuple[int, int]
) -> bool:
    """A refused payment earlier in the sentence covers the services after it: "No acepto
    pagos fuera de Fiverr, ni por PayPal ni por transferencia", "Ödemeyi Fiverr dışında
    kabul etmiyorum, havale yok"."""
    # (not the pay verbs up to the marketplace's way said unusable: "não dá para pagar no Fiverr,
    # então Pix", their negation is the marketplace's, why: issue 12)
    lo = min(unusable_after(scan, cv, sent[0], t.start) or sent[0], t.start)
    earlier = [m for m in ctx if PAY_VERB in kinds(m) and lo <= m.start and m.end <= t.start]
    earlier += [o for o in scan.triggers_in(lo, t.start) if PAY_OFF in kinds(o) and o.end <= t.start]
    if cv.contrast is not None:
        # (not across a contrast: "Fiverr rules prohibit payments outside, but I accept PayPal directly")
        earlier = [m for m in earlier if cv.contrast.search(scan.text, m.end, t.start) is None]
    # or refused after it, before the service, in languages that negate after the verb:
    # "Ödemeyi Fiverr dışında kabul etmiyorum, havale yok"
    return any(
        negated(scan, cv, m.start) or pay_words(cv).refused_after(scan.text, m.end, t.start) for m in earlier
    )


def service_refused(scan: RunScan, cv: ChannelVocab, t: Match, sent: tuple[int, int]) -> bool:
    """Whether the payment service `t` of sentence `sent` is refused: negated before it
    (or before the first item of its list), refused after it, or by a refusal earlier in
    the sentence ("No acepto pagos fuera de Fiverr, ni por PayPal ni por transferencia")."""
    # refused after the list it stands in, however long: "PayPal, Venmo or Zelle outside the
    # platform are out of the question" (why: hard negatives)
    tail = max(t.end, list_span(scan, t)[1])
    if (
        negated(scan, cv, t.start) or refused(scan, cv, t.end) or _negation_closes(scan, cv, tail)
        or _refused_after_tail(scan, cv, tail, sent) or _list_negated(scan, cv, t)
    ):
        return True
    return _refused_before(scan, cv, t, scan.context(cv, *sent), sent)


def _negation_closes(scan: RunScan, cv: ChannelVocab, tail: int) -> bool:
    """A bare negation right after the service (or its list) ending at `tail`, closing its clause: the
    service is the way not taken ("Fiverr पर पेमेंट करें, UPI नहीं", "Pay on Fiverr, PayPal no.", "Pagamento
    pelo Fiverr, Pix não"). why (issue 12). Not a tag question ("Pix não?"), nor a negation that
    goes on ("PayPal no funciona")."""
    text = scan.text
    c1 = scan.clause(max(0, tail - 1))[1]
    for n in scan.context(cv, tail, c1):
        if NEG in kinds(n) and n.start >= tail and not text[tail:n.start].strip():
            rest = text[n.end:c1].strip()
            return not rest.strip(".!;:,)…") and "?" not in text[n.end:n.end + 3]
    return False


def _refused_after_tail(scan: RunScan, cv: ChannelVocab, tail: int, sent: tuple[int, int]) -> bool:
    """A refusal after a list of services that ends at `tail`, bound to its own clause when
    both sides of a clause break pay: a pay verb before the break and another in the
    refusal's clause refuse a different payment ("मुझे Paytm पर भुगतान करें, Fiverr पर भुगतान न
    करें" offers Paytm; "PayPal payments, not accepted" refuses)."""
    found = pay_words(cv).refusal_after(scan.text, tail, sent[1])
    if found is None:
        return False
    c1 = scan.clause(max(sent[0], tail - 1))[1]
    if found[0] < c1:
        return True
    r0 = scan.clause(found[0])[0]
    if way_unavailable_in(scan, cv, r0, found[0]):
        return False  # the marketplace's way said unusable there: "PayPal only, Fiverr checkout is not available"
    # (the payment refused is named before the refusal or opens it, "भुगतान न करें"; the verb
    # inside "not accepted" is the refusal's own)
    pays = [p.start for p in scan.context(cv, *sent) if PAY_VERB in kinds(p)]
    return not (any(sent[0] <= a < c1 for a in pays) and any(r0 <= a <= found[0] for a in pays))


# How many words may stand between a phrase of leaving and the payment service it places
# ("przelew poza platformą", "Platformun dışında PayPal").
_PLACED_WORDS = 1


def refused_route_left(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A phrase of leaving `t` ("poza platformą", "platformun dışında") right next to a payment
    service the sentence refuses: it says where the refused payment would go, and the refusal
    covers it however long the list ("Nie przyjmuję płatności przez PayPal, BLIK ani przelew poza
    platformą", "Platformun dışında PayPal, Papara veya havale ile ödeme kabul etmiyorum").
    why (round 1 leftover)."""
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
