"""`gigcheck rules` piped and as JSON, with a project's config; `gigcheck config`;
each rule's documentation URL (the page in docs/rules/, SARIF's helpUri)."""
from __future__ import annotations

import json

from ci_support import BAD, gigcheck, write
from conftest import ROOT, run_cli

from gigcheck.rules import base
from gigcheck.rules.registry import ALL_RULES

CONFIG = '[rules.title-too-long]\nmax-length = 20\nseverity = "warning"\n[rules.empty-section]\nenabled = false\n'


def test_rules_piped_is_one_whole_tab_separated_line_per_rule():
    r = run_cli(["rules"])
    lines = r.stdout.splitlines()
    assert r.returncode == 0 and len(lines) == len(ALL_RULES)
    by_code = {line.split("\t")[0]: line.split("\t") for line in lines}
    rule = next(r for r in ALL_RULES if r.code == "GC207")
    assert by_code["GC207"] == [
        "GC207", rule.name, rule.category, str(rule.severity), "enabled", rule.summary, "docs/rules/GC207.md",
    ]
    assert "…" not in r.stdout and "─" not in r.stdout


def test_rules_show_the_projects_severities_and_options(tmp_path):
    cfg = write(tmp_path, "gc.toml", CONFIG)
    rows = {row["name"]: row for row in json.loads(run_cli(["rules", "--config", str(cfg), "--format", "json"]).stdout)}
    assert rows["title-too-long"]["severity"] == "warning" and rows["title-too-long"]["options"] == {"max-length": 20}
    assert rows["empty-section"]["enabled"] is False
    piped = run_cli(["rules", "--config", str(cfg)]).stdout
    assert "GC109\tempty-section\tlisting\twarning\tdisabled\t" in piped
    one = run_cli(["rules", "title-too-long", "--config", str(cfg)]).stdout
    assert "max-length = 20" in one and "(listing, warning)" in one


def test_rule_examples_are_short_in_the_terminal():
    out = run_cli(["rules", "GC507"]).stdout
    assert "We talk on Skype." in out and "After your order" in out
    assert "title: I will design a minimalist logo" not in out  # what both examples share
    for rule in ALL_RULES:
        text = gigcheck("rules", rule.code).out
        examples = text[text.index("Flagged:"):text.index("Documentation")]
        assert len(examples.splitlines()) <= 2 * 9, rule.code


def test_config_shows_values_and_their_sources(tmp_path):
    cfg = write(tmp_path, "gc.toml", 'fail-on = "warning"\n' + CONFIG)
    r = run_cli(["config", "--config", str(cfg)])
    assert r.returncode == 0, r.stderr
    lines = {line.split(" = ")[0]: line for line in r.stdout.splitlines()}
    assert lines["fail-on"].startswith('fail-on = "warning"') and lines["fail-on"].endswith(f"# {cfg}")
    assert lines["policy"].endswith("# default") and lines["max-file-size"].endswith("# default")
    assert lines["rules.title-too-long.max-length"].endswith(f"# {cfg}")
    assert lines["rules.description-too-long.max-length"].endswith("# pack fiverr")
    doc = json.loads(run_cli(["config", "--config", str(cfg), "--policy", "strict", "--format", "json"]).stdout)
    by_key = {s["key"]: s for s in doc}
    assert by_key["policy"] == {"key": "policy", "value": "strict", "source": "command line"}
    assert by_key["rules.title-too-long.severity"] == {
        "key": "rules.title-too-long.severity", "value": "warning", "source": str(cfg)
    }


def test_every_rule_has_its_page_and_url(tmp_path, monkeypatch):
    for rule in ALL_RULES:
        assert (ROOT / rule.docs_path()).is_file(), rule.code
        assert rule.docs_url() == f"docs/rules/{rule.code}.md"  # no repository declared here
    monkeypatch.setattr(base, "repository_url", lambda: "https://example.org/team/gigcheck")
    rule = ALL_RULES[0]
    assert rule.docs_url() == f"https://example.org/team/gigcheck/blob/HEAD/docs/rules/{rule.code}.md"
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    sarif = json.loads(gigcheck("check", "--format", "sarif", "bad.md").out)
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["helpUri"] == f"https://example.org/team/gigcheck/blob/HEAD/docs/rules/{r['id']}.md" for r in rules)


def test_sarif_has_no_relative_help_uri(tmp_path, monkeypatch):
    """SARIF's helpUri must be an absolute URI: code scanning rejects the upload otherwise."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    sarif = json.loads(gigcheck("check", "--format", "sarif", "bad.md").out)
    assert all("helpUri" not in r for r in sarif["runs"][0]["tool"]["driver"]["rules"])
