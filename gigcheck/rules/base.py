"""The rule seam: a rule is a small class that declares everything about itself, and a
`check` generator that says where and why.

A rule class holds its code, name, category, default severity, options (with types and
defaults), message templates, its documentation (the docstring) and a flagged and an
accepted example, each a whole gig. Packs and project configs only override: a rule's
severity and option values. The engine, not the rule, stamps the code, name, category
and configured severity on each `Hit` the rule yields, turns offsets into lines and
columns and applies suppressions.
"""
from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from gigcheck.document.gig import Gig
from gigcheck.records import CATEGORIES, Fix, Hit, Severity, TextRun
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.vocabulary import Vocabulary
from gigcheck.text.english import fill
from gigcheck.text.normalized import Normalized

# Where each rule's documentation page lives in the repository (generated from the
# registry by `python -m gigcheck.rules.docs --write`).
DOCS_PATH = "docs/rules/{code}.md"
MAX_COUNT = 10**9  # the highest whole-number option (a length, a count of days or words)
REPOSITORY_KEYS = ("repository", "source", "source code", "homepage")


@cache
def repository_url() -> str | None:
    """The project's repository (https) as the installed package declares it
    (pyproject's `[project.urls]`: Repository, Source or Homepage), never made up."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        meta = metadata("gigcheck")
    except (ImportError, PackageNotFoundError):
        return None
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(", ")
        urls[label.strip().lower()] = url.strip()
    for key in REPOSITORY_KEYS:
        if urls.get(key, "").startswith("https://"):
            return urls[key].rstrip("/")
    return None


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a rule: its type, its default and what it means.

    `kind` is int, float, str, bool or list (of `item`); a pack or config value must have
    that type (an int is accepted where a float is expected). A number must also lie in
    [`low`, `high`]: by default a whole number is a count (0 to MAX_COUNT) and a float any
    finite number. A text with `choices` must be one of them."""

    name: str
    kind: type[Any]
    default: Any
    help: str = ""
    item: type[Any] | None = None
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()  # documented values not supported yet: refused, and said so

    @property
    def key(self) -> str:
        """The option as a config writes it (kebab-case: `max-length`)."""
        return self.name.replace("_", "-")

    def accepts(self, value: Any) -> bool:
        if isinstance(value, bool) and self.kind is not bool:
            return False
        if self.kind is float:
            return isinstance(value, (int, float))
        if not isinstance(value, self.kind):
            return False
        if self.kind is list and self.item is not None:
            item = self.item
            return all(isinstance(v, item) and not isinstance(v, bool) for v in value)
        return True

    def describe(self) -> str:
        if self.choices:
            return self.describe_range()
        if self.kind is list and self.item is not None:
            return f"a list of {self.item.__name__}"
        return self.kind.__name__

    def bounds(self) -> tuple[float, float] | None:
        """The range a number must lie in (None: not a number)."""
        if self.kind is int:
            return (self.low if self.low is not None else 0, self.high if self.high is not None else MAX_COUNT)
        if self.kind is float:
            return (self.low if self.low is not None else -math.inf, self.high if self.high is not None else math.inf)
        return None

    def in_range(self, value: Any) -> bool:
        """Whether a value that `accepts` is also in range (and finite), or one of the choices."""
        if self.choices:
            return value in self.choices
        bounds = self.bounds()
        if bounds is None:
            return True
        return math.isfinite(value) and bounds[0] <= value <= bounds[1]

    def describe_range(self) -> str:
        if self.choices:
            later = ", ".join(f'"{c}"' for c in self.planned)
            named = "one of " + ", ".join(f'"{c}"' for c in self.choices)
            return named + (f" ({later}: not supported yet)" if later else "")
        bounds = self.bounds()
        if bounds is None or bounds[0] == -math.inf and bounds[1] == math.inf:
            return "a finite number"
        low, high = (f"{b:g}" if isinstance(b, float) else str(b) for b in bounds)
        return f"a number from {low} to {high}" if bounds[1] != math.inf else f"a number from {low} up"


# Not frozen: the engine makes one per rule per gig, and a frozen dataclass sets its
# fields through object.__setattr__; `unsafe_hash` keeps the hashing of a frozen one.
@dataclass(slots=True, unsafe_hash=True)
class Context:
    """What a rule reads besides the gig: the gig's scan (shared views and detector
    results, the pack's compiled vocabulary) and this rule's option values."""

    scan: GigScan
    options: Mapping[str, Any]

    @property
    def vocabulary(self) -> Vocabulary:
        return self.scan.vocabulary


