"""judge(): the real host behind a link and what the links vocabulary says about it."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from perf_support import assert_linear
from table_support import table_test

from gigcheck.detectors import hosts
from gigcheck.detectors.hosts import (
    KINDS,
    LinkPolicy,
    Verdict,
    contact_in_url,
    known_hosts,
    registrable_domain,
    skeleton,
)
from gigcheck.detectors.urls import SpelledWords, find_links
from gigcheck.policy.config import load_config

VOCAB = load_config(discover=False).vocab["links"]  # the default pack's [vocab.links]
POLICY = LinkPolicy(VOCAB)
REPO = Path(__file__).resolve().parents[2]


def judge(url: str, vocab=None) -> Verdict:
    """The verdict of the default pack's links vocabulary, or of another `vocab` table."""
    return (POLICY if vocab is None else LinkPolicy(vocab)).judge(url)


def contact_in(url: str):
    return contact_in_url(url, POLICY.url_words)


def kind_of(url: str) -> str:
    return judge(url).kind


# --- the vocabulary file ------------------------------------------------------------------


def test_vocab_file_shape():
    for key in ("allowed_hosts", "marketplace_hosts", "shorteners", "file_hosts", "messenger_hosts",
                "social_hosts", "contact_schemes", "spelled_tlds"):
        values = VOCAB[key]
        assert values and all(isinstance(v, str) and v == v.lower().strip() for v in values), key
        assert len(values) == len(set(values)), f"duplicates in {key}"
    assert len(VOCAB["shorteners"]) >= 25
    # file extensions that are also TLDs stay out, or "main.py" would be a link
    assert not {"py", "sh", "md", "ai", "zip", "mov", "pl", "rs"} & set(VOCAB["spelled_tlds"])


def test_vocab_lists_do_not_overlap():
    seen: dict[str, str] = {}
    for key in ("allowed_hosts", "marketplace_hosts", "shorteners", "file_hosts", "messenger_hosts", "social_hosts"):
        for entry in VOCAB[key]:
            assert entry not in seen, f"{entry} in {seen.get(entry)} and {key}"
            seen[entry] = key


# --- kinds --------------------------------------------------------------------------------

CASES = {
    "allowed": [
        "m.youtube.com",
        "youtu.be/x",
        "on.soundcloud.com/abc",
        "flic.kr/p/1",
        "www.flickr.com",
        "https://soundcloud.com/bob",
        "HTTPS://WWW.YOUTUBE.COM./watch?v=x",
        "youtube.com:443/x",
        "//youtube.com/x",
        "ｙｏｕｔｕｂｅ.com",  # full-width letters: browsers map them to youtube.com
        "youtube。com",  # ideographic full stop
        "https://bob@soundcloud.com/",
        "http:youtube.com/x",
        "https://music.youtube.com/watch?v=x",
    ],
    "marketplace": ["fiverr.com/bob", "https://www.fiverr.com/bob/gig", "fiverr.net/x", "FIVERR.COM"],
    "shortener": ["bit.ly/x", "https://tinyurl.com/x", "t.co/x", "goo.gl/x", "s.id/x", "lnkd.in/x", "rb.gy/x", "cutt.ly/x"],
    "file-host": [
        "drive.google.com/file/d/x",
        "docs.google.com/document/d/x",
        "dropbox.com/s/x",
        "https://www.dropbox.com/s/x",
        "we.tl/t-x",
        "mega.nz/file/x",
        "onedrive.live.com/x",
        "1drv.ms/x",
        "wetransfer.com/downloads/x",
    ],
    "messenger": [
        "t.me/bob",
        "wa.me/15551234567",
        "api.whatsapp.com/send?phone=1",
        "chat.whatsapp.com/x",
        "m.me/bob",
        "discord.gg/x",
        "discord.com/invite/x",
        "https://DISCORD.COM/INVITE/x",
        "www.discord.com/invite/x",
        "discord.com/%69nvite/x",
        "join.skype.com/x",
        "calendly.com/bob",
        "zoom.us/j/1",
        "meet.google.com/abc-def",
        "linktr.ee/bob",
        "snapchat.com/add/bob",
        "www.snapchat.com/add",
    ],
    "social": [
        "facebook.com/bob",
        "instagram.com/bob",
        "x.com/bob",
        "twitter.com/bob",
        "linkedin.com/in/bob",
        "www.tiktok.com/@bob",
        "snapchat.com/bob",
        "snapchat.com/addx",
    ],
    "contact-scheme": [
        "mailto:bob@x.com",
        "tel:+15551234567",
        "skype:bob?call",
        "whatsapp://send?phone=1",
        "SMS:+1555",
        "viber://chat?number=1",
        "tg://resolve?domain=bob",
    ],
    "disallowed": [
        "youtube.com.evil.ru",
        "youtube-reels.com",
        "https://soundcloud.com@evil.net/",
        "https://evil.net\\@youtube.com/",
        "http:/\\evil.net",
        "johndoevoices.com",
        "discord.com/channels/x",
        "google.com",
        "notyoutube.com",
        "evilyoutube.com",
        "fiverr.co",
        "fiwerr.com",  # w for v is not one of the swaps
        "http://1.2.3.4/",
        "http://0x7f.1/",
        "http://[2001:db8::1]/",
        "http://foo.notatld/",
        "xn--ls8h.la",
    ],
    # Script schemes (links.toml script_schemes), as browsers read them: link-script-url.
    "script": [
        "javascript:alert(1)",
        "JavaScript:void(0)",
        " \tjava\tscript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,x",
        "DATA:image/svg+xml;base64,PHN2Zz4=",
        "javascript://%0aalert(1)",
    ],
    "invalid": [
        "",
        "java script:alert(1)",  # not a scheme: a relative link
        "javascriptx:alert(1)",
        "   ",
        "http://localhost",
        "http://localhost:8080",
        "http://",
        "http://exa mple.com",
        "youtube.com%2f.evil.net",
        "http://xn--a.com",
        "http://xn--zz-.com",
        "http://[::1",
        "http://youtube.com:abc/",
        "http://a..com/",
    ],
}


