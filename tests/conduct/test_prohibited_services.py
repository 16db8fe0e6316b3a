"""prohibited-service (GC701): each standard's offers, in several languages, and the hard
negatives a phrase list gets wrong (growth without counts sold, tutoring, the buyer's
own account, a topic rather than the goods, refusals)."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings
from table_support import table_test


def _labels(text: str, title: str = "I will help your business") -> list[str]:
    return [f.message.split("Community Standards: ")[1].split(")")[0]
            for f in conduct_findings(text, rule="GC701", title=title)]


OFFERS = [
    # (text, standard named, what the finding covers)
    ("I will give you 1000 real Instagram followers.", "fake engagement", "give you 1000 real Instagram followers"),
    ("Get 10k YouTube views, non-drop, lifetime refill.", "fake engagement", "Get 10k YouTube views"),
    ("Buy cheap TikTok likes here.", "fake engagement", "Buy cheap TikTok likes"),
    ("Fake followers delivered within an hour.", "fake engagement", "Fake followers"),
    ("I will send 5000 Spotify streams to your track.", "fake engagement", "send 5000 Spotify streams"),
    ("I will post 20 positive Google reviews for your business.", "fake engagement", "post 20 positive Google reviews"),
    ("We write 5-star Trustpilot reviews.", "fake engagement", "write 5-star Trustpilot reviews"),
    ("Bought traffic from a click farm, cheap.", "fake engagement", "Bought traffic"),
    ("Te doy 1000 seguidores reales para Instagram.", "fake engagement", "doy 1000 seguidores"),
    ("Comprar seguidores baratos.", "fake engagement", "Comprar seguidores"),
    ("Seguidores falsos al mejor precio.", "fake engagement", "Seguidores"),
    ("Follower kaufen, schnell und günstig.", "fake engagement", "Follower"),
    ("I will take your online class and all its exams.", "academic dishonesty", "take your online class"),
    ("I will do your homework in any subject.", "academic dishonesty", "do your homework"),
    ("Pay someone to take my online class? That is me.", "academic dishonesty", "Pay someone to take"),
    ("I will complete your university assignments before the deadline.", "academic dishonesty",
     "complete your university assignments"),
    ("Hago tu examen en línea.", "academic dishonesty", "Hago tu examen"),
    ("I will sell aged Gmail accounts in bulk.", "breaking another platform's terms", "sell aged Gmail accounts"),
    ("I will unban your Instagram account.", "breaking another platform's terms", "unban"),
    ("I will solve captchas for you, 1000 an hour.", "breaking another platform's terms", "solve captchas"),
    ("KYC bypass for any exchange.", "breaking another platform's terms", "KYC bypass"),
    ("I will rent my account to you.", "breaking another platform's terms", "rent my account"),
    ("PVA accounts for sale.", "breaking another platform's terms", "PVA accounts"),
    ("NSFW art commissions open.", "adult content", "NSFW"),
    ("I will manage your OnlyFans page.", "adult content", "OnlyFans"),
    ("I will sell guns and ammo.", "dangerous goods", "sell guns"),
    ("Xanax without prescription, shipped worldwide.", "dangerous goods", "Xanax"),
    ("Ghost gun kits shipped discreetly.", "dangerous goods", "Ghost gun"),
    ("I will make a fake ID for you.", "fake documents", "fake ID"),
    ("Novelty ID cards from any state.", "fake documents", "Novelty ID cards"),
]


@table_test("text,label,excerpt", OFFERS, ids=[o[0][:40] for o in OFFERS])
def test_offer_is_reported_naming_its_standard(text, label, excerpt):
    found = conduct_findings(text, rule="GC701")
    assert [f"Community Standards: {label}" in f.message for f in found] == [True], (text, found)
    assert found[0].excerpt == excerpt
    assert str(found[0].severity) == "error"
    assert found[0].suggestion


def test_the_title_is_read_and_the_finding_points_at_it():
    found = conduct_findings("A clean description.", rule="GC701", title="I will give you 1000 real followers")
    assert [(f.line, f.section, f.excerpt) for f in found] == [(2, "title", "give you 1000 real followers")]


CLEAN = [
    # growth without counts sold, the seller's own audience, refusals and counter-actions
    "I will grow your Instagram organically.",
    "I will promote your music to real listeners.",
    "I will shout you out to my 14,000 subscribers.",
    "Promote your song on my 2M followers TikTok page.",
    "No bots, no fake followers, 100% organic growth.",
    "I will remove fake followers from your account.",
    "I will block bot traffic and spam on your site.",
    "Your site gets a lot of bot traffic? I will set up Cloudflare.",
    "Why you should never buy followers: a blog post.",
    "I will drive organic traffic with SEO.",
    "I will write a stunning Amazon email follow up sequence for more reviews.",
    "I will write 10 product reviews for your blog.",
    "I have 500 five-star reviews from happy clients.",
    "I will respond to your Google reviews professionally.",
    "I will set up a review funnel so real customers leave Google reviews.",
    "Crecimiento orgánico, sin seguidores falsos.",
    "Wachstum ohne gekaufte Follower.",
    "Instant downloads of all templates.",
    "Like-for-like comparison of your plans.",
    # tutoring and study material
    "I will edit your exam-prep video course.",
    "I will write a study guide for your exam.",
    "I will tutor you for your SAT.",
    "I will help you take your exam with confidence.",
    "I will prepare you to sit your IELTS exam.",
    "I will do exam preparation sessions for nursing students.",
    "I will do a personality quiz for your Shopify store.",
    "I will create online exam software for your school.",
    "I will write a final exam question bank for your course.",
    "I will solve calculus questions step by step and explain them.",
    "Preparo tu examen con clases particulares.",
    # the buyer's own account, set-up and recovery
    "I will set up your Instagram account.",
    "I will recover your hacked account.",
    "I will help you reactivate your suspended Amazon seller account.",
    "Create Etsy account for you and set up the shop.",
    "I will write an appeal for your suspended account.",
    "I will sell your products on your Amazon account.",
    "I will integrate reCAPTCHA to stop spam bots.",
    # a topic rather than the goods
    "I will design a poster for a gun-safety course.",
    "Pharmacy website design.",
    "I will design a logo for your cannabis dispensary.",
    "I will write blog articles about drug addiction recovery.",
    "I will model 3D weapons for your game.",
    "I will sell your weed brand's story in one video.",
    "I will coach you through porn addiction recovery.",
    "I will build an NSFW filter for your app.",
    "I will edit your young adult novel.",
    "Nude lipstick shades for your beauty brand.",
    "Ford Escort restoration videos.",
    "Do your homework before you hire a developer.",
    "Students who take my online class love it.",
    "I will give you 20 detailed comments on your manuscript.",
    "I will sell your cannabis products online.",
    "I will get you more views with SEO-optimized titles.",
    "I will boost your YouTube channel with 5 videos a week.",
    "I will add 50 products to your store.",
    "This gig does not include adult content.",
    "I will detect fake IDs at your venue's door with a scanner app.",
    "I will write a blog post about anti-porn filters for schools.",
]


@table_test("text", CLEAN, ids=[c[:40] for c in CLEAN])
def test_hard_negative_passes(text):
    assert _labels(text) == []


# Offers in more languages and words: selling counts or accounts (tr, id, nl, pl, de, it),
# "jasa joki" and "zdam za Ciebie" (taking a student's test), stealth accounts, gun parts.
MORE_OFFERS = [
    ("Vendemos seguidores de Instagram reales y baratos.", "fake engagement", "Vendemos seguidores"),
    ("Ich verkaufe 10.000 Follower für dein Profil.", "fake engagement", "verkaufe 10.000 Follower"),
    ("YouTube izlenme satışı, garantili.", "fake engagement", "izlenme"),
    ("Jual followers Instagram murah.", "fake engagement", "Jual followers"),
    ("Je publie de faux avis Google pour votre restaurant.", "fake engagement", "publie de faux avis"),
    ("Renting aged Gmail accounts weekly.", "breaking another platform's terms", "Renting aged Gmail accounts"),
    ("Selling verified Binance accounts.", "breaking another platform's terms", "Selling verified Binance accounts"),
    ("Vendo account Spotify premium.", "breaking another platform's terms", "Vendo account"),
    ("I'll create a stealth account after your Amazon suspension.", "breaking another platform's terms", "stealth account"),
    ("Jasa joki skripsi cepat.", "academic dishonesty", "Jasa joki"),
    ("Zdam za Ciebie egzamin online.", "academic dishonesty", "Zdam za Ciebie egzamin"),
    ("Exam de dunga, tension mat lo.", "academic dishonesty", "Exam de dunga"),
    ("Printable Glock switch files.", "dangerous goods", "Glock switch"),
]


@pytest.mark.parametrize("text,label,excerpt", MORE_OFFERS, ids=[o[0][:40] for o in MORE_OFFERS])
def test_offer_in_more_languages_is_reported(text, label, excerpt):
    found = conduct_findings(text, rule="GC701")
    assert [f.excerpt for f in found] == [excerpt], (text, found)
    assert f"Community Standards: {label}" in found[0].message


MORE_CLEAN = [
    "I will grow your Instagram organically.",
    "Poster for a gun-safety course.",
    "Tutoring for your SAT.",
    "Study guide for your exam.",
    "Koop geen volgers: ik laat je account organisch groeien.",
    "Vendo mis servicios de diseño para tus seguidores.",
    "Ich verkaufe keine Follower, nur echtes Wachstum.",
    "Selling on your Amazon account: listings and PPC.",
    "Four of us have Fiverr selling accounts.",
    "I will help with selling your products on Etsy.",
    "Renting equipment for your video shoot.",
    "Je réponds aux faux avis sur votre fiche Google.",
    "Jasa desain logo untuk joki game.",
    "Glock holster product photos.",
    "Tanpa bot, followers Instagram organik.",
]


@pytest.mark.parametrize("text", MORE_CLEAN, ids=[c[:40] for c in MORE_CLEAN])
def test_hard_negative_in_more_languages_passes(text):
    assert conduct_findings(text, rule="GC701") == []


# Structures the rt8 red team found missing: a count sold with the seller's slang anywhere
# in the gig (the count in the title, "non-drop" in the description), after a package
# label, with a delivery window, or after the thing (ja, ko, tr word order); CJK matched
# inside words; future and first-person verb forms; ghostwriting; fake documents by their
# marker; compounds ("Google-reviews").
STRUCTURES = [
    ("I will boost your Instagram with 10k followers, non-drop.", "fake engagement", "boost your Instagram with 10k followers"),
    ("**Extra:** +1,000 YouTube views ($10)", "fake engagement", "1,000 YouTube views"),
    ("Website traffic: 100k USA visitors in 7 days.", "fake engagement", "100k USA visitors"),
    ("Xのフォロワーを1万人増やします。減少保証付き。", "fake engagement", "フォロワー"),
    ("인스타그램 팔로워 1만 명, 30일 리필 보장", "fake engagement", "팔로워"),
    ("我将为您的抖音账号刷10万播放量。", "fake engagement", "刷10万播放量"),
    ("Ik lever 200 Google-reviews met 5 sterren.", "fake engagement", "lever 200 Google-reviews"),
    ("Je vais publier 100 avis sur votre page Trustpilot.", "fake engagement", "publier 100 avis"),
    ("Je passerai votre examen en ligne à votre place.", "academic dishonesty", "passerai votre examen"),
    ("Farò i tuoi compiti valutati al posto tuo.", "academic dishonesty", "Farò i tuoi compiti"),
    ("Saya akan mengerjakan ujian online kamu.", "academic dishonesty", "mengerjakan ujian online"),
    ("Yes — I write the full thesis from scratch.", "academic dishonesty", "write the full thesis"),
    ("Ich schreibe deine komplette Bachelorarbeit.", "academic dishonesty", "schreibe deine komplette Bachelorarbeit"),
    ("A scannable novelty driver's license from any state.", "fake documents", "scannable novelty driver's license"),
    ("Сделаю диплом — не отличить от оригинала.", "fake documents", "диплом"),
    ("Venderò account Instagram verificati.", "breaking another platform's terms", "Venderò account"),
    ("出售抖音老账号。", "breaking another platform's terms", "出售抖音老账号"),
    ("I will ship pharma-grade Adderall. No prescription needed.", "dangerous goods", "Adderall"),
]


@pytest.mark.parametrize("text,label,excerpt", STRUCTURES, ids=[s[0][:40] for s in STRUCTURES])
def test_structure_of_an_offer_is_reported(text, label, excerpt):
    found = conduct_findings(text, rule="GC701")
    assert [(f.excerpt, label in f.message) for f in found] == [(excerpt, True)], (text, found)


def test_slang_in_the_description_makes_the_title_count_a_sale():
    body = "Instant delivery, drip-feed available, 30-day refill guarantee."
    found = conduct_findings(body, rule="GC701", title="I will grow your TikTok with 10k followers")
    assert [(f.section, f.excerpt) for f in found] == [("title", "followers")]
    assert conduct_findings("Content plans and hashtag research.", rule="GC701",
                            title="I will grow your TikTok with 10k followers organically") == []


STRUCTURES_CLEAN = [
    "**Do you use bots or buy followers?**\nNever. Every follower comes from content.",
    "5.3k+ views, 273+ replies, 843+ likes on my forum thread.",
    "I will drive low bounce traffic with 3 minutes visit duration.",
    "I will send unlimited google traffic with guarantee.",
    "I threatened to give them all 1 star ratings.",
    "I will grow your account to 10k followers organically.",
    "Results: our client went from 2k to 50k followers in a year.",
    "Tôi sẽ thiết kế poster cho câu lạc bộ bắn súng.",
    "我将为您的品牌制定小红书自然增长策略，绝不刷粉、不买赞。",
    "I will proofread and format your master's thesis in APA 7.",
    "Vou revisar a formatação ABNT do TCC que você já escreveu.",
    "I will write a thesis statement for your essay.",
    "I will do a personality quiz for your Shopify store.",
]


@pytest.mark.parametrize("text", STRUCTURES_CLEAN, ids=[c[:40] for c in STRUCTURES_CLEAN])
def test_structure_without_an_offer_passes(text):
    assert _labels(text) == []


@pytest.mark.parametrize("answer,labels", [("Yes, any style.", ["adult content"]), ("No, never.", [])])
def test_the_buyer_question_offers_what_the_answer_confirms(answer, labels):
    assert _labels(f"**Do you do NSFW work?**\n{answer}") == labels


# Structures the rt10 and rt12 books found missing: rated reviews listed with a review
# site and no verb (`needs`, `needs_also`; the site also as a compound's head or before a
# Turkish case ending); engagement from accounts of a kind (`sourced`); an exam sat in the
# buyer's place.
BOOK_STRUCTURES = [
    ("Recensioni positive su TripAdvisor, pacchetto da 30.", "fake engagement", "Recensioni"),
    ("Echte Google-Bewertungen – 5 Sterne.", "fake engagement", "Google-Bewertungen"),
    ("Trustpilot'a 5 yıldızlı yorum paketi.", "fake engagement", "yorum"),
    # the site before the review and the verb after it (conK): the whole offer
    ("Googleマップの口コミ★5を投稿します。", "fake engagement", "Googleマップの口コミ"),
    ("Seguidores de Instagram desde cuentas reales latinas.", "fake engagement", "Seguidores"),
    ("Likes für deine Beiträge von echten deutschen Profilen.", "fake engagement", "Likes"),
    ("Je passe votre certification Google Ads à votre place.", "academic dishonesty", "certification"),
    ("Presento tu examen de inglés en tu lugar.", "academic dishonesty", "examen"),
]


@pytest.mark.parametrize("text,label,excerpt", BOOK_STRUCTURES, ids=[s[0][:40] for s in BOOK_STRUCTURES])
def test_book_structure_of_an_offer_is_reported(text, label, excerpt):
    found = conduct_findings(text, rule="GC701")
    assert [(f.excerpt, label in f.message) for f in found] == [(excerpt, True)], (text, found)


BOOK_STRUCTURES_CLEAN = [
    "I'll reply to your 5-star and negative Google reviews professionally.",
    "A QR code card so your customers leave 5-star Google reviews.",
    "Analizo tus reseñas positivas y negativas de Google.",
    "My 5-star reviews on Google speak for themselves.",
    "Positive reviews matter: I write your product descriptions.",
    "Te ayudo a ganar seguidores de forma orgánica desde tu cuenta.",
    "I'll manage comments from real customers on your Facebook page.",
    "I audit your followers: how many come from real accounts and how many are bots.",
    "Gestiono tu cuenta de Instagram en tu lugar mientras estás de vacaciones.",
    "Cours particuliers pour préparer vous-même votre examen à votre place.",
]


@pytest.mark.parametrize("text", BOOK_STRUCTURES_CLEAN, ids=[c[:40] for c in BOOK_STRUCTURES_CLEAN])
def test_book_structure_without_an_offer_passes(text):
    assert _labels(text) == []
