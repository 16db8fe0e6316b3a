"""One gig's scan: the gig, its pack's compiled vocabulary, and everything derived from
them that more than one rule reads (normalized views of runs, the emails and phones
found, the channel triggers, the links, the judged extras).

Rules never compute shared work themselves: they ask the scan modules (contacts.py,
channels.py, links.py, extras.py), which compute each result on the first request and
keep it on the `GigScan` for the next rule. A scan lives as long as its gig is checked,
so nothing derived from one gig can leak into another.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

from gigcheck.document.gig import Gig
from gigcheck.records import TextRun
from gigcheck.scan.split_names import join_split_names, run_cuts
from gigcheck.scan.vocabulary import Vocabulary
from gigcheck.text.bidi import display_order
from gigcheck.text.digits import letters_to_digits, words_to_digits
from gigcheck.text.fold import fold
from gigcheck.text.leet import MAIL_LEET, deleet
from gigcheck.text.normalized import Normalized
from gigcheck.text.spaced_underscore import join_spaced_underscores
from gigcheck.text.spacing import collapse_digit_runs, collapse_spaced, flow_lines, join_hyphenated, unbracket_words

T = TypeVar("T")
_MISSING: Any = object()

# Kinds a buyer can see (or an editor must): everything the parser keeps.
SCANNED_KINDS = frozenset(
    {"text", "heading", "code", "code_block", "image_alt", "image_url", "link_url", "html", "fm_value", "table"}
)


class GigScan:
    """What the rules share about one gig; built by the engine, one per gig."""

    __slots__ = ("gig", "vocabulary", "_memo")

    def __init__(self, gig: Gig, vocabulary: Vocabulary) -> None:
        self.gig = gig
        self.vocabulary = vocabulary
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()`, computed on the first request for `key` and kept for this gig."""
        # A miss is as common as a hit: get() with a sentinel, not a KeyError raised and
        # caught each time (~1% of a gig's check).
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = build()
        return value  # type: ignore[no-any-return]

    def scanned_runs(self) -> Iterator[TextRun]:
        """Every non-empty run a buyer or an editor can see, in document order."""
        for run in self.gig.runs:
            if run.kind in SCANNED_KINDS and run.text:
                yield run

    def view(self, run: TextRun, name: str) -> Normalized:
        """The named normalized view of `run`: "lines" (look-alikes, fullwidth and invisible
        characters; words hyphenated over a line break joined), "fold" (the same with
        line breaks read as spaces, as a reader reads a paragraph on), "words" (spaced
        letters and bracketed pieces joined), "leet" (leetspeak undone), "mail_leet" (the
        same, "@" kept) or "digits" (number words and look-alike letters as digits, read
        from "lines": a line break parts numbers unless a phone cue joins them)."""
        return self.memo(("view", name, run), lambda: _VIEWS[name](self, run))


def _names_joined(scan: GigScan, run: TextRun, view: Normalized) -> Normalized:
    """`view` with a channel's name cut by a line or a list item's break read whole
    ("теле⏎грам"; split_names.py). Only runs that hold a cut are searched."""
    cuts = run_cuts(run, scan.gig.source)
    return join_split_names(view, cuts, scan.vocabulary.channels.platform_names) if cuts else view


_VIEWS: dict[str, Callable[[GigScan, TextRun], Normalized]] = {
    "lines": lambda scan, run: _names_joined(scan, run, join_hyphenated(fold(display_order(run.text)))),
    "fold": lambda scan, run: flow_lines(scan.view(run, "lines")),
    "words": lambda scan, run: join_spaced_underscores(collapse_spaced(unbracket_words(scan.view(run, "fold")))),
    "leet": lambda scan, run: deleet(scan.view(run, "words")),
    "mail_leet": lambda scan, run: deleet(scan.view(run, "words"), MAIL_LEET),
    "digits": lambda scan, run: collapse_digit_runs(
        letters_to_digits(words_to_digits(scan.view(run, "lines"), scan.vocabulary.number_words))
    ),
}
