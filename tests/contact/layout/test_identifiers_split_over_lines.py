"""An identifier split over lines, list items and table cells is found once, with the lines it
spans (in the JSON report too): a phone over two items, a handle in its cell, a payment name
hyphenated over a line break, a sentence read on over a line break, an address cut by table
cells or list items; honest layouts stay clean.
"""
from __future__ import annotations

import json

import pytest
from conftest import run_cli
from disguise_support import GIG, findings_of, reported_contact

from gigcheck.text.spacing import flow_lines, join_hyphenated

LINE_SPLIT = [
    # (text, rule, first line of the finding, last line) — lines counted in the gig,
    # whose front matter takes three.
    ("Questions? Call +1 415\n555 0132 any weekday.", "GC202", 4, 5),
    ("Pilne? Zadzwoń:\n+48 601\n234 567", "GC202", 5, 6),
    ("Escríbeme por WhatsApp al 612 34\n56 78.", "GC202", 4, 5),
    ("- Fast replies\n- WhatsApp: +44 7700\n  900 123", "GC202", 5, 6),
    ("| Line | Hours |\n|---|---|\n| (415) 555- | 0132, weekdays |", "GC202", 6, 6),
    ("IBAN: DE89 3704 0044\n0532 0130 00", "GC302", 4, 5),
    ("- Fast replies\n- WhatsApp: +1 415\n- 555 0132", "GC202", 5, 6),
    ("WhatsApp:\n+44\n7700\n900\n123", "GC202", 5, 8),
    ("Call\n+1 (415)\n555-\n0132", "GC202", 5, 7),
    ("1. Call +44 7700\n2. 900 123", "GC202", 4, 5),
    ("| Telegram | Discord |\n|---|---|\n| @mira_motion | mira.motion |", "GC203", 6, 6),
]


@pytest.mark.parametrize("text,rule,line,end_line", LINE_SPLIT)
def test_split_over_lines_found_with_its_lines(text, rule, line, end_line):
    found = findings_of(text, rule)
    assert found, text
    assert (found[0].line, found[0].end_line) == (line, end_line)


def test_handle_on_the_line_after_its_platform_stays_a_handle():
    # an address's line breaks are joined before a dot or after "@", never before "@"
    found = findings_of("Depois do pedido, me chama no Telegram\n@lucas_edits pra mandar os arquivos.", "GC203")
    assert [f.excerpt for f in found] and "@lucas_edits" in found[0].excerpt


def test_split_phone_reported_once():
    found = findings_of("- WhatsApp: +1 415\n- 555 0132", "GC202")
    assert [(f.line, f.end_line) for f in found] == [(4, 5)]


def test_handle_cell_reported_on_the_cell():
    text = "| Telegram | Portfolio |\n|---|---|\n| @mira_motion | reels 2024 |"
    cells = [f for f in findings_of(text, "GC203") if f.line == 6]
    assert [(f.excerpt, f.end_line) for f in cells] == [("@mira_motion", 6)]


def test_hyphenated_payment_name_read_whole():
    assert findings_of("You can pay me via Pay-\nPal friends and family.", "GC301")
    view = join_hyphenated("Pay-\nPal and What-\n  sApp")
    assert view.text == "PayPal and WhatsApp"
    assert view.original(0, 6) == "Pay-\nPal"


def test_sentence_read_on_over_a_line_break():
    assert flow_lines("text me\non Telegram").text == "text me on Telegram"
    assert reported_contact("You can settle the deposit through\nPayoneer and the rest on delivery.")
    assert reported_contact("Ping me on\nDiscord first: lumen_4821")


def test_cli_json_end_line_of_a_split_phone():
    gig = GIG + "Intro line.\nCall +44 7700\n900 123 any weekday.\n"
    r = run_cli(["check", "-", "--format", "json", "--stdin-filename", "gig.md"], input=gig)
    doc = json.loads(r.stdout)
    (f,) = [f for f in doc["files"][0]["findings"] if f["rule"] == "GC202"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 6, 6, 8)
    assert f["excerpt"] == "+44 7700\n900 123"


# An address cut by layout: table cells side by side or one over the other, list items.
SPLIT_EMAILS = [
    "| Email | |\n|---|---|\n| anna.kowalska | @gmail.com |",
    "| Contact |\n|---|\n| anna.kowalska@ |\n| gmail.com |",
    "- anna.kowalska\n- @gmail.com",
    "- anna.kowalska@\n- gmail.com",
    "1. marco.rossi.design@\n2. libero.it",
    "| Correo | |\n|---|---|\n| lucia_diseno@ | yahoo.es |",
]


@pytest.mark.parametrize("text", SPLIT_EMAILS)
def test_email_split_by_layout(text):
    found = findings_of(text, "GC201")
    assert found and str(found[0].severity) == "error"


SPLIT_CLEAN = [
    "| Tool | Version |\n|---|---|\n| React | 18.2 |\n| Node | 20.1 |",
    "- I love gmail\n- .com domains are cheap",
    "- Use Node.\n- @types packages included",
    "| Plan | Price |\n|---|---|\n| Basic | 100 |\n| Pro | 200 |",
    "- Gmail setup\n- Outlook setup",
]


@pytest.mark.parametrize("text", SPLIT_CLEAN)
def test_layout_split_honest_clean(text):
    assert not reported_contact(text)
