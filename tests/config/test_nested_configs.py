"""Each file checked with the config nearest to it (policy/tree.py), as ruff does: packs,
patterns, selections and fail-on per folder; `--config` and `--policy` for every file;
a broken nested config; standard input, workers, cross-gig rules and report headers."""
from __future__ import annotations

import json
from pathlib import Path

from ci_support import gigcheck, write
from conftest import run_cli

# No "I will": the fiverr pack's GC103 reports it, the generic pack has no title form.
GIG = "---\ntitle: Translate your website into Spanish\n---\n\n## Description\n\nI translate your pages.\n"
MAIL = "---\ntitle: I will translate {n}\n---\n\n## Description\n\nWrite to bob.smith@gmail.com for {n}.\n"


def _tree(tmp_path: Path, sub: str = 'policy = "generic"\n') -> Path:
    write(tmp_path, ".gigcheck.toml", 'policy = "fiverr"\n')
    write(tmp_path, "sub/.gigcheck.toml", sub)
    write(tmp_path, "a.md", GIG)
    write(tmp_path, "sub/b.md", GIG)
    return tmp_path


def _rules(run) -> dict[str, set[str]]:
    return {Path(f["path"]).name: {x["rule"] for x in f["findings"]} for f in run.json()["files"]}


def test_each_file_gets_its_nearest_config(tmp_path):
    _tree(tmp_path)
    got = _rules(gigcheck("check", str(tmp_path), "--format", "json"))
    assert "GC103" in got["a.md"]  # fiverr: titles start with "I will"
    assert "GC103" not in got["b.md"]  # generic: no title form


def test_config_on_the_command_line_is_every_files(tmp_path):
    _tree(tmp_path)
    assert "GC103" not in _rules(gigcheck("check", str(tmp_path), "--format", "json"))["b.md"]
    run = gigcheck("check", str(tmp_path), "--format", "json", "--config", str(tmp_path / ".gigcheck.toml"))
    assert "GC103" in _rules(run)["b.md"]  # no discovery: the named config for all


def test_policy_replaces_every_configs_pack_and_keeps_their_settings(tmp_path):
    _tree(tmp_path, 'policy = "generic"\nignore = ["GC105"]\n')
    write(tmp_path, "sub/c.md", "---\ntitle: Translate your website\n---\n")  # no description
    got = _rules(gigcheck("check", str(tmp_path), "--format", "json", "--policy", "fiverr"))
    assert "GC103" in got["b.md"] and "GC103" in got["a.md"]  # the pack replaced ...
    assert "GC105" not in got["c.md"]  # ... the nested config's own settings kept


def test_patterns_are_relative_to_their_own_config(tmp_path):
    _tree(tmp_path, 'policy = "generic"\nexclude = ["/drafts/"]\n[per-file-ignores]\n"/keep.md" = ["GC201"]\n')
    write(tmp_path, "sub/drafts/x.md", GIG)
    write(tmp_path, "drafts/y.md", GIG)
    write(tmp_path, "sub/keep.md", MAIL.format(n="k"))
    got = _rules(gigcheck("check", str(tmp_path), "--format", "json"))
    assert "x.md" not in got and "y.md" in got  # /drafts/ of sub/ only
    assert "GC201" not in got["keep.md"]


def test_a_folder_excluded_above_is_not_read_even_with_its_own_config(tmp_path):
    write(tmp_path, ".gigcheck.toml", 'exclude = ["/old/"]\n')
    write(tmp_path, "old/.gigcheck.toml", "no-such-key = 1\n")  # never read
    write(tmp_path, "old/a.md", GIG)
    write(tmp_path, "b.md", GIG)
    run = gigcheck("check", str(tmp_path), "--format", "json")
    assert run.code in (0, 1), run.err
    assert set(_rules(run)) == {"b.md"}


def test_a_broken_nested_config_is_one_line_naming_it(tmp_path):
    _tree(tmp_path, 'policy = "generic"\nfail_onn = "info"\n')
    r = run_cli(["check", str(tmp_path)])
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith(f"gigcheck: error: {tmp_path / 'sub' / '.gigcheck.toml'}: unknown key 'fail_onn'")


def test_standard_input_takes_the_config_of_its_name(tmp_path):
    _tree(tmp_path)
    sub = gigcheck("check", "-", "--stdin-filename", str(tmp_path / "sub" / "x.md"), "--format", "json", input=GIG)
    top = gigcheck("check", "-", "--stdin-filename", str(tmp_path / "x.md"), "--format", "json", input=GIG)
    assert "GC103" not in _rules(sub)["x.md"] and "GC103" in _rules(top)["x.md"]


