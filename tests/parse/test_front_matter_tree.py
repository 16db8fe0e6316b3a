"""The located tree of the front matter (document/front_matter_tree.py)."""
from __future__ import annotations

import yaml

from gigcheck.document.front_matter_tree import MAPPING, SCALAR, SEQUENCE, located_tree
from gigcheck.document.markdown import parse_gig


def test_types_and_places():
    gig = parse_gig("---\ntitle: 5\ntags: [a, yes]\nprice: '25'\n---\nBody.\n")
    tree = gig.front_matter_tree
    assert tree is not None and tree.kind == MAPPING
    (title_key, title), (_, tags), (_, price) = tree.entries()
    assert (title.kind, title.type, title.value) == (SCALAR, "int", "5")
    assert gig.index.position(title_key.start) == (2, 1) and gig.index.position(title.start) == (2, 8)
    assert tags.kind == SEQUENCE and [t.type for t in tags.items] == ["str", "bool"]
    assert price.type == "str"  # quoted


def test_aliases_are_shared_not_expanded():
    # 9 levels of 9 aliases: 9**9 leaves expanded, 10 distinct nodes here
    lines = ["a0: &a0 [x]"] + [f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 9)}]" for k in range(1, 10)]
    tree = located_tree(yaml.compose("\n".join(lines), Loader=yaml.SafeLoader), 0)
    top = tree.items[-1]
    assert top.items[0] is top.items[8]  # one object, however many aliases


def test_a_recursive_alias_ends():
    tree = located_tree(yaml.compose("a: &a [x, *a]", Loader=yaml.SafeLoader), 0)
    (_, a), = tree.entries()
    assert a.kind == SEQUENCE and a.items[1].type == "other"