class Rule:
    """Base class. Subclasses set the class attributes and implement `check`.

    The subclass docstring is the seller-facing documentation shown by
    `gigcheck rules CODE`: what it checks and why the marketplace cares.
    """

    code: ClassVar[str]  # stable, e.g. "GC201"; its hundreds follow the category
    name: ClassVar[str]  # kebab-case, e.g. "contact-email"
    category: ClassVar[str]  # one of records.CATEGORIES
    severity: ClassVar[Severity]  # the default; packs and configs may change it
    summary: ClassVar[str]  # one line for the rules table
    bad_example: ClassVar[str]  # a whole gig this rule flags
    good_example: ClassVar[str]  # a similar gig it accepts
    options: ClassVar[tuple[Option, ...]] = ()
    # Another rule whose option values, as configured for it, this rule reads as well
    # (link-reference follows link-disallowed-host's `mode`): one setting, not two.
    options_from: ClassVar[type[Rule] | None] = None
    # Message and suggestion templates (str.format fields, with `{label:a}` for "an
    # Instagram" and `{n:day}` for "1 day" / "3 days": text/english.py), by key; "default" first.
    messages: ClassVar[Mapping[str, str]] = {}
    suggestions: ClassVar[Mapping[str, str]] = {}
    # Codes and names this rule had before (still accepted in --select, --ignore, configs,
    # inline directives); `fingerprint_code` is the code its findings were fingerprinted
    # under before a renumbering, so existing baselines keep matching.
    aliases: ClassVar[tuple[str, ...]] = ()
    fingerprint_code: ClassVar[str | None] = None
    # "gig": checked one gig at a time; "batch": cross-gig (engine/crossgig.py);
    # "meta": produced by the suppression step (engine/suppressions.py).
    kind: ClassVar[str] = "gig"
    # The pack's vocabulary keys ("links.allowed_hosts") that hold this rule's limits or
    # lists: `gigcheck rules RULE` shows where they come from (the pack's [sources]).
    vocab_keys: ClassVar[tuple[str, ...]] = ()
    # Whether the excerpt quotes a contact detail, which `--redact` masks. None: decided
    # by category (contact, payment).
    redact: ClassVar[bool | None] = None
    # What the rule's fix does ("Replaces `&` with `and`."), for its documentation; None
    # when it has none. `fix_applicability` says whether `--fix` applies it unasked.
    fix_summary: ClassVar[str | None] = None
    fix_applicability: ClassVar[str] = "safe"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        raise NotImplementedError

    # -- declared metadata, derived -------------------------------------------------
    @classmethod
    def defaults(cls) -> dict[str, Any]:
        return {o.name: o.default for o in cls.options}

    @classmethod
    def masks_excerpt(cls) -> bool:
        return cls.redact if cls.redact is not None else cls.category in ("contact", "payment")

    @classmethod
    def print_code(cls) -> str:
        return cls.fingerprint_code or cls.code

    @classmethod
    def docs_path(cls) -> str:
        """The rule's documentation page, relative to the repository root."""
        return DOCS_PATH.format(code=cls.code)

    @classmethod
    def docs_url(cls) -> str:
        """The rule's page in the project's repository when the package names one, else
        its path in the repository (`docs/rules/GC201.md`)."""
        repo = repository_url()
        return f"{repo}/blob/HEAD/{cls.docs_path()}" if repo else cls.docs_path()

    @classmethod
    def message(cls, key: str = "default", **fields: Any) -> str:
        return fill(cls.messages[key], **fields)

    @classmethod
    def suggestion(cls, key: str = "default", **fields: Any) -> str | None:
        template = cls.suggestions.get(key)
        return fill(template, **fields) if template is not None else None

    def hit(
        self,
        span: tuple[int, int],
        section: str,
        form: str = "default",
        *,
        value: str | None = None,
        tip: str | None = None,
        fix: Fix | None = None,
        **fields: Any,
    ) -> Hit:
        """A Hit at source `span` with the message of `form` (and the suggestion of the
        same form, else the default one, unless `tip` is given), formatted with `fields`.
        `value` is what was matched, normalized (an email, a phone number in E.164):
        baselines and the cross-gig checks compare it."""
        if tip is None:
            tip = self.suggestion(form if form in self.suggestions else "default", **fields)
        return Hit(span[0], span[1], section, self.message(form, **fields), tip, value, fix)


def located(run: TextRun, norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Source span of `[start, end)` in a normalized view of `run`."""
    a, b = norm.span(start, end)
    return run.src_span(a, b)


def check_declaration(rule: type[Rule]) -> list[str]:
    """What is wrong with a rule class's declaration (empty when nothing): used by the
    registry's test and when a pack defines rules as data."""
    from gigcheck.records import CODE_RANGES

    problems = []
    for attr in ("code", "name", "category", "severity", "summary", "bad_example", "good_example"):
        if not getattr(rule, attr, None):
            problems.append(f"no {attr}")
    if problems:
        return problems
    if rule.category not in CATEGORIES:
        problems.append(f"unknown category {rule.category!r}")
    elif not rule.code.startswith(CODE_RANGES[rule.category]) or len(rule.code) != 5 or not rule.code[2:].isdigit():
        hundreds = CODE_RANGES[rule.category]
        problems.append(f"code {rule.code} outside the {hundreds}xx range of category {rule.category}")
    if rule.name != rule.name.lower() or " " in rule.name:
        problems.append(f"name {rule.name!r} is not kebab-case")
    if rule.messages and "default" not in rule.messages:
        problems.append("messages has no 'default'")
    return problems
