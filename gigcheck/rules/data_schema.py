"""What a `[define.<name>]` table (rules/data.py) may hold, checked key by key: each check
returns the class attributes it yields, or raises the `DefinitionError` that `fail` makes."""
from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from gigcheck.records import CODE_RANGES, Severity
from gigcheck.regex_cache import cached_regex
from gigcheck.rules.data_kinds import fold
from gigcheck.rules.data_scope import DEFAULT_SCOPE, LIMIT_FIELDS, MEASURES, SCOPES
from gigcheck.rules.regex_safety import UnsafePattern, compile_safe

KINDS = ("existence", "substitution", "pattern", "limit")
# Data rules check one gig at a time: not the suppression step's (meta) or a batch's.
DATA_CATEGORIES = tuple(c for c in CODE_RANGES if c not in ("meta", "cross-gig"))
RESERVED_GROUPS = frozenset({"value", "tip", "form", "span", "section", "self", "match"})
MAX_TOKENS = 5000
MAX_TOKEN_LENGTH = 200

COMMON_KEYS: dict[str, Any] = {
    "kind": str, "code": str, "category": str, "severity": str, "summary": str, "description": str,
    "message": str, "suggestion": str, "bad_example": str, "good_example": str,
}
KIND_KEYS: dict[str, dict[str, Any]] = {
    "existence": {"scope": list, "tokens": list, "exceptions": list, "ignorecase": bool},
    "substitution": {"scope": list, "swap": dict, "ignorecase": bool},
    "pattern": {"scope": list, "pattern": str, "ignorecase": bool},
    "limit": {"field": str, "measure": str, "max": int, "min": int, "min_message": str, "min_suggestion": str},
}
REQUIRED = ("kind", "code", "category", "summary")
KIND_REQUIRED = {"existence": ("tokens",), "substitution": ("swap",), "pattern": ("pattern",), "limit": ("field",)}

# Template fields each kind fills in (a pattern's named groups too).
FIELDS = {
    "existence": ("match", "token"),
    "substitution": ("match", "replacement"),
    "pattern": ("match",),
    "limit": ("count", "limit", "over", "measure", "unit", "field"),
}
DEFAULT_MESSAGES = {
    "existence": ('Avoid "{match}".', None),
    "substitution": ('Use "{replacement}" instead of "{match}".', 'Write "{replacement}".'),
    "pattern": ('"{match}" is not allowed here.', None),
}


class DefinitionError(ValueError):
    """A bad `[define.<name>]` table; str() names the file and the key."""


Fail: TypeAlias = Callable[[str | None, str], DefinitionError]
Messages: TypeAlias = tuple[dict[str, str], dict[str, str]]  # messages, suggestions


