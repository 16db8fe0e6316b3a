"""Rules written as data: a pack's `[define.<name>]` tables, made into rule classes.

Four generic kinds, each scoped to the parts of a gig it reads:

- `existence`: words or phrases (`tokens`) that should not appear, matched on word
  boundaries, ignoring case unless `ignorecase = false`; `exceptions` are phrases that do
  not count even though they contain a token;
- `substitution`: `swap` maps a phrase to the preferred one, which the suggestion gives
  (in the case of what was written: "E-mail" → "Email");
- `pattern`: a regular expression, refused at load unless it runs in linear time
  (rules/regex_safety.py);
- `limit`: a `max` and/or `min` count of characters, words or items of one `field`.

`make_rule(name, table, where)` checks a definition and returns a `Rule` subclass with the
declared code, name, category, severity, summary, documentation (`description`, else the
summary), messages and examples; its regular expressions are compiled once, with the
class. Definitions are plain data and a class is rebuilt from them when unpickled (a
spawned worker receives the configuration pickled), so defined rules travel like
built-ins. Errors are `DefinitionError`s naming the file and the key.
"""
from __future__ import annotations

import copyreg
import fnmatch
import json
import re
import string
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, TypeAlias, cast

from gigcheck.document import gig as G
from gigcheck.document.gig import Gig
from gigcheck.records import CODE_RANGES, Hit, Severity, TextRun
from gigcheck.rules.base import Context, Rule, check_declaration
from gigcheck.rules.regex_safety import UnsafePattern, compile_safe

KINDS = ("existence", "substitution", "pattern", "limit")
# Data rules check one gig at a time: not the suppression step's (meta) or a batch's.
DATA_CATEGORIES = tuple(c for c in CODE_RANGES if c not in ("meta", "cross-gig"))
DEFAULT_SCOPE = (G.TITLE, G.DESCRIPTION, G.EXTRAS, G.FAQ)
SCOPES = (G.TITLE, G.TAGS, G.CATEGORY, G.DESCRIPTION, G.EXTRAS, G.FAQ, G.REQUIREMENTS, G.PORTFOLIO,
          G.FRONT_MATTER, "packages")
MEASURES = ("characters", "words", "items")
# What a limit measures: a field's text, a section's visible text, or a list.
LIMIT_FIELDS = {
    "title": ("characters", "words"), "category": ("characters", "words"),
    "tags": ("items", "characters", "words"),  # items: how many tags; else each tag
    "description": ("characters", "words"), "faq": ("characters", "words"),
    "requirements": ("characters", "words"), "portfolio": ("characters", "words"),
    "extras": ("items",), "extra-title": ("characters", "words"), "extra-description": ("characters", "words"),
    "packages": ("items",), "package-description": ("characters", "words"),
}
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
    "limit": ("count", "limit", "over", "measure", "field"),
}
DEFAULT_MESSAGES = {
    "existence": ('Avoid "{match}".', None),
    "substitution": ('Use "{replacement}" instead of "{match}".', 'Write "{replacement}".'),
    "pattern": ('"{match}" is not allowed here.', None),
}


class DefinitionError(ValueError):
    """A bad `[define.<name>]` table; str() names the file and the key."""


# --- the classes ----------------------------------------------------------------------


class DataRuleType(type):
    """The metaclass of rules made from data: pickled as their definition (copyreg below),
    rebuilt by `make_rule` on the other side."""


def _reduce(cls: DataRuleType) -> Any:
    definition = cls.__dict__.get("definition")
    if definition is None:  # the kind classes below: importable by name
        return cls.__qualname__
    rule = cast("type[DataRule]", cls)
    return make_rule, (rule.name, definition, rule.defined_in)


copyreg.pickle(DataRuleType, _reduce)


class DataRule(Rule, metaclass=DataRuleType):
    """A rule defined in a pack. Subclasses (one per kind) implement `check`."""

    definition: ClassVar[Mapping[str, Any]]  # the table it was made from
    defined_in: ClassVar[str]  # the pack or config file
    data_kind: ClassVar[str]
    bad_example = ""
    good_example = ""

    @classmethod
    def docs_url(cls) -> str:
        return cls.defined_in


class _TextRule(DataRule):
    """A kind that reads the text of the scoped fields and sections."""

    scope: ClassVar[tuple[str, ...]] = DEFAULT_SCOPE

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for run in scoped_runs(gig, self.scope):
            if run.text:
                yield from self.check_run(run)

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        raise NotImplementedError


