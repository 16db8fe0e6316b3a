"""Messages read as English: "1 error", "2 errors", "an Instagram handle", "a UPI ID".

The helper (text/english.py) on its own, then every message and suggestion the rules give
on the fixture gigs (the rule cases, the sample gigs, the report fixtures, the cross-gig
case folders) scanned for a wrong article or a count with the wrong number.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from batch_cases import batch_cases
from conftest import ROOT
from table_support import table_test

from gigcheck.engine.runner import iter_results
from gigcheck.rules.registry import ALL_RULES
from gigcheck.text.english import article, fill, plural


@table_test(
    "word,expected",
    [("Instagram", "an"), ("email", "an"), ("Skype", "a"), ("hour", "an"), ("honest", "an"), ("user", "a"),
     ("SMS", "an"), ("IBAN", "an"), ("UPI ID", "a"), ("URL", "a"), ("LINE", "a"), ("X (Twitter)", "an"),
     ("ICQ", "an"), ("QQ", "a"), ("imo", "an"), ("one-off", "a"), ("euro", "a"), ("unique", "a"),
     ("uninstall", "an"), ("Upwork", "an"), ("8-hour", "an"), ("11", "an"), ("110", "a"), ("MP3", "an"),
     ("SEPA", "a"), ("javascript", "a")],
)
def test_article_follows_the_sound(word, expected):
    assert article(word) == expected


def test_plural():
    assert [plural(n, "error") for n in (0, 1, 2, 25)] == ["0 errors", "1 error", "2 errors", "25 errors"]
    assert plural(1, "info") == "1 info" and plural(3, "entry") == "3 entries" and plural(2, "match") == "2 matches"
    assert plural(1.5, "day") == "1.5 days" and plural(1.0, "day") == "1 day"
    assert plural(2, "other draft") == "2 other drafts"


def test_message_templates_say_counts_and_articles():
    assert fill("{n:tag}; {label:a} handle; {x:>3}", n=1, label="Instagram", x=7) == "1 tag; an Instagram handle;   7"


_ARTICLE = re.compile(r"\b([Aa]n?) ([A-Za-z0-9][\w-]*)")
# A count followed by a noun in the wrong number: "1 errors", "2 error", "(s)".
_ONE = re.compile(r"(?<![\d.,])1 (errors|warnings|infos|files|findings|drafts|other drafts|tags|days|characters|words|rows)\b")
_MANY = re.compile(r"(?<![\d.,])(0|[2-9]|\d{2,}) (error|warning|info|file|finding|draft|tag|day|character|word|row)\b(?!-)")


def grammar_mistakes(text: str) -> list[str]:
    wrong = [m.group() for m in _ARTICLE.finditer(text) if m.group(1).lower() != article(m.group(2))]
    wrong += [m.group() for m in _ONE.finditer(text)] + [m.group() for m in _MANY.finditer(text)]
    return wrong + (["(s)"] if "(s)" in text else [])


def test_the_scan_catches_the_mistakes_it_is_for():
    assert grammar_mistakes("This is a Instagram handle; 1 errors, 2 warning, 3 file(s).") == [
        "a Instagram", "1 errors", "2 warning", "3 file", "(s)"]
    assert grammar_mistakes("This is an Instagram handle, a URL, a UPI ID: 1 error, 2 warnings.") == []


def _fixture_gigs() -> list[Path]:
    folders = [ROOT / "tests" / "rules" / "cases", ROOT / "sample_gigs", ROOT / "tests" / "reporters"]
    return sorted(p for folder in folders for p in folder.rglob("*.md") if p.parent.name != "expected")


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_no_rule_message_on_the_fixture_gigs_has_a_grammar_mistake():
    from gigcheck.policy.config import load_config

    config = load_config(discover=False, select=["ALL"])
    inputs = [[str(p)] for p in _fixture_gigs()]
    inputs += [[str(g) for g in case.gigs] for rule in ALL_RULES if rule.kind == "batch" for case in batch_cases(rule)]
    seen, wrong = 0, []
    for paths in inputs:
        for result in iter_results(paths, config, jobs=1):
            for f in result.findings:
                seen += 1
                for text in (f.message, f.suggestion or ""):
                    wrong += [(f.rule, w, text) for w in grammar_mistakes(text)]
    assert seen > 200 and not wrong, wrong[:10]
