"""gigcheck on Dask: a catalogue of gigs (a Dask DataFrame, or Parquet / JSONL exports) →
a Dask DataFrame of findings, the same as a single-machine run's, finding for finding.

    import gigcheck.dask as gd
    findings = gd.check_gigs(["exports/"], gigcheck.load_config())   # or a Dask DataFrame
    findings.to_parquet("findings/")          # or gd.write_findings(findings, "findings/")

Install with `pip install 'gigcheck[dask]'`. How it runs (partition.py does the work):

1. Each partition (a Parquet file's rows, a whole JSONL file, or a partition of the
   DataFrame given) is checked by the CLI's code path. The configuration travels once
   to each worker, as a dependency of every partition's task; each worker builds its
   Linter from it once (the compiled pack from the build cache). A Parquet file split
   in several partitions first has its ids shuffled, so that each partition learns
   which of its ids a row before it took (an error, as in the local run) without
   reading those rows.
2. Cross-gig rules, from the keys each gig yields (engine/crossgig.py). Until every
   partition is checked, only bare keys are kept of a gig, in the shuffles (Dask keeps
   their shards on disk): a worker holds its partition, not the corpus.
   - GC901 (shared contact detail): (identifier, gig, seller) rows, shuffled on the
     identifier: the gigs of an identifier that several sellers share are candidates;
   - GC902 (copied description): each gig's MinHash LSH bands, as 64-bit hashes,
     shuffled on the band: gigs sharing a band with another are candidates.
   GC902's candidates are grouped into the connected sets of gigs that share a band
   (partition.py `candidate_groups`, one task over bare numbers). Only the candidates
   are read and checked again, for their keys and the findings they would get; their
   items are shuffled on the identifier (GC901) or the group (GC902), and each shuffled
   partition, whole identifiers and groups, is matched by engine/crossgig.py's
   `BatchMatcher` at the rule's threshold, as the local run matches all gigs. The
   findings are the same: a gig that is no candidate shares no key and changes no one's
   match, and the LSH buckets that pair a gig with others hold gigs of its group only,
   in the same order. A task holds its groups, never every candidate (one group of
   thousands of variants of a template is still one task: they are matched together).
3. The cross-gig findings are their own partitions, after every partition's
   (`check_gigs`), split again by input partition (the k-th holds the k-th input
   partition's, so no task gathers all of them); a partition's other rows never wait
   for them: they are written as soon as it is checked. The CLI, which reports each
   gig's findings together, merges the k-th of each on the client (cluster.py).

Columns: engine/finding_rows.py (the JSON fields, `path`, `file`, `id`, `seller`, and
`error` for a row that could not be read). Rows are in input order within each
partition, the cross-gig partition included.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from gigcheck.dask.partition import (
    ROW_BITS,
    Checked,
    Job,
    bare_meta,
    candidate_groups,
    check_source,
    cross_findings,
    frame,
    ids_meta,
    ids_of,
    job_for,
    linter_of,
    partition_of,
    recheck_source,
    shared_keys,
    taken_ids,
)
from gigcheck.engine.finding_rows import NAMES
from gigcheck.policy.config import Config
from gigcheck.rules.crossgig import BatchRule

if TYPE_CHECKING:
    import dask.dataframe as dd

# Gigs per partition of a Parquet export (whole row groups, or slices of one): ~8 s of one core on seller
# text, so tasks dwarf Dask's overhead while a few workers still get several partitions
# each (a slow one is caught up with) and a worker's memory stays small.
PARTITION_ROWS = 5_000
Piece = tuple[int, str, int, int]

__all__ = ["check_gigs", "checked_gigs", "pieces", "write_findings", "Job", "job_for"]


def pieces(files: Sequence[str], input_format: str, partition_rows: int = PARTITION_ROWS) -> list[Piece]:
    """The partitions of export files, in input order: `(number, path, first, stop)`,
    rows `[first, stop)` of a Parquet file (whole row groups, at least `partition_rows`
    rows together; a row group larger than that in slices of `partition_rows`, so an
    export written as one row group is still several partitions), or a whole JSONL
    file (-1, -1)."""
    out: list[Piece] = []
    for path in files:
        if input_format != "parquet":
            out.append((len(out), path, -1, -1))
            continue
        sizes = _row_group_sizes(path)
        if not sizes:  # unreadable: its error comes from checking it
            out.append((len(out), path, 0, 1))
            continue
        first = at = 0
        for g, n in enumerate(sizes):
            end = at + n
            if n > partition_rows:
                if first < at:
                    out.append((len(out), path, first, at))
                first = at
                while end - first > partition_rows:
                    out.append((len(out), path, first, first + partition_rows))
                    first += partition_rows
            if end - first >= partition_rows or g == len(sizes) - 1:
                out.append((len(out), path, first, end))
                first = end
            at = end
    return out


def _row_group_sizes(path: str) -> list[int]:
    import pyarrow.parquet as pq

    from gigcheck.io.reading import InputError, open_binary

    try:
        with open_binary(path) as stream:
            meta = pq.ParquetFile(stream).metadata
            return [meta.row_group(g).num_rows for g in range(meta.num_row_groups)]
    except (InputError, OSError, ValueError, Exception):  # pyarrow's errors: reported when the piece is read
        return []


def _meta() -> pd.DataFrame:
    return frame([])


def _sources(gigs: dd.DataFrame | Sequence[str] | str, job: Job, partition_rows: int) -> list[Any]:
    """The partitions' sources, in order: pieces of export files (partition.py's
    `Source`), or a Dask DataFrame's partitions (Delayed)."""
    import dask.dataframe as dd

    if isinstance(gigs, dd.DataFrame):
        return list(gigs.to_delayed())
    files = _files([gigs] if isinstance(gigs, str) else list(gigs), job)
    return list(pieces(files, job.input_format, partition_rows))


