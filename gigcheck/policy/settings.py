"""The effective configuration as `gigcheck config` shows it: every setting with its
value and where that value came from (the command line, the project config, the pack,
or gigcheck's default)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from gigcheck.policy.config import CONFIG_KEYS, Config

DEFAULT = "default"


@dataclass(frozen=True)
class Setting:
    key: str  # as a config writes it: `fail-on`, `rules.title-too-long.max-length`
    value: Any
    source: str


def _top_value(config: Config, key: str) -> Any:
    values: dict[str, Any] = {
        "policy": config.policy,
        "fail-on": str(config.fail_on),
        "max-file-size": config.max_file_size,
        "inline-suppressions": config.inline_suppressions,
        "exclude": list(config.exclude),
        "select": [rc.rule.code for rc in config.rules],
    }
    return values.get(key, config.project.get(key))


def settings(config: Config, given: Mapping[str, Any] | None = None) -> Iterator[Setting]:
    """Every top-level setting, then each rule option or severity that a pack or the
    project sets; `given` are the command line's values by config key."""
    given = given or {}
    where = config.sources[0] if config.sources else ""
    for key in (k for k, kind in CONFIG_KEYS.items() if kind is not None):
        if key in given:
            source = "command line"
        elif key in config.project:
            source = where
        else:
            source = f"pack {config.policy}" if key == "select" else DEFAULT  # the pack enables rules
        if key in ("extend-select", "ignore") and source == DEFAULT:
            continue  # nothing to show: these only ever add to or take from `select`
        yield Setting(key, _top_value(config, key), source)
    pack = f"pack {config.policy}"
    project_rules = _by_name(config, config.project.get("rules", {}))
    for rule in config.registry:
        table = config.rule_tables.get(rule.name, {})
        own = project_rules.get(rule.name, {})
        rc = config.rule_config(rule.code)
        for key in sorted(table):
            if key.startswith("extend-"):
                continue
            value = table[key]
            if key != "severity" and key != "enabled" and rc is not None:
                value = rc.options.get(key, value)
            yield Setting(f"rules.{rule.name}.{key.replace('_', '-')}", value, where if key in own else pack)


def _by_name(config: Config, tables: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """A project's `[rules.<code or name>]` tables by rule name."""
    out: dict[str, Mapping[str, Any]] = {}
    for key, table in tables.items():
        rule = config.registry.get(key)
        if rule is not None and isinstance(table, Mapping):
            out[rule.name] = table
    return out
