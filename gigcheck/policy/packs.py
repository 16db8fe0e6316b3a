"""Policy packs: TOML data saying what a marketplace allows.

A pack is `policies/<name>.toml` (shipped in the wheel as `gigcheck/policies/`) or any
TOML path. It may `include` fragment files (merged first, in order) and `extends` another
pack (loaded first; this pack is merged over it). Derived packs and project configs may
only set keys the base defines, so a typo is an error instead of a silently ignored key.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from gigcheck.build_cache import cached_build
from gigcheck.records import Severity
from gigcheck.rules.registry import rule_by_key

PACK_KEYS = frozenset({"pack", "rules", "vocab"})
PACK_META_KEYS = frozenset({"name", "description", "extends", "include"})
EXTEND = "extend-"


class PolicyError(Exception):
    """A pack or config problem; str() names the file and the key."""


def policies_dir() -> Path:
    """Packs inside the installed package, or the source tree's top-level folder."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "policies", here.parent / "policies"):
        if candidate.is_dir():
            return candidate
    raise PolicyError(f"{here}: no policies folder found (broken installation)")


def available_packs() -> list[str]:
    return sorted(p.stem for p in policies_dir().glob("*.toml"))


def read_toml(path: Path) -> dict:
    try:
        if path.parent.resolve() in _shipped_dirs():
            # The shipped packs (a few thousand vocabulary entries) take ~10 ms to parse:
            # kept parsed in the build cache, keyed by the file's size and mtime.
            st = path.stat()
            return cached_build("toml", {"path": str(path.resolve()), "size": st.st_size, "mtime": st.st_mtime_ns},
                                lambda: _parse_toml(path), ())
        return _parse_toml(path)
    except FileNotFoundError:
        raise PolicyError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _parse_toml(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _shipped_dirs() -> tuple[Path, ...]:
    root = policies_dir().resolve()
    return root, root / "vocab"


def merge(base: Mapping, over: Mapping, *, where: str, strict: bool, prefix: str = "") -> dict:
    """`over` merged into a copy of `base`.

    Tables merge key by key; `extend-<key> = [...]` appends to the base list `<key>`;
    anything else replaces. With `strict`, a key the base lacks is an error.
    """
    out = dict(base)
    for key, value in over.items():
        dotted = f"{prefix}{key}"
        if key.startswith(EXTEND) and key[len(EXTEND):] in base:
            target = key[len(EXTEND):]
            if not isinstance(base[target], list) or not isinstance(value, list):
                raise PolicyError(f"{where}: '{dotted}' needs a list to extend the list '{prefix}{target}'")
            out[target] = list(out[target]) + [v for v in value if v not in out[target]]
            continue
        if key not in base:
            if strict:
                raise PolicyError(f"{where}: unknown key '{dotted}'")
            out[key] = value
            continue
        old = base[key]
        if isinstance(old, dict):
            if not isinstance(value, dict):
                raise PolicyError(f"{where}: '{dotted}' must be a table")
            out[key] = merge(old, value, where=where, strict=strict, prefix=f"{dotted}.")
        else:
            if type(old) is not type(value) and not (isinstance(old, (int, float)) and isinstance(value, (int, float))):
                raise PolicyError(
                    f"{where}: '{dotted}' must be {type(old).__name__}, not {type(value).__name__}"
                )
            out[key] = value
    return out


def resolve_pack_path(ref: str, relative_to: Path | None = None) -> Path:
    if ref.endswith(".toml") or "/" in ref or "\\" in ref:
        path = Path(ref)
        if relative_to is not None and not path.is_absolute():
            path = relative_to / path
        return path
    path = policies_dir() / f"{ref}.toml"
    if not path.is_file():
        raise PolicyError(f"unknown policy pack '{ref}' (available: {', '.join(available_packs())})")
    return path


@lru_cache(maxsize=16)
def load_pack(ref: str) -> dict:
    """The fully merged data of a pack (extends and includes resolved). Cached per process."""
    return _load(resolve_pack_path(ref), ())


def _load(path: Path, chain: tuple[Path, ...]) -> dict:
    path = path.resolve()
    if path in chain:
        raise PolicyError(f"{path}: 'extends' forms a cycle")
    data = read_toml(path)
    where = str(path)
    for key in data:
        if key not in PACK_KEYS:
            raise PolicyError(f"{where}: unknown key '{key}' (expected one of: {', '.join(sorted(PACK_KEYS))})")
    meta = data.get("pack", {})
    for key in meta:
        if key not in PACK_META_KEYS:
            raise PolicyError(f"{where}: unknown key 'pack.{key}'")
    body = {k: v for k, v in data.items() if k != "pack"}
    check_patterns(body.get("vocab", {}), where)
    if "rules" in body:
        body["rules"] = canonical_rules(body["rules"], where)
    for inc in meta.get("include", []):
        fragment = read_toml(path.parent / inc)
        for key in fragment:
            if key not in ("rules", "vocab"):
                raise PolicyError(f"{path.parent / inc}: unknown key '{key}' (a fragment holds rules and vocab)")
        if "rules" in fragment:
            fragment["rules"] = canonical_rules(fragment["rules"], str(path.parent / inc))
        body = merge(fragment, body, where=str(path.parent / inc), strict=False)
    if "extends" in meta:
        base = _load(resolve_pack_path(meta["extends"], path.parent), chain + (path,))
        return _merge_over(base, body, where)
    body.setdefault("rules", {})
    body.setdefault("vocab", {})
    return body


PATTERN_SUFFIXES = ("_pattern", "_patterns", "_regex", "-pattern", "-patterns", "-regex")


def check_patterns(table: Mapping, where: str, prefix: str = "vocab.") -> None:
    """Vocabulary keys named `*_pattern(s)`/`*_regex` hold regexes: compile them now, so a
    bad one is a config error naming its key rather than a crash in the middle of a scan."""
    import re

    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            check_patterns(value, where, f"{dotted}.")
        elif key.endswith(PATTERN_SUFFIXES):
            for pattern in value if isinstance(value, list) else [value]:
                try:
                    re.compile(pattern)
                except (re.error, TypeError) as exc:
                    raise PolicyError(f"{where}: '{dotted}' has an invalid regex {pattern!r}: {exc}") from None


def _merge_over(base: dict, over: Mapping, where: str) -> dict:
    """Merge a derived pack or config over a base: vocab strict, rules checked later."""
    out = dict(base)
    if "vocab" in over:
        check_patterns(over["vocab"], where)
        out["vocab"] = merge(base.get("vocab", {}), over["vocab"], where=where, strict=True, prefix="vocab.")
    if "rules" in over:
        rules = dict(base.get("rules", {}))
        for name, table in canonical_rules(over["rules"], where).items():
            rules[name] = merge(rules.get(name, {}), table, where=where, strict=False, prefix=f"rules.{name}.")
        out["rules"] = rules
    return out


RULE_ENTRY_KEYS = {"enabled": bool, "severity": str}


def canonical_rules(table: Mapping, where: str) -> dict:
    """`[rules.<code or name>]` tables keyed by rule name, each key and value checked."""

    if not isinstance(table, dict):
        raise PolicyError(f"{where}: 'rules' must be a table")
    out: dict[str, dict] = {}
    for key, entry in table.items():
        rule = rule_by_key(key)
        if rule is None:
            raise PolicyError(f"{where}: unknown rule 'rules.{key}' (see `gigcheck rules`)")
        if not isinstance(entry, dict):
            raise PolicyError(f"{where}: 'rules.{key}' must be a table")
        options = {o.name: o for o in rule.options}
        for opt, value in entry.items():
            base_opt = opt[len(EXTEND):] if opt.startswith(EXTEND) else opt
            if base_opt in RULE_ENTRY_KEYS:
                expected = RULE_ENTRY_KEYS[base_opt]
                ok, what = isinstance(value, expected), expected.__name__
            elif base_opt in options:
                ok, what = options[base_opt].accepts(value), options[base_opt].describe()
            else:
                known = ", ".join(sorted([*RULE_ENTRY_KEYS, *options]))
                raise PolicyError(f"{where}: unknown option 'rules.{key}.{opt}' (known: {known})")
            if not ok:
                raise PolicyError(f"{where}: 'rules.{key}.{opt}' must be {what}, not {type(value).__name__}")
            if opt == "severity":
                try:
                    Severity.parse(value)
                except ValueError as exc:
                    raise PolicyError(f"{where}: 'rules.{key}.severity': {exc}") from None
        out[rule.name] = {**out.get(rule.name, {}), **entry}
    return out


def merge_config_over_pack(pack: dict, overrides: Mapping, where: str) -> dict:
    """A project's `rules` and `vocab` tables applied over the pack (config beats pack)."""
    return _merge_over(pack, overrides, where)
