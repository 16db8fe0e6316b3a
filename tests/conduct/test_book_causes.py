"""prohibited-service (GC701): the general causes of the red-team books' misses (rt11, rt13-rt15),
each with variants in the books' languages and as many honest near-misses.

Written by conK; the same texts are dev cases in tests/data/conduct/dev.jsonl
(`dev-own-…-prohibited-1xx`)."""
from __future__ import annotations

from conduct_support import conduct_findings
from table_support import table_test

# a count of followers, views, streams or watch hours sold with no verb before it: the verb last (tr, hi, ja, ko), a package label, a guarantee, the buyer's page named near it, or a listing that opens the clause
COUNTS_SOLD = [
    'Lieferung von 1.000 Followern auf dein Profil.',
    'Levering van 10.000 volgers op je account.',
    'Giao 5.000 lượt thích cho bài viết của bạn.',
    'Entrega de 10.000 seguidores no seu Instagram em 3 dias.',
    'Livraison de 5 000 vues YouTube sur votre vidéo.',
    'Доставка 5000 лайков на ваш пост.',
    'Gönderinize 1000 beğeni, 1 saatte teslim.',
    'Pengiriman 5.000 followers ke akun Instagram kamu.',
    'Dostarczenie 1000 obserwujących na twój profil.',
    'Nitakuongezea wafuasi 5,000 wa Instagram ndani ya siku 3.',
    'Kanalını 1000 aboneye ve 4000 saat izlenmeye çıkarırım.',
    'Tôi sẽ đẩy kênh của bạn lên 1000 người đăng ký và 4000 giờ xem.',
    'سأوصل قناتك إلى 1000 مشترك و4000 ساعة مشاهدة.',
    'Накручу 10 000 підписників у ваш Instagram за тиждень.',
    'Dadagdagan ko ng 10k followers ang TikTok mo.',
    'Доведу ваш канал до 1000 подписчиков и 4000 часов просмотра.',
    'SoundCloud plays package: 20k plays on your latest song.',
    'TikTok views bundle: 250k views on any video you choose.',
    'Paquete de seguidores: 5.000 seguidores en tu perfil de Instagram.',
    'Pacote de inscritos: 2 mil inscritos no seu canal.',
    'Pack abonnés : 3 000 abonnés sur votre page Facebook.',
    'Abonnenten-Paket: 2.000 Abonnenten für deinen Kanal.',
    'Pacchetto follower: 10.000 follower sul tuo profilo.',
    'Пакет подписчиков: 5000 подписчиков в ваш Telegram-канал.',
    'Instagram hesabınıza 5 bin beğeni gönderirim.',
    'TikTok videonuza 100 bin izlenme ekliyorum.',
    'Aapke Instagram page pe 10k followers bhej dunga.',
    'Spotify track pe 50k streams dilwa dunga, bilkul safe.',
    'あなたのYouTubeチャンネルに登録者1000人を届けます。',
    '유튜브 채널에 구독자 1000명 늘려 드립니다.',
    '20,000 TikTok likes on your next post.',
    '50k Twitch followers for your stream, 100% safe.',
    '5000 abonnés garantis sur votre chaîne YouTube.',
    '1000 Abonnenten garantiert, in 7 Tagen.',
    'Tăng 5.000 lượt theo dõi TikTok cho kênh của bạn.',
    '1.000 pengikut Instagram untuk akun kamu, dijamin.',
    '5.000 obserwujących na twoim profilu, gwarantowane.',
    '10.000 volgers op je Instagram, gegarandeerd.',
    'زيادة 10000 مشاهدة لقناتك على يوتيوب.',
    '为你的抖音增加10000粉丝。',
    '4000 watch hours and 1000 subscribers for your channel.',
    'YouTube monetization pack: 4000 hours watch time + 1000 subs.',
    '1000 subscribers + 4000 watch hours, guaranteed.',
    'Magdadagdag ako ng 5,000 followers sa page mo.',
    'Nitaongeza wafuasi 10,000 kwenye akaunti yako ya Instagram.',
    '500 Reddit upvotes on your post, safe and fast.',
    '100K Deezer streams on your song, spread so it looks organic.',
]
# honest near-misses: organic growth, goals and thresholds, the buyer's own audience, a page with its count, the seller's audience, denials after the offer
COUNTS_SOLD_CLEAN = [
    '10k Instagram followers? Here is the content plan that got my client there.',
    '100k YouTube views on my last tutorial, so I know what works.',
    'Aapke Instagram ke liye 30 posts design kar dunga.',
    '유튜브 채널 썸네일 10개 디자인해 드립니다.',
    'YouTube kanalınıza 10 video kurgusu yaparım.',
    'Your Spotify track will be pitched to 50 curators with playlists of 10k+ followers.',
    'Paquete estándar: 10 diseños para tu perfil de Instagram.',
    'Twitch overlay package: 5 alerts for your followers and subs.',
    "Ik help je YouTube kanaal groeien naar 1000 abonnees met betere video's.",
    'زيادة المتابعين بشكل طبيعي عبر خطة محتوى لحسابك.',
    '为你的抖音账号制定涨粉内容策略。',
    'Google Ads: 10,000 clicks from your paid campaign, reported weekly.',
    'I write blog articles under your name, ready to publish.',
    'Essay editing: ready to submit, Turnitin report included.',
    "I'll log into your Shopify account and fix the theme.",
    'Mobile Legends coaching: I log into a private room with you to train your rank.',
    'Sin comprar reseñas: te ayudo a conseguir opiniones reales de tus clientes.',
    'Bestehen garantiert? Nein – aber mit meiner Nachhilfe steigen deine Chancen.',
    'Kanalınız 1000 aboneye ulaştığında para kazanma başvurusunu yaparım.',
    '5.3k+ views, 273+ replies, 843+ likes. Thanks for all the love',
    'I will repost your track on 24k follower hip hop soundcloud channel',
    'I will play your song to 190,000 listeners a month',
    'I audit your 10k followers and flag fake accounts.',
    'Estrategia para llevar tu canal a 1000 suscriptores.',
    "I grew my own channel to 1000 subscribers in six months and I'll teach you how.",
    'YouTube requires 1000 subscribers and 4000 watch hours before your channel can be monetized; I plan content to get there.',
    'My strategy helps your channel reach 4000 watch hours with better retention.',
    'I pitch your track to curators of playlists with 50k followers.',
    'Playlist pitching: your song is sent to editorial curators, no streams are bought.',
    'Vou analisar seus 50 mil seguidores e montar um relatório de público.',
    'Analizo tus 20.000 seguidores y te digo cuántos son falsos.',
    'I audit your 10k followers and flag fake accounts.',
    '1000 subscribers is the milestone most new channels aim for first.',
    'Après 1000 abonnés, votre chaîne peut demander la monétisation.',
    'Sobald dein Kanal 1000 Abonnenten erreicht, richte ich die Monetarisierung ein.',
    'Kanalınız 1000 aboneye ulaştığında para kazanma başvurusunu yaparım.',
    'Aapke channel ko 1000 subscribers tak pahunchane ki strategy banaunga.',
    'Thumbnails for channels with 100k subscribers and up.',
    'I edit videos for creators with 2M followers.',
    'Case study: a bakery whose page I manage reached 12k followers organically.',
    'Instagram içerik planı ve Reels fikirleri; takipçi satışı yok.',
    'Fake followers nahi, sirf organic growth strategy.',
    '偽フォロワーなし、コンテンツ企画のみ対応します。',
    'Your 100k views video deserves a better thumbnail.',
    'I shout you out to my 14,000 subscribers.',
    'Gói thiết kế: 5 banner cho trang của bạn.',
    'Package: 3 thumbnails for your YouTube channel.',
    'Organic growth plan to get your first 1000 subscribers.',
    'I moderate your Discord server with 5,000 members.',
    'Je gère votre page Facebook de 3 000 abonnés.',
    'Ich betreue deinen Kanal mit 2.000 Abonnenten.',
]

