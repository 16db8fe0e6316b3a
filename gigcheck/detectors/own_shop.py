"""Sending buyers to the seller's own shop, with no marketplace named: "You can also buy it
in my shop", "Größere Aufträge bitte über meinen eigenen Shop bestellen, dort ist es
günstiger", "Mes templates sont aussi en vente sur ma boutique en ligne, commandez-les
directement là-bas". The order leaves the marketplace as surely as for a competitor
(marketplaces.py), and the seller's own website is the contact rules' (own_site.py).

A pointer is the seller's shop (`seller_own` then a word of `shop_nouns` within
`_MINE_REACH` words) reached by a place word right before the owner ("in my shop", "über
meinen eigenen Shop", "sur ma boutique") or by "there" after it, with what sends the buyer
in the clause: an order verb, a better price, the seller's presence ("also in my shop") or
"directly". Not the buyer's shop ("I add products in your shop"), not a shop that is the
seller's past or a thing of it ("I worked in my family's shop", "my shop class": the shop
must end its part of the clause or come before the verb, as German puts it), and not a
clause that names a marketplace (marketplaces.py reads those). Words are data:
`[vocab.marketplaces]` (`shop_nouns`, `direct_words`, with the pointer and price lists).
"""
from __future__ import annotations

from collections.abc import Sequence

from gigcheck.detectors.clauses import Word, Words, clauses
from gigcheck.detectors.conduct import ConductVocab, negated
from gigcheck.detectors.marketplaces import Competitors, MarketVocab, Pointer, cheaper_at, ends_part

__all__ = ["OWN_SHOP", "own_shop_pointers"]

OWN_SHOP = "own shop"  # the pointer's name: no marketplace, the seller's own shop
_MINE_REACH = 3  # words between "my" and the shop ("meinen eigenen Shop", "ma boutique en ligne")


def own_shop_pointers(text: str, rivals: Competitors, mv: MarketVocab, cv: ConductVocab) -> list[Pointer]:
    """Every clause of `text` that sends the buyer to the seller's own shop (a clause that
    may name one of `rivals` is marketplaces.py's)."""
    out = []
    for words in clauses(text):
        if mv.shop_nouns.firsts.isdisjoint(words.distinct) or cv.seller_own.isdisjoint(words.distinct):
            continue
        if rivals.in_clause(words):
            continue
        if cv.buyer_seqs.occurs(words):
            continue  # "I add products in your shop, and in my shop too"
        found = _pointer(words, mv, cv)
        if found is not None:
            out.append(Pointer(words[found[0]].start, words[found[1]].end, OWN_SHOP))
    return out


def _pointer(words: Words, mv: MarketVocab, cv: ConductVocab) -> tuple[int, int] | None:
    """The first and last word of the pointer in the clause, or None."""
    sends = _sender(words, mv)
    if sends is None:
        return None
    for k in range(len(words)):
        n = mv.shop_nouns.match(words, k)
        if not n:
            continue
        mine = next((j for j in range(k - 1, max(-1, k - _MINE_REACH - 1), -1) if words[j].text in cv.seller_own), None)
        if mine is None or not (ends_part(words, k + n, cv) or _verb_at(words, k + n, mv)):
            continue
        if any(w.text.endswith("'s") for w in words[mine + 1:k]):
            continue  # "my family's shop": someone else's
        placed = mine > 0 and mv.places.ending_at(words, mine, 2) is not None
        there = any(mv.there.match(words, t) for t in range(k + 1, len(words)))
        if (placed or there) and not negated(words, mine, cv.negations, cv.negation_reach):
            return min(mine, sends), max(k + n - 1, sends)
    return None


def _sender(words: Words, mv: MarketVocab) -> int | None:
    """Where the clause sends the buyer: an order verb not after the seller (also with a
    pronoun joined: "commandez-les"), a better price, the seller's presence or "directly";
    or None."""
    for j in range(len(words)):
        if mv.shop_nouns.match(words, j):
            continue  # "shop" the noun, not "shop my designs"
        if _verb_at(words, j, mv) and not (j > 0 and words[j - 1].text in mv.seller_words):
            return j
        if mv.presence.match(words, j) or mv.direct.match(words, j):
            return j
    cheap = cheaper_at(words, mv)
    return cheap[0] if cheap else None


def _verb_at(words: Sequence[Word], j: int, mv: MarketVocab) -> bool:
    """Whether an order verb starts at word `j`, also with a pronoun joined ("commandez-les")."""
    if j >= len(words):
        return False
    if mv.pointer_verbs.match(words, j):
        return True
    head = words[j].text.partition("-")[0]
    return head != words[j].text and bool(mv.pointer_verbs.match([Word(head, 0, 0)], 0))
