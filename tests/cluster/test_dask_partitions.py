"""What each partition of a Dask run reads and keeps (gigcheck/dask, issue 17), on Dask's
synchronous scheduler in this process: a partition reads its own rows (and, to check
the ids, nothing before it), and until every partition is checked the workers keep
nothing of a gig but the bare keys the shuffles move."""
from __future__ import annotations

import collections

from dask_support import gig_rows, write_parquet
from lazy_support import lazy_module

dask = lazy_module("dask")
pd = lazy_module("pandas")
pq = lazy_module("pyarrow.parquet")

from gigcheck.engine.finding_rows import NAMES, result_rows  # noqa: E402
from gigcheck.engine.runner import iter_results  # noqa: E402
from gigcheck.policy.config import load_config  # noqa: E402

SELECT = ["GC1", "GC201", "GC9"]


def _local(path: str, config) -> list[tuple]:
    rows = [r for res in iter_results([path], config, input_format="parquet") for r in result_rows(res)]
    return [tuple(r[n] for n in NAMES) for r in rows]


def _cluster(path: str, config, rows: int) -> list[tuple]:
    import gigcheck.dask as gd

    with dask.config.set(scheduler="synchronous"):
        got = gd.check_gigs([path], config, partition_rows=rows).compute()
    return [tuple(None if pd.isna(v) else v for v in row) for row in got[list(NAMES)].itertuples(index=False)]


def test_a_partition_reads_no_row_of_the_partitions_before_it(tmp_path, monkeypatch):
    """Before, each partition read the ids of every row before it, to tell an id used
    twice: the last partition of 10 million gigs read (and kept) 10 million ids."""
    path = str(tmp_path / "gigs.parquet")
    write_parquet(gig_rows(600), path, row_group_size=100)
    reads: collections.Counter[int] = collections.Counter()
    iter_batches = pq.ParquetFile.iter_batches

    def counted(self, *args, **kwargs):
        for group in kwargs.get("row_groups") or range(self.metadata.num_row_groups):
            reads[group] += 1
        return iter_batches(self, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counted)
    _cluster(path, load_config(discover=False, select=SELECT), 100)
    assert sorted(reads) == list(range(6))
    # Its ids, its check, its candidates' check again: never once per later partition.
    assert max(reads.values()) <= 3, reads


def test_an_id_a_row_too_large_to_read_had_is_free_in_later_partitions(tmp_path):
    """A row over the size limit is that row's error and takes no id (the local run):
    a row with the same id in a later partition is checked, not an error."""
    rows = gig_rows(40)
    rows[3]["description"] = "word " * 2000  # over the limit below
    rows[25]["id"] = rows[3]["id"]
    path = str(tmp_path / "gigs.parquet")
    write_parquet(rows, path, row_group_size=10)
    config = load_config(discover=False, select=SELECT, max_file_size=5000)
    local = _local(path, config)
    assert any(r[NAMES.index("error")] and "size limit" in r[NAMES.index("error")] for r in local)
    assert not any(r[NAMES.index("error")] and "already the id" in (r[NAMES.index("error")] or "") for r in local)
    assert sorted(_cluster(path, config, 10), key=str) == sorted(local, key=str)


def _graph(collection) -> dict:
    graph: dict = {}
    for part in collection.to_delayed():
        graph.update(dict(part.__dask_graph__()))
    return graph


def _name(key) -> str:
    return str(key[0] if isinstance(key, tuple) else key)


def test_until_every_partition_is_checked_only_the_shuffles_keep_anything(tmp_path):
    """Issue 17: worker memory flat in the corpus size. A task that waits for every
    partition's check (the cross-gig pass after the shuffles) may depend on what a
    partition gave only through a shuffle (whose shards Dask keeps on disk), never on a
    partition's rows or keys kept in memory until then."""
    from dask.core import get_dependencies

    import gigcheck.dask as gd

    path = str(tmp_path / "gigs.parquet")
    write_parquet(gig_rows(400), path, row_group_size=100)
    graph = _graph(gd.check_gigs([path], load_config(discover=False, select=SELECT), partition_rows=100))
    deps = {k: get_dependencies(graph, k) for k in graph}
    below: dict = {}

    def under(key) -> set:  # every task `key` needs
        if key not in below:
            below[key] = set(deps[key]).union(*(under(d) for d in deps[key]))
        return below[key]

    checks = {k for k in graph if _name(k).startswith("check_source") or "check_piece" in _name(k)}
    assert len(checks) == 4
    after = {k for k in graph if checks <= under(k)}
    held = {d for k in after for d in deps[k] if d not in after and under(d) & (checks | {d})}
    assert held and all("shuffle" in _name(d) or "transfer" in _name(d) for d in held), sorted(map(_name, held))


