"""`--redact`: mask every contact detail and payment account, in every format.

CI logs are often public, and a report that repeats a seller's phone number publishes it.
What is masked never depends on what is reported: with `--redact` the engine runs every
rule that masks its excerpt, selected or not, and keeps what they find as the result's
`secrets` (before suppressions and baselines; also those read in the input's name). The
CLI applies `redact_result` to each FileResult before any reporter sees it, so no format
can forget: every text a reporter can print (source lines and the whole source, row
values, excerpts, messages, suggestions, sections, fields, the inputs a finding names,
the path, the row's id, the title and seller, errors) goes through it.

Masking keeps the first and last visible character and the length (whitespace and
newlines stay), so underlines and columns in the text report still line up with the
masked source line, and HTML highlights stay where they were.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, replace
from typing import Any

from gigcheck.engine.fingerprint import fingerprints
from gigcheck.records import FileResult, Finding, PlacedFix, RowOrigin
from gigcheck.rules.registry import rule_by_key
from gigcheck.text.trie import alternation

SENSITIVE_CATEGORIES = ("contact", "payment")
MASK = "*"


def is_sensitive(f: Finding) -> bool:
    """Whether `f` quotes something to mask: the rule says so, else its category decides."""
    rule = rule_by_key(f.rule)
    return rule.masks_excerpt() if rule is not None else f.category in SENSITIVE_CATEGORIES


def mask(text: str) -> str:
    """`studio.lina@gmail.com` → `s*******************m`; fewer than 4 visible characters
    are masked entirely (keeping two of three would reveal most of it)."""
    visible = [i for i, c in enumerate(text) if not c.isspace()]
    keep = {visible[0], visible[-1]} if len(visible) >= 4 else set()
    return "".join(c if c.isspace() or i in keep else MASK for i, c in enumerate(text))


CUT = "…"  # how a message marks a quote cut short (rules/extras.py `quote`)


@dataclass(frozen=True)
class Secrets:
    """The secrets of one result, as texts to mask wherever a copy of one shows."""

    texts: tuple[str, ...]  # lowercased, whitespace collapsed
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, found: Iterable[Finding]) -> Secrets | None:
        """The secrets quoted by `found`, as written and normalized (their keys)."""
        texts = {" ".join(s.split()).lower() for f in found for s in (f.excerpt, f.key) if s and s.strip()}
        if not texts:
            return None
        # Longest first; a run of whitespace in one matches any run (a message may quote
        # on one line what the gig wrote on two).
        return cls(tuple(sorted(texts)), re.compile(alternation(texts, space=r"\s+"), re.IGNORECASE))

    def mask_in(self, text: str) -> str:
        """`text` with every copy of a secret masked (case-insensitive), and the start of
        one that a quote cut short (`"Rush delivery to nora.vance@…"`)."""
        text = self.pattern.sub(lambda m: mask(m.group()), text)
        return self._mask_cut(text) if CUT in text else text

    def _mask_cut(self, text: str) -> str:
        low = text.lower()
        for cut in [i for i, c in enumerate(text) if c == CUT]:
            k = max((_overlap(low, cut, s) for s in self.texts), default=0)
            if k:
                text = text[: cut - k] + mask(text[cut - k : cut]) + text[cut:]
        return text


def _overlap(low: str, end: int, secret: str) -> int:
    """The length of the longest start of `secret` (at least 3 characters) that `low`
    ends with at `end`; 0 when none."""
    for k in range(min(len(secret), end), 2, -1):
        if low.startswith(secret[:k], end - k):
            return k
    return 0


def _splice(lines: MutableMapping[int, str], f: Finding, masked: str) -> None:
    """Put the masked excerpt over the finding's span in the source lines we hold."""
    for i, part in enumerate(masked.split("\n")):
        ln = f.line + i
        line = lines.get(ln)
        if line is None:
            continue
        col0 = f.column - 1 if i == 0 else 0
        lines[ln] = line[:col0] + part + line[col0 + len(part):]