class ExistenceRule(_TextRule):
    data_kind = "existence"
    regex: ClassVar[re.Pattern[str]]
    exceptions: ClassVar[re.Pattern[str] | None] = None
    tokens: ClassVar[Mapping[str, str]]  # normalized spelling -> the token as declared
    ignorecase: ClassVar[bool] = True

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        text = run.text
        spared = [m.span() for m in self.exceptions.finditer(text)] if self.exceptions is not None else []
        k = 0
        for m in self.regex.finditer(text):
            a, b = m.span()
            while k < len(spared) and spared[k][1] < b:  # exception spans are sorted and apart
                k += 1
            if k < len(spared) and spared[k][0] <= a:
                continue
            found = m.group()
            token = self.tokens.get(_fold(found, self.ignorecase), found)
            yield self.hit(run.src_span(a, b), run.section, value=_fold(found, True), match=_fold(found, False),
                           token=token)


class SubstitutionRule(_TextRule):
    data_kind = "substitution"
    regex: ClassVar[re.Pattern[str]]
    swap: ClassVar[Mapping[str, str]]  # normalized phrase -> preferred phrase
    ignorecase: ClassVar[bool] = True

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        for m in self.regex.finditer(run.text):
            found = m.group()
            preferred = self.swap.get(_fold(found, self.ignorecase))
            if preferred is None:
                continue
            replacement = _in_case_of(found, preferred)
            if replacement == _fold(found, False):
                continue
            yield self.hit(run.src_span(*m.span()), run.section, value=_fold(found, True),
                           match=_fold(found, False), replacement=replacement)


class PatternRule(_TextRule):
    data_kind = "pattern"
    regex: ClassVar[re.Pattern[str]]

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        for m in self.regex.finditer(run.text):
            a, b = m.span()
            if a == b:
                continue
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            yield self.hit(run.src_span(a, b), run.section, value=_fold(m.group(), True), **groups,
                           match=_fold(m.group(), False))


class LimitRule(DataRule):
    data_kind = "limit"
    field: ClassVar[str]
    measure: ClassVar[str]
    max: ClassVar[int | None] = None
    min: ClassVar[int | None] = None

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if self.measure == "items":
            yield from self._items(gig)
            return
        for unit in text_units(gig, self.field):
            text = "\n".join(r.text for r in unit.runs)
            if self.measure == "characters":
                count = len(text)
                at = self.max
            else:
                words = list(_WORD.finditer(text))
                count = len(words)
                at = words[self.max].start() if self.max is not None and count > self.max else None
            fields: dict[str, Any] = {"count": count, "measure": self.measure, "field": unit.label}
            if self.max is not None and count > self.max and at is not None:
                run, offset = _locate(unit.runs, at)
                span = run_span(run, offset)
                yield self.hit(span, run.section, limit=self.max, over=count - self.max, **fields)
            elif self.min is not None and count < self.min and unit.anchor is not None:
                yield self.hit(unit.anchor, unit.section, "min", limit=self.min, over=self.min - count, **fields)

    def _items(self, gig: Gig) -> Iterator[Hit]:
        lists: dict[str, list[Any]] = {"tags": gig.tags, "extras": gig.extras, "packages": gig.packages}
        items = lists[self.field]
        count = len(items)
        fields: dict[str, Any] = {"count": count, "measure": self.field, "field": self.field}
        if self.max is not None and count > self.max:
            if self.field == "tags":
                first, last = gig.tags[self.max].run, gig.tags[-1].run
                a = first.src_offset(0)
                b = last.src_span(0, len(last.text))[1]
                span, section = (a, max(a, b)), G.TAGS
            elif self.field == "extras":
                extra = gig.extras[self.max]
                span, section = run_span(extra.heading), extra.section
            else:
                pkg = gig.packages[self.max]
                span, section = run_span(pkg.key), pkg.section
            yield self.hit(span, section, limit=self.max, over=count - self.max, **fields)
        elif self.min is not None and count < self.min:
            span, section = _list_anchor(gig, self.field)
            yield self.hit(span, section, "min", limit=self.min, over=self.min - count, **fields)


_KIND_CLASSES: dict[str, type[DataRule]] = {
    "existence": ExistenceRule, "substitution": SubstitutionRule, "pattern": PatternRule, "limit": LimitRule,
}


# --- what a rule reads ------------------------------------------------------------------


def scope_matcher(scope: tuple[str, ...]) -> Any:
    """A test for section ids: `extras` is every extra, `packages` every package, and
    `extra:<name>` / `package:<name>` may use `*` and `?` (case does not matter)."""
    exact = set(scope)
    globs = [s.lower() for s in scope if ":" in s]
    if G.EXTRAS in exact:
        globs.append("extra:*")
    if "packages" in exact:
        globs.append("package:*")

    def matches(section: str) -> bool:
        return section in exact or any(fnmatch.fnmatchcase(section.lower(), g) for g in globs)

    return matches


