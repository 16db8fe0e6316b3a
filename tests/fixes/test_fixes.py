"""Fixes as data on findings (engine/fixes.py, rules/fixes.py): every fixable rule's fix
changes only its range, `--fix` converges (a second pass finds nothing to fix), and
overlapping edits are resolved the same way every time."""
from __future__ import annotations

from pathlib import Path

import pytest

from gigcheck.engine.fixes import apply_edits, apply_fixes, fix_text, resolve, wanted
from gigcheck.engine.linter import default_linter
from gigcheck.records import SAFE, UNSAFE, Finding, PlacedFix, TextEdit

FIXTURES = Path(__file__).parent / "fixtures"
# Each fixture gig, the rules whose fixes it exercises, and whether they are unsafe.
CASES = {
    "GC104.md": (["GC104"], False),
    "GC602.md": (["GC602"], False),
    "GC601.md": (["GC601"], False),
    "GC122-block.md": (["GC122"], False),
    "GC122-flow.md": (["GC122"], False),
    "GC502-GC503.md": (["GC502", "GC503"], False),
    "GC514.md": (["GC514"], False),
    "GC201-GC202.md": (["GC201", "GC202"], True),
    "GC203.md": (["GC203"], True),
    "GC204-GC301.md": (["GC204", "GC301"], True),
}
# What --fix makes of some of them, exactly.
EXPECTED = {
    "GC104.md": [("title: I will design a logo & business card", "title: I will design a logo and business card")],
    "GC602.md": [("for you!!!", "for you!"), ("three concepts!!! Pick one?!?", "three concepts! Pick one?")],
    "GC601.md": [("I WILL DESIGN A MINIMALIST LOGO AS PDF", "I will design a minimalist logo as PDF"),
                 ("EVERY LOGO COMES WITH THREE CONCEPTS AND A PDF.", "Every logo comes with three concepts and a PDF.")],
    "GC122-block.md": [("  - logo design\n  - Logo Design\n  - brand\n", "  - logo design\n  - brand\n")],
    "GC122-flow.md": [('[logo design, "Logo-Designs", brand, logo designs]', "[logo design, brand]")],
    "GC514.md": [("Delivery: two days", "Delivery: +2 days"), ("Delivery: one day faster", "Delivery: -1 day")],
}


def _text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _fixable(findings: list[Finding], unsafe: bool) -> list[Finding]:
    return [f for f in findings if wanted(f, unsafe)]


@pytest.mark.parametrize("name", list(CASES))
def test_each_fixable_rule_fixes_and_a_second_run_changes_nothing(name: str) -> None:
    codes, unsafe = CASES[name]
    linter = default_linter()
    text = _text(name)
    before = linter.check_text(text, name)
    for code in codes:
        assert any(f.rule == code and wanted(f, unsafe) for f in before), code
        if unsafe:  # never applied by a plain --fix
            assert not any(f.rule == code and wanted(f, False) for f in before)
    fixed = fix_text(linter, text, name, unsafe)
    assert fixed.fixed >= len(codes) and fixed.text != text
    after = linter.check_text(fixed.text, name)
    assert not [f for f in after if f.rule in codes]
    assert not _fixable(after, unsafe)
    again = fix_text(linter, fixed.text, name, unsafe)
    assert again.text == fixed.text and again.fixed == 0
    for old, new in EXPECTED.get(name, []):
        text = text.replace(old, new)
    if name in EXPECTED:
        assert fixed.text == text


@pytest.mark.parametrize("name", list(CASES))
def test_a_fix_changes_nothing_outside_its_range(name: str) -> None:
    text = _text(name)
    lines = text.split("\n")
    for f in default_linter().check_text(text, name):
        if f.fix is None:
            continue
        out = apply_fixes(text, [f])
        for e in f.fix.edits:
            start = sum(len(s) + 1 for s in lines[: e.line - 1]) + e.column - 1
            end = sum(len(s) + 1 for s in lines[: e.end_line - 1]) + e.end_column - 1
            tail = len(text) - end
            assert out[:start] == text[:start], (f.rule, f.fix)
            assert out[len(out) - tail :] == text[end:], (f.rule, f.fix)
            assert out[start : len(out) - tail] == e.content


def test_fixes_keep_crlf_newlines_and_apply_by_line_and_column() -> None:
    text = _text("GC502-GC503.md").replace("\n", "\r\n")
    fixed = fix_text(default_linter(), text, "crlf.md")
    assert "\n" not in fixed.text.replace("\r\n", "")
    assert "### Extra revision\r\nPrice: $\r\nDelivery: +1 day\r\n" in fixed.text


def _finding(rule: str, edits: list[tuple[int, int, int, int, str]], applicability: str = SAFE) -> Finding:
    placed = tuple(TextEdit(*e) for e in edits)
    l0, c0, l1, c1, _ = edits[0]
    return Finding(rule, rule.lower(), "listing", 2, "m", l0, c0, l1, c1, "s", "x",  # type: ignore[arg-type]
                   fix=PlacedFix("fix", placed, applicability))


def test_overlapping_fixes_resolve_by_place_then_rule_whatever_the_order() -> None:
    a = _finding("GC602", [(1, 3, 1, 6, "!")])
    b = _finding("GC601", [(1, 1, 1, 5, "Xy")])  # overlaps a, starts first: wins
    c = _finding("GC503", [(2, 1, 2, 1, "D\n")])
    d = _finding("GC502", [(2, 1, 2, 1, "P\n")])  # same insertion point as c: lower code first
    e = _finding("GC201", [(3, 1, 3, 2, "")], UNSAFE)
    for order in ([a, b, c, d, e], [e, d, c, b, a]):
        assert [f.rule for f in resolve(order)] == ["GC601", "GC502"]
        assert [f.rule for f in resolve(order, unsafe=True)] == ["GC601", "GC502", "GC201"]


def test_apply_edits_refuses_overlaps_and_places_past_the_text() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef\n", [TextEdit(1, 1, 1, 4, "x"), TextEdit(1, 3, 1, 5, "y")])
    with pytest.raises(ValueError):
        apply_edits("abc", [TextEdit(5, 1, 5, 1, "x")])
    assert apply_edits("ab\r\ncd", [TextEdit(2, 1, 2, 2, "X\nY")]) == "ab\r\nX\r\nYd"


def test_redact_masks_secrets_in_what_a_fix_would_write() -> None:
    import json

    from conftest import run_cli

    gig = str(FIXTURES / "shouted-phone.md")
    plain = json.loads(run_cli(["check", "--format", "json", gig]).stdout)
    redacted = json.loads(run_cli(["check", "--format", "json", "--redact", gig]).stdout)

    def contents(doc: dict) -> str:  # type: ignore[type-arg]
        return " ".join(e["content"] for f in doc["files"][0]["findings"] if f["fix"] for e in f["fix"]["edits"])

    assert "7700 900123" in contents(plain)  # the sentence-case fix rewrites the sentence
    assert "7700" not in contents(redacted) and "900123" not in contents(redacted)


def test_the_rules_that_fix_say_so_in_their_documentation() -> None:
    from gigcheck.rules.registry import ALL_RULES

    declared = {r.code: r.fix_applicability for r in ALL_RULES if r.fix_summary}
    seen: dict[str, str] = {}
    for name in CASES:
        for f in default_linter().check_text(_text(name), name):
            if f.fix is not None:
                seen[f.rule] = f.fix.applicability
    assert seen == {code: declared[code] for code in seen}  # every fix found is declared, as it applies
    assert set(declared) <= set(seen)  # and every declared fix is exercised here
