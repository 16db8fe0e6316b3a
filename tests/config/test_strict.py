"""`--policy strict`: every warning an error, every rule, defined once
(policy/severity.py)."""
from __future__ import annotations

from gigcheck.policy.config import load_config
from gigcheck.records import Severity


def test_strict_raises_every_warning_of_the_registry_to_an_error():
    normal = load_config(policy="fiverr", select=["ALL"], discover=False)
    strict = load_config(policy="strict", select=["ALL"], discover=False)
    assert len(strict.rules) == len(list(strict.registry))  # every rule, meta and cross-gig too
    warned = [rc.rule.code for rc in normal.rules if rc.severity is Severity.WARNING]
    assert {"GC001", "GC902"} <= set(warned)  # the ones the pack's own list had missed
    for rc in strict.rules:
        before = normal.rule_config(rc.rule.code)
        assert before is not None
        expected = Severity.ERROR if before.severity is Severity.WARNING else before.severity
        assert rc.severity is expected, rc.rule.code
        assert strict.default_severity(rc.rule) is expected  # what `gigcheck rules` shows
    assert any(rc.severity is Severity.INFO for rc in strict.rules)  # infos stay infos


def test_a_pack_extending_strict_is_strict_for_its_own_rules_too(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\nextends = "strict"\n\n'
        '[define.no-hype]\nkind = "existence"\ncode = "GC681"\ncategory = "wording"\n'
        'summary = "Hype."\ntokens = ["cheap"]\nmessage = "Avoid {match}."\n'
    )
    config = load_config(policy=str(pack), select=["no-hype", "title-not-i-will"], discover=False)
    assert {rc.rule.name: rc.severity for rc in config.rules} == {
        "no-hype": Severity.ERROR, "title-not-i-will": Severity.ERROR,
    }
