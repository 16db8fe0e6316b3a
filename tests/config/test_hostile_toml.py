"""Hostile config files and packs are one-line errors naming the file, never a traceback
or a parse that takes minutes. (Values out of range, nan and inf: tests/config/test_config_values.py.)"""
from __future__ import annotations

import pytest

from gigcheck.policy.config import load_config
from gigcheck.policy.packs import PolicyError, load_pack

N = 100_000


@pytest.mark.parametrize(
    "body,needle",
    [
        ("x = " + "[" * N + "]" * N + "\n", "nested more than 64 levels deep"),
        ("x = " + "{a=" * N + "1" + "}" * N + "\n", "nested more than 64 levels deep"),
        # tomllib takes time quadratic in a key's parts: 50,000 took minutes.
        ("a." * 50_000 + "b = 1\n", "line 1: a key of more than 64 dotted parts"),
        ("[" + "a." * 50_000 + "b]\n", "line 1: a key of more than 64 dotted parts"),
        ("[rules.title-too-long]\nmax_length = " + "9" * 5000 + "\n", "Exceeds the limit (4300 digits)"),
    ],
    ids=["deep arrays", "deep tables", "long key", "long table header", "5000 digits"],
)
def test_hostile_config_is_an_error_naming_the_file(tmp_path, body, needle):
    path = tmp_path / ".gigcheck.toml"
    path.write_text(body)
    with pytest.raises(PolicyError) as exc:
        load_config(cwd=tmp_path)
    assert needle in str(exc.value) and str(path) in str(exc.value)
    with pytest.raises(PolicyError) as exc:  # the same file as a pack
        load_pack(str(path))
    assert str(path) in str(exc.value)
