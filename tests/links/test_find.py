"""find_links / parse_html_links: every form, the GFM trailing-punctuation rules, the
look-alikes that are not links, and linear time on adversarial input."""
from __future__ import annotations

import pytest
from perf_support import assert_linear
from table_support import table_test

from gigcheck.detectors import urls
from gigcheck.detectors.hosts import known_hosts
from gigcheck.detectors.urls import FORMS, LinkMatch, SpelledWords, parse_html_links
from gigcheck.policy.config import load_config

VOCAB = load_config(discover=False).vocab["links"]  # the default pack's [vocab.links]
TLDS = frozenset(VOCAB["spelled_tlds"])
KNOWN = known_hosts(VOCAB)
WORDS = SpelledWords.from_table(VOCAB)
SCHEMES = VOCAB["contact_schemes"]


def find_links(text: str, **kw):
    """find_links with the default pack's contact schemes and spelled-form words."""
    kw.setdefault("schemes", SCHEMES)
    kw.setdefault("words", WORDS)
    return urls.find_links(text, **kw)


def found(text: str) -> list[tuple[str, str, str]]:
    """(source slice, url, form) for each link; checks offsets on the way."""
    out = []
    for m in find_links(text, spelled_tlds=TLDS, known_hosts=KNOWN):
        assert isinstance(m, LinkMatch)
        assert 0 <= m.start < m.end <= len(text)
        assert m.form in FORMS
        if m.form != "spelled":
            assert text[m.start : m.end] == m.url
        out.append((text[m.start : m.end], m.url, m.form))
    return out


def one(text: str) -> tuple[str, str, str]:
    links = found(text)
    assert len(links) == 1, links
    return links[0]


# --- each form ----------------------------------------------------------------------------