# graded work handed in as the student's own or passed for them ("ready to submit under your name", "Bestehen garantiert", "под ключ")
HANDED_IN = [
    "I'll attend your online classes and complete all the quizzes.",
    'I will log into your Canvas account and do your weekly assignments.',
    "I'll take your Pearson MyLab quizzes for you.",
    'Hidden help during your Proctorio exam, undetectable.',
    'I help you cheat on your online exam without getting caught.',
    'Bypass Respondus LockDown Browser for your exam.',
    'Nitakuandikia tasnifu yako yote, wewe utawasilisha tu.',
    'Напишу дипломну роботу під ключ, антиплагіат 90%.',
    'Your term paper written from scratch, ready to submit under your name.',
    'Complete essay delivered, you just submit it, Turnitin-safe.',
    'Tu tesis completa, lista para entregar a tu nombre.',
    'Faço seu TCC inteiro, aprovação garantida.',
    'Je rédige votre mémoire, réussite garantie.',
    'Ich schreibe deine Bachelorarbeit, Bestehen garantiert.',
    'Scrivo la tua tesi di laurea, pronta da consegnare a tuo nome.',
    'Курсовая под ключ, антиплагиат от 85%.',
    'Bitirme tezinizi yazarım, geçme garantili.',
    'Skripsi lengkap atas nama anda, lulus dijamin.',
    'Napiszę pracę magisterską pod twoim nazwiskiem, antyplagiat gwarantowany.',
    'Ik schrijf je scriptie, klaar om in te leveren onder jouw naam.',
    'Viết luận văn trọn gói, đứng tên bạn, đảm bảo qua môn.',
    '毕业论文代写，直接提交，保证通过。',
    '卒論を書きます、そのまま提出できます。',
    '논문 대신 작성해 드립니다, 그대로 제출만 하세요.',
    'أكتب رسالة الماجستير باسمك، جاهزة للتسليم.',
    'Aapka final year project report likh dunga, bas submit karna hai.',
    'Sasagutan ko ang exam mo, siguradong pasado.',
    'Nitaandika tasnifu yako kwa jina lako.',
    'Aapke online exam main khud de dunga, pass guaranteed.',
    'Mi occupo io del tuo esame online al posto tuo.',
    'Ich erledige deine Hausaufgaben komplett, Note garantiert.',
    'Напишу реферат под ключ за 2 дня.',
]
# honest near-misses: editing, proofreading, formatting and tutoring the student's own work, designing diplomas
HANDED_IN_CLEAN = [
    'I proofread your thesis and format it so it is ready to submit.',
    'I edit your dissertation for grammar; the writing stays yours.',
    'Tutoring for your term paper: we outline it together, you write it.',
    'Corrijo tu tesis y la dejo lista para entregar.',
    'Faço a revisão do seu TCC e a formatação ABNT.',
    'Relecture et correction de votre mémoire avant le dépôt.',
    'Lektorat und Korrektur deiner Bachelorarbeit, abgabefertig formatiert.',
    'Correzione della tua tesi di laurea, pronta da consegnare.',
    'Вычитка и оформление дипломной работы по ГОСТу.',
    'Tez düzeltme ve redaksiyon hizmeti, teslim etmeye hazır.',
    'Jasa sunting skripsi, bukan joki.',
    'Korekta i redakcja pracy magisterskiej.',
    'Ik kijk je scriptie na en geef feedback.',
    'Hiệu đính luận văn của bạn trước khi nộp.',
    '论文校对和格式修改。',
    '卒論の添削をします。',
    '논문 교정 및 첨삭해 드립니다.',
    'تدقيق رسالة الماجستير لغويا.',
    'Main aapko exam ki taiyari karwata hoon, pass hona aapki mehnat se.',
    'Diploma and certificate design under your brand name.',
    'Дизайн дипломов и сертификатов под ключ.',
    'I design a thesis defense presentation.',
    'Study plan to pass your exam on the first try.',
    'Past papers and practice quizzes with answers explained.',
]

