"""The shipped packs are data we test: they load, name real rules, and give every option."""
from __future__ import annotations

import pytest

from gigcheck.policy.config import load_config
from gigcheck.policy.packs import available_packs, load_pack
from gigcheck.rules.registry import ALL_RULES


@pytest.mark.parametrize("name", available_packs())
def test_pack_loads_and_configures_every_rule(name):
    cfg = load_config(policy=name, discover=False)
    for rc in cfg.rules:
        peer = rc.rule.options_from  # link-reference reads link-disallowed-host's mode
        declared = {o.name for o in rc.rule.options} | {o.name for o in (peer.options if peer else ())}
        assert set(rc.options) == declared, rc.rule.name


def test_fiverr_pack_is_default_and_has_limits():
    pack = load_pack("fiverr")
    assert pack["rules"]["title-too-long"]["max_length"] == 80
    assert pack["rules"]["description-too-long"]["max_length"] == 1200
    assert pack["rules"]["too-many-tags"]["max_tags"] == 5


def test_registry_is_one_explicit_tuple_with_unique_ids():
    codes = [r.code for r in ALL_RULES]
    names = [r.name for r in ALL_RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert codes == sorted(codes)
    for r in ALL_RULES:
        assert r.__doc__ and r.summary and r.bad_example and r.good_example, r.name
        assert r.name == r.name.lower() and " " not in r.name
