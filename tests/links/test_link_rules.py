"""The links rules end to end (lint_text): every trick, each link once, messages, config.

Positions per form are in tests/rules/cases/GC40*.md; here, what a link is judged to be.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from perf_support import assert_linear
from table_support import table_test

from gigcheck import lint_text
from gigcheck.policy.config import load_config
from gigcheck.rules.links import allowed_names
from gigcheck.rules.registry import ALL_RULES
from gigcheck.scan import links as detect_links

REPO = Path(__file__).resolve().parents[2]
LINK_RULES = [r for r in ALL_RULES if r.code.startswith("GC4")]


@pytest.fixture(scope="module")
def cfg():
    return load_config(discover=False)


def portfolio(line: str) -> str:
    return f"## Description\nI record voice overs.\n\n## Portfolio\n{line}\n"


LINK_CODES = ("GC4", "GC206")  # the links rules, and contact details hidden in a link


def link_findings(text: str, config) -> list[tuple[str, str]]:
    """(rule, excerpt) of the links rules' findings (GC4xx and contact-in-link)."""
    return [(f.rule, f.excerpt) for f in lint_text(text, config=config) if f.rule.startswith(LINK_CODES)]


# --- tricks ---------------------------------------------------------------------------------

FLAGGED = [
    # userinfo: the host is what follows "@"
    ("[Demo](https://soundcloud.com@evil.net/track)", "GC401"),
    ("https://youtube.com:pw@evil.net/", "GC401"),
    # a subdomain or a longer name is another site
    ("youtube.com.evil.ru/watch?v=1", "GC401"),
    ("https://youtube-reels.com/x", "GC401"),
    ("[x](https://notyoutube.com)", "GC401"),
    # ports, case and a trailing dot do not hide a personal site
    ("https://johndoevoices.com:8443/demo", "GC401"),
    ("HTTPS://JOHNDOEVOICES.COM/DEMO", "GC401"),
    ("[x](https://johndoevoices.com./demo)", "GC401"),
    # unseen personal domains, in every spelling
    ("mariagarcia-voice.studio", "GC401"),
    ("bob-voices.co.uk/reel", "GC401"),
    ("lina dot design", "GC401"),
    ("www.kofi-mensah.net", "GC401"),
    ('<a href="https://anna-reads.org/demo">demo</a>', "GC401"),
    ("![me](https://pics.annareads.info/me.jpg)", "GC401"),
    ("[x](http://198.51.100.23/demo.mp3)", "GC401"),
    # look-alikes of allowed and marketplace hosts
    ("https://y0utube.com/watch?v=1", "GC404"),
    ("[x](https://xn--yutube-wqf.com/watch)", "GC404"),  # Cyrillic о, in punycode
    ("https://www.yоutube.com/watch", "GC404"),  # the same, in Unicode
    ("s0undcloud.com/bob", "GC404"),
    ("https://fiverr.corn/bob", "GC404"),
    # shorteners and file hosts
    ("https://bit.ly/3abcDEF", "GC402"),
    ("[x](https://tinyurl.com/demo)", "GC402"),
    ("t.co/abc", "GC402"),
    ("https://drive.google.com/file/d/1abc/view", "GC403"),
    ("[x](https://www.dropbox.com/s/abc/demo.mp3?dl=0)", "GC403"),
    ("wetransfer.com/downloads/abc", "GC403"),
    # contact details inside an allowed link (an email there is contact-email's)
    ("https://soundcloud.com/bob/call-555-123-4567", "GC206"),
    ("https://www.fiverr.com/bob?phone=%2B15551234567", "GC206"),
]


@table_test("line,code", FLAGGED, ids=[f[0][:48] for f in FLAGGED])
def test_flagged_by_exactly_one_link_rule(line, code, cfg):
    found = link_findings(portfolio(f"- {line}"), cfg)
    assert [c for c, _ in found] == [code], found


