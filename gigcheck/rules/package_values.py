"""What the package rules compare: each package's price and delivery as numbers, and the
packages in the order of the marketplace's tiers.

The shape of a value (an amount, a whole number of days) is GC111's business; a value it
refuses is None here, so the rules that compare packages skip it instead of reporting it
twice.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.quantities import Quantities, parse_delivery, parse_price
from gigcheck.document.gig import Field, Gig, Package


@dataclass(frozen=True, slots=True)
class Priced:
    """A package with its price and delivery read (None: absent or unreadable)."""

    package: Package
    price: float | None
    days: int | None


def name_key(text: str) -> str:
    """A package or tier name as compared: lower case, spaces collapsed."""
    return " ".join(text.lower().split())


def _price(f: Field | None, q: Quantities) -> float | None:
    if f is None:
        return None
    amount = parse_price(f.raw, q)
    return amount if amount is not None and amount > 0 else None


def _days(f: Field | None, q: Quantities) -> int | None:
    if f is None:
        return None
    days = parse_delivery(f.raw, q)
    return days if days is not None and days >= 1 else None


def in_tier_order(gig: Gig, q: Quantities, tiers: list[str]) -> list[Priced]:
    """The gig's packages, cheapest tier first: by `tiers` when every package is named
    after one (Basic, Standard, Premium in any order), else as the front matter lists them
    (the marketplace's form shows packages left to right)."""
    priced = [Priced(p, _price(p.price, q), _days(p.delivery, q)) for p in gig.packages]
    rank = {name_key(t): i for i, t in enumerate(tiers)}
    if rank and all(name_key(p.package.name) in rank for p in priced):
        priced.sort(key=lambda p: rank[name_key(p.package.name)])
    return priced


def tiers_of(table: Mapping[str, Any]) -> list[str]:
    """The pack's tier names (`[vocab.packages] tiers`)."""
    return [str(t) for t in table.get("tiers", ())]
