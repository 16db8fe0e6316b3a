"""conN (book34, book35, book37): the conduct rules on what the red team's newest books offered
and the rules missed, by mechanism, each with variants in other languages and fields (title,
extras line, FAQ answer, package table cell), and the honest near-misses an editor approves.

other-marketplace (GC703): a pronoun joined to an infinitive ("puedes contratarme en Workana"),
an imperative sending the buyer "there" later in the same clause ("... en Workana, búscame
allí"), a price or a fee said lower there by a price noun and a comparative ("lá a taxa é
menor", "allí tengo mejores precios"), the next work moved there ("다음 작업은 크몽에서 주문해
주세요"), the French "go to" ("rendez-vous sur Malt"), the kind of work sent there ("Larger orders I handle via Toptal",
"大きな案件はココナラで", asked, with "only", or opening its clause, not with the seller's
history); not the buyer's products listed there ("I will list your products on Etsy, fees
are lower": the marketplace is the work).
prohibited (GC701): reviews named fake after their noun in a listing ("Recensioni false su
TripAdvisor"), not when the listing fights them ("... : come segnalarle"); the Italian
invariant "stream" counted; the katakana "クチコミ"; spam to bought lists (ar, hi) and into
other people's chats without the admins' leave (uk, ru, en, es, fr); a competitor's site hacked or
taken down; the seller playing in the buyer's stead; a real school's diploma in the buyer's
name or stamped; a paper "like the real one" (vi); graded work handed in in the student's
own name (hi).
review-request (GC702): a "for" opening the trade before a rated review ("За отзыв на 5
звёзд верну часть оплаты"), conditions on the buyer in hi and ja ("देने पर", "いただけた方"),
the Arabic "if you rated me" ("إذا قيّمتني").
"""
from __future__ import annotations

import pytest
from conduct_support import FIELD_NAMES, any_conduct, conduct_findings, placed