def test_a_dask_dataframe_s_cross_gig_findings_do_not_depend_on_its_partitions():
    """A Dask DataFrame's candidates are read again from their partition (its tasks
    cloned, not its partitions kept): the cross-gig findings are those of one partition."""
    import dask.dataframe as dd

    import gigcheck.dask as gd

    gigs = pd.DataFrame(gig_rows(400))[["id", "seller", "title", "description"]]  # text columns: Dask keeps them
    gigs = gigs[gigs["id"].notna()].reset_index(drop=True)
    for row in (10, 300):  # one address in two sellers' gigs, two partitions apart
        gigs.loc[row, "description"] += " Mail lina.studio@gmail.com first."
    config = load_config(discover=False, select=SELECT)

    def cross(npartitions: int) -> list[tuple]:
        with dask.config.set(scheduler="synchronous"):
            got = gd.check_gigs(dd.from_pandas(gigs, npartitions=npartitions), config).compute()
        got = got[got["rule"].isin(["GC901", "GC902"])]
        return list(got[["path", "rule", "message"]].itertuples(index=False, name=None))

    whole = cross(1)
    assert {r for _, r, _ in whole} == {"GC901", "GC902"}
    assert cross(4) == whole


def test_candidate_groups_join_gigs_linked_through_other_bands():
    """Gigs 1 and 3 share no band, but each shares one with gig 2 (in another shuffled
    partition of bands): one group. Gigs 5, 6 are another; GC901's candidates have none."""
    from gigcheck.dask.partition import WANTED, _typed, candidate_groups

    def wanted(orders, item, groups):
        return _typed({"order": orders, "item": [item] * len(orders), "group": groups}, WANTED)

    got = candidate_groups([wanted([1, 2], "GC902", [1, 1]), wanted([2, 3, 6, 5], "GC902", [2, 2, 5, 5]),
                            wanted([3, 3], "GC901", [None, None]), wanted([6, 3], "GC902", [5, 3])])
    pairs = {(int(o), i, None if pd.isna(g) else int(g)) for o, i, g in got.itertuples(index=False)}
    assert pairs == {(1, "GC902", 1), (2, "GC902", 1), (3, "GC902", 1), (5, "GC902", 5), (6, "GC902", 5),
                     (3, "GC901", None)}
    assert len(got) == len(pairs)  # each candidate once


ROWS = 20  # gigs per partition below


def _planted() -> tuple[list[dict], list[int]]:
    """400 gigs: gig_rows's pairs of copies (independent groups, far apart), and one
    template in 25 variants (each a word changed: near, not identical), spread over
    the partitions: a group larger than a partition."""
    import random

    rows = gig_rows(400)
    pairs = {(i * 31) % 400 for i in range(10)} | {(i * 31 + 213) % 400 for i in range(10)}
    big = [r for r in range(3, 400, 15) if r not in pairs][:25]
    rng = random.Random(3)
    template = [rng.choice(["brand", "logo", "vector", "poster", "mascot", "deck", "label", "font", "icon"])
                + str(rng.randint(0, 99)) for _ in range(60)]
    for k, r in enumerate(big):
        words = list(template)
        words[k % 60] = f"variant{k}"
        rows[r]["description"] = " ".join(words).capitalize() + "."
    return rows, big


