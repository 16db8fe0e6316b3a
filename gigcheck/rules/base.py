"""The rule seam: a rule is a small class with metadata and a `check` generator.

The engine, not the rule, stamps code, name, category and the configured severity on
what `check` yields, converts offsets to line/column and applies suppressions: rules only
say where and why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Iterator, Mapping, Optional

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity


@dataclass
class Context:
    """What a rule may read besides the gig.

    `options` are this rule's options from the policy pack and config; `vocab` is the
    pack's whole `[vocab]` table; `memo` caches per-process work (compiled patterns) and
    `per_gig` caches per-gig work shared between rules (normalized views of runs).
    """

    options: Mapping[str, Any]
    vocab: Mapping[str, Any]
    memo: dict = field(default_factory=dict)
    per_gig: dict = field(default_factory=dict)

    def cached(self, key: Any, factory: Callable[[], Any]) -> Any:
        """Per-process cache for expensive, gig-independent work (patterns, tables)."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = factory()
            return value

    def gig_cached(self, key: Any, factory: Callable[[], Any]) -> Any:
        """Per-gig cache, cleared by the engine between gigs."""
        try:
            return self.per_gig[key]
        except KeyError:
            value = self.per_gig[key] = factory()
            return value


class Rule:
    """Base class. Subclasses set the class attributes and implement `check`.

    The subclass docstring is the seller-facing documentation shown by
    `gigcheck rules NAME`: what it checks and why the marketplace cares.
    """

    code: ClassVar[str]  # stable, e.g. "GC201"
    name: ClassVar[str]  # kebab-case, e.g. "contact-email"
    category: ClassVar[str]  # one of model.CATEGORIES
    severity: ClassVar[Severity]  # default; the pack may change it
    summary: ClassVar[str]  # one line for the rules table
    bad_example: ClassVar[str]  # a gig snippet this rule flags
    good_example: ClassVar[str]  # a similar snippet it accepts
    # Option name -> type. Values come from the pack's [rules.<name>] table.
    options: ClassVar[Mapping[str, type]] = {}
    # Batch rules see all gigs at once (see engine); ordinary rules one gig at a time.
    batch: ClassVar[bool] = False
    # Whether `--redact` masks this rule's excerpts (they quote contact details). None:
    # decided by category (contact, payment); a links rule that flags contact links
    # (wa.me, t.me) sets True.
    redact: ClassVar[Optional[bool]] = None

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        raise NotImplementedError
