"""The neutral `generic` pack: contact, payment, links and clarity only, for in-house
marketplaces to extend; no title form and no marketplace's limits."""
from __future__ import annotations

import json

from conftest import ROOT, run_cli

from gigcheck.policy.config import load_config
from gigcheck.policy.packs import available_packs

LIMITS = {"GC102", "GC103", "GC104", "GC106", "GC107", "GC123", "GC401", "GC504", "GC505", "GC506", "GC701",
          "GC702", "GC703"}

GIG = """---
title: Professional logo design & branding
tags: [logo, logo design, brand, brand identity, vector, minimalist logo]
---
I design logos. See [my site](https://anadesigns.net) or email ana@gmail.com, and pay by PayPal!!!!
Samples: https://bit.ly/3xYz12
"""


def _rules(result) -> list[str]:
    return [f["rule"] for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def test_generic_checks_contact_payment_risky_links_and_clarity_only(lint):
    found = {f.rule for f in lint(GIG, policy="generic")}
    assert {"GC201", "GC301", "GC402", "GC602"} <= found
    assert not found & LIMITS  # the title form, "&", six tags and an unlisted host are not its book
    assert {"GC103", "GC104", "GC107", "GC401"} <= {f.rule for f in lint(GIG)}  # fiverr's are


def test_generic_runs_on_the_sample_gigs():
    result = run_cli(["check", "--policy", "generic", "--format", "json", str(ROOT / "sample_gigs")])
    assert result.returncode == 1, result.stderr  # the samples with contact details still fail
    rules = _rules(result)
    assert {"GC201", "GC202", "GC203", "GC204"} <= set(rules)
    assert not set(rules) & LIMITS


def test_an_in_house_pack_extends_generic_with_its_limits_and_denied_hosts(lint, tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text('[pack]\nname = "house"\nextends = "generic"\n'
                    '[rules.too-many-tags]\nenabled = true\nmax_tags = 5\n'
                    '[rules.link-disallowed-host]\ndenied_hosts = ["anadesigns.net"]\n')
    found = {f.rule for f in lint(GIG, policy=str(pack))}
    assert {"GC107", "GC401"} <= found and "GC103" not in found


def test_generic_is_listed_with_its_sources():
    assert "generic" in available_packs()
    load_config(discover=False, policy="generic")
    result = run_cli(["rules", "--packs"])
    assert result.returncode == 0, result.stderr
    listed = result.stdout[result.stdout.index("generic:"):]
    assert "source neutral-links" in listed.splitlines()[1]
