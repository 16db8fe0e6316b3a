"""Inputs → results, in input order. The one place that decides how inputs are read
(io/sources.py), where they are checked (parallel.py) and when the cross-gig pass runs
(crossgig.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from gigcheck.engine.crossgig import CrossGig
from gigcheck.engine.linter import Linter
from gigcheck.engine.parallel import run_tasks
from gigcheck.io.sources import tasks
from gigcheck.policy.config import Config
from gigcheck.records import FileResult

# Below this many inputs a pool costs more than it saves (a gig takes ~1 ms; starting and
# feeding workers ~20 ms), and a seller's single-gig run must stay instant.
POOL_MIN_TASKS = 32


def iter_results(
    paths: Iterable[str],
    config: Config | Linter,
    *,
    stdin_filename: str | None = None,
    keep_source: bool = False,
    jobs: int = 1,
    input_format: str = "markdown",
    on_checked: Callable[[FileResult], None] | None = None,
) -> Iterator[FileResult]:
    """One result per input (per row for exports), in input order, whatever `jobs` is.

    keep_source: the reporter shows whole gigs (HTML); others don't pay for carrying them.
    on_checked: called as each input is checked (before cross-gig findings are added),
    for progress displays; the results themselves may come later (see crossgig.py).
    """
    linter = config if isinstance(config, Linter) else Linter(config)
    todo = tasks(
        paths, input_format=input_format, stdin_filename=stdin_filename, max_file_size=linter.config.max_file_size
    )
    head = list(islice(todo, POOL_MIN_TASKS))
    todo = chain(head, todo)
    # Cross-gig rules need more than one gig; the index is built before the pool forks, so
    # workers inherit what it imported.
    cross = None
    if len(head) > 1 and linter.batch:
        cross = CrossGig(linter.batch)
    checked = run_tasks(
        todo,
        linter,
        jobs=jobs if len(head) >= POOL_MIN_TASKS else 1,
        keep_source=keep_source,
        collect=cross is not None,
    )
    if cross is None:
        for result, _ in checked:
            if on_checked is not None:
                on_checked(result)
            yield result
        return
    with cross:
        for result, keys in checked:
            if on_checked is not None:
                on_checked(result)
            cross.add(result, keys)
        yield from cross.results()