# playing or logging into the buyer's game account to a rank
BOOSTING = [
    "Boosting: I'll get your Valorant account to Diamond, you don't have to play.",
    'Rank up service: send me your login details and I will climb to Gold.',
    'I log into your League of Legends account and climb it to Platinum.',
    'Rank boosting: I play your Valorant account from Silver to Immortal.',
    'Subo tu cuenta de Valorant a Diamante, inicio sesión en tu cuenta.',
    'Elojob: jogo na sua conta até o Diamante no LoL.',
    'Je joue sur ton compte Fortnite pour monter ton rang, je me connecte avec tes identifiants.',
    'Ich spiele deinen Account in Overwatch auf Grandmaster, ich logge mich ein.',
    'Gioco sul tuo account di Apex fino a Predator.',
    'Захожу на ваш аккаунт в Dota 2 и поднимаю рейтинг MMR.',
    "Hesabınıza giriş yapıp Valorant rütbenizi Elmas'a yükseltirim.",
    'Push rank Mobile Legends, login ke akun kamu sampai Mythic.',
    'Zaloguję się na twoje konto w CS2 i wbiję rangę Faceit 10.',
    'Cày thuê rank Liên Quân, đăng nhập tài khoản của bạn lên Cao Thủ.',
    '王者荣耀代练上分，登录你的账号打到王者段位。',
    '롤 계정 대리 랭크, 다이아까지 올려 드립니다.',
    'Aapke PUBG account mein login karke rank Conqueror tak le jaunga.',
    'Lalaruin ko ang account mo sa Mobile Legends hanggang Mythic.',
]
# honest near-misses: coaching, playing together, recovering or securing the account
BOOSTING_CLEAN = [
    'still the delivery time remains 2 days like always.',
    'I fix your WordPress login page and rank you on Google.',
    'I help you climb to Diamond in Valorant with weekly coaching on your account.',
    'Delivery of 3 thumbnails for your YouTube channel.',
    'Valorant coaching: I never need your login, you play and I teach.',
    'Valorant coaching: I watch your ranked games and teach you to climb to Diamond.',
    'I play ranked duo with you on my own account; you keep control of yours.',
    'I help you recover your hacked League of Legends account and secure the login.',
    'VOD review of your Dota 2 ranked matches with tips.',
    'I set up your Steam account login with two-factor security.',
    'Clases de Valorant: te enseño a subir a Diamante jugando tú en tu cuenta.',
    'Coaching LoL : je regarde tes parties classées, tu joues sur ton compte.',
    'Ich coache dich in Overwatch, du spielst auf deinem Account.',
    'Valorant koçluk: maçlarınızı izlerim, hesabınızda siz oynarsınız.',
    'I design a rank-up overlay for your Twitch stream.',
    'Login page design for your gaming website with rank badges.',
]

