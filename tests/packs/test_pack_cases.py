"""Fixture gigs checked with a pack of their own: `cases/<pack>/<CODE>-<name>.md` (the
format of tests/rules/cases: title, gig, expected `line:col-end_line:end_col` of that
rule), the pack a shipped one (`upwork`, `fiverr`) or `tests/packs/<pack>.toml`.

What they pin: when contact rules lift (`contact_allowed_after` "never", "order",
"contract") and the broader direct contact the upwork pack turns on (company names,
contact-form links), each with cases that must fire and cases that must not."""
from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from gigcheck import lint_text
from gigcheck.policy.config import load_config
from gigcheck.policy.packs import available_packs

HERE = Path(__file__).parent
CASES = HERE / "cases"


def _pack_ref(name: str) -> str:
    return name if name in available_packs() else str(HERE / f"{name}.toml")


def _cases():
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.md")):
            code = path.name.split("-", 1)[0]
            for line, title, gig, expected in read_fixture_file(path):
                yield pytest.param(folder.name, code, gig, expected, id=f"{folder.name}/{path.stem}:{line}:{title}")


_CONFIGS: dict[str, object] = {}


def _config(pack: str):
    if pack not in _CONFIGS:
        _CONFIGS[pack] = load_config(discover=False, policy=_pack_ref(pack))
    return _CONFIGS[pack]


@pytest.mark.parametrize("pack,code,gig,expected", list(_cases()))
def test_pack_case(pack, code, gig, expected):
    found = lint_text("---\ntitle: A test gig\n---\n" + gig, config=_config(pack))
    got = [f"{f.line - 3}:{f.column}-{f.end_line - 3}:{f.end_column}" for f in found if f.rule == code]
    want = [w.strip() for w in expected.splitlines() if w.strip()]
    assert got == want, f"{pack} {code}: got {got}, want {want}"
