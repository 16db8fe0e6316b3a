"""`gigcheck init`: a commented config whose every key is real and a gig that passes;
nothing overwritten without --force; `--pyproject` appends the table, or refuses."""
from __future__ import annotations

import re
import tomllib

import pytest
from ci_support import gigcheck, write

from gigcheck.policy.config import CONFIG_KEYS, load_config


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_a_config_and_a_gig_that_passes(here):
    r = gigcheck("init")
    assert r.code == 0 and sorted(p.name for p in here.iterdir()) == [".gigcheck.toml", "gig.md"]
    run = gigcheck("check", "--format", "json")
    assert run.code == 0 and [f["path"] for f in run.json()["files"]] == ["gig.md"]
    assert run.json()["files"][0]["findings"] == []
    assert gigcheck("check").out.strip() == "✔ No problems found in 1 file."


def _uncommented(text: str) -> str:
    """The config with its commented-out examples (`# key = ...`, `# [table]`) made real."""
    return re.sub(r"(?m)^# (?=[a-z\"\[-][^:]*(=|\]$))", "", text)


def test_every_key_written_or_shown_is_real_and_explained_with_its_default(here):
    gigcheck("init", "--gig", "")
    text = (here / ".gigcheck.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert set(data) <= set(CONFIG_KEYS) and {"policy", "fail-on", "exclude", "max-file-size"} <= set(data)
    config = load_config(cwd=here)
    assert list(config.sources) == [str(here / ".gigcheck.toml")] and not config.deprecations
    assert config.max_file_size == data["max-file-size"] and config.time_budget == data["time-budget"]
    # Each key's comment says its default; the commented examples are real keys too.
    blocks = text.split("\n\n")
    for key in data:
        (block,) = [b for b in blocks if re.search(rf"(?m)^(# )?\[?{re.escape(key)}\]? ?=?", b)]
        assert "Default:" in block, key
    examples = tomllib.loads(_uncommented(text))
    assert set(examples) - set(data) >= {"select", "extend-select", "ignore", "include", "rules"}
    (here / ".gigcheck.toml").write_text(_uncommented(text), encoding="utf-8")
    load_config(cwd=here)  # no unknown key, rule or option


def test_nothing_is_overwritten_without_force(here):
    write(here, "gig.md", "my own gig\n")
    r = gigcheck("init")
    assert r.code == 2 and r.err == "gigcheck: error: gig.md: already exists; use --force to overwrite it\n"
    assert (here / "gig.md").read_text() == "my own gig\n" and not (here / ".gigcheck.toml").exists()
    assert gigcheck("init", "--gig", "new.md").code == 0 and (here / "new.md").exists()
    r = gigcheck("init", "--gig", "other.md")
    assert r.code == 2 and r.err.startswith("gigcheck: error: .gigcheck.toml: already exists")
    assert not (here / "other.md").exists()
    assert gigcheck("init", "--force").code == 0 and (here / "gig.md").read_text().startswith("---\ntitle: I will")


def test_pyproject_gets_the_table_appended(here):
    original = '[project]\nname = "shop"\n\n[tool.ruff]\nline-length = 100\n'
    write(here, "pyproject.toml", original)
    r = gigcheck("init", "--pyproject")
    assert r.code == 0 and not (here / ".gigcheck.toml").exists()
    text = (here / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(original)
    data = tomllib.loads(text)
    assert data["tool"]["ruff"] == {"line-length": 100} and set(data["tool"]["gigcheck"]) <= set(CONFIG_KEYS)
    assert load_config(cwd=here).sources and gigcheck("check").code == 0


def test_pyproject_with_a_gigcheck_table_or_bad_toml_is_left_alone(here):
    for original in ('[tool.gigcheck]\nfail-on = "warning"\n', "[project\nname = 1\n"):
        write(here, "pyproject.toml", original)
        for args in (("--pyproject",), ("--pyproject", "--force")):
            r = gigcheck("init", *args, "--gig", "")
            assert r.code == 2 and r.err.startswith("gigcheck: error: pyproject.toml: ") and r.err.count("\n") == 1
            assert (here / "pyproject.toml").read_text() == original


def test_a_new_pyproject_holds_only_the_table(here):
    assert gigcheck("init", "--pyproject", "--gig", "").code == 0
    assert set(tomllib.loads((here / "pyproject.toml").read_text())) == {"tool"}


def test_init_is_documented():
    assert "init" in gigcheck("--help").out
    out = gigcheck("init", "--help").out
    assert "--pyproject" in out and "--gig FILE" in out and "--force" in out
