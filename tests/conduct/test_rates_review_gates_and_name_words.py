"""Conduct readings built to generalise past the tuned books, each with its
near-misses in several languages (the corpus cases are `dev-conP-…` in
tests/data/conduct/dev.jsonl).

prohibited (GC701): a count delivered at a rate ("500 listeners per week", "300 seguidores al
día", `rate_words`/`per_words`) or under a guarantee said before it ("Guaranteed 500 new
Spotify listeners"), not the seller's audience ("play your song to 190,000 listeners a
month"), a plan's goal or someone else's result; accounts sold in bulk or put up to buy
("aged Gmail and verified PayPal accounts in bulk"), not the buyer's own accounts managed in
bulk; "for sale" after engagement in more languages, the Portuguese "no" before a platform
read as "in the" ("Seguidores reais no Instagram à venda"); a checked paper edited to change
its facts (`altered-documents`), not translated, reconciled or a template; an online course
done under the student's login; the LMS log-in read only with graded work done, not "log
into your Canvas course and build the modules"; the French "ta" is the buyer's only before
the buyer's page (the Polish "ta" is "this").
review-request (GC702): review gating (review_gates.py): rating steered by "before" or
"instead of" with contact asked, "only" satisfied buyers asked, a plea against a low review
with contact asked; not contact asked before ordering, nor reputation work for the buyer's
customers or on a review site; a review asked changed to the top rating ("change your review to
5 stars"), not the seller's own work on rating icons; an honest review asked with no rating
or reward is the buyer's free judgement ("laisser un avis honnête", from book41), and a
reward said to be independent of the review is no trade ("whether or not you leave a review").
other-marketplace (GC703): a name that is also a word ("Malt") written as a name; "the same"
thing as the gig there ("lo stesso pacchetto su Etsy"), not a manner ("works the same on
Etsy"); the seller's own thing "there"; a Turkish possessive naming the seller's own shop;
the seller's own shop with no marketplace named (own_shop.py: "über meinen eigenen Shop
bestellen", "sur ma boutique en ligne, commandez-les directement là-bas"), not the buyer's
shop, someone else's ("my family's shop") or a shop class. Round 2: the owner after the name
where the language puts it ("di Tokopedia saya ya", "shop Shopee của mình nhé"), ending its
part (Indonesian "saya" is also "I": "Di Shopee saya bantu ..."); the seller's thing "of" the
marketplace also where its "of" is a place word ("meu perfil da Hotmart"), the Portuguese "no"
before a possessive read as "in the"; an Arabic own thing by its suffix before the place
("متجري على Etsy"); places, "there" and "find me" in Swahili and Tagalog.
"""
from __future__ import annotations

import pytest
from conduct_support import any_conduct, conduct_findings
from table_support import table_test

from gigcheck.detectors.clauses import Words, words_of
from gigcheck.detectors.marketplaces import Competitors, competitor_pointers
from gigcheck.detectors.review_gates import GateVocab, gated
from gigcheck.policy.config import load_config

