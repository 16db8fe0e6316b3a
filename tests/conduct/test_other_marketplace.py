"""other-marketplace (GC703): sending buyers to a competitor in words, the marketplace as
the work (not reported), and the competitors as pack options."""
from __future__ import annotations

from pathlib import Path

import pytest
from conduct_support import conduct_findings

from gigcheck import lint_text
from gigcheck.policy.config import load_config

POINTERS = [
    ("I'm also on Upwork.", "Upwork", "also on Upwork"),
    ("My shop on Etsy has cheaper bundles.", "Etsy", "My shop on Etsy"),
    ("Hire me on Freelancer.com for bigger projects.", "Freelancer.com", "Hire me on Freelancer.com"),
    ("Find my courses on Udemy.", "Udemy", "Find my courses on Udemy"),
    ("Check out my Etsy shop for printables.", "Etsy", "my Etsy shop"),
    ("I'm on Upwork too.", "Upwork", "I'm on Upwork"),
    ("I am Top Rated on Upwork.", "Upwork", "Top Rated on Upwork"),
    ("It is cheaper on PeoplePerHour.", "PeoplePerHour", "cheaper on PeoplePerHour"),
    ("You can also find me on upwork.com.", "Upwork", "find me on upwork.com"),
    ("Encuéntrame también en Upwork.", "Upwork", "también en Upwork"),
    ("Retrouvez mes cours sur Udemy.", "Udemy", "Retrouvez mes cours sur Udemy"),
    ("Sie finden mich auch auf Upwork.", "Upwork", "auch auf Upwork"),
    ("Búscame en Upwork.", "Upwork", "Búscame en Upwork"),
    ("Buy my templates on Etsy.", "Etsy", "Buy my templates on Etsy"),
    ("Hire us on Toptal.", "Toptal", "Hire us on Toptal"),
    ("I sell on Etsy too, so I know what works.", "Etsy", "on Etsy"),
]


@pytest.mark.parametrize("text,name,excerpt", POINTERS, ids=[p[0][:40] for p in POINTERS])
def test_pointer_to_a_competitor_is_reported(text, name, excerpt):
    found = conduct_findings(text, rule="GC703")
    assert [f.excerpt for f in found] == [excerpt], (text, found)
    assert f"sends buyers to {name}, another marketplace" in found[0].message


CLEAN = [
    "I will set up your Etsy shop.",
    "Amazon listing optimization.",
    "I will migrate your store from Etsy to Shopify.",
    "I have experience selling on Upwork for clients.",
    "Shopify store design.",
    "I will write winning Upwork proposals for you.",
    "I will optimize your listings on Etsy.",
    "Your Udemy course, edited and captioned.",
    "I'm not on Upwork or any other site.",
    "I find clients on Upwork and Fiverr alike, so I know both.",
    "Message me here on Fiverr before you order.",
    "I also work on Etsy SEO for your shop.",
    "Get paid on Upwork faster with my proposal templates.",
    "I will help you find clients on Upwork.",
    "I will design your Udemy course thumbnail.",
    "Etsy shop owners love my product photos.",
    "Check out the Upwork API docs with me.",
]


@pytest.mark.parametrize("text", CLEAN, ids=[c[:40] for c in CLEAN])
def test_marketplace_as_the_work_passes(text):
    assert conduct_findings(text, rule="GC703") == []


def test_home_marketplace_is_never_a_competitor():
    assert conduct_findings("You can also find me on Fiverr.", rule="GC703") == []


def test_competitors_are_pack_options(tmp_path: Path):
    """A pack for another marketplace names itself home: Fiverr becomes the competitor."""
    pack = tmp_path / "other.toml"
    pack.write_text('[pack]\nname = "other"\nextends = "fiverr"\n\n'
                    '[rules.other-marketplace]\nhome = ["Upwork"]\n', encoding="utf-8")
    cfg = load_config(discover=False, policy=str(pack))
    gig = "---\ntitle: I will help\n---\nI'm also on Fiverr. I'm also on Upwork.\n"
    found = [f for f in lint_text(gig, config=cfg) if f.rule == "GC703"]
    assert [f.excerpt for f in found] == ["also on Fiverr"]


def test_an_explicit_competitor_list_limits_the_rule(tmp_path: Path):
    pack = tmp_path / "narrow.toml"
    pack.write_text('[pack]\nname = "narrow"\nextends = "fiverr"\n\n'
                    '[rules.other-marketplace]\ncompetitors = ["Upwork"]\n', encoding="utf-8")
    cfg = load_config(discover=False, policy=str(pack))
    gig = "---\ntitle: I will help\n---\nI'm also on Etsy. I'm also on Upwork.\n"
    found = [f for f in lint_text(gig, config=cfg) if f.rule == "GC703"]
    assert [f.excerpt for f in found] == ["also on Upwork"]


@pytest.mark.parametrize("text", ["I'm also on Upwork.", "Hire me on Upwork."])
def test_link_form_stays_gc401_and_words_are_gc703(text):
    gig = f"---\ntitle: I will help\n---\n{text} https://www.upwork.com/freelancers/~01ab\n"
    rules = sorted({f.rule for f in lint_text(gig, config=load_config(discover=False)) if f.rule in ("GC401", "GC703")})
    assert rules == ["GC401", "GC703"]