def check_keys(name: str, table: Mapping[str, Any], fail: Fail) -> str:
    """The definition's kind, once its name, keys and value types are checked."""
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name):
        raise fail(None, "is not a kebab-case rule name (lower-case words joined by '-')")
    for key in REQUIRED:
        if key not in table:
            raise fail(None, f"has no '{key}'")
    kind = table["kind"]
    if kind not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    known = {**COMMON_KEYS, **KIND_KEYS[kind]}
    for key, value in table.items():
        if key not in known:
            raise fail(key, f"is not a key of {kind} rules (known: {', '.join(sorted(known))})")
        expected = known[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise fail(key, f"must be {_type_name(expected)}, not {_type_name(type(value))}")
    for key in KIND_REQUIRED[kind]:
        if key not in table:
            raise fail(None, f"has no '{key}' (a {kind} rule needs it)")
    return str(kind)


def identity(name: str, table: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """Code, name, category, severity, summary and documentation, checked."""
    from gigcheck.rules.registry import BUILTIN

    category = table["category"]
    if category not in DATA_CATEGORIES:
        raise fail("category", f"must be one of {', '.join(DATA_CATEGORIES)}, not {category!r}")
    code = table["code"].strip().upper()
    prefix = CODE_RANGES[category]
    if not re.fullmatch(r"GC\d{3}", code):
        raise fail("code", f"must look like GC123, not {table['code']!r}")
    if not code.startswith(prefix):
        raise fail("code", f"{code} is outside the {prefix}xx range of category {category}")
    for what, value in (("code", code), ("name", name)):
        builtin = BUILTIN.get(value)
        if builtin is not None:
            raise fail("code" if what == "code" else None,
                       f"{what} {value} is taken by the built-in rule {builtin.code} {builtin.name}")
    try:
        severity = Severity.parse(table.get("severity", "warning"))
    except ValueError as exc:
        raise fail("severity", str(exc)) from None
    summary = table["summary"].strip()
    if not summary or "\n" in summary:
        raise fail("summary", "must be one non-empty line")
    return {
        "__doc__": (table.get("description") or summary).strip(),
        "code": code, "name": name, "category": category, "severity": severity, "summary": summary,
        "bad_example": table.get("bad_example", ""), "good_example": table.get("good_example", ""),
    }


def text_kind(kind: str, table: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """Scope, case rule and compiled expressions of an existence, substitution or pattern rule."""
    ignorecase = table.get("ignorecase", True)
    attrs: dict[str, Any] = {"scope": _scope(table.get("scope", list(DEFAULT_SCOPE)), fail), "ignorecase": ignorecase}
    if kind == "existence":
        tokens = _phrases(table["tokens"], "tokens", fail)
        attrs["tokens"] = {fold(t, ignorecase): t for t in tokens}
        attrs["regex"] = phrase_regex(tokens, ignorecase)
        if "exceptions" in table:
            attrs["exceptions"] = phrase_regex(_phrases(table["exceptions"], "exceptions", fail), ignorecase)
    elif kind == "substitution":
        swap = table["swap"]
        bad = [k for k, v in swap.items() if not isinstance(v, str) or not v.strip()]
        if bad:
            raise fail(f"swap.{bad[0]}", "must be a non-empty string: the preferred phrase")
        phrases = _phrases(list(swap), "swap", fail)
        attrs["swap"] = {fold(k, ignorecase): " ".join(v.split()) for k, v in swap.items()}
        attrs["regex"] = phrase_regex(phrases, ignorecase)
    else:
        try:
            regex = compile_safe(table["pattern"], re.IGNORECASE if ignorecase else 0)
        except UnsafePattern as exc:
            raise fail("pattern", f"is refused: {exc}") from None
        reserved = sorted(set(regex.groupindex) & RESERVED_GROUPS)
        if reserved:
            raise fail("pattern", f"names a group {reserved[0]!r}, which is reserved")
        attrs["regex"] = regex
    return attrs


def phrase_regex(phrases: list[str], ignorecase: bool) -> re.Pattern[str]:
    """One expression for literal phrases: longest first, spaces matching any run of
    white space, word boundaries where a phrase starts or ends with a word character.
    Linear by construction (literals; each space run is entered after a non-space)."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        head = r"(?<!\w)" if re.match(r"\w", phrase) else ""
        tail = r"(?!\w)" if re.search(r"\w$", phrase) else ""
        parts.append(head + body + tail)
    return cached_regex("|".join(parts), re.IGNORECASE if ignorecase else 0)


def _type_name(t: Any) -> str:
    return {str: "a string", list: "a list", dict: "a table", bool: "true or false", int: "an integer",
            float: "a number"}.get(t, getattr(t, "__name__", str(t)))


def _phrases(values: list[Any], key: str, fail: Fail) -> list[str]:
    out = []
    if not values:
        raise fail(key, "must not be empty")
    if len(values) > MAX_TOKENS:
        raise fail(key, f"has {len(values)} entries; the limit is {MAX_TOKENS}")
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise fail(key, f"must hold non-empty strings, not {v!r}")
        if len(v) > MAX_TOKEN_LENGTH:
            raise fail(key, f"has an entry longer than {MAX_TOKEN_LENGTH} characters")
        out.append(" ".join(v.split()))
    return out


def _scope(values: list[Any], fail: Fail) -> tuple[str, ...]:
    if not values:
        raise fail("scope", "must not be empty")
    out = []
    for v in values:
        if not isinstance(v, str):
            raise fail("scope", f"must hold strings, not {v!r}")
        if v not in SCOPES and not (v.startswith(("extra:", "package:")) and v.split(":", 1)[1]):
            raise fail("scope", f"has unknown part {v!r} (known: {', '.join(SCOPES)}, extra:<name>, package:<name>)")
        out.append(v)
    return tuple(out)


def limit(table: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """Field, measure and bounds of a limit rule."""
    field = table["field"]
    if field not in LIMIT_FIELDS:
        raise fail("field", f"must be one of {', '.join(LIMIT_FIELDS)}, not {field!r}")
    measures = LIMIT_FIELDS[field]
    measure = table.get("measure", measures[0])
    if measure not in MEASURES:
        raise fail("measure", f"must be one of {', '.join(MEASURES)}, not {measure!r}")
    if measure not in measures:
        raise fail("measure", f"{measure!r} does not apply to {field} (use {' or '.join(measures)})")
    if "max" not in table and "min" not in table:
        raise fail(None, "has neither 'max' nor 'min'")
    for key in ("max", "min"):
        if key in table and table[key] < 0:
            raise fail(key, "must not be negative")
    if "max" in table and "min" in table and table["min"] > table["max"]:
        raise fail("min", f"is above 'max' ({table['min']} > {table['max']})")
    return {"field": field, "measure": measure, "max": table.get("max"), "min": table.get("min")}


def messages(kind: str, table: Mapping[str, Any], attrs: Mapping[str, Any], fail: Fail) -> Messages:
    """The rule's message and suggestion templates (`attrs`: what the kind's check gave),
    the declared ones checked against the fields the kind fills in."""
    fields: tuple[str, ...] = FIELDS[kind]
    if kind == "limit":
        found = _limit_messages(table, attrs)
    else:
        if kind == "pattern":
            fields = fields + tuple(attrs["regex"].groupindex)
        default_message, default_suggestion = DEFAULT_MESSAGES[kind]
        tip = table.get("suggestion", default_suggestion)
        found = {"default": table.get("message", default_message)}, ({"default": tip} if tip is not None else {})
    for key in ("message", "suggestion", "min_message", "min_suggestion"):
        if key in table:
            _check_template(table[key], fields, key, fail)
    return found


def _limit_messages(table: Mapping[str, Any], attrs: Mapping[str, Any]) -> Messages:
    items = attrs["measure"] == "items"
    # `{count:{unit}}`: "1 word", "3 words" (text/english.py), whatever the numbers.
    if items:
        over = "The gig has too many {measure}: {count}; the limit is {limit}."
        under = "The gig has too few {measure}: {count}; the minimum is {limit}."
        over_tip = "Keep the {limit:{unit}} buyers care most about."
        under_tip = "Add {measure} until the gig has {limit:{unit}}."
    else:
        over = "The {field} is too long: {count:{unit}}, the limit is {limit}."
        under = "The {field} is too short: {count:{unit}}; the minimum is {limit}."
        over_tip, under_tip = "Shorten it to {limit:{unit}} or fewer.", "Make it at least {limit:{unit}} long."
    # `message` and `suggestion` are for the bound the rule has; with both bounds, for
    # `max`, and `min_message` / `min_suggestion` for `min`.
    only_min = attrs["max"] is None
    messages = {
        "default": table.get("message", over),
        "min": table.get("min_message", table["message"] if only_min and "message" in table else under),
    }
    suggestions = {
        "default": table.get("suggestion", over_tip),
        "min": table.get("min_suggestion", table["suggestion"] if only_min and "suggestion" in table else under_tip),
    }
    return messages, suggestions


def _check_template(template: str, fields: tuple[str, ...], key: str, fail: Fail) -> None:
    """Templates name only the fields their kind fills in: no attribute or index access."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise fail(key, f"is not a valid template: {exc}") from None
    for _text, field, spec, _conv in parsed:
        if field is None:
            continue
        if field not in fields:
            raise fail(key, f"uses {{{field}}}; known fields: {', '.join('{' + f + '}' for f in fields)}")
        if spec and "{" in spec:
            raise fail(key, "may not nest fields in a format spec")
    try:
        template.format(**{f: 1 if f in ("count", "limit", "over") else "x" for f in fields})
    except (ValueError, KeyError, IndexError) as exc:
        raise fail(key, f"is not a valid template: {exc}") from None