CLEAN = [
    "https://m.youtube.com/watch?v=abc",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://on.soundcloud.com/AbC12",
    "https://flic.kr/p/2abcDe",
    "https://www.flickr.com/photos/bob/51234567890",
    "https://music.youtube.com/watch?v=abc",
    "HTTPS://WWW.YOUTUBE.COM./watch?v=abc",  # case and trailing dot
    "https://youtube.com:443/watch?v=abc",  # a port
    "https://bob@soundcloud.com/bob",  # userinfo before an allowed host
    "[My profile](https://www.fiverr.com/bob)",
    "my other gig: fiverr.com/bob/record-an-audiobook",
    "https://www.fiverr.com/support/articles/360010451397",
    "youtube dot com/@bob",
    "[Demo][d]\n\n[d]: https://soundcloud.com/bob/demo",
    '<a href="https://soundcloud.com/bob">SoundCloud</a>',
    "[the FAQ](#faq) and [terms](/terms) and ![logo](logo.png)",
]


@pytest.mark.parametrize("line", CLEAN, ids=[c[:48] for c in CLEAN])
def test_allowed_hosts_and_relative_links_are_clean(line, cfg):
    assert link_findings(portfolio(f"- {line}"), cfg) == []


# Marketplace and allowed links seen in sellers' real forum posts: ids, title slugs and
# share-button tracking are not contact details; ".NET" said out loud is not a domain.
REAL_TEXT_CLEAN = [
    "http://support.fiverr.com/hc/en-us/articles/204407663-Using-If-This-Then-That-IFTTT-",
    "https://www.fiverr.com/etronics98/give-you-email-or-phone-support-for-a-computer-help-of-your-choice",
    "https://www.fiverr.com/s2/0925fb2866?utm_source=com.google.android.keep_Mobile",
    "https://www.fiverr.com/s2/f7184e3827?utm_source=CopyLink_Mobile",
    "https://www.fiverr.com/s2/1822707b03",
    "https://www.fiverr.com/purplecgraphics/design-ui-and-ux-for-your-mobile-app",
    "https://soundcloud.com/bob/email-marketing-explainer-voice-over",
    "I build web apps using dot net, asp dot net core and vb dot net.",
]


@pytest.mark.parametrize("line", REAL_TEXT_CLEAN, ids=[c[:48] for c in REAL_TEXT_CLEAN])
def test_real_text_false_positives(line, cfg):
    assert link_findings(portfolio(f"- {line}"), cfg) == []


def test_sections_are_reported(cfg):
    text = "## Description\nMy site: johndoevoices.com\n\n## Portfolio\n- https://johndoevoices.net\n"
    found = [(f.rule, f.section, f.line, f.column) for f in lint_text(text, config=cfg) if f.rule == "GC401"]
    assert found == [("GC401", "description", 2, 10), ("GC401", "portfolio", 5, 3)]


# --- each link once -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,count",
    [
        ("[https://johndoe.com](https://johndoe.com)", 1),  # text and target: same link
        ("[**www.johndoe.com**](https://johndoe.com/x)", 1),
        ("<https://johndoe.com>", 1),  # an autolink is only in the text
        ("[johndoe.com](https://soundcloud.com/bob)", 1),  # the text shows another site
        ("[johndoe.com](https://johndoe.net)", 2),  # two sites: both
        ("johndoe.com and johndoe.com", 2),  # two occurrences
    ],
)
def test_each_link_once(line, count, cfg):
    assert len(link_findings(portfolio(line), cfg)) == count


def test_autolink_before_a_link_keeps_both_positions(cfg):
    text = "<https://a-site.com/x> and [demo](https://b-site.com/y)\n"
    found = [(f.excerpt, f.column) for f in lint_text(text, config=cfg) if f.rule == "GC401"]
    assert found == [("https://a-site.com/x", 2), ("https://b-site.com/y", 35)]