# Pointers in more languages and forms: a name joined to its noun ("Etsy-Shop"), the noun
# before the name ("ma boutique Etsy", "toko Tokopedia saya"), the seller's own page
# there ("join my Patreon"), and marketplaces beyond the big freelance ones.
MORE_POINTERS = [
    ("Grab the bundle on my Gumroad, it is cheaper.", "Gumroad", "on my Gumroad"),
    ("Support me and get extras: join my Patreon.", "Patreon", "join my Patreon"),
    ("Todos os meus e-books estão na minha página da Hotmart.", "Hotmart", "minha página da Hotmart"),
    ("Vous trouverez mes polices dans ma boutique Etsy.", "Etsy", "ma boutique Etsy"),
    ("Alle Designs findest du in meinem Etsy-Shop.", "Etsy", "meinem Etsy-Shop"),
    ("Semua desain ada di toko Tokopedia saya.", "Tokopedia", "toko Tokopedia"),
    ("Alle ontwerpen vind je in mijn Bol.com-winkel.", "Bol.com", "mijn Bol.com-winkel"),
    ("Wszystkie wzory są w moim sklepie na Allegro.", "Allegro", "moim sklepie na Allegro"),
    ("Tôi cũng bán trên Shopee.", "Shopee", "cũng bán trên Shopee"),
    ("Mera Instamojo store check karo.", "Instamojo", "Mera Instamojo store"),
    ("My Pond5 portfolio has the full set.", "Pond5", "My Pond5 portfolio"),
    ("Il set completo è anche su Ko-fi.", "Ko-fi", "anche su Ko-fi"),
]


@pytest.mark.parametrize("text,name,excerpt", MORE_POINTERS, ids=[p[0][:40] for p in MORE_POINTERS])
def test_pointer_in_more_languages_and_forms(text, name, excerpt):
    found = conduct_findings(text, rule="GC703")
    assert [f.excerpt for f in found] == [excerpt], (text, found)
    assert f"sends buyers to {name}, another marketplace" in found[0].message


MORE_CLEAN = [
    "I will set up your Gumroad store and product pages.",
    "Patreon page design for your podcast.",
    "Configuro o seu checkout da Hotmart.",
    "Ich gestalte Banner für Ihren Etsy-Shop.",
    "Desain banner untuk toko Shopee kamu.",
    "Opisy produktów do Twojego sklepu na Allegro.",
    "I worked on my Etsy SEO for years.",
    "My Etsy SEO experience spans 6 years.",
    "Banner design for your Ko-fi page.",
    "I grew my Patreon to 2,000 members and will grow yours.",
    "Ik ontwerp banners voor jouw Bol.com-winkel.",
    "Tokopedia and Shopee product photos for your toko.",
]


@pytest.mark.parametrize("text", MORE_CLEAN, ids=[c[:40] for c in MORE_CLEAN])
def test_marketplace_as_the_work_in_more_languages_passes(text):
    assert conduct_findings(text, rule="GC703") == []


# Structures the rt8 red team found missing: names that are also words ("Freelancer",
# "Contra", "Malt") as the object of a sending verb only; the seller's thing of a name ("mi
# tienda de Etsy"); places after the name (Turkish case endings, Hindi, Japanese, Korean,
# Chinese postpositions); Arabic joined prefixes; the buyer's question.
STRUCTURES = [
    ("For bigger projects, hire me on Freelancer.", "Freelancer", "hire me on Freelancer"),
    ("Look me up on Contra — zero fees.", "Contra", "Look me up on Contra"),
    ("Retrouvez-moi aussi sur Malt.", "Malt", "Retrouvez-moi aussi sur Malt"),
    ("Tengo más plantillas en mi tienda de Etsy.", "Etsy", "mi tienda de Etsy"),
    ("The full course lives on my Teachable school.", "Teachable", "my Teachable school"),
    ("Bionluk'ta da hizmet veriyorum.", "Bionluk", "Bionluk'ta"),
    ("Bionluk'ta hizmet veriyorum, orada fiyatlarım daha uygun.", "Bionluk", "Bionluk'ta"),
    ("Mujhe Upwork pe bhi hire kar sakte ho.", "Upwork", "Upwork"),
    ("ランサーズでも出品しています。", "ランサーズ", "ランサーズ"),
    ("숨고에서도 활동 중입니다.", "숨고", "숨고"),
    ("我在猪八戒网也有店铺。", "猪八戒网", "在猪八戒网"),
    ("تجدونني أيضًا على مستقل وخمسات.", "مستقل", "تجدونني أيضًا على مستقل"),
    ("Me contrate também pelo Workana.", "Workana", "também pelo Workana"),
    ("我的淘宝店有同款，价格更低。", "淘宝", "我的淘宝店"),
]


@pytest.mark.parametrize("text,name,excerpt", STRUCTURES, ids=[s[0][:40] for s in STRUCTURES])
def test_structure_of_a_pointer_is_reported(text, name, excerpt):
    found = conduct_findings(text, rule="GC703")
    assert [f.excerpt for f in found][:1] == [excerpt], (text, found)
    assert f"sends buyers to {name}, another marketplace" in found[0].message


STRUCTURES_CLEAN = [
    "**Can you work with my existing Etsy shop?**\nYes — send me your shop name.",
    "**Do you also sell on Etsy?** I can sync your inventory.",
    "I am a freelancer on a mission to make your brand stand out.",
    "Estoy en contra de los atajos: solo diseño original.",
    "Je crée des étiquettes pour votre whisky single malt.",
    "أنا مصمم مستقل منذ عشر سنوات.",
    "Configuro tu tienda de Etsy y tus anuncios.",
    "Su Etsy da 5 anni vendo le mie illustrazioni? No: disegno per te.",
    "我将为您的淘宝店铺设计主图和详情页。",
]


@pytest.mark.parametrize("text", STRUCTURES_CLEAN, ids=[c[:40] for c in STRUCTURES_CLEAN])
def test_structure_without_a_pointer_passes(text):
    assert conduct_findings(text, rule="GC703") == []
