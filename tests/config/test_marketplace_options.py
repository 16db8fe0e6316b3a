"""What differs by marketplace is a pack option, not code: the title prefix, the currency
messages write amounts in, the link list's mode, when contact rules lift."""
from __future__ import annotations

import pytest

from gigcheck.policy.config import load_config
from gigcheck.policy.packs import PolicyError

GIG = """---
title: Professional logo design for your brand
tags: [logo design, brand identity, vector logo]
packages:
  Basic:
    price: 3
    delivery: 2
---
I design clean, modern logos for small businesses.

Samples: [my Upwork profile](https://www.upwork.com/freelancers/ana) and [my site](https://anadesigns.net).
"""


def _pack(tmp_path, body: str) -> str:
    pack = tmp_path / "market.toml"
    pack.write_text('[pack]\nname = "market"\nextends = "fiverr"\n' + body)
    return str(pack)


def _messages(found, code: str) -> list[str]:
    return [f.message for f in found if f.rule == code]


def test_no_title_prefix_means_no_i_will_check(lint, tmp_path):
    assert _messages(lint(GIG), "GC103") == ['The title must start with "I will".']
    assert _messages(lint(GIG, policy=_pack(tmp_path, '[rules.title-not-i-will]\nprefix = ""\n')), "GC103") == []


def test_the_currency_is_the_packs(lint, tmp_path):
    assert _messages(lint(GIG), "GC113") == ["The package `Basic` costs 3; the lowest price is $5."]
    pounds = _pack(tmp_path, '[vocab.packages]\ncurrency = "£"\n')
    assert _messages(lint(GIG, policy=pounds), "GC113") == ["The package `Basic` costs 3; the lowest price is £5."]


def test_deny_mode_reports_only_the_denied_hosts(lint, tmp_path):
    allow = {f.excerpt for f in lint(GIG) if f.rule == "GC401"}
    assert allow == {"https://www.upwork.com/freelancers/ana", "https://anadesigns.net"}
    deny = _pack(tmp_path, '[rules.link-disallowed-host]\nmode = "deny"\ndenied-hosts = ["upwork.com"]\n')
    (hit,) = [f for f in lint(GIG, policy=deny) if f.rule == "GC401"]
    assert (hit.line, hit.excerpt) == (11, "https://www.upwork.com/freelancers/ana")
    assert hit.message == "Links to upwork.com are not allowed on this marketplace."


def test_a_denied_host_the_pack_also_allows_is_denied(lint, tmp_path):
    gig = GIG.replace("https://anadesigns.net", "https://youtube.com/@ana")
    deny = _pack(tmp_path, '[rules.link-disallowed-host]\nmode = "deny"\ndenied-hosts = ["youtube.com"]\n')
    assert [f.excerpt for f in lint(gig, policy=deny) if f.rule == "GC401"] == ["https://youtube.com/@ana"]


def test_an_unknown_mode_is_a_clear_error(tmp_path):
    with pytest.raises(PolicyError, match='must be one of "allow", "deny", not blocklist'):
        load_config(discover=False, policy=_pack(tmp_path, '[rules.link-disallowed-host]\nmode = "blocklist"\n'))


def test_when_contact_rules_lift_is_one_of_three_values(lint, tmp_path):
    body = '[rules.contact-invitation]\ncontact-allowed-after = "after-hire"\n'
    with pytest.raises(PolicyError, match='one of "never", "order", "contract", not after-hire'):
        load_config(discover=False, policy=_pack(tmp_path, body))
    never = _pack(tmp_path, '[rules.contact-invitation]\ncontact-allowed-after = "never"\n')
    invite = "---\ntitle: I will design a logo\n---\nMessage me on WhatsApp before you order.\n"
    assert [f.rule for f in lint(invite, policy=never) if f.rule == "GC204"] == ["GC204"]
