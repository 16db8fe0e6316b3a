"""Rules written as data: a pack's `[define.<name>]` tables, made into rule classes.

Four generic kinds (rules/data_kinds.py), each scoped to the parts of a gig it reads
(rules/data_scope.py):

- `existence`: words or phrases (`tokens`) that should not appear, matched on word
  boundaries, ignoring case unless `ignorecase = false`; `exceptions` are phrases that do
  not count even though they contain a token;
- `substitution`: `swap` maps a phrase to the preferred one, which the suggestion gives
  (in the case of what was written: "E-mail" → "Email");
- `pattern`: a regular expression, refused at load unless it runs in linear time
  (rules/regex_safety.py);
- `limit`: a `max` and/or `min` count of characters, words or items of one `field`.

`make_rule(name, table, where)` checks a definition (rules/data_schema.py) and returns a
`Rule` subclass with the declared code, name, category, severity, summary, documentation
(`description`, else the summary), messages and examples; its regular expressions are
compiled once, with the class. Definitions are plain data and a class is rebuilt from them
when unpickled (a spawned worker receives the configuration pickled), so defined rules
travel like built-ins. Errors are `DefinitionError`s naming the file and the key.
"""
from __future__ import annotations

import copyreg
import json
from collections.abc import Mapping
from typing import Any, cast

from gigcheck.rules import data_schema as schema
from gigcheck.rules.base import check_declaration
from gigcheck.rules.data_kinds import KIND_CLASSES, DataRule, DataRuleType
from gigcheck.rules.data_schema import DefinitionError

__all__ = ["DataRule", "DefinitionError", "define_rules", "make_rule"]


def _reduce(cls: DataRuleType) -> Any:
    definition = cls.__dict__.get("definition")
    if definition is None:  # the kind classes: importable by name
        return cls.__qualname__
    rule = cast("type[DataRule]", cls)
    return make_rule, (rule.name, definition, rule.defined_in)


# Registered here rather than with the metaclass: the reduction names `make_rule`, and
# only `make_rule` makes classes that need it.
copyreg.pickle(DataRuleType, _reduce)

_CACHE: dict[tuple[str, str, str], type[DataRule]] = {}


def make_rule(name: str, table: Mapping[str, Any], where: str) -> type[DataRule]:
    """The rule class of the definition `[define.<name>]` in file `where` (the same class
    for the same definition, so rebuilding after unpickling keeps identities)."""
    key = (name, json.dumps(table, sort_keys=True, default=str), where)
    cls = _CACHE.get(key)
    if cls is None:
        cls = _build(name, dict(table), where)
        _CACHE[key] = cls
    return cls


def _build(name: str, table: dict[str, Any], where: str) -> type[DataRule]:
    def fail(key: str | None, why: str) -> DefinitionError:
        dotted = f"define.{name}" + (f".{key}" if key else "")
        return DefinitionError(f"{where}: '{dotted}' {why}")

    kind = schema.check_keys(name, table, fail)
    attrs = schema.identity(name, table, fail)
    attrs.update({"__module__": __name__, "__qualname__": f"defined.{name}", "definition": dict(table),
                  "defined_in": where})
    attrs.update(schema.limit(table, fail) if kind == "limit" else schema.text_kind(kind, table, fail))
    attrs["messages"], attrs["suggestions"] = schema.messages(kind, table, attrs, fail)

    cls = cast("type[DataRule]", DataRuleType(f"defined.{name}", (KIND_CLASSES[kind],), attrs))
    if cls.bad_example or cls.good_example:
        problems = [p for p in check_declaration(cls) if p not in ("no bad_example", "no good_example")]
        if problems:  # pragma: no cover - the checks above come first
            raise fail(None, "; ".join(problems))
    return cls


def define_rules(tables: Mapping[str, Mapping[str, Any]], where_of: Mapping[str, str]) -> list[type[DataRule]]:
    """Rule classes for a pack's merged definitions (`where_of`: each one's file), with
    codes checked for duplicates."""
    rules = []
    codes: dict[str, str] = {}
    for name, table in tables.items():
        where = where_of.get(name, "<pack>")
        rule = make_rule(name, table, where)
        if rule.code in codes:
            other = codes[rule.code]
            raise DefinitionError(f"{where}: 'define.{name}.code' {rule.code} is also the code of 'define.{other}'")
        codes[rule.code] = name
        rules.append(rule)
    return rules
