"""Every config value is type- and range-checked: one line naming the file, the key and
what was expected, never a traceback (policy/config.py, policy/packs.py, policy/schema.py)."""
from __future__ import annotations

import pytest
from conftest import run_cli

GIG = "---\ntitle: I will edit your podcast\n---\nText.\n"


@pytest.mark.parametrize(
    "body,message",
    [
        ("select = [1, 2]", "'select' must be a list of texts, not a list with int"),
        ('ignore = "GC101"', "'ignore' must be a list of texts, not text"),
        ("exclude = [true]", "'exclude' must be a list of texts, not a list with bool"),
        ("max-file-size = -5", "'max-file-size' must be from 0 to 1073741824, not -5"),
        ("max-file-size = 99999999999999999999999", "'max-file-size' must be from 0 to 1073741824, not 9999"),
        ("max-file-size = 1.5", "'max-file-size' must be a whole number, not a number"),
        ("inline-suppressions = 1", "'inline-suppressions' must be true or false, not a whole number"),
        ("policy = 3", "'policy' must be text, not a whole number"),
        ("rules = 3", "'rules' must be a table, not a whole number"),
        ("[rules.title-too-long]\nmax_length = -5", "'rules.title-too-long.max_length' must be a number from 0 to"),
        ("[rules.copied-description]\nsimilarity = nan", "'rules.copied-description.similarity' must be a number from 0 to 1, not nan"),
        ("[rules.copied-description]\nsimilarity = 7", "must be a number from 0 to 1, not 7"),
        ("[rules.readability]\nbelow = inf", "'rules.readability.below' must be a finite number, not inf"),
        ("[vocab.channels]\nfuzzy_min_length = -1", "'vocab.channels.fuzzy_min_length' must be from 0 to 1000000000, not -1"),
        ("[vocab.extras]\nemoji_max_ratio = inf", "'vocab.extras.emoji_max_ratio' must be a finite number from 0 up, not inf"),
    ],
)
def test_a_bad_value_is_one_line_naming_file_and_key(tmp_path, body, message):
    (tmp_path / ".gigcheck.toml").write_text(body + "\n")
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", "g.md"], cwd=tmp_path)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith(f"gigcheck: error: {tmp_path / '.gigcheck.toml'}: ") and message in lines[0]


@pytest.mark.parametrize("value", ["-1", "99999999999999999999999"])
def test_max_file_size_on_the_command_line_has_a_range(tmp_path, value):
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", "--max-file-size", value, str(tmp_path / "g.md")])
    assert r.returncode == 2 and "Traceback" not in r.stderr and "0<=x<=1073741824" in r.stderr


def test_load_config_checks_max_file_size_too():
    from gigcheck.policy.config import ConfigError, load_config

    with pytest.raises(ConfigError, match="must be from 0 to"):
        load_config(discover=False, max_file_size=-5)