# (rule, text): each is reported
REPORTED = [
    # other-marketplace: a pronoun joined to an infinitive, "there" later in the clause, a lower price or fee there,
    # the next work moved there, the French "go to"
    ('GC703', 'También puedes contratarme en Workana, allí tengo mejores precios.'),
    ('GC703', 'Puedes encontrarme en Workana, allí los precios son más bajos.'),
    ('GC703', 'Você também pode me contratar na Workana, lá os preços são menores.'),
    ('GC703', 'Puoi trovarmi anche su Upwork, lì le tariffe sono più basse.'),
    ('GC703', 'You can also hire me on Upwork, my rates there are lower.'),
    ('GC703', 'Mis paquetes grandes solo los vendo en Workana, búscame allí.'),
    ('GC703', 'I sell the big packages only on Upwork, find me there.'),
    ('GC703', 'Die großen Pakete verkaufe ich nur auf Upwork, dort sind die Gebühren niedriger.'),
    ('GC703', 'Les gros forfaits, je les vends sur Codeur.com, trouvez-moi là-bas.'),
    ('GC703', 'Os próximos pedidos fazemos pela 99Freelas, lá a taxa é menor.'),
    ('GC703', 'Próximos pedidos pela Workana, a comissão é menor.'),
    ('GC703', 'Los próximos pedidos por Workana, la comisión es más baja.'),
    ('GC703', 'Следующие заказы через Kwork, там комиссия ниже.'),
    ('GC703', 'Kolejne zlecenia przez Useme, tam prowizja jest niższa.'),
    ('GC703', '다음 작업은 크몽에서 주문해 주세요. 더 저렴합니다.'),
    ('GC703', '다음 작업은 숨고에서 주문해 주세요.'),
    ('GC703', 'Mis próximos trabajos los tomo en Workana, búscame ahí.'),
    ('GC703', "Pour la suite du projet, rendez-vous sur Malt où j'ai mon profil complet."),
    ('GC703', 'Pour la suite, rendez-vous sur Codeur.com.'),
    ('GC703', 'Next jobs please through Upwork, the fee is lower there.'),
    ('GC703', 'Agla kaam Upwork pe dena, wahan fees kam hai.'),
    # prohibited: reviews named fake after their noun, counted streams (it), クチコミ, spam to bought lists and chats
    ('GC701', 'Recensioni false su TripAdvisor per il tuo ristorante, 20 a settimana.'),
    ('GC701', 'Reseñas falsas en Google Maps para tu negocio, 30 por semana.'),
    ('GC701', 'Avaliações falsas no Google para sua loja.'),
    ('GC701', 'Avis faux sur Tripadvisor pour votre hôtel.'),
    ('GC701', 'Отзывы фейковые на Яндекс Картах, 50 штук.'),
    ('GC701', 'Ulasan palsu di Google Maps untuk toko Anda.'),
    ('GC701', 'Opinie fałszywe na Google dla Twojej firmy.'),
    ('GC701', '1.000.000 di stream Spotify garantiti per il tuo brano in una settimana.'),
    ('GC701', '500.000 stream Spotify garantiti.'),
    ('GC701', '100.000 stream su Spotify per il tuo brano in 3 giorni.'),
    ('GC701', 'Googleマップに高評価のクチコミを50件投稿します。'),
    ('GC701', 'Amazonに高評価のクチコミを30件書きます。'),
    ('GC701', 'سأرسل 100 ألف رسالة بريد إلكتروني جماعية إلى قوائم عناوين مشتراة.'),
    ('GC701', 'खरीदी हुई ईमेल लिस्ट पर 1 लाख प्रमोशनल मेल भेजूँगा।'),
    ('GC701', 'Розішлю вашу рекламу в 500 чужих Telegram-чатів без дозволу адмінів.'),
    ('GC701', 'Разошлю вашу рекламу в 300 Telegram-чатов без разрешения админов.'),
    ('GC701', "I'll post your ad in 500 Telegram chats without admin permission."),
    ('GC701', 'Envío tu anuncio a 200 chats de grupo sin permiso de los administradores.'),
    ('GC701', 'Je publie votre pub dans 300 chats de groupe sans autorisation.'),
    # review-request: a 'for' opening the trade, conditions on the buyer (hi, ja, ko), the Arabic 'if you rated me'
    ('GC702', 'За отзыв на 5 звёзд верну часть оплаты.'),
    ('GC702', 'За отзыв на 5 звёзд дам скидку 10% на следующий заказ.'),
    ('GC702', 'For a 5-star review I refund part of the fee.'),
    ('GC702', 'Por una reseña de 5 estrellas te devuelvo el 10%.'),
    ('GC702', 'Por uma avaliação de 5 estrelas, 10% de desconto no próximo pedido.'),
    ('GC702', 'Pour un avis 5 étoiles, je rembourse une partie du prix.'),
    ('GC702', 'Für eine 5-Sterne-Bewertung erstatte ich 10 %.'),
    ('GC702', 'Per una recensione a 5 stelle, rimborso il 10%.'),
    ('GC702', '5 स्टार रिव्यू देने पर अगला काम 10% सस्ता।'),
    ('GC702', '5 star review dene par agla order 10% off.'),
    ('GC702', '星5のレビューをいただけた方には次回10%オフクーポンを差し上げます。'),
    ('GC702', '별점 5점 리뷰를 남겨주신 분께 다음 주문 10% 할인.'),
    ('GC702', 'إذا قيّمتني بخمس نجوم سأرسل لك تصميماً إضافياً مجاناً.'),
    ('GC702', 'لو قيمتني بخمس نجوم أعطيك خصم 10%.'),
    ('GC702', 'अगर आप 5 स्टार रिव्यू देंगे तो अगला काम मुफ़्त में।'),
    # prohibited: a competitor's site hacked or taken down, the seller playing in the buyer's stead (pl, es, fr, de),
    # a paper "like the real one" (vi), a real school's diploma in the buyer's name or stamped, graded work handed in
    # in the student's own name (hi)
    ('GC701', 'आपके प्रतियोगी की वेबसाइट हैक करके डाउन कर दूँगा।'),
    ('GC701', "I will hack your competitor's website and take it down."),
    ('GC701', 'Hackeo la web de tu competencia y la tumbo.'),
    ('GC701', 'Je pirate le site de votre concurrent.'),
    ('GC701', 'Взломаю сайт вашего конкурента и положу его.'),
    ('GC701', 'Rakibinizin sitesini çökertirim.'),
    ('GC701', 'Aapke competitor ki website hack karke down kar dunga.'),
    ('GC701', '競合のサイトをハッキングして落とします。'),
    ('GC701', 'Podbiję twoje konto w grze do rangi Diament – gram za ciebie na twoim koncie.'),
    ('GC701', 'Subo tu cuenta de Valorant a Diamante, juego por ti.'),
    ('GC701', 'Je monte ton compte LoL en Diamant, je joue à ta place.'),
    ('GC701', 'Ich bringe dein Konto auf Platin, spiele an deiner stelle.'),
    ('GC701', 'Làm bằng đại học, chứng chỉ IELTS giống thật 100%.'),
    ('GC701', 'Làm bằng lái xe giống thật.'),
    ('GC701', 'Ik maak een diploma of certificaat van een echte school op jouw naam, met stempel.'),
    ('GC701', 'I make a diploma from a real university in your name, with the stamp.'),
    ('GC701', 'Hago un título de una universidad real a tu nombre, con sello.'),
    ('GC701', 'Faço um diploma de uma universidade real no seu nome, com carimbo.'),
    ('GC701', "Je fais un diplôme d'une vraie université à votre nom, avec cachet."),
    ('GC701', 'Ich erstelle ein Zeugnis einer echten Schule auf deinen Namen, mit Stempel.'),
    ('GC701', 'Сделаю диплом любого вуза на ваше имя, с печатью.'),
    ('GC701', 'Herhangi bir üniversite diploması adınıza, kaşeli.'),
    ('GC701', 'आपका पूरा असाइनमेंट लिखकर दूँगा, बस अपने नाम से कॉलेज में जमा कर दें।'),
    ('GC701', 'आपकी थीसिस लिख दूँगा, आप अपने नाम से जमा करें।'),
    ('GC701', 'Aapka assignment likh dunga, bas apne naam se jama kar do.'),
    # other-marketplace (a self red team): the kind of work sent there ("Larger orders I handle via Toptal",
    # "Крупные заказы беру только через Kwork"), "write me" and "you find me" verbs, preferring to work there, the
    # cost said lower there
    ('GC703', 'For bigger projects, contact me on Upwork.'),
    ('GC703', 'Larger orders I handle via Toptal, my profile name is the same.'),
    ('GC703', 'Check my Gumroad for the full pack.'),
    ('GC703', "Message me on Upwork and I'll send a custom offer there."),
    ('GC703', 'Prefiero trabajar por Workana para proyectos largos.'),
    ('GC703', 'Para proyectos grandes, escríbeme en Workana.'),
    ('GC703', 'Contrátame directamente en Workana, allí no pagas comisión.'),
    ('GC703', 'Me encuentras también en Malt como freelance.'),
    ('GC703', 'Retrouvez mes autres services sur Malt.'),
    ('GC703', 'Pour les gros projets, passez par ma page Malt.'),
    ('GC703', 'Meine größeren Projekte laufen über Freelancermap, schreib mir dort.'),
    ('GC703', 'Für langfristige Zusammenarbeit buche mich auf Malt.'),
    ('GC703', 'Per progetti lunghi preferisco lavorare su Upwork.'),
    ('GC703', 'Ordina da me su Upwork, costa meno.'),
    ('GC703', 'Para trabalhos maiores me chama no 99Freelas.'),
    ('GC703', 'Faça o pedido pelo Workana, é mais barato pra você.'),
    ('GC703', 'Крупные заказы беру только через Kwork.'),
    ('GC703', 'Пишите мне на Kwork, там дешевле.'),
    ('GC703', "Büyük projeler için Bionluk'tan ulaşın."),
    ('GC703', 'Proyek besar lewat Sribulancer saja ya.'),
    ('GC703', 'Większe zlecenia tylko przez Useme.'),
    ('GC703', 'Grotere opdrachten via Malt, daar ben ik ook te vinden.'),
    ('GC703', '大きな案件はココナラで受けています。'),
    ('GC703', '큰 작업은 크몽으로 연락 주세요.'),
    ('GC703', '大项目请到猪八戒网找我。'),
    ('GC703', 'المشاريع الكبيرة عبر مستقل فقط.'),
    ('GC703', 'बड़े प्रोजेक्ट के लिए मुझे Upwork पर हायर करें।'),
    ('GC703', 'Bade projects ke liye Upwork pe contact karo.'),
    ('GC703', 'Same service on Upwork for 20% less.'),
    ('GC703', "After this order, let's continue on Upwork."),
    ('GC703', 'Book me on Contra for ongoing work.'),
    ('GC703', 'Visit my Etsy store for printable versions.'),
    ('GC703', 'My Udemy course covers this in depth, enroll there.'),
    # other-marketplace (a self red team, round 2): returning clients sent there, a hiring verb as an imperative
    # opening the clause ("Order on Kwork")
    ('GC703', 'Do you want it cheaper? Order on Kwork.'),
    ('GC703', 'Want a lower price? My Upwork profile has the same gig.'),
    ('GC703', 'The same logo package is on my Etsy shop for less.'),
    ('GC703', "I'm also on Upwork under the same name."),
    ('GC703', 'Search my name on Upwork for more reviews.'),
    ('GC703', 'Returning clients book me through Malt.'),
    ('GC703', 'Regular clients order through my Kwork profile.'),
    ('GC703', 'Постоянные клиенты заказывают у меня на Kwork.'),
    ('GC703', 'Clientes frecuentes: contrátenme en Workana.'),
    ('GC703', 'Clientes recorrentes fecham comigo pela Workana.'),
    ('GC703', 'Les clients réguliers passent par Malt.'),
    ('GC703', 'Stammkunden buchen mich über Freelancermap.'),
    ('GC703', 'I clienti abituali mi trovano su Upwork.'),
    ('GC703', "Düzenli müşterilerim Bionluk'tan sipariş veriyor."),
    ('GC703', 'Pelanggan tetap order lewat Fastwork.'),
    ('GC703', 'Stali klienci zamawiają przez Useme.'),
    ('GC703', 'リピーターの方はココナラからご依頼ください。'),
    ('GC703', '단골 고객님은 크몽에서 주문해 주세요.'),
    ('GC703', '老客户请到猪八戒网下单。'),
    ('GC703', 'العملاء الدائمون يطلبون عبر خمسات.'),
    ('GC703', 'रेगुलर क्लाइंट्स Upwork पर ऑर्डर करें।'),
    ('GC703', 'Khách quen đặt qua Fastwork nhé.'),
    # "review me" as a rate verb; papers "identical to the original" in the plural
    ('GC702', "Review me with 5 stars and I'll send the source files free."),
    ('GC702', 'Review us with five stars, get a free bonus file.'),
    ('GC701', 'Certificados de cursos oficiales con sello, idénticos al original.'),
    ('GC701', "Diplômes universitaires identiques à l'original."),
    ('GC701', 'Diplomas universitarios idénticos al original, con sello.'),
    # prohibited (a self red team): work handed in ("so you can hand them in"), the German exam written "for you",
    # the Arabic exam with its article, Chinese accounts named by their app
    ('GC701', 'Ghostwriting your university essays so you can hand them in.'),
    ('GC701', 'I write your assignments so you can submit them.'),
    ('GC701', 'Ich schreibe deine Klausur online für dich.'),
    ('GC701', 'Ich schreibe Ihre Klausur für Sie, Note garantiert.'),
    ('GC701', 'سأقدم الامتحان الأونلاين بدلاً منك.'),
    ('GC701', 'سأجري الاختبار بدلاً منك.'),
    ('GC701', '出售微信号，已实名。'),
    ('GC701', '出售抖音号，粉丝一万。'),
]