def test_workers_check_each_file_with_its_config(tmp_path):
    # Enough files for a pool (engine/runner.py POOL_MIN_TASKS), alternating folders.
    _tree(tmp_path)
    for n in range(40):
        write(tmp_path, f"{'sub/' if n % 2 else ''}g{n:02}.md", GIG)
    run = run_cli(["check", str(tmp_path), "--format", "json", "--jobs", "2"])
    files = {f["path"]: {x["rule"] for x in f["findings"]} for f in json.loads(run.stdout)["files"]}
    for path, rules in files.items():
        assert ("GC103" in rules) == ("/sub/" not in path), path


def test_fail_on_is_each_files_configs(tmp_path):
    write(tmp_path, ".gigcheck.toml", 'fail-on = "error"\n')
    write(tmp_path, "sub/.gigcheck.toml", 'fail-on = "warning"\n')
    write(tmp_path, "a.md", GIG)  # GC103 is a warning
    assert gigcheck("check", str(tmp_path / "a.md")).code == 0
    write(tmp_path, "sub/b.md", GIG)
    assert gigcheck("check", str(tmp_path)).code == 1


def test_cross_gig_rules_compare_gigs_whose_configs_set_them_alike(tmp_path):
    write(tmp_path, ".gigcheck.toml", 'policy = "fiverr"\n')
    write(tmp_path, "sub/.gigcheck.toml", 'policy = "generic"\n')  # other pack, same GC901
    write(tmp_path, "other/.gigcheck.toml", '[rules.shared-contact-detail]\nseverity = "warning"\n')
    for path in ("a.md", "sub/b.md", "other/c.md", "other/d.md"):
        write(tmp_path, path, MAIL.format(n=path))
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC201,GC901")
    got = {f["path"]: [x["message"] for x in f["findings"] if x["rule"] == "GC901"] for f in run.json()["files"]}
    a, b = str(tmp_path / "a.md"), str(tmp_path / "sub" / "b.md")
    c, d = str(tmp_path / "other" / "c.md"), str(tmp_path / "other" / "d.md")
    assert got[a] == [f"This contact detail also appears in 1 other draft: {b}."]
    assert got[c] == [f"This contact detail also appears in 1 other draft: {d}."]


def test_headers_name_every_pack_and_config(tmp_path):
    _tree(tmp_path)
    write(tmp_path, "sub/.gigcheck.toml", 'policy = "generic"\n[define.no-hype]\nkind = "existence"\ncode = "GC681"\n'
          'category = "wording"\nsummary = "Hype."\ntokens = ["cheap"]\nmessage = "Avoid {match}."\n')
    html = gigcheck("check", str(tmp_path), "--format", "html").out
    assert "Policy packs" in html and ">fiverr<" in html and ">generic<" in html
    assert html.count('class="path"') >= 2 and "sub/.gigcheck.toml" in html
    sarif = gigcheck("check", str(tmp_path), "--format", "sarif").out
    assert '"GC681"' in sarif and '"GC103"' in sarif  # the driver lists every rule that ran


def test_show_config_names_the_config_of_a_file(tmp_path):
    _tree(tmp_path)
    run = gigcheck("config", str(tmp_path / "sub" / "b.md"))
    first, *rest = run.out.splitlines()
    assert first == f"# {tmp_path / 'sub' / 'b.md'}: {tmp_path / 'sub' / '.gigcheck.toml'}"
    assert any(line.startswith('policy = "generic"') for line in rest)


def test_each_config_is_loaded_once_and_the_library_takes_the_tree(tmp_path, monkeypatch):
    from gigcheck.engine.runner import iter_results
    from gigcheck.policy import tree as tree_module

    _tree(tmp_path)
    for n in range(3):
        write(tmp_path, f"sub/more/c{n}.md", GIG)
        write(tmp_path, f"d{n}.md", GIG)
    calls: list[str | None] = []
    real = tree_module.load_config
    monkeypatch.setattr(tree_module, "load_config", lambda **kw: calls.append(kw.get("config_file")) or real(**kw))
    tree = tree_module.ConfigTree(cwd=tmp_path)
    paths = sorted(str(p) for p in tmp_path.rglob("*.md"))
    results = {r.path: {f.rule for f in r.findings} for r in iter_results(paths, tree)}
    assert sorted(calls) == sorted([str(tmp_path / ".gigcheck.toml"), str(tmp_path / "sub" / ".gigcheck.toml")])
    assert {p for p, rules in results.items() if "GC103" in rules} == {p for p in paths if "/sub/" not in p}
