"""Config keys in kebab-case (old snake_case spellings still read, with a note), and
"did you mean" for a mistyped rule wherever a rule is named."""
from __future__ import annotations

import pytest
from ci_support import gigcheck, write

from gigcheck.policy.config import ConfigError, load_config
from gigcheck.policy.packs import PolicyError

GIG = "---\ntitle: I will record a voice over\n---\n<!-- gigcheck-disable-next-line contact-emial -->\nWrite to me.\n"


def test_kebab_case_keys_are_read(tmp_path):
    cfg = write(tmp_path, "gc.toml", (
        'fail-on = "info"\n[rules.title-too-long]\nmax-length = 20\n'
        '[vocab.links]\nextend-allowed-hosts = ["vimeo.com"]\n'
    ))
    config = load_config(config_file=str(cfg), discover=False)
    assert str(config.fail_on) == "info" and config.deprecations == ()
    assert config.rule_config("title-too-long").options["max_length"] == 20
    assert "vimeo.com" in config.vocab["links"]["allowed_hosts"]


def test_snake_case_keys_still_work_with_a_deprecation_note(tmp_path):
    cfg = write(tmp_path, "gc.toml", (
        'fail_on = "info"\n[rules.title-too-long]\nmax_length = 20\n'
        '[vocab.links]\nextend-allowed_hosts = ["vimeo.com"]\n'
    ))
    config = load_config(config_file=str(cfg), discover=False)
    assert str(config.fail_on) == "info"
    assert config.rule_config("title-too-long").options["max_length"] == 20
    assert "vimeo.com" in config.vocab["links"]["allowed_hosts"]
    assert config.deprecations == (
        f"{cfg}: 'fail_on' is deprecated; write 'fail-on'",
        f"{cfg}: 'rules.title-too-long.max_length' is deprecated; write 'rules.title-too-long.max-length'",
        f"{cfg}: 'vocab.links.extend-allowed_hosts' is deprecated; write 'vocab.links.extend-allowed-hosts'",
    )
    r = gigcheck("check", "--config", str(cfg), str(write(tmp_path, "g.md", GIG)))
    assert f"gigcheck: warning: {cfg}: 'fail_on' is deprecated; write 'fail-on'" in r.err


@pytest.mark.parametrize(
    ("kw", "near"),
    [({"select": ["contact-emial"]}, "contact-email"), ({"ignore": ["GC2O1"]}, "GC201"),
     ({"select": ["contcat"]}, "contact")],
)
def test_an_unknown_rule_on_the_command_line_gets_the_nearest_name(kw, near):
    with pytest.raises(ConfigError, match=f"did you mean '{near}'\\?"):
        load_config(discover=False, **kw)


def test_an_unknown_rule_or_key_in_a_config_gets_the_nearest_name(tmp_path):
    cfg = write(tmp_path, "gc.toml", "[rules.titel-too-long]\nseverity = 'info'\n")
    with pytest.raises(PolicyError, match="unknown rule 'rules.titel-too-long' \\(did you mean 'title-too-long'\\?"):
        load_config(config_file=str(cfg), discover=False)
    cfg = write(tmp_path, "gc.toml", "ignroe = ['GC201']\n")
    with pytest.raises(ConfigError, match="unknown key 'ignroe' \\(did you mean 'ignore'\\?"):
        load_config(config_file=str(cfg), discover=False)


def test_an_unknown_rule_in_a_directive_gets_the_nearest_name(lint):
    (f,) = [f for f in lint(GIG) if f.rule == "GC001"]
    assert f.suggestion is not None and f.suggestion.startswith("Did you mean 'contact-email'?")
