"""Hostile input for contact-email and contact-phone: up to ~200 KB each, in linear time.

Every pattern in the detectors is linear (repeated parts cannot overlap, looks back
are bounded), and the cheap first tests keep the normalized views from being built for
most text. These inputs aim at the places where that could fail: long runs of "@",
"at"/"dot" words, digits, number words, brackets and valid addresses, many of them.
The time counted is the two rules' CPU time (parsing is covered in tests/robustness).
"""
from __future__ import annotations

import pytest
from perf_support import assert_linear

from gigcheck.document.markdown import parse_gig
from gigcheck.rules.base import Context
from gigcheck.rules.contact import ContactEmail, ContactPhone
from gigcheck.scan.gigscan import GigScan

HOSTILE = {
    "a@a@a": ("a@", 100_000),
    "@@@": ("@", 200_000),
    "spaced @": ("a @ ", 50_000),
    "dot @": (".@", 100_000),
    "at dot": ("at dot ", 30_000),
    "bracket at": ("(at)", 50_000),
    "local chain": ("a dot ", 30_000, "at gmail dot com"),
    "dotted name": ("a.b.", 50_000, "@gmail.com"),
    "many addresses": ("x at gmail dot com ", 10_000),
    "many bracketed": ("a [at] b [dot] com ", 10_000),
    "provider accounts": ("my gmail is abc, ", 12_000),
    "long digit run": ("1", 200_000),
    "spaced digits": ("1 ", 100_000),
    "digit pairs": ("12 ", 70_000),
    "plus signs": ("+1 ", 60_000),
    "dashes": ("1-", 100_000),
    "phone list": ("415 555 0132 ", 15_000),
    "number words": ("one ", 50_000),
    "hyphenated words": ("nine-one-", 20_000),
    "glued words": ("five5five ", 20_000),
    "glued long": ("fourfivefour 5 ", 13_000),
    "digits and letters": ("1a2b3c4d", 25_000),
    "repeat words": ("double 5 ", 20_000),
    "cjk numerals": ("一二三四五六七八九", 20_000),
    "fullwidth": ("＠１", 100_000),
    "zero width": ("4\u200b", 100_000),
}


def hostile(name: str, count: int) -> str:
    unit, _, *tail = HOSTILE[name]
    return unit * count + "".join(tail)


def run_rules(config, text: str) -> list:
    """The two rules' hits on `text` (parsing is covered in tests/robustness)."""
    gig = parse_gig(text, "hostile.md")
    ctx = Context(GigScan(gig, config.vocabulary), {})
    hits = [h for rule in (ContactEmail(), ContactPhone()) for h in rule.check(gig, ctx)]
    for h in hits:
        assert 0 <= h.start <= h.end <= len(gig.source)
    return hits


@pytest.mark.perf
@pytest.mark.parametrize("name", list(HOSTILE))
def test_contact_rules_are_linear(name, default_config):
    count = HOSTILE[name][1]
    assert_linear(lambda k: run_rules(default_config, hostile(name, k)), count // 32, name)


def test_many_real_addresses_are_all_reported(default_config):
    hits = [h for h in run_rules(default_config, "x at gmail dot com " * 1_000) if h.key]
    assert len(hits) == 1_000 and {h.key for h in hits} == {"x@gmail.com"}