@table_test(
    "kind,url", [(kind, url) for kind, urls in CASES.items() for url in urls], ids=lambda v: repr(v)[:40]
)
def test_kind(kind, url):
    verdict = judge(url)
    assert verdict.kind == kind, verdict
    assert verdict.kind in KINDS
    assert verdict.reason


# --- lookalikes ---------------------------------------------------------------------------

LOOKALIKES = [
    ("y0utube.com", "youtube.com"),
    ("https://m.y0utube.com/watch", "youtube.com"),
    ("soundc1oud.com", "soundcloud.com"),
    ("s0undcloud.com/bob", "soundcloud.com"),
    ("5oundcloud.com", "soundcloud.com"),
    ("f1ickr.com", "flickr.com"),
    ("fl1c.kr", "flic.kr"),
    ("y0utu.be/x", "youtu.be"),
    ("fiverr.corn", "fiverr.com"),  # rn -> m
    ("f1verr.com", "fiverr.com"),
    ("yоutube.com", "youtube.com"),  # Cyrillic о
    ("ѕoundcloud.com", "soundcloud.com"),  # Cyrillic ѕ
    ("https://xn--yutube-wqf.com/watch", "youtube.com"),  # punycode of the above
    ("http://XN--YUTUBE-WQF.com", "youtube.com"),
    ("yóutube.com", "youtube.com"),  # diacritic
    ("fіverr.com", "fiverr.com"),  # Cyrillic і
]


@pytest.mark.parametrize("url,original", LOOKALIKES)
def test_lookalike(url, original):
    verdict = judge(url)
    assert (verdict.kind, verdict.lookalike_of) == ("lookalike", original), verdict


def test_lookalike_swaps_rn_and_vv():
    vocab = {"allowed_hosts": ["medium.com", "wix.com"]}
    assert judge("rnedium.com", vocab).lookalike_of == "medium.com"
    assert judge("vvix.com", vocab).lookalike_of == "wix.com"
    assert judge("wix.com", vocab).kind == "allowed"


def test_punycode_host_is_decoded():
    verdict = judge("https://xn--yutube-wqf.com/watch")
    assert verdict.host == "y\u043eutube.com" and verdict.registrable == "y\u043eutube.com"


