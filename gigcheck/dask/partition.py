"""The work of one partition, and of one group of the cross-gig pass: pandas in, pandas
out, no Dask (a Spark `mapInPandas` runs `findings_of` as it is: docs/spark.md).

A partition's gigs are checked by the CLI's own code path (engine/tasks.py `run_task`,
the same as `--jobs`), and become rows (engine/finding_rows.py) with four more columns:

- `kind`: "gig" (one per input: its path, id, seller, error), "finding" (the rows of
  a findings table), or "item" (a key for the cross-gig pass: the finding a gig would
  get, message empty, or none when a `gigcheck-disable` comment silences it);
- `order`: the gig's place in the whole input, `partition << 32 | row`: increasing in
  input order, as the local run numbers gigs;
- `seq`: the row's place among the gig's rows (its cross-gig findings come after the
  others, in the order of its keys, as the local run adds them);
- `item`, `key`: an item's batch rule and key (a MinHash signature in hex).

The cross-gig pass (gigcheck/dask/__init__.py) groups items and runs `cross_findings`
on each group: engine/crossgig.py's `BatchMatcher`, the one the local run uses.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from gigcheck.engine.crossgig import BatchItem, BatchMatcher
from gigcheck.engine.finding_rows import COLUMNS, NAMES, finding_of, result_rows
from gigcheck.engine.indexes import lsh_bands
from gigcheck.engine.linter import Linter
from gigcheck.engine.parallel import portable, restored
from gigcheck.engine.tasks import run_task
from gigcheck.io.exports.rows import Row
from gigcheck.io.sources import partition_tasks, row_task
from gigcheck.io.tasks import Task
from gigcheck.policy.config import Config
from gigcheck.rules.crossgig import BatchRule

EXTRA = (("kind", "string"), ("order", "int64"), ("seq", "int64"), ("item", "string"), ("key", "string"))
ALL = (*COLUMNS, *EXTRA)
ROW_BITS = 32  # rows per partition < 2**32
GIG = ("path", "file", "id", "seller")  # the columns that name a gig


@dataclass(frozen=True)
class Job:
    """What every partition needs: the configuration (in its picklable form) and options.
    Dask ships it to each worker once (a graph dependency); `linter_of` builds the
    worker's Linter from it once (its compiled pack from the build cache)."""

    config: Config
    redact: bool = False
    input_format: str = "parquet"
    name: str = "gigs"  # the name of a DataFrame's gigs in paths: `gigs#<id>`


def job_for(config: Config, *, redact: bool = False, input_format: str = "parquet", name: str = "gigs") -> Job:
    return Job(portable(config), redact, input_format, name)


_linters: dict[int, tuple[Job, Linter]] = {}


