"""Effective configuration: pack defaults, then project config, then command-line flags.

Project config is `.gigcheck.toml` or `[tool.gigcheck]` in `pyproject.toml`, found from
the working directory upward, stopping at the repository root or the home folder.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from gigcheck.io.path_patterns import FileSelection, PathPatterns, pattern_error, selection
from gigcheck.io.reading import DEFAULT_MAX_BYTES, MAX_FILE_SIZE
from gigcheck.policy.keys import kebab_config
from gigcheck.policy.packs import PolicyError, load_pack, merge_config_over_pack, pack_registry, read_toml
from gigcheck.policy.schema import BOOL, FLOAT, INT, TEXT, WORDS, Kind, describe
from gigcheck.policy.severity import configured_severity
from gigcheck.policy.sources import Source
from gigcheck.records import CATEGORIES, Severity
from gigcheck.rules.base import Rule
from gigcheck.rules.registry import BUILTIN, Registry
from gigcheck.scan.vocabulary import Vocabulary

DEFAULT_POLICY = "fiverr"
DEFAULT_TIME_BUDGET = 10.0  # CPU seconds per input (see engine/budget.py)

# Project-config keys and their types (None: a table checked by the pack merge).
CONFIG_KEYS: dict[str, Kind | None] = {
    "policy": TEXT,
    "select": WORDS,
    "extend-select": WORDS,
    "ignore": WORDS,
    "fail-on": TEXT,
    "max-file-size": Kind(INT.name, (0, MAX_FILE_SIZE)),  # 0: no limit; as --max-file-size
    "time-budget": Kind(FLOAT.name, (0, 86_400)),  # CPU seconds per input; 0: no limit
    "exclude": WORDS,
    "include": WORDS,
    "force-exclude": BOOL,
    "per-file-ignores": None,
    "inline-suppressions": BOOL,
    "rules": None,
    "vocab": None,
    "define": None,
}


class ConfigError(PolicyError):
    """Bad configuration or usage; the CLI exits 2 with str() on one line."""


@dataclass(frozen=True)
class RuleConfig:
    """A selected rule with its configured severity and option values."""

    rule: type[Rule]
    severity: Severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Config:
    """The effective configuration: immutable, built once, shared by every gig (and every
    thread or forked worker) of a run."""

    rules: tuple[RuleConfig, ...]
    vocabulary: Vocabulary = field(compare=False)
    registry: Registry = field(default=BUILTIN, compare=False, repr=False)
    policy: str = DEFAULT_POLICY
    fail_on: Severity = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_BYTES
    # CPU seconds one input may take to check before it is reported as an error (0: no limit).
    time_budget: float = DEFAULT_TIME_BUDGET
    inline_suppressions: bool = True
    # True when select/ignore left out rules the pack enables: a blanket suppression then
    # cannot be called unused (GC002), since a rule that did not run may need it.
    narrowed: bool = False
    exclude: tuple[str, ...] = ()
    # Folder walks keep these (None: every file with the input format's suffix).
    include: tuple[str, ...] | None = None
    force_exclude: bool = False
    # Rule codes whose findings are not reported for files matching a pattern.
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    # The folder `exclude`, `include` and `per-file-ignores` patterns are relative to:
    # the config file's (else the working directory).
    root: Path = field(default_factory=Path.cwd, compare=False)
    sources: tuple[str, ...] = ()
    # A run whose files have configs with different packs (policy/tree.py): every pack,
    # for the report's header (empty: just `policy`).
    policies: tuple[str, ...] = ()
    warnings_as_errors: bool = False
    # Keys the project config spells the old way (snake_case): still read, and said once.
    deprecations: tuple[str, ...] = ()
    # The project config's own table (keys as read), for `gigcheck config`'s sources.
    project: Mapping[str, Any] = field(default_factory=dict[str, Any], compare=False, repr=False)
    # Where the pack's limits and lists come from (its [sources] tables), by source id.
    pack_sources: Mapping[str, Source] = field(default_factory=dict[str, Source], compare=False, repr=False)
    # The pack's [rules.<name>] tables (after the project config), for rules not selected.
    rule_tables: Mapping[str, Mapping[str, Any]] = field(default_factory=dict[str, Any], compare=False, repr=False)

    @property
    def vocab(self) -> Mapping[str, Any]:
        """The pack's `[vocab]` tables as data (the compiled form is `vocabulary`)."""
        return self.vocabulary.tables

    def default_severity(self, rule: type[Rule]) -> Severity:
        """The severity `rule` has in this configuration's pack, selected or not."""
        return configured_severity(rule, self.rule_tables.get(rule.name, {}), self.warnings_as_errors)

    def rule_options(self, rule: type[Rule]) -> dict[str, Any]:
        """The option values `rule` has in this configuration's pack, selected or not."""
        return rule_options(rule, self.rule_tables.get(rule.name, {}), self.rule_tables)

    def file_selection(self, markdown: bool = True) -> FileSelection:
        """What folder walks keep and named files lose; `include` applies to gig files
        (exports are found by their suffix)."""
        return selection(self.root, self.exclude, self.include if markdown else None, self.force_exclude)

    def ignored_rules(self, path: str) -> frozenset[str]:
        """Codes of the rules whose findings `per-file-ignores` hides for `path` (an
        export row's `file#id` is matched as its file)."""
        if not self.per_file_ignores:
            return frozenset()
        file_path = path.partition("#")[0] if "#" in path and not Path(path).exists() else path
        out: set[str] = set()
        for pattern, codes in self.per_file_ignores:
            if _patterns(self.root, pattern).matches(file_path):
                out |= codes
        return frozenset(out)

    def rule_config(self, key: str) -> RuleConfig | None:
        for rc in self.rules:
            if key in (rc.rule.code, rc.rule.name):
                return rc
        return None


