"""Hostile config files and packs are one-line errors naming the file, never a traceback
or a parse that takes minutes."""
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
        ("[rules.extra-bad-price]\nmax_price = inf\n", "'rules.extra-bad-price.max_price' must be float, not inf"),
        ("[rules.extra-bad-price]\nmax_price = nan\n", "must be float, not nan"),
        ("[rules.extra-bad-price]\nmax_price = 1" + "0" * 400 + "\n", "not 1000000000"),
        ("[vocab.extras]\nrepeat_overlap = nan\n", "'vocab.extras.repeat_overlap' must be a number, not nan"),
    ],
    ids=["deep arrays", "deep tables", "long key", "long table header", "5000 digits", "inf", "nan", "1e400", "vocab nan"],
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
