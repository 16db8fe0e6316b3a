"""The conduct rules on what the red team's new books offered
and the rules missed, each with variants in other languages, word orders and fields, and the
honest near-misses an editor approves (sales through the buyer's own account, bundles of
posts, degree frames and certified translations, opted-in lists and the buyer's own list,
duo coaching, proofreading, securing an account, the customers' own ratings, a seller's
history on another marketplace), and the leftovers of its round 1 (Turkish windows, FAQ slang,
the Japanese review trade, mass DMs, address lists sold, verification badges, phone-verified
accounts, bold-only headings) with theirs."""
from __future__ import annotations

from conduct_support import conduct_tests

# (rule, text): each is reported
REPORTED = [
    # the sale named as a noun before the accounts
    ('GC701', 'Vente de comptes TikTok déjà monétisés (10k abonnés),\ntransfert immédiat des identifiants.'),
    ('GC701', 'Venta de cuentas de Instagram verificadas con 50k seguidores.'),
    ('GC701', 'Venda de contas do TikTok monetizadas, entrega imediata.'),
    ('GC701', 'Verkauf von Instagram-Konten mit 20k Followern.'),
    ('GC701', 'Vendita di account TikTok già monetizzati.'),
    ('GC701', 'Продажа аккаунтов TikTok с монетизацией.'),
    ('GC701', 'Sale of aged Facebook accounts, instant transfer.'),
    ('GC701', 'Instagram hesap satışı, 10 bin takipçili.'),
    # a count bound to a bundle's noun by 'with' or 'of'; a count's digits before its word
    ('GC701', 'Pacote com 5.000 plays no Spotify para sua música\nentrar nas playlists do algoritmo.'),
    ('GC701', 'Package with 10,000 YouTube views for your video.'),
    ('GC701', 'Paquete de 5.000 reproducciones en Spotify.'),
    ('GC701', 'Paket mit 10.000 Instagram Followern für dein Profil.'),
    ('GC701', 'Pack de 1000 abonnés Instagram.'),
    ('GC701', 'Pacchetto con 5.000 follower Instagram.'),
    # a university's degree made by the seller
    ('GC701', 'أصمم لك شهادة جامعية مطابقة للأصلية مع الختم والتوقيع.'),
    ('GC701', 'I will design a university degree for you with the seal and signature.'),
    ('GC701', 'Diseño tu título universitario con sello y firma.'),
    ('GC701', 'Je crée votre diplôme universitaire avec cachet et signature.'),
    ('GC701', 'Ich erstelle deinen Hochschulabschluss mit Siegel.'),
    # mail to lists whose opt-in is said unneeded
    ('GC701', 'आपका लिंक 1 लाख ईमेल पतों पर बल्क में भेजूँगा —\nकोई opt-in लिस्ट ज़रूरी नहीं।'),
    ('GC701', 'Your promo to 500k emails, no opt-in list needed.'),
    ('GC701', 'Bulk email to 1M addresses, opt-in not required.'),
    ('GC701', 'Envío masivo a 200.000 correos, no hace falta opt-in.'),
    ('GC701', "Envoi de masse à 100 000 adresses, pas besoin d'opt-in."),
    ('GC701', '1 lakh emails pe bulk bhejunga, opt-in zaroori nahi.'),
    # the seller playing the buyer's account, with the pronoun after the verb
    ('GC701', 'Boost su Valorant: gioco io sul tuo account\nfino a Diamante in 7 giorni.'),
    ('GC701', 'Boost en Valorant: juego yo en tu cuenta hasta Diamante.'),
    ('GC701', 'Boost no Valorant: jogo eu na sua conta até Diamante.'),
    ('GC701', 'Valorant boost: I play on your account up to Diamond in 7 days.'),
    ('GC701', 'LoL: spiele ich auf deinem Account bis Platin.'),
    # posting into groups with the seller's bot accounts, mass DMs; a line ending in 'and' goes on
    ('GC701', "I'll blast your link into 500 Facebook groups and\n2,000 comment sections every day using my bot accounts."),
    ('GC701', 'I post your ad in 300 Facebook groups daily with bot accounts.'),
    ('GC701', 'Publico tu enlace en 500 grupos de Facebook con cuentas bot.'),
    ('GC701', 'Je poste votre lien dans 400 groupes Facebook avec mes comptes robots.'),
    ('GC701', "I'll mass DM 10,000 Instagram users with your offer."),
    ('GC701', 'Mass DMs to 50k targeted TikTok users daily.'),
    # 'only' between the rate verb and its rating
    ('GC702', 'Bitte bewerte nur mit 5 Sternen – alles darunter\nschadet meinem Account.'),
    ('GC702', 'Please rate only 5 stars, anything less hurts my account.'),
    ('GC702', 'Por favor califica solo con 5 estrellas.'),
    ('GC702', 'Avalie só com 5 estrelas, por favor.'),
    ('GC702', 'Notez uniquement avec 5 étoiles svp.'),
    # another marketplace 'on the platform' and Arabic 'order from me' with a better price
    ('GC703', 'اطلبني على منصة خمسات بسعر أقل.'),
    ('GC703', 'اطلب الخدمة مني على خمسات بسعر أرخص.'),
    ('GC703', 'تواصل معي على مستقل بسعر أقل.'),
    # bulk mail with the seller's list ('mail listesi benden', 'list included')
    ('GC701', 'Sitenize 1 milyon kişiye toplu e-posta gönderimi yapılır, mail listesi benden.'),
    ('GC701', 'Bulk email to 1 million people for your site, email list included.'),
    ('GC701', 'Envío masivo de correos a 500.000 personas, lista incluida.'),
    ('GC701', "Envoi de 1 million d'e-mails pour votre site, liste fournie."),
    ('GC701', 'Massenversand an 1 Million Empfänger, Liste inklusive.'),
    ('GC701', 'Toplu SMS gönderimi 100 bin kişiye, numara listesi benden.'),
    # the Hindi exam 'given' by the seller himself
    ('GC701', 'आपके ऑनलाइन एग्ज़ाम मैं खुद दूँगा, पास होने की गारंटी।'),
    ('GC701', 'आपका एग्ज़ाम मैं दूँगा, पास पक्का।'),
    ('GC701', 'Aapka online exam main khud dunga, pass guaranteed.'),
    # graded work the seller writes and submits
    ('GC701', 'Nitaandika na kuwasilisha kazi zako zote za chuo (assignments) ili upate alama A.'),
    ('GC701', "I'll write and submit all your college assignments so you get an A."),
    ('GC701', 'Escribo y entrego todas tus tareas de la universidad.'),
    ('GC701', 'Je rédige et rends tous vos devoirs universitaires.'),
    # Persian 'hack' of a password or an account
    ('GC701', 'هک رمز عبور اینستاگرام فقط با لینک، سریع و بی\u200cدردسر.'),
    ('GC701', 'هک اکانت اینستاگرام با لینک.'),
    ('GC701', 'رمز عبور اینستاگرام را هک می\u200cکنم.'),
    # the rating before a rate verb put last; Arabic 'rate me' joined
    ('GC702', 'Bitte nur mit 5 Sternen bewerten, sonst schadet das meinem Konto.'),
    ('GC702', 'Bitte mit 5 Sternen bewerten!'),
    ('GC702', 'Alsjeblieft met 5 sterren beoordelen.'),
    ('GC702', 'Lütfen 5 yıldız ile değerlendirin.'),
    ('GC702', 'قيّمني ٥ نجوم وأرسل لك ملفات المصدر مجاناً.'),
    ('GC702', 'قيمني بخمس نجوم من فضلك.'),
    ('GC702', 'قيّمني 5 نجوم.'),
    # the seller charging less, without the service fee, the same offer, on another marketplace
    ('GC703', 'Compre pelo 99Freelas que lá eu cobro menos.'),
    ('GC703', 'Contrate pelo Workana, lá eu cobro menos.'),
    ('GC703', 'Hire me on Upwork, I charge less there.'),
    ('GC703', 'Contrátame por Workana, allí cobro menos.'),
    ('GC703', 'Gleiches Angebot auf Malt – dort ohne Servicegebühr.'),
    ('GC703', 'Same offer on Upwork – no service fee there.'),
    ('GC703', 'Même offre sur Malt, là-bas sans frais de service.'),
    ('GC703', 'यही काम Freelancer.com पर सस्ते में कर दूँगा, वहाँ ऑर्डर करो।'),
    ('GC703', 'Yahi kaam Upwork pe saste mein kar dunga.'),
    ('GC703', 'Upwork पर सस्ता है, वहाँ ऑर्डर करें।'),
    # Turkish delivery windows with 'in' joined ('1 günde teslim')
    ('GC701', "Instagram'a 1000 takipçi, 1 günde teslim."),
    ('GC701', '5000 beğeni 2 saatte teslim.'),
    ('GC701', 'YouTube 10 bin izlenme, 3 günde.'),
    # the FAQ's answer before the slang ('Never — lifetime refill')
    ('GC701', '10k Instagram followers.\n\nDo the followers drop? No, lifetime refill.'),
    ('GC701', '5,000 TikTok followers\nFAQ: Will they drop? Never — lifetime refill included.'),
    ('GC701', '1.000 seguidores para Instagram. ¿Se caen? No, reposición de por vida.'),
    # the Japanese '★5 review で' trade
    ('GC702', '★5レビューで次回20%オフ！'),
    ('GC702', '★5の評価で次回の依頼が半額になります。'),
    ('GC702', '星5レビューでおまけ動画をプレゼント。'),
    # mass DMs
    ('GC701', "I'll send mass DMs to 20,000 Instagram users promoting your brand."),
    ('GC701', 'Mass DM campaign: 50k TikTok users per day.'),
    ('GC701', 'Envío DM masivos a 10.000 usuarios de Instagram.'),
    # lists of other people's addresses sold
    ('GC701', 'Selling email database of 2 million US business owners.'),
    ('GC701', 'B2B email database for sale: 500k verified CEOs.'),
    ('GC701', 'Vendo base de datos de correos de 1 millón de empresas.'),
    ('GC701', "Je vends un fichier d'e-mails B2B de 500 000 contacts."),
    ('GC701', 'I will sell you a targeted email list of 100k leads.'),
    # a platform's verification badge promised
    ('GC701', 'I will get you the blue tick on Instagram, guaranteed.'),
    ('GC701', 'Instagram blue tick verification, 100% guaranteed.'),
    ('GC701', 'Get verified on Twitter: blue checkmark in 7 days.'),
    ('GC701', 'Te consigo la verificación azul de Instagram garantizada.'),
    ('GC701', 'Je vous obtiens le badge bleu certifié Instagram.'),
    # accounts verified by phone, made in number
    ('GC701', 'I will create 100 Gmail accounts phone verified.'),
    ('GC701', 'I create 500 PVA Gmail accounts with recovery emails.'),
    # a short paragraph (bold only) naming the thing over a list of counts
    ('GC701', '**TikTok likes**\n\n- 1,000 real, fast\n- 5,000 in 48h'),
    ('GC701', '**Instagram followers**\n\n1. 500 real\n2. 1000 real'),
    ('GC701', '__YouTube views__\n\n- 10k — $5\n- 100k — $30'),
    ('GC701', 'Seguidores de Instagram\n\n- 1.000 reales, rápido'),
]

