"""A buyer's question about a payment service and the answer right after it: answered
with the marketplace as the way ("Can I pay with PayPal? Yes, Fiverr accepts PayPal at
checkout"), or sold as cheaper, direct or requested ("Would Payoneer work for you? Saves us
the Fiverr fee").
"""
from __future__ import annotations

from gigcheck.detectors.payment_refusals import negated
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import PAY_CUE, PAY_MARKET, PAY_OFF, PAY_TOPIC, PAY_VERB, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.questions import is_asked


def next_sentence(scan: RunScan, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence right after a question `sent` (a short one: an answer), if any."""
    s0, s1 = sent
    text = scan.text
    if not is_asked(text[s0:s1]) or s1 >= len(text):
        return None
    n0, n1 = scan.sentence(min(len(text) - 1, s1 + 1))
    if _ANSWER_LABEL.fullmatch(text, n0, n1) and n1 < len(text) - 1:
        # an FAQ's answer label is a sentence of its own ("Q. …? A. No, …"): the answer follows
        n0, n1 = scan.sentence(min(len(text) - 1, n1 + 1))
    return (n0, n1) if n0 >= s1 and n1 - n0 <= 160 else None


# "A.", "A:", "R:", "Answer:", "答：" alone: a label, at most one short word and its mark.
_ANSWER_LABEL = cached_regex(r"\s*[^\W\d_]{1,6}\s*[.:：]\s*")


def sold_in(scan: RunScan, cv: ChannelVocab, n0: int, n1: int) -> bool:
    """Whether text [n0, n1) sells paying outside: a direct or incentive word not negated
    and not next to the marketplace ("Saves us the Fiverr fee"), or paying outside said."""
    text = scan.text
    market = [(m.start, m.end) for m in scan.context(cv, n0, n1) if PAY_MARKET in kinds(m)]
    direct = [a for a, _ in pay_words(cv).direct_in(text, n0, n1, market) if not negated(scan, cv, a)]
    return bool(direct) or any(
        PAY_OFF in kinds(o) and not negated(scan, cv, o.start) for o in scan.triggers_in(n0, n1)
    )


def answered_on_platform(scan: RunScan, cv: ChannelVocab, sent: tuple[int, int]) -> bool:
    """A buyer's question answered with the marketplace as the way: "Can I pay with
    PayPal? Yes, Fiverr accepts PayPal at checkout", "Prefer PayPal? Fiverr's checkout
    accepts it". Not when the answer sells paying outside."""
    nxt = next_sentence(scan, sent)
    if nxt is None:
        return False
    n0, n1 = nxt
    named = any(PAY_MARKET in kinds(m) for m in scan.context(cv, n0, n1))
    return named and not sold_in(scan, cv, n0, n1)


def asked_then_told(scan: RunScan, cv: ChannelVocab, sent: tuple[int, int], nxt: tuple[int, int]) -> bool:
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
        return True  # "Q. 계좌이체 되나요? A. 네, 가능합니다." (a yes to the way asked about)
    return any(
        PAY_VERB in kinds(m) and n0 <= m.start and not negated(scan, cv, m.start) for m in scan.context(cv, n0, n1)
    )
