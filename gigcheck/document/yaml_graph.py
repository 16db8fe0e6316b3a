"""Front matter as PyYAML composes it is a graph, not a tree: an alias (`*a`) is the very
node its anchor (`&a`) names. Reading it as a tree expands every alias again, which is
exponential (nine aliases of nine aliases of ...: 234 bytes took 16 s and 0.5 GB) or
endless (an alias inside its own anchor). `check_graph` walks the graph once, iteratively
and within bounds, before anything reads it as a tree; it also finds repeated keys, which
YAML forbids and PyYAML silently resolves to the last value.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A gig's front matter has tens of values; a template package reused three times through
# an alias adds tens more. Values read again through aliases beyond this are refused.
MAX_REPEATS = 1000
# Deeper than any real front matter (packages of fields of lists), and far below the
# recursion limit of the readers that walk the tree afterwards.
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class GraphProblem:
    """Why the front matter cannot be read as a tree: `start`/`end` index its text."""

    start: int
    end: int
    message: str


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key repeated in one mapping (compared without case: gigcheck reads `Title` as
    `title`). `key` is the repeat's node, `first` the earlier one's."""

    key: Any
    first: Any


def _children(node: Any) -> list[Any]:
    if node.id == "scalar":
        return []
    if node.id == "sequence":
        return list(node.value)
    return [n for pair in node.value for n in pair]


def _key_text(node: Any) -> str | None:
    return str(node.value).lower() if node.id == "scalar" else None


def _duplicates(mapping: Any) -> list[DuplicateKey]:
    first: dict[str, Any] = {}
    out = []
    for key, _ in mapping.value:
        text = _key_text(key)
        if text is None:
            continue
        if text in first:
            out.append(DuplicateKey(key, first[text]))
        else:
            first[text] = key
    return out


def _at(node: Any, message: str) -> GraphProblem:
    return GraphProblem(node.start_mark.index, node.end_mark.index, message)


def check_graph(root: Any) -> tuple[GraphProblem | None, list[DuplicateKey]]:
    """(why the graph cannot be read as a tree, or None; the repeated keys, in order).

    Refused: a value that contains itself through an alias, more than MAX_REPEATS values
    read again through aliases, nesting deeper than MAX_DEPTH. Keys are walked too: a
    complex key is a node like any other.
    """
    seen: set[int] = set()
    open_: set[int] = set()  # the nodes on the path from the root: a loop comes back to one
    repeats = 0
    duplicates: list[DuplicateKey] = []
    stack: list[tuple[Any, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, leaving = stack.pop()
        key = id(node)
        if leaving:
            open_.discard(key)
            continue
        if key in open_:
            return _at(node, "an alias refers to a value that contains it, so it never ends"), duplicates
        if depth > MAX_DEPTH:
            return _at(node, f"it is nested more than {MAX_DEPTH} levels deep"), duplicates
        if key in seen:
            repeats += 1
            if repeats > MAX_REPEATS:
                why = f"its aliases repeat more than {MAX_REPEATS:,} values (a gig's fields need tens)"
                return _at(node, why), duplicates
        else:
            seen.add(key)
            if node.id == "mapping":
                duplicates += _duplicates(node)
        if node.id == "scalar":
            continue
        open_.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))
    return None, sorted(duplicates, key=lambda d: int(d.key.start_mark.index))