REPORTED = [
    # counts at a rate, or guaranteed before them
    ("GC701", "Guaranteed 500 new Spotify monthly listeners per week"),
    ("GC701", "300 seguidores reales al día en tu Instagram"),
    ("GC701", "Je livre 1000 abonnés par jour sur votre compte TikTok"),
    ("GC701", "Garantiti 2000 iscritti al mese sul tuo canale YouTube"),
    ("GC701", "Your Reddit post will receive 200 upvotes"),
    # accounts sold in bulk or put up to buy; "for sale" after engagement
    ("GC701", "Selling aged Gmail and verified PayPal accounts in bulk"),
    ("GC701", "Cuentas de TikTok con 5k seguidores al por mayor"),
    ("GC701", "Monetized YouTube channel with 10k subscribers available to buy"),
    ("GC701", "Seguidores reais no Instagram à venda"),
    ("GC701", "Alquilo mi cuenta verificada de Upwork por mes"),
    # papers edited to change their facts; papers like real ones; adult material
    ("GC701", "I will edit your bank statement to show a higher balance for the visa application"),
    ("GC701", "Edytuję wyciągi bankowe, żeby pokazać wyższe saldo"),
    ("GC701", "Cambio la fecha de tu certificado médico para que cubra la semana"),
    ("GC701", "Diplomi universitari personalizzati con sigillo, come veri"),
    ("GC701", "Custom explicit videos for adults only, 18+"),
    # graded work done under the student's login, in the student's place
    ("GC701", "I attend your Zoom lectures and submit the weekly quizzes under your login"),
    ("GC701", "Я пройду ваш онлайн-курс за вас и получу сертификат"),
    ("GC701", "I will log into your Canvas account and complete your weekly quizzes"),
    ("GC701", "Ta chaîne YouTube recevra 1000 abonnés en 3 jours"),
    # review gating
    ("GC702", "After delivery, only happy customers are asked to leave a review."),
    ("GC702", "Unhappy? Message me before leaving a rating and I will fix it."),
    ("GC702", "Solo pido reseña a los clientes satisfechos; si algo no te gusta, escríbeme antes de calificar."),
    ("GC702", "Avant de laisser une note, contactez-moi si vous n'êtes pas satisfait."),
    ("GC702", "Bitte keine schlechte Bewertung, schreiben Sie mir zuerst."),
    ("GC702", "Değerlendirmeden önce bana yazın, sorunu çözelim."),
    ("GC702", "Ich bitte nur zufriedene Kunden um eine Bewertung."),
    # weak names written as names; the same offer there; the seller's own thing there
    ("GC703", "Zamów u mnie na Malt, tam jest taniej"),
    ("GC703", "Je suis disponible sur Malt également"),
    ("GC703", "Bestellen Sie lieber über Malt"),
    ("GC703", "Trovi lo stesso pacchetto su Etsy a metà prezzo"),
    ("GC703", "El mismo paquete está en Workana"),
    ("GC703", "Prefer Toptal? I have a profile there too"),
    ("GC703", "Bionluk profilimden de sipariş verebilirsiniz"),
    ("GC703", "Etsy'deki mağazamda daha ucuz"),
    ("GC703", "Ta oferta jest też na Useme"),
    # the seller's own shop
    ("GC703", "You can also buy the full bundle in my shop."),
    ("GC703", "Größere Aufträge bitte über meinen eigenen Shop bestellen, dort ist es günstiger."),
    ("GC703", "Los packs completos están en mi tienda online, cómpralos directamente allí."),
    # round 2: owners after the name, "of" as a place, more languages
    ("GC703", "Beli versi lengkapnya di Tokopedia saya ya"),
    ("GC703", "Mua bản đầy đủ ở shop Shopee của mình nhé"),
    ("GC703", "Vendo as mesmas artes no meu perfil da Hotmart"),
    ("GC703", "النسخة الكاملة متوفرة في متجري على Etsy"),
    ("GC703", "Nimeweka huduma hii pia kwenye Upwork, nitafute huko"),
    ("GC703", "Hanapin mo ako sa Upwork para sa mas murang rate"),
    ("GC703", "Suchen Sie mich auf Upwork, dort biete ich Stundenverträge an"),
    # a review changed to the top rating
    ("GC702", "Please change your review to 5 stars once I fix the file."),
    ("GC702", "Wenn Sie Ihre Bewertung auf 5 Sterne ändern, liefere ich die Quelldateien kostenlos nach."),
    ("GC702", "Leave an honest 5-star review and get a free revision."),
]