URL_CASES = [
    ("Listen: https://soundcloud.com/bob.", "https://soundcloud.com/bob"),
    ("(https://youtu.be/x)", "https://youtu.be/x"),
    ("HTTP://EXAMPLE.COM/A?b=1#c!", "HTTP://EXAMPLE.COM/A?b=1#c"),
    ("files at ftp://files.example.com/x, ok", "ftp://files.example.com/x"),
    ("see https://en.wikipedia.org/wiki/Foo_(bar) now", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("<https://a.com/x>", "https://a.com/x"),
    ("[demo](https://a.com/x)", "https://a.com/x"),
    ("**https://a.com/x**", "https://a.com/x"),
    ('href="https://a.com/x"', "https://a.com/x"),
    ("`https://a.com/x`", "https://a.com/x"),
    ("http://[::1]:8080/x.", "http://[::1]:8080/x"),
    ("https://soundcloud.com@evil.net/", "https://soundcloud.com@evil.net/"),
    ("http://a.com/?q=1&r=2;", "http://a.com/?q=1&r=2"),
]


@pytest.mark.parametrize("text,url", URL_CASES)
def test_url_form(text, url):
    assert one(text) == (url, url, "url")


WWW_CASES = [
    ("Visit www.johndoe.com today", "www.johndoe.com"),
    ("WWW.JohnDoe.co.uk/demo.", "WWW.JohnDoe.co.uk/demo"),
    ("(www.YouTube.com/watch?v=x)!", "www.YouTube.com/watch?v=x"),
    ("www.johndoe", "www.johndoe"),  # GFM links www. names whatever the TLD
    ("www.johndoe.studio/reel?", "www.johndoe.studio/reel"),
]


@pytest.mark.parametrize("text,url", WWW_CASES)
def test_www_form(text, url):
    assert one(text) == (url, url, "www")


BARE_CASES = [
    ("Samples on johndoevoices.com.", "johndoevoices.com"),
    ("see sub.example.co.uk/path, thanks", "sub.example.co.uk/path"),
    ("johndoe.com:8080/x", "johndoe.com:8080/x"),
    ("JOHNDOE.COM", "JOHNDOE.COM"),
    ("JohnDoe.com", "JohnDoe.com"),
    ("bücher.de", "bücher.de"),
    ("yоutube.com", "yоutube.com"),  # Cyrillic о: found here, judged a lookalike later
    ("--johndoe.com", "johndoe.com"),
    ("my-site.net/demo?x=1.", "my-site.net/demo?x=1"),
    ("**johndoe.com**", "johndoe.com"),
    ("_johndoe.com_", "johndoe.com"),
    ("__johndoe.com__.", "johndoe.com"),
    ("Website:johndoe.com", "johndoe.com"),
    ("Have you seen johndoe.io?", "johndoe.io"),
    # hosts from the vocabulary are found whatever their TLD
    ("youtu.be/abc", "youtu.be/abc"),
    ("flic.kr/p/x", "flic.kr/p/x"),
    ("we.tl/t-abc", "we.tl/t-abc"),
    ("tiny.cc/x", "tiny.cc/x"),
    ("s.id/x", "s.id/x"),
    ("t.co/x", "t.co/x"),
    ("on.soundcloud.com/abc", "on.soundcloud.com/abc"),
]


@table_test("text,url", BARE_CASES)
def test_bare_domain_form(text, url):
    assert one(text) == (url, url, "bare-domain")


SPELLED_CASES = [
    ("johndoe dot com", "johndoe.com"),
    ("johndoe [dot] com", "johndoe.com"),
    ("johndoe(dot)net", "johndoe.net"),
    ("johndoe (dot) net", "johndoe.net"),
    ("johndoe{dot}io", "johndoe.io"),
    ("johndoe<dot>com", "johndoe.com"),
    ("johndoe [.] com", "johndoe.com"),
    ("johndoe(.)com", "johndoe.com"),
    ("johndoe . com", "johndoe.com"),
    ("johndoe DOT com", "johndoe.com"),
    ("johndoe [ DOT ] COM", "johndoe.COM"),
    ("john dot doe dot co dot uk/x", "john.doe.co.uk/x"),
    ("johndoe.voice dot com", "johndoe.voice.com"),
    ("www dot johndoe dot com", "www.johndoe.com"),
    ("find me: johndoe dot com.", "johndoe.com"),
]


@pytest.mark.parametrize("text,url", SPELLED_CASES)
def test_spelled_form(text, url):
    src, got, form = one(text)
    assert (got, form) == (url, "spelled")
    assert src.split()[0].startswith(url.split(".")[0])


def test_spelled_offsets_cover_the_words():
    text = "Portfolio: johndoe [dot] com - thanks"
    (m,) = find_links(text, spelled_tlds=TLDS)
    assert text[m.start : m.end] == "johndoe [dot] com"


SCHEME_CASES = [
    ("mailto:bob@x.com", "mailto:bob@x.com"),
    ("call tel:+15551234567.", "tel:+15551234567"),
    ("skype:bob?call", "skype:bob?call"),
    ("whatsapp://send?phone=15551234567", "whatsapp://send?phone=15551234567"),
    ("SMS:+15551234567", "SMS:+15551234567"),
    ("tg://resolve?domain=bob", "tg://resolve?domain=bob"),
    ("Callto:bob.", "Callto:bob"),
    ("(viber://chat?number=1555)", "viber://chat?number=1555"),
    ("facetime:bob@icloud.com", "facetime:bob@icloud.com"),
]


@pytest.mark.parametrize("text,url", SCHEME_CASES)
def test_scheme_form(text, url):
    assert one(text) == (url, url, "scheme")


def test_custom_schemes():
    assert find_links("line:bob", spelled_tlds=TLDS) == []
    (m,) = find_links("line:bob", spelled_tlds=TLDS, schemes=["line"])
    assert m.url == "line:bob" and m.form == "scheme"


# --- trailing punctuation (GitHub autolink rules) ---------------------------------------------


@pytest.mark.parametrize("punct", [".", ",", ":", "!", "?", ";", "'", "*", "_", "~", "?!.", ").", "))"])
@pytest.mark.parametrize("link", ["https://a.com/x", "www.a.com/x", "a.com/x", "a.com"])
def test_trailing_punctuation_excluded(link, punct):
    ((src, _, _),) = found(f"go to {link}{punct} now")
    assert src == link


def test_balanced_parentheses_kept():
    assert one("a.com/wiki/Foo_(bar)")[0] == "a.com/wiki/Foo_(bar)"
    assert one("(a.com/wiki/Foo_(bar))")[0] == "a.com/wiki/Foo_(bar)"


def test_raw_markdown_link_gives_both_urls():
    assert [u for _, u, _ in found("[http://a.com](http://b.com)")] == ["http://a.com", "http://b.com"]


def test_several_links_in_order():
    text = "Demos: https://youtu.be/x, johndoe dot com, www.a.io and mailto:bob@x.com."
    assert [f for _, _, f in found(text)] == ["url", "spelled", "www", "scheme"]


# --- things that are not links ---------------------------------------------------------------

NOT_LINKS = [
    "bob@gmail.com",
    "mail bob.smith@gmail.com now",
    "bob.me@gmail.com",
    "bob @ gmail.com",
    "bob [at] gmail [dot] com",
    "bob (at) gmail (dot) com",
    "john.doe [at] gmail.com",
    "report.pdf",
    "index.html",
    "main.py",
    "logo.ai and logo.eps",
    "setup.sh",
    "README.md",
    "archive.zip",
    "clip.mov",
    "main.cc",
    "script.pl",
    "song.mp3, track.wav",
    "v1.2.3",
    "version 2.0.1",
    "e.g. this, i.e. that",
    "e.g.",
    "U.S. and U.K.",
    "9 a.m. to 5 p.m.",
    "3.14",
    "$4.99 per 1.5k words",
    "192.168.1.1",
    "ASP.NET and VB.NET developer, Socket.IO",
    "Node.js, Vue.js and Next.js",
    "Skype: bob",
    "tel: 555 1234",
    "hotel:5",
    "great work.Info below",
    "the dot com bubble",
    "a dot com company",
    "http://",
    "Chapter 5.in",
    "my_site.com",
    "file.txt",
    "Mr.Smith",
    "C++/C#",
    "-> dot <-",
    "www.",
]


@table_test("text", NOT_LINKS)
def test_not_a_link(text):
    assert found(text) == []


def test_unknown_tld_needs_vocab():
    # "cc" is not in spelled_tlds (main.cc), so tiny.cc is found only as a known host
    assert find_links("tiny.cc/x", spelled_tlds=TLDS) == []
    assert find_links("tiny.cc/x", spelled_tlds=TLDS, known_hosts=["tiny.cc"])[0].url == "tiny.cc/x"


def test_tlds_case_insensitive_input():
    assert find_links("johndoe.com", spelled_tlds=["COM"])[0].url == "johndoe.com"


# --- linear time -----------------------------------------------------------------------------

ADVERSARIAL = {
    "a.": ("", "a.", 100000, ""),
    "http://": ("", "http://", 30000, ""),
    "www.": ("", "www.", 50000, ""),
    "a dot ": ("", "a dot ", 40000, ""),
    "a [dot] ": ("", "a [dot] ", 25000, ""),
    "a . ": ("", "a . ", 50000, ""),
    "a-": ("", "a-", 100000, ""),
    "1.": ("", "1.", 100000, ""),
    "a@": ("", "a@", 100000, ""),
    "mailto:": ("", "mailto:", 30000, ""),
    "http://a]": ("", "http://a]", 25000, ""),
    "closers": ("http://a", ")", 200000, ""),
    "a [at] ": ("", "a [at] ", 30000, ""),
    "a.com@": ("", "a.com@", 35000, ""),
    "long label": ("", "a", 200000, ".com"),
    "<a ": ("", "<a ", 70000, ""),
    '<a "': ("", '<a "', 50000, ""),
    "<a href=": ("", "<a href=", 25000, ""),
    "a.b ": ("", "a.b ", 50000, ""),
    "x.com ": ("", "x.com ", 35000, ""),  # many real matches
}


def adversarial(name: str, count: int) -> str:
    head, unit, _, tail = ADVERSARIAL[name]
    return head + unit * count + tail


@pytest.mark.perf
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_linear(name):
    count = ADVERSARIAL[name][2]
    assert len(adversarial(name, count)) >= 200000
    assert_linear(lambda k: find_links(adversarial(name, k), spelled_tlds=TLDS, known_hosts=KNOWN), count // 32,
                  f"find_links on {name}")
    assert_linear(lambda k: parse_html_links(adversarial(name, k)), count // 32, f"parse_html_links on {name}")


# --- HTML attributes -----------------------------------------------------------------------


def test_html_offsets_and_values():
    html = (
        '<p><a class="x" href=" https://a.com/?a=1&amp;b=2 ">x</a>'
        "<IMG src='http://b.com/i.png'/><iframe src=http://c.com></iframe></p>"
    )
    links = parse_html_links(html)
    assert [v for _, _, v in links] == ["https://a.com/?a=1&b=2", "http://b.com/i.png", "http://c.com"]
    raw = [html[a:b] for a, b, _ in links]
    assert raw == ["https://a.com/?a=1&amp;b=2", "http://b.com/i.png", "http://c.com"]


HTML_CASES = [
    ('<a href="https://a.com">x</a>', ["https://a.com"]),
    ("<A HREF='https://a.com'>x</A>", ["https://a.com"]),
    ('<a\nhref="https://a.com"\n>x</a>', ["https://a.com"]),
    ('<img alt="x>y" src="https://a.com/i.png">', ["https://a.com/i.png"]),
    ('<img alt="x" src="https://a.com/i.png">', ["https://a.com/i.png"]),
    ('<iframe width="560" src="https://www.youtube.com/embed/x"></iframe>', ["https://www.youtube.com/embed/x"]),
    ('<a href="&#104;ttps://evil.net">x</a>', ["https://evil.net"]),
    ('<a data-href="https://a.com" title="https://b.com">x</a>', []),
    ('<abbr href="https://a.com">x</abbr>', []),
    ('<a href="https://first.com" href="https://second.com">x</a>', ["https://first.com"]),
    ('<a href="">x</a>', []),
    ('<video src="https://a.com/v.mp4" poster="https://a.com/p.png"></video>', ["https://a.com/v.mp4", "https://a.com/p.png"]),
    ('<form action="https://a.com/post"></form>', ["https://a.com/post"]),
    ('<a href="https://a.com"', []),  # unterminated tag
    ("no html here https://a.com", []),
]


@pytest.mark.parametrize("html,values", HTML_CASES)
def test_parse_html_links(html, values):
    links = parse_html_links(html)
    assert [v for _, _, v in links] == values
    for a, b, _ in links:
        assert html[a:b] and html[a:b] == html[a:b].strip()
