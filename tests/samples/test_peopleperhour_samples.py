"""The PeoplePerHour sample Offers (sample_gigs/peopleperhour/): their folder's
`.gigcheck.toml` picks the `peopleperhour` pack, so a run over `sample_gigs/` checks
them with it and the other samples with the default pack. Each expectation names the
problem planted on that line, as the pack's sources call for it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from gigcheck.policy.config import load_config

SAMPLES = ROOT / "sample_gigs" / "peopleperhour"

EXPECTED: dict[str, set[tuple[str, int]]] = {
    "copywriting-clean.md": set(),  # no "I will" title, prices in pounds, add-ons read as extras
    "logo-offer-limits.md": {
        ("GC113", 7),  # "3 GBP": below the £5 floor
        ("GC116", 8),  # 7 days: Offers are delivered within 5
        ("GC503", 25),  # an add-on that does not say what it adds to delivery
    },
    "social-proof-conduct.md": {
        ("GC701", 17),  # "write 20 five-star Google reviews": fake reviews
        ("GC703", 19),  # "also on Fiverr": another marketplace
        ("GC401", 19),  # a link to fiverr.com
    },
}


def test_every_sample_is_listed():
    assert sorted(p.name for p in SAMPLES.glob("*.md")) == sorted(EXPECTED)


@pytest.fixture(scope="module", name="report")
def report_of_all_samples():
    """The run a user makes: the whole sample folder, each file with its nearest config."""
    r = run_cli(["check", str(SAMPLES.parent), "--format", "json"])
    assert r.returncode == 1, r.stderr
    return {Path(f["path"]).relative_to(SAMPLES.parent).as_posix(): f for f in json.loads(r.stdout)["files"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_findings(report, name):
    got = report[f"peopleperhour/{name}"]
    assert got["error"] is None
    assert {(f["rule"], f["line"]) for f in got["findings"]} == EXPECTED[name]


def test_clean_offer_passes_on_its_own():
    r = run_cli(["check", str(SAMPLES / "copywriting-clean.md"), "--fail-on", "info"])  # not even a warning
    assert r.returncode == 0, r.stdout


def test_the_folder_config_names_the_pack():
    r = run_cli(["config", str(SAMPLES / "copywriting-clean.md")])
    assert r.stdout.splitlines()[0].endswith("peopleperhour/.gigcheck.toml")
    assert 'policy = "peopleperhour"' in r.stdout


def test_messages_speak_pounds_and_the_offer_limit(report):
    findings = {f["rule"]: f["message"] for f in report["peopleperhour/logo-offer-limits.md"]["findings"]}
    assert findings["GC113"] == "The package `Offer` costs 3 GBP; the lowest price is £5."
    assert findings["GC116"] == "The package `Offer` takes 7 days; the longest delivery is 5 days."


OFFER = "---\ntitle: Proofreading of one document\npackages:\n  Offer:\n    price: {price}\n    delivery: 2\n---\n"


@pytest.mark.parametrize("price,low", [
    ("£25", False), ("25 GBP", False), ("25 pounds", False), ("£5", False),
    ("£3", True), ("4.99 GBP", True), ("3", True),
])
def test_prices_in_pounds_are_read(price, low):
    from gigcheck import lint_text

    config = load_config(policy="peopleperhour", discover=False)
    got = [f.rule for f in lint_text(OFFER.format(price=price), config=config)]
    assert ("GC113" in got) == low
    assert "GC111" not in got  # the price is one amount, not a wrong type
