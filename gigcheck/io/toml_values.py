"""TOML that users hand us (project configs, policy packs) → a table, or a one-line reason.

`tomllib` alone has three faults on hostile text: nesting recurses (RecursionError at a
few hundred levels), a key of N dotted parts takes time quadratic in N (50,000 parts:
minutes), and an integer of more than 4,300 digits raises a bare ValueError. Each is a
`TomlValueError` here, before or instead of the parse.
"""
from __future__ import annotations

import tomllib
from typing import Any

from gigcheck.io.json_values import MAX_DEPTH, nesting_over

# A pack's deepest key is `vocab.channels.platforms.skype.aliases`: 5 parts.
MAX_KEY_PARTS = 64


class TomlValueError(tomllib.TOMLDecodeError):
    """TOML refused for its shape; str() is the one-line reason. A TOMLDecodeError, so
    whoever reports invalid TOML reports it."""

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)  # not TOMLDecodeError's (msg, doc, pos)


def _long_key(text: str) -> int | None:
    """The line of a key (or table header) of more than MAX_KEY_PARTS dotted parts."""
    for n, line in enumerate(text.splitlines(), 1):
        if "=" in line:
            key = line.split("=", 1)[0]
        elif line.lstrip().startswith("["):
            key = line
        else:
            continue
        if key.count(".") >= MAX_KEY_PARTS:
            return n
    return None


def load_toml(text: str) -> dict[str, Any]:
    """`text` parsed. Raises tomllib.TOMLDecodeError for text that is not TOML, and
    TomlValueError for TOML too deep or too long to read."""
    line = _long_key(text)
    if line is not None:
        raise TomlValueError(f"line {line}: a key of more than {MAX_KEY_PARTS} dotted parts")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except RecursionError:
        raise TomlValueError(f"nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # an integer past Python's int ↔ text limit
        raise TomlValueError(str(exc).split(";")[0]) from None
    if nesting_over(data, MAX_DEPTH):
        raise TomlValueError(f"nested more than {MAX_DEPTH} levels deep")
    return data