def test_code_blocks_and_html_blocks_are_checked(cfg):
    text = (
        "## Portfolio\n```\ncurl https://api.johndoe.dev/demo\n```\n\n"
        '<div class="x"><img src="https://cdn.johndoe.net/a.png"> also johndoe.org</div>\n'
    )
    assert [e for _, e in link_findings(text, cfg)] == [
        "https://api.johndoe.dev/demo",
        "https://cdn.johndoe.net/a.png",
        "johndoe.org",
    ]


def test_html_comments_are_not_links(cfg):
    assert link_findings("Text.\n\n<!-- old site: johndoe.com -->\n", cfg) == []


def test_method_calls_in_code_are_not_domains(cfg):
    assert link_findings("```\nprint(data.info())\nuser.me(1)\n```\n", cfg) == []


# --- messenger, social and contact schemes belong to the contact rules ------------------------

CONTACT_LINKS = [
    "[chat](https://t.me/bobvoice)",
    "[whatsapp](https://wa.me/15551234567)",
    "[call](skype:bob.voice?call)",
    "[mail](mailto:bob.voice@gmail.com)",
    "[phone](tel:+15551234567)",
]


@pytest.mark.parametrize("line", CONTACT_LINKS)
def test_contact_links_are_not_links_findings(line, cfg):
    assert link_findings(portfolio(line), cfg) == []


@pytest.mark.parametrize("line", CONTACT_LINKS)
def test_contact_links_are_contact_findings(line, cfg):
    """Reported by the contact rules (contact-handle owns t.me, wa.me and skype:)."""
    found = [f for f in lint_text(portfolio(line), config=cfg) if f.category == "contact"]
    assert found, f"no contact finding for {line}"


@pytest.mark.parametrize(
    "line", ["https://www.instagram.com/bobvoice", "https://calendly.com/bob/30min", "discord.gg/abc"]
)
def test_social_and_booking_links_are_left_to_the_contact_rules(line, cfg):
    assert link_findings(portfolio(line), cfg) == []


def test_a_messenger_name_shaped_like_a_domain_is_the_handle_rules(cfg):
    found = lint_text("For faster replies add me on s k y p e: seo.marco.pro\n", config=cfg)
    assert [f.rule for f in found if f.rule.startswith("GC4")] == []
    assert any(f.name == "contact-handle" for f in found)


# --- emails are the email rule's ------------------------------------------------------------


def test_plain_and_bracketed_emails_are_not_links(cfg):
    text = "Write to bob@johndoe.com or bob [at] johndoe [dot] com.\n"
    assert link_findings(text, cfg) == []


@pytest.mark.parametrize(
    "text",
    ["Write to bob at gmail dot com.", "or to marco dot seo at outlook dot com", "bob at johndoe dot com"],
)
def test_disguised_emails_are_the_email_rules(text, cfg):
    found = lint_text(text, config=cfg)
    assert [f.rule for f in found if f.rule.startswith("GC4")] == []
    assert any(f.name == "contact-email" for f in found)


def test_a_domain_after_at_in_prose_is_still_a_link(cfg):
    assert [c for c, _ in link_findings("Find me at johndoe dot com or at behance.net.", cfg)] == ["GC401", "GC401"]


@pytest.mark.parametrize(
    "text",
    ["More samples at johndoe dot com", "Check out my portfolio at janedesigns (dot) com", "See my reels at bobcuts dot net"],
)
def test_what_is_shown_at_a_spelled_domain_is_a_link_not_an_address(text, cfg):
    found = lint_text(text, config=cfg)
    assert [f.rule for f in found if f.category in ("links", "contact")] == ["GC401"]


def test_link_matches_inside_email_spans_are_dropped(cfg, monkeypatch):
    text = "Reach johndoe dot com today.\n"

    def fake_email_spans(scan, run):
        i = run.text.find("johndoe")
        return [(i, i + len("johndoe dot com"))] if i >= 0 else []

    assert [c for c, _ in link_findings(text, cfg)] == ["GC401"]
    monkeypatch.setattr(detect_links, "email_spans", fake_email_spans)
    assert link_findings(text, cfg) == []


