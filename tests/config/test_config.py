"""Config merging (pack < project config < flags) and errors that name the file and key."""
from __future__ import annotations

import pytest

from gigcheck.policy.config import ConfigError, load_config
from gigcheck.policy.packs import PolicyError, load_pack
from gigcheck.records import Severity

LONG_TITLE = "---\ntitle: I will " + "x" * 90 + "\n---\nText.\n"


def _codes(config):
    return {rc.rule.code for rc in config.rules}


def test_default_pack_loads_every_rule_with_options():
    cfg = load_config(discover=False)
    assert "GC102" in _codes(cfg)
    assert cfg.rule_config("title-too-long").options["max_length"] == 80


def test_pyproject_config_is_found_upward(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.gigcheck]\nignore = ["GC103"]\n[tool.gigcheck.rules.title-too-long]\nmax_length = 100\nseverity = "warning"\n'
    )
    sub = tmp_path / "gigs" / "drafts"
    sub.mkdir(parents=True)
    cfg = load_config(cwd=sub)
    assert "GC103" not in _codes(cfg)
    rc = cfg.rule_config("GC102")
    assert rc.options["max_length"] == 100 and rc.severity is Severity.WARNING


def test_dot_gigcheck_toml_beats_pyproject_in_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.gigcheck]\nfail-on = "info"\n')
    (tmp_path / ".gigcheck.toml").write_text('fail-on = "warning"\n')
    assert load_config(cwd=tmp_path).fail_on is Severity.WARNING


def test_cli_flags_override_config(tmp_path):
    (tmp_path / ".gigcheck.toml").write_text('fail-on = "warning"\nselect = ["listing"]\n')
    cfg = load_config(cwd=tmp_path, fail_on="info", select=["GC201"])
    assert cfg.fail_on is Severity.INFO and _codes(cfg) == {"GC201"}


def test_disabled_in_config_and_extend_lists(tmp_path, lint):
    (tmp_path / ".gigcheck.toml").write_text(
        '[rules.GC104]\nextend-characters = ["!"]\n[rules.title-too-long]\nenabled = false\n'
    )
    cfg = load_config(cwd=tmp_path)
    assert "GC102" not in _codes(cfg)
    assert cfg.rule_config("GC104").options["characters"][-1] == "!"
    assert "&" in cfg.rule_config("GC104").options["characters"]


@pytest.mark.parametrize(
    "body,needle",
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('[rules.GC999]\nseverity = "error"\n', "unknown rule 'rules.GC999'"),
        ('[rules.title-too-long]\nmax_len = 3\n', "unknown option 'rules.title-too-long.max_len'"),
        ('[rules.title-too-long]\nmax_length = "long"\n', "'rules.title-too-long.max_length' must be int"),
        ('[rules.title-too-long]\nseverity = "fatal"\n', "unknown severity"),
        ('select = ["GC8"]\n', "unknown rule or category 'GC8'"),
        ('fail-on = "sometimes"\n', "fail-on"),
        ("title = [\n", "invalid TOML"),
        ('[vocab.nothing]\nx = 1\n', "unknown table 'vocab.nothing'"),
        ('[vocab.email]\nat_words = "at"\n', "'vocab.email.at_words' must be a list of texts, not text"),
        ('[vocab.email]\nat_wordz = ["at"]\n', "unknown key 'vocab.email.at_wordz'"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, body, needle):
    path = tmp_path / ".gigcheck.toml"
    path.write_text(body)
    with pytest.raises(PolicyError) as exc:
        load_config(cwd=tmp_path)
    assert needle in str(exc.value) and str(path) in str(exc.value)


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(config_file=str(tmp_path / "nope.toml"))


def test_pack_extends_and_unknown_pack(tmp_path):
    strict = load_pack("strict")
    assert strict["warnings_as_errors"] is True and "warnings_as_errors" not in load_pack("fiverr")
    assert strict["rules"]["title-too-long"]["max_length"] == 80  # inherited
    with pytest.raises(PolicyError, match="unknown policy pack 'nope'"):
        load_pack("nope")


def test_pack_from_path_with_cycle_and_bad_key(tmp_path):
    a = tmp_path / "a.toml"
    b = tmp_path / "b.toml"
    a.write_text('[pack]\nextends = "b.toml"\n')
    b.write_text('[pack]\nextends = "a.toml"\n')
    with pytest.raises(PolicyError, match="cycle"):
        load_pack(str(a))
    c = tmp_path / "c.toml"
    c.write_text('[pack]\nextends = "fiverr"\n[limits]\nx = 1\n')
    with pytest.raises(PolicyError, match="unknown key 'limits'"):
        load_pack(str(c))


def test_custom_pack_changes_behaviour(tmp_path, lint):
    pack = tmp_path / "mine.toml"
    pack.write_text('[pack]\nextends = "fiverr"\n[rules.title-too-long]\nmax_length = 200\n')
    assert any(f.rule == "GC102" for f in lint(LONG_TITLE))
    assert not any(f.rule == "GC102" for f in lint(LONG_TITLE, policy=str(pack)))


def test_bad_vocabulary_type_in_pack_names_file_and_key(tmp_path):
    pack = tmp_path / "bad.toml"
    pack.write_text('[pack]\nname = "bad"\n[vocab.channels.platforms.signal]\naliases = "sig"\n')
    with pytest.raises(PolicyError) as exc:
        load_pack(str(pack))
    assert str(pack) in str(exc.value) and "'vocab.channels.platforms.signal.aliases' must be a list of texts" in str(exc.value)
