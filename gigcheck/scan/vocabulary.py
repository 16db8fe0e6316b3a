"""A policy pack's vocabulary, compiled: what the detectors need, built once per pack.

The pack's `[vocab]` tables are plain data (word lists, hosts, thresholds). Detectors
want them compiled: tries and lexicons for platform names and contact verbs, email and
phone grammars, the link policy, the extras judge. `Vocabulary` builds each on first use
and keeps it for the life of the configuration (so a run that selects only the listing
rules never compiles the channel lexicon), under a lock so that threads sharing a
configuration build each part once. The costly parts (the channel lexicon, the number
words, the conduct, review and marketplace word lists) come from the build cache on disk
(build_cache.py): unpickled in a fraction of the time folding their entries again takes.

Nothing else is kept between gigs: what a gig derives lives on its `GigScan`.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from gigcheck.build_cache import cached_build
from gigcheck.detectors.conduct import ConductVocab
from gigcheck.detectors.emails import EmailVocab
from gigcheck.detectors.judge import Judge, prepare
from gigcheck.detectors.links import LinkScanner
from gigcheck.detectors.marketplaces import MarketVocab
from gigcheck.detectors.phone_vocab import number_words
from gigcheck.detectors.phones import PhoneVocab
from gigcheck.detectors.quantities import Quantities
from gigcheck.detectors.reviews import ReviewVocab
from gigcheck.detectors.triggers import ChannelVocab
from gigcheck.document.grammar import Grammar
from gigcheck.scan.market_names import with_marketplace
from gigcheck.text.digits import NumberWords

T = TypeVar("T")

# The vocabulary tables the channel lexicon reads (the key of its build on disk).
_CHANNEL_TABLES = ("channels", "invitation", "payment", "grammar")
# The code that builds it: every module of these packages (see build_cache._stamp).
_CHANNEL_BUILDERS = ("gigcheck.detectors", "gigcheck.text")


class Vocabulary:
    """The compiled `[vocab]` of one pack. Immutable to its users; parts built lazily."""

    def __init__(self, tables: Mapping[str, Any]) -> None:
        # "{marketplace}" in the shared word lists is the pack's own name (market_names.py).
        self.tables = with_marketplace(tables)
        self._built: dict[str, Any] = {}
        self._lock = threading.RLock()

    def __reduce__(self) -> tuple[Any, ...]:
        # Workers that are spawned (not forked) rebuild what they use from the tables.
        return (Vocabulary, (dict(self.tables),))

    def _part(self, name: str, build: Callable[[], T]) -> T:
        try:
            return self._built[name]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]  # type: ignore[no-any-return]

    def table(self, name: str) -> Mapping[str, Any]:
        """One `[vocab.<name>]` table ({} when the pack has none)."""
        value = self.tables.get(name)
        return value if isinstance(value, Mapping) else {}

    @property
    def channels(self) -> ChannelVocab:
        """Platform names, contact verbs, payment services: the channel and payment lexicons."""
        return self._part("channels", lambda: cached_build(
            "channels",
            {k: self.tables.get(k) for k in _CHANNEL_TABLES},
            lambda: ChannelVocab(self.tables),
            _CHANNEL_BUILDERS,
        ))

    def _cached(self, name: str, tables: tuple[str, ...], build: Callable[[], T]) -> T:
        """A part built from `tables`, from the build cache when it holds it."""
        return self._part(name, lambda: cached_build(
            name, {k: self.tables.get(k) for k in tables}, build, _CHANNEL_BUILDERS
        ))

    @property
    def emails(self) -> EmailVocab:
        # From the build cache, as the phone words: building each (tries of providers
        # and "at" words, of number words) took ~25 ms of a single gig's check.
        return self._cached(
            "emails", ("email", "grammar"), lambda: EmailVocab(self.table("email"), self.table("grammar"))
        )

    @property
    def phones(self) -> PhoneVocab:
        return self._cached(
            "phones",
            ("phone", "numbers", "grammar"),
            lambda: PhoneVocab(self.table("phone"), self.table("numbers"), self.table("grammar")),
        )

    @property
    def number_words(self) -> NumberWords:
        numbers = self.table("numbers")
        return self._cached("number_words", ("numbers",), lambda: NumberWords(
            number_words(numbers), {**numbers.get("run_words", {}), **numbers.get("run_words_kana", {})},
            numbers.get("bridge_words"),
        ))

    @property
    def links(self) -> LinkScanner | None:
        """The link scanner, or None when the pack names no allowed hosts."""
        table = self.table("links")
        if table.get("allowed_hosts") is None:
            return None
        return self._part("links", lambda: LinkScanner(table))

    @property
    def grammar(self) -> Grammar:
        """Which headings open sections and which labels are an extra's fields."""
        return self._part("grammar", lambda: Grammar.from_table(self.table("document")))

    @property
    def quantities(self) -> Quantities:
        """How prices and delivery times are written."""
        return self._part("quantities", lambda: Quantities(self.table("quantities")))

    @property
    def extras(self) -> Mapping[str, Any] | None:
        """The `[vocab.extras]` table, or None: rules that judge wording stay silent without it."""
        table = self.table("extras")
        return table or None

    @property
    def extras_judge(self) -> Judge | None:
        """The `[vocab.extras]` table compiled for judging extras, or None without it. From
        the build cache: compiling its word lists was ~10 ms of checking one gig."""
        if self.extras is None:
            return None
        return self._cached("extras_judge", ("extras",), lambda: prepare(self.table("extras")))

    @property
    def conduct(self) -> ConductVocab:
        """The standards' prohibited services (`[vocab.conduct]`)."""
        return self._cached("conduct", ("conduct",), lambda: ConductVocab(self.table("conduct")))

    @property
    def reviews(self) -> ReviewVocab:
        """How a review is asked for or traded (`[vocab.reviews]`)."""
        return self._cached("reviews", ("reviews",), lambda: ReviewVocab(self.table("reviews")))

    @property
    def marketplaces(self) -> MarketVocab:
        """Marketplaces and the words that send buyers to one (`[vocab.marketplaces]`)."""
        return self._cached("marketplaces", ("marketplaces",), lambda: MarketVocab(self.table("marketplaces")))

    def compiled(self, name: str, build: Callable[[], T]) -> T:
        """Another compiled part (the extras judge, category word lists), built once."""
        return self._part(name, build)