def _taken(sources: list[Any], job: Job, shipped: Any) -> Any:
    """The ids that rows of a Parquet file's earlier partitions took, for the files split
    in several partitions (partition.py `taken_ids`): a small frame (Delayed), or None."""
    import dask

    paths = [s[1] for s in sources if isinstance(s, tuple)]
    split = [s for s in sources if isinstance(s, tuple) and paths.count(s[1]) > 1]
    if job.input_format != "parquet" or not split:
        return None
    ids = _frame([dask.delayed(ids_of, pure=True)(s, shipped) for s in split], ids_meta())
    taken = dask.delayed(taken_ids, pure=True)
    return dask.delayed(pd.concat, pure=True)([taken(group) for group in ids.shuffle("id").to_delayed()])


def _again(sources: list[Any]) -> list[Any]:
    """The same sources under new names, so that the cross-gig pass reads a DataFrame's
    partitions again instead of every worker keeping its partitions until then."""
    from dask.graph_manipulation import clone

    delayed = [n for n, s in enumerate(sources) if hasattr(s, "__dask_graph__")]
    if not delayed:
        return sources
    copies = clone(*(sources[n] for n in delayed))
    again = list(sources)
    for n, copy in zip(delayed, copies if len(delayed) > 1 else [copies], strict=True):
        again[n] = copy
    return again


def _files(paths: list[str], job: Job) -> list[str]:
    """Files and folders → the export files, as the CLI finds them (io/discovery.py)."""
    from gigcheck.io.discovery import expand
    from gigcheck.io.sources import SUFFIXES

    selection = job.config.file_selection(markdown=False)
    return [os.fspath(p) for p in expand(paths, selection, SUFFIXES[job.input_format])]


def checked_gigs(
    gigs: dd.DataFrame | Sequence[str] | str,
    config: Config,
    *,
    input_format: str = "parquet",
    redact: bool = False,
    name: str = "gigs",
    partition_rows: int = PARTITION_ROWS,
) -> tuple[dd.DataFrame, dd.DataFrame]:
    """`(per_gig, cross)`: every gig's row (`kind` "gig") and its findings (`kind`
    "finding") but the cross-gig ones, per input partition in input order; and the
    cross-gig findings, as many partitions, the k-th with the k-th input partition's, in
    input order (`order`, `seq`: columns in partition.py). A partition's per-gig rows
    are ready (written, then forgotten) as soon as it is checked; until every partition
    is, the workers keep only the bare keys of the shuffles (partition.py `bare_keys`).
    The CLI's report is written from both (cluster.py merges them on the client)."""
    import dask
    import dask.dataframe as dd

    job = job_for(config, redact=redact, input_format=input_format, name=name)
    shipped = dask.delayed(job, pure=True)  # one graph key: each worker receives it once
    sources = _sources(gigs, job, partition_rows)
    taken = _taken(sources, job, shipped)
    check = dask.delayed(check_source, pure=True)
    checked = [check(source, n, shipped, taken) for n, source in enumerate(sources)]
    per_gig = _frame([dask.delayed(_rows, pure=True)(c) for c in checked], _meta())
    batch = linter_of(job).batch
    if not sources:
        return per_gig, dd.from_pandas(_meta(), npartitions=1)
    if not batch:
        return per_gig, dd.from_map(_no_rows, range(len(sources)), meta=_meta(), enforce_metadata=False)
    shared = dask.delayed(shared_keys, pure=True)
    wanted = []
    for rc, rule in batch:
        assert isinstance(rule, BatchRule)
        code = rc.rule.code
        bare = _frame([dask.delayed(_bare, pure=True)(c, code) for c in checked], bare_meta(rule))
        on = "band" if rule.index == "near-duplicate" else "key"
        wanted += [shared(group, code) for group in bare.shuffle(on).to_delayed()]
    # The candidates, in one small frame of numbers; only their gigs are read and checked again.
    candidates = dask.delayed(candidate_groups, pure=True)(wanted)
    recheck = dask.delayed(recheck_source, pure=True)
    again = _again(sources)
    items = _frame([recheck(source, n, shipped, candidates, taken) for n, source in enumerate(again)], _meta())
    find = dask.delayed(cross_findings, pure=True)
    cross = []
    for rc, rule in batch:
        assert isinstance(rule, BatchRule)
        mine = items[items["item"] == rc.rule.code]
        # Every gig of a group of candidates that share bands (GC902), or of an identifier
        # (GC901), in the same task: a task holds whole groups, not every candidate.
        on = "group" if rule.index == "near-duplicate" else "key"
        cross += [find(group, shipped) for group in mine.shuffle(on).to_delayed()]
    return per_gig, _by_partition(_frame(cross, _meta()), len(sources))


