"""Every limit and list a pack sets says where it comes from ([sources] tables): checked
for the shipped packs, refused when malformed, shown by `gigcheck rules`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from gigcheck.policy.packs import PolicyError, _load, available_packs, load_pack, policies_dir, read_toml
from gigcheck.policy.sources import set_keys
from gigcheck.rules.registry import BUILTIN


def _own_keys(path: Path) -> list[str]:
    """The limits and lists a pack file and its fragments set."""
    data = read_toml(path)
    parts = [data, *(read_toml(path.parent / inc) for inc in data.get("pack", {}).get("include", []))]
    return [k for part in parts for k in set_keys(part, _name)]


def _name(key: str) -> str:
    rule = BUILTIN.get(key)
    return rule.name if rule is not None else key


def unsourced(path: Path) -> list[str]:
    """The keys `path` sets that none of its pack's sources covers."""
    covered = {c for s in _load(path, ()).get("sources", {}).values() for c in s.covers}
    return [k for k in _own_keys(path) if k not in covered]


@pytest.mark.parametrize("name", available_packs())
def test_every_limit_and_list_of_a_shipped_pack_has_a_source(name):
    assert unsourced(policies_dir() / f"{name}.toml") == []


def test_a_limit_without_a_source_is_found(tmp_path):
    pack = tmp_path / "mine.toml"
    pack.write_text(f'[pack]\nname = "mine"\nextends = "{policies_dir() / "fiverr.toml"}"\n'
                    "[rules.too-many-tags]\nmax_tags = 7\n[rules.too-few-tags]\nmin_tags = 2\n"
                    '[sources.mine]\nkind = "gigcheck-default"\ntitle = "Our editors"\n'
                    'covers = ["rules.too-few-tags.min-tags"]\n')
    # fiverr's source stood for fiverr's 5, not for this pack's 7
    assert unsourced(pack) == ["rules.too-many-tags.max_tags"]


def test_published_sources_cite_a_page_and_a_date():
    sources = load_pack("fiverr")["sources"]
    published = [s for s in sources.values() if s.kind == "published"]
    assert published and all(s.url.startswith("https://") and s.read for s in published)
    assert "vocab.links.allowed_hosts" in sources["approved-urls"].covers
    assert sources["approved-urls"].verified is False  # the list's entries were not seen on the page


BAD = {
    'kind = "blog"\ntitle = "A post"\ncovers = ["rules.too-many-tags.max_tags"]': "kind' must be one of",
    'kind = "published"\ntitle = "A page"\ncovers = ["rules.too-many-tags.max_tags"]': "needs an https url",
    'kind = "published"\ntitle = "A page"\nurl = "https://example.org/rules"\nread = "last week"\n'
    'covers = ["rules.too-many-tags.max_tags"]': "must be a date",
    'kind = "gigcheck-default"\ntitle = "Ours"\ncovers = ["rules.too-many-tags.max_tgs"]': "is no rule option",
    'kind = "gigcheck-default"\ntitle = "Ours"\ncovers = ["rules.GC107.max_tags"]': "is no rule option",
    'kind = "gigcheck-default"\ntitle = "Ours"\ncovers = ["vocab.links.alowed_hosts"]': "is no rule option",
    'kind = "gigcheck-default"\ntitle = "Ours"\ncovers = []': "covers' must be a list",
    'kind = "gigcheck-default"\ntitle = "Ours"\nurl = 5\ncovers = ["rules.too-many-tags.max_tags"]': "must be text",
    'kind = "gigcheck-default"\ntitel = "Ours"\ncovers = ["rules.too-many-tags.max_tags"]': "unknown key",
}


@pytest.mark.parametrize("body,error", list(BAD.items()))
def test_a_malformed_source_is_a_one_line_error_naming_file_and_key(tmp_path, body, error):
    pack = tmp_path / "bad.toml"
    pack.write_text(f'[pack]\nname = "bad"\n[sources.mine]\n{body}\n')
    with pytest.raises(PolicyError) as exc:
        _load(pack, ())
    assert error in str(exc.value) and str(pack) in str(exc.value) and "sources.mine" in str(exc.value)
    assert "\n" not in str(exc.value)


def test_rules_rule_shows_the_sources_of_its_options_and_vocabulary():
    out = run_cli(["rules", "GC107"]).stdout
    assert "Sources (where the pack's values come from):" in out
    assert "max-tags: Fiverr Help Center: Creating a Gig (published, read 2026-12-06, not verified)" in out
    links = run_cli(["rules", "GC401"]).stdout
    assert "extend-allowed-hosts" in links  # the docs say how a project extends the list
    assert "vocab.links.allowed-hosts: Fiverr Help Center: Gig policies" in links
    doc = json.loads(run_cli(["rules", "GC116", "--format", "json"]).stdout)
    assert doc["sources"]["max-days"][0]["kind"] == "gigcheck-default"


def test_a_projects_own_value_is_not_credited_to_the_packs_source(tmp_path):
    cfg = tmp_path / "gc.toml"
    cfg.write_text("[rules.too-many-tags]\nmax-tags = 8\n")
    out = run_cli(["rules", "GC107", "--config", str(cfg)]).stdout
    assert "max-tags = 8" in out and "Creating a Gig" not in out
    assert "Creating a Gig" in run_cli(["rules", "GC102", "--config", str(cfg)]).stdout


def test_a_pack_without_sources_shows_none(tmp_path):
    pack = tmp_path / "bare.toml"
    pack.write_text('[pack]\nname = "bare"\n[rules.too-many-tags]\nmax_tags = 9\n')
    out = run_cli(["rules", "GC107", "--policy", str(pack)]).stdout
    assert "max-tags = 9" in out and "Sources" not in out


def test_rules_packs_lists_each_pack_with_its_sources():
    rows = {r["name"]: r for r in json.loads(run_cli(["rules", "--packs", "--format", "json"]).stdout)}
    assert set(rows) == set(available_packs())
    fiverr = {s["id"]: s for s in rows["fiverr"]["sources"]}
    assert "rules.too-many-packages.max_packages" in fiverr["gig-policies"]["covers"]
    assert rows["strict"]["sources"] == rows["fiverr"]["sources"]  # inherited
    text = run_cli(["rules", "--packs"]).stdout
    assert "  source gig-policies: Fiverr Help Center: Gig policies (published, read 2026-12-06)" in text
    assert "strict (extends fiverr): " in text and "  sources: those of fiverr" in text
