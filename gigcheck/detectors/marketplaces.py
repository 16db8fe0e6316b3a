"""Sending buyers to another marketplace in words: "also on Upwork", "my shop on Etsy has
cheaper bundles", "hire me on Freelancer.com", "find my courses on Udemy", "I'm on
Upwork". (A link to one is a disallowed link, GC401.)

The marketplace named is a competitor (the rule's option), and the clause points the
buyer there: the seller's own shop, profile or courses on it ("my Etsy shop", "my
courses on Udemy"), a verb that sends the buyer ("find me on", "hire me on"), the
seller's presence there ("also on", "available on", "I'm on"), a better price there, or
the work moved there ("let's move to Upwork", "on peut continuer sur Malt").
A marketplace that is the work is not a pointer: "I will set up your Etsy shop",
"Amazon listing optimization", "I will migrate your store from Etsy to Shopify", "I have
experience selling on Upwork for clients" (no "my", no pointer: the seller's
background, not a place to go), and the buyer's question ("Can you work with my existing
Etsy shop?": the shop is the buyer's).

Where the language puts the place after the name, it is read there: a case ending
("Bionluk'ta", with a better price or "da" after it), a postposition meaning "also on"
("Upwork pe bhi", "ランサーズでも", "숨고에서도", "猪八戒网也"). A name that is also a
common word (`weak_names`: "Freelancer", "Contra", "Malt") counts only as the object of
a verb sending the buyer ("hire me on Freelancer") or as the seller's shop there.
Words are data: `[vocab.marketplaces]`.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.clauses import Word, Words, WordSeqs, clauses, folded_words, word_set
from gigcheck.detectors.conduct import ConductVocab, buyer_question, negated

__all__ = ["Competitors", "MarketVocab", "Pointer", "cheaper_at", "competitor_pointers", "ends_part"]

# What joins a name to the word after it: "upwork.com", "Etsy-Shop", "Bionluk'ta" (in this order)
_JOINS = (".", "-", "'", "’")
_OWN_REACH = 4  # words between "my" and the marketplace ("my full course library on Udemy")
_VERB_REACH = 5  # between a pointer verb and the place ("check out all my templates on Etsy")
_LATER_REACH = 8  # from the next orders to the place ("Следующие заказы лучше оформлять на"; a word a character in CJK)
_PRICE_REACH = 3  # between a price noun and its comparative ("a taxa lá é menor", "precios mucho mejores")


@dataclass(frozen=True, slots=True)
class Pointer:
    start: int
    end: int
    name: str  # the marketplace as the option spells it


class MarketVocab:
    """The `[vocab.marketplaces]` table, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.names = list(table.get("names", ()))
        self.places = WordSeqs(table.get("places", ()))
        self.pointer_verbs = WordSeqs(table.get("pointer_verbs", ()))
        self.pointer_objects = word_set(table.get("pointer_objects", ()))
        self.self_pointer_verbs = WordSeqs(table.get("self_pointer_verbs", ()))
        self.presence = WordSeqs(table.get("presence_words", ()))
        self.seller_is = WordSeqs(table.get("seller_is", ()))
        self.own_things = word_set(table.get("own_things", ()))
        self.cheaper = WordSeqs(table.get("cheaper_words", ()))
        self.seller_words = word_set(table.get("seller_words", ()))
        self.weak_names = word_set(table.get("weak_names", ()))
        self.of_words = word_set(table.get("of_words", ()))
        self.place_suffixes = word_set(table.get("place_suffixes", ()))
        self.suffix_also = word_set(table.get("suffix_also", ()))
        self.presence_after = WordSeqs(table.get("presence_after", ()))
        self.name_prefixes = word_set(table.get("name_prefixes", ()))
        self.later = WordSeqs(table.get("later_words", ()))
        self.continued = WordSeqs(table.get("continue_words", ()))
        self.asking = WordSeqs(table.get("asking_words", ()))
        self.places_after = WordSeqs(table.get("places_after", ()))
        self.there = WordSeqs(table.get("there_words", ()))
        # conN: a price or a fee said lower there ("la taxa é menor", "mejores precios"):
        # a price noun with a comparative within `_PRICE_REACH` words, either side
        self.price_nouns = word_set(table.get("price_nouns", ()))
        self.lower = WordSeqs(table.get("lower_words", ()))
        # conN: the kind of work sent there ("bigger projects", "Крупные заказы"), what makes
        # a clause naming it ask it, and the seller's history that does not
        self.scope = WordSeqs(table.get("scope_words", ()))
        self.only = WordSeqs(table.get("only_words", ()))
        self.history = WordSeqs(table.get("history_words", ()))
        self.hire_verbs = WordSeqs(table.get("hire_verbs", ()))
        # conO: the platforms a buyer's shop or school is built on ("Ongoing support on
        # Shopify"): the work is done there, so no kind of work or next order is sent there
        self.builders = frozenset(table.get("builders", ()))
        # "the same" thing there ("lo stesso pacchetto su Etsy"), and the seller's own
        # thing by its suffix ("Bionluk profilimden")
        self.same = WordSeqs(table.get("same_words", ()))
        self.own_mine = word_set(table.get("own_mine", ()))
        self.owners_after = WordSeqs(table.get("owners_after", ()))  # "Tokopedia saya", "của mình"
        # the seller's own shop, and "directly" (own_shop.py)
        self.shop_nouns = WordSeqs(table.get("shop_nouns", ()))
        self.direct = WordSeqs(table.get("direct_words", ()))


