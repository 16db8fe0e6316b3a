"""Front-matter schema rules' options and messages (rules/front_matter.py)."""
from __future__ import annotations

from gigcheck import lint_text
from gigcheck.policy.config import load_config

GIG = "---\ntitle: I will design a logo\ndraft: true\npackages:\n  Basic:\n    price: 25\n    delivery: 45\n---\nBody.\n"


def test_did_you_mean_and_allowed_keys(tmp_path, lint):
    (f,) = [f for f in lint(GIG.replace("title", "titel")) if f.rule == "GC110" and f.excerpt == "titel"]
    assert f.suggestion == "Did you mean `title`?" and (f.line, f.column) == (2, 1)
    (draft,) = [f for f in lint(GIG) if f.rule == "GC110"]
    assert "allowed_keys" in (draft.suggestion or "")
    cfg = tmp_path / ".gigcheck.toml"
    cfg.write_text('[rules.front-matter-unknown-key]\nallowed_keys = ["Draft"]\n'
                   '[rules.front-matter-wrong-type]\nmax_delivery_days = 30\n')
    found = lint_text(GIG, config=load_config(config_file=str(cfg)))
    assert [f.rule for f in found if f.rule in ("GC110", "GC111")] == ["GC111"]
    (late,) = [f for f in found if f.rule == "GC111"]
    assert late.message == "`delivery: 45` is not a delivery time: it must be a whole number of days from 1 to 30."
    assert late.section == "package:Basic"