def linter_of(job: Job) -> Linter:
    """The Linter of `job`, built once per process (per job object)."""
    hit = _linters.get(id(job))
    if hit is not None and hit[0] is job:
        return hit[1]
    if len(_linters) > 8:
        _linters.clear()
    linter = Linter(restored(job.config), job.redact)
    _linters[id(job)] = (job, linter)
    return linter


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame of the checked columns, typed (an empty one is Dask's `meta`)."""
    df = pd.DataFrame(rows, columns=[name for name, _ in ALL])
    return df.astype({name: ("Int64" if kind == "int64" else "string") for name, kind in ALL})


def _key_text(key: Any) -> str:
    return key.hex() if isinstance(key, bytes) else str(key)


def checked_rows(linter: Linter, tasks: Iterable[Task], number: int) -> pd.DataFrame:
    """Check a partition's tasks: the rows described in the module's docstring."""
    rows: list[dict[str, Any]] = []
    for i, task in enumerate(tasks):
        order = number << ROW_BITS | i
        result, keys = run_task(linter, task, collect=True)
        found = result_rows(result)
        gig = {k: v for k, v in result_rows(replace(result, error="", findings=[]))[0].items() if k in GIG}
        line = result.row.line if result.row is not None else None
        rows.append({**gig, "error": result.error, "line": line, "kind": "gig", "order": order, "seq": -1})
        rows += [{**r, "kind": "finding", "order": order, "seq": seq} for seq, r in enumerate(found)]
        for k, item in enumerate(keys.items if keys is not None else ()):
            f = item.finding.to_dict() if item.finding is not None else {}
            row = {**gig, **f, "kind": "item", "order": order, "seq": len(found) + k}
            rows.append({**row, "item": item.rule, "key": _key_text(item.key)})
    return frame(rows)


def check_piece(piece: tuple[int, str, int, int] | pd.DataFrame, job: Job) -> pd.DataFrame:
    """Check one partition of export files: `(number, path, first, stop)` (row groups
    `[first, stop)` of a Parquet file; -1, -1 for a whole JSONL file)."""
    if isinstance(piece, pd.DataFrame):  # the one-row frame Dask's from_map made of it
        if piece.empty:
            return frame([])
        number, path, first, stop = (piece[c].iloc[0] for c in ("number", "path", "first", "stop"))
    else:
        number, path, first, stop = piece
    linter = linter_of(job)
    groups = range(int(first), int(stop)) if int(first) >= 0 else None
    tasks = partition_tasks(str(path), job.input_format, linter.config.max_file_size, groups)
    return checked_rows(linter, tasks, int(number))


def _python(value: Any) -> Any:
    """A pandas cell as the plain Python value a JSON row would hold."""
    if hasattr(value, "tolist"):  # numpy arrays (lists read from Parquet) and scalars
        return _python(value.tolist())
    if isinstance(value, list):
        return [_python(v) for v in value]
    if isinstance(value, dict):
        return {k: _python(v) for k, v in value.items()}
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def frame_tasks(gigs: pd.DataFrame, name: str) -> Iterable[Task]:
    """The tasks of a DataFrame of gigs (the export's columns): rows numbered from 1 in
    the partition, named `<name>#<id>`; an id twice in the partition is an error, as in a
    file."""
    first_line: dict[str, int] = {}
    for n, record in enumerate(gigs.to_dict("records"), 1):
        columns = {str(k): _python(v) for k, v in record.items()}
        yield row_task(name, n, Row(columns, format="parquet", line=n, record=n), first_line)


def check_frame(gigs: pd.DataFrame, job: Job, partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    """Check one partition of a Dask DataFrame of gigs."""
    number = partition_info["number"] if partition_info else 0
    return checked_rows(linter_of(job), frame_tasks(gigs, job.name), number)


def findings_of(gigs: pd.DataFrame, job: Job) -> pd.DataFrame:
    """The findings table of a pandas DataFrame of gigs, without the cross-gig rules
    (those need every partition: gigcheck.dask): what a Spark `mapInPandas` runs."""
    checked = check_frame(gigs, job)
    return checked.loc[checked["kind"] == "finding", list(NAMES)].reset_index(drop=True)


# -- the cross-gig pass ---------------------------------------------------------------------


def _batch(job: Job, code: str) -> tuple[Any, ...]:
    return tuple((rc, rule) for rc, rule in linter_of(job).batch if rc.rule.code == code)


def cross_findings(items: pd.DataFrame, job: Job) -> pd.DataFrame:
    """The cross-gig findings of a group of items (of one rule) that holds every gig any
    of them can match: a BatchMatcher over the group, gigs in input order."""
    if items.empty:
        return frame([])
    items = items.sort_values(["order", "seq"], kind="stable")
    code = str(items["item"].iloc[0])
    batch = _batch(job, code)
    near = any(isinstance(rule, BatchRule) and rule.index == "near-duplicate" for _, rule in batch)
    matcher = BatchMatcher(batch)
    records = items.to_dict("records")
    entries = []
    for r in records:
        seller = None if pd.isna(r["seller"]) else str(r["seller"])
        key: Any = bytes.fromhex(r["key"]) if near else str(r["key"])
        finding = None if pd.isna(r["rule"]) else finding_of(r)
        item = BatchItem(code, key, finding)
        matcher.add(int(r["order"]), str(r["path"]), seller, (item,))
        entries.append((r, seller, item))
    matcher.finish()
    rows = []
    for r, seller, item in entries:
        for f in matcher.found(int(r["order"]), seller, (item,)):
            rows.append({**r, "message": f.message, "kind": "finding", "item": None, "key": None})
    return frame(rows)


def band_rows(items: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """The LSH band keys of near-duplicate items (`band:bytes of the band`), with their
    gig's order: gigs whose signatures share one are candidates (indexes.py bands alike)."""
    b, r = lsh_bands(threshold)
    orders, bands = [], []
    for order, key in zip(items["order"].tolist(), items["key"].tolist(), strict=True):
        for band in range(b):
            orders.append(order)
            bands.append(f"{band}:{key[band * r * 8 : (band + 1) * r * 8]}")  # 8 hex digits per uint32
    return pd.DataFrame({"band": pd.array(bands, dtype="string"), "order": pd.array(orders, dtype="Int64")})


def candidates(bands: pd.DataFrame) -> pd.DataFrame:
    """The orders of gigs that share a band key with another gig (a shuffled partition)."""
    shared = bands[bands.duplicated("band", keep=False)]
    return shared[["order"]].drop_duplicates()


def spark_schema() -> str:
    """The findings' columns as a Spark DDL schema, for `mapInPandas(..., schema=...)`."""
    return ", ".join(f"`{name}` {'BIGINT' if kind == 'int64' else 'STRING'}" for name, kind in COLUMNS)
