"""The front matter as YAML read it: every value with its type and its place in the source.

The fields a gig's reader takes (document/front_matter.py) are text; whether each value
has the type and shape its field needs (a price that is a number, a package that is a
table) is judged by rules (rules/front_matter.py) on this tree.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCALAR, SEQUENCE, MAPPING = "scalar", "sequence", "mapping"

# YAML's core types by tag; anything else (timestamps, binary, custom tags) is "other".
_TYPES = {"str": "str", "int": "int", "float": "float", "bool": "bool", "null": "null"}


@dataclass(frozen=True, slots=True)
class FmNode:
    """One YAML value. `start`/`end` are offsets into the gig's source. A mapping's
    `keys` pair with its `items`; a sequence has `items` only."""

    kind: str
    start: int
    end: int
    value: str = ""  # a scalar's text as YAML read it (quotes and escapes undone)
    type: str = "str"  # a scalar's type: str, int, float, bool, null or other
    items: tuple[FmNode, ...] = ()
    keys: tuple[FmNode, ...] = ()

    def entries(self) -> list[tuple[FmNode, FmNode]]:
        return list(zip(self.keys, self.items, strict=True))


def located_tree(root: Any, base: int) -> FmNode:
    """The tree of a composed YAML node whose text starts at source offset `base`.
    A node reached twice through aliases is built once and shared, so a small file of
    aliases cannot grow into a large tree."""
    built: dict[int, FmNode] = {}
    entered: set[int] = set()
    # Children before parents, without recursion: nesting depth is the file's to choose.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in built or (not children_done and id(node) in entered):
            continue
        start, end = base + node.start_mark.index, base + node.end_mark.index
        if node.id == "scalar":
            tag = str(node.tag).rsplit(":", 1)[-1]
            built[id(node)] = FmNode(SCALAR, start, end, str(node.value), _TYPES.get(tag, "other"))
            continue
        children = [c for pair in node.value for c in pair] if node.id == MAPPING else list(node.value)
        if not children_done:
            entered.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in built)
            continue
        # A child still unbuilt is an alias of a node that contains it (`&a [*a]`).
        done = [built.get(id(c)) or FmNode(SCALAR, start, end, type="other") for c in children]
        if node.id == MAPPING:
            built[id(node)] = FmNode(MAPPING, start, end, items=tuple(done[1::2]), keys=tuple(done[0::2]))
        else:
            built[id(node)] = FmNode(SEQUENCE, start, end, items=tuple(done))
    return built[id(root)]
