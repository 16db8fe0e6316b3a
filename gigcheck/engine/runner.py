"""Inputs → results, in input order. The one place that decides how inputs are read
(io/sources.py), where they are checked (parallel.py) and when the cross-gig pass runs
(crossgig.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from gigcheck.engine.crossgig import CrossGig
from gigcheck.engine.linter import Linter
from gigcheck.engine.linters import LinterSet
from gigcheck.engine.parallel import Tagged, run_tagged
from gigcheck.io.sources import tasks
from gigcheck.policy.config import Config
from gigcheck.policy.tree import ConfigTree
from gigcheck.records import FileResult

# Below this many inputs a pool costs more than it saves (a gig takes ~1 ms; starting and
# feeding workers ~20 ms), and a seller's single-gig run must stay instant.
POOL_MIN_TASKS = 32


def iter_results(
    paths: Iterable[str],
    config: Config | Linter | ConfigTree | LinterSet,
    *,
    stdin_filename: str | None = None,
    keep_source: bool = False,
    jobs: int = 1,
    input_format: str = "markdown",
    on_checked: Callable[[FileResult], None] | None = None,
) -> Iterator[FileResult]:
    """One result per input (per row for exports), in input order, whatever `jobs` is.

    config: one configuration for every input, or a `ConfigTree`: each input checked
    with the config nearest to it (standard input: by `stdin_filename`'s folder).
    keep_source: the reporter shows whole gigs (HTML); others don't pay for carrying them.
    on_checked: called as each input is checked (before cross-gig findings are added),
    for progress displays; the results themselves may come later (see crossgig.py).
    """
    linters = config if isinstance(config, LinterSet) else LinterSet(config)
    paths = list(paths)
    # Every input's linter is known before any worker starts (they are given them once).
    numbers = [linters.number(p, stdin_filename) for p in paths]
    todo: Iterator[Tagged] = _tagged(paths, numbers, linters, input_format, stdin_filename)
    head = list(islice(todo, POOL_MIN_TASKS))
    todo = chain(head, todo)
    # Cross-gig rules need more than one gig; the index is built before the pool forks, so
    # workers inherit what it imported. Gigs are compared within a group of configs that
    # set the cross-gig rules alike (engine/linters.py).
    cross = None
    groups, group_of = linters.batch_groups()
    if len(head) > 1 and any(groups):
        cross = CrossGig(*groups)
    checked = run_tagged(
        todo,
        tuple(linters.linters),
        jobs=jobs if len(head) >= POOL_MIN_TASKS else 1,
        keep_source=keep_source,
        collect=cross is not None,
    )
    if cross is None:
        for _, (result, _keys) in checked:
            if on_checked is not None:
                on_checked(result)
            yield result
        return
    with cross:
        for number, (result, keys) in checked:
            if on_checked is not None:
                on_checked(result)
            cross.add(result, keys, group_of[number])
        yield from cross.results()


def _tagged(
    paths: list[str], numbers: list[int], linters: LinterSet, input_format: str, stdin_filename: str | None
) -> Iterator[Tagged]:
    """Each input's tasks (its rows for exports), with the number of its linter."""
    for path, number in zip(paths, numbers, strict=True):
        limit = linters.linters[number].config.max_file_size
        for task in tasks([path], input_format=input_format, stdin_filename=stdin_filename, max_file_size=limit):
            yield number, task
