"""Padding made of trigger words ("wa wa wa …" in an HTML comment, a front-matter key)
must not use up a budget that lets a contact detail after it pass: the budget is per
window of text, the whole gig is read, and a padded stretch is itself reported
(contact-padding, GC208)."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

GIG = "---\ntitle: I will translate your documents\n{fm}---\nI translate English to Spanish.\n\n{body}"
HANDLE = "Add me on skype: nora.smith22"
WORDS = {
    "wa": "wa ",
    "skype": "skype ",
    "telegram": "telegram ",
    "email": "email ",
    "call": "call me ",
    "mixed": "whatsapp email telegram call ",
}


def _gig(where: str, pad: str, after: str = HANDLE) -> str:
    fm, body = "", ""
    if where == "comment":
        body = f"<!-- {pad} -->\n\n{after}\n"
    elif where == "front matter":
        fm, body = f"notes: {pad}\n", f"{after}\n"
    elif where == "code block":
        body = f"```\n{pad}\n```\n\n{after}\n"
    elif where == "table":
        body = f"| Note | Text |\n|---|---|\n| x | {pad} |\n\n{after}\n"
    elif where == "other section":
        body = f"## FAQ\n\n{pad}\n\n## Extras\n\n### Fast delivery\nPrice: $10\nDelivery: -1 day\n\n{after}\n"
    return GIG.format(fm=fm, body=body)


def _rules(lint, text: str) -> list[str]:
    return [f.rule for f in lint(text)]


@pytest.mark.parametrize("where", ["comment", "front matter", "code block", "table", "other section"])
@pytest.mark.parametrize("word", list(WORDS))
def test_a_handle_after_padding_is_found(lint, where, word):
    got = _rules(lint, _gig(where, WORDS[word] * 1000))
    assert "GC203" in got  # the handle after the padding
    if word not in ("email", "call"):  # channel words, read with no budget: no padding to report
        assert "GC208" in got  # the padding itself


@pytest.mark.parametrize("after", [
    "Mail me: nora.smith22@gmail.com",
    "WhatsApp +1 415 555 0132",
    "Pay me via PayPal directly and skip the fees.",
])
def test_other_details_after_padding_are_found(lint, after):
    got = _rules(lint, _gig("comment", "wa " * 2000, after))
    assert len(set(got) - {"GC208"}) >= 1, got


def test_a_handle_in_the_middle_and_at_the_end(lint):
    middle = _gig("comment", "wa " * 800 + HANDLE + " " + "wa " * 800, "Thanks!")
    assert {"GC203", "GC208"} <= set(_rules(lint, middle))
    end = GIG.format(fm="", body="wa " * 3000 + HANDLE + "\n")
    assert {"GC203", "GC208"} <= set(_rules(lint, end))


def test_padding_that_hides_a_handle_is_reported_over_it(lint):
    """Trigger words and other words in turn: only some are judged there, but the
    stretch holding the handle is reported, so nothing in it passes unseen."""
    text = _gig("comment", "wa x " * 400 + HANDLE + " " + "wa x " * 400, "Thanks!")
    findings = lint(text)
    at = text.index("nora.smith22")
    lines = text[:at].count("\n") + 1
    pads = [f for f in findings if f.rule == "GC208"]
    assert pads and any(f.line <= lines <= f.end_line for f in pads)


def test_the_budget_never_depends_on_the_rules_selected(lint):
    text = _gig("comment", "wa " * 1000)
    assert "GC203" in _rules(lint, text)
    assert _rules(lint, text) .count("GC203") == [f.rule for f in lint(text, select=["GC203"])].count("GC203")


def test_normal_gigs_are_no_padding(lint):
    smm = ("I manage Instagram, TikTok, Facebook, Pinterest, LinkedIn, YouTube, X and Threads for small shops: "
           "posts, stories, reels, captions and replies to comments.\n") * 3
    assert "GC208" not in _rules(lint, GIG.format(fm="", body=smm))


@pytest.mark.perf
def test_padding_is_read_in_linear_time(lint):
    assert_linear(lambda k: lint(_gig("comment", "wa x " * k)), 600, "padding of trigger and other words")
