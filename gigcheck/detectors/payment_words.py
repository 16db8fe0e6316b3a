"""What tells a payment offer from payment through the marketplace, beyond the trigger
and context lexicons: words that say the money goes straight to the seller ("directly",
"direto", "direkt", "langsung", "напрямую", "直接", "مباشرة") or that it saves the fee
("cheaper", "sin comisión", "korting", "手数料がかからない"), the words that make the
marketplace the way a payment goes ("through Fiverr", "via Fiverr's checkout"), and the
answers that refuse a buyer's question ("Q: Can I pay on PayPal? A: No.").

Compiled once per pack from `[vocab.payment]` (`direct_words`, `incentive_words`, the
marketplace named with a word of leaving it, `outside_marks`/`outside_marks_after` with
`marketplace_nouns`,
`marketplace_marks`, `marketplace_marks_after`, `order_words`, `refusing_answers`, `surcharge_words`, `upi_suffixes`,
`relative_words`, `own_accounts`, `client_customers`, `payee_words`, `currency_marks`,
`withdraw_words`, `rest_words`, `share_words`, `choice_words`, `sent_work_objects`, `unavailable_after`,
`pay_instruments`, and
`pay_verbs`/`pay_words` as compound stems, `refusals_after`, `negations`); pure functions over a run's leet view.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from gigcheck.build_cache import cached_build
from gigcheck.detectors.run_scan import words_between
from gigcheck.detectors.triggers import ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.leet import deleet
from gigcheck.text.letters import LETTER_RUN, MARKS, WORD_END, WORD_START, word_bounded
from gigcheck.text.literal_gate import GatedPattern, gated
from gigcheck.text.spacing import collapse_spaced
from gigcheck.text.trie import alternation, glued

__all__ = ["PayWords", "pay_words"]


@dataclass(frozen=True, slots=True)
class PayWords:
    # "directly", "sin comisión", "hors Fiverr": straight to the seller, cheaper, outside
    direct: GatedPattern
    marks: re.Pattern[str]  # "through", "via" right before the marketplace's name
    marks_after: re.Pattern[str]  # "पर", "üzerinden", "経由", "를 통해" right after it (one word may stand between)
    answers: re.Pattern[str]  # "No.", "A: No", "Nope": a refusing answer opening a text
    affirms: re.Pattern[str]  # "Yes", "A. 네", "No problem": an answer that says yes, opening a text
    refusals: GatedPattern  # "не принимаю", "kabul etmiyorum", "doe ik niet" after a payment
    negations: re.Pattern[str]  # "tidak", "geen", "hindi", "không" before one
    near_negations: GatedPattern  # "nada de", "nothing via": right before one only
    list_words: frozenset[str]  # "ou", "or", "и": a list of services after a near negation
    businesses: GatedPattern  # "your shop", "tu tienda": the buyer's business taking payments
    buyer_accounts: GatedPattern  # "to your account", "an Ihr Konto": the buyer paid
    incentives: re.Pattern[str]  # "fees", "Gebühren", "discount": what a negation before them negates
    orders: re.Pattern[str]  # "order", "pedido", "注文" right before the marketplace's name
    order_set: frozenset[str]  # the same words, one by one ("Fiverr clients")
    surcharge: re.Pattern[str]  # "extra", "hidden" right after "no fee": a price without surcharge
    vpa: re.Pattern[str]  # a UPI address ("priya.designs@okaxis", "rahul@ybl"): an account by its shape
    stems: re.Pattern[str]  # a pay word opening a compound's tail ("Tikkie-betaalverzoek", "PayPal-Zahlung")
    relatives: frozenset[str]  # "that", "que", "который": "a bot that accepts payments" is the bot's
    own: frozenset[str]  # "to my account", "a mi cuenta": the seller's account as the destination
    customers: frozenset[str]  # "your customers": a topic unless the seller is the payee
    payee: frozenset[str]  # "me", "mir", "pra mim", "pagarme": the seller paid
    payee_after: re.Pattern[str]  # a payee word right after a pay verb ("pay it to me")
    payee_before: re.Pattern[str]  # one before it ("me payer", "mir direkt per PayPal zahlen")
    amount: re.Pattern[str]  # "$50 via", "50€ par" right before a service: a price paid there
    withdraw: GatedPattern  # "withdraw", "earnings": the seller moving their own money
    also: GatedPattern  # "also", "auch", "também": one more way to pay besides the marketplace
    rest: GatedPattern  # "the remaining 50% via", "o restante pode ser por": a split payment's rest
    # (paid_straight.py): the direct words alone, the incentive words alone, the direct words
    # that say apart and not outside ("paid separately"), "to me" written as a phrase
    straight: GatedPattern
    incentive: GatedPattern
    apart: frozenset[str]
    to_me: re.Pattern[str]
    payee_right_before: re.Pattern[str]  # a payee word right before a pay verb ("به خودم پرداخت", "আমাকে টাকা")
    rest_set: frozenset[str]  # "the rest", "el resto": of the work as much as of the payment
    market_nouns: re.Pattern[str]  # "the platform", "Fiverr", "la plataforma": the marketplace by a noun
    order_skip: GatedPattern  # "without opening a new order", "sans rouvrir de commande", "অর্ডার না দিয়ে"
    outside_only: GatedPattern  # the marketplace named to be left ("nje ya jukwaa", "hors Fiverr")
    choice: GatedPattern  # "whichever you prefer", "alinman": the buyer to choose among the services listed
    outside_set: frozenset[str]  # the one-word marks of outside ("außerhalb", "fuori"): a phrase may end in one
    work_objects: GatedPattern  # "the files", "los archivos", "dosyaları": what is sent is the work, not money
    unavailable: GatedPattern  # "is not possible", "no funciona": the marketplace's way said unusable
    consequence: GatedPattern  # "so", "então", "nên", "तो": what follows is taken instead
    instruments: GatedPattern  # "checkout link", "invoice", "link de pago": what a payment is made by

    def direct_in(self, text: str, a: int, b: int, market: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Spans of direct or incentive words in text[a:b], except those that say the
        marketplace is the way ("directly on Fiverr", "direkt über Fiverr", "payments from
        Fiverr directly")."""
        spans = [m.span() for m in self.direct.finditer(text, a, b) if not self.surcharge_after(text, m.end())]
        return [
            (x, y)
            for x, y in spans
            if not any(
                (y <= p and words_between(text, y, p) <= 2) or (q <= x and words_between(text, q, x) == 0)
                for p, q in market
            )
        ]

    def surcharge_after(self, text: str, end: int) -> bool:
        """Whether a surcharge word follows at `end` ("sem taxa extra", "no hidden fees"
        is read at "fees"): the price is said to have no surcharge, not to skip the fee."""
        return self.surcharge.match(text, end) is not None

    def marked(self, text: str, start: int, end: int | None = None) -> bool:
        """Whether the marketplace's name at `start` follows "through", "via" ... (one
        word may stand between: "through the Fiverr checkout"), or, with its `end`, is
        followed by a postposition that says the same ("Fiverr चेकआउट पर", "Fiverr
        üzerinden", "Fiverr経由で", "Fiverr를 통해")."""
        lo = max(0, start - 30)
        if self.marks.search(text, lo, start) is not None:
            return True
        return end is not None and self.marks_after.match(text, end) is not None

    def refused_after(self, text: str, end: int, stop: int) -> bool:
        """A refusal within six words after `end` in its sentence ("переводы на карту не
        принимаю", "Fiverr dışında ödeme kabul etmiyorum", "payment nahi leta")."""
        return self.refusal_after(text, end, stop) is not None

    def refusal_after(self, text: str, end: int, stop: int) -> tuple[int, int] | None:
        """Where the refusal of `refused_after` stands, if there is one."""
        m = self.refusals.search(text, end, stop)
        if m is None or len(_MARKED_WORD.findall(text, end, m.start())) > 6:
            return None
        return m.start(), m.end()

    def negated_before(self, text: str, start: int, at: int) -> bool:
        """A negation within six words before `at`, from `start` (its clause's start):
        "Saya tidak menerima pembayaran langsung via OVO", "Ik accepteer geen Tikkie"."""
        if any(
            words_between(text, m.end(), at) <= 6 and not self.negates_nothing(text, m.start(), m.end())
            for m in self.negations.finditer(text, start, at)
        ):
            return True
        # "nada de Pix", "nada de WhatsApp ou Pix": right before the service or a list of them
        # (not "Nada de comisión por PayPal", "Nada de esperas: págame por Pix": incentives)
        return any(self._listed(text[m.end():at]) for m in self.near_negations.finditer(text, max(start, at - 40), at))

    def negates_nothing(self, text: str, start: int, end: int) -> bool:
        """Whether the negation at [start, end) negates no payment: it negates the fee, an
        incentive word opening with it or right after it ("No fees if you pay via PayPal
        directly", "Keine Gebühren: PayPal direkt an mich"), or it is a label's word of
        another language opening its line with a colon (Turkish "Not:" is "Note:").
        why (rt34 wording and the brief's false alarms)."""
        line0 = text.rfind("\n", 0, start) + 1
        if _LABEL_COLON.match(text, end) is not None and not text[line0:start].strip(" *_#>-"):
            return True  # "Not: PayPal ile ödeme kabul ediyorum"
        # (a fee word, not a direct one: "never outside the platform" refuses)
        if self.incentives.match(text, start) is not None:
            return True
        # why (the brief's "Sin pasar por el pago de Fiverr: págame por PayPal"): the negation
        # that is itself the mark of leaving ("without Fiverr", "sin pasar por Fiverr", "ohne Fiverr")
        # negates the marketplace, not the payment after it
        if self.outside_only.match(text, start) is not None:
            return True
        nxt = _SPACE.match(text, end)
        return nxt is not None and nxt.end() > end and self.incentives.match(text, nxt.end()) is not None

    def _listed(self, gap: str) -> bool:
        """`gap` is empty, or one service of a list and the word that joins the next."""
        words = gap.split()
        return not words or (len(words) == _NEAR_NEGATION and words[-1] in self.list_words and words[0].isalnum())

    def for_order(self, text: str, start: int, end: int) -> bool:
        """Whether the marketplace's name [start, end) is named for ordering: after an
        order word ("order on Fiverr") or before one ("Fiverr clients", "Fiverr order")."""
        if self.orders.search(text, max(0, start - 30), start) is not None:
            return True
        nxt = _NEXT_WORD.match(text, end)
        return nxt is not None and nxt.group(1) in self.order_set

    def seller_paid(self, text: str, start: int, end: int, verb: str) -> bool:
        """Whether the pay verb or phrase `verb` at [start, end) pays the seller: it holds
        or ends with a payee ("pay me directly", "pagarme", "payez-moi") or one follows
        it ("pay it to me", "zahlen mir", "pague pra mim")."""
        words = verb.split()
        if verb in self.payee or any(w in self.payee for w in words[1:]):
            return True
        return self.payee_after.match(text, end) is not None or (
            self.payee_before.search(text, max(0, start - 40), start) is not None
        )

    def withdrawing(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] speaks of the seller's own earnings moved ("withdraw to my
        bank account"): no buyer pays there."""
        return self.withdraw.search(text, a, b) is not None

    def also_in(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] (a service's clause, before or after it) says "also" ("Zahlung gerne auch
        per Überweisung", "Também aceito MB WAY"): a way to pay besides the marketplace's."""
        return self.also.search(text, a, b) is not None

    def rest_before(self, text: str, clause: int, start: int) -> tuple[int, int] | None:
        """Where the rest of a split payment is named, if it is put on the service at `start`,
        in its clause from `clause`: "the remaining 50% via PayPal", "o restante pode ser por
        Pix", "el resto por Zelle", "остаток на карту"; or a share of it, "Half now on Venmo"."""
        m = self.rest.search(text, max(clause, start - 60), start)
        return None if m is None else m.span()

    def amount_before(self, text: str, start: int) -> bool:
        """Whether an amount and a mark stand right before `start` ("$50 via Wise",
        "50€ par Lydia", "R$ 200 pelo Pix")."""
        return self.amount.search(text, max(0, start - 40), start) is not None

    def work_object_before(self, text: str, lo: int, at: int, gap: int) -> re.Match[str] | None:
        """The first work object ("the files", "dosyaları") in text[lo:at] with at most `gap`
        words between it and `at`: what goes "directly to me" there is the work, not money."""
        objects = self.work_objects.finditer(text, lo, at)
        return next((m for m in objects if words_between(text, m.end(), at) <= gap), None)

    def unavailable_after(self, text: str, end: int, stop: int, reach: int) -> int | None:
        """Where the words end that say, at most `reach` words after `end` in text[end:stop],
        that what stands before `end` cannot be used ("… through Fiverr is not possible",
        "Fiverr checkout no funciona"), if they do."""
        m = self.unavailable.search(text, end, stop)
        if m is None or len(_MARKED_WORD.findall(text, end, m.start())) > reach:
            return None
        return m.end()

    def unavailable_before(self, text: str, lo: int, start: int) -> bool:
        """Whether words of not going through end in text[lo:start] with only a mark word between
        them and `start` ("o cartão não passar no Fiverr", "is declined on Fiverr")."""
        found = self.unavailable.finditer(text, lo, start)
        return any(len(_MARKED_WORD.findall(text, m.end(), start)) <= 1 for m in found)

    def consequence_between(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b], two words at most, says "so" or "then" ("… on Fiverr, so PayPal",
        "… trên Fiverr nên chuyển khoản"): what comes after is taken in place of what came before."""
        return len(_MARKED_WORD.findall(text, a, b)) <= 2 and self.consequence.search(text, a, b) is not None

    def refusing(self, text: str) -> bool:
        """Whether `text` opens with an answer that refuses ("A: No. Fiverr's terms ...")."""
        return self.answers.match(text) is not None


_SPACE = cached_regex(r"\s{1,8}")
_LABEL_COLON = cached_regex(r"\s?[:：]")
_NEAR_NEGATION = 2  # words between a near negation and the service it refuses

_NEXT_WORD = cached_regex(rf"(?:['’]s)?\s+({LETTER_RUN})")
# A word with its in-word marks inside it: a Devanagari vowel sign is no word boundary ("ट्रांसफर" is one
# word). why ("मैं PayPal या बैंक ट्रांसफर से भुगतान नहीं लेता" read ten words to its refusal).
_MARKED_WORD = cached_regex(rf"[^\W_](?:[^\W_]|[{MARKS}])*")


def _norm(entry: str) -> str:
    """An entry normalized like the leet view it is searched in."""
    return deleet(collapse_spaced(fold(entry.lower()))).text


def _words(cv: ChannelVocab, key: str) -> list[str]:
    value = cv.payment.get(key, ())
    return [_norm(w) for w in value if isinstance(w, str) and w.strip()]


def _bounded(words: list[str]) -> str:
    """Whole words of any script; entries in scripts without spaces match inside words."""
    alt = alternation(words, space=r"\s+") or "(?!)"
    wide = alternation([w for w in words if glued(w, spaces=True)]) or "(?!)"
    return r"(?:" + word_bounded(alt) + r"|(?:" + wide + "))"


def _alt(cv: ChannelVocab, key: str) -> str:
    return alternation(_words(cv, key), space=r"\s+") or "(?!)"


def _stems(cv: ChannelVocab) -> list[str]:
    """Single words of paying and of services, read as the start of a compound's tail."""
    words = _words(cv, "pay_verbs") + _words(cv, "pay_words") + _words(cv, "services")
    return [w for w in words if len(w) >= 4 and " " not in w]


def _spaced_or_glued(words: list[str]) -> tuple[str, str]:
    """Alternations of the entries written with spaces and of those in scripts without
    (which match inside words)."""
    spaced = alternation([w for w in words if not glued(w, spaces=True)], space=r"\s+") or "(?!)"
    wide = alternation([w for w in words if glued(w, spaces=True)]) or "(?!)"
    return spaced, wide


def _outside(cv: ChannelVocab) -> str:
    """The marketplace named with a word that puts the payment outside it, in any
    language: `outside_marks` before one of `marketplace_nouns` ("outside Fiverr", "hors
    de la plateforme", "sin pasar por la plataforma", "без комісії Fiverr", "นอกแพลตฟอร์ม")
    or `outside_marks_after` after it ("platform dışında", "Fiverr ke bahar", "Fiverr外").
    Up to three short words (articles) or parts of the marketplace (`marketplace_parts`: its
    payment, checkout) may stand between. Linear: alternations and bounded runs."""
    ns, ng = _spaced_or_glued(_words(cv, "marketplace_nouns"))
    bs, bg = _spaced_or_glued(_words(cv, "outside_marks"))
    as_, ag = _spaced_or_glued(_words(cv, "outside_marks_after"))
    noun_then = r"(?:(?:" + ns + r")" + WORD_END + r"|(?:" + ng + r"))"
    then_noun = r"(?:" + WORD_START + r"(?:" + ns + r")|(?:" + ng + r"))"
    # why (the brief's "Sin pasar por el pago de Fiverr: págame por PayPal"): the marketplace's
    # payment, checkout or system skipped is the marketplace skipped; up to three short words or
    # such parts between ("sin pasar por el pago de Fiverr", "without the Fiverr checkout"), not any
    # word ("sin costo extra en Fiverr" is a price on it)
    ps = alternation(_words(cv, "marketplace_parts"), space=r"\s+") or "(?!)"
    between = r"(?:(?:[^\W\d_]{1,4}|(?:" + ps + r"))\s+){0,3}"
    before = r"(?:" + WORD_START + r"(?:" + bs + r")\s+" + between + r"|(?:" + bg + r")\s*)" + noun_then
    after = then_noun + r"(?:['’][^\W\d_]{1,3})?(?:\s+(?:" + as_ + r")" + WORD_END + r"|\s*(?:" + ag + r"))"
    return before + "|" + after


def _order_skipped(cv: ChannelVocab) -> str:
    """The order skipped: `order_skip_marks` then at most three short words then an order
    word ("without opening a new order", "sans rouvrir de commande"), or an order word then
    `order_skip_marks_after` ("অর্ডার না দিয়ে", "sipariş açmadan"). Linear: alternations
    and bounded runs of letters with single spaces."""
    os_, og = _spaced_or_glued(_words(cv, "order_words"))
    bs, bg = _spaced_or_glued(_words(cv, "order_skip_marks"))
    as_, ag = _spaced_or_glued(_words(cv, "order_skip_marks_after"))
    order = r"(?:(?:" + os_ + r")" + WORD_END + r"|(?:" + og + r"))"
    before = r"(?:" + WORD_START + r"(?:" + bs + r")|(?:" + bg + r"))(?:\s+[^\W\d_]{1,10}){0,3}\s+" + order
    after = (
        r"(?:" + WORD_START + r"(?:" + os_ + r")|(?:" + og + r"))(?:\s+[^\W\d_]{1,8})?"
        + r"(?:\s+(?:" + as_ + r")" + WORD_END + r"|\s*(?:" + ag + r"))"
    )
    return before + "|" + after


# An answer label ("A:", "Answer:", "R:", "Resposta:", "**A.**") that may open an answer.
_ANSWER_LABEL = r"[\s*_>\-]*(?:[^\W\d_]{1,9}\s?[:：.)]\s*)?(?:[*_]+\s*)?"


@lru_cache(maxsize=8)
def pay_words(cv: ChannelVocab) -> PayWords:
    """The pack's payment words compiled: from the build cache, as the channel lexicon is
    (normalizing its ~4,000 entries again was a fifth of checking one gig from the
    command line). They depend on `[vocab.payment]` alone."""
    return cached_build("pay_words", {"payment": cv.payment}, lambda: _pay_words(cv), _BUILDERS)


# The code that builds them (build_cache._stamp), as for the channel lexicon.
_BUILDERS = ("gigcheck.detectors", "gigcheck.text")


def _pay_words(cv: ChannelVocab) -> PayWords:
    direct = _bounded(_words(cv, "direct_words") + _words(cv, "incentive_words")) + "|" + _outside(cv)
    marks = alternation(_words(cv, "marketplace_marks"), space=r"\s+") or "(?!)"
    answers = alternation(_words(cv, "refusing_answers"), space=r"\s+") or "(?!)"
    affirms = alternation(_words(cv, "affirming_answers"), space=r"\s+") or "(?!)"
    refusals = _bounded(_words(cv, "refusals_after"))
    negations = _bounded(_words(cv, "negations"))
    orders = alternation(_words(cv, "order_words"), space=r"\s+") or "(?!)"
    payees = _words(cv, "payee_words")
    # Currency before or after the digits (bounded runs), then one mark ("via", "par").
    # Read in the words view (before leetspeak is undone: "$" and digits stay as written).
    currencies = [fold(w.lower()).text for w in cv.payment.get("currency_marks", ()) if isinstance(w, str)]
    cur = alternation(currencies) or "(?!)"
    num = r"\d[\d.,]{0,12}"
    amount = (
        r"(?:" + WORD_START + r"(?:" + cur + r")\s?" + num + r"|(?<![\w.,])" + num + r"\s?(?:" + cur + r"))"
        + WORD_END + r"\s+(?:" + marks + r")\s+$"
    )
    return PayWords(
        direct=gated(cached_regex(direct)),
        # The mark, then at most one word (an article, "the"), then the name.
        marks=cached_regex(WORD_START + r"(?:" + marks + r")(?:\s+[^\W\d_]{1,6})?\s+$"),
        # An answer label ("A:", "Answer:", "R:", "Resposta:") may come first.
        # One word may stand between ("Fiverr चेकआउट पर", "Fiverr'ın ödeme sistemi üzerinden" is two: not read);
        # a postposition may be glued ("Fiverr経由", "Fiverr를 통해").
        marks_after=cached_regex(
            r"(?:\s+[^\W\d_](?:[^\W\d_]|[" + MARKS + r"]){0,15})?\s*(?:"
            + (alternation(_words(cv, "marketplace_marks_after"), space=r"\s+") or "(?!)") + r")" + WORD_END
        ),
        answers=cached_regex(_ANSWER_LABEL + r"(?:" + answers + r")" + WORD_END),
        affirms=cached_regex(_ANSWER_LABEL + r"(?:" + affirms + r")" + WORD_END),
        refusals=gated(cached_regex(refusals)),
        negations=cached_regex(negations),
        near_negations=gated(cached_regex(_bounded(_words(cv, "negations_near")))),
        list_words=frozenset(_words(cv, "list_words")),
        businesses=gated(cached_regex(_bounded(_words(cv, "buyer_businesses")))),
        buyer_accounts=gated(cached_regex(_bounded(_words(cv, "buyer_accounts")))),
        incentives=cached_regex(_bounded(_words(cv, "incentive_words"))),
        # The order word, then at most two words ("on", "here on"), then the name.
        orders=cached_regex(WORD_START + r"(?:" + orders + r")(?:\s+[^\W\d_]{1,8}){0,2}\s+$"),
        order_set=frozenset(_words(cv, "order_words")),
        vpa=cached_regex(r"(?<![\w.@])[a-z0-9][\w.\-]{1,63}@(?:" + _alt(cv, "upi_suffixes") + r")(?![\w@]|\.\w)", re.I),
        stems=cached_regex("(?:" + (alternation(_stems(cv)) or "(?!)") + ")"),
        relatives=frozenset(_words(cv, "relative_words")),
        own=frozenset(_words(cv, "own_accounts")),
        customers=frozenset(_words(cv, "client_customers")),
        payee=frozenset(payees),
        payee_after=cached_regex(
            r"(?:\s+[^\W\d_]{1,6})?[\s\-]+(?:" + (alternation(payees, space=r"\s+") or "(?!)") + r")" + WORD_END
        ),
        payee_before=cached_regex(
            WORD_START + r"(?:" + (alternation(payees, space=r"\s+") or "(?!)") + r")(?:\s+[^\W\d_]{1,8}){0,3}\s+$"
        ),
        amount=cached_regex(amount),
        withdraw=gated(cached_regex(_bounded(_words(cv, "withdraw_words")))),
        also=gated(cached_regex(_bounded(_words(cv, "also_words")))),
        # A rest word, up to four short words ("50%", "pode ser", "of the fee"), then the
        # service: bounded runs of disjoint classes, linear.
        # or a share ("half now on Venmo") and up to two such words: bounded the same way. (Not a percent:
        # "Conversion went up 40% via PayPal Express" is a metric.)
        rest=gated(cached_regex(
            r"(?:" + _bounded(_words(cv, "rest_words")) + r"(?:\s+\S{1,12}){0,4}|(?:"
            + _bounded(_words(cv, "share_words")) + r")(?:\s+\S{1,12}){0,2})\s+$"
        )),
        surcharge=cached_regex(r"\s+(?:" + _alt(cv, "surcharge_words") + r")" + WORD_END),
        straight=gated(cached_regex(_bounded(_words(cv, "direct_words")) + "|" + _outside(cv))),
        incentive=gated(cached_regex(_bounded(_words(cv, "incentive_words")))),
        apart=frozenset(_words(cv, "apart_words")),
        # "to me", "an mich", "à moi": the payee as a phrase, not an object pronoun ("contact me directly")
        to_me=cached_regex(_bounded([w for w in payees if " " in w])),
        outside_only=gated(cached_regex(_outside(cv))),
        choice=gated(cached_regex(_bounded(_words(cv, "choice_words")))),
        outside_set=frozenset(w for w in _words(cv, "outside_marks") if " " not in w),
        work_objects=gated(cached_regex(_bounded(_words(cv, "sent_work_objects")))),
        unavailable=gated(cached_regex(_bounded(_words(cv, "unavailable_after")))),
        consequence=gated(cached_regex(_bounded(_words(cv, "consequence_words")))),
        instruments=gated(cached_regex(_bounded(_words(cv, "pay_instruments")))),
        order_skip=gated(cached_regex(_order_skipped(cv))),
        rest_set=frozenset(_words(cv, "rest_words")),
        market_nouns=cached_regex(_bounded(_words(cv, "marketplace_nouns"))),
        payee_right_before=cached_regex(
            WORD_START + r"(?:" + (alternation(payees, space=r"\s+") or "(?!)") + r")\s+$"
        ),
    )
