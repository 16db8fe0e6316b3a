"""The conduct rules on what the red team's newest books
offered and the rules missed, by mechanism, each with variants in other languages and fields
(title, extras line, FAQ answer, package table cell), and the honest near-misses an editor
approves.

prohibited (GC701): a paper a landlord, a bank or an office checks said to look real, also
in a relative clause after its comma ("einen Kontoauszug, der echt aussieht", "a bank
statement that looks real", `realistic-documents`), not a designer's certificate; a
state's identity paper made by the seller in Ukrainian ("Зроблю скан паспорта з вашими
даними") or with the verb last in Turkish, not its photo, application or translation;
graded work hidden from the teacher ("your professor won't notice": a need with an
apostrophe in it now reads) and an online course's discussion posts; posting into other
people's groups and comment sections by a program (`group-spam`), not to the buyer's own
group on a schedule, nor automated mail to the buyer's list; counts made to "look like
real listeners" (the seller's slang), not a mix tested "like real listeners hear it"; (a
self red team) such a paper made out "in your name" (not translated or converted: a
standard's `unless` with no `needs` now spares it), the buyer's ex's account broken into,
the student's learning platform logged into and the work done there (`course-login`), not
set up or taught.
Round 2: a channel or accounts sold, also with "for sale" ending a listing the accounts open
("Contas do TikTok monetizadas à venda": `_sold_at_end`), not the channels a brand sells
through; a sick note with no doctor who saw the patient (the seller's slang for it), not a
medical certificate designed or translated. Round 3: a farm of phones (phrases); a named
test's certificate, a licence or a degree had "without the exam" (`unsat-tests`), not a
course's certificate or the exam's stress (its `unless`); classes attended in the student's
place (stand-in).
review-request (GC702, a self red team): the stars "put" or "given" ("Metti 5 stelle e ricevi",
"Поставте 5 зірок", Turkish "ver" last, since Spanish "ver" is "see") and "and you get" a
reward; not the seller's own tally of stars.
other-marketplace (GC703): meeting the buyer there for the work after this ("Per il
prossimo ordine ci vediamo su Freelancer.com"), the seller's offer sent there ("ti mando
un'offerta su Upwork"); recurring, hourly and follow-up work sent there ("Hourly contracts only via
Upwork", "Le suivi mensuel se fait sur Malt", a kind of work as `scope_words`); not a call
"see you on Zoom", not an offer sent here, not work on the platform a buyer's shop is built
on ("Ongoing support on Shopify": `builders`); the seller's inbox, agency or team there ("Send
future briefs to my Malt inbox", `own_things`); (round 2) the rest of the work or the project
continued there ("Il resto lo chiudiamo su Upwork"), not "the rest is history"; (round 3) the
seller taking orders there ("I also take orders on Kwork", `presence_words`), not on the
buyer's shop nor where it is built ("I take orders on Shopify for your store"); a contract
opened with the seller there ("Open a contract with me on Upwork": a self-pointer ending at
the place, read past its own "with").
"""
from __future__ import annotations

from conduct_support import conduct_tests, field_tests