def test_contact_in_link_defers_to_the_email_rule(cfg):
    found = lint_text(portfolio("https://www.youtube.com/watch?v=abc&email=bob@gmail.com"), config=cfg)
    assert [f.rule for f in found if f.rule.startswith("GC4")] == []
    assert [f.excerpt for f in found if f.name == "contact-email"] == ["bob@gmail.com"]


# --- messages -------------------------------------------------------------------------------


def _one(text: str, cfg, code: str):
    found = [f for f in lint_text(text, config=cfg) if f.rule == code]
    assert len(found) == 1, found
    return found[0]


def test_disallowed_message_names_the_allowed_hosts(cfg):
    f = _one(portfolio("johndoevoices.com"), cfg, "GC401")
    assert f.message == (
        "Links may only point to SoundCloud, YouTube or Flickr (allowed portfolio hosts); "
        "johndoevoices.com is not one of them."
    )
    assert f.suggestion == "Upload the sample to SoundCloud, YouTube or Flickr and link to it there, or remove the link."
    assert f.category == "links" and f.excerpt == "johndoevoices.com"


def test_messages_explain_the_trick(cfg):
    assert "belongs to evil.ru, not youtube.com" in _one(portfolio("youtube.com.evil.ru"), cfg, "GC401").message
    assert "'soundcloud.com@' before the host is a disguise" in _one(
        portfolio("https://soundcloud.com@evil.net/"), cfg, "GC401"
    ).message
    lookalike = _one(portfolio("https://xn--yutube-wqf.com/"), cfg, "GC404")
    assert "imitates youtube.com" in lookalike.message and "xn--" in lookalike.message
    assert lookalike.suggestion == "Link to the real youtube.com address, or remove the link."
    assert "bit.ly, a URL shortener" in _one(portfolio("bit.ly/abc"), cfg, "GC402").message
    assert "drive.google.com, a file-sharing host" in _one(portfolio("drive.google.com/x"), cfg, "GC403").message
    contact = _one(portfolio("https://soundcloud.com/bob/call-555-123-4567"), cfg, "GC206")
    assert contact.category == "contact" and contact.excerpt == "555-123-4567"
    assert "soundcloud.com link carries contact details" in contact.message


def test_allowed_names_from_the_vocabulary():
    assert allowed_names({"allowed_hosts": ["soundcloud.com", "youtube.com", "youtu.be", "flickr.com", "flic.kr"],
                          "allowed_host_names": ["SoundCloud", "YouTube", "Flickr"]}) == "SoundCloud, YouTube or Flickr"
    assert allowed_names({"allowed_hosts": ["vimeo.com", "behance.net"]}) == "Vimeo or Behance"
    assert allowed_names({"allowed_hosts": ["vimeo.com"]}) == "Vimeo"


@pytest.mark.parametrize("rule", LINK_RULES, ids=lambda r: r.code)
def test_rule_examples(rule, cfg):
    assert any(f.rule == rule.code for f in lint_text(rule.bad_example, config=cfg)), rule.bad_example
    assert not any(f.rule == rule.code for f in lint_text(rule.good_example, config=cfg)), rule.good_example


# --- the allowlist is policy data, extended by a project ------------------------------------------


def test_project_config_extends_the_allowlist(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.gigcheck.vocab.links]\n"
        'extend-allowed_hosts = ["vimeo.com", "behance.net"]\n'
        'extend-allowed_host_names = ["ArtStation"]\n'
    )
    config = load_config(cwd=tmp_path)
    text = portfolio("- https://vimeo.com/123\n- https://www.behance.net/bob\n- https://youtu.be/x\n- johndoe.com")
    found = [f for f in lint_text(text, config=config) if f.rule.startswith("GC4")]
    assert [f.excerpt for f in found] == ["johndoe.com"]  # the defaults are kept
    assert found[0].message.startswith("Links may only point to SoundCloud, YouTube, Flickr, Vimeo or Behance ")
    # the shipped pack is unchanged for everyone else
    default = load_config(discover=False)
    assert [c for c, _ in link_findings(portfolio("https://vimeo.com/123"), default)] == ["GC401"]