# texts on which no conduct rule reports
CLEAN = [
    # the sale named as a noun before the accounts
    'Vente de produits sur votre compte Instagram : je crée vos fiches.',
    'Venta de productos con tu cuenta de Amazon Seller.',
    'Bookkeeping: sale of assets, accounts receivable and payable.',
    'Verkauf über Ihr Amazon-Konto: ich optimiere Listings.',
    'Hesap satışı yok, sadece içerik üretiyorum.',
    # a count bound to a bundle's noun by 'with' or 'of'; a count's digits before its word
    'Package with 3 revisions and 5,000 words.',
    'Pacote com 3 vídeos para seu canal com 50 mil inscritos.',
    'Pro with 10k followers on TikTok, I make videos for brands.',
    'Package with 5 Instagram posts for your 10k followers.',
    # a university's degree made by the seller
    'I design university diploma templates for schools.',
    'I make university degree frames from oak.',
    'أترجم شهادة جامعية ترجمة معتمدة.',
    'I will edit your university degree application essay.',
    # mail to lists whose opt-in is said unneeded
    'I build opt-in lists: every subscriber confirms by double opt-in.',
    'मैं आपकी opt-in ईमेल लिस्ट बनाऊँगा।',
    'Opt-in is required: I only send to your subscribers.',
    # the seller playing the buyer's account, with the pronoun after the verb
    'Coaching su Valorant: gioco io con te in duo fino a Diamante.',
    'Valorant: guardo le tue partite e ti insegno a salire a Diamante.',
    # posting into groups with the seller's bot accounts, mass DMs; a line ending in 'and' goes on
    "I'll share your post in 5 relevant Facebook groups I moderate.",
    'I remove bot accounts from your Facebook groups.',
    'I write DM scripts you send yourself to warm leads.',
    'I will not mass DM anyone: I write your outreach copy.',
    # 'only' between the rate verb and its rating
    'Bitte bewerte ehrlich – jedes Feedback hilft mir.',
    'I only rate 5 stars when a buyer is great.',
    # another marketplace 'on the platform' and Arabic 'order from me' with a better price
    'أعمل على منصة خمسات منذ ٢٠١٨ ولدي تقييمات ممتازة.',
    'أصمم متجرك على منصة خمسات؟ لا، هذا خارج نطاقي.',
    # bulk mail with the seller's list ('mail listesi benden', 'list included')
    'Kendi mail listenize toplu e-posta gönderimi yapılır.',
    'Mail listesi sizden, tasarım benden.',
    'I design your newsletter; the email list is yours and opted in.',
    # the Hindi exam 'given' by the seller himself
    'मैं आपको एग्ज़ाम की तैयारी कराऊँगा।',
    'एग्ज़ाम के लिए नोट्स मैं खुद बनाकर दूँगा।',
    # graded work the seller writes and submits
    'Nitakufundisha jinsi ya kuandika kazi zako za chuo.',
    "I'll proofread your assignment before you submit it.",
    # Persian 'hack' of a password or an account
    'آموزش جلوگیری از هک اکانت اینستاگرام.',
    'بازیابی اکانت اینستاگرام هک شده از طریق پشتیبانی.',
    # the rating before a rate verb put last; Arabic 'rate me' joined
    'Kunden können mit 5 Sternen bewerten, wenn sie zufrieden sind.',
    'Ich bewerte Ihre Website mit 5 Kriterien.',
    'سأقيّم موقعك وأعطيك تقريراً مفصلاً.',
    # the seller charging less, without the service fee, the same offer, on another marketplace
    'Cobro menos que a média do mercado.',
    'Trabalhei pelo 99Freelas por anos antes de vir para cá.',
    'Ohne Servicegebühr: der Preis ist alles inklusive.',
    'Ich bin seit 2019 auf Malt aktiv.',
    'मैंने Upwork पर 5 साल काम किया है।',
    'सस्ते में अच्छा काम, यहीं ऑर्डर करें।',
    # Turkish delivery windows with 'in' joined ('1 günde teslim')
    'Logo tasarımı 1 günde teslim.',
    'Instagram içerik planı, 3 günde teslim.',
    # the FAQ's answer before the slang ('Never — lifetime refill')
    'Do the followers drop after a campaign? Some do; I report it honestly.',
    'Lifetime refill of ink cartridges for your office printer.',
    # the Japanese '★5 review で' trade
    '★5の評価を多数いただいています。',
    'レビューで★5をいただきました。ありがとうございます。',
    # mass DMs
    'I write DM templates for your sales team.',
    # lists of other people's addresses sold
    'I will build your email list with an opt-in landing page.',
    'I clean your email database and remove bounces.',
    'I set up your CRM and import your customer database.',
    'I sell my course to my email list of 20k subscribers.',
    'Selling tips: how to grow your email list.',
    'Vendo plantillas de newsletter para tu lista de correos.',
    'I write email sequences for your mailing list.',
    # a platform's verification badge promised
    'I will add a verified badge and trust seals to your website.',
    "I'll guide you through Meta Verified and check your eligibility.",
    'I design a blue tick icon set for your app.',
    'How to get the blue tick on Instagram: a step-by-step guide.',
    'Get the blue tick for your WhatsApp Business: I prepare your application.',
    # accounts verified by phone, made in number
    'I will create your business Gmail account and set up Google Workspace.',
    'I create Gmail accounts for your 10 employees in Google Workspace.',
    # a short paragraph (bold only) naming the thing over a list of counts
    '**TikTok videos**\n\n- 3 edited clips\n- 5 edited clips',
    '**My Instagram followers**\n\n- 12k engaged fans',
    '**Instagram followers growth plan**\n\n- 3 posts a week\n- 10 stories a week',
    '**TikTok likes**\n\n- 3 videos a week with trending sounds',
]


test_reported, test_honest_stays_clean = conduct_tests(REPORTED, CLEAN)
