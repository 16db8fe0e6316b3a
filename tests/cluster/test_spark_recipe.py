"""docs/spark.md: the partition function as a PySpark `mapInPandas` UDF. The function is
checked on pandas always; the recipe itself on a local Spark session only where pyspark
and a Java runtime are installed (neither is a dependency)."""
from __future__ import annotations

import re
import shutil

import pytest
from conftest import ROOT
from dask_support import gig_rows, write_parquet
from lazy_support import lazy_module

pd = lazy_module("pandas")

from gigcheck.engine.finding_rows import NAMES, result_rows  # noqa: E402
from gigcheck.engine.runner import iter_results  # noqa: E402
from gigcheck.policy.config import load_config  # noqa: E402

RECIPE = re.search(r"```python\n(.*?)```", (ROOT / "docs" / "spark.md").read_text(), re.S).group(1)


def _local(path: str) -> list[tuple]:
    """The single-machine run's findings without the cross-gig rules, named as the UDF names them."""
    config = load_config(discover=False, ignore=["GC9"])
    rows = [r for res in iter_results([path], config, input_format="parquet") for r in result_rows(res)]
    return sorted((r["path"].replace(path, "gigs"), r["rule"], r["field"], r["column"], r["message"])
                  for r in rows if r["rule"])


def test_the_partition_function_gives_the_cli_findings(tmp_path):
    from gigcheck.dask.partition import findings_of, job_for

    path = str(tmp_path / "gigs.parquet")
    write_parquet(gig_rows(60), path)
    job = job_for(load_config(discover=False, ignore=["GC9"]))
    got = findings_of(pd.read_parquet(path), job)
    assert list(got.columns) == list(NAMES)
    mine = sorted((p, r, f, int(c), m) for p, r, f, c, m in
                  got[got["rule"].notna()][["path", "rule", "field", "column", "message"]].itertuples(index=False))
    assert mine == _local(path)
    assert any(r == "GC201" for _, r, *_ in mine)


def test_the_spark_recipe(tmp_path):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark")
    from pyspark.sql import SparkSession

    path = str(tmp_path / "gigs.parquet")
    write_parquet(gig_rows(60), path)
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    try:
        scope = {"spark": spark, "EXPORTS": path, "FINDINGS": str(tmp_path / "findings")}
        exec(RECIPE, scope)
        got = spark.read.parquet(str(tmp_path / "findings")).toPandas()
    finally:
        spark.stop()
    mine = sorted((p, r, f, int(c), m) for p, r, f, c, m in
                  got[got["rule"].notna()][["path", "rule", "field", "column", "message"]].itertuples(index=False))
    assert mine == _local(path)
