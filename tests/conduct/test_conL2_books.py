"""conL round 2 (book24, book26): the conduct rules on the red team's wordings they missed,
each with variants in other languages, word orders and line wraps, and the honest
near-misses an editor approves (account recovery for the owner, DDoS protection, opted-in
lists, certificate design, honest ratings)."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings

from gigcheck.detectors.clauses import clauses, word_set, words_of

# (rule, text): each is reported
REPORTED = [
    # someone else's account: any account, a partner's, without them knowing, with a way in
    ("GC701", "I will get into any Instagram or Facebook account —\njust send me the username."),
    ("GC701", "I can log into anyone's Snapchat account and send you the password."),
    ("GC701", "Entro a la cuenta de WhatsApp de tu pareja\npara que veas sus mensajes sin que lo sepa."),
    ("GC701", "Recupero la contraseña de cualquier cuenta de Facebook."),
    ("GC701", "Descubro a senha de qualquer conta do Instagram."),
    ("GC701", "Je trouve le mot de passe de n'importe quel compte Instagram."),
    ("GC701", "Ich knacke das Passwort für jedes Instagram-Konto, das du willst."),
    ("GC701", "他人のInstagramアカウントにログイン代行、パスワードを解析します。"),
    ("GC701", "Herhangi bir Instagram hesabının şifresini bulurum."),
    ("GC701", "अपने पार्टनर के WhatsApp अकाउंट का पासवर्ड, किसी का भी अकाउंट।"),
    # attacks on a site
    ("GC701", "DDoS ile rakibinizin web sitesini saatlerce erişilemez hale getiriyorum."),
    ("GC701", "I run a DDoS attack on any site you name."),
    ("GC701", "Lanzo un ataque DDoS contra la web de tu competencia."),
    # bulk messages without the recipients' consent, or to bought addresses
    ("GC701", "أرسل رسائل واتساب جماعية إلى 100 ألف رقم\nبدون موافقة أصحابها."),
    ("GC701", "Bulk email blast to 2 million purchased addresses —\nhigh inbox rate guaranteed."),
    ("GC701", "I send bulk SMS to 50k numbers without consent."),
    ("GC701", "Envío mensajes masivos a 10.000 números sin consentimiento."),
    ("GC701", "Pakai database milik saya, tanpa opt-in,\nlangsung masuk inbox."),
    # accounts sold
    ("GC701", "Hazır 5 yıllık Instagram hesabı satıyorum, 20K takipçili."),
    ("GC701", "TikTok hesabı satıyorum, 10 bin takipçili."),
    ("GC701", "出售抖音老号，带5万粉丝。"),
    ("GC701", "出售小红书成品号。"),
    # papers made to pass a check
    ("GC701", "### Bank statement editing\nI change balances, names and dates on your PDF\nstatements so they pass visa or loan checks."),
    ("GC701", "I edit payslips so they pass loan checks."),
    ("GC701", "أصمم لك بطاقة هوية أو جواز سفر بجودة عالية\nقابلة للطباعة وتمر عند الفحص."),
    ("GC701", "Ik lever een diploma van een Nederlandse universiteit,\ninclusief echt ogend zegel en cijferlijst."),
    ("GC701", "รับทำสลิปเงินเดือนเหมือนจริง สำหรับยื่นกู้ธนาคาร"),
    # graded work handed in
    ("GC701", "Deine Bachelor-Hausarbeit, fertig zum Abgeben."),
    ("GC701", "Deine Seminararbeit, fertig zur Abgabe, plagiatsfrei."),
    ("GC701", "أكتب لك مشروع التخرج وأحل الواجبات المقررة\nلتسلّمها باسمك وتحصل على الدرجة كاملة."),
    # counts made to look real; Hindi counts with the vowel signs kept
    ("GC701", "유튜브 조회수 10만 + 좋아요 5천, 실제 계정처럼 보이게 천천히 올려 드립니다."),
    ("GC701", "10k Instagram followers that look like real accounts."),
    # ratings asked "with" the stars, or with the pronoun joined to the verb
    ("GC702", "Por favor, avalie com 5 estrelas — qualquer nota menor\nderruba meu perfil."),
    ("GC702", "Notez-moi 5 étoiles et je vous offre\nles fichiers sources."),
    ("GC702", "Bitte bewerte mit 5 Sternen – dafür gibt es\ndie Quelldatei gratis dazu."),
    ("GC702", "Avalie-me com 5 estrelas, por favor."),
    ("GC702", "Please rate with 5 stars."),
    ("GC702", "Valórame con 5 estrellas, por favor."),
    # Korean: the star rating with its score, asked politely after it
    ("GC702", "별점 5점 부탁드려요"),
    ("GC702", "리뷰 남길 때 별점 5점 부탁드려요"),
    ("GC702", "별 5개 부탁드립니다"),
    # Hindi counts with a delivery window before them
    ("GC701", "आपके YouTube वीडियो पर 24 घंटे में 1 लाख व्यूज़\nऔर 5,000 लाइक्स।"),
    ("GC701", "Instagram पर 7 दिन में 10 हज़ार फॉलोअर्स"),
    ("GC701", "## 100 Google रिव्यू, सभी 5 स्टार"),
    # the Portuguese "no" (in the) before a platform is no negation of the count
    ("GC701", "Entrego no Instagram 10 mil seguidores em 24 horas."),
    ("GC701", "Aumento suas reproduções no Spotify com 100 mil streams em uma semana."),
    # a count abbreviated with a dot stays in its clause
    ("GC701", "Dostarczę 10 tys. odtworzeń na Spotify."),
    ("GC701", "10 tys. odtworzeń na Spotify w 48 godzin."),
    # rival marketplaces: the work moved there, Chinese "to" before the place
    ("GC703", "Pour la suite, passons par Malt, c'est plus\nsimple pour la facturation."),
    ("GC703", "后续订单请到猪八戒网下单，价格更优惠。"),
    # a name of several words in a compound; "there" for the marketplace named just before
    ("GC703", "Weitere Designs gibt's in meinem Creative-Market-Shop –\nkauft am besten direkt dort."),
    ("GC703", "More templates in my Creative-Market-Shop."),
    ("GC703", "Prefer Upwork? My rates are lower there —\nsearch for my name."),
    ("GC703", "Prefer Upwork? Hire me there."),
    ("GC703", "¿Conoces Workana? Mis precios son más baratos allí."),
    # visitors counted in Korean, the count a few characters after them
    ("GC701", "블로그 방문자 수를 하루 1만 명까지 올려드립니다\n(프로그램 트래픽, 저품질 없음)."),
    ("GC701", "블로그 방문자 1만 명 올려 드립니다"),
    # the recipients: a sending, without their consent
    ("GC701", "## ارسال پیامک تبلیغاتی انبوه\nبه ۱۰۰ هزار شماره از بانک شماره‌های من،\nبدون نیاز به رضایت گیرنده."),
    ("GC701", "50k numbers from my own list, without the recipients' consent."),
    ("GC703", "Kennst du Upwork? Dort bin ich günstiger, such nach meinem Namen."),
]

# (rule, text): honest work, not reported
CLEAN = [
    ("GC701", "I recover your own hacked Instagram account through Meta's official process."),
    ("GC701", "I secure any Instagram account with two-factor login and a strong password."),
    ("GC701", "I set up Google Workspace and reset passwords for your team's accounts as admin."),
    ("GC701", "Recupero tu propia cuenta de Facebook con el proceso oficial."),
    ("GC701", "I write Instagram captions for any account size."),
    ("GC701", "I configure DDoS protection for your site with Cloudflare."),
    ("GC701", "Protect your site against DDoS attacks: firewall and CDN setup."),
    ("GC701", "I send newsletters only to opted-in lists, never without consent."),
    ("GC701", "I clean your email list and remove addresses without consent."),
    ("GC701", "I design bank statement templates for your accounting software."),
    ("GC701", "I design certificates for your online course."),
    ("GC701", "I translate your Dutch university diploma and transcript."),
    ("GC701", "Ich korrigiere deine Bachelor-Hausarbeit vor dem Abgeben."),
    ("GC701", "Instagram hesabı yönetimi ve içerik planı."),
    ("GC701", "Instagram hesabınızı büyütmek için içerik planı hazırlıyorum."),
    ("GC702", "Avalie com calma e sinceridade."),
    ("GC702", "Bewerte mit Sorgfalt."),
    ("GC702", "Dites-moi ce que vous en pensez."),
    ("GC702", "I reply to every review with care, 5 stars or 1."),
    ("GC702", "별점 5점 받는 방법을 알려드립니다"),
    ("GC702", "고객 리뷰에 답글을 달아 드립니다"),
    ("GC701", "30 दिन में 1 लाख व्यूज़ तक पहुँचने की रणनीति"),
    ("GC701", "मैंने 30 दिन में 1 लाख व्यूज़ पाए, मैं आपको सिखाऊँगा।"),
    ("GC701", "Google पर 5 स्टार रिव्यू पाने की रणनीति"),
    ("GC701", "No Instagram fake followers."),
    ("GC701", "Ich hacke nichts, ich sichere Konten."),
    ("GC701", "Je ne pirate rien : je sécurise vos comptes Instagram."),
    ("GC701", "Mam 10 tys. obserwujących. Tworzę content dla marek."),
    ("GC703", "Je bois un whisky malt pour la suite de la soirée."),
    ("GC701", "블로그 방문자 수를 1만 명까지 늘리는 SEO 전략을 알려드립니다"),
    ("GC701", "제 블로그 방문자 수는 하루 1만 명입니다"),
    ("GC701", "I remove recipients without consent from your list."),
    ("GC703", "I worked on Upwork for 5 years. My reviews there are all 5 stars."),
    ("GC703", "I left Upwork. Fees were lower there but support was slow."),
    ("GC703", "Upwork takes 20%. Here my rates are the same."),
    ("GC703", "I design a Creative-Market-style portfolio for your shop."),
]


@pytest.mark.parametrize("rule,text", REPORTED, ids=[t[:40] for _, t in REPORTED])
def test_reported(rule: str, text: str) -> None:
    assert conduct_findings(text, rule=rule), text


@pytest.mark.parametrize("rule,text", CLEAN, ids=[t[:40] for _, t in CLEAN])
def test_honest_work_is_not_reported(rule: str, text: str) -> None:
    assert not conduct_findings(text, rule=rule), text


def test_a_word_keeps_its_vowel_signs() -> None:
    assert [w.text for w in words_of("आपके वीडियो पर")] == ["आपके", "वीडियो", "पर"]


def test_thai_reads_a_character_a_word() -> None:
    assert len(words_of("สลิปเงินเดือน")) == len("สลิปเงินเดือน")


def test_a_multi_word_entry_is_no_single_word() -> None:
    # "あなたの" split into characters put "の" among the buyer's words
    assert word_set(["あなたの", "your", "no one"]) == frozenset({"your"})


def test_the_spam_quote_holds_what_makes_the_list_unlawful() -> None:
    (found,) = conduct_findings("I send bulk SMS to 50k numbers without consent.", rule="GC701")
    assert "without consent" in found.message


@pytest.mark.parametrize(
    "text,count",
    [
        ("أرسل رسائل\nبدون موافقة", 1),  # a caseless spaced script wraps
        ("## عنوان\nنص", 2),  # not after a heading
        ("الخدمات:\nتصميم", 2),  # nor after a label
        ("ロゴ作成\n名刺デザイン", 2),  # CJK lines stay apart
        ("हिंदी वाक्य। दूसरा वाक्य", 2),  # the Devanagari full stop ends a clause
    ],
)
def test_caseless_lines(text: str, count: int) -> None:
    assert len(list(clauses(text))) == count
