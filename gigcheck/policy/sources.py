"""Where a pack's limits and lists come from: its `[sources.<id>]` tables.

Each source is a page the marketplace publishes (`kind = "published"`: its URL, title and
the date it was read) or gigcheck's own conservative choice (`kind = "gigcheck-default"`,
such as the cap on an extra's price), and `covers` the values it stands for, as dotted
keys: `rules.<rule>.<option>` and `vocab.<table>.<key>`. `verified = false` says the page
was not confirmed to print that value (the marketplace publishes it, but where exactly was
not found): an honest flag for an editor to check, not a guess passed off as a citation.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

KINDS = ("published", "gigcheck-default")
KEYS = {"url", "title", "read", "kind", "verified", "covers", "note"}


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    kind: str
    covers: tuple[str, ...]
    url: str = ""
    read: str = ""
    verified: bool = True
    note: str = ""

    def line(self) -> str:
        """One line for `gigcheck rules`: title, kind, date and whether it was verified."""
        bits = [self.kind]
        if self.read:
            bits.append(f"read {self.read}")
        if self.kind == "published" and not self.verified:
            bits.append("not verified")
        url = f" <{self.url}>" if self.url else ""
        return f"{self.title} ({', '.join(bits)}){url}"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "url": self.url, "read": self.read,
                "verified": self.verified, "note": self.note, "covers": list(self.covers)}


def covered_key(dotted: str) -> str:
    """A covered value's key as compared: the option or vocabulary key in snake_case
    (`rules.too-many-tags.max-tags` -> `rules.too-many-tags.max_tags`)."""
    head, _, last = dotted.rpartition(".")
    return f"{head}.{last.replace('-', '_')}" if head else dotted


def read_sources(table: Any, where: str) -> dict[str, Source]:
    """A file's `[sources]` tables, checked; ValueError("<where>: <one line>") if not."""
    if not isinstance(table, dict):
        raise ValueError(f"{where}: 'sources' must be a table of tables")
    out = {}
    for sid, entry in table.items():
        dotted = f"sources.{sid}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: '{dotted}' must be a table")
        unknown = set(entry) - KEYS
        if unknown:
            raise ValueError(f"{where}: unknown key '{dotted}.{sorted(unknown)[0]}' (known: {', '.join(sorted(KEYS))})")
        kind = entry.get("kind")
        if kind not in KINDS:
            raise ValueError(f"{where}: '{dotted}.kind' must be one of {', '.join(KINDS)}")
        for key in ("title", "url", "note"):
            if key in entry and not isinstance(entry[key], str):
                raise ValueError(f"{where}: '{dotted}.{key}' must be text")
        if not entry.get("title"):
            raise ValueError(f"{where}: '{dotted}' needs a title")
        url, read = entry.get("url", ""), _date(entry.get("read"), f"{where}: '{dotted}.read'")
        if kind == "published" and (not url.startswith("https://") or not read):
            raise ValueError(f"{where}: '{dotted}': a published source needs an https url and the date it was read")
        verified = entry.get("verified", True)
        if not isinstance(verified, bool):
            raise ValueError(f"{where}: '{dotted}.verified' must be true or false")
        covers = entry.get("covers")
        if not isinstance(covers, list) or not covers or not all(isinstance(c, str) for c in covers):
            raise ValueError(f"{where}: '{dotted}.covers' must be a list of the keys it is the source of")
        out[sid] = Source(sid, entry["title"], kind, tuple(covered_key(c) for c in covers), url, read, verified,
                          entry.get("note", ""))
    return out


def _date(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{where} must be a date (YYYY-MM-DD)") from None


def sources_of(sources: Mapping[str, Source], key: str) -> list[Source]:
    """The sources that cover `key` (a dotted `rules.<rule>.<option>` or `vocab.<table>.<key>`)."""
    want = covered_key(key)
    return [s for s in sources.values() if want in s.covers]


RULE_ENTRY_KEYS = frozenset({"enabled", "severity"})  # a rule table's keys that are no limit


def set_keys(part: Mapping[str, Any], rule_name: Callable[[str], str]) -> list[str]:
    """The limits and lists a pack file, fragment or config sets (its `[rules.*]` options
    and `[vocab.*]` keys), as a source's `covers` names them; `rule_name` turns a rule's
    code or former name into its name."""
    keys = []
    for rule, table in part.get("rules", {}).items():
        if isinstance(table, dict):
            keys += [f"rules.{rule_name(rule)}.{k.removeprefix('extend-')}" for k in table if k not in RULE_ENTRY_KEYS]
    for topic, table in part.get("vocab", {}).items():
        if isinstance(table, dict):
            keys += [f"vocab.{topic}.{k.removeprefix('extend-')}" for k in table]
    return [covered_key(k) for k in keys]


def uncovered(sources: Mapping[str, Source], keys: list[str]) -> dict[str, Source]:
    """`sources` no longer covering `keys`: a layer that sets a value replaces the value
    its base cited (a source stands for the value it was read for, not a later one)."""
    drop = set(keys)
    out = {}
    for sid, source in sources.items():
        kept = tuple(c for c in source.covers if c not in drop)
        if kept:
            out[sid] = replace(source, covers=kept) if len(kept) != len(source.covers) else source
    return out
