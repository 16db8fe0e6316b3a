"""The conduct rules on what the red team's fresh books offered and
the rules missed, each with variants in other languages, word orders and fields, and the
honest near-misses an editor approves (passport photos, translations, opted-in lists,
tutoring, a seller's own record, a buyer's shop on another marketplace)."""
from __future__ import annotations

from conduct_support import conduct_findings
from table_support import table_test

# (rule, text): each is reported
REPORTED = [
    # a state's identity paper made by the seller is a forgery with no "fake" said
    ("GC701", "أصمم لك جواز سفر ورخصة قيادة قابلة للطباعة بجودة عالية لأي دولة."),
    ("GC701", "I will design a passport for any country, printable."),
    ("GC701", "Je crée votre permis de conduire imprimable, tous pays."),
    ("GC701", "Diseño licencia de conducir de cualquier estado, lista para imprimir."),
    ("GC701", "Ich erstelle einen Reisepass mit deinem Foto, druckfertig."),
    # papers called fake, edited, photoshopped, "just like the real one", "passes any check"
    ("GC701", "आपके नाम से नकली अनुभव प्रमाण पत्र और सैलरी स्लिप बना दूँगा, बिल्कुल असली जैसा।"),
    ("GC701", "फर्जी डिग्री और मार्कशीट बनवाएं, असली जैसी।"),
    ("GC701", "各类证件P图：身份证、营业执照、银行流水，保证能过审核。"),
    ("GC701", "银行流水P图，保证过审。"),
    ("GC701", "Crio comprovante de residência e extrato bancário editados, aceitos em qualquer lugar."),
    ("GC701", "Hago comprobante de domicilio y extracto bancario editados."),
    ("GC701", "Justificatif de domicile et relevé bancaire édités, acceptés partout."),
    ("GC701", "جعلی مدرک دانشگاه با مهر."),
    # graded work handed in as the student's own
    ("GC701", "I'll write your graded university essay so you can submit it as your own — Turnitin-safe."),
    ("GC701", "Your essay, written from scratch, ready to submit as your own."),
    ("GC701", "Escribo tu ensayo para que lo entregues como tuyo, nota garantizada."),
    ("GC701", "论文代写。提交即可，保证通过。"),
    # sitting the exam in the student's place
    ("GC701", "আপনার হয়ে অনলাইন পরীক্ষা দিয়ে দেব, প্রক্টর টেরও পাবে না।"),
    ("GC701", "आपकी जगह ऑनलाइन परीक्षा दूँगा, पास पक्का।"),
    ("GC701", "I will take your exam on your behalf, pass guaranteed."),
    # spam to people who never subscribed, to random or scraped numbers
    ("GC701", "J'envoie 1 million d'e-mails publicitaires à des listes achetées, sans lien de désinscription."),
    ("GC701", "Invio messaggi automatici su WhatsApp a 50.000 numeri non iscritti per la tua promozione."),
    ("GC701", "أرسل 100 ألف رسالة إعلانية إلى أرقام واتساب عشوائية للترويج لمنتجك."),
    ("GC701", "Email blast to 2 million scraped addresses — bulk SMTP, inbox guaranteed."),
    ("GC701", "I send 100k SMS to random phone numbers for your promo."),
    ("GC701", "Envío 50.000 mensajes de WhatsApp a números aleatorios."),
    # fake engagement in Persian; counts sold with a window said last; headings over counts
    ("GC701", "فالوور و لایک فیک اینستاگرام با قیمت ارزان، تحویل فوری."),
    ("GC701", "Aapke YouTube channel pe 4000 watch hours aur 1000 subscribers 3 din mein — monetization pakka."),
    ("GC701", "आपके चैनल पर 1000 सब्सक्राइबर्स 3 दिन में।"),
    ("GC701", "フォロワー1万人を24時間で届けます。"),
    ("GC701", "ボットなし。フォロワー1万人を24時間で届けます。"),
    ("GC701", "## Instagram followers\n- 1,000 real, fast\n- 5,000 in 48h"),
    ("GC701", "## YouTube views\n\n- 10k — $5\n- 100k — $30"),
    ("GC701", "TikTok likes:\n1. 500 real\n2. 1000 real"),
    ("GC701", "## Seguidores de Instagram\n- 1.000 reales, rápido"),
    ("GC701", "### YouTube-Aufrufe\n* 10.000 echte, schnell"),
    # review trades in Korean, Hindi, Bengali
    ("GC702", "별점 5점 남겨 주시면 보너스 영상 하나 더 드려요!"),
    ("GC702", "별점 5점 주시면 다음 작업 20% 할인해 드려요."),
    ("GC702", "कृपया 5 स्टार रेटिंग दें, बदले में अगला काम आधी कीमत पर करूँगा।"),
    ("GC702", "5 स्टार रेटिंग दीजिए, मैं एक फ्री रिवीजन दूँगा।"),
    ("GC702", "৫ স্টার রেটিং দিন, বিনিময়ে একটি ফ্রি ডিজাইন পাবেন।"),
    # the work moved to another marketplace
    ("GC703", "Дальше работаем через Kwork — там комиссия меньше, ищите мой профиль."),
    ("GC703", "Pour la suite, réservez-moi plutôt sur Malt, c'est moins cher pour vous."),
    ("GC703", "For long-term work, let's move to Upwork — I have a better rate there."),
    ("GC703", "On peut continuer sur Malt pour la suite du projet, c'est plus simple."),
    ("GC703", "Let's switch to Toptal for the next milestone, lower fees for both of us."),
    ("GC703", "Podemos continuar en Workana, allí la comisión más baja."),
    # round 2, the same causes in other families and languages (a self red-team)
    ("GC701", "I will recover any Instagram account, even if it's not yours."),
    ("GC701", "Satılık Instagram hesapları, 10K takipçili."),
    ("GC701", "I'll boost your Valorant rank from Gold to Diamond by playing on your account."),
    ("GC701", "I'll complete your Coursera assignments and quizzes for you."),
    ("GC701", "Jasa skripsi lengkap sampai sidang."),
    ("GC701", "과제 대행해 드립니다."),
    ("GC701", "Te hago un título universitario falso."),
    ("GC701", "Tăng 1000 follow Facebook thật, giá rẻ."),
    ("GC701", "TikTok 粉丝 1万，24小时到账。"),
    ("GC701", "Ottieni 10.000 follower reali su Instagram."),
    ("GC702", "5 yıldızlı yorum bırakana ekstra revizyon hediye."),
    ("GC702", "5점 리뷰 남기면 다음 주문 할인."),
    ("GC702", "5 ستاره بدید، تخفیف بگیرید."),
    ("GC703", "Ich bin auch auf Malt, dort günstiger."),
    ("GC703", "Je suis aussi sur Malt, réservez-moi là-bas pour moins cher."),
    ("GC703", "크몽에서 더 저렴하게 주문하실 수 있어요."),
    ("GC703", "Upwork pe mera profile dekho, wahan sasta hai."),
    ("GC703", "Bionluk'ta daha ucuza yapıyorum."),
    ("GC703", "I also sell these templates on Creative Market for less."),
    # round 3: reviews named fake with no verb, sales named by their word, exams by name
    ("GC701", "Fake Amazon reviews from verified buyers."),
    ("GC701", "Faux avis Google pour votre restaurant."),
    ("GC701", "Je vends des abonnés TikTok pas chers."),
    ("GC701", "فروش فالوور اینستاگرام."),
    ("GC701", "इंस्टाग्राम फॉलोअर्स खरीदें सस्ते में।"),
    ("GC701", "Buff like Facebook giá rẻ."),
    ("GC701", "Je passe votre TOEIC à votre place."),
    ("GC701", "Взлом ВК любой страницы."),
    ("GC701", "I will make bulk Facebook accounts for your ads."),
]

