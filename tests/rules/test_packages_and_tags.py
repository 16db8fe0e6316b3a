"""Package and tag rules (GC112-GC123) on whole gigs: each finding at its field, the
near-duplicate key, the limits as pack options, and linear time on hostile sizes."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

from gigcheck.rules.tags import near_key

PACKAGE_CODES = [f"GC1{n}" for n in range(12, 24)]

FOUR_PACKAGES = """---
title: I will design a minimalist logo
tags: [logo design, brand identity, vector logo]
packages:
  Basic:
    price: $3
    delivery: 2
  Standard:
    price: 30
    delivery: 3
  Premium:
    price: 60
    delivery: 5
  Gold:
    price: 90
    delivery: 7
---
I design clean, modern logos for small businesses.
"""


def test_four_packages_and_a_3_dollar_package_each_at_their_line(lint):
    found = {(f.rule, f.line, f.column) for f in lint(FOUR_PACKAGES) if f.rule in PACKAGE_CODES}
    assert found == {("GC112", 14, 3), ("GC113", 6, 12)}


def test_the_limits_are_the_packs_options(lint, tmp_path):
    pack = tmp_path / "loose.toml"
    pack.write_text('[pack]\nname = "loose"\n')  # no limits set: no package or tag limit is checked
    found = [f.rule for f in lint(FOUR_PACKAGES, policy=str(pack)) if f.rule in PACKAGE_CODES]
    assert found == []


@pytest.mark.parametrize("a,b", [("logo design", "Logo-Designs"), ("voice over", "voiceover"),
                                 ("Web Site", "web_sites"), ("SEO.", "seo")])
def test_near_duplicates_share_a_key(a, b):
    assert near_key(a) == near_key(b)


@pytest.mark.parametrize("a,b", [("glass", "glasses"), ("logo", "logo design"), ("bus", "bu")])
def test_different_tags_do_not(a, b):
    assert near_key(a) != near_key(b)


def _tags(k: int) -> str:
    title = " ".join(f"word{i}" for i in range(k))
    tags = ", ".join(" ".join(f"word{j}" for j in range(i, i + 1 + i % 6)) for i in range(k))
    return f"---\ntitle: I will {title}\ntags: [{tags}]\n---\nI design logos.\n"


def _headings(k: int) -> str:
    packages = "".join(f"  P{i}:\n    price: {i + 5}\n    delivery: {1 + i % 9}\n" for i in range(k))
    text = "".join(f"### Name {i}\nText.\n\n" for i in range(k))
    return f"---\ntitle: I will design a logo\npackages:\n{packages}---\nI design logos.\n\n## Packages\n\n{text}"


@pytest.mark.perf
@pytest.mark.parametrize("make,codes", [(_tags, ["GC122", "GC123"]), (_headings, PACKAGE_CODES[:8])],
                         ids=["tags", "packages"])
def test_many_tags_and_packages_in_linear_time(lint, make, codes):
    assert_linear(lambda k: lint(make(k), select=codes), 200, make.__name__)


def test_tag_and_package_counts_are_said_in_the_singular_too() -> None:
    from gigcheck import lint_text, load_config

    config = load_config(discover=False)
    gig = "---\ntitle: I will design a minimalist logo\ntags: [logo, minimalist logo desig]\n---\nI design logos.\n"
    by_code = {f.rule: f for f in lint_text(gig, config=config)}
    assert (by_code["GC121"].suggestion or "").endswith("shorten it by 1 character.")  # 21 characters, limit 20
    assert by_code["GC120"].message == "The gig has 2 tags; at least 3 are needed."
    one = gig.replace("[logo, minimalist logo desig]", "[logo]")
    assert next(f for f in lint_text(one, config=config) if f.rule == "GC120").message.startswith("The gig has 1 tag;")