# honest near-misses: the marketplace as the work, the buyer's own products or profile there, the seller's
# history, "here on Fiverr"; fake reviews fought, reported or analysed; a count the buyer's page passed; replies
# to reviews, opted-in lists, chats with the admins' agreement; a seller's tally of reviews; discounts not tied
# to a review
CLEAN = [
    'I will list your products on Etsy and Amazon, the fees there are lower than on your own site.',
    'Listo tus productos en Etsy y Amazon; comparo dónde las comisiones son más bajas para ti.',
    'Ich richte deinen Etsy-Shop ein und zeige dir, wo die Gebühren niedriger sind.',
    'I compare Upwork and Workana fees for your agency and tell you where the commission is lower.',
    "Your Etsy prices are lower than your competitors': I will fix your pricing.",
    'Tengo experiencia en Workana con más de 200 proyectos; aquí tienes mejores precios que en agencias.',
    'I have 5 years on Upwork; my prices here on Fiverr are lower than agency rates.',
    'Mis próximos trabajos de diseño incluyen logos y tarjetas.',
    'Búscame aquí en Fiverr, en mi perfil están todos mis paquetes.',
    'Find me here on Fiverr, all my packages are on my profile.',
    'I will reply to reviews for your business on Google and Tripadvisor.',
    'My portfolio is on Behance, take a look before ordering.',
    'Pour la suite du projet, je vous envoie les fichiers ici sur Fiverr.',
    'Rendez-vous sur votre tableau de bord Etsy pour activer les annonces.',
    '다음 작업은 여기에서 주문해 주세요.',
    'Los próximos pedidos tienen 10% de descuento aquí en Fiverr.',
    'Next orders get a better price here on Fiverr.',
    'I will set up your Workana profile so clients find you there.',
    'Voy a optimizar tu perfil de Workana para que los clientes te encuentren allí.',
    'Vendo tus productos en Mercado Libre y Etsy, búscalos allí con tu marca.',
    'I design Etsy shop banners; rates are lower for bulk orders.',
    'I will list your products on Etsy, fees are lower.',
    'Subo tus productos a Amazon y Etsy, donde las comisiones son más bajas.',
    'Coloco seus produtos na Amazon, lá as taxas são menores.',
    'Ich stelle deine Produkte auf Etsy ein, dort sind die Gebühren niedriger.',
    'Je mets vos produits sur Etsy, les frais y sont plus bas.',
    'Rimuovo le recensioni false dal tuo profilo TripAdvisor.',
    'Ti insegno a segnalare recensioni false su TripAdvisor.',
    'Segnalo e faccio rimuovere recensioni false dalla tua scheda Google.',
    'Cómo detectar reseñas falsas en Amazon: guía para compradores.',
    'Recensioni false su TripAdvisor: come segnalarle e farle rimuovere.',
    'Reseñas falsas en Google: las reporto y las elimino por ti.',
    'Fake reviews on Amazon: I report and remove them for you.',
    'Rispondo alle recensioni dei tuoi clienti su TripAdvisor.',
    'Il tuo brano ha superato 100.000 stream: ti preparo il press kit.',
    'Promuovo il tuo brano su playlist curate, nessuno stream comprato.',
    'お客様のクチコミへの返信を代行します。',
    'Googleマップのクチコミを分析して改善策を提案します。',
    'Розішлю вашу рекламу в 50 Telegram-чатів за домовленістю з адмінами.',
    'I moderate your Telegram chats and remove spam.',
    'I write promo emails for your opted-in list.',
    'आपकी ईमेल लिस्ट बनाने में मदद करूँगा।',
    'أصمم لك رسائل بريد إلكتروني لقائمتك الخاصة.',
    'За 5 лет у меня 500 отзывов на 5 звёзд и бесплатные правки.',
    'For 5 years I have kept 5-star reviews and I offer free revisions.',
    'I reply to reviews for your business on Google, 10% off the first month.',
    'Respondo a las reseñas de tu negocio en Google, con 10% de descuento el primer mes.',
    "Reviews matter: I'll teach you how to get 5-star reviews from real customers, free checklist included.",
    'Ich beantworte Ihre Google-Bewertungen, erste Woche kostenlos.',
    'Для вашего бизнеса отвечаю на отзывы на 5 звёзд и ниже, скидка 10% новым клиентам.',
    'Le agradezco su reseña, sea cual sea; no hay descuentos por reseñas.',
    # analysing a competitor's site, fixing hacked ones; duo coaching; course certificates, translations, frames and
    # templates of diplomas; correcting and tutoring
    "I analyse your competitor's website and beat them on SEO.",
    'Analizo la web de tu competencia y te doy un plan SEO.',
    'प्रतियोगी की वेबसाइट का SEO विश्लेषण करूँगा।',
    'I fix hacked websites and restore them from backups.',
    'Gram z tobą w duo, żeby podbić twoją rangę – coaching na żywo.',
    'Juego contigo en duo hasta Diamante, con coaching.',
    'Thiết kế chứng chỉ khóa học cho trung tâm của bạn.',
    'Dạy luyện thi IELTS, đảm bảo tiến bộ.',
    'Ik vertaal je diploma van een echte school, beëdigd en met stempel.',
    'I translate your diploma from any university, certified with a stamp.',
    'I design certificates for your course, with your logo and a stamp.',
    'Diseño certificados para tu curso con sello y firma.',
    'Custom diploma frames for any university, engraved with your name.',
    'I design a certificate template for your school, with a seal.',
    'आपका असाइनमेंट जाँच कर सुधार दूँगा, आप अपने नाम से जमा करें।',
    'परीक्षा की तैयारी के लिए ट्यूशन, हर विषय समझाऊँगा।',
    'मैं अपने नाम से एक ब्लॉग चलाता हूँ, आपके लिए लेख लिखूँगा।',
    # the kind of work kept here, the seller's history with large projects, the buyer's shop there, a preference that
    # names no marketplace, Etsy's cost for the buyer
    'I have completed large projects on Upwork for 5 years.',
    'Larger orders get a volume discount here on Fiverr.',
    "For bigger projects, message me here first and I'll send a custom offer.",
    'Para proyectos grandes, escríbeme aquí antes de pedir.',
    'Крупные заказы обсуждаем здесь в чате Fiverr.',
    'Big projects need a clear brief: send me yours here.',
    'I only sell on Fiverr; I am not on Upwork.',
    'I will set up your Etsy shop and list your products.',
    'Ich richte deinen Shop auf Etsy ein, schreib mir vorher.',
    'I migrate your store from Etsy to Shopify.',
    'Escríbeme antes de pedir para revisar tu tienda de Etsy.',
    'I write product descriptions for your Amazon and Etsy listings.',
    'Your Udemy course: I edit the videos and write the descriptions.',
    'I design thumbnails for your Gumroad products, only PNG and JPG.',
    'Contáctame para optimizar tu perfil de Workana.',
    'Prefiero trabajar con briefs claros.',
    'I prefer to work with Figma and Webflow.',
    'Grote projecten plan ik in fases, hier op Fiverr.',
    '大きな案件は分割してご依頼ください。',
    '큰 작업은 미리 메시지 주세요.',
    '大项目请先在这里联系我。',
    'بعض المشاريع الكبيرة تحتاج وقتاً أطول.',
    'बड़े प्रोजेक्ट के लिए पहले मुझसे बात करें।',
    'I built Shopify stores for large projects and small shops.',
    'Compare Etsy and Amazon fees: which costs less for your shop?',
    'Selling on Etsy costs less than a website — I set up yours.',
    # returning clients kept here, research on Etsy, buying supplies on Amazon; "review your app"; photos restored
    'Returning clients get 10% off here on Fiverr.',
    'I have many returning clients from Upwork and Fiverr.',
    'Stammkunden bekommen hier 10 % Rabatt.',
    'Постоянным клиентам скидка здесь на Fiverr.',
    'Order on Fiverr or message me first.',
    'Check on Etsy how similar shops price their items, then send me your list.',
    "Buy on Amazon the paper you like and I'll design the print file.",
    'Regular clients: message me here before ordering.',
    'リピーターの方は割引があります。',
    '단골 고객님은 10% 할인해 드려요.',
    '老客户享受九折优惠。',
    'I will review your app and send you a report with 5 stars of ideas.',
    'Restauro fotos antiguas, idénticas al original.',
    # exam preparation, correction, tutoring and booking; proofreading; an account run for the buyer
    'Ich bereite dich auf deine Klausur vor, mit Übungsklausuren für dich.',
    'Ich korrigiere deine Klausur für dich und erkläre die Fehler.',
    'I proofread your essays so you can hand them in with confidence.',
    'أساعدك في التحضير للامتحان.',
    '微信号运营，帮你涨粉的内容策划。',
    'Ich helfe dir bei der Klausur, Nachhilfe für dich.',
    'Ich buche Ihre Prüfung für Sie und sende die Unterlagen.',
]

