"""Policy packs: TOML data saying what a marketplace allows.

A pack is `policies/<name>.toml` (shipped in the wheel as `gigcheck/policies/`) or any
TOML path. It may `include` fragment files (merged first, in order) and `extends` another
pack (loaded first; this pack is merged over it). Derived packs and project configs may
only set keys the base defines, so a typo is an error instead of a silently ignored key.

`[define.<name>]` tables declare rules as data (rules/data.py). A derived pack or a
project config inherits its base's definitions; its `[define.<name>]` for one of them
changes the keys it sets (`extend-tokens = [...]` appends), or replaces the definition
when it sets `kind`. Definitions are merged and checked before the `[rules.<name>]`
tables, which may then name a defined rule like a built-in one.
"""
from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigcheck.build_cache import cached_build
from gigcheck.files import InputError, read_bytes
from gigcheck.io.reading import CONFIG_MAX_BYTES, decode_utf8
from gigcheck.io.toml_values import load_toml
from gigcheck.policy.keys import kebab_config
from gigcheck.policy.schema import VOCAB, check_vocab
from gigcheck.policy.sources import Source, read_sources, set_keys, uncovered
from gigcheck.records import Severity
from gigcheck.rules.registry import BUILTIN, Registry

if TYPE_CHECKING:
    from gigcheck.rules.data import DataRule

# The code that reads and checks a pack file (the key of its checked entry on disk).
_PART_CHECKERS = ("gigcheck.policy", "gigcheck.io.toml_values")
PACK_KEYS = frozenset({"pack", "rules", "vocab", "define", "sources"})
PART_KEYS = frozenset({"rules", "vocab", "define", "sources"})  # what an included fragment may hold
PACK_META_KEYS = frozenset({"name", "description", "extends", "include", "warnings_as_errors"})
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


def _shipped(path: Path) -> bool:
    return path.parent.resolve() in _shipped_dirs()


def read_toml(path: Path) -> dict[str, Any]:
    try:
        if _shipped(path):
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
    except InputError as exc:
        raise PolicyError(f"{path}: {exc}") from None
    except (OSError, ValueError) as exc:
        raise PolicyError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def _parse_toml(path: Path) -> dict[str, Any]:
    data = read_bytes(path, CONFIG_MAX_BYTES, "a config file or policy pack is read up to this size")
    return load_toml(decode_utf8(data))


def shipped_files() -> tuple[str, ...]:
    """The shipped pack folders and their files: what a configuration built from them
    (and kept, as the library's default one is) came from. A folder stands for the
    files added to it or removed."""
    out = []
    for folder in _shipped_dirs():
        out.append(str(folder))
        out.extend(sorted(str(p) for p in folder.glob("*.toml")))
    return tuple(out)


def files_stamp(paths: Iterable[str]) -> tuple[tuple[int, int] | None, ...]:
    """Each file's size and modification time (None: gone): a few `stat` calls, cheap
    enough to ask before every gig."""
    out: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            out.append(None)
            continue
        out.append((st.st_size, st.st_mtime_ns))
    return tuple(out)


def forget_packs() -> None:
    """Drop the packs parsed in this process: the next load reads their files again."""
    load_pack.cache_clear()
    common_vocab.cache_clear()


def _shipped_dirs() -> tuple[Path, ...]:
    root = policies_dir().resolve()
    return root, root / "vocab"


def merge(
    base: Mapping[str, Any], over: Mapping[str, Any], *, where: str, strict: bool, prefix: str = ""
) -> dict[str, Any]:
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


def pack_identity(ref: str) -> tuple[str, Path]:
    """A pack's name (its `[pack] name`, else its file's stem) and its file, absolute:
    what a report says it was checked against."""
    path = resolve_pack_path(ref)
    meta = read_toml(path).get("pack")
    name = meta.get("name") if isinstance(meta, dict) else None
    return (name if isinstance(name, str) and name else path.stem), Path(os.path.abspath(path))


@lru_cache(maxsize=16)
def load_pack(ref: str) -> dict[str, Any]:
    """The fully merged data of a pack (extends and includes resolved). Cached per process."""
    return _load(resolve_pack_path(ref), ())


@lru_cache(maxsize=1)
def common_vocab() -> dict[str, Any]:
    """The shared vocabulary every pack starts from: `policies/vocab/*.toml`, merged.

    Word lists that do not depend on a marketplace (how emails, phones and handles are
    disguised, what counts as a payment service) live there once; a pack sets what is its
    own (its allowed hosts, its limits) and extends or replaces the rest."""
    out: dict[str, Any] = {}
    for path in sorted((policies_dir() / "vocab").glob("*.toml")):
        part = _read_part(path, frozenset({"vocab"}))
        out = merge(out, part.get("vocab", {}), where=str(path), strict=False, prefix="vocab.")
    return out


