"""Config keys are kebab-case (`fail-on`, `max-length`, `extend-allowed-hosts`); the
snake_case spellings gigcheck once documented still work, with a deprecation note.

One translation serves every table a project config may hold: the top-level keys keep
their kebab-case form; the keys inside `[rules.<name>]`, `[vocab.<table>]` and
`[define.<name>]` become the snake_case names the code (and the shipped packs) use.
Names that are data (a rule's name, a platform's table) are never touched.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

EXTEND = "extend-"
NESTED = ("rules", "vocab", "define")  # tables of tables whose keys are translated


def _internal(key: str) -> tuple[str, bool]:
    """A nested key's internal (snake_case) name, and whether it was written the old way."""
    for prefix in (EXTEND, "extend_"):
        if key.startswith(prefix):
            base = key[len(prefix):]
            return EXTEND + base.replace("-", "_"), prefix != EXTEND or "_" in base
    return key.replace("-", "_"), "_" in key


def _spelled(internal: str) -> str:
    """How a key is written now (kebab-case)."""
    return internal.replace("_", "-")


def kebab_config(
    table: Mapping[str, Any], where: str, known: Collection[str]
) -> tuple[dict[str, Any], list[str]]:
    """A project config's table with keys in the form the loader reads (`known`: the
    top-level keys), and one deprecation note per key written the old (snake_case) way."""
    notes: list[str] = []

    def note(written: str, dotted_now: str) -> None:
        notes.append(f"{where}: '{written}' is deprecated; write '{dotted_now}'")

    out: dict[str, Any] = {}
    for key, value in table.items():
        top = key.replace("_", "-")
        if top == key or top not in known:
            top = key  # unknown either way: the loader names it as written
        else:
            note(key, top)
        if top in NESTED and isinstance(value, dict):
            value = {name: _inner(sub, f"{top}.{name}", note) for name, sub in value.items()}
        out[top] = value
    return out, notes


def _inner(sub: Any, dotted: str, note: Callable[[str, str], None]) -> Any:
    if not isinstance(sub, dict):
        return sub
    out = {}
    for key, value in sub.items():
        internal, old = _internal(key)
        if old:
            note(f"{dotted}.{key}", f"{dotted}.{_spelled(internal)}")
        out[internal] = value
    return out