def scoped_runs(gig: Gig, scope: tuple[str, ...]) -> Iterator[TextRun]:
    """The text a buyer reads in the scoped parts of `gig`: the title, tag and category
    fields, each extra's title and description (not its price and delivery lines), each
    package's description, and the visible prose of the scoped sections."""
    matches = scope_matcher(scope)
    if gig.title is not None and matches(G.TITLE):
        yield gig.title.run
    if matches(G.TAGS):
        for tag in gig.tags:
            yield tag.run
    if gig.category is not None and matches(G.CATEGORY):
        yield gig.category.run
    for extra in gig.extras:
        if matches(extra.section):
            yield extra.heading
            yield from extra.description
    for pkg in gig.packages:
        if pkg.description is not None and matches(pkg.section):
            yield pkg.description.run
    own = (G.TITLE, G.TAGS, G.CATEGORY)
    for run in gig.runs:
        s = run.section
        if s in own or s.startswith(("extra:", "package:")) or not matches(s):
            continue
        if run.kind in G.VISIBLE_PROSE or (s == G.FRONT_MATTER and run.kind == "fm_value"):
            yield run


class Unit:
    """One measured text: its runs, a label for messages, and where a "too short" finding
    points (None: the unit is absent)."""

    __slots__ = ("label", "runs", "section", "anchor")

    def __init__(self, label: str, runs: list[TextRun], section: str, anchor: tuple[int, int] | None) -> None:
        self.label, self.runs, self.section, self.anchor = label, runs, section, anchor


def text_units(gig: Gig, field: str) -> Iterator[Unit]:
    if field in ("title", "category"):
        f = gig.title if field == "title" else gig.category
        if f is not None:
            yield Unit(field, [f.run], f.run.section, run_span(f.run) if f.run.text.strip() else None)
    elif field == "tags":
        for tag in gig.tags:
            yield Unit(f'tag "{tag.raw}"', [tag.run], G.TAGS, run_span(tag.run))
    elif field == "extra-title":
        for e in gig.extras:
            yield Unit(f'title of the extra "{e.name}"', [e.heading], e.section, run_span(e.heading))
    elif field == "extra-description":
        for e in gig.extras:
            yield Unit(f'description of the extra "{e.name}"', list(e.description), e.section, run_span(e.heading))
    elif field == "package-description":
        for p in gig.packages:
            if p.description is not None:
                yield Unit(f'description of the package "{p.name}"', [p.description.run], p.section,
                           run_span(p.description.run))
    else:
        section = gig.sections.get(field)
        if section is None:
            return
        runs = [r for r in section.runs if r.kind in G.VISIBLE_PROSE]
        label = "FAQ" if field == G.FAQ else field
        if section.heading is not None:
            anchor: tuple[int, int] | None = run_span(section.heading)
        elif runs:
            anchor = run_span(runs[0])
        else:
            anchor = None
        yield Unit(label, runs, field, anchor)


def _locate(runs: list[TextRun], index: int) -> tuple[TextRun, int]:
    """The run and offset of character `index` of the runs joined by line breaks."""
    seen = 0
    for run in runs:
        if index < seen + len(run.text):
            return run, index - seen
        seen += len(run.text) + 1
    return runs[-1], len(runs[-1].text)


def _list_anchor(gig: Gig, field: str) -> tuple[tuple[int, int], str]:
    """Where a finding about too few tags, extras or packages points."""
    if field == "tags" and gig.tags:
        first, last = gig.tags[0].run, gig.tags[-1].run
        a = first.src_offset(0)
        return (a, max(a, last.src_span(0, len(last.text))[1])), G.TAGS
    if field == "tags" and gig.tags_key is not None:
        return run_span(gig.tags_key), G.TAGS
    if field == "extras":
        section = gig.sections.get(G.EXTRAS)
        if section is not None and section.heading is not None:
            return run_span(section.heading), G.EXTRAS
    at = gig.front_matter_run.segments[0].src_start if gig.front_matter_run else 0
    return (at, at), {"tags": G.TAGS, "extras": G.EXTRAS}.get(field, G.FRONT_MATTER)