def _mask_value(values: dict[str, str], f: Finding) -> None:
    """Mask a row's finding in the field value it points into (columns count in it)."""
    field = f.field
    value = values.get(field) if field is not None and f.line else None
    if field is None or value is None:
        return
    a, b = f.column - 1, max(f.column - 1, f.end_column - 1)
    values[field] = value[:a] + mask(value[a:b]) + value[b:]


def redact_finding(f: Finding, secrets: Secrets) -> Finding:
    """`f` with its own excerpt masked when sensitive, and copies of the file's secrets
    masked in every text it shows (a title-too-long excerpt can quote an email, a
    section an extra's title)."""
    excerpt = mask(f.excerpt) if is_sensitive(f) else secrets.mask_in(f.excerpt)
    message = secrets.mask_in(f.message)
    suggestion = secrets.mask_in(f.suggestion) if f.suggestion is not None else None
    section = secrets.mask_in(f.section)
    field = secrets.mask_in(f.field) if f.field is not None else None
    related = tuple(secrets.mask_in(p) for p in f.related)
    fix = _redact_fix(f.fix, secrets) if f.fix is not None else None
    if (excerpt, message, suggestion, section, field, related, fix) == (
        f.excerpt, f.message, f.suggestion, f.section, f.field, f.related, f.fix
    ):
        return f
    # The fingerprint hashes `key` when set, else the excerpt: keeping the original text
    # in `key` (never printed) keeps identities; redact_result keeps the prints too.
    key = f.key if f.key is not None else f.excerpt
    return replace(
        f, excerpt=excerpt, message=message, suggestion=suggestion, section=section, field=field, key=key,
        related=related, fix=fix,
    )


def _redact_fix(fix: PlacedFix, secrets: Secrets) -> PlacedFix:
    """A fix as a report shows it: copies of secrets masked in what its edits write (a
    shouted sentence rewritten in sentence case may hold a phone number)."""
    edits = tuple(replace(e, content=secrets.mask_in(e.content)) for e in fix.edits)
    return replace(fix, message=secrets.mask_in(fix.message), edits=edits)


def redact_result(result: FileResult) -> FileResult:
    """`result` with every secret masked everywhere a reporter could show it; the
    secrets themselves are dropped, the findings' fingerprints kept as they were."""
    sensitive = [*result.secrets, *(f for f in result.findings if is_sensitive(f))]
    secrets = Secrets.of(sensitive)
    if secrets is None:
        return replace(result, secrets=[]) if result.secrets else result
    copies = secrets.mask_in
    lines = dict(result.lines)
    source = result.source  # whole text, kept only for the HTML report
    source_lines = dict(enumerate(source.split("\n"), 1)) if source is not None else None
    values = dict(result.values)  # a row's field values (records.py)
    for f in sensitive:
        masked = mask(f.excerpt)
        _splice(lines, f, masked)
        if source_lines is not None:
            _splice(source_lines, f, masked)
        _mask_value(values, f)
    changes: dict[str, Any] = {
        "path": copies(result.path),
        "findings": [redact_finding(f, secrets) for f in result.findings],
        "error": copies(result.error) if result.error is not None else None,
        "title": copies(result.title) if result.title is not None else None,
        "seller": copies(result.seller) if result.seller is not None else None,
        "lines": {n: copies(text) for n, text in lines.items()},
        "values": {copies(k): copies(v) for k, v in values.items()},
        "secrets": [],
        "fingerprints": fingerprints(result.path, result.findings),
    }
    if source_lines is not None:
        changes["source"] = copies("\n".join(source_lines[i] for i in range(1, len(source_lines) + 1)))
    if result.row is not None:
        changes["row"] = _redact_row(result.row, copies)
    return replace(result, **changes)


def redact_name(name: str, found: Iterable[Finding]) -> str:
    """A name the user typed (an argument, shown in a report's header) with the secrets
    read in it masked (`found`: Linter.secrets_in_name's findings for it)."""
    secrets = Secrets.of(found)
    return name if secrets is None else secrets.mask_in(name)


def _redact_row(row: RowOrigin, copies: Callable[[str], str]) -> RowOrigin:
    return replace(row, file=copies(row.file), id=copies(row.id))