@lru_cache(maxsize=256)
def _patterns(root: Path, pattern: str) -> PathPatterns:
    return PathPatterns(root, (pattern,))


def rule_options(
    rule: type[Rule], table: Mapping[str, Any], tables: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A rule's option values: the pack's or config's, else the rule's own defaults; with
    the options of the rule it reads them from (`options_from`, its table in `tables`)."""
    defaults = rule.defaults()
    own = {**defaults, **{k: v for k, v in table.items() if k in defaults}}
    peer = rule.options_from
    if peer is None or tables is None:
        return own
    return {**rule_options(peer, tables.get(peer.name, {})), **own}


def find_project_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest `.gigcheck.toml` or `pyproject.toml` with `[tool.gigcheck]`."""
    current = start.resolve()
    while True:
        found = config_file_in(current)
        if found is not None:
            return load_config_file(found)
        if is_top(current):
            return None
        current = current.parent


# The files discovery reads in each folder, in this order.
CONFIG_NAMES = (".gigcheck.toml", "pyproject.toml")


def config_file_in(folder: Path) -> Path | None:
    """The project config of `folder` itself: its `.gigcheck.toml`, else its
    `pyproject.toml` when that has a `[tool.gigcheck]` table; None if none."""
    # exists(), not is_file(): a config that cannot be read (a directory, a FIFO) is an
    # error, never silently passed over for the next one up.
    dot_name, pyproject_name = CONFIG_NAMES
    dot = folder / dot_name
    if dot.exists():
        return dot
    pyproject = folder / pyproject_name
    if pyproject.exists() and read_toml(pyproject).get("tool", {}).get("gigcheck") is not None:
        return pyproject
    return None


def is_top(folder: Path) -> bool:
    """Whether discovery stops at `folder` (resolved): a repository's root, the home
    folder or the file system's root."""
    return (folder / ".git").exists() or folder == Path.home().resolve() or folder.parent == folder


def load_config_file(path: Path) -> tuple[Path, dict[str, Any]]:
    if not path.exists():
        raise ConfigError(f"{path}: config file not found")
    data = read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("gigcheck", {})
    return path, data


def _check_keys(data: Mapping[str, Any], where: str) -> None:
    for key, value in data.items():
        if key not in CONFIG_KEYS:
            near = get_close_matches(key, list(CONFIG_KEYS), n=1)
            hint = f"did you mean '{near[0]}'? " if near else ""
            raise ConfigError(f"{where}: unknown key '{key}' ({hint}known: {', '.join(CONFIG_KEYS)})")
        kind = CONFIG_KEYS[key]
        if kind is None:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: '{key}' must be a table, not {describe(value)}")
        elif not kind.accepts(value):
            raise ConfigError(f"{where}: '{key}' must be {kind.name}, not {describe(value)}")
        elif not kind.in_range(value):
            raise ConfigError(f"{where}: '{key}' must be {kind.describe_range()}, not {value}")
    for pattern, tokens in data.get("per-file-ignores", {}).items():
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
            raise ConfigError(f"{where}: 'per-file-ignores.\"{pattern}\"' must be a list of rules")
    patterns = [(key, p) for key in ("exclude", "include") for p in data.get(key, ())]
    patterns += [("per-file-ignores", p) for p in data.get("per-file-ignores", {})]
    for key, pattern in patterns:
        why = pattern_error(pattern)
        if why is not None:
            raise ConfigError(f"{where}: '{key}': {pattern!r} is not a gitignore pattern ({why})")


def _per_file_ignores(
    registry: Registry, table: Mapping[str, list[str]], where: str
) -> tuple[tuple[str, frozenset[str]], ...]:
    """`pattern = [rules]` → (pattern, the codes those rules name), checked like --ignore."""
    out = []
    for pattern, tokens in table.items():
        chosen = resolve_selection(registry, tokens, [], {}, f"{where}: 'per-file-ignores'")
        out.append((pattern, frozenset(r.code for r in chosen)))
    return tuple(out)


def _matches(rule: type[Rule], token: str) -> bool:
    low = token.strip().lower()
    return (
        low == "all"
        or rule.code.lower().startswith(low)
        or rule.name == low
        or rule.category == low
        or any(low == alias.lower() for alias in rule.aliases)
    )


def resolve_selection(
    all_rules: Iterable[type[Rule]], select: list[str] | None, ignore: list[str], enabled: Mapping[str, bool],
    where: str,
) -> list[type[Rule]]:
    """Rules to run: `select` (codes, code prefixes, names, categories or ALL) minus `ignore`."""
    rules = list(all_rules)
    for token in [*(select or []), *ignore]:
        if token.strip().lower() not in CATEGORIES and not any(_matches(r, token) for r in rules):
            near = Registry(rules).closest(token, CATEGORIES)
            hint = f"did you mean '{near}'? " if near else ""
            raise ConfigError(
                f"{where}: unknown rule or category '{token}' "
                f"({hint}see `gigcheck rules`; categories: {', '.join(CATEGORIES)})"
            )
    if select is None:
        chosen = [r for r in rules if enabled.get(r.name, True)]
    else:
        chosen = [r for r in rules if any(_matches(r, t) for t in select)]
    return [r for r in chosen if not any(_matches(r, t) for t in ignore)]


def _split(values: Iterable[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(x for x in (p.strip() for p in v.split(",")) if x)
    return out


@dataclass(frozen=True)
class _Project:
    """The project config found (or given), and where it came from."""

    table: Mapping[str, Any]
    where: str = "command line"
    sources: tuple[str, ...] = ()
    root: Path | None = None  # the config file's folder
    deprecations: tuple[str, ...] = ()


def _project(config_file: str | None, discover: bool, cwd: Path | None) -> _Project:
    found: tuple[Path, dict[str, Any]] | None = None
    if config_file is not None:
        found = load_config_file(Path(config_file))
    elif discover:
        found = find_project_config(cwd or Path.cwd())
    if found is None:
        return _Project({})
    path, written = found
    table, notes = kebab_config(written, str(path), CONFIG_KEYS)
    _check_keys(table, str(path))
    return _Project(table, str(path), (str(path),), path.absolute().parent.resolve(), tuple(notes))


def _pack(policy: str | None, project: _Project) -> tuple[str, dict[str, Any]]:
    """The pack's reference and its data with the project's own tables merged over it."""
    table = project.table
    ref = policy or table.get("policy") or DEFAULT_POLICY
    if policy is None and "policy" in table and not ref.replace("-", "").isalnum():
        ref = str(Path(project.where).parent / ref)  # a pack path, relative to the config
    pack = load_pack(ref)
    overrides = {k: table[k] for k in ("rules", "vocab", "define") if table.get(k)}
    if overrides:
        pack = merge_config_over_pack(pack, overrides, project.where)
    return ref, pack


def _chosen(
    registry: Registry, project: _Project, enabled: Mapping[str, bool], select: Iterable[str] | None,
    extend_select: Iterable[str] | None, ignore: Iterable[str] | None,
) -> list[type[Rule]]:
    """The rules to run: the command line's selection over the project's over the pack's."""
    table = project.table
    sel = _split(select) if select is not None else table.get("select")
    ext = [*(table.get("extend-select") or []), *(_split(extend_select) or [])]
    ign = [*(table.get("ignore") or []), *(_split(ignore) or [])]
    if ext:
        base = sel if sel is not None else [r.name for r in registry if enabled.get(r.name, True)]
        sel = [*base, *ext]
    from_cli = select is not None or extend_select is not None or ignore is not None
    return resolve_selection(registry, sel, ign, enabled, "--select/--ignore" if from_cli else project.where)


def load_config(
    *,
    policy: str | None = None,
    config_file: str | None = None,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    fail_on: str | None = None,
    max_file_size: int | None = None,
    time_budget: float | None = None,
    inline_suppressions: bool | None = None,
    force_exclude: bool | None = None,
    cwd: Path | None = None,
    discover: bool = True,
) -> Config:
    """Build the effective config. Raises ConfigError/PolicyError with file and key."""
    if max_file_size is not None:
        _check_keys({"max-file-size": max_file_size}, "load_config(max_file_size=...)")
    project = _project(config_file, discover, cwd)
    policy_ref, pack = _pack(policy, project)
    # The built-in rules and those the pack (and project config) define as data: what
    # --select, --ignore, inline directives and `gigcheck rules` know.
    registry = pack_registry(pack)
    rule_tables = pack.get("rules", {})
    enabled = {name: bool(t.get("enabled", True)) for name, t in rule_tables.items()}
    chosen = _chosen(registry, project, enabled, select, extend_select, ignore)
    raise_warnings = bool(pack.get("warnings_as_errors", False))
    rules = []
    for rule in chosen:
        table = rule_tables.get(rule.name, {})
        severity = configured_severity(rule, table, raise_warnings)
        rules.append(RuleConfig(rule, severity, MappingProxyType(rule_options(rule, table, rule_tables))))
    settings = project.table
    try:
        fail_sev = Severity.parse(fail_on or settings.get("fail-on") or "error")
    except ValueError as exc:
        raise ConfigError(f"{project.where}: 'fail-on': {exc}") from None
    return Config(
        rules=tuple(rules),
        vocabulary=Vocabulary(MappingProxyType(pack.get("vocab", {}))),
        registry=registry,
        policy=policy_ref,
        fail_on=fail_sev,
        max_file_size=max_file_size if max_file_size is not None else settings.get("max-file-size", DEFAULT_MAX_BYTES),
        time_budget=float(time_budget if time_budget is not None else settings.get("time-budget", DEFAULT_TIME_BUDGET)),
        inline_suppressions=(
            inline_suppressions if inline_suppressions is not None else settings.get("inline-suppressions", True)
        ),
        exclude=tuple(settings.get("exclude", ())),
        include=tuple(settings["include"]) if "include" in settings else None,
        force_exclude=force_exclude if force_exclude is not None else settings.get("force-exclude", False),
        per_file_ignores=_per_file_ignores(registry, settings.get("per-file-ignores", {}), project.where),
        root=project.root or (cwd or Path.cwd()).resolve(),
        warnings_as_errors=raise_warnings,
        narrowed=any(enabled.get(r.name, True) and r not in chosen for r in registry),
        rule_tables=MappingProxyType(rule_tables),
        pack_sources=dict(pack.get("sources", {})),
        sources=project.sources,
        deprecations=project.deprecations,
        project=dict(project.table),  # a dict: spawned workers get the config pickled
    )