@pytest.mark.parametrize(
    "name,expected",
    [("y0utube.com", "youtube.com"), ("yоutube.com", "youtube.com"), ("FIVERR.COM", "flverr.com"),
     ("rnedium", "medlum"), ("vvix", "wlx"), ("5ound", "sound"), ("ｙｏｕ", "you"), ("café", "cafe")],
)
def test_skeleton(name, expected):
    assert skeleton(name) == expected


# --- verdict fields -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,host,registrable",
    [
        ("m.youtube.com", "m.youtube.com", "youtube.com"),
        ("https://soundcloud.com@evil.net/", "evil.net", "evil.net"),
        ("youtube.com.evil.ru/x", "youtube.com.evil.ru", "evil.ru"),
        ("sub.example.co.uk/path", "sub.example.co.uk", "example.co.uk"),
        ("HTTP://User:Pw@WWW.Example.COM.:8080/x", "www.example.com", "example.com"),
        ("drive.google.com/x", "drive.google.com", "google.com"),
        ("http://1.2.3.4/", "1.2.3.4", None),
        ("mailto:bob@x.com", None, None),
    ],
)
def test_host_and_registrable(url, host, registrable):
    verdict = judge(url)
    assert (verdict.host, verdict.registrable) == (host, registrable), verdict


def test_reasons_name_the_trick():
    assert "evil.ru" in judge("youtube.com.evil.ru").reason
    assert "not youtube.com" in judge("youtube.com.evil.ru").reason
    assert "soundcloud.com@" in judge("https://soundcloud.com@evil.net/").reason
    assert "youtube.com" in judge("y0utube.com").reason
    assert "shortener" in judge("bit.ly/x").reason


def test_verdict_is_frozen():
    verdict = judge("bit.ly/x")
    assert isinstance(verdict, Verdict)
    with pytest.raises(AttributeError):
        verdict.kind = "allowed"  # type: ignore[misc]


# --- precedence and path entries ----------------------------------------------------------------


def test_precedence_between_lists():
    vocab = {
        "allowed_hosts": ["example.com"],
        "shorteners": ["example.com", "go.example.com"],
        "file_hosts": ["files.example.com"],
        "social_hosts": ["hub.example.com"],
        "messenger_hosts": ["hub.example.com"],
    }
    assert judge("example.com", vocab).kind == "shortener"
    assert judge("files.example.com", vocab).kind == "file-host"
    assert judge("hub.example.com", vocab).kind == "messenger"
    assert judge("other.example.com", vocab).kind == "shortener"


def test_path_entries_match_whole_segments():
    vocab = {"allowed_hosts": ["example.com"], "messenger_hosts": ["example.com/chat/join"]}
    assert judge("example.com/chat/join", vocab).kind == "messenger"
    assert judge("example.com/Chat/Join/x?y=1", vocab).kind == "messenger"
    assert judge("www.example.com/chat/join/", vocab).kind == "messenger"
    assert judge("example.com/chat/joiner", vocab).kind == "allowed"
    assert judge("example.com/chat", vocab).kind == "allowed"


def test_known_hosts_for_find_links():
    names = known_hosts(VOCAB)
    assert {"youtu.be", "discord.com", "snapchat.com", "we.tl"} <= names
    assert not any("/" in n for n in names)


# --- caching and speed ------------------------------------------------------------------------


def test_verdicts_are_cached_per_host():
    policy = POLICY
    policy._host_verdict.cache_clear()
    for _ in range(3):
        judge("https://www.youtube.com/watch?v=1")
        judge("https://www.youtube.com/watch?v=2")
    info = policy._host_verdict.cache_info()
    assert info.misses == 1 and info.hits == 5


@pytest.mark.perf
def test_judge_is_linear_in_the_number_of_urls():
    urls = [f"https://host{i % 500}.example{i % 7}.com/p/{i}" for i in range(20000)]
    judge(urls[0])

    def run(k: int) -> None:
        for url in urls[:k]:
            judge(url)

    assert_linear(run, 2500, "judge")


# --- the suffix list: lazy, bundled, never the network ---------------------------------------


