"""review-request (GC702): asking buyers for a review or a rating, or trading something
for one, in several languages; and what is not a request (the seller's record, a plain
mention, feedback as the work, "review" as a verb, the buyer's own customers)."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings
from table_support import table_test

REQUESTS = [
    # (text, form: "request" or "trade", excerpt)
    ("Please leave a positive review.", "request", "leave a positive review"),
    ("Don't forget to leave a review when we're done!", "request", "leave a review"),
    ("If you like my work, please rate me 5 stars!", "request", "rate me 5 stars"),
    ("Once you're happy, leave me 5 stars.", "request", "leave me 5 stars"),
    ("Would you leave a 5-star rating after delivery?", "request", "leave a 5-star rating"),
    ("A 5-star review would be much appreciated!", "request", "5-star review would be much appreciated"),
    ("Déjame una reseña de 5 estrellas, por favor.", "request", "Déjame una reseña de 5 estrellas"),
    ("Por favor deja una reseña positiva.", "request", "deja una reseña positiva"),
    ("Hinterlassen Sie bitte eine positive Bewertung.", "request", "Hinterlassen Sie bitte eine positive Bewertung"),
    ("Laissez-moi un avis positif, merci !", "request", "Laissez-moi un avis positif"),
    ("Lascia una recensione positiva!", "request", "Lascia una recensione positiva"),
    ("Оставьте отзыв, пожалуйста.", "request", "Оставьте отзыв"),
    ("Leave 5 stars and get a free revision.", "trade", "Leave 5 stars and get a free revision"),
    ("5-star feedback gets 10% off your next order.", "trade", "5-star feedback gets 10% off"),
    ("Free revision for every 5-star review.", "trade", "Free revision for every 5-star review"),
    ("Get a discount for your review.", "trade", "discount for your review"),
    ("Deixe uma avaliação 5 estrelas e ganhe 10% de desconto.", "trade", None),
    ("Dejen una reseña positiva y reciban un descuento.", "trade", "Dejen una reseña positiva y reciban un descuento"),
    ("Kindly rate the order after delivery.", "request", "rate the order"),
    ("Bitte bewerten Sie mich mit 5 Sternen.", "request", None),
]


@table_test("text,form,excerpt", REQUESTS, ids=[r[0][:40] for r in REQUESTS])
def test_request_or_trade_is_reported(text, form, excerpt):
    found = conduct_findings(text, rule="GC702")
    assert len(found) == 1, (text, found)
    word = "Offering something for a review" if form == "trade" else "Asking buyers for a review or a rating"
    assert found[0].message.startswith(word)
    assert str(found[0].severity) == "error"
    if excerpt is not None:
        assert found[0].excerpt == excerpt


CLEAN = [
    "I have 500 five-star reviews.",
    "Read my reviews before you order.",
    "Check my 5-star reviews from 200 buyers.",
    "Reviews are important to me, so I work until you are happy.",
    "My reviews speak for themselves.",
    "Over 300 positive ratings since 2019.",
    "I will review your code for free.",
    "I will carefully review your resume and give feedback.",
    "I give detailed feedback on your draft.",
    "Give me feedback on the first draft and I revise it.",
    "I will set up a QR card so your customers can leave a review.",
    "Ask your customers to leave a review with a follow-up email I write.",
    "Rate: $20 per hour.",
    "I will leave a review of your app after testing it.",
    "They never give reviews, but they order again.",
    "Free revisions until you are happy.",
    "I will add stars to your night-sky illustration.",
    "Give your customers a 5-star experience.",
    "Tengo más de 300 reseñas positivas.",
    "Ich habe über 200 Bewertungen mit 5 Sternen.",
    "J'ai plus de 100 avis positifs.",
    "I never offer discounts for reviews.",
    "Give your feedback at the end of each round.",
    "Please review the draft and leave feedback.",
    "I'll send a review link to your customers.",
    "Honest reviews only: I never ask for stars.",
    "Leave the rest to me.",
]


@table_test("text", CLEAN, ids=[c[:40] for c in CLEAN])
def test_mention_is_not_a_request(text):
    assert conduct_findings(text, rule="GC702") == []


# More languages, and a reward that brings its own noun before the review ("a bonus
# revision in return for a five-star rating").
MORE_REQUESTS = [
    ("A bonus revision in return for a five-star rating.", "bonus revision in return for a five-star rating"),
    ("Si nos dejas una reseña positiva, te regalo un descuento.", "dejas una reseña positiva, te regalo un"),
    ("Yorumunuz için 5 yıldız verirseniz ücretsiz revizyon.", "5 yıldız verirseniz ücretsiz revizyon"),
    ("Tolong kasih bintang 5 ya kak.", "kasih bintang 5"),
    ("Zostaw opinię na 5 gwiazdek, proszę.", "Zostaw opinię na 5 gwiazdek"),
    ("Geef ons een positieve beoordeling en je krijgt 10% korting.", "Geef ons een positieve beoordeling en je krijgt 10% korting"),
    ("اتركوا تقييم ٥ نجوم من فضلكم.", "اتركوا تقييم ٥ نجوم"),
    ("Hãy để lại đánh giá 5 sao nhé.", "để lại đánh giá 5 sao"),
]


@pytest.mark.parametrize("text,excerpt", MORE_REQUESTS, ids=[r[0][:40] for r in MORE_REQUESTS])
def test_request_or_trade_in_more_languages_is_reported(text, excerpt):
    found = conduct_findings(text, rule="GC702")
    assert [f.excerpt for f in found] == [excerpt], (text, found)


MORE_CLEAN = [
    "Ver reseñas de clientes anteriores abajo.",
    "Tôi có hơn 300 đánh giá 5 sao.",
    "Mam ponad 300 opinii na 5 gwiazdek.",
    "Desain template ulasan bintang 5 untuk toko kamu.",
    "Laat uw Google reviews analyseren.",
    "Ik heb 120 reviews met 5 sterren.",
    "Ürün yorumlarınıza profesyonel cevaplar yazarım.",
    "Free revision if you are not happy with the 5-star design.",
    "تصميم نظام تقييم ٥ نجوم لموقعك.",
    "Free extra revision in exchange for honest feedback on the draft.",
    "I have 300 five-star reviews.",
]


@pytest.mark.parametrize("text", MORE_CLEAN, ids=[c[:40] for c in MORE_CLEAN])
def test_mention_in_more_languages_is_not_a_request(text):
    assert conduct_findings(text, rule="GC702") == []


# Structures the rt8 red team found missing: "please" anywhere before the verb in its part,
# "if" before it, a condition on the buyer ("buyers who leave"), the verb after a rated
# noun (hi, ja, ko, tr), polite particles after any noun, compounds and star signs, rewards
# after a request or after a tie right after the noun, and appeals.
STRUCTURES = [
    ("Kindly mark the order as complete and leave a good rating ⭐⭐⭐⭐⭐", "request", "leave a good rating ⭐⭐⭐⭐⭐"),
    ("Descuento del 15% si dejas tu valoración.", "request", "dejas tu valoración"),
    ("Free 24h delivery for buyers who leave a 5★ rating.", "request", "leave a 5★ rating"),
    ("Every buyer who reviews this gig gets the source file as a bonus.", "trade",
     "reviews this gig gets the source file as a bonus"),
    ("Leave honest feedback on the order page and unlock a free logo mockup.", "trade",
     "Leave honest feedback on the order page and unlock a free logo"),
    ("Order ke baad please 5 star rating zaroor dena.", "request", "5 star rating zaroor dena"),
    ("納品後、★5の評価をいただけると嬉しいです。", "request", "★5の評価をいただけると嬉しいです"),
    ("별 5개 리뷰 남겨주시면 감사합니다.", "request", "별 5개 리뷰 남겨주시면"),
    ("Laat je een review achter?", "request", "review achter"),
    ("Bitte hinterlasse mir eine 5-Sterne-Bewertung.", "request", "hinterlasse mir eine 5-Sterne-Bewertung"),
    ("Für eine positive Bewertung gibt's 10 % Rabatt.", "trade", "positive Bewertung gibt's 10 % Rabatt"),
    ("Un avis positif = une retouche offerte.", "trade", "avis positif = une retouche offerte"),
    ("Your ⭐⭐⭐⭐⭐ means the world to me.", "request", "⭐⭐⭐⭐⭐ means the world"),
    ("Буду очень благодарен за отзыв на 5 звёзд!", "request", "Буду очень благодарен за отзыв на 5 звёзд"),
    ("收货后请给个五星好评。", "request", "给个五星好评"),
    ("لا تنسَ ترك تقييم 5 نجوم.", "request", "ترك تقييم 5 نجوم"),
]


@pytest.mark.parametrize("text,form,excerpt", STRUCTURES, ids=[s[0][:40] for s in STRUCTURES])
def test_structure_of_a_request_is_reported(text, form, excerpt):
    found = conduct_findings(text, rule="GC702")
    assert [(f.key, f.excerpt) for f in found] == [(form, excerpt)], (text, found)


STRUCTURES_CLEAN = [
    "Please help me friends to increase my response rate.",
    "Reviews - We do not allow writing and posting of paid-for reviews.",
    "Reviews do matter to me, so I reply within an hour.",
    "I threatened a 1 star rating if I didn't receive a refund.",
    "Turnover rate (who leave within 1 year): -Review over year 2019.",
    "I give detailed feedback for free on your first draft.",
    "I will set up software so your customers who leave a review get a thank-you email.",
    "Laat uw Google reviews analyseren.",
    "我有超过200个五星好评，欢迎查看。",
    "별 5개 리뷰 1,000건 이상을 받은 판매자입니다.",
]


@pytest.mark.parametrize("text", STRUCTURES_CLEAN, ids=[c[:40] for c in STRUCTURES_CLEAN])
def test_structure_without_a_request_passes(text):
    assert conduct_findings(text, rule="GC702") == []