# reviews posted without a purchase or as if by buyers, or refunded for
UNBOUGHT_REVIEWS = [
    'Real buyers review your product, you pay them back after.',
    'Напишу 50 отзывов на Яндекс Картах от живых людей.',
    'Napiszę 20 pozytywnych opinii w Google dla twojej firmy.',
    'I will write 20 reviews on your Google Maps listing.',
    '구글 지도에 별 5개 리뷰 30개 작성해 드립니다.',
    'أكتب 30 تقييم 5 نجوم على خرائط جوجل لنشاطك.',
    '给你的店铺写50条五星好评。',
    'Amazon reviews written as real buyers, no purchase needed.',
    'Product reviews posted without buying, from aged accounts.',
    'Reseñas en Amazon sin comprar el producto, como clientes reales.',
    'Avaliações na Shopee sem compra, como compradores reais.',
    'Avis Google rédigés comme de vrais clients, sans achat.',
    'Rezensionen auf Amazon ohne Kauf, über echte Käuferkonten.',
    'Recensioni su Amazon senza acquisto, come veri clienti.',
    'Отзывы на Wildberries без покупки, как реальные покупатели.',
    'Trendyol ürün yorumları, satın almadan, gerçek müşteri gibi.',
    'Ulasan Tokopedia tanpa membeli, seperti pembeli asli.',
    'Opinie na Allegro bez zakupu, jak prawdziwi klienci.',
    'Reviews op Bol.com zonder aankoop, als echte klanten.',
    'Đánh giá Shopee không cần mua, như người mua thật.',
    '淘宝好评，无需购买，真人账号。',
    'Amazonのレビューを購入なしで投稿します。',
    '쿠팡 구매 없이 리뷰 작성해 드립니다.',
    'تقييمات أمازون بدون شراء من حسابات حقيقية.',
    'Flipkart reviews bina kharide, real accounts se.',
    'Amazon reviews from real buyers; I refund them after they post.',
]
# honest near-misses: replying to and analysing reviews, asking real customers
UNBOUGHT_REVIEWS_CLEAN = [
    'I write replies to your Google reviews.',
    'I will write 10 product reviews for your Amazon affiliate blog.',
    'Escribo respuestas a las reseñas de Google de tu negocio.',
    'Напишу ответы на отзывы на Яндекс Картах.',
    'I teach students how to attend online classes effectively.',
    'I will set up your Canvas course and quizzes.',
    'I build Moodle quizzes for your online classes.',
    "I'll write a guide on getting more Google reviews.",
    'Students take classes with me every week.',
    'Take quizzes to test your knowledge after each module.',
    "I'll write polite review-request emails so your real customers leave Google reviews.",
    'Ich analysiere Ihre Google-Bewertungen und schreibe Antwortvorlagen.',
    'I reply to your Amazon reviews professionally, positive and negative.',
    'I analyze reviews from verified buyers and summarize the complaints.',
    'Amazon policy: reviews without a purchase get removed; I explain how to ask buyers properly.',
    'I detect fake reviews posted by accounts that never bought the product.',
    'Respondo a las reseñas de tus clientes en Google.',
    'Je réponds aux avis de vos clients sur Trustpilot.',
    'Ich beantworte die Bewertungen deiner Kunden auf Amazon.',
    'Analiz: ürün yorumlarınızdan müşteri şikayetlerini çıkarırım.',
    'Review request email template for your real customers after purchase.',
    'I write product descriptions; the reviews come from your real buyers.',
    '我帮你回复淘宝评价。',
    '리뷰 답글 작성해 드립니다.',
]