class Competitors:
    """Competitor names, matched as words; a one-word name also as its domain ("Upwork"
    matches "upwork.com")."""

    def __init__(self, names: Iterable[str], prefixes: Iterable[str] = ()) -> None:
        self.prefixes = tuple(prefixes)  # joined before a name: Arabic "و" (and), "ب" (at)
        self.spelled: dict[tuple[str, ...], str] = {}
        for name in names:
            seq = folded_words(name)
            if seq:
                self.spelled.setdefault(seq, name)
        self.seqs = WordSeqs(" ".join(s) for s in self.spelled)
        self._firsts = self.seqs.firsts

    def in_clause(self, words: Words) -> bool:
        """Whether a name may start at some word of the clause (`at` is tried only then):
        a name's first word, or a word a name is joined to ("upwork.com", "وخمسات")."""
        if not self._firsts.isdisjoint(words.distinct):
            return True
        # (a word of letters and digits alone holds no join: str.isalnum is the fast test)
        joined = [t for t in words.distinct if not t.isalnum() or t.startswith(self.prefixes)]
        return any(self.at([Word(t, 0, 0)], 0) for t in joined)

    def __bool__(self) -> bool:
        return bool(self.spelled)

    def at(self, words: Sequence[Word], i: int) -> tuple[int, str] | None:
        n = self.seqs.match(words, i)
        if n:
            return n, self.spelled[tuple(w.text for w in words[i:i + n])]
        text = words[i].text
        if "-" in text:
            # a name of several words in a compound: "Creative-Market-Shop", "People-Per-Hour"
            parts = tuple(text.split("-"))
            for k in range(len(parts), 1, -1):
                if parts[:k] in self.spelled:
                    return 1, self.spelled[parts[:k]]
        # "upwork.com"; a name joined to what follows: "Etsy-Shop", "Bol.com-winkel",
        # "Bionluk'ta" (a case ending)
        for sep in _JOINS:
            head = text.partition(sep)[0]
            if head != text and (head,) in self.spelled:
                return 1, self.spelled[(head,)]
        for prefix in self.prefixes:  # "وخمسات"
            if text.startswith(prefix) and (text[len(prefix):],) in self.spelled:
                return 1, self.spelled[(text[len(prefix):],)]
        return None


