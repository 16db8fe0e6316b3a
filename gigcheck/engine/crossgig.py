"""The cross-gig pass: findings that only the whole batch shows (rules/batch.py).

A gig's cross-gig findings depend on gigs that come after it, so they cannot be streamed
the way ordinary findings are. With memory kept flat, the pass runs in two steps:

1. As each gig is checked (in a worker), `collect_keys` takes what the batch rules need
   from it: a few keys (normalized contact details, a 256-byte MinHash signature), each
   with the finding this gig would get, already positioned and already tested against the
   gig's own `gigcheck-disable` comments. In the parent, `CrossGig.add` puts the keys in
   the rules' indexes (a few bytes per gig) and spools the checked result, with its keys,
   to an anonymous temporary file: results wait on disk, not in memory.
2. When every gig is in, the indexes are finished (LSH search for near-duplicates) and
   `CrossGig.results` reads the spool back in input order, adds each gig's cross-gig
   findings (naming the other gigs) and yields the results to the reporter.

The report is therefore written after the last gig is checked, when batch rules run on
more than one input; the progress bar covers the checking. Without batch rules (or with
a single input) results stream straight to the reporter.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from gigcheck.document.gig import Gig
from gigcheck.engine.findings import make_finding
from gigcheck.engine.spool import Spool
from gigcheck.engine.suppressions import Directives, parse_directives
from gigcheck.policy.config import Config, RuleConfig
from gigcheck.records import FileResult, Finding
from gigcheck.rules.base import Context, Rule
from gigcheck.rules.crossgig import BatchRule
from gigcheck.scan.gigscan import GigScan


@dataclass(frozen=True, slots=True)
class BatchItem:
    rule: str  # the batch rule's code
    key: Hashable  # what is compared across gigs
    finding: Finding | None  # this gig's finding (message filled in later); None if suppressed here


@dataclass(frozen=True, slots=True)
class GigKeys:
    """What one gig contributes to the cross-gig pass: small, picklable."""

    seller: str | None
    items: tuple[BatchItem, ...]
    lines: dict[int, str]  # the source lines those findings would show


def collect_keys(
    gig: Gig, findings: list[Finding], config: Config, batch: tuple[tuple[RuleConfig, Rule], ...]
) -> GigKeys | None:
    """Worker side: the batch rules' keys for this gig (`batch`: the linter's batch rules
    with their configs)."""
    index = gig.index
    directives = None
    if config.inline_suppressions and gig.comments:
        directives = Directives(parse_directives(gig, index, config.registry))
    contacts = [f for f in findings if _quotes_contact(config, f)]
    scan = GigScan(gig, config.vocabulary)
    items: list[BatchItem] = []
    lines: dict[int, str] = {}
    for rc, rule in batch:
        assert isinstance(rule, BatchRule)
        for key, hit in rule.collect(gig, contacts, Context(scan, rc.options)):
            f: Finding | None = make_finding(rc, hit, index)
            if directives and directives.silencing(f) is not None:  # type: ignore[arg-type]
                f = None
            if f is not None and f.line not in lines:  # each line cut once, however many findings
                lines[f.line] = index.line_text(f.line)
            items.append(BatchItem(rc.rule.code, key, f))
    if not items:
        return None
    return GigKeys(gig.seller, tuple(items), lines)


def _quotes_contact(config: Config, f: Finding) -> bool:
    """The same test as `--redact`: the finding quotes a contact detail."""
    rule = config.registry.get(f.rule)
    return rule is not None and rule.masks_excerpt()


def new_index(rule: BatchRule, options: Any) -> Any:
    """The index a batch rule's keys go into (its `index` kind)."""
    from gigcheck.engine.indexes import ExactIndex, NearDuplicateIndex  # numpy, only for a batch

    if rule.index == "near-duplicate":
        return NearDuplicateIndex(float(options["similarity"]))
    return ExactIndex()


class BatchMatcher:
    """The batch rules' indexes over a set of gigs, and the findings they give.

    Gigs are numbered by the caller, in input order (any increasing numbers: a Dask run
    numbers them by partition and row); a gig's owner is its seller (a number given by
    first appearance), or the gig itself when it has none. The local run (`CrossGig`)
    puts every gig in one matcher; a Dask run (gigcheck/dask) one per group of gigs
    that can share a key, which gives each gig the same findings: an exact key's gigs,
    or every near-duplicate candidate.
    """

    def __init__(self, batch: tuple[tuple[RuleConfig, Rule], ...]) -> None:
        self._rules: dict[str, BatchRule] = {}
        self._indexes: dict[str, Any] = {}
        for rc, rule in batch:
            assert isinstance(rule, BatchRule)
            self._rules[rc.rule.code] = rule
            self._indexes[rc.rule.code] = new_index(rule, rc.options)
        self._paths: dict[int, str] = {}
        self._sellers: dict[str, int] = {}

    def _owner(self, gig: int, seller: str | None) -> int:
        """The seller's number; a gig of unknown seller is its own owner (a negative number)."""
        if seller is None:
            return -1 - gig
        return self._sellers.setdefault(seller, len(self._sellers))

    def add(self, gig: int, path: str, seller: str | None, items: Iterable[BatchItem]) -> None:
        """A gig's keys (gigs in increasing numbers)."""
        self._paths[gig] = path
        owner = self._owner(gig, seller)
        for item in items:
            self._indexes[item.rule].add(gig, owner, item.key)

    def finish(self) -> None:
        for index in self._indexes.values():
            index.finish()

    def found(self, gig: int, seller: str | None, items: Iterable[BatchItem]) -> list[Finding]:
        """The findings of a gig's items that other gigs share, worded (after `finish`)."""
        owner = self._owner(gig, seller)
        name_of = self._paths.__getitem__
        added: list[Finding] = []
        for item in items:
            if item.finding is None:
                continue
            match = self._indexes[item.rule].match(gig, owner, item.key)
            if match is not None:
                message = self._rules[item.rule].describe(match, name_of)
                related = tuple(name_of(g) for g in match.others)
                added.append(replace(item.finding, message=message, related=related))
        return added


class CrossGig:
    """Parent side: indexes the keys of every gig, spools results, then adds the findings.

    `groups`: the batch rules of each group of gigs compared together (a run whose files
    have configs that set these rules differently compares each group on its own): one
    matcher per group, gigs numbered across the run."""

    def __init__(self, *groups: tuple[tuple[RuleConfig, Rule], ...]) -> None:
        self._matchers = [BatchMatcher(batch) for batch in groups]
        self._count = 0
        self._spool = Spool()

    def add(self, result: FileResult, keys: GigKeys | None, group: int = 0) -> None:
        gig = self._count
        self._count += 1
        self._matchers[group].add(gig, result.path, keys.seller if keys else None, keys.items if keys else ())
        self._spool.write((result, keys, group))

    def results(self) -> Iterator[FileResult]:
        """Every result in input order, with its cross-gig findings added."""
        for matcher in self._matchers:
            matcher.finish()
        for gig, (result, keys, group) in enumerate(self._spool.read()):
            if keys is None:
                yield result
                continue
            added = self._matchers[group].found(gig, keys.seller, keys.items)
            if added:
                lines = dict(result.lines)
                for f in added:
                    if f.line in keys.lines:
                        lines.setdefault(f.line, keys.lines[f.line])
                result = replace(result, findings=sorted([*result.findings, *added], key=Finding.sort_key), lines=lines)
            yield result

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> CrossGig:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