def test_import_does_not_load_the_suffix_list():
    code = "import sys, gigcheck.detectors.hosts, gigcheck.detectors.urls; print('publicsuffixlist' in sys.modules, 'requests' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_registrable_domain_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    hosts._suffix_list.cache_clear()
    try:
        assert registrable_domain("m.youtube.com") == "youtube.com"
        assert registrable_domain("a.b.example.co.uk") == "example.co.uk"
        assert registrable_domain("localhost") is None
        fresh = LinkPolicy(VOCAB)
        assert fresh.judge("youtube.com.evil.ru").registrable == "evil.ru"
    finally:
        hosts._suffix_list.cache_clear()


def test_subprocess_without_network_or_cache_dir(tmp_path):
    # A fresh process with no usable home/cache and proxies pointing nowhere still works.
    code = textwrap.dedent(
        """
        import socket
        def boom(*a, **k):
            raise OSError("no network")
        socket.socket.connect = boom
        socket.create_connection = boom
        from gigcheck.policy.config import load_config
        from gigcheck.detectors.hosts import LinkPolicy
        print(LinkPolicy(load_config(discover=False).vocab["links"]).judge("on.soundcloud.com/x").kind)
        """
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "allowed"
    assert not (tmp_path / "cache").exists()


# --- contact details hidden in URLs ----------------------------------------------------------

CONTACT_IN_URL = [
    ("youtube.com/watch?v=x&email=bob@gmail.com", "bob@gmail.com"),
    ("https://youtube.com/watch?v=x&e=bob%40gmail.com", "bob@gmail.com"),
    ("soundcloud.com/bob#bob.smith@yahoo.com", "bob.smith@yahoo.com"),
    ("soundcloud.com/skype-bob.voice", "skype-bob.voice"),
    ("soundcloud.com/bob/whatsapp_me", "whatsapp_me"),
    ("soundcloud.com/bob/call-555-123-4567", "555-123-4567"),
    ("soundcloud.com/bob/+15551234567", "+15551234567"),
    ("youtube.com/watch?v=x&phone=5551234567", "5551234567"),
    ("flickr.com/photos/bob?text=call+555+123+4567", "555 123 4567"),
    ("soundcloud.com/bob-5551234567", "5551234567"),
]


@pytest.mark.parametrize("url,part", CONTACT_IN_URL)
def test_contact_in_url(url, part):
    assert contact_in(url) == part


NO_CONTACT_IN_URL = [
    "soundcloud.com/bob/123456789",  # track id
    "flickr.com/photos/bob/51234567890",  # photo id
    "youtube.com/watch?v=dQw4w9WgXcQ&t=1234567",
    "soundcloud.com/bob/mix-20230115",  # a date
    "soundcloud.com/bob/my-track",
    "youtube.com/@EmailMarketingPro",
    "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
    "youtube.com",
    "http://[::1",
]


@pytest.mark.parametrize("url", NO_CONTACT_IN_URL)
def test_no_contact_in_url(url):
    assert contact_in(url) is None


@pytest.mark.perf
@pytest.mark.parametrize("unit", ["a@", "1-", "a.", "+1 "])
def test_contact_in_url_is_linear(unit):
    def run(k: int) -> None:
        s = unit * k
        contact_in("http://x.com/" + s)
        contact_in("http://x.com/?a=" + s)
        judge("http://x.com/" + s)
        judge(s)

    assert_linear(run, 3000, f"contact_in_url on {unit!r}")


# --- find + judge together ----------------------------------------------------------------


def test_find_then_judge_a_gig():
    text = (
        "Hear my demos at https://soundcloud.com/bob and youtu.be/xyz. Full reel on johndoe dot com, "
        "files via drive.google.com/x, chat on t.me/bob or mailto:bob@x.com. Beware y0utube.com "
        "and https://soundcloud.com@evil.net/."
    )
    links = find_links(text, spelled_tlds=VOCAB["spelled_tlds"], known_hosts=known_hosts(VOCAB),
                       schemes=VOCAB["contact_schemes"], words=SpelledWords.from_table(VOCAB))
    kinds = [judge(m.url).kind for m in links]
    assert kinds == ["allowed", "allowed", "disallowed", "file-host", "messenger", "contact-scheme",
                     "lookalike", "disallowed"]