def competitor_pointers(
    text: str, rivals: Competitors, mv: MarketVocab, cv: ConductVocab, upper: Callable[[int], bool] | None = None
) -> list[Pointer]:
    """Every clause of `text` that sends the buyer to a competitor, at the pointer
    (`upper`: whether the character at an offset of `text` was written as a capital, when
    `text` is folded; by default, as `text` has it)."""
    capital = upper if upper is not None else (lambda k: text[k].isupper())
    out: list[Pointer] = []
    if not rivals:
        return out
    named: str | None = None  # a strong name in the clause before, for a "there" after it
    for words in clauses(text):
        before = named
        hits = _names(words, rivals) if rivals.in_clause(words) else []
        weak = {i for i, n, _ in hits if words[i].text in mv.weak_names and not _proper(capital, words, i, n, mv, cv)}
        # the last name of the clause that is no common word ("Malt")
        named = next((name for i, _, name in reversed(hits) if i not in weak), None)
        if not hits:
            back = _there_pointer(words, mv, cv) if before is not None else None
            if back is not None and before is not None:
                out.append(Pointer(words[back[0]].start, words[back[1]].end, before))
            continue
        if buyer_question(text, words, cv):
            continue
        cheap = cheaper_at(words, mv)
        later = _later_at(words, mv, cv, bool(cheap))  # where the clause asks the next orders moved
        for i, n, name in hits:
            if (words[i].text,) in rivals.spelled and i in weak:
                start = _own_thing_start(words, i, i + n, mv, cv)
                start = _own_thing_of(words, i, mv, cv) if start is None else start
                place = mv.places.ending_at(words, i, 2)
                if start is None and place is not None:
                    start = _sender_start(words, place, mv, cv)
                if start is None and place is not None:
                    # "Prochaines commandes plutôt sur Malt"
                    start = _scoped_later(words, later, place, i + n, mv, cv, bool(cheap))
                if start is None and place is not None and cheap and cheap[-1] >= i + n and ends_part(
                    words, i + n, cv
                ):
                    start = _present_at(words, place, mv)  # "Ich bin auch auf Malt, dort günstiger"
            else:
                built = name in mv.builders
                start = _pointer_start(words, i, i + n, mv, cv, cheap, () if built else later, built)
            owned = i + n < len(words) and words[i + n].text in mv.own_things  # "my Etsy shop"
            end = i + n + (owned and start is not None and start < i)
            if start is None and (i not in weak or mv.places.ending_at(words, i, 2) is not None):
                # "Mis paquetes los vendo en Workana, búscame allí": the rest of the clause
                # sends the buyer "there" (`_there_pointer`, as for a clause after the name)
                back = _there_pointer(Words(words[i + n:]), mv, cv)
                start, end = (i, i + n + back[1] + 1) if back is not None else (None, end)
            if start is not None and not negated(words, start, cv.negations, cv.negation_reach, owners=cv.seller_own):
                out.append(Pointer(words[start].start, words[end - 1].end, name))
    return out


def _proper(
    capital: Callable[[int], bool], words: Sequence[Word], i: int, n: int, mv: MarketVocab, cv: ConductVocab
) -> bool:
    """Whether the name at word `i` (`n` words), one that is also a common word ("Malt",
    "Contra"), is written as a name: capitalised inside its clause and ending its part of
    it or followed by the seller's presence ("Zamów u mnie na Malt, tam jest taniej", "Je
    suis disponible sur Malt également"; not "single malt whisky", nor a German noun's
    capital: "auf Malt whisky Tastings"), in a clause not written in title case ("Labels
    For Single Malt Whisky": every word capitalised says nothing)."""
    if i == 0 or not capital(words[i].start):
        return False
    if not (ends_part(words, i + n, cv) or mv.presence.match(words, i + n) or mv.presence_after.match(words, i + n)):
        return False
    initials = [capital(w.start) for w in words if w.end - w.start > 3 and w.text[0].isalpha()]
    return 2 * sum(initials) <= len(initials)


def _names(words: Sequence[Word], rivals: Competitors) -> list[tuple[int, int, str]]:
    """Where the clause names a marketplace, in how many words, and which; no overlaps."""
    out = []
    i = 0
    while i < len(words):
        hit = rivals.at(words, i)
        if hit is None:
            i += 1
            continue
        out.append((i, hit[0], hit[1]))
        i += hit[0]
    return out


