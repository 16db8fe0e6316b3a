"""The marketplace's own name in the shared vocabulary: `{marketplace}` in a word list of
`[vocab.invitation]` or `[vocab.payment]` ("outside {marketplace}", "skip {marketplace}
fees") stands for each name the pack gives in `[vocab.invitation] marketplace_names`
(the fiverr pack: "fiverr"; the upwork pack: "upwork"). The shared lists then say how
sellers leave a marketplace, and each pack which marketplace it is; a pack that names
none (generic) keeps only the phrases without a name ("outside the platform")."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PLACEHOLDER = "{marketplace}"
# The tables whose word lists may hold the placeholder.
TABLES = ("invitation", "payment")


def with_marketplace(tables: Mapping[str, Any]) -> Mapping[str, Any]:
    """`tables` with each entry holding `{marketplace}` replaced by one entry per name of
    the pack's marketplace (none when it names none). Tables without the placeholder are
    returned as they are (the same objects)."""
    inv = tables.get("invitation")
    raw = inv.get("marketplace_names", ()) if isinstance(inv, Mapping) else ()
    names = [raw] if isinstance(raw, str) else [n for n in raw if isinstance(n, str) and n.strip()]
    out = dict(tables)
    for key in TABLES:
        table = tables.get(key)
        if isinstance(table, Mapping):
            out[key] = _expanded(table, [n.casefold() for n in names])
    return out


def _expanded(table: Mapping[str, Any], names: list[str]) -> Mapping[str, Any]:
    changed = False
    out: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, list) and any(isinstance(v, str) and PLACEHOLDER in v for v in value):
            changed = True
            words: list[Any] = []
            for v in value:
                if isinstance(v, str) and PLACEHOLDER in v:
                    words.extend(v.replace(PLACEHOLDER, n) for n in names)
                else:
                    words.append(v)
            out[key] = list(dict.fromkeys(words))
        else:
            out[key] = value
    return out if changed else table