def _by_partition(rows: dd.DataFrame, n: int) -> dd.DataFrame:
    """Rows of gigs from `n` input partitions, split by the gig's partition: partition k
    holds input partition k's, in input order (a shuffle on ranges of `order`). Before,
    one task gathered every cross-gig finding (18.7 MiB held by a worker at 200,000 gigs,
    7.4 at 80,000: memory that grew with the corpus)."""
    divisions = [k << ROW_BITS for k in range(n)] + [(n << ROW_BITS) - 1]
    ranged = rows.set_index(rows["order"].astype("int64"), divisions=divisions, sort=True)
    return ranged.map_partitions(_in_order, meta=_meta())


def _frame(parts: list[Any], meta: pd.DataFrame) -> dd.DataFrame:
    import dask.dataframe as dd

    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def _rows(checked: Checked) -> pd.DataFrame:
    return checked[0]


def _bare(checked: Checked, code: str) -> pd.DataFrame:
    return checked[1][code]


def _no_rows(_: int) -> pd.DataFrame:
    return _meta()


def _in_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows in input order, each gig's in its order (whatever their index)."""
    return rows.reset_index(drop=True).sort_values(["order", "seq"], kind="stable").reset_index(drop=True)


def with_added(part: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """A partition's per-gig rows with the cross-gig findings of its gigs, each gig's rows
    in order (as the local run reports them)."""
    if part.empty or added.empty:
        return part
    number = int(part["order"].iloc[0]) >> ROW_BITS
    mine = added[partition_of(added["order"]) == number]
    if mine.empty:
        return part
    return _in_order(pd.concat([part, mine]))


def check_gigs(
    gigs: dd.DataFrame | Sequence[str] | str,
    config: Config | None = None,
    *,
    input_format: str = "parquet",
    name: str = "gigs",
    partition_rows: int = PARTITION_ROWS,
) -> dd.DataFrame:
    """The findings of a catalogue of gigs, one row per finding (and one per row that
    could not be read, `error` set), cross-gig rules included: a partition per input
    partition, in input order, with its gigs' findings but the cross-gig ones, then as
    many partitions with the cross-gig findings of each, in input order. So a partition is
    written (`write_findings`) as soon as it is checked: no worker holds it while the
    cross-gig pass waits for every partition's keys.

    gigs: a Dask DataFrame with the export's columns (`id`, `seller`, `title`, ...;
    its gigs are named `<name>#<id>`), or Parquet / JSONL files and folders
    (`input_format`), named `<file>#<id>` as by the CLI.
    config: `gigcheck.load_config(...)`; None: the default pack.
    """
    if config is None:
        from gigcheck.policy.config import load_config

        config = load_config(discover=False)
    import dask.dataframe as dd

    per_gig, cross = checked_gigs(gigs, config, input_format=input_format, name=name, partition_rows=partition_rows)
    meta = _findings(_meta())
    return dd.concat([per_gig.map_partitions(_findings, meta=meta), cross.map_partitions(_findings, meta=meta)])


def _findings(part: pd.DataFrame) -> pd.DataFrame:
    return part.loc[part["kind"] == "finding", list(NAMES)].reset_index(drop=True)


def write_findings(findings: dd.DataFrame, directory: str) -> list[str]:
    """Write each partition of `findings` as `part-NNNNN.parquet` in `directory`,
    atomically (a temporary name, then a rename): a task Dask retries (a worker killed)
    writes its part again, whole, never twice. The paths written, in order."""
    import dask

    os.makedirs(directory, exist_ok=True)
    parts = findings.to_delayed()
    writes = [dask.delayed(_write_part)(part, directory, n) for n, part in enumerate(parts)]
    written: tuple[str, ...] = dask.compute(*writes)
    return list(written)


def _write_part(part: pd.DataFrame, directory: str, number: int) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from gigcheck.engine.finding_rows import arrow_schema

    path = os.path.join(directory, f"part-{number:05d}.parquet")
    temp = f"{path}.{os.getpid()}.tmp"
    table = pa.Table.from_pandas(part[list(NAMES)], schema=arrow_schema(), preserve_index=False)
    pq.write_table(table, temp)
    os.replace(temp, path)
    return path
