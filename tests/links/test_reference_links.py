"""link-reference (GC407): a link to public reference documentation is a citation, an
info note, not a link-disallowed-host (GC401) error; claimed as the seller's own, embedded,
a person's page or a lookalike, it stays GC401's. The lists are `[vocab.links]` data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from perf_support import assert_linear

from gigcheck import lint_text
from gigcheck.detectors.hosts import LinkPolicy
from gigcheck.detectors.reference_links import OwnerWords, names_site
from gigcheck.policy.config import load_config
from gigcheck.records import Severity

GIGS = Path(__file__).parent / "gigs"


@pytest.fixture(scope="module", name="cfg")
def _cfg():
    return load_config(discover=False)


def link_rules(line: str, config) -> list[tuple[str, Severity]]:
    gig = f"## Description\n{line}\n"
    return [(f.rule, f.severity) for f in lint_text(gig, config=config) if f.rule.startswith("GC4")]


# Honest citations: 29 variants in 16 languages, every form a citation is written in.
CITED = [
    "I follow the [WCAG 2.2 guidelines](https://www.w3.org/TR/WCAG22/) on every landing page.",
    "On my landing pages I follow the [WCAG 2.2 guidelines](https://www.w3.org/WAI/) and test them.",
    "I follow [Stripe's docs](https://stripe.com/docs) for my integrations.",
    "Sigo la [guía de estilo de Google](https://developers.google.com/style) para documentación técnica.",
    "Documentação baseada no [MDN](https://developer.mozilla.org/pt-BR/) e exemplos testados.",
    "Référence : [RGPD, art. 13](https://eur-lex.europa.eu/eli/reg/2016/679/oj) pour vos mentions légales.",
    "Код по [PEP 8](https://peps.python.org/pep-0008/), с типизацией и тестами.",
    "[Next.js公式ドキュメント](https://nextjs.org/docs)に沿って実装します。",
    "[Documentação do React](https://react.dev/learn) — sigo as boas práticas oficiais.",
    "[Documentación de Stripe](https://stripe.com/docs) — sigo sus guías oficiales.",
    "Datenschutz nach den Hinweisen des [BfDI](https://www.bfdi.bund.de/DE/Home/home_node.html).",
    "Ich halte mich an die [Stripe-Doku](https://docs.stripe.com/payments).",
    "Seguo le [linee guida WCAG](https://www.w3.org/WAI/standards-guidelines/wcag/) in ogni pagina.",
    "Volgens de [Vue-documentatie](https://vuejs.org/guide/introduction.html) gebouwd.",
    "Walidacja adresów zgodnie z [RFC 5322](https://www.rfc-editor.org/rfc/rfc5322).",
    "[Django belgelerini](https://docs.djangoproject.com/tr/5.0/) takip ediyorum.",
    "Mengikuti [panduan Laravel](https://laravel.com/docs/11.x) resmi.",
    "遵循[Unicode 双向算法](https://unicode.org/reports/tr9/)处理阿拉伯文。",
    "[Kotlin 문서](https://kotlinlang.org/docs/home.html)를 따릅니다.",
    "Theo [tài liệu Flutter](https://docs.flutter.dev/) chính thức.",
    "HTTP caching per [RFC 9111](https://datatracker.ietf.org/doc/html/rfc9111).",
    "[Schema.org Product](https://schema.org/Product) markup on every product page.",
    "See https://learn.microsoft.com/en-us/azure/ for the setup I use.",
    "ADA guidance: www.ada.gov/resources/web-guidance/",
    'What <a href="https://en.wikipedia.org/wiki/Search_engine_optimization">SEO</a> means.',
    "Conforme au [RGAA](https://accessibilite.numerique.gouv.fr/) pour les sites publics.",
    "За [специфікацією OpenAPI](https://spec.openapis.org/oas/v3.1.0) з прикладами.",
    "[Python दस्तावेज़](https://docs.python.org/3/) के अनुसार कोड।",
    "وفق [إرشادات WCAG](https://www.w3.org/WAI/) في كل صفحة.",
    # a product's documentation path, the product named by the link text or the words before
    "Stripe docs: https://stripe.com/docs",
    "[Kotlin 문서](https://kotlinlang.org/docs/home.html)를 따릅니다.",
    'Payments as in <a href="https://react.dev/learn">React</a>.',
]


@pytest.mark.parametrize("line", CITED)
def test_a_cited_reference_is_an_info_note_not_an_error(line, cfg):
    assert link_rules(line, cfg) == [("GC407", Severity.INFO)]


# The seller's own pages, samples, profiles and disguises: still link-disallowed-host errors.
OWN = [
    "See docs.mirastudio.dev with my own docs",
    "Read [my docs](https://docs.mirastudio.dev/start) first.",
    "Our guide: https://mirastudio.dev/guide",
    "Mi documentación: https://mirastudio.dev/docs",
    "Meine Doku: https://mirastudio.dev/docs",
    "Free lessons on my [learn page](https://mirastudio.dev/learn).",
    "Tutoriels sur notre [manuel](https://mirastudio.dev/manual).",
    "私の[ドキュメント](https://docs.mirastudio.dev/)をご覧ください。",
    "![Contoh desain logo kafe](https://i.imgur.com/Qm3ZtLp.png)",
    "Portfolio: https://www.behance.net/mirastudio",
    "Code samples: https://github.com/mirastudio",
    "![Sample page](https://developer.mozilla.org/static/sample.png)",
    '<img src="https://docs.python.org/3/_static/py.svg" alt="sample">',
    "Profile: https://learn.microsoft.com/en-us/users/mirastudio/",
    "https://en.wikipedia.org/wiki/User:MiraStudio",
    "Read https://medium.com/@mirastudio/guide",
    "https://developer.mozi11a.org/en-US/docs",
    "https://mdn.mozi11a.org/docs/Web",
    "https://docs.pyth0n.org/3/",
    "https://stripe.com.mirastudio.dev/docs",
    "https://docs.python.org.mirastudio.dev/3/",
    "https://developer.mozilla.org@mirastudio.dev/docs",
    "docs dot mirastudio dot dev",
    "Mira Studio: https://mirastudio.dev",
    # a documentation path on a site the text does not name: anyone's site has a "/docs"
    "Full details in the [Docs](https://mirastudio.dev/docs).",
    "Details: https://mirastudio.dev/docs",
    "See [the guide](https://pixelfoxmedia.com/guide/start) before ordering.",
    "Consulta la [guía](https://estudioluna.es/docs/precios).",
    '<a href="https://mirastudio.dev/learn">Start here</a>',
]


@pytest.mark.parametrize("line", OWN)
def test_the_sellers_own_page_stays_a_disallowed_host_error(line, cfg):
    assert link_rules(line, cfg) == [("GC401", Severity.ERROR)]


@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.w3.org/TR/WCAG22/", "reference"),
    ("https://stripe.com/docs", "reference"),
    ("https://stripe.com/en-us/docs/api", "reference"),
    ("https://www.gov.uk/guidance/accessibility", "reference"),
    ("https://docs.aws.amazon.com/s3/", "reference"),
    ("https://fr.react.dev/learn", "reference"),  # a language subdomain
    ("https://stripe.com.mirastudio.dev/docs", "disallowed"),
    ("https://stripe.com/pricing", "disallowed"),
    ("https://docs.google.com/document/d/1x", "file-host"),  # a file host wins
    ("https://bit.ly/docs", "shortener"),
    ("https://www.youtube.com/learn", "allowed"),
    ("https://fiverr.com/resources/guides/logo", "marketplace"),
    ("https://t.me/docs", "messenger"),
    ("https://www.y0utube.com/docs", "lookalike"),
    ("https://youtube.com.evil.ru/docs", "disallowed"),  # another site's name as a disguise
])
def test_every_list_wins_over_reference(url, kind, cfg):
    policy = LinkPolicy(cfg.vocabulary.table("links"))
    assert policy.judge(url).kind == kind


def test_without_the_reference_lists_nothing_is_a_reference(cfg):
    table = {k: v for k, v in cfg.vocabulary.table("links").items() if not k.startswith("reference_")}
    assert LinkPolicy(table).judge("https://www.w3.org/TR/WCAG22/").kind == "disallowed"


def test_a_pack_adds_reference_hosts_as_data(tmp_path):
    pack = tmp_path / "market.toml"
    pack.write_text('[pack]\nname = "market"\nextends = "fiverr"\n'
                    '[vocab.links]\nextend-reference_hosts = ["cnil.fr"]\n')
    config = load_config(policy=str(pack), discover=False)
    assert link_rules("Mentions selon la [CNIL](https://www.cnil.fr/fr/rgpd)", config) == [("GC407", Severity.INFO)]


@pytest.mark.parametrize(("label", "before", "after", "claimed"), [
    ("my docs", "", "", True),
    ("", "Read our", "", True),
    ("", "", " with my own docs", True),
    ("", "On my sites. I follow the", "", False),  # the claim ends with its sentence
    ("WCAG 2.2", "I follow the", " on every page", False),
    ("", "", " for every page I build, with my own tests", False),  # too far after
    ("WCAG 2.2", "", " on my landing pages", False),  # owns pages, not the documentation
    ("", "On my landing pages I follow", "", False),  # the possessive is not next to the link
])
def test_owner_words(label, before, after, claimed):
    owners = OwnerWords(["my", "our", "mi", "私の"], ["docs", "guide"])
    assert owners.claims(label, before, after) is claimed


def test_deny_mode_reports_only_denied_hosts_and_no_reference(tmp_path):
    pack = tmp_path / "market.toml"
    pack.write_text('[pack]\nname = "market"\nextends = "fiverr"\n'
                    '[rules.link-disallowed-host]\nmode = "deny"\ndenied-hosts = ["stripe.com"]\n')
    config = load_config(policy=str(pack), discover=False)
    assert link_rules("I follow the [WCAG 2.2 guidelines](https://www.w3.org/TR/WCAG22/).", config) == []
    assert link_rules("[Stripe docs](https://stripe.com/docs)", config) == [("GC401", Severity.ERROR)]
    assert link_rules("Mira Studio: https://mirastudio.dev", config) == []


def test_select_links_reports_citations_as_info_and_own_sites_as_errors(tmp_path):
    r = run_cli(["check", "--select", "links", "--format", "json", str(GIGS / "reference-citations.md")], cwd=tmp_path)
    found = [(f["rule"], f["severity"], f["line"]) for f in _findings(r.stdout)]
    assert found == [("GC407", "info", 5), ("GC407", "info", 6), ("GC401", "error", 10)]
    assert r.returncode == 1


def test_a_project_makes_reference_links_errors(tmp_path):
    (tmp_path / ".gigcheck.toml").write_text('[rules.link-reference]\nseverity = "error"\n')
    gig = tmp_path / "gig.md"
    gig.write_text((GIGS / "reference-citations.md").read_text())
    r = run_cli(["check", "--select", "GC407", "--format", "json", str(gig)], cwd=tmp_path)
    assert [f["severity"] for f in _findings(r.stdout)] == ["error", "error"]
    assert r.returncode == 1


def _findings(out: str) -> list[dict]:
    (report,) = json.loads(out)["files"]
    return list(report["findings"])


def test_link_reference_follows_the_disallowed_host_rules_mode_without_an_option_of_its_own(tmp_path):
    shown = run_cli(["rules", "GC407"], cwd=tmp_path)
    assert "Options:" not in shown.stdout and "severity = \"error\"" in shown.stdout
    (tmp_path / ".gigcheck.toml").write_text('[rules.link-reference]\nmode = "deny"\n')
    refused = run_cli(["check", str(GIGS / "reference-citations.md")], cwd=tmp_path)
    assert refused.returncode == 2 and "unknown option 'rules.link-reference.mode'" in refused.stderr


def many_citations(k: int) -> str:
    lines = "\n".join(
        f"- I follow [our guide {i}](https://docs.site{i}.dev/{'a/' * 30}users/x) and "
        f"[the docs](https://stripe.com/docs/{'p/' * 30}{i}) with my own docs"
        for i in range(k)
    )
    return f"## Description\n{lines}\n"


def test_many_citations_are_each_judged(cfg):
    found = [f.rule for f in lint_text(many_citations(50), config=cfg) if f.rule.startswith("GC4")]
    assert found == ["GC401", "GC401"] * 50


@pytest.mark.perf
def test_many_citations_with_long_paths_are_linear(cfg):
    lint_text(many_citations(1), config=cfg)
    assert_linear(lambda k: lint_text(many_citations(k), config=cfg), 40, "reference links")


@pytest.mark.parametrize(("registrable", "text", "named"), [
    ("stripe.com", "Documentación de Stripe", True),
    ("nextjs.org", "Next.js公式ドキュメント", True),
    ("vuejs.org", "Vue-documentatie", True),
    ("djangoproject.com", "Django belgelerini", True),
    ("mirastudio.dev", "Docs", False),
    ("mirastudio.dev", "the guide", False),
    ("vuejs.org", "vu", False),  # a word must have three letters to name a site
    ("x.dev", "x", False),  # a one-letter name names nothing
])
def test_names_site(registrable, text, named):
    assert names_site(registrable, text) is named