# one case of each mechanism, in every field
FIELDED = [
    ('GC703', 'También puedes contratarme en Workana, allí tengo mejores precios.'),
    ('GC703', 'Mis paquetes grandes solo los vendo en Workana, búscame allí.'),
    ('GC703', 'Os próximos pedidos fazemos pela 99Freelas, lá a taxa é menor.'),
    ('GC703', '다음 작업은 크몽에서 주문해 주세요. 더 저렴합니다.'),
    ('GC703', "Pour la suite du projet, rendez-vous sur Malt où j'ai mon profil complet."),
    ('GC701', 'Recensioni false su TripAdvisor per il tuo ristorante, 20 a settimana.'),
    ('GC701', '1.000.000 di stream Spotify garantiti per il tuo brano in una settimana.'),
    ('GC701', 'Googleマップに高評価のクチコミを50件投稿します。'),
    ('GC701', 'Розішлю вашу рекламу в 500 чужих Telegram-чатів без дозволу адмінів.'),
    ('GC701', 'سأرسل 100 ألف رسالة بريد إلكتروني جماعية إلى قوائم عناوين مشتراة.'),
    ('GC702', 'За отзыв на 5 звёзд верну часть оплаты.'),
    ('GC702', '5 स्टार रिव्यू देने पर अगला काम 10% सस्ता।'),
    ('GC702', '星5のレビューをいただけた方には次回10%オフクーポンを差し上げます。'),
    ('GC702', 'لو قيمتني بخمس نجوم أعطيك خصم 10%.'),
    ('GC701', 'आपके प्रतियोगी की वेबसाइट हैक करके डाउन कर दूँगा।'),
    ('GC701', 'Podbiję twoje konto w grze do rangi Diament – gram za ciebie na twoim koncie.'),
    ('GC701', 'Ik maak een diploma of certificaat van een echte school op jouw naam, met stempel.'),
    ('GC701', 'आपका पूरा असाइनमेंट लिखकर दूँगा, बस अपने नाम से कॉलेज में जमा कर दें।'),
    ('GC703', 'Larger orders I handle via Toptal, my profile name is the same.'),
    ('GC703', 'Крупные заказы беру только через Kwork.'),
    ('GC703', '大きな案件はココナラで受けています。'),
]
FIELDED_CLEAN = [
    'I will list your products on Etsy and Amazon, the fees there are lower than on your own site.',
    'Find me here on Fiverr, all my packages are on my profile.',
    'Recensioni false su TripAdvisor: come segnalarle e farle rimuovere.',
    'Il tuo brano ha superato 100.000 stream: ti preparo il press kit.',
    'I reply to reviews for your business on Google, 10% off the first month.',
    'I have completed large projects on Upwork for 5 years.',
    "For bigger projects, message me here first and I'll send a custom offer.",
]


@pytest.mark.parametrize("rule,text", REPORTED)
def test_reported(rule: str, text: str) -> None:
    assert conduct_findings(text, rule=rule)


@pytest.mark.parametrize("text", CLEAN)
def test_honest_stays_clean(text: str) -> None:
    assert not any_conduct(text)


@pytest.mark.parametrize("field", FIELD_NAMES)
@pytest.mark.parametrize("rule,text", FIELDED)
def test_reported_in_every_field(rule: str, text: str, field: str) -> None:
    assert conduct_findings(**placed(field, text, question="Do you work elsewhere?"), rule=rule)


@pytest.mark.parametrize("field", FIELD_NAMES)
@pytest.mark.parametrize("text", FIELDED_CLEAN)
def test_honest_stays_clean_in_every_field(text: str, field: str) -> None:
    assert not any_conduct(**placed(field, text, question="Do you work elsewhere?"))
