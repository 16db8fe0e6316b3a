"""The sample gigs the README runs: what each must report, rule by rule and line by line.

They are what a new user sees first, so a change that makes a clean sample noisy or lets
a planted problem through fails here. Each expectation names the problem planted on that
line of the sample.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

SAMPLES = ROOT / "sample_gigs"

EXPECTED: dict[str, set[tuple[str, int]]] = {
    "logo-design-contact.md": {
        ("GC201", 12),  # an email address
        ("GC204", 13),  # "message me on WhatsApp"
        ("GC506", 23), ("GC506", 27),  # filler extra title and description
        ("GC602", 27),  # "!!!"
        ("GC401", 31),  # behance.net is not an allowed host
        ("GC402", 31),  # bit.ly hides where it leads
    },
    "seo-disguised-contact.md": {
        ("GC104", 2),  # "&" in the title
        ("GC107", 4),  # seven tags
        ("GC203", 12),  # "s k y p e: seo.marco.pro"
        ("GC201", 13),  # "marco dot seo at outlook dot com"
        ("GC202", 13),  # +44 20 7946 0958
    },
    "translation-clean.md": set(),
    "video-editing-extras.md": {
        ("GC501", 15), ("GC506", 19), ("GC504", 20), ("GC505", 21), ("GC506", 23),
        ("GC507", 29), ("GC205", 29),  # "We talk on Skype." (unclear session, info mention)
        ("GC601", 31), ("GC602", 31), ("GC601", 35), ("GC602", 35),
    },
    "voice-over-clean.md": {("GC205", 42)},  # a live session over Zoom: info for the editor
    "web-development.md": {("GC401", 32)},  # youtube.com.demo-site.ru
    "social-growth-conduct.md": {
        ("GC701", 18),  # "give you 1000 real followers": fake engagement
        ("GC702", 20),  # "Leave 5 stars and get a free revision"
        ("GC703", 22),  # "also on Upwork" and "my shop on Etsy"
    },
}


def test_every_sample_is_listed():
    assert sorted(p.name for p in SAMPLES.glob("*.md")) == sorted(EXPECTED)


@pytest.fixture(scope="module")
def report():
    r = run_cli(["check", str(SAMPLES), "--format", "json"])
    assert r.returncode == 1, r.stderr  # the samples hold errors on purpose
    # Keyed by path under sample_gigs/: a subfolder's samples (peopleperhour/, upwork/) are checked
    # with their own folder's config and expected in their own test module.
    return {Path(f["path"]).relative_to(SAMPLES).as_posix(): f for f in json.loads(r.stdout)["files"]}


def test_subfolders_are_left_to_their_own_modules(report):
    assert sorted(k for k in report if "/" not in k) == sorted(EXPECTED)
    nested = [f for k, f in report.items() if "/" in k]
    # each subfolder is a marketplace with its own pack and test module
    assert nested and {f["path"].split("/")[-2] for f in nested} == {"peopleperhour", "upwork"}
    # checked with their folder's pack: no Fiverr title form there
    assert not [x for f in nested for x in f["findings"] if x["rule"] == "GC103"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_findings(report, name):
    got = {(f["rule"], f["line"]) for f in report[name]["findings"]}
    assert report[name]["error"] is None
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", ["translation-clean.md", "voice-over-clean.md"])
def test_clean_samples_pass(name):
    r = run_cli(["check", str(SAMPLES / name)])
    assert r.returncode == 0, r.stdout
