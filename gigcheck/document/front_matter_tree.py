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


# Not frozen, though never changed once built (one per value of every gig's front
# matter: a frozen dataclass's __init__ costs four times as much); hashed by value.
@dataclass(slots=True, unsafe_hash=True)
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
    if root.id == SCALAR:
        return _scalar(root, base)
    built: dict[int, FmNode] = {}
    entered: set[int] = set()
    # Children before parents, without recursion: nesting depth is the file's to choose.
    # Scalars (most values) are built as their parent is entered, never stacked.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in built or (not children_done and key in entered):
            continue
        children = [c for pair in node.value for c in pair] if node.id == MAPPING else list(node.value)
        if not children_done:
            entered.add(key)
            stack.append((node, True))
            for c in children:
                if id(c) in built:
                    continue
                if c.id == SCALAR:
                    built[id(c)] = _scalar(c, base)
                else:
                    stack.append((c, False))
            continue
        start, end = base + node.start_mark.index, base + node.end_mark.index
        # A child still unbuilt is an alias of a node that contains it (`&a [*a]`).
        done = [built.get(id(c)) or FmNode(SCALAR, start, end, type="other") for c in children]
        if node.id == MAPPING:
            built[key] = FmNode(MAPPING, start, end, items=tuple(done[1::2]), keys=tuple(done[0::2]))
        else:
            built[key] = FmNode(SEQUENCE, start, end, items=tuple(done))
    return built[id(root)]


def _scalar(node: Any, base: int) -> FmNode:
    tag = str(node.tag).rsplit(":", 1)[-1]
    value = str(node.value)
    return FmNode(SCALAR, base + node.start_mark.index, base + node.end_mark.index, value, _TYPES.get(tag, "other"))
