"""The README's worked pack ("Choosing, extending and writing a pack") loads as written
and checks a gig with its values: euros, its limits, its home marketplace, its rule
written as data, and a source for every value it sets."""
from __future__ import annotations

import re

from conftest import ROOT

from gigcheck import lint_text
from gigcheck.policy.config import load_config
from gigcheck.policy.packs import load_pack, read_toml
from gigcheck.policy.sources import set_keys

GIG = """---
title: Hand-thrown ceramic mug set
packages:
  Basic:
    price: 6 EUR
    delivery: 21
---

## Description

Four mugs thrown to order, with guaranteed sales of your brand. I'm also on Etsy.
"""


def _example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Choosing, extending and writing a pack", 1)[1]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)


def test_the_readme_pack_loads_and_runs(tmp_path):
    pack = tmp_path / "craftmarket.toml"
    pack.write_text(_example(), encoding="utf-8")
    config = load_config(policy=str(pack), discover=False)
    got = {(f.rule, f.message) for f in lint_text(GIG, config=config)}
    assert got == {
        ("GC113", "The package `Basic` costs 6 EUR; the lowest price is €8."),
        ("GC116", "The package `Basic` takes 21 days; the longest delivery is 14 days."),
        ("GC682", 'Avoid "guaranteed sales": say what the buyer gets.'),
        ("GC703", 'This sends buyers to Etsy, another marketplace: "also on Etsy".'),
    }


def test_the_readme_pack_sources_every_value(tmp_path):
    pack = tmp_path / "craftmarket.toml"
    pack.write_text(_example(), encoding="utf-8")
    covered = {c for s in load_pack(str(pack))["sources"].values() for c in s.covers}
    own = set_keys(read_toml(pack), str)  # what the file itself sets, not its base
    assert own and set(own) <= covered