def _there_pointer(words: Words, mv: MarketVocab, cv: ConductVocab) -> tuple[int, int] | None:
    """"Prefer Upwork? My rates are lower there", "... Hire me there": a clause after one
    naming a marketplace that sends the buyer "there" (a better price of the seller's, or
    a verb sending the buyer to the seller); the first and last word of the pointer, or
    None. Not someone else's price ("fees were lower there": no seller's word)."""
    theres = [j for j in range(len(words)) if mv.there.match(words, j)]
    if not theres:
        return None
    cheap = next(iter(cheaper_at(words, mv)), None)
    if cheap is not None and not cv.seller_own.isdisjoint(words.distinct):
        first = min(cheap, next(j for j, w in enumerate(words) if w.text in cv.seller_own))
        return first, max(theres[-1], cheap)
    own = _own_there(words, theres, mv, cv)
    if own is not None:
        return own, next(t for t in theres if t > own)
    for j in range(len(words)):
        own = mv.self_pointer_verbs.match(words, j)
        if own:
            return j, max(theres[-1], j + own - 1)  # "búscame ahí", "trovami lì"
        verb = mv.pointer_verbs.match(words, j)
        if verb and not (j > 0 and words[j - 1].text in mv.seller_words) and any(
            words[k].text in mv.pointer_objects for k in range(j + verb, min(len(words), j + verb + 3))
        ):
            return j, max(theres[-1], j + verb - 1)
    return None


def _own_there(words: Words, theres: Sequence[int], mv: MarketVocab, cv: ConductVocab) -> int | None:
    """Where the seller's own thing kept "there" is named, right before it ("I have a
    profile there too", "my shop there has more"): a thing of `own_things` at most
    `_OWN_REACH` words before a "there", after "my" or after the seller with the seller's
    presence ("too") in the clause; not the buyer's ("I can set up a shop there for you":
    no presence; "your shop there"); or None."""
    if mv.own_things.isdisjoint(words.distinct) or cv.buyer_seqs.occurs(words):
        return None
    present = any(mv.presence.match(words, j) for j in range(len(words)))
    for t in theres:
        for k in range(max(0, t - _OWN_REACH), t):
            if words[k].text not in mv.own_things:
                continue
            for j in range(k - 1, max(-1, k - _OWN_REACH), -1):
                w = words[j].text
                if w in cv.seller_own or present and w in mv.seller_words:
                    return j
    return None


def _pointer_start(
    words: Sequence[Word], a: int, b: int, mv: MarketVocab, cv: ConductVocab, cheap: list[int],
    later: Sequence[int] = (), builder: bool = False,
) -> int | None:
    """Where the clause starts pointing at the marketplace at [a, b), or None (`cheap`:
    where the clause names a better price; `later`: where it asks the next orders moved,
    `_later_at`; `builder`: the name is where a buyer's shop is built, `builders`)."""
    start = _own_thing_start(words, a, b, mv, cv)
    if start is not None:
        return start
    # "on my Gumroad", "join my Patreon": the seller's own page there
    # (the name ends there: "on my Etsy SEO work" is the seller's background)
    own = a > 0 and words[a - 1].text in cv.seller_own and ends_part(words, b, cv)
    place = mv.places.ending_at(words, a - own, 2)
    if own and place is None and a > 1:
        verb = mv.pointer_verbs.ending_at(words, a - 1, 2)
        if verb is not None and not (verb > 0 and words[verb - 1].text in mv.seller_words):
            return verb
    of = _own_thing_of(words, a, mv, cv)
    if place is None:
        return of if of is not None else _place_after(words, a, b, mv, cheap, later)
    # "also on Upwork", "available on Etsy", "I'm on Upwork", "on Etsy too"
    at = _present_at(words, place, mv)
    # (not the buyer's shop there: "I take orders on your Etsy shop" is the work, as is any
    # order taken where a buyer's shop is built: "I take orders on Shopify for your store")
    if at is not None and not (builder or any(cv.buyer_seqs.match(words, k) for k in range(place + 1, a))):
        return at
    same = _same_before(words, place, mv)
    if same is not None and not (builder or _buyers_place(words, place, mv, cv)):
        return same  # "lo stesso pacchetto su Etsy", "the same templates on Gumroad"
    if mv.presence.match(words, b) or mv.presence_after.match(words, b) or own:
        return place  # "on Etsy too", "在猪八戒网也有"
    found = _sender_start(words, place, mv, cv)
    if found is None and not negated(words, place, cv.negations, cv.negation_reach):
        # "Folgeaufträge bitte über Freelancermap" (not "not on Etsy")
        found = _scoped_later(Words(words), later, place, b, mv, cv, bool(cheap))
    if found is not None:
        return found
    # "cheaper on Upwork", "better rates at Toptal"; not the buyer's things put there ("I
    # list your products on Etsy, the fees are lower": the marketplace is the work)
    if cheap and _buyers_place(words, place, mv, cv):
        return None
    if cheap and cheap[0] < place:
        return cheap[0]
    if cheap and cheap[-1] >= b:
        return place
    return of  # "meu perfil da Hotmart": its "of" is also a place word