def _order(row: int) -> int:
    return (row // ROWS) << 32 | row % ROWS


def test_copies_are_matched_per_group_of_candidates_not_all_in_one_task(tmp_path, monkeypatch):
    """Issue 17: worker memory flat in the corpus size. Before, one task matched every
    GC902 candidate (~5% of a catalogue: 500,000 signatures and findings at 10 million
    gigs). Now the candidates are grouped (gigs that share a band, directly or through
    others) and each shuffled partition of the groups is matched on its own: a group
    is never split, no task holds every candidate, and the findings are the local run's."""
    import gigcheck.dask as gd

    rows, big = _planted()
    path = str(tmp_path / "gigs.parquet")
    write_parquet(rows, path, row_group_size=ROWS)
    config = load_config(discover=False, select=SELECT)
    calls: list[pd.DataFrame] = []
    find = gd.cross_findings

    def recorded(items, job):
        if not items.empty and (items["item"] == "GC902").all():
            calls.append(items.reindex(columns=["order", "group"]))
        return find(items, job)

    monkeypatch.setattr(gd, "cross_findings", recorded)
    got = _cluster(path, config, ROWS)
    local = _local(path, config)
    rule = NAMES.index("rule")
    assert sorted(got, key=str) == sorted(local, key=str)
    copied = [r for r in local if r[rule] == "GC902"]
    assert [r for r in got if r[rule] == "GC902"] == copied  # in input order
    assert len(copied) >= 40
    items = pd.concat(calls, ignore_index=True)
    assert len(calls) > 1 and max(len(c) for c in calls) < len(items), [len(c) for c in calls]
    group_of = dict(zip(items["order"].tolist(), items["group"].tolist(), strict=True))
    # The big group: one group, over more gigs than a partition has, matched in one task.
    assert len({group_of[_order(r)] for r in big}) == 1
    assert sum(any(o in set(c["order"]) for o in map(_order, big)) for c in calls) == 1
    # Independent copies: groups of their own; each group in one task; several tasks.
    assert items["group"].nunique() >= 8
    tasks = [set(c["group"]) for c in calls]
    assert sum(len(t) for t in tasks) == len(set().union(*tasks))  # no group in two tasks


def test_a_row_group_larger_than_a_partition_is_read_in_slices(tmp_path):
    """An export written as one big row group was one partition (one worker busy, its
    memory the whole file's); it is cut in slices of the partition's size, each read
    alone, with the same findings, row numbers and ids taken as the local run's."""
    import gigcheck.dask as gd

    rows = gig_rows(160)
    rows[130]["id"] = rows[12]["id"]  # taken in an earlier slice: that row's error
    rows[140]["description"] = rows[20]["description"]  # a copy across slices
    one = str(tmp_path / "one.parquet")
    write_parquet(rows, one, row_group_size=1000)
    assert [p[2:] for p in gd.pieces([one], "parquet", 50)] == [(0, 50), (50, 100), (100, 150), (150, 160)]
    mixed = str(tmp_path / "mixed.parquet")  # row groups of 30, 120, 10 rows
    import pyarrow as pa

    with pq.ParquetWriter(mixed, pa.Table.from_pylist(rows[:30]).schema) as writer:
        for lo, hi in ((0, 30), (30, 150), (150, 160)):
            writer.write_table(pa.Table.from_pylist(rows[lo:hi]))
    assert [p[2:] for p in gd.pieces([mixed], "parquet", 50)] == [(0, 30), (30, 80), (80, 130), (130, 160)]
    config = load_config(discover=False, select=SELECT)
    for path in (one, mixed):
        local = _local(path, config)
        assert any(r[NAMES.index("error")] and "already the id of the row on line 13" in r[NAMES.index("error")]
                   for r in local)
        assert any(r[NAMES.index("rule")] == "GC902" for r in local)
        assert sorted(_cluster(path, config, 50), key=str) == sorted(local, key=str)


def test_the_cross_gig_findings_are_split_by_input_partition(tmp_path):
    """Issue 17: worker memory flat in the corpus size. Before, one task gathered every
    cross-gig finding, in one last partition (a worker held 7.4 MiB of results for it at
    80,000 gigs, 18.7 at 200,000). Now the k-th cross-gig partition holds those of input
    partition k's gigs; together, in order, they are the local run's."""
    import gigcheck.dask as gd
    from gigcheck.dask.partition import partition_of

    rows, _ = _planted()
    path = str(tmp_path / "gigs.parquet")
    write_parquet(rows, path, row_group_size=40)
    config = load_config(discover=False, select=SELECT)
    per_gig, cross = gd.checked_gigs([path], config, partition_rows=40)
    assert cross.npartitions == per_gig.npartitions == 10
    with dask.config.set(scheduler="synchronous"):
        parts = dask.compute(*cross.to_delayed())
    for k, part in enumerate(parts):
        assert (partition_of(part["order"]) == k).all(), k
    assert sum(not p.empty for p in parts) >= 5
    got = pd.concat(parts, ignore_index=True)
    local = [r for r in _local(path, config) if r[NAMES.index("rule")] in ("GC901", "GC902")]
    assert [tuple(None if pd.isna(v) else v for v in r) for r in got[list(NAMES)].itertuples(index=False)] == local
