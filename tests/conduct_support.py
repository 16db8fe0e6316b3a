"""What the conduct tests share: a gig around one text, and the conduct findings on it."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from table_support import table_test

from gigcheck import lint_text
from gigcheck.policy.config import Config, load_config
from gigcheck.records import Finding

_CONFIGS: dict[str, Config] = {}
CONDUCT_RULES = ("GC701", "GC702", "GC703")


@cache
def _conduct_on(gig: str, policy: str) -> tuple[Finding, ...]:
    """The conduct rules' findings on `gig`, linted once per test process: a clean test
    asks for each of the three rules, and many texts are asked for again in other fields
    and files. Only the conduct rules run: a rule's findings never depend on which others
    run (engine/linter.py), and the rest were most of a gig's CPU. Findings are frozen."""
    cfg = _CONFIGS.get(policy)
    if cfg is None:
        cfg = _CONFIGS[policy] = load_config(discover=False, policy=policy, select=list(CONDUCT_RULES))
    return tuple(f for f in lint_text(gig, config=cfg) if f.rule in CONDUCT_RULES)


def conduct_findings(text: str, *, rule: str, title: str = "I will help your business", policy: str = "fiverr") -> list:
    """Findings of `rule` (a conduct rule) on a gig whose description is `text` (the title is text too)."""
    assert rule in CONDUCT_RULES, rule
    return [f for f in _conduct_on(f"---\ntitle: {title}\n---\n{text}\n", policy) if f.rule == rule]


def any_conduct(text: str, **where: str) -> list:
    """Findings of every conduct rule on a gig whose description is `text` (`where`: as
    conduct_findings takes them, a title or a policy), rule by rule."""
    return [f for rule in CONDUCT_RULES for f in conduct_findings(text, rule=rule, **where)]


# Where a gig says a text: the title, a line of the extras, a FAQ answer, a cell of the package table.
FIELD_NAMES = ("extras", "faq", "table", "title")


def placed(field: str, text: str, *, question: str) -> dict[str, str]:
    """The keyword arguments of conduct_findings/any_conduct for `text` said in `field`
    (`question`: the FAQ question a "faq" answer stands under)."""
    if field == "title":
        return {"text": "Quality work, fast delivery.", "title": text}
    if field == "extras":
        return {"text": "## Extras\n\n- " + text}
    if field == "faq":
        return {"text": f"## FAQ\n\n**{question}**\n\n" + text}
    if field == "table":
        return {"text": "| Basic | Premium |\n|---|---|\n| " + text + " | 3 pages |"}
    raise ValueError(field)


def conduct_tests(reported: list[tuple[str, str]], clean: list[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests the conduct case files ask of their tables: each (rule, text) of
    `reported` is reported by that rule, and each text of `clean` (an honest near-miss) by
    no conduct rule (table tests: each fails naming every case that fails,
    tests/table_support.py). A module assigns them to its own names:
    `test_reported, test_honest_stays_clean = conduct_tests(REPORTED, CLEAN)`."""

    @table_test("rule,text", reported)
    def is_reported(rule: str, text: str) -> None:
        assert conduct_findings(text, rule=rule)

    @table_test("text", clean)
    def stays_clean(text: str) -> None:
        found = any_conduct(text)
        assert not found, [(f.rule, f.excerpt) for f in found]

    return is_reported, stays_clean


def field_tests(
    reported: list[tuple[str, str]], clean: list[str], *, question: str
) -> tuple[Callable[..., None], Callable[..., None]]:
    """`conduct_tests` for texts said in each of a gig's fields (FIELD_NAMES, `placed`;
    `question`: the FAQ question over a "faq" answer)."""

    @table_test("rule,text,field", [(rule, text, field) for field in FIELD_NAMES for rule, text in reported])
    def is_reported_in_every_field(rule: str, text: str, field: str) -> None:
        assert conduct_findings(**placed(field, text, question=question), rule=rule)

    @table_test("text,field", [(text, field) for field in FIELD_NAMES for text in clean])
    def stays_clean_in_every_field(text: str, field: str) -> None:
        found = any_conduct(**placed(field, text, question=question))
        assert not found, [(f.rule, f.excerpt) for f in found]

    return is_reported_in_every_field, stays_clean_in_every_field