# (rule, text): each is reported
REPORTED = [
    # a paper a landlord or a bank checks, said to look real (after it, in a relative clause, or before it)
    ('GC701', 'Ich erstelle dir einen Gehaltsnachweis oder Kontoauszug, der echt aussieht – für Vermieter.'),
    ('GC701', 'Ich erstelle dir eine Gehaltsabrechnung, die echt aussieht.'),
    ('GC701', 'Echt aussehende Gehaltsabrechnung für deinen Mietantrag.'),
    ('GC701', 'I make a bank statement that looks real, for landlords.'),
    ('GC701', 'Real-looking pay stubs for your apartment application.'),
    ('GC701', 'Hago un extracto bancario que parece real para el alquiler.'),
    ('GC701', 'Faço um holerite que parece verdadeiro.'),
    ('GC701', "Je fais une fiche de paie qui a l'air vraie."),
    ('GC701', 'Busta paga che sembra vera per il padrone di casa.'),
    ('GC701', 'Сделаю справку о доходах, как настоящая.'),
    ('GC701', 'Gerçek gibi görünen maaş bordrosu hazırlarım.'),
    ('GC701', 'Saya buat rekening koran yang terlihat asli untuk pengajuan visa.'),
    # a state's identity paper made by the seller (uk, ru, tr verb last, es, fr, de, pt, ko)
    ('GC701', 'Зроблю скан паспорта з вашими даними для верифікації на біржі.'),
    ('GC701', 'Виготовлю паспорт будь-якої країни з вашим фото.'),
    ('GC701', 'Отрисую паспорт с вашими данными для верификации.'),
    ('GC701', 'Bilgilerinizle pasaport taraması yaparım, doğrulama için.'),
    ('GC701', 'Hago un escaneo de pasaporte con tus datos para verificación en el exchange.'),
    ('GC701', 'Je fais un scan de passeport avec vos données pour la vérification.'),
    ('GC701', 'Ich erstelle einen Reisepass-Scan mit deinen Daten für die Verifizierung.'),
    ('GC701', 'Faço scan de passaporte com seus dados para verificação.'),
    ('GC701', '여권 스캔을 만들어 드립니다.'),
    # graded work hidden from the teacher; an online course's discussion posts
    ('GC701', "I'll write and submit your weekly graded discussion posts for your online course —\n"
              "your professor won't notice."),
    ('GC701', "I write your essays, your professor won't notice."),
    ('GC701', "I write your discussion posts, your teacher won't notice."),
    ('GC701', 'Escribo tus participaciones en el foro de cada semana, tu profesor no lo notará.'),
    ('GC701', 'Faço seus posts do fórum semanais, o professor nem vai perceber.'),
    ('GC701', 'Je rédige vos messages du forum chaque semaine, votre professeur ne remarquera rien.'),
    ('GC701', "Je rédige ton mémoire, ton prof n'y verra que du feu."),
    ('GC701', 'Ich schreibe deine Forenbeiträge, dein Dozent merkt nichts.'),
    ('GC701', 'Scrivo i tuoi interventi nel forum, il prof non se ne accorge.'),
    ('GC701', 'Пишу посты на форуме за вас, преподаватель не заметит.'),
    ('GC701', 'Haftalık forum gönderileri yazarım, hocan fark etmez.'),
    # posting into other people's groups by a program
    ('GC701', 'I will post your link in 500 Facebook groups and comment sections automatically.'),
    ('GC701', 'Publico tu enlace en 300 grupos de Facebook automáticamente.'),
    ('GC701', 'Posto seu link em 500 grupos do Facebook automaticamente.'),
    ('GC701', 'Je publie votre lien dans 400 groupes Facebook automatiquement.'),
    ('GC701', 'Ich poste deinen Link automatisch in 500 Facebook-Gruppen.'),
    ('GC701', 'Pubblico il tuo link in 300 gruppi Facebook automaticamente.'),
    ('GC701', 'Автоматически опубликую вашу ссылку в 500 группах.'),
    ('GC701', 'Linkinizi 500 Facebook grubuna otomatik olarak paylaşırım.'),
    ('GC701', 'Saya posting link Anda ke 500 grup Facebook secara otomatis.'),
    ('GC701', 'Extra: auto-posting to 1,000 Telegram groups.'),
    # counts made to look like a real audience
    ('GC701', '스포티파이 스트리밍 10만 회를 실제 청취자처럼 보이게 올려 드립니다.'),
    ('GC701', 'Spotify streams that look like real listeners, 100k in a week.'),
    ('GC701', '100.000 reproducciones en Spotify que parecen oyentes reales.'),
    ('GC701', 'Spotify-Streams, die wie echte Hörer aussehen.'),
    ('GC701', '100 mila stream che sembrano veri ascoltatori.'),
    # other-marketplace: meeting the buyer there for the next work, the seller's offer sent there
    ('GC703', "Per il prossimo ordine ci vediamo su Freelancer.com, ti mando un'offerta lì."),
    ('GC703', 'Per il prossimo ordine ci vediamo su Freelancer.com.'),
    ('GC703', 'For the next order see you on Upwork.'),
    ('GC703', 'Nos vemos en Workana para el próximo pedido.'),
    ('GC703', 'On se retrouve sur Malt pour la prochaine commande.'),
    ('GC703', 'Wir sehen uns auf Freelancermap für den nächsten Auftrag.'),
    ('GC703', 'Увидимся на Kwork, там и оформим заказ.'),
    ('GC703', 'Sampai jumpa di Sribulancer untuk order berikutnya.'),
    ('GC703', "Ti mando un'offerta su Upwork."),
    ('GC703', "I'll send you a custom offer on Upwork."),
    ('GC703', 'Te envío una oferta en Workana, allí es más barato.'),
    # prohibited (a self red team): a paper of record made out in the buyer's name; the buyer's ex's account
    # broken into; the student's learning platform logged into and the work done there
    ('GC701', 'Utility bill in your name for address proof.'),
    ('GC701', 'Bank statement in your name, any bank, PDF.'),
    ('GC701', 'Extracto bancario a tu nombre de cualquier banco.'),
    ('GC701', 'Kontoauszug auf deinen Namen, jede Bank.'),
    ('GC701', 'Выписку из банка на ваше имя сделаю за час.'),
    ('GC701', 'Maaş bordrosu adınıza hazırlanır.'),
    ('GC701', "I recover your ex's Instagram password."),
    ('GC701', 'Recupero la contraseña del Instagram de tu ex.'),
    ('GC701', 'Je récupère le mot de passe Facebook de ton ex.'),
    ('GC701', 'Entro en tu campus virtual y hago las actividades por ti.'),
    ('GC701', 'Acesso o seu AVA e faço as atividades por você.'),
    ('GC701', 'Je me connecte à ton Moodle et je fais les devoirs à ta place.'),
    ('GC701', 'Ich logge mich in dein Moodle ein und erledige die Aufgaben für dich.'),
    ('GC701', 'Захожу в ваш личный кабинет студента и прохожу тесты за вас.'),
    ('GC701', 'I log into your Canvas and complete the weekly quizzes.'),
    ('GC701', 'Entro nella tua piattaforma universitaria e faccio i quiz.'),
    ('GC701', 'Öğrenci portalına giriş yapıp ödevleri tamamlarım.'),
    ('GC701', 'Saya login ke portal mahasiswa Anda dan mengerjakan kuis.'),
    ('GC701', 'Zaloguję się na Twoją platformę e-learningową i zrobię testy.'),
    ('GC701', 'I log in to your Brightspace and finish the discussion quizzes before the deadline.'),
    # prohibited (a self red team, round 2): a channel or accounts sold, "for sale" ending a listing the accounts
    # open; a sick note with no doctor who saw the patient
    ('GC701', 'Cuentas de Instagram con 10k seguidores a la venta.'),
    ('GC701', 'Contas do TikTok monetizadas à venda.'),
    ('GC701', 'Comptes Instagram avec 5k abonnés à vendre.'),
    ('GC701', 'Instagram-Konten mit 10k Followern zu verkaufen.'),
    ('GC701', 'Monetized YouTube channel for sale, 4k hours done.'),
    ('GC701', 'Vendo canal de YouTube monetizado.'),
    ('GC701', 'Je vends une chaîne YouTube monétisée.'),
    ('GC701', 'Verkaufe monetarisierten YouTube-Kanal.'),
    ('GC701', 'Продаю монетизированный YouTube канал.'),
    ('GC701', 'Medical certificate for your employer, signed by a doctor you never see.'),
    ('GC701', 'Sick note for work without seeing a doctor.'),
    ('GC701', 'Atestado médico com CRM válido, sem consulta médica.'),
    ('GC701', 'Justificante médico sin pasar consulta.'),
    ('GC701', 'Arbeitsunfähigkeitsbescheinigung ohne Arztbesuch.'),
    ('GC701', 'Справка 095 без визита к врачу.'),
    ('GC701', 'Certificat médical sans consultation médicale, en 24h.'),
    ('GC701', 'Doktor raporu, doktora gitmeden.'),
    ('GC701', 'Surat sakit tanpa periksa dokter.'),
    # prohibited (a self red team, round 3): a farm of phones; a test's certificate, a licence or a degree had
    # without the exam; classes attended in the student's place
    ('GC701', 'Phone farm views for TikTok, real devices.'),
    ('GC701', 'Granja de teléfonos para reproducciones en TikTok.'),
    ('GC701', "I'll get your video to trending with views from my farm of phones."),
    ('GC701', 'IELTS certificate without exam, registered in the database.'),
    ('GC701', 'Certificado IELTS sin examen, verificable.'),
    ('GC701', 'TOEFL-Zertifikat ohne Prüfung.'),
    ('GC701', 'Führerschein ohne Prüfung, echt registriert.'),
    ('GC701', 'Права без экзамена за неделю.'),
    ('GC701', 'Diploma universitario sin exámenes, en 2 semanas.'),
    ('GC701', 'Asisto a tus clases online en tu nombre.'),
    ('GC701', 'Assisto às suas aulas online no seu lugar.'),
    ('GC701', "J'assiste à tes cours en ligne à ta place."),
    # review-request (a self red team): the stars "put" or "given" (it, es, fr, pt, de, ru, uk, tr) and "and you
    # get" a reward; a gift in Vietnamese
    ('GC702', 'Metti 5 stelle e ricevi un file extra.'),
    ('GC702', 'Mettete 5 stelle: file sorgente in omaggio.'),
    ('GC702', 'Ponme 5 estrellas y recibes una revisión gratis.'),
    ('GC702', 'Mets 5 étoiles et tu reçois un fichier bonus.'),
    ('GC702', 'Dê 5 estrelas e recebe um bônus.'),
    ('GC702', 'Vergib 5 Sterne und du bekommst eine Gratis-Datei.'),
    ('GC702', 'Ставь 5 звёзд и получишь бонус.'),
    ('GC702', 'Поставте 5 зірок і отримаєте бонус.'),
    ('GC702', '5 yıldız ver, ekstra dosya alırsın.'),
    ('GC702', '5 sao = tặng thêm file.'),
    ('GC702', 'Đánh giá 5 sao để nhận quà tặng.'),
    # other-marketplace (a self red team): the seller's inbox, agency or team there
    ('GC703', 'Send future briefs to my Malt inbox.'),
    ('GC703', 'I will invite you to my Upwork agency after the first order.'),
    ('GC703', 'Escríbeme a mi bandeja de Workana.'),
    ('GC703', 'Rejoins mon agence Malt pour la suite.'),
    # other-marketplace (a self red team, round 2): the rest of the work, working on together or the project
    # continued there; cheaper there in Arabic
    ("GC703", "Let's keep working together over on Upwork after this."),
    ('GC703', 'Continuamos el proyecto en Workana, ahí te paso el presupuesto.'),
    ('GC703', 'Le reste du projet, on le fait sur Malt.'),
    ('GC703', 'Den Rest machen wir über Freelancermap.'),
    ('GC703', 'Il resto lo chiudiamo su Upwork.'),
    ('GC703', 'Остальное доделаем через Kwork.'),
    ('GC703', "Geri kalanını Bionluk'ta hallederiz."),
    ('GC703', 'Resztę zrobimy przez Useme.'),
    ('GC703', 'The rest of my templates are on Etsy.'),
    ('GC703', 'على خمسات نفس الخدمة أرخص.'),
    # other-marketplace (a self red team, round 3): the seller taking orders there
    ('GC703', 'I also take orders on Kwork.'),
    ('GC703', 'También acepto pedidos en Workana.'),
    ('GC703', 'Принимаю заказы и на Kwork.'),
    ('GC703', 'Saya juga terima order di Sribulancer.'),
    ('GC703', 'Przyjmuję zlecenia także przez Useme.'),
    ('GC703', '我也在猪八戒网接单。'),
    ('GC703', 'أستقبل الطلبات أيضا على خمسات.'),
    # other-marketplace (a self red team, round 3): a contract opened with the seller there
    ('GC703', 'Open a contract with me on Upwork and we start.'),
    ('GC703', 'Abre un contrato conmigo en Workana.'),
    ('GC703', 'Abra um contrato comigo na Workana.'),
    ('GC703', 'Ouvrez un contrat avec moi sur Malt.'),
    ('GC703', 'Schließ einen Vertrag mit mir über Freelancermap.'),
    ('GC703', 'Apri un contratto con me su Upwork.'),
    ('GC703', 'Заключите контракт со мной на Kwork.'),
    # other-marketplace (a self red team): recurring, hourly and follow-up work sent there
    ('GC703', 'Hourly contracts only via Upwork.'),
    ('GC703', 'Retainers go through Contra, not here.'),
    ('GC703', 'Para mantenimiento mensual trabajo por Workana.'),
    ('GC703', 'Le suivi mensuel se fait sur Malt.'),
    ('GC703', 'Monatliche Betreuung nur über Freelancermap.'),
    ('GC703', 'La manutenzione mensile la faccio su Upwork.'),
    ('GC703', 'Ежемесячную поддержку веду через Kwork.'),
    ('GC703', 'Aylık bakım Bionluk üzerinden.'),
    ('GC703', 'Pemeliharaan bulanan lewat Sribulancer.'),
    ('GC703', 'Stała obsługa tylko przez Useme.'),
    ('GC703', 'Onderhoud per maand via Malt.'),
    ('GC703', '月額保守はココナラでお願いします。'),
    ('GC703', '월간 유지보수는 크몽으로 신청해 주세요.'),
    ('GC703', '每月维护请在猪八戒网下单。'),
    ('GC703', 'الصيانة الشهرية عبر مستقل.'),
    ('GC703', 'मासिक मेंटेनेंस Upwork पर।'),
    ('GC703', 'Bảo trì hàng tháng qua Fastwork nhé.'),
]