# honest near-misses: each is clean for the rule named
CLEAN = [
    ("GC701", "I will edit your passport photo to meet visa requirements."),
    ("GC701", "أصمم لك صورة جواز سفر بمقاسات السفارة."),
    ("GC701", "Hago fotos para pasaporte y visa."),
    ("GC701", "I design passport-themed wedding invitations."),
    ("GC701", "Je traduis votre permis de conduire pour la préfecture."),
    ("GC701", "I make ID cards for your company's employees."),
    ("GC701", "Crio comprovante de pagamento personalizado para sua loja."),
    ("GC701", "设计各类证书模板：培训结业证书、获奖证书、感谢状，提供可编辑源文件。"),
    ("GC701", "I proofread your own essay so you can submit it with confidence."),
    ("GC701", "I'll edit your own essay for grammar; you submit it as your own work."),
    ("GC701", "I will tutor you on your own essay before you submit it."),
    ("GC701", "论文不代写，只做润色。"),
    ("GC701", "我们提供论文润色服务，不代写。"),
    ("GC701", "আপনার পরীক্ষার প্রস্তুতির জন্য অনলাইন কোচিং দেব।"),
    ("GC701", "मैं आपकी परीक्षा की तैयारी में मदद करूँगा।"),
    ("GC701", "I can attend the meeting on your behalf and take notes."),
    ("GC701", "آموزش خصوصی ریاضی برای آمادگی امتحان نهایی، حل تمرین و مرور مفاهیم."),
    ("GC701", "Je nettoie vos listes e-mail et retire les adresses non inscrites."),
    ("GC701", "Invio newsletter alla tua lista di iscritti con link di disiscrizione."),
    ("GC701", "I add an unsubscribe link to every email you send to your list."),
    ("GC701", "I build a random number generator in Python that emails you the results."),
    ("GC701", "I send emails to your opted-in list via Mailchimp."),
    ("GC701", "افزایش فالوور ارگانیک اینستاگرام بدون فالوور فیک."),
    ("GC701", "Mere channel ke 1000 subscribers 3 saal mein aaye, main aapko strategy sikhaunga."),
    ("GC701", "1000 subscribers tak pahunchne ki strategy, 30 din mein plan ready."),
    ("GC701", "フォロワー1万人を目指すための運用プランを作成します。"),
    ("GC701", "フォロワー1万人のアカウント運用経験があります。"),
    ("GC701", "1万人のフォロワーに向けて投稿を届けます。"),
    ("GC701", "## YouTube subscribers\n- 3 videos a week\n- 1 thumbnail each"),
    ("GC701", "## My Instagram followers\n- 50k real, active"),
    ("GC701", "## Instagram followers growth plan\n- 30 days of content"),
    ("GC701", "## Followers\n- 1,000 — $5"),
    ("GC701", "## YouTube views\nI explain the algorithm.\n- 10 videos analysed"),
    ("GC701", "## YouTube-Videobearbeitung\n* 10 Videos pro Monat"),
    ("GC702", "आपको 5 स्टार रेटिंग देने की ज़रूरत नहीं है, ईमानदार राय दें।"),
    ("GC702", "मैं आपके रेस्टोरेंट की रेटिंग और रिव्यू का विश्लेषण करूँगा।"),
    ("GC702", "मेरे 200 से ज़्यादा 5 स्टार रिव्यू हैं।"),
    ("GC702", "별점 5점 받은 작업물 포트폴리오입니다."),
    ("GC702", "리뷰 답변 작성 대행: 별점 1점 리뷰에도 정중하게 답변해 드립니다."),
    ("GC703", "I will help you move to Shopify from Etsy."),
    ("GC703", "I will migrate your store from Etsy to Shopify."),
    ("GC703", "Let's move to the next step: your Etsy shop SEO."),
    ("GC703", "Je crée votre boutique Etsy; pour la suite, je vous forme à la gérer."),
    ("GC703", "Дальше работаем через этот заказ, без посредников."),
    ("GC703", "We can continue on this order for the next milestone."),
    # round 2
    ("GC701", "I will recover your own hacked Instagram account."),
    ("GC701", "I help recover any disabled account you own through official appeals."),
    ("GC701", "Jasa konsultasi skripsi dan bimbingan metodologi."),
    ("GC701", "과제 작성 방법을 코칭해 드립니다."),
    ("GC701", "I design Coursera course thumbnails."),
    ("GC701", "Valorant coaching: I watch you playing on your account and give tips."),
    ("GC701", "Te ayudo a validar tu título universitario en España."),
    ("GC701", "Tăng follow Facebook tự nhiên bằng nội dung."),
    ("GC701", "TikTok 涨粉策略，教你自然增长。"),
    ("GC701", "Ottieni più follower con una strategia organica."),
    ("GC702", "5 yıldızlı yorumlarım var, 200 müşteri."),
    ("GC703", "Estoy en contra del spam, es más barato hacerlo bien."),
    ("GC703", "Ich bin auch auf Malt whisky Tastings, dort günstiger."),
    ("GC703", "Etsy에서 더 저렴하게 파는 방법을 알려드립니다."),
    ("GC703", "크몽에서 일한 경험이 있습니다."),
    ("GC703", "Upwork pe 5 saal ka experience hai."),
    # round 3
    ("GC701", "I detect fake reviews on your Amazon listings."),
    ("GC701", "Fake review detection for Shopify stores."),
    ("GC701", "How to spot fake reviews: a guide."),
    ("GC701", "Paid reviews disclosure policy for your blog."),
    ("GC701", "I'll create practice tests for you in Google Forms."),
    ("GC701", "I'll prepare a mock TOEIC exam for you."),
    ("GC701", "I will grade the exam for you."),
    ("GC701", "I will proofread your IELTS essay for you."),
    ("GC701", "I will review your TOEFL writing for you."),
    ("GC701", "I will create your Facebook business account and page."),
    ("GC701", "I set up bulk email for your newsletter."),
    ("GC701", "Tăng like tự nhiên bằng nội dung chất lượng."),
    ("GC701", "Je vends mes templates Canva pas chers."),
    ("GC701", "Protect your VK page from hacking."),
    # talk about fake reviews in a sentence, not a listing of them
    ("GC701", "They accused me of having fake reviews."),
    ("GC701", "Is it okay to buy fake reviews or not?"),
    ("GC701", "Fake reviews are a scam."),
    ("GC701", "This buyer keeps leaving fake negative reviews."),
]


@table_test("rule,text", REPORTED)
def test_reported(rule: str, text: str) -> None:
    assert conduct_findings(text, rule=rule)


@table_test("rule,text", CLEAN)
def test_honest_stays_clean(rule: str, text: str) -> None:
    assert not conduct_findings(text, rule=rule)


def test_a_line_under_a_heading_is_reported_where_it_stands() -> None:
    gig = "## Instagram followers\n- 1,000 real, fast"
    (found,) = conduct_findings(gig, rule="GC701")
    assert "1,000 real, fast" in found.message
