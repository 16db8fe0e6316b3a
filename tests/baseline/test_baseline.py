"""Baselines: round trips survive moved lines; rewriting drops what vanished; stable bytes."""
from __future__ import annotations

import json

import pytest
from ci_support import BAD, gigcheck, write

from gigcheck.engine.fingerprint import fingerprints, stable_path
from gigcheck.records import Finding, Severity

TWO = "---\ntitle: I will design your logo\n---\nMail ann@studio.co or bob@studio.co.\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "gigs/a.md", TWO)
    write(tmp_path, "gigs/b.md", BAD)
    return tmp_path


def _new(*args: str) -> list[dict]:
    r = gigcheck("check", "--format", "jsonl", "--baseline", "base.json", *args)
    return [json.loads(line) for line in r.out.splitlines()]


def test_round_trip_with_lines_inserted_above(repo):
    r = gigcheck("check", "--write-baseline", "base.json", "gigs")
    assert r.code == 0 and "recorded 4 findings" in r.err
    assert _new("gigs") == []
    assert gigcheck("check", "--baseline", "base.json", "gigs").code == 0
    # Three lines above every finding in a.md; the emails move from line 4 to line 7.
    write(repo, "gigs/a.md", TWO.replace("---\nMail", "---\nIntro.\n\nMore intro.\nMail"))
    assert _new("gigs") == []
    # A new email is the only thing reported, and fails the run.
    write(repo, "gigs/a.md", TWO + "\nOr carl@studio.co.\n")
    new = _new("gigs")
    assert [(f["path"], f["excerpt"]) for f in new] == [("gigs/a.md", "carl@studio.co")]
    assert gigcheck("check", "--baseline", "base.json", "gigs").code == 1


def test_identical_findings_are_counted(repo):
    write(repo, "gigs/a.md", TWO.replace("bob@", "ann@"))  # the same email twice
    gigcheck("check", "--write-baseline", "base.json", "gigs/a.md")
    assert _new("gigs/a.md") == []
    write(repo, "gigs/a.md", TWO.replace("bob@", "ann@") + "\nAgain ann@studio.co.\n")
    assert [f["line"] for f in _new("gigs/a.md")] == [6]


def test_rewrite_drops_vanished_findings_and_is_stable(repo):
    gigcheck("check", "--write-baseline", "base.json", "gigs")
    first = (repo / "base.json").read_bytes()
    gigcheck("check", "--write-baseline", "base.json", "gigs")
    assert (repo / "base.json").read_bytes() == first  # same findings, same bytes
    doc = json.loads(first)
    assert doc["version"] == 1 and len(doc["findings"]) == 4
    keys = [(e["path"], e["rule"], e["section"], e["fingerprint"]) for e in doc["findings"]]
    assert keys == sorted(keys)
    assert "studio.co" not in first.decode() and "gmail" not in first.decode()  # no contact details stored

    write(repo, "gigs/a.md", TWO.replace(" or bob@studio.co", ""))
    gigcheck("check", "--write-baseline", "base.json", "gigs")
    doc = json.loads((repo / "base.json").read_text())
    assert len(doc["findings"]) == 3
    # the vanished finding is gone for good: bringing it back reports it as new
    write(repo, "gigs/a.md", TWO)
    assert [f["excerpt"] for f in _new("gigs")] == ["bob@studio.co"]


def test_paths_are_normalised_and_redaction_changes_nothing(repo):
    gigcheck("check", "--redact", "--write-baseline", "base.json", "./gigs/../gigs/a.md")
    assert {e["path"] for e in json.loads((repo / "base.json").read_text())["findings"]} == {"gigs/a.md"}
    assert _new(str(repo / "gigs" / "a.md")) == []


def test_exit_zero_and_unreadable_inputs(repo):
    assert gigcheck("check", "--exit-zero", "gigs").code == 0
    assert gigcheck("check", "--exit-zero", "gigs", "missing.md").code == 2
    r = gigcheck("check", "--write-baseline", "base.json", "gigs", "missing.md")
    assert r.code == 2 and "not written" in r.err and not (repo / "base.json").exists()


def test_baseline_never_overwrites_an_input(repo):
    r = gigcheck("check", "--write-baseline", "gigs/a.md", "gigs")
    assert r.code == 2 and "overwrite an input" in r.err
    assert (repo / "gigs" / "a.md").read_text() == TWO


@pytest.mark.parametrize(
    "content,needle",
    [(None, "not found"), ("{", "cannot read"), ('{"version": 7, "findings": []}', "version 1"),
     ('{"version": 1, "findings": [1]}', "fingerprint")],
)
def test_bad_baseline_is_a_usage_error(repo, content, needle):
    if content is not None:
        write(repo, "base.json", content)
    r = gigcheck("check", "--baseline", "base.json", "gigs")
    assert r.code == 2 and needle in r.err and "Traceback" not in r.err


def _f(line: int, excerpt: str, section: str = "description", rule: str = "GC201") -> Finding:
    return Finding(rule, "x", "contact", Severity.ERROR, "m", line, 1, line, 5, section, excerpt)


def test_fingerprint_ignores_position_case_and_spacing_but_not_identity():
    (a,) = fingerprints("g.md", [_f(3, "Ann@Studio.co")])
    assert fingerprints("./g.md", [_f(30, "ann@studio.co")]) == [a]
    assert fingerprints("g.md", [_f(3, "ann@studio.co", section="faq")]) != [a]
    assert fingerprints("g.md", [_f(3, "ann@studio.co", rule="GC202")]) != [a]
    assert fingerprints("h.md", [_f(3, "ann@studio.co")]) != [a]
    one, two = fingerprints("g.md", [_f(3, "a  b"), _f(9, "A b")])
    assert one != two and one == fingerprints("g.md", [_f(1, "a b")])[0]
    assert stable_path("./x/../g.md") == "g.md"