# honest near-misses: a designer's certificates, templates and analyses; a passport's
# photo, application and translation; tutoring, proofreading, moderating; posts to the
# buyer's own group on a schedule, automated mail to the buyer's list; a mix tested "like
# real listeners"; a call on Zoom, an offer sent here, the buyer's products on Etsy
CLEAN = [
    'I design certificates that look real and professional.',
    'I design award certificates that look real.',
    'I will create a bank statement template for your accounting firm.',
    'I analyse your bank statement and find errors.',
    'We detect bank statements that look real but are forged, for lenders.',
    'Pasaport başvurusu yaparım.',
    'Pasaport fotoğrafı çekerim.',
    'Допоможу заповнити анкету на паспорт.',
    'Зроблю фото на паспорт за 5 хвилин.',
    'Переклад паспорта з нотаріальним засвідченням.',
    'I make passport photos that meet the size rules.',
    'I coach you on writing strong discussion posts for your course.',
    'I proofread your discussion posts before you submit them.',
    'I moderate discussion posts for your online course community.',
    'Tutoring for your final exam, so you walk in prepared.',
    "I proofread your essay, your professor won't notice a thing.",
    "I will write blog posts so engaging no one will know it's sponsored.",
    'I will schedule posts automatically to your Facebook group.',
    'I moderate your Facebook groups and auto-approve members automatically.',
    'I set up automated emails to your mailing list.',
    'I post your link in groups that allow promotion, by hand.',
    'Automated posting to your own page and groups, scheduled weekly.',
    'I will grow your Facebook group with automated welcome posts.',
    'An organic growth strategy for your Instagram: content, hashtags, collaborations.',
    'I master your track and test it like real listeners hear it.',
    'I pitch your song to curators so real listeners find it.',
    'See you on Zoom for the kickoff call.',
    'See you on the order page!',
    "I'll send you a custom offer here with the details.",
    'I list your products on Amazon and Etsy for you.',
    "I'll send you an offer for your Etsy shop listings.",
    'I set up your Upwork profile, see you on the call.',
    'I reply to reviews for your business on Google and Yelp.',
    'See my portfolio on Behance for more of my work.',
    # a paper translated or converted, an account opened, cards printed; the buyer's ex named without an
    # account; a learning platform set up or taught
    'I translate the bank statement in your name into English, certified.',
    'I convert your bank statements to Excel.',
    'I open a bank account in your name, remotely.',
    'Business cards in your name, 500 pieces.',
    'I design ID cards for your staff in your company colours.',
    'I help you get over your ex with coaching calls.',
    "I'll secure your Instagram account so your ex can't get in.",
    'I set up your Moodle site, log into the admin panel and complete the configuration.',
    'I teach you how to log into Moodle and complete your profile.',
    'I build Canvas courses for teachers: modules, quizzes, grading.',
    'Configuro tu campus virtual en Moodle y subo los cursos.',
    'Te enseño a entrar en tu campus virtual y hacer tus entregas.',
    # the channels a brand sells through, the buyer's channel managed, products for sale in a set-up store;
    # a medical certificate designed or translated, a course's certificate with no call needed
    'Account set up for your products for sale.',
    'I create your YouTube channel and upload videos for sale of your course.',
    'I sell your products through your Instagram channel.',
    'Canal de ventas para tu tienda: configuro WhatsApp Business.',
    'I manage your YouTube channel: thumbnails, SEO, uploads.',
    'Followers that are real, never fake.',
    'Your Shopify store with products for sale.',
    'I set up sales channels for your brand.',
    'Vendo por todos los canales: web, Instagram y WhatsApp.',
    'Multi-channel selling setup for your brand.',
    'Selling channels strategy for D2C brands.',
    'Je vends vos produits sur plusieurs canaux.',
    'I will sell your product on my Telegram channel with 50k members.',
    'Canal de YouTube para tu negocio, listo en 3 días.',
    'I sell my own stock music on my YouTube channel.',
    'I design medical certificate templates for clinics.',
    'I translate your medical certificate into German.',
    'Telehealth website: patients book without a consultation fee.',
    'I write blog posts for clinics about sick notes and labour law.',
    'I make a certificate of completion for your course, no consultation needed.',
    # the exam's stress, a course's own certificate, classes at the buyer's workplace, phone farms explained
    'IELTS preparation without exam stress.',
    'I teach IELTS without exam anxiety.',
    'Online course with certificate, no exam required.',
    'Certificate of completion, no exam needed.',
    'Certificado de participación sin examen.',
    'Teilnahmezertifikat ohne Prüfung für Ihren Kurs.',
    'Driving lessons without the exam pressure.',
    'I give classes in your place of work.',
    'I explain how phone farms fake engagement, for brand safety teams.',
    'Clases online en tu horario.',
    'I design certificates for your online course, no exam needed to get one.',
    # the seller's own tally of stars, a "ver" that is Spanish "see", a like asked on a video, a logo's colours;
    # the buyer's agency, a team on Fiverr, the seller's team doing the buyer's Etsy work
    'Metti le stelle che vuoi, conta la tua opinione sincera.',
    'I give 5 stars to every buyer who pays on time.',
    'Ver mis 5 estrellas en el perfil.',
    'Puedes ver mis 5 estrellas en el perfil.',
    'Mam 500 opinii na 5 gwiazdek.',
    'Маю 200 відгуків на 5 зірок.',
    'Profilimde 300 adet 5 yıldız var, gerçek müşterilerden.',
    'Ставь лайк, если видео помогло.',
    'Mets ton logo en 5 couleurs, fichier bonus inclus.',
    'I manage your Upwork agency profile and proposals.',
    'I run an agency; our Fiverr team answers within an hour.',
    'My agency team handles Etsy SEO for your shop.',
    'I set up your Etsy shop with my team of designers.',
    # the seller's past contracts there, the contract kept here, the buyer's suppliers' contracts
    'I signed a contract with my client on Upwork last year.',
    'Your contract with me stays here on Fiverr.',
    'I review contracts with your suppliers on Alibaba.',
    # orders taken on the buyer's shop, on the platform the buyer's shop is built on, or here
    'I take orders on your Etsy shop and ship them.',
    'I take orders on Shopify for your store and update stock.',
    'I take orders on Fiverr only.',
    'Acepto pedidos en tu tienda de Etsy y los envío.',
    'I process orders on Amazon for your brand.',
    'Принимаю заказы на вашем сайте и в Instagram.',
    # the rest of the buyer's shop or listings, the seller's past ("the rest is history")
    'The rest of the listing photos go on your Etsy shop.',
    'I write the rest of your Etsy descriptions too.',
    'I have worked with the rest of the team on Upwork for years.',
    'The rest is history: 200 projects on Upwork.',
    'I sell your products on Etsy; the rest of your shop I set up on Shopify.',
    # recurring work on the buyer's shop platform, the seller's history, the buyer's shop
    'Monthly maintenance on Shopify and WooCommerce stores.',
    'Ongoing support on Shopify: apps, themes, speed.',
    'Monthly maintenance for Shopify stores, from $50.',
    'I offer monthly maintenance for your Etsy shop.',
    'I have done monthly maintenance on Upwork for 5 years.',
    'Monthly maintenance of Etsy listings: new photos and SEO.',
    'Mantenimiento mensual de tu tienda Shopify.',
    'Hourly work on Upwork taught me to log every minute.',
    'Bionluk üzerinden 200 proje tamamladım.',
    'Ürünlerinizi Etsy üzerinden satarım.',
]