def _read_part(path: Path, keys: frozenset[str]) -> dict[str, Any]:
    """A pack file or fragment, its top-level keys and vocabulary checked (its rule
    tables are checked when merged, once the pack's defined rules are known)."""
    if not _shipped(path):
        return _checked_part(path, keys)
    # A shipped file is checked once, when its build cache entry is made, not at every
    # start (~28,000 checks of its vocabulary): the entry is keyed by the file's content
    # and the checking code; a file that fails raises and is never cached.
    try:
        digest = hashlib.sha256(read_bytes(path, CONFIG_MAX_BYTES)).hexdigest()
    except (OSError, ValueError, InputError):
        return _checked_part(path, keys)  # read_toml says what is wrong with it
    return cached_build("pack_part", {"path": str(path.resolve()), "sha256": digest, "keys": sorted(keys)},
                        lambda: _checked_part(path, keys), _PART_CHECKERS)


def _checked_part(path: Path, keys: frozenset[str]) -> dict[str, Any]:
    where = str(path)
    # Kebab-case keys are read as everywhere; the snake_case ones the shipped packs
    # still use are not deprecated in packs (only a project config is told).
    data, _ = kebab_config(read_toml(path), where, keys)
    for key in data:
        if key not in keys:
            raise PolicyError(f"{where}: unknown key '{key}' (expected one of: {', '.join(sorted(keys))})")
    if "vocab" in data:
        try:
            check_vocab(data["vocab"], where)
        except ValueError as exc:
            raise PolicyError(str(exc)) from None
    for key in ("rules", "define"):
        if key in data and not isinstance(data[key], dict):
            raise PolicyError(f"{where}: '{key}' must be a table")
    if "sources" in data:
        try:
            data["sources"] = read_sources(data["sources"], where)
        except ValueError as exc:
            raise PolicyError(str(exc)) from None
    return data


def _load(path: Path, chain: tuple[Path, ...]) -> dict[str, Any]:
    path = path.resolve()
    if path in chain:
        raise PolicyError(f"{path}: 'extends' forms a cycle")
    data = _read_part(path, PACK_KEYS)
    where = str(path)
    meta = data.get("pack", {})
    if not isinstance(meta, dict):
        raise PolicyError(f"{where}: 'pack' must be a table")
    for key in meta:
        if key not in PACK_META_KEYS:
            raise PolicyError(f"{where}: unknown key 'pack.{key}'")
    if "extends" in meta:
        pack = _load(resolve_pack_path(meta["extends"], path.parent), chain + (path,))
    else:
        pack = {"rules": {}, "vocab": common_vocab(), "define": {}, "defined_in": {}, "sources": {}}
    if "warnings_as_errors" in meta:
        if not isinstance(meta["warnings_as_errors"], bool):
            raise PolicyError(f"{where}: 'pack.warnings_as_errors' must be true or false")
        pack = {**pack, "warnings_as_errors": meta["warnings_as_errors"]}
    parts = [(_read_part(path.parent / inc, PART_KEYS), str(path.parent / inc)) for inc in meta.get("include", [])]
    parts.append(({k: v for k, v in data.items() if k != "pack"}, where))
    for part, part_where in parts:
        pack = _merge_definitions(pack, part.get("define"), part_where)
    registry = pack_registry(pack)
    for part, part_where in parts:
        pack = _merge_over(pack, part, part_where, registry)
        if "sources" in part:
            _check_covers(part["sources"], part_where, registry)
            pack = {**pack, "sources": {**pack.get("sources", {}), **part["sources"]}}
    return pack


def _rule_name(registry: Registry) -> Callable[[str], str]:
    def name(key: str) -> str:
        rule = registry.get(key)
        return rule.name if rule is not None else key

    return name


def _check_covers(sources: Mapping[str, Source], where: str, registry: Registry) -> None:
    """Each source covers real keys: a rule's option, or a key of the vocabulary schema."""
    for source in sources.values():
        for key in source.covers:
            top, _, rest = key.partition(".")
            name, _, leaf = rest.rpartition(".")
            rule = registry.get(name) if top == "rules" else None
            if rule is not None and rule.name == name and leaf in {o.name for o in rule.options}:
                continue
            if top == "vocab" and leaf in VOCAB.get(name, {}):
                continue
            raise PolicyError(f"{where}: 'sources.{source.id}.covers': '{key}' is no rule option "
                             "(`rules.<rule name>.<option>`) or vocabulary key (`vocab.<table>.<key>`)")


