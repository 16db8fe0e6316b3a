"""The work of one partition, and of one group of the cross-gig pass: pandas in, pandas
out, no Dask (a Spark `mapInPandas` runs `findings_of` as it is: docs/spark.md).

A partition's gigs are checked by the CLI's own code path (engine/tasks.py `run_task`,
the same as `--jobs`), and become rows (engine/finding_rows.py) with four more columns:

- `kind`: "gig" (one per input: its path, id, seller, error), "finding" (the rows of
  a findings table), or "item" (a candidate's key for the cross-gig pass: the finding
  the gig would get, message empty, or none when a `gigcheck-disable` comment silences
  it);
- `order`: the gig's place in the whole input, `partition << 32 | row`: increasing in
  input order, as the local run numbers gigs;
- `seq`: the row's place among the gig's rows (its cross-gig findings come after the
  others, in the order of its keys, as the local run adds them);
- `item`, `key`: an item's batch rule and key (a MinHash signature in hex);
- `group`: a GC902 item's group of candidates (`candidate_groups`), matched together.

Beside its rows, a partition's check gives each batch rule's bare keys (`bare_keys`);
the cross-gig pass (gigcheck/dask/__init__.py) shuffles them, finds the candidates
(`shared_keys`), groups the near-duplicate candidates into the connected sets of gigs
that share a band (`candidate_groups`), checks the candidates' gigs again for their
items (`item_rows`) and runs `cross_findings` on groups of items: engine/crossgig.py's
`BatchMatcher`, the one the local run uses.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

import pandas as pd

from gigcheck.engine.crossgig import BatchItem, BatchMatcher
from gigcheck.engine.finding_rows import COLUMNS, NAMES, finding_of, result_rows
from gigcheck.engine.indexes import lsh_bands
from gigcheck.engine.linter import Linter
from gigcheck.engine.parallel import portable, restored
from gigcheck.engine.tasks import run_task
from gigcheck.io.exports.rows import Row
from gigcheck.io.sources import partition_ids, partition_tasks, row_task
from gigcheck.io.tasks import Task
from gigcheck.policy.config import Config, RuleConfig
from gigcheck.records import FileResult
from gigcheck.rules.base import Rule
from gigcheck.rules.crossgig import BatchRule

EXTRA = (("kind", "string"), ("order", "int64"), ("seq", "int64"), ("item", "string"), ("key", "string"),
         ("group", "int64"))
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


def partition_of(orders: pd.Series) -> pd.Series:
    """The partition numbers of gigs' `order`s."""
    return orders // (1 << ROW_BITS)


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame of the checked columns, typed (an empty one is Dask's `meta`)."""
    df = pd.DataFrame(rows, columns=[name for name, _ in ALL])
    return df.astype({name: ("Int64" if kind == "int64" else "string") for name, kind in ALL})


def _key_text(key: Any) -> str:
    return key.hex() if isinstance(key, bytes) else str(key)


def _gig_and_findings(result: FileResult) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The columns that name a result's gig, and its findings' rows."""
    gig = {k: v for k, v in result_rows(replace(result, error="", findings=[]))[0].items() if k in GIG}
    return gig, result_rows(result)


Checked = tuple[pd.DataFrame, dict[str, pd.DataFrame]]


def checked_rows(linter: Linter, tasks: Iterable[Task], number: int) -> Checked:
    """Check a partition's tasks: its gigs' rows (`kind` "gig" and "finding", described
    in the module's docstring), and each batch rule's bare keys (`bare_keys`), all the
    cross-gig pass keeps of a gig until every partition is in."""
    rows: list[dict[str, Any]] = []
    entries: dict[str, list[tuple[int, str | None, Any]]] = {rc.rule.code: [] for rc, _ in linter.batch}
    for i, task in enumerate(tasks):
        order = number << ROW_BITS | i
        result, keys = run_task(linter, task, collect=True)
        gig, found = _gig_and_findings(result)
        line = result.row.line if result.row is not None else None
        rows.append({**gig, "error": result.error, "line": line, "kind": "gig", "order": order, "seq": -1})
        rows += [{**r, "kind": "finding", "order": order, "seq": seq} for seq, r in enumerate(found)]
        if keys is not None:
            for item in keys.items:
                entries[item.rule].append((order, keys.seller, item.key))
    return frame(rows), {rc.rule.code: bare_keys(rc, rule, entries[rc.rule.code]) for rc, rule in linter.batch}


def item_rows(linter: Linter, tasks: Iterable[Task], number: int, wanted: pd.DataFrame) -> pd.DataFrame:
    """The cross-gig items (`kind` "item") of the gigs of a partition that `wanted` names
    (columns `order`, `item`: a gig and a batch rule; `group`: its group of candidates):
    those gigs are checked again, read again from their partition, and give the items
    they gave the first time."""
    mine = wanted[partition_of(wanted["order"]) == number]
    codes: dict[int, dict[str, Any]] = {}
    groups = mine["group"].astype("object").where(mine["group"].notna(), None).tolist()
    for order, code, group in zip(mine["order"].tolist(), mine["item"].tolist(), groups, strict=True):
        codes.setdefault(int(order), {})[str(code)] = group
    rows: list[dict[str, Any]] = []
    for i, task in enumerate(tasks):
        order = number << ROW_BITS | i
        if order not in codes:
            continue  # the task is still read: a row's id is checked against the rows before it
        result, keys = run_task(linter, task, collect=True)
        gig, found = _gig_and_findings(result)
        for k, item in enumerate(keys.items if keys is not None else ()):
            if item.rule not in codes[order]:
                continue
            f = item.finding.to_dict() if item.finding is not None else {}
            row = {**gig, **f, "kind": "item", "order": order, "seq": len(found) + k}
            rows.append({**row, "item": item.rule, "key": _key_text(item.key), "group": codes[order][item.rule]})
    return frame(rows)


# -- bare keys: what the shuffles move --------------------------------------------------------
#
# Until every partition is checked, the cross-gig pass keeps only these of a gig; the gigs
# whose keys turn out to be shared (the candidates) are read and checked again for their
# items (`item_rows`), which only they need.

BANDS = (("band", "int64"), ("order", "int64"))
EXACT = (("key", "string"), ("order", "int64"), ("seller", "string"))
WANTED = (("order", "int64"), ("item", "string"), ("group", "Int64"))  # group: GC902 only


def _typed(columns: dict[str, Any], kinds: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.array(columns.get(name, []), dtype=kind) for name, kind in kinds})


_FNV_OFFSET, _FNV_PRIME = 0xCBF29CE484222325, 0x100000001B3  # FNV-1a's, over the band's 32-bit values


def band_keys(orders: list[int], signatures: list[bytes], threshold: float) -> pd.DataFrame:
    """Each gig's LSH bands (indexes.py bands alike) as 64-bit hashes, one row per band:
    gigs whose signatures share a band share its hash (and a rare collision only adds a
    candidate, which the check of the candidates then tells apart)."""
    import numpy as np

    b, r = lsh_bands(threshold)
    if not signatures:
        return _typed({}, BANDS)
    sigs = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(len(signatures), -1).astype(np.uint64)
    hashes = np.empty((len(signatures), b), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(b):
            h = np.full(len(signatures), _FNV_OFFSET ^ band, dtype=np.uint64)
            for col in range(band * r, (band + 1) * r):
                h = (h ^ sigs[:, col]) * _FNV_PRIME
            hashes[:, band] = h
    return _typed({"band": hashes.reshape(-1).view(np.int64), "order": np.repeat(np.array(orders, dtype=np.int64), b)},
                  BANDS)


def bare_keys(rc: RuleConfig, rule: Rule, entries: list[tuple[int, str | None, Any]]) -> pd.DataFrame:
    """A batch rule's bare keys of a partition's gigs (`entries`: order, seller, key):
    LSH band hashes for near-duplicates; (key, order, seller) for exact keys."""
    assert isinstance(rule, BatchRule)
    orders = [order for order, _, _ in entries]
    if rule.index == "near-duplicate":
        return band_keys(orders, [key for _, _, key in entries], float(rc.options["similarity"]))
    return _typed({"key": [str(key) for _, _, key in entries], "order": orders,
                   "seller": [seller for _, seller, _ in entries]}, EXACT)


def bare_meta(rule: BatchRule) -> pd.DataFrame:
    return _typed({}, BANDS if rule.index == "near-duplicate" else EXACT)


def shared_keys(bare: pd.DataFrame, code: str) -> pd.DataFrame:
    """The candidates of a shuffled partition of bare keys (every gig of its keys): the
    gigs (`order`) whose band another gig shares, or whose contact detail a gig of
    another seller (or of no known seller) shares; `item`: the rule. A band's gigs are
    linked (`group`) to the first of them: `candidate_groups` joins the links."""
    bare = bare.reset_index(drop=True)
    if "band" in bare.columns:
        shared = bare.loc[bare.duplicated("band", keep=False)]
        links = pd.DataFrame({"order": shared["order"], "group": shared.groupby("band")["order"].transform("min")})
        links = links.drop_duplicates()
        return _typed({"order": links["order"].to_numpy(), "item": [code] * len(links),
                       "group": links["group"].to_numpy()}, WANTED)
    # A gig of no known seller may be anyone's: it is its own owner.
    owner = bare["seller"].fillna("#" + bare["order"].astype("string"))
    owners = owner.groupby(bare["key"]).transform("nunique")
    orders = bare.loc[owners.to_numpy() > 1, "order"].drop_duplicates()
    return _typed({"order": orders.to_numpy(), "item": [code] * len(orders), "group": [None] * len(orders)}, WANTED)


def candidate_groups(wanted: list[pd.DataFrame]) -> pd.DataFrame:
    """Every candidate once (`order`, `item`), from the shuffled partitions' `shared_keys`;
    a near-duplicate candidate with its `group`: the first gig of the connected set of
    gigs that share a band, directly or through others. A gig's match depends only on
    the gigs of the bands it is in (engine/indexes.py links gigs that share an LSH
    bucket), all in its group: each group is matched on its own (`cross_findings`), and
    no task holds every candidate's signature and finding. This task holds bare numbers:
    three per candidate and link."""
    import numpy as np

    allw = pd.concat(wanted, ignore_index=True)
    linked = allw["group"].notna().to_numpy()
    links = allw[linked]
    nodes, index = np.unique(np.concatenate([links["order"].to_numpy("int64"), links["group"].to_numpy("int64")]),
                             return_inverse=True)
    u, v = index[: len(links)], index[len(links):]
    label = np.arange(len(nodes))
    while True:  # each node takes its neighbours' smallest label, then its label's (pointer jumping)
        least = np.minimum(label[u], label[v])
        before = label.copy()
        np.minimum.at(label, u, least)
        np.minimum.at(label, v, least)
        label = label[label]
        if np.array_equal(label, before):
            break
    grouped = links.assign(group=nodes[label[u]]).drop_duplicates(["order", "item"])
    single = allw[~linked].drop_duplicates(["order", "item"])
    return pd.concat([single, grouped], ignore_index=True)


Source: TypeAlias = "tuple[int, str, int, int] | pd.DataFrame"


def source_tasks(source: Source, job: Job, linter: Linter, taken: pd.DataFrame | None = None) -> Iterable[Task]:
    """The tasks of a partition: a piece of export files, `(number, path, first, stop)`
    (rows `[first, stop)` of a Parquet file, 0-based; -1, -1 for a whole JSONL file), or a
    partition of a Dask DataFrame of gigs. `taken` (`taken_ids`): ids that rows of the
    file's partitions before this one took."""
    if isinstance(source, pd.DataFrame):
        return frame_tasks(source, job.name)
    number, path, first, stop = source
    rows = range(int(first), int(stop)) if int(first) >= 0 else None
    mine = taken[taken["number"] == number] if taken is not None else taken
    earlier = dict(zip(mine["id"].tolist(), mine["line"].tolist(), strict=True)) if mine is not None else None
    return partition_tasks(str(path), job.input_format, linter.config.max_file_size, rows, earlier)


def check_source(source: Source, number: int, job: Job, taken: pd.DataFrame | None = None) -> Checked:
    """Check partition `number`: `checked_rows`."""
    linter = linter_of(job)
    return checked_rows(linter, source_tasks(source, job, linter, taken), number)


def recheck_source(
    source: Source, number: int, job: Job, wanted: pd.DataFrame, taken: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The items of partition `number`'s gigs that `wanted` (`candidate_groups`) names: `item_rows`. A
    partition without any is not read again."""
    if not (partition_of(wanted["order"]) == number).any():
        return frame([])
    linter = linter_of(job)
    return item_rows(linter, source_tasks(source, job, linter, taken), number, wanted)


# -- ids across the partitions of a Parquet file ------------------------------------------------
#
# A row cannot take an id that a row before it in the file took (io/sources.py `row_task`):
# each partition's ids are shuffled on the id, and each partition learns only those of its
# ids that an earlier partition took, instead of reading every row before it.

IDS = (("path", "string"), ("id", "string"), ("line", "int64"), ("number", "int64"))


def ids_of(piece: tuple[int, str, int, int], job: Job) -> pd.DataFrame:
    """The ids a piece's rows can take (`partition_ids`), with their line and the piece."""
    number, path, first, stop = piece
    found = list(partition_ids(path, linter_of(job).config.max_file_size, range(first, stop)))
    return _typed({"path": [path] * len(found), "id": [i for i, _ in found], "line": [n for _, n in found],
                   "number": [number] * len(found)}, IDS)


def taken_ids(ids: pd.DataFrame) -> pd.DataFrame:
    """Of a shuffled partition of ids (every row of its ids): each piece's ids that a row
    of an earlier piece of the file took (`number`, `id`, and the `line` that took it)."""
    ids = ids.sort_values(["path", "id", "line"], kind="stable").reset_index(drop=True)
    first = ids.groupby(["path", "id"], sort=False)[["line", "number"]].transform("first")
    later = (ids["number"] > first["number"]).to_numpy()
    return ids[later].assign(line=first["line"].to_numpy()[later]).drop_duplicates(["number", "id"])


def ids_meta() -> pd.DataFrame:
    return _typed({}, IDS)


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


def findings_of(gigs: pd.DataFrame, job: Job) -> pd.DataFrame:
    """The findings table of a pandas DataFrame of gigs, without the cross-gig rules
    (those need every partition: gigcheck.dask): what a Spark `mapInPandas` runs."""
    checked, _ = check_source(gigs, 0, job)
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


def spark_schema() -> str:
    """The findings' columns as a Spark DDL schema, for `mapInPandas(..., schema=...)`."""
    return ", ".join(f"`{name}` {'BIGINT' if kind == 'int64' else 'STRING'}" for name, kind in COLUMNS)