def test_dot_gigcheck_toml_extends_shorteners(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gigcheck.toml").write_text('[vocab.links]\nextend-shorteners = ["sho.rt"]\n')
    config = load_config(cwd=tmp_path)
    assert [c for c, _ in link_findings(portfolio("https://sho.rt/x and https://bit.ly/y"), config)] == [
        "GC402",
        "GC402",
    ]


def test_unknown_vocab_key_is_an_error(tmp_path):
    from gigcheck.policy.packs import PolicyError

    (tmp_path / ".git").mkdir()
    (tmp_path / ".gigcheck.toml").write_text('[vocab.links]\nallowed_hostz = ["vimeo.com"]\n')
    with pytest.raises(PolicyError, match="allowed_hostz"):
        load_config(cwd=tmp_path)


def test_a_pack_without_links_vocab_judges_with_the_shared_one(tmp_path):
    # Every pack starts from the shared vocabulary (policies/vocab/): without allowed hosts
    # of its own, no host is a portfolio host; shorteners and file hosts are still known.
    pack = tmp_path / "bare.toml"
    pack.write_text('[pack]\nname = "bare"\ndescription = "no vocab"\n')
    config = load_config(policy=str(pack), discover=False, select=["links", "GC206"])
    assert [c for c, _ in link_findings(portfolio("johndoe.com and bit.ly/x"), config)] == ["GC401", "GC402"]


def test_a_pack_with_only_allowed_hosts_checks_a_gig(tmp_path):
    pack = tmp_path / "mine.toml"
    pack.write_text('[pack]\nname = "mine"\n\n[vocab.links]\nallowed_hosts = ["vimeo.com"]\n')
    config = load_config(policy=str(pack), discover=False)
    found = lint_text(portfolio("vimeo.com/1 and youtube.com/watch?v=1, mail me: a.b@gmail.com"), config=config)
    assert [(f.rule, f.excerpt) for f in found if f.category in ("links", "contact")] == [
        ("GC401", "youtube.com/watch?v=1"), ("GC201", "a.b@gmail.com")]


# --- cost ----------------------------------------------------------------------------------------


def test_clean_gig_does_not_load_the_suffix_list():
    """The suffix list loads only for a host the vocabulary does not name."""
    code = (
        "import sys\n"
        "from gigcheck import lint_text\n"
        "from gigcheck import load_config\n"
        "cfg = load_config(discover=False, select=['GC4'])\n"
        "text = '## Portfolio\\n- [a](https://soundcloud.com/b) https://m.youtube.com/x fiverr.com/bob\\n'\n"
        "assert not [f for f in lint_text(text, config=cfg)]\n"
        "print('publicsuffixlist' in sys.modules)\n"
        "lint_text('see johndoe.com', config=cfg)\n"
        "print('publicsuffixlist' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def many_links(k: int) -> str:
    links = "\n".join(f"- https://site{i}.voicework.com/demo/{i} www.site{i}.net/x" for i in range(k))
    prose = "I will record your voice over. It is e.g. 48.5 kHz, ready in 2 days: order now. " * 2 * k
    return f"## Description\n{prose}\n\n## Portfolio\n{links}\n"


def test_many_links_are_each_found(cfg):
    assert len(link_findings(many_links(300), cfg)) == 600


@pytest.mark.perf
def test_many_links_and_long_prose_are_linear(cfg):
    lint_text(portfolio("x"), config=cfg)
    assert_linear(lambda k: link_findings(many_links(k), cfg), 40, "links and prose")