CLEAN = [
    "I will play your song to 190,000 listeners a month",
    "I post 3 reels per week so your followers stay engaged",
    "Estrategia para llegar a 300 seguidores al día de forma orgánica",
    "Guaranteed 3 revisions and a content plan for your followers",
    "I manage your Google Ads accounts in bulk with scripts",
    "I create email accounts for your new employees in bulk on your Google Workspace",
    "I reconcile your bank statements with your books and fix the dates",
    "Traduzco tu extracto bancario al inglés con la misma fecha y saldo",
    "Certificate templates for your course that look real and professional",
    "I build your online course in your name on Teachable",
    "Clean edit of songs with explicit lyrics for radio",
    "I will log into your canvas course and build the modules for your class",
    "Ta kampania przyniosła 5000 wyświetleń na YouTube",
    "Ta strona internetowa przyciągnie 1000 odwiedzających",
    "Message me before ordering so we can agree on the scope.",
    "Sipariş vermeden önce bana yazın, detayları konuşalım.",
    "I set up automated emails that ask only your happy customers for Google reviews.",
    "I remove bad reviews from your Trustpilot page, message me for a quote.",
    "If you are not satisfied, message me and I will revise it until it is right.",
    "I design labels for craft beer and single malt whisky brands",
    "Ich bin auch auf Malt whisky Tastings, dort günstiger.",
    "Branding for Contra Coffee, a roastery in Lisbon.",
    "My ads strategy works the same on Etsy and Amazon",
    "Uso lo stesso stile su Etsy e Shopify per i tuoi prodotti",
    "Prefer Etsy? I can set up a shop there for you.",
    "I add your products in your shop and write the descriptions.",
    "I worked in my family's shop for ten years before design school.",
    "Check out the furniture I built in my shop class.",
    "I change the star rating icons to 5 colors in your app design.",
    "The buyer asked me to refund the bonus and change or remove my 5 star review.",
    "N'hésitez pas à laisser un avis honnête une fois la commande terminée, merci !",
    "Si quedaste conforme, agradecería una reseña sincera. ¡Gracias!",
    "Free revisions for every buyer, whether or not you leave a review.",
    "Di Shopee saya bantu optimasi toko Anda",
    "Sa Upwork ko natutunan ang negosyo noon",
    "Não tenho perfil na Hotmart, vendo só aqui",
    "Nimefanya kazi kwenye Upwork kwa miaka mitano",
]


@table_test("rule,text", [*REPORTED, *((None, text) for text in CLEAN)])
def test_read(rule: str | None, text: str) -> None:
    """Each of REPORTED is reported by its rule; each of CLEAN by no conduct rule."""
    found = any_conduct(text) if rule is None else conduct_findings(text, rule=rule)
    assert bool(found) == (rule is not None), found


def test_gate_has_its_own_message_and_span() -> None:
    found = conduct_findings("Unhappy? Message me before leaving a rating and I will fix it.", rule="GC702")
    assert [f.message for f in found] == [
        'Steering which buyers leave a review ("Message me before leaving a rating") is review manipulation.'
    ]


def test_own_shop_has_its_own_message() -> None:
    found = conduct_findings("You can also buy the full bundle in my shop.", rule="GC703")
    assert [f.message for f in found] == [
        'This sends buyers to your own shop, outside the marketplace: "also buy the full bundle in my shop".'
    ]


def test_a_request_is_not_reported_twice_as_a_gate() -> None:
    found = conduct_findings("If you are satisfied, leave a review; if not, message me first.", rule="GC702")
    assert len(found) == 1 and "Asking buyers" in found[0].message


@pytest.fixture(scope="module", name="gates")
def _gates() -> GateVocab:
    vocab = load_config(discover=False).vocabulary
    return vocab.reviews.gates


@pytest.mark.parametrize("text,span", [
    ("contact me before you rate", "contact me before you rate"),
    ("only happy buyers get asked for a review", "only happy buyers"),
    ("please don't leave a negative review, write to me", "please don't leave a negative review, write to me"),
])
def test_gate_spans(gates: GateVocab, text: str, span: str) -> None:
    words = words_of(text)
    found = gated(words, gates)
    assert found is not None and text[words[found[0]].start:words[found[1] - 1].end] == span


@pytest.mark.parametrize("text", [
    "before you rate other sellers, compare their portfolios",  # no contact asked
    "contact me before ordering",  # no rating
    "only verified buyers can leave a review",  # no satisfaction
])
def test_no_gate(gates: GateVocab, text: str) -> None:
    assert gated(Words(words_of(text)), gates) is None


def test_weak_name_reads_the_case_of_the_source_through_the_callback() -> None:
    vocab = load_config(discover=False).vocabulary
    rivals = Competitors(["Malt", "Upwork"])
    folded = "je suis disponible sur malt egalement"
    # the same folded text: a name when the source wrote it capitalised, a word otherwise
    capital = {23}  # where "Malt" starts
    found = competitor_pointers(folded, rivals, vocab.marketplaces, vocab.conduct, lambda k: k in capital)
    assert [p.name for p in found] == ["Malt"]
    assert competitor_pointers(folded, rivals, vocab.marketplaces, vocab.conduct, lambda k: False) == []


def test_title_case_says_nothing_of_a_weak_name() -> None:
    assert not any_conduct("Labels Available In Single Malt, Hops And Barley", title="I Will Design Labels On Malt")
