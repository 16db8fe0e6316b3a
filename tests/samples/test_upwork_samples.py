"""The upwork pack's sample projects (sample_gigs/upwork/): what each must report under
`--policy upwork`, rule by rule and line by line, and that its findings speak Upwork's
words ("add-on", not "extra"). Each expectation names the problem planted on that line."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

SAMPLES = ROOT / "sample_gigs" / "upwork"

EXPECTED: dict[str, set[tuple[str, int]]] = {
    "wordpress-site-clean.md": set(),  # "once the contract starts, I'll share my Slack"; past clients; a Behance link
    "brand-identity-contact.md": {
        ("GC204", 22),  # "our agency, Brightline Studio LLC": a name to look up
        ("GC204", 23),  # "Before we start, message me on WhatsApp" (line 25, after the contract starts, is fine)
        ("GC203", 24),  # a Tally form to book a call
        ("GC703", 27), ("GC401", 27),  # a Fiverr profile: a competitor, and its host is denied
        ("GC502", 31),  # an add-on without a price
    },
    "seo-audit-tiers.md": {
        ("GC113", 7),  # the Starter tier costs $3
        ("GC114", 15),  # Advanced costs less than Standard
        ("GC116", 16), ("GC117", 16),  # Advanced takes 120 days, longer than Standard
        ("GC703", 25),  # "also on Fiverr"
        ("GC506", 29), ("GC506", 33),  # a filler add-on
    },
}


@pytest.fixture(scope="module")
def report():
    r = run_cli(["check", str(SAMPLES), "--policy", "upwork", "--format", "json"])
    assert r.returncode == 1, r.stderr  # two samples hold errors on purpose
    return {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}


def test_every_sample_is_listed():
    assert sorted(p.name for p in SAMPLES.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_findings(report, name):
    assert report[name]["error"] is None
    assert {(f["rule"], f["line"]) for f in report[name]["findings"]} == EXPECTED[name]


def test_add_ons_are_called_add_ons(report):
    messages = [f["message"] for f in report["brand-identity-contact.md"]["findings"] if f["rule"] == "GC502"]
    assert messages == ['The add-on "Social media kit" has no price.']
    vague = [f["message"] for f in report["seo-audit-tiers.md"]["findings"] if f["rule"].startswith("GC5")]
    unquoted = [re.sub(r"'[^']*'|\"[^\"]*\"", "", m) for m in vague]  # the gig's own words aside
    assert vague and not any("extra" in m.lower() for m in unquoted)


def test_the_folder_names_its_pack():
    # the nearest config decides a folder's pack; from inside the folder it is this one
    assert 'policy = "upwork"' in (SAMPLES / ".gigcheck.toml").read_text()
    r = run_cli(["check", ".", "--format", "json"], cwd=SAMPLES)
    assert r.returncode == 1, r.stderr
    got = {Path(f["path"]).name: {(g["rule"], g["line"]) for g in f["findings"]} for f in json.loads(r.stdout)["files"]}
    assert got == EXPECTED


def test_the_clean_sample_passes():
    assert run_cli(["check", str(SAMPLES / "wordpress-site-clean.md"), "--policy", "upwork"]).returncode == 0