def _merge_definitions(base: dict[str, Any], defines: object, where: str) -> dict[str, Any]:
    """`[define.<name>]` tables merged over the base's: a new name adds a rule, a known
    one changes the keys given (or is replaced when `kind` is given)."""
    if not defines:
        return base
    if not isinstance(defines, dict):
        raise PolicyError(f"{where}: 'define' must be a table")
    tables = dict(base.get("define", {}))
    files = dict(base.get("defined_in", {}))
    for name, table in defines.items():
        if not isinstance(table, dict):
            raise PolicyError(f"{where}: 'define.{name}' must be a table")
        if name in tables and "kind" not in table:
            table = merge(tables[name], table, where=where, strict=False, prefix=f"define.{name}.")
        tables[name] = table
        files[name] = where
    return {**base, "define": tables, "defined_in": files}


def pack_rules(pack: Mapping[str, Any]) -> list[type[DataRule]]:
    """The rule classes a merged pack defines as data (checked; PolicyError if not)."""
    defines = pack.get("define", {})
    if not defines:
        return []  # most packs define none: their compiler (and its regex checks) is not imported
    from gigcheck.rules.data import DefinitionError, define_rules

    try:
        return define_rules(defines, pack.get("defined_in", {}))
    except DefinitionError as exc:
        raise PolicyError(str(exc)) from None


def pack_registry(pack: Mapping[str, Any]) -> Registry:
    """The built-in rules and the rules `pack` defines."""
    rules = pack_rules(pack)
    return BUILTIN.extended(rules) if rules else BUILTIN


def _merge_over(
    base: dict[str, Any], over: Mapping[str, Any], where: str, registry: Registry = BUILTIN
) -> dict[str, Any]:
    """Merge a derived pack, a fragment or a config over a base. Vocabulary keys were
    checked against the schema as each file was read; rule tables by canonical_rules,
    against `registry` (the built-in rules and the pack's defined ones)."""
    out = dict(base)
    if "sources" in base:
        out["sources"] = uncovered(base["sources"], set_keys(over, _rule_name(registry)))
    if "vocab" in over:
        out["vocab"] = merge(base.get("vocab", {}), over["vocab"], where=where, strict=False, prefix="vocab.")
    if "rules" in over:
        rules = dict(base.get("rules", {}))
        for name, table in canonical_rules(over["rules"], where, registry).items():
            rules[name] = merge(rules.get(name, {}), table, where=where, strict=False, prefix=f"rules.{name}.")
        out["rules"] = rules
    return out


RULE_ENTRY_KEYS = {"enabled": bool, "severity": str}


def canonical_rules(table: Mapping[str, Any], where: str, registry: Registry = BUILTIN) -> dict[str, Any]:
    """`[rules.<code or name>]` tables keyed by rule name, each key and value checked
    (rules looked up in `registry`: the built-ins, and the rules the pack defines)."""

    if not isinstance(table, dict):
        raise PolicyError(f"{where}: 'rules' must be a table")
    out: dict[str, dict[str, Any]] = {}
    for key, entry in table.items():
        rule = registry.get(key)
        if rule is None:
            near = registry.closest(key)
            hint = f"did you mean '{near}'? " if near else ""
            raise PolicyError(f"{where}: unknown rule 'rules.{key}' ({hint}see `gigcheck rules`)")
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
            if base_opt in options and not options[base_opt].in_range(value):
                within = options[base_opt].describe_range()
                raise PolicyError(f"{where}: 'rules.{key}.{opt}' must be {within}, not {value}")
            if opt == "severity":
                try:
                    Severity.parse(value)
                except ValueError as exc:
                    raise PolicyError(f"{where}: 'rules.{key}.severity': {exc}") from None
        out[rule.name] = {**out.get(rule.name, {}), **entry}
    return out


def merge_config_over_pack(pack: dict[str, Any], overrides: Mapping[str, Any], where: str) -> dict[str, Any]:
    """A project's `define`, `rules` and `vocab` tables applied over the pack (config
    beats pack)."""
    if "vocab" in overrides:
        try:
            check_vocab(overrides["vocab"], where)
        except ValueError as exc:
            raise PolicyError(str(exc)) from None
    pack = _merge_definitions(pack, overrides.get("define"), where)
    return _merge_over(pack, overrides, where, pack_registry(pack))
