"""Recall on the cases other detectors test themselves with (tests/data/peer_cases, a
copy of ../shared/corpus/peer_cases; its README names each peer's commit).

The rows come from the test suites of presidio, scrubadub, CommonRegex,
python-phonenumbers and phone-number-extractor (see their README). A row expects a
number of emails or phones in its text; recall counts how many of those gigcheck
reports. The bars are what gigcheck measures, with a small margin:

* emails: every address except the placeholders the pack leaves alone on purpose
  (`example.com`, `user@...`: tutorials and templates are not contact details);
* phones written by people (not template-generated): ~0.98; the misses are
  python-phonenumbers' test-metadata numbers ("+49-49-34") and CommonRegex's bare
  seven-digit local numbers, which no region's rules make valid;
* python-phonenumbers' template rows (a number glued into contexts such as
  "Hi call033316005forme"): ~0.85; digits glued to Latin letters are not read as
  phone numbers on purpose (order numbers, VINs, file names look the same).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from gigcheck.records import Severity

PEER = Path(__file__).resolve().parent.parent / "data" / "peer_cases" / "peer_cases.jsonl"

RULE = {"email": "contact-email", "phone": "contact-phone"}
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")


def _rows(kind: str, template: bool | None = None):
    for line in PEER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] != kind:
            continue
        if template is not None and bool(row.get("generated_from_template")) != template:
            continue
        yield row


def _placeholder(address: str, vocab) -> bool:
    local, _, domain = address.lower().partition("@")
    name = domain.split(".")[0]
    return (
        domain in vocab["placeholder_domains"]
        or name.startswith(tuple(vocab["placeholder_prefixes"]))
        or name.startswith("exampe")  # a typo in the peer's own test text
        or local in vocab["placeholder_locals"]
    )


def _recall(rows, lint, name) -> tuple[float, int]:
    hit = total = 0
    for row in rows:
        got = sum(1 for f in lint(row["text"]) if f.name == name and f.severity >= Severity.WARNING)
        total += row["expected_count"]
        hit += min(got, row["expected_count"])
    return hit / total, total


def test_email_recall(lint, default_config):
    vocab = default_config.vocab["email"]
    rows = [
        r for r in _rows("email")
        if r["expected_count"] and not all(_placeholder(a, vocab) for a in _ADDRESS.findall(r["text"]))
    ]
    recall, total = _recall(rows, lint, RULE["email"])
    print(f"\npeer emails (placeholders excluded): recall {recall:.3f} of {total}")
    assert total >= 10 and recall >= 0.9


def test_phone_recall_on_written_cases(lint):
    rows = [r for r in _rows("phone", template=False) if r["expected_count"]]
    recall, total = _recall(rows, lint, RULE["phone"])
    print(f"\npeer phones (non-template): recall {recall:.3f} of {total}")
    assert total >= 300 and recall >= 0.95


def test_phone_recall_on_template_cases(lint):
    rows = [r for r in _rows("phone", template=True) if r["expected_count"]]
    recall, total = _recall(rows, lint, RULE["phone"])
    print(f"\npeer phones (template): recall {recall:.3f} of {total}")
    assert total >= 500 and recall >= 0.8


def test_phone_negatives_stay_clean(lint):
    rows = [r for r in _rows("phone") if not r["expected_count"]]
    flagged = [r["text"] for r in rows if any(f.name == RULE["phone"] for f in lint(r["text"]))]
    # One known disagreement: "call me 0123 800 988..." (numbers invalid in the peer's
    # region) is reported, as a seller writing it after "call me" gives a number.
    assert len(flagged) <= 2, flagged