def run_span(run: TextRun, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Source span of `run.text[start:end]`, leading and trailing spaces left out."""
    text = run.text
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return run.src_span(start, end)


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _fold(text: str, ignorecase: bool) -> str:
    text = " ".join(text.split())
    return text.casefold() if ignorecase else text


def _in_case_of(found: str, preferred: str) -> str:
    """`preferred` written like `found` when `preferred` is in lower case: "E-mail" →
    "Email", "E-MAIL" → "EMAIL". A preferred spelling with capitals is kept as it is."""
    if preferred != preferred.lower():
        return preferred
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return preferred.upper()
    if letters and letters[0].isupper():
        return preferred[:1].upper() + preferred[1:]
    return preferred


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
    return re.compile("|".join(parts), re.IGNORECASE if ignorecase else 0)


# --- building and checking a definition --------------------------------------------------

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


Fail: TypeAlias = Callable[[str | None, str], DefinitionError]


def _build(name: str, table: dict[str, Any], where: str) -> type[DataRule]:
    def fail(key: str | None, why: str) -> DefinitionError:
        dotted = f"define.{name}" + (f".{key}" if key else "")
        return DefinitionError(f"{where}: '{dotted}' {why}")

    kind = _check_keys(name, table, fail)
    attrs = _identity(name, table, fail)
    attrs.update({"__module__": __name__, "__qualname__": f"defined.{name}", "definition": dict(table),
                  "defined_in": where})
    fields: tuple[str, ...] = FIELDS[kind]
    if kind == "limit":
        attrs.update(_limit(table, fail))
        messages, suggestions = _limit_messages(table, attrs)
    else:
        attrs.update(_text_kind(kind, table, fail))
        if kind == "pattern":
            fields = fields + tuple(attrs["regex"].groupindex)
        default_message, default_suggestion = DEFAULT_MESSAGES[kind]
        messages = {"default": table.get("message", default_message)}
        tip = table.get("suggestion", default_suggestion)
        suggestions = {"default": tip} if tip is not None else {}
    for key in ("message", "suggestion", "min_message", "min_suggestion"):
        if key in table:
            _check_template(table[key], fields, key, fail)
    attrs["messages"], attrs["suggestions"] = messages, suggestions

    cls = cast("type[DataRule]", DataRuleType(f"defined.{name}", (_KIND_CLASSES[kind],), attrs))
    if cls.bad_example or cls.good_example:
        problems = [p for p in check_declaration(cls) if p not in ("no bad_example", "no good_example")]
        if problems:  # pragma: no cover - the checks above come first
            raise fail(None, "; ".join(problems))
    return cls


def _check_keys(name: str, table: Mapping[str, Any], fail: Fail) -> str:
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


def _identity(name: str, table: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
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


def _text_kind(kind: str, table: Mapping[str, Any], fail: Fail) -> dict[str, Any]:
    """Scope, case rule and compiled expressions of an existence, substitution or pattern rule."""
    ignorecase = table.get("ignorecase", True)
    attrs: dict[str, Any] = {"scope": _scope(table.get("scope", list(DEFAULT_SCOPE)), fail), "ignorecase": ignorecase}
    if kind == "existence":
        tokens = _phrases(table["tokens"], "tokens", fail)
        attrs["tokens"] = {_fold(t, ignorecase): t for t in tokens}
        attrs["regex"] = phrase_regex(tokens, ignorecase)
        if "exceptions" in table:
            attrs["exceptions"] = phrase_regex(_phrases(table["exceptions"], "exceptions", fail), ignorecase)
    elif kind == "substitution":
        swap = table["swap"]
        bad = [k for k, v in swap.items() if not isinstance(v, str) or not v.strip()]
        if bad:
            raise fail(f"swap.{bad[0]}", "must be a non-empty string: the preferred phrase")
        phrases = _phrases(list(swap), "swap", fail)
        attrs["swap"] = {_fold(k, ignorecase): " ".join(v.split()) for k, v in swap.items()}
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


def _type_name(t: Any) -> str:
    return {str: "a string", list: "a list", dict: "a table", bool: "true or false", int: "an integer",
            float: "a number"}.get(t, getattr(t, "__name__", str(t)))


def _phrases(values: list[Any], key: str, fail: Any) -> list[str]:
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


def _scope(values: list[Any], fail: Any) -> tuple[str, ...]:
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


def _limit(table: Mapping[str, Any], fail: Any) -> dict[str, Any]:
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


def _limit_messages(table: Mapping[str, Any], attrs: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    items = attrs["measure"] == "items"
    if items:
        over = "The gig has too many {measure}: {count}, at most {limit} are allowed."
        under = "The gig has too few {measure}: {count}, at least {limit} are needed."
        over_tip, under_tip = "Keep the {limit} that matter most to buyers.", "Add {measure} until there are {limit}."
    else:
        over = "The {field} is too long: {count} {measure}, the limit is {limit}."
        under = "The {field} is too short: {count} {measure}, at least {limit} are needed."
        over_tip, under_tip = "Shorten it to {limit} {measure} or fewer.", "Make it at least {limit} {measure} long."
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


def _check_template(template: str, fields: tuple[str, ...], key: str, fail: Any) -> None:
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