def _same_before(words: Sequence[Word], place: int, mv: MarketVocab) -> int | None:
    """Where "the same" thing as this gig starts, named right before the place ("Trovi lo
    stesso pacchetto su Etsy", "the same templates on Gumroad"): one or two words after
    "same", so not a manner ("works the same on Etsy"); or None."""
    for j in range(max(0, place - 4), place - 1):
        n = mv.same.match(words, j)
        if n and 1 <= place - (j + n) <= 2:
            return j
    return None


def _buyers_place(words: Sequence[Word], place: int, mv: MarketVocab, cv: ConductVocab) -> bool:
    """Whether the marketplace at `place` is where the buyer's things go ("I list your
    products on Etsy", "Selling on Etsy costs less than a website, I set up yours"): the
    buyer's word before the place, or in the clause with no word of the seller's own."""
    if any(cv.buyer_seqs.match(words, k) for k in range(max(0, place - _OWN_REACH), place)):
        return True
    clause = Words(words)
    return cv.buyer_seqs.occurs(clause) and clause.distinct.isdisjoint(cv.seller_own | mv.pointer_objects)


def ends_part(words: Sequence[Word], b: int, cv: ConductVocab) -> bool:
    """Whether a name ending at `b` ends its part of the clause ("on my Etsy.", "auf Malt,";
    not "on my Etsy SEO work", "auf Malt whisky", "en contra del spam")."""
    return b == len(words) or words[b].text in cv.breaks or not words[b].text[0].isalnum()


def _present_at(words: Sequence[Word], place: int, mv: MarketVocab) -> int | None:
    """Where the words putting the seller at the place at `place` start ("also on",
    "I'm on", "je suis aussi sur"), or None."""
    for seqs in (mv.presence, mv.seller_is):
        at = seqs.ending_at(words, place, 3)
        if at is not None:
            return at
    return None


def _place_after(
    words: Sequence[Word], a: int, b: int, mv: MarketVocab, cheap: list[int], later: Sequence[int] = ()
) -> int | None:
    """The pointer where the place follows the name: "Upwork pe bhi", "ランサーズでも",
    "Bionluk'ta da", "Bionluk'ta ... orada daha uygun", the next orders asked there
    ("次回の注文はココナラでお願いします", "Agla order Upwork pe dena"); or None."""
    if mv.presence_after.match(words, b):
        return a
    moved = _later_before(later, a)
    if moved is not None and mv.places_after.match(words, b):
        return moved
    if cheap and cheap[-1] > b and mv.places_after.match(words, b) and (
        mv.pointer_verbs.occurs(clause := Words(words)) or mv.asking.occurs(clause)
    ):
        # "크몽에서 더 저렴하게 주문하실 수 있어요", "Upwork pe mera profile dekho, wahan sasta hai":
        # a better price there and the buyer sent to it (not "how to sell cheaper on Etsy")
        return a
    suffix = words[a].text.rpartition("'")[2]
    suffixed = b - a == 1 and suffix != words[a].text and suffix in mv.place_suffixes
    if suffixed and moved is not None:
        return moved  # "Büyük projeler için Bionluk'tan ulaşın"
    also = b < len(words) and words[b].text in mv.suffix_also or bool(cheap) and cheap[-1] >= b
    return a if suffixed and also else None