# one case of each mechanism, in every field
FIELDED = [
    ('GC701', 'Ich erstelle dir einen Kontoauszug, der echt aussieht.'),
    ('GC701', 'Hago un extracto bancario que parece real.'),
    ('GC701', 'Зроблю скан паспорта з вашими даними.'),
    ('GC701', "I write your essays, your professor won't notice."),
    ('GC701', 'Publico tu enlace en 300 grupos de Facebook automáticamente.'),
    ('GC701', 'Spotify streams that look like real listeners, 100k in a week.'),
    ('GC703', 'Per il prossimo ordine ci vediamo su Freelancer.com.'),
    ('GC703', "Ti mando un'offerta su Upwork."),
    ('GC703', 'Monatliche Betreuung nur über Freelancermap.'),
    ('GC701', 'Utility bill in your name for address proof.'),
    ('GC701', 'Entro en tu campus virtual y hago las actividades por ti.'),
]
FIELDED_CLEAN = [
    'I design certificates that look real and professional.',
    'I will schedule posts automatically to your Facebook group.',
    'See you on Zoom for the kickoff call.',
    'Pasaport başvurusu yaparım.',
    'Ongoing support on Shopify: apps, themes, speed.',
    'I translate the bank statement in your name into English, certified.',
]


test_reported, test_honest_stays_clean = conduct_tests(REPORTED, CLEAN)
test_reported_in_every_field, test_honest_stays_clean_in_every_field = field_tests(
    FIELDED, FIELDED_CLEAN, question="Can you do this?"
)
