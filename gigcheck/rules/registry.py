"""The registry: every built-in rule, by code, name and former codes.

Each rule module ends with an explicit `RULES` tuple of the rules it defines; the
registry joins those tuples in code order. Adding a rule touches its module (the class
and the tuple), its fixture file, and the pack when it needs vocabulary. A pack may
define more rules as data (rules/data.py); a configuration's registry holds both.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import MappingProxyType

from gigcheck.rules import (
    conduct,
    contact,
    crossgig,
    extras,
    extras_fit,
    front_matter,
    gallery,
    links,
    listing,
    meta,
    packages,
    payment,
    tags,
    wording,
)
from gigcheck.rules.base import Rule

_MODULES = (
    meta, listing, front_matter, packages, tags, gallery, contact, payment, links, extras, extras_fit, wording,
    conduct, crossgig,
)


class Registry:
    """Rules by code (any case), name and alias; read-only once built."""

    def __init__(self, rules: Iterable[type[Rule]]) -> None:
        self.rules: tuple[type[Rule], ...] = tuple(sorted(rules, key=lambda r: r.code))
        keys: dict[str, type[Rule]] = {}
        renamed: dict[str, type[Rule]] = {}
        for r in self.rules:
            keys[r.code.lower()] = r
            keys[r.name] = r
        for r in self.rules:
            for alias in r.aliases:
                if alias.lower() not in keys:  # a current code or name always wins
                    renamed[alias.lower()] = r
        self._keys = MappingProxyType({**renamed, **keys})
        self._renamed = MappingProxyType(renamed)

    def __reduce__(self) -> tuple[object, ...]:
        return (Registry, (self.rules,))

    def __iter__(self) -> Iterator[type[Rule]]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, key: str) -> type[Rule] | None:
        """A rule by code, name, or a former code or name."""
        return self._keys.get(key.strip().lower())

    def renamed(self, key: str) -> type[Rule] | None:
        """The rule a former code or name now belongs to (None for a current one)."""
        return self._renamed.get(key.strip().lower())

    def keys(self) -> list[str]:
        """Every accepted spelling (for "did you mean" suggestions)."""
        return list(self._keys)

    def closest(self, key: str, extra: Iterable[str] = ()) -> str | None:
        """The accepted spelling nearest to a mistyped `key` (a code in capitals), or None
        when nothing is close; `extra` adds other words the caller accepts (categories)."""
        from difflib import get_close_matches

        low = key.strip().lower()
        match = get_close_matches(low, [*self._keys, *extra], n=1, cutoff=0.75)
        if not match:
            return None
        rule = self._keys.get(match[0])
        return rule.code if rule is not None and match[0] == rule.code.lower() else match[0]

    def extended(self, more: Iterable[type[Rule]]) -> Registry:
        return Registry([*self.rules, *more])


BUILTIN = Registry(r for m in _MODULES for r in m.RULES)
ALL_RULES: tuple[type[Rule], ...] = BUILTIN.rules


def rule_by_key(key: str) -> type[Rule] | None:
    """A built-in rule by code (any case), name, or a former code or name."""
    return BUILTIN.get(key)
