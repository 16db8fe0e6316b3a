"""`--format sarif`: valid against the official 2.1.0 schema, and what code scanning reads."""
from __future__ import annotations

import pytest
from ci_support import BAD, CLEAN, EMAIL, gigcheck, sarif_schema, write


@pytest.fixture
def gigs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "gigs/bad gig.md", BAD)
    write(tmp_path, "gigs/clean.md", CLEAN)
    return tmp_path


def _sarif(*args: str) -> dict:
    r = gigcheck("check", "--format", "sarif", *args)
    assert r.code in (0, 1, 2), r.err
    return r.json()


def _validate(doc: dict) -> None:
    schema = sarif_schema()
    from jsonschema import validators

    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_valid_against_official_schema_with_unreadable_input(gigs):
    doc = _sarif("gigs", "missing.md")
    _validate(doc)
    run = doc["runs"][0]
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "missing.md" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.md"


def test_driver_describes_the_rules_that_ran(gigs):
    doc = _sarif("gigs", "--select", "GC201,GC104,GC103")
    _validate(doc)
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "gigcheck" and driver["version"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {"GC201", "GC104", "GC103"}
    email = rules["GC201"]
    assert email["name"] == "contact-email"
    assert email["shortDescription"]["text"] and "email" in email["fullDescription"]["text"].lower()
    assert "Flagged:" in email["help"]["text"] and "bob.voice@gmail.com" in email["help"]["markdown"]
    assert email["defaultConfiguration"]["level"] == "error"
    assert rules["GC103"]["defaultConfiguration"]["level"] == "warning"


def test_results_locate_findings_like_the_json_format(gigs):
    doc = _sarif("gigs")
    _validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True
    rules = run["tool"]["driver"]["rules"]
    findings = gigcheck("check", "--format", "json", "gigs").json()["files"]
    expected = [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) for e in findings for f in e["findings"]]
    got = []
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "gigs/bad%20gig.md", "uriBaseId": "%SRCROOT%"}
        reg = loc["region"]
        got.append((res["ruleId"], reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"]))
        assert len(res["partialFingerprints"]["gigcheck/v1"]) == 64
    assert got == expected
    email = next(r for r in run["results"] if r["ruleId"] == "GC201")
    assert email["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == EMAIL
    assert "email address" in email["message"]["text"]


def test_levels_follow_configured_severity(gigs):
    write(gigs, "gigs/warn.md", "---\ntitle: Logo design\n---\nClean text.\n")
    doc = _sarif("gigs/warn.md")
    (res,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "GC103"]
    assert res["level"] == "warning"
    doc = _sarif("gigs/warn.md", "--policy", "strict")
    (res,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "GC103"]
    assert res["level"] == "error"


def _prints(doc: dict) -> dict[str, str]:
    return {r["ruleId"]: r["partialFingerprints"]["gigcheck/v1"] for r in doc["runs"][0]["results"]}


def test_fingerprints_are_stable_when_lines_move_and_under_redact(gigs):
    before = _prints(_sarif("gigs"))
    write(gigs, "gigs/bad gig.md", BAD.replace("Intro line.\n", "Intro line.\n\nA new paragraph.\n\n"))
    moved = _sarif("gigs")
    assert _prints(moved) == before
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in moved["runs"][0]["results"]} == {2, 9}
    redacted = _sarif("gigs", "--redact")
    _validate(redacted)
    assert _prints(redacted) == before
    snippet = next(r for r in redacted["runs"][0]["results"] if r["ruleId"] == "GC201")
    assert EMAIL not in str(redacted) and snippet["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].startswith("b*")


def test_clean_run_is_valid_and_empty(gigs):
    doc = _sarif("gigs/clean.md")
    _validate(doc)
    assert doc["runs"][0]["results"] == []


@pytest.mark.parametrize("inputs", [("leak.md",), ("--input-format", "jsonl", "leak.jsonl")])
def test_redacted_report_stays_valid(monkeypatch, inputs):
    """Masking section names, row ids and snippets keeps the document valid."""
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parent / "secrets")
    doc = _sarif("--redact", "--select", "links,listing", *inputs)
    _validate(doc)
    text = str(doc).lower()
    assert doc["runs"][0]["results"] and "nora.vance" not in text and "447700900456" not in text


def test_a_fix_is_a_schema_valid_replacement_that_gives_what_fix_writes(gigs):
    doc = _sarif("gigs/bad gig.md")
    _validate(doc)
    by_rule = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    (fix,) = by_rule["GC104"]["fixes"]
    assert fix["properties"]["applicability"] == "safe"
    (change,) = fix["artifactChanges"]
    (rep,) = change["replacements"]
    region = rep["deletedRegion"]
    lines = BAD.split("\n")
    line = lines[region["startLine"] - 1]
    assert region["endLine"] == region["startLine"]
    lines[region["startLine"] - 1] = (
        line[: region["startColumn"] - 1] + rep["insertedContent"]["text"] + line[region["endColumn"] - 1:])
    assert gigcheck("check", "--fix", "gigs/bad gig.md").code == 1  # the email remains
    assert (gigs / "gigs/bad gig.md").read_text() == "\n".join(lines)
    # Removing the email is an unsafe fix: offered, and marked so.
    (email_fix,) = by_rule["GC201"]["fixes"]
    assert email_fix["properties"]["applicability"] == "unsafe"