def _own_thing_of(words: Sequence[Word], a: int, mv: MarketVocab, cv: ConductVocab) -> int | None:
    """"mi tienda de Etsy", "my store on Malt": where the seller's thing of the
    marketplace at `a` starts, or None."""
    of = a > 2 and words[a - 1].text in mv.of_words and words[a - 2].text in mv.own_things
    return a - 3 if of and words[a - 3].text in cv.seller_own else None


def _own_thing_start(words: Sequence[Word], a: int, b: int, mv: MarketVocab, cv: ConductVocab) -> int | None:
    """Where the seller's thing named with the marketplace at [a, b) starts, or None."""
    # "Bionluk profilimden", "Etsy'deki mağazamda": the seller's own thing by its suffix
    if b < len(words) and words[b].text in mv.own_mine:
        return a
    # "متجري على Etsy": the seller's own thing by its suffix, before the place
    if any(words[j].text in mv.own_mine for j in range(max(0, a - 3), a)):
        return next(j for j in range(max(0, a - 3), a) if words[j].text in mv.own_mine)
    # "my Etsy shop", "our Udemy courses", "meinem Etsy-Shop"
    if b < len(words) and words[b].text in mv.own_things or _joined_own(words[a].text, mv):
        for j in range(a - 1, max(-1, a - 3), -1):
            if words[j].text in cv.seller_own:
                return j
    # "ma boutique Etsy", "toko Shopee aku", "shop Shopee của mình" (the owner after it)
    if a > 0 and words[a - 1].text in mv.own_things:
        if a > 1 and words[a - 2].text in cv.seller_own:
            return a - 2
        if b < len(words) and words[b].text in cv.seller_own or _owner_after(words, b, mv, cv):
            return a - 1
    if _owner_after(words, b, mv, cv):
        return a  # "di Tokopedia saya ya"
    return None


def _owner_after(words: Sequence[Word], b: int, mv: MarketVocab, cv: ConductVocab) -> bool:
    """Whether the seller owns what ends at `b`, said after it where the language puts it
    there ("di Tokopedia saya ya", "shop Shopee của mình nhé"), ending its part of the
    clause (with its closing particle: "saya ya"): "saya" is also "I" ("Di Shopee saya bantu ...")."""
    n = mv.owners_after.match(words, b)
    return bool(n) and ends_part(words, b + n, cv)


def _sender_start(words: Sequence[Word], place: int, mv: MarketVocab, cv: ConductVocab) -> int | None:
    """"my shop on Etsy", "hire me on Freelancer.com", "find my courses on Udemy": the
    first word sending the buyer to the place at `place`, or None."""
    # (a self-pointer with a "with" of its own, ending right at the place: "Open a contract
    # with me on Upwork", "Start a contract with me there")
    found = mv.self_pointer_verbs.ending_at(words, place, _VERB_REACH)
    if found is not None:
        return found
    for j in range(place - 1, max(-1, place - _VERB_REACH - 1), -1):
        w = words[j].text
        if w in cv.breaks:
            break
        if mv.self_pointer_verbs.match(words, j):
            found = j
            continue
        verb = mv.pointer_verbs.match(words, j)
        # the verb with the seller or the seller's things as its object, or a verb of hiring
        # as an imperative opening the clause ("Order on Kwork"; not "Check on Etsy how ...")
        sends = verb and not (j > 0 and words[j - 1].text in mv.seller_words) and (
            j == 0 and bool(mv.hire_verbs.match(words, j)) or any(
                words[k].text in mv.pointer_objects for k in range(j + verb, min(place, j + verb + 3))
            )
        )
        if sends or w in cv.seller_own and any(words[k].text in mv.own_things for k in range(j + 1, place)):
            found = j
    return found


