"""JSON that users hand us (export rows, JSON in a CSV cell, baselines) → Python values
that every later step can hold, walk, print and send to a worker.

`json.loads` alone lets hostile values through to whoever reads the result:

- an integer of more than 4,300 digits raises ValueError (Python's limit on int ↔ text);
  it is kept as its digits, as text: a price of 5,000 digits is a bad price, not a crash;
- NaN, Infinity and -Infinity are not JSON, and 1e400 is no float: all are kept as text;
- nesting past the recursion limit raises RecursionError in the parser, and nesting just
  below it does so later, in whatever walks the value (json.dumps, pickling for a worker):
  values nested more than MAX_DEPTH levels deep are refused here, with a one-line reason;
- a key given twice in one object keeps the last value silently: each repeat is noted.
"""
from __future__ import annotations

import json
import math
from typing import Any

# A gig row is an object of lists of objects of values: 4 levels. Platform exports may
# nest metadata deeper; nothing real comes near this.
MAX_DEPTH = 64
# Python refuses to turn longer digit strings into an int (sys.get_int_max_str_digits).
MAX_INT_DIGITS = 4300


class JsonValueError(ValueError):
    """A JSON value refused for its shape; str() is the one-line reason."""


def _int(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else text


def _float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text


def _constant(text: str) -> str:
    return text


def nesting_over(value: Any, limit: int) -> bool:
    """Whether `value` nests lists and objects more than `limit` levels deep (iteratively:
    the point is not to recurse)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))
    return False


def load_json(text: str | bytes, duplicates: list[str] | None = None) -> Any:
    """`text` as a JSON value. Raises json.JSONDecodeError for text that is not JSON and
    JsonValueError for a value nested too deeply; appends to `duplicates` each key that
    an object gives more than once."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if duplicates is not None and len(out) < len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    duplicates.append(key)
                seen.add(key)
        return out

    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant, object_pairs_hook=pairs)
    except RecursionError:
        raise JsonValueError(f"nested more than {MAX_DEPTH} levels deep") from None
    if nesting_over(value, MAX_DEPTH):
        raise JsonValueError(f"nested more than {MAX_DEPTH} levels deep")
    return value
