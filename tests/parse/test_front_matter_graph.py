"""Front matter is a YAML graph (aliases share nodes): it is read within bounds, its
repeated keys are reported, and the rest of the gig is checked whatever it holds."""
from __future__ import annotations

from pathlib import Path

import pytest

from gigcheck.document.markdown import parse_gig
from gigcheck.document.positions import LineIndex
from gigcheck.document.yaml_graph import MAX_DEPTH, MAX_REPEATS

FIX = Path(__file__).parent / "fixtures" / "hostile"


def _parse(name: str, grammar):
    return parse_gig((FIX / name).read_text(encoding="utf-8"), name, grammar)


def _problems(gig) -> list[tuple[int, int, str]]:
    index = LineIndex(gig.source)
    return [(*index.position(p.start), p.message) for p in gig.parse_problems]


def _rules(findings) -> set[str]:
    return {f.rule for f in findings}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        # 9 aliases of 9 aliases ... five levels: 59,049 values for a tree reader to build.
        ("alias-bomb.md", f"its aliases repeat more than {MAX_REPEATS:,} values (a gig's fields need tens)"),
        ("alias-loop.md", "an alias refers to a value that contains it, so it never ends"),
        # 900 levels: within libyaml's limit, past the recursion limit of a tree reader.
        ("deep-front-matter.md", f"it is nested more than {MAX_DEPTH} levels deep"),
    ],
)
def test_front_matter_that_no_tree_holds_is_refused(name, message, grammar, lint):
    gig = _parse(name, grammar)
    ((line, _, text),) = _problems(gig)
    assert text == f"The front matter cannot be read: {message}."
    assert 2 <= line <= 8
    # Nothing of it was read, and the rest of the gig is checked as usual.
    assert gig.front_matter == {} and gig.packages == []
    findings = lint((FIX / name).read_text(encoding="utf-8"))
    assert {"GC100", "GC201"} <= _rules(findings)


def test_repeated_keys_are_reported_at_the_repeat(grammar, lint):
    gig = _parse("duplicate-keys.md", grammar)
    assert _problems(gig) == [
        (7, 5, "The key `price` is given twice (also on line 6): only the last one is read."),
        (8, 1, "The key `Title` is given twice (also on line 2): only the last one is read."),
    ]
    assert gig.title is not None and gig.title.raw == "I will design a logo"
    findings = lint((FIX / "duplicate-keys.md").read_text(encoding="utf-8"))
    dup = [f for f in findings if f.rule == "GC100"]
    assert [(f.line, f.column, f.end_column) for f in dup] == [(7, 5, 10), (8, 1, 6)]
    assert "GC201" in _rules(findings)


def test_aliases_used_as_meant_are_read(grammar):
    """A package template shared by three packages: each package is read, nothing refused."""
    gig = _parse("aliases-in-use.md", grammar)
    assert gig.parse_problems == []
    assert [(p.name, p.price.raw if p.price else None) for p in gig.packages] == [
        ("basic", "$10"), ("standard", "$10"), ("premium", "$10"),
    ]