def _later_at(words: Words, mv: MarketVocab, cv: ConductVocab, cheap: bool) -> list[int]:
    """Where the clause asks that the work after this order move ("Folgeaufträge bitte",
    "seguimos no", "Order berikutnya ... aja": the next orders with a "please" or a better
    price in the clause, or "let's continue"), read once a clause, in order. None with the
    buyer's words in the clause ("your next orders on Etsy"), nor where orders only go
    through a shop system ("future orders go through Shopify": nothing asks it)."""
    if cv.buyer_seqs.occurs(words):
        return []
    # (an imperative sending the buyer to the seller asks it too: "Mis próximos trabajos los
    # tomo en Workana, búscame ahí")
    asked = cheap or mv.asking.occurs(words) or mv.self_pointer_verbs.occurs(words)
    return [
        j for j in range(len(words))
        if mv.continued.match(words, j) or asked and mv.later.match(words, j) or _scope_sent(words, j, mv, asked)
    ]


def _scope_sent(words: Words, j: int, mv: MarketVocab, asked: bool) -> bool:
    """Whether a kind of work starting at `j` is sent elsewhere ("Larger orders I handle via
    Toptal", "Para proyectos grandes, escríbeme en Workana", "Większe zlecenia tylko przez
    Useme"): asked, with "only" or a verb sending the buyer in the clause, or opening it
    (after a word: "For bigger projects", "Meine größeren Projekte"); not the seller's
    history ("I have experience with large projects on Upwork")."""
    if not mv.scope.match(words, j):
        return False
    if asked or mv.only.occurs(words) or mv.pointer_verbs.occurs(words):
        return True
    return j <= 1 and not mv.history.occurs(words)


def _bare_scope(words: Words, j: int, mv: MarketVocab, cheap: bool) -> bool:
    """Whether the kind of work at `j` is sent only by opening its clause (`_scope_sent`'s
    last reading: nothing asks it, no "only", no verb sending the buyer)."""
    asked = cheap or mv.asking.occurs(words) or mv.self_pointer_verbs.occurs(words)
    return bool(mv.scope.match(words, j)) and not (asked or mv.only.occurs(words) or mv.pointer_verbs.occurs(words))


def _scoped_later(
    words: Words, later: Sequence[int], place: int, b: int, mv: MarketVocab, cv: ConductVocab, cheap: bool
) -> int | None:
    """`_later_before` the place at `place` (its name ending at `b`); a kind of work that only
    opens the clause sends the buyer there when the name ends its part ("Larger orders via
    Toptal", "Projetos maiores pelo Workana, combinado?"), not when the clause goes on to say
    something of that work ("Large projects on Upwork need planning": a statement)."""
    found = _later_before(later, place)
    if found is not None and _bare_scope(words, found, mv, cheap) and not ends_part(words, b, cv):
        return None
    return found


def cheaper_at(words: Words, mv: MarketVocab) -> list[int]:
    """Where the clause makes the marketplace cheaper, in order: a word of `cheaper_words`
    ("cheaper", "más barato"), or a price noun with a comparative near it, either side
    ("a taxa é menor", "mejores precios", "die Gebühren sind dort niedriger")."""
    found = [j for j in range(len(words)) if mv.cheaper.match(words, j)]
    if mv.price_nouns.isdisjoint(words.distinct):
        return found
    for j, t in enumerate(words.texts):
        if t in mv.price_nouns and any(
            mv.lower.match(words, k) for k in range(max(0, j - _PRICE_REACH), min(len(words), j + _PRICE_REACH + 1))
        ):
            found.append(j)
    return sorted(set(found))


def _later_before(later: Sequence[int], at: int) -> int | None:
    """The last of `later` before word `at` and within reach of it, or None (a pointer's
    words stay near its place: a long clause of names is not quoted whole each time)."""
    k = bisect_left(later, at)
    return later[k - 1] if k and at - later[k - 1] <= _LATER_REACH else None


def _joined_own(word: str, mv: MarketVocab) -> bool:
    """Whether a marketplace's name joined by a hyphen ends in the seller's thing
    ("Etsy-Shop", "Bol.com-winkel")."""
    tail = word.rpartition("-")[2]
    return tail != word and tail in mv.own_things
