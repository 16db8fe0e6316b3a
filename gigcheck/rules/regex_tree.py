"""The parse tree `re` runs (`re._parser`), for the linear-time check of patterns
(rules/regex_safety.py): walked, measured, and shown back as pattern text in messages."""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, TypeAlias

Items: TypeAlias = list[Any]  # a parse tree's items: (opcode, argument) pairs
Item: TypeAlias = tuple[Any, Any]
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)

_CAT_TEXT = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_AT_TEXT = {
    C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$", C.AT_END_STRING: r"\Z",
    C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B",
}


def _lit(code: int, in_class: bool = False) -> str:
    ch = chr(code)
    if in_class:
        return "\\" + ch if ch in "\\]^-[" else (ch if ch.isprintable() else f"\\u{code:04x}")
    return re.escape(ch) if ch.isprintable() else f"\\u{code:04x}"


def render(items: Any) -> str:
    """A parse tree (or one item of it) as regex text: for messages."""
    if isinstance(items, tuple):
        return _render_item(items)
    return "".join(_render_item(it) for it in items)


def _render_set(av: Items) -> str:
    if len(av) == 1 and av[0][0] is C.CATEGORY:
        return _CAT_TEXT.get(av[0][1], "?")
    parts = []
    for sub_op, sub in av:
        if sub_op is C.NEGATE:
            parts.append("^")
        elif sub_op is C.LITERAL:
            parts.append(_lit(sub, True))
        elif sub_op is C.RANGE:
            parts.append(f"{_lit(sub[0], True)}-{_lit(sub[1], True)}")
        elif sub_op is C.CATEGORY:
            parts.append(_CAT_TEXT.get(sub, "?"))
    return "[" + "".join(parts) + "]"


_QUANTIFIERS = {(0, C.MAXREPEAT): "*", (1, C.MAXREPEAT): "+", (0, 1): "?"}


def _render_repeat(op: Any, lo: int, hi: Any, body: Items) -> str:
    inner = render(body)
    if not (len(body) == 1 and body[0][0] in (C.LITERAL, C.IN, C.ANY, C.NOT_LITERAL, C.SUBPATTERN)):
        inner = f"(?:{inner})"
    q = _QUANTIFIERS.get((lo, hi))
    if q is None:
        q = f"{{{lo},}}" if hi is C.MAXREPEAT else f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"
    return inner + q + ("?" if op is C.MIN_REPEAT else "+" if op is C.POSSESSIVE_REPEAT else "")


def _render_item(item: Item) -> str:
    op, av = item
    if op is C.LITERAL:
        return _lit(av)
    if op is C.NOT_LITERAL:
        return f"[^{_lit(av, True)}]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _render_set(av)
    if op in REPEATS:
        return _render_repeat(op, *av)
    if op is C.SUBPATTERN:
        return "(" + ("" if av[0] is not None else "?:") + render(av[-1]) + ")"
    if op is C.ATOMIC_GROUP:
        return "(?>" + render(av) + ")"
    if op is C.BRANCH:
        return "(?:" + "|".join(render(b) for b in av[1]) + ")"
    if op is C.AT:
        return _AT_TEXT.get(av, "")
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        kind = ("=" if op is C.ASSERT else "!") if direction == 1 else ("<=" if op is C.ASSERT else "<!")
        return f"(?{kind}{render(body)})"
    if op is C.GROUPREF:
        return f"\\{av}"
    return "…"


def children(item: Item) -> list[Items]:
    """The item lists nested in `item` (a group's, a branch's, a repeat's, a lookaround's)."""
    op, av = item
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.ATOMIC_GROUP:
        return [av]
    if op is C.BRANCH:
        return list(av[1])
    if op in REPEATS:
        return [av[2]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def never_fails_empty(item: Item) -> bool:
    """Whether `item` can always match nothing without an assertion on the way."""
    lo, _hi = P.SubPattern(P.State(), [item]).getwidth()
    if lo:
        return False
    return not _has_assertion([item])


def _has_assertion(items: Items) -> bool:
    return any(
        item[0] in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS)
        or any(_has_assertion(sub) for sub in children(item))
        for item in items
    )


def size(items: Items) -> int:
    """How many character matchers `items` has once its repeats are unrolled (an
    unbounded repeat counted once, a bounded one at most 64 times)."""
    n = 0
    for op, av in items:
        if op is C.SUBPATTERN:
            n += size(av[-1])
        elif op is C.ATOMIC_GROUP:
            n += size(av)
        elif op is C.BRANCH:
            n += sum(size(b) for b in av[1])
        elif op in REPEATS:
            n += size(av[2]) * min(av[1] if av[1] is not C.MAXREPEAT else 1, 64)
        else:
            n += 1
    return n
