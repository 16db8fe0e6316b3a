"""The upwork pack as a user meets it: listed with its sources, each of its marketplace
options cited, and the shared vocabulary extended rather than copied."""
from __future__ import annotations

import json

from conftest import run_cli

from gigcheck.policy.packs import load_pack, policies_dir, read_toml


def test_rules_packs_lists_upwork_with_its_sources():
    rows = {r["name"]: r for r in json.loads(run_cli(["rules", "--packs", "--format", "json"]).stdout)}
    sources = {s["id"]: s for s in rows["upwork"]["sources"]}
    sharing = sources["contact-information-sharing"]
    assert sharing["kind"] == "published" and sharing["verified"] is True
    assert sharing["url"].startswith("https://support.upwork.com/")
    assert "rules.contact-invitation.contact_allowed_after" in sharing["covers"]
    assert "vocab.packages.tiers" in sources["purchase-a-project"]["covers"]
    assert sources["means-of-direct-contact"]["verified"] is False  # company names are gigcheck's reading
    text = run_cli(["rules", "--packs"]).stdout
    assert "upwork (extends generic): " in text


def test_a_rule_shows_where_the_upwork_value_comes_from():
    out = run_cli(["rules", "GC204", "--policy", "upwork"]).stdout
    assert "contact-allowed-after: Upwork Help Center: Contact Information Sharing (published" in out


def test_the_pack_sets_upworks_values_and_extends_the_shared_lists():
    pack = load_pack("upwork")
    assert pack["rules"]["contact-invitation"]["contact_allowed_after"] == "contract"
    assert pack["vocab"]["packages"]["tiers"] == ["Starter", "Standard", "Advanced"]
    assert pack["rules"]["other-marketplace"]["home"] == ["Upwork"]
    assert "fiverr.com" in pack["rules"]["link-disallowed-host"]["denied_hosts"]
    # its own words are appended to the shared lists, never a copy of them
    words = pack["vocab"]["invitation"]["marketplace_words"]
    assert "upwork" in words and "here" in words  # the shared "here" kept
    own = read_toml(policies_dir() / "upwork.toml")["vocab"]["invitation"]
    assert all(k.startswith("extend-") for k, v in own.items() if isinstance(v, list))
    assert pack["vocab"]["invitation"]["work_unit"] == "contract"  # a word of its own, not a list