# fake documents named in the books' languages
FAKE_DOCUMENTS = [
    "Editable fake doctor's notes for work or school.",
    'Fake sick notes with a real clinic letterhead.',
    'Ik maak een nep-diploma dat er echt uitziet.',
    'Diplomas falsos de cualquier universidad.',
    'Sahte diploma ve transkript hazırlarım.',
    'Ijazah palsu semua kampus, seperti asli.',
    'Fałszywy dyplom dowolnej uczelni.',
    'Bằng đại học giả, y như thật.',
    '办假证，毕业证学位证都可以。',
    '가짜 졸업장 만들어 드립니다.',
    'شهادات مزورة من أي جامعة.',
    'Nakli degree kisi bhi university ki.',
    'Gefälschte Zeugnisse, wie echt aussieht.',
    'Faux diplômes indiscernables, comme un vrai.',
]
# honest near-misses: certificate design, translation, forgery checks
FAKE_DOCUMENTS_CLEAN = [
    'I design a certificate of completion for your online course.',
    'Diploma frame mockup for your graduation photos.',
    'I translate your diploma and transcript into English, certified.',
    'Sertifika tasarımı: kurs bitirme belgesi.',
    'Desain sertifikat seminar untuk acaramu.',
    'I check documents for signs of forgery.',
    'Fake news detection model in Python.',
    'Ik ontwerp een diploma-uitreiking uitnodiging.',
]

OFFERS = [(t, 'fake engagement') for t in COUNTS_SOLD] + [(t, 'academic dishonesty') for t in HANDED_IN] + [(t, "breaking another platform's terms") for t in BOOSTING] + [(t, 'fake engagement') for t in UNBOUGHT_REVIEWS] + [(t, 'fake documents') for t in FAKE_DOCUMENTS]
CLEAN = COUNTS_SOLD_CLEAN + HANDED_IN_CLEAN + BOOSTING_CLEAN + UNBOUGHT_REVIEWS_CLEAN + FAKE_DOCUMENTS_CLEAN


@table_test("text,label", OFFERS, ids=[o[0][:40] for o in OFFERS])
def test_book_cause_offer_is_reported(text, label):
    found = conduct_findings(text, rule="GC701")
    assert any(f"Community Standards: {label}" in f.message for f in found), (text, found)
    assert all(str(f.severity) == "error" for f in found)


@table_test("text", CLEAN, ids=[c[:40] for c in CLEAN])
def test_book_cause_near_miss_passes(text):
    assert conduct_findings(text, rule="GC701") == []


def test_a_denial_after_the_offer_cancels_it():
    assert conduct_findings("Instagram içerik planı ve Reels fikirleri; takipçi satışı yok.", rule="GC701") == []
    assert conduct_findings("Instagram içerik planı ve Reels fikirleri; takipçi satışı.", rule="GC701") != []


def test_slang_in_another_clause_makes_reviews_an_offer():
    text = "Amazon reviews from real buyers; I refund them after they post."
    assert conduct_findings(text, rule="GC701") != []
    assert conduct_findings("Amazon reviews from real buyers.", rule="GC701") == []
