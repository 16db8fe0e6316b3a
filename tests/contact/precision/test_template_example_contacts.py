"""Issue 12, precision (detZ): hard negatives an editor approves, each family beside the
seller's twin that stays an error (446 and 401, in 31 languages), and the rt34/rt35 false alarms with
variants. The causes fixed by their general mechanism:

* a one- or two-letter dotted abbreviation inside a sentence is no domain ("m.in. korektę",
  "p.es. il marchio"; urls._dotted_abbreviation);
* a channel's button on the buyer's site in Hindi and other scripts ("आपकी वेबसाइट के 'कॉल करें'
  बटन"; the widget and business vocabulary), Hindi "me" by a contact verb;
* a time before a postposition of elsewhere ("অফিস সময়ের বাইরেও", "営業時間外でも": leaving._time_after);
* a number's format or example in Hebrew ("בפורמט 123-456-7890");
* a template's stand-ins: a number closing on the run "123456" with no first-person word
  before it, "Пример … @primer.ru", "linkedin.com/in/johndoe" (the name after a path's
  section), the fictional firms of manuals ("jane@acme.co"), China's stand-in mobile;
* a negation before the first service of a list covers the others joined by "or"/","
  ("Je refuse toute demande de paiement par PayPal ou virement"), not across "but"/"only";
* the buyer's page or terms naming its customers' ways to pay ("tu página de pagos: tarjeta,
  transferencia", "vos conditions générales de vente : modes de paiement, virement");
* the tail of a hyphened word is no user name ("o seu WhatsApp e e-mail");
* Japanese "do not do" closing a refusal ("銀行振込での直接取引は行いません");
* a poster's quoted copy frames a sample in more languages ("تصميم بوستر مكتوب عليه: \"اطلب عبر واتساب\"").
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

CLEAN = [  # hard negatives an editor approves, by family (language in the comment)
    # payment integrations, invoices and the buyer's payment pages
    "I will integrate Stripe and PayPal checkout into your WooCommerce store, with test orders and refunds.",  # en
    "Integro pasarelas de pago (Stripe, PayPal, Mercado Pago) en tu tienda Shopify.",  # es
    "Je configure le paiement Stripe et PayPal sur votre boutique PrestaShop.",  # fr
    "Ich erstelle Rechnungsvorlagen in Excel mit Feldern für IBAN, BIC und Zahlungsziel.",  # de
    "Configuro o Pix e o Mercado Pago na sua loja virtual, com QR Code gerado automaticamente para seus clientes.",  # pt
    "Creo il modello di fattura per la tua attività con IBAN e dati fiscali da compilare.",  # it
    "Ik koppel iDEAL en Mollie aan je webshop, inclusief testbetalingen.",  # nl
    "Zintegruję płatności BLIK i Przelewy24 z Twoim sklepem na WooCommerce.",  # pl
    "Настрою приём платежей через ЮKassa на вашем сайте: тестовые платежи, возвраты, чеки по 54-ФЗ.",  # ru
    "Налаштую оплату через LiqPay і Monobank на вашому сайті.",  # uk
    "Web sitenize iyzico ve PayTR ödeme altyapısını entegre ederim.",  # tr
    "أدمج بوابات الدفع مثل PayPal وStripe في متجرك الإلكتروني.",  # ar
    "मैं आपकी वेबसाइट में Razorpay और UPI पेमेंट गेटवे जोड़ दूँगा।",  # hi
    "为你的小程序接入微信支付和支付宝，包含退款流程测试。",  # zh
    "ネットショップにPayPayとStripe決済を導入します。テスト決済も対応。",  # ja
    "쇼핑몰에 토스페이먼츠와 카카오페이 결제를 연동해 드립니다.",  # ko
    "Saya integrasikan Midtrans dan QRIS ke toko online Anda.",  # id
    "Tích hợp cổng thanh toán MoMo và VNPay cho website của bạn.",  # vi
    "Invoice design: your logo, bank details fields and payment terms, delivered as an editable template.",  # en
    "Bookkeeping: I reconcile your PayPal and Stripe payouts with your bank statements in Xero.",  # en
    "Diseño tu factura con campos para CBU, alias y forma de pago de tus clientes.",  # es
    "Ich richte für deinen Verein SEPA-Lastschrift und PayPal-Spendenbutton ein.",  # de
    "Je rédige vos conditions générales de vente : modes de paiement, virement, délais.",  # fr
    "Jag kopplar Swish och Klarna till din webbutik.",  # sv
    "I write your refund policy: when customers get their money back, by card or PayPal.",  # en
    "Redacto los textos de tu página de pagos: tarjeta, transferencia, Bizum y efectivo.",  # es
    "Ich übersetze deine AGB inklusive Zahlungsbedingungen (Vorkasse, Rechnung, PayPal).",  # de
    "Traduction de votre page FAQ : livraison, retours, paiement par carte ou virement.",  # fr
    "Напишу тексты для раздела «Оплата и доставка»: карта, СБП, наложенный платёж.",  # ru
    "为你的网店撰写“支付与配送”页面：支持微信支付、支付宝和银行卡。",  # zh
    "ネットショップの「お支払い方法」ページを作成します（クレジットカード・銀行振込・代引き）。",  # ja
    "Crio a página de pagamento da sua loja com Pix, boleto e cartão.",  # pt
    "أكتب صفحة طرق الدفع لمتجرك: بطاقة، تحويل بنكي، الدفع عند الاستلام.",  # ar
    "Crypto payment page for your shop: I connect Coinbase Commerce and show BTC/USDT prices.",  # en
    "आपकी दुकान के लिए UPI QR कोड वाला पोस्टर डिज़ाइन करूँगा।",  # hi
    # the buyer's templates and placeholders with example contacts
    "Email signature template: [Your Name] | [Your Title] | name@yourcompany.com | +1 (555) 000-0000",  # en
    "Plantilla de tarjeta de visita con tus datos: Nombre Apellido, tu@empresa.com, +34 600 000 000.",  # es
    "Modèle de CV : Prénom NOM, prenom.nom@email.com, 06 00 00 00 00 — remplacez par vos coordonnées.",  # fr
    "Visitenkarten-Layout mit Platzhaltern: Max Mustermann, max@musterfirma.de, Tel. 0123 456789.",  # de
    "Modelo de assinatura: Seu Nome – seuemail@suaempresa.com.br – (11) 0000-0000.",  # pt
    "Biglietto da visita con i tuoi dati: Nome Cognome, nome@tuazienda.it, +39 000 000 0000.",  # it
    "Huisstijlpakket: visitekaartje met jouw naam, e-mailadres en telefoonnummer.",  # nl
    "Szablon stopki mailowej: Imię Nazwisko, imie.nazwisko@twojafirma.pl, tel. 000 000 000.",  # pl
    "Шаблон визитки: Иван Иванов, ivan@example.com, +7 (000) 000-00-00 — подставлю ваши данные.",  # ru
    "Kartvizit şablonu: Ad Soyad, adsoyad@firmaniz.com, 0 (5xx) xxx xx xx.",  # tr
    "قالب بطاقة عمل: الاسم، البريد الإلكتروني name@company.com، رقم الهاتف 05XXXXXXXX.",  # ar
    "名片模板：姓名、职位、邮箱 example@company.com、电话 138-0000-0000，替换成你的信息。",  # zh
    "名刺テンプレート：氏名、メール info@example.co.jp、電話 03-0000-0000（お客様の情報に差し替えます）。",  # ja
    "명함 템플릿: 이름, 이메일 name@company.com, 전화 010-0000-0000 자리에 고객님 정보를 넣어 드립니다.",  # ko
    "Contact form in React: fields for name, email (placeholder \"you@example.com\") and phone, with validation.",  # en
    "I'll add a WhatsApp chat button to your Shopify store, linked to your business number.",  # en
    "Test data included: test@test.com and the Stripe test card 4242 4242 4242 4242.",  # en
    "Tu landing tendrá un botón de WhatsApp con el número de tu negocio y un formulario de contacto.",  # es
    "Impressum-Vorlage: Firmenname, Anschrift, Telefon, E-Mail – du trägst deine Daten ein.",  # de
    "Seu cartão digital terá links para o seu Instagram, WhatsApp e e-mail.",  # pt
    "Template undangan digital: nama mempelai, tanggal, lokasi, dan nomor WA kamu untuk RSVP.",  # id
    "विज़िटिंग कार्ड पर आपका नाम, मोबाइल नंबर और ईमेल डालकर डिज़ाइन करूँगा।",  # hi
    "Mẫu danh thiếp: Họ tên, chức vụ, email ten@congty.vn, SĐT 09xx xxx xxx – thay bằng thông tin của bạn.",  # vi
    "Je crée votre formulaire de contact : nom, e-mail, téléphone, message, avec reCAPTCHA.",  # fr
    "Cold email template:\nHi {first_name},\nI noticed {company} is hiring...\nBest, {sender_name} | {sender_email}",  # en
    "Your LinkedIn headline and About section, ending with a line like: \"Reach me at yourname@domain.com\".",  # en
    "Resume header example: John Doe · john.doe@email.com · (123) 456-7890 · linkedin.com/in/johndoe",  # en
    "Ejemplo de encabezado de CV: Juan Pérez · juan.perez@correo.com · +34 600 123 456 (datos de ejemplo).",  # es
    "Bewerbungsvorlage: Max Mustermann, Musterstraße 1, 12345 Musterstadt, 0123/456789.",  # de
    "Exemple de signature : Jean Dupont – jean.dupont@exemple.fr – 01 23 45 67 89.",  # fr
    "Exemplo de rodapé: Fulano de Tal · fulano@exemplo.com.br · (00) 00000-0000",  # pt
    "Esempio di firma: Mario Rossi · mario.rossi@esempio.it · 02 1234567",  # it
    "Voorbeeld: Jan Jansen · jan@voorbeeld.nl · 012-3456789 (vervang door jouw gegevens).",  # nl
    "Przykład: Jan Kowalski · jan.kowalski@przyklad.pl · 123 456 789 (dane przykładowe).",  # pl
    "Пример подписи: Иван Петров · ivan.petrov@primer.ru · +7 (999) 000-00-00",  # ru
    "Örnek imza: Ahmet Yılmaz · ahmet@ornek.com · 0212 000 00 00",  # tr
    "示例签名：张三 · zhangsan@example.com · 010-12345678（示例数据）",  # zh
    "署名例：山田太郎 · taro.yamada@example.jp · 03-1234-5678（サンプル）",  # ja
    "서명 예시: 홍길동 · hong@example.kr · 02-123-4567 (예시)",  # ko
    "Instagram bio template: \"📍 Your City | ✉️ hello@yourbrand.com | 👇 Shop now\"",  # en
    "I'll set up your autoresponder: \"Thanks for writing to support@yourstore.com, we reply within 24 h.\"",  # en
    "Configuro tu respuesta automática de WhatsApp Business: \"Hola, gracias por escribir a [Nombre de tu negocio]\".",  # es
    "Your QR code will link to your menu, your Wi-Fi or your vCard — you send me the details.",  # en
    "مثال توقيع: محمد أحمد · mohamed@example.com · 0500000000",  # ar
    "उदाहरण: राम शर्मा · ram@example.com · 98XXXXXXXX (अपनी जानकारी से बदलें)",  # hi
    "Contoh: Budi Santoso · budi@contoh.co.id · 0812-0000-0000 (ganti dengan data Anda)",  # id
    "## What you get\n- Email signature in HTML\n- Your name, title, phone and email (e.g. jane@acme.co)\n- Social icons linked to your profiles",  # en
    "Your website footer will read: © Your Company · hello@yourcompany.com · +1 (555) 010-0199",  # en
    "Te entrego la plantilla con campos editables:\n[Tu nombre]\n[Tu cargo]\n[tu@correo.com]\n[+00 000 000 000]",  # es
    "Assinatura de e-mail: Nome Sobrenome | Cargo | (11) 00000-0000 | nome@empresa.com.br",  # pt
    "Briefkopf mit Platzhaltern: [Firma], [Straße], [PLZ Ort], Tel. [Nummer], E-Mail [Adresse].",  # de
    "Carte de visite : vos nom, poste, téléphone et e-mail, par exemple contact@votre-entreprise.fr.",  # fr
    "Il tuo biglietto: nome, ruolo, telefono e email, ad esempio info@tuaazienda.it.",  # it
    "В шаблон подпишу ваши данные: имя, должность, телефон вида +7 (XXX) XXX-XX-XX, почту.",  # ru
    "İmzanıza adınız, unvanınız ve e-posta adresiniz eklenir (örn. ad.soyad@sirketiniz.com).",  # tr
    "メール署名テンプレート（例：山田花子 / hanako@example.com / 03-1234-5678）をお作りします。",  # ja
    "이메일 서명 템플릿(예: 홍길동 / gildong@example.com / 02-1234-5678)을 제작합니다.",  # ko
    "邮件签名模板（示例：王小明 / wang@example.com / 138 0013 8000），替换成你的信息。",  # zh
    "Template kartu nama: Nama Anda, Jabatan, 08xx-xxxx-xxxx, email@perusahaananda.com",  # id
    "Visitekaartje-sjabloon: jouw naam, functie, 06-12345678 en naam@jouwbedrijf.nl (voorbeeld).",  # nl
    "Wizytówka: Twoje imię, stanowisko, telefon (np. 600 000 000) i e-mail.",  # pl
    "بطاقة العمل تشمل اسمك ورقم هاتفك وبريدك، مثل: info@sharikatak.com.",  # ar
    "आपके लेटरहेड पर आपकी कंपनी का नाम, फ़ोन नंबर और ईमेल (जैसे info@yourcompany.in) होगा।",  # hi
    "Chữ ký email: Tên bạn | Chức vụ | 09xx xxx xxx | ten@congtyban.vn",  # vi
    "Bio template I deliver:\n✨ Handmade candles ✨\n📍 Austin, TX\n📩 DM @yourbrand to order",  # en
    "Sample auto-reply for your inbox: \"Thanks! We'll reply within 24 hours. Call us at (555) 010-0147.\"",  # en
    "Stopka maila z Twoimi danymi, np. jan.nowak@twojafirma.pl, tel. +48 600 123 456.",  # pl
    "Signatur mit deinen Daten, z. B. max@deine-firma.de, Tel. +49 151 12345678.",  # de
    "Handtekening met jouw gegevens, bijv. naam@jouwbedrijf.nl en 06 12345678.",  # nl
    "E-posta imzası, örn. ad.soyad@firmaniz.com.tr ve +90 5XX XXX XX XX.",  # tr
    "서명에 고객님 정보(예: 010-XXXX-XXXX, name@company.co.kr)를 넣어 드립니다.",  # ko
    "署名にお客様の情報（例：090-XXXX-XXXX、info@example.co.jp）を入れます。",  # ja
    "Rodapé com seus dados (ex.: (11) 9XXXX-XXXX, contato@seudominio.com.br).",  # pt
    "Firma con tus datos (ej.: +34 6XX XXX XXX, hola@tudominio.es).",  # es
    "Signature avec vos coordonnées (ex. : 06 XX XX XX XX, contact@votredomaine.fr).",  # fr
    "Firma con i tuoi dati (es. 3XX XXX XXXX, info@tuodominio.it).",  # it
    "Подпись с вашими данными (напр. +7 9XX XXX-XX-XX, info@vashdomen.ru).",  # ru
    "Tanda tangan email dengan data Anda (contoh: 08xx-xxxx-xxxx, nama@perusahaan.co.id).",  # id
    "Chữ ký với thông tin của bạn (vd: 09xx xxx xxx, ten@congty.vn).",  # vi
    "A QR code that opens your WhatsApp chat (wa.me/<your-number>) for your shop window.",  # en
    "Your Linktree will hold: your Instagram (@yourhandle), your email and your shop link.",  # en
    "Landing page copy with a form: \"Leave your email and we'll call you back within a day\".",  # en
    "Mockup shows a sample phone number (+1 555 0100) and a sample email (hello@brand.com).",  # en
    "Tu flyer dirá: \"Reserva por WhatsApp al [tu número]\".",  # es
    "Dein Flyer: „Termine per WhatsApp unter [deine Nummer]“.",  # de
    "Votre flyer : « Réservez sur WhatsApp au [votre numéro] ».",  # fr
    "Seu cardápio terá: \"Peça pelo WhatsApp (seu número aqui)\".",  # pt
    "海报文案：“扫码加店主微信”，二维码用你自己的。",  # zh
    "تصميم بوستر مكتوب عليه: \"اطلب عبر واتساب: رقمك هنا\".",  # ar
    # live sessions through the marketplace or after the order
    "After ordering, we'll have a 30-minute Zoom call scheduled through Fiverr's built-in meeting feature.",  # en
    "La sesión en vivo se agenda desde el chat de Fiverr una vez hecho el pedido.",  # es
    "Séance de coaching en visio via l'outil d'appel de la plateforme, après la commande.",  # fr
    "Die Live-Session findet über die Videoanruf-Funktion von Fiverr statt, nach Auftragserteilung.",  # de
    "Aulas ao vivo pelo Google Meet, com o link enviado pelo chat da plataforma depois da compra.",  # pt
    "Lezione live su Zoom; il link te lo mando nella chat dell'ordine.",  # it
    "Консультация в Zoom после оформления заказа, ссылку пришлю в чате заказа.",  # ru
    "Konsultacja na żywo przez Zoom po złożeniu zamówienia; link wyślę w wiadomościach na platformie.",  # pl
    "Sipariş sonrası Zoom üzerinden canlı ders; bağlantıyı sipariş sohbetinden gönderirim.",  # tr
    "جلسة مباشرة عبر Zoom بعد الطلب، أرسل الرابط في محادثة الطلب.",  # ar
    "ऑर्डर के बाद Zoom पर लाइव सेशन होगा, लिंक ऑर्डर चैट में भेजूँगा।",  # hi
    "下单后通过平台内的视频通话功能进行一对一辅导。",  # zh
    "ご購入後、Zoomでのセッションを行います。リンクは取引メッセージでお送りします。",  # ja
    "주문 후 Zoom으로 라이브 수업을 진행하며 링크는 주문 채팅으로 보내드립니다.",  # ko
    "Sesi live via Zoom setelah order, link saya kirim lewat chat pesanan.",  # id
    "Buổi học trực tiếp qua Zoom sau khi đặt hàng, link gửi qua tin nhắn đơn hàng.",  # vi
    "Live sessie via Zoom na je bestelling; de link stuur ik in de orderchat.",  # nl
    "Livesession via Zoom efter beställningen, länken skickar jag i orderchatten.",  # sv
    "Screen-share review: we go through your code live over a Fiverr video call once the order starts.",  # en
    "Nach der Bestellung besprechen wir alles in einem Zoom-Call; den Link bekommst du im Bestell-Chat.",  # de
    "Clases por Google Meet; el enlace llega por mensaje de la plataforma tras la compra.",  # es
    "Includes a kickoff call on Zoom or Google Meet — we set the time in Fiverr messages after you order.",  # en
    "Live tutoring over Fiverr's video call; I share my screen and we code together.",  # en
    "Llamada de 30 minutos por Zoom incluida; el enlace lo comparto en el chat del pedido.",  # es
    "Appel vidéo de lancement sur Zoom, organisé via la messagerie de la plateforme.",  # fr
    "Ein Kennenlern-Call per Zoom ist dabei; den Termin machen wir im Fiverr-Chat aus.",  # de
    "Созвон в Zoom входит в пакет: время согласуем в переписке на платформе.",  # ru
    "下单后可安排腾讯会议沟通，会议号在平台消息里发给你。",  # zh
    "ご購入後、Google Meetで打ち合わせ可能です。URLはメッセージでお送りします。",  # ja
    "주문 후 구글 밋으로 미팅 가능합니다. 링크는 메시지로 드려요.",  # ko
    "Reunião de alinhamento pelo Meet; combinamos o horário no chat do pedido.",  # pt
    "Call conoscitiva su Zoom inclusa; orario da concordare nella chat dell'ordine.",  # it
    "Sipariş sonrası Google Meet görüşmesi; saati sipariş mesajlarında belirleriz.",  # tr
    "مكالمة تعارف عبر Zoom بعد الطلب، نحدد الموعد في رسائل المنصة.",  # ar
    "Gọi Google Meet sau khi đặt hàng; hẹn giờ qua tin nhắn trên nền tảng.",  # vi
    "Meeting Zoom setelah order; jadwal kita atur lewat pesan di platform.",  # id
    "FAQ\nQ: Do we talk on Zoom?\nA: Yes, after you order, I send a Zoom link in the order chat.",  # en
    "P: ¿Hay llamada?\nR: Sí, por Google Meet dentro del pedido; el enlace va por el chat de Fiverr.",  # es
    "Q : Peut-on se parler ?\nR : Oui, en visio Zoom après la commande, lien envoyé dans la messagerie Fiverr.",  # fr
    "F: Gibt es ein Gespräch?\nA: Ja, per Zoom nach der Bestellung; den Link schicke ich im Fiverr-Chat.",  # de
    "P: Tem chamada de vídeo?\nR: Sim, pelo Meet depois do pedido, com link no chat da Fiverr.",  # pt
    "В: Будет созвон?\nО: Да, в Zoom после заказа; ссылку отправлю в чат Fiverr.",  # ru
    "S: Görüşme yapıyor muyuz?\nC: Evet, sipariş sonrası Zoom; bağlantıyı Fiverr sohbetinden atarım.",  # tr
    "Live coaching on Zoom through the order — I never ask for your number; the link comes in Fiverr chat.",  # en
    "Weekly check-in calls are held on Fiverr's own video call; no outside apps needed.",  # en
    "オンラインレッスンはご購入後、ココナラのビデオチャット機能で行います。",  # ja
    "라이브 코칭은 주문 후 크몽 메시지로 링크를 보내 Zoom에서 진행합니다.",  # ko
    "直播辅导在下单后进行，会议链接通过订单消息发送。",  # zh
    "الجلسة المباشرة عبر Zoom بعد الطلب، والرابط يصلك في محادثة Fiverr.",  # ar
    "लाइव क्लास Zoom पर ऑर्डर के बाद होगी, लिंक Fiverr चैट में मिलेगा।",  # hi
    "Kelas live via Google Meet setelah order; link dikirim di chat Fiverr.",  # id
    "Q: Can we hop on a quick call?\nA: Sure — once the order is placed, I'll start a Fiverr call from the order page.",  # en
    "1:1 mentoring: four Zoom sessions, scheduled in our Fiverr inbox after you order.",  # en
    "Mentoría 1:1: cuatro sesiones por Zoom, agendadas en la bandeja de Fiverr tras el pedido.",  # es
    "Zwei Zoom-Termine inklusive – terminiert im Fiverr-Postfach nach der Bestellung.",  # de
    "Duas sessões pelo Zoom, marcadas na caixa de entrada da Fiverr depois do pedido.",  # pt
    "Две сессии в Zoom; время согласуем во входящих Fiverr после заказа.",  # ru
    "Zoomセッション2回付き。日程はご購入後、Fiverrのメッセージで調整します。",  # ja
    "Due sessioni Zoom incluse, da fissare nella casella Fiverr dopo l'ordine.",  # it
    "İki Zoom oturumu dahil; saatleri sipariş sonrası Fiverr gelen kutusunda belirleriz.",  # tr
    # the platform as the subject of the work
    "I will set up your WhatsApp Business catalog, auto-replies and quick replies for your shop.",  # en
    "Telegram bot development: commands, inline keyboards, payments and an admin panel.",  # en
    "Gestiono tu cuenta de Instagram: 12 publicaciones al mes, historias y respuestas a DMs.",  # es
    "Je crée votre chaîne Telegram et j'automatise les publications.",  # fr
    "Ich richte deinen Discord-Server ein: Rollen, Bots, Kanäle.",  # de
    "Crio funis de vendas no WhatsApp com respostas automáticas para sua empresa.",  # pt
    "Настрою вашу группу ВКонтакте: обложка, меню, виджеты, рассылка.",  # ru
    "Instagram hesabınız için 30 gönderi ve hikâye şablonu tasarlarım.",  # tr
    "سأدير حساب واتساب للأعمال الخاص بك وأجهز الردود التلقائية.",  # ar
    "帮你运营小红书账号，包括选题、文案和封面。",  # zh
    "LINE公式アカウントのリッチメニューを作成します。",  # ja
    "카카오톡 채널 자동응답과 챗봇을 설정해 드립니다.",  # ko
    "आपके व्यवसाय के लिए WhatsApp Business प्रोफ़ाइल सेट करूँगा।",  # hi
    "Saya kelola akun TikTok bisnis Anda, termasuk membalas DM pelanggan.",  # id
    "รับออกแบบ LINE OA และข้อความตอบกลับอัตโนมัติให้ร้านของคุณ",  # th
    "Email marketing: I write your Mailchimp welcome sequence and monthly newsletter.",  # en
    "I'll migrate your Gmail to Google Workspace and set up email on your own domain.",  # en
    "Gestisco la tua pagina Facebook e rispondo ai messaggi dei clienti su Messenger.",  # it
    "Skonfiguruję Twój sklep na Allegro i integrację z InPost.",  # pl
    "Налаштую чат-бота для вашого Viber-каналу.",  # uk
    "I'll verify your WhatsApp Business API number with Meta and connect it to your CRM.",  # en
    "Set up a phone number on Twilio for your support line and route calls to your team.",  # en
    "Your Linktree: I design it with links to your shop, Instagram, TikTok and email.",  # en
    "Configuro el correo corporativo de tu empresa (tunombre@tuempresa.com) en Gmail y Outlook.",  # es
    "Ich erstelle deine Kontaktseite mit Kontaktformular, Karte und Telefonnummer deines Ladens.",  # de
    "Je configure votre standard téléphonique virtuel et le message d'accueil.",  # fr
    "Настрою рассылку в Telegram-боте для ваших клиентов и кнопку «Связаться с менеджером».",  # ru
    "帮你的公众号设置自动回复和客服菜单。",  # zh
    "お店のLINE予約システムを構築します。",  # ja
    "당신의 인스타그램 DM 자동응답을 세팅해 드립니다.",  # ko
    "Monto o seu perfil do Google Meu Negócio com telefone, endereço e horário.",  # pt
    "Creo il tuo account WhatsApp Business con catalogo e messaggi rapidi.",  # it
    "İşletmeniz için Telegram kanal ve grup kurulumu yaparım.",  # tr
    "आपके स्टोर के लिए WhatsApp ऑर्डर बटन और कैटलॉग बनाऊँगा।",  # hi
    # refusals and rule quotes
    "I don't share my phone number or email; all communication stays in Fiverr messages.",  # en
    "Please don't ask for my WhatsApp — per Fiverr's Terms of Service, we talk here only.",  # en
    "No acepto pagos fuera de la plataforma ni comparto mi WhatsApp.",  # es
    "Conformément aux règles de Fiverr, je ne communique pas par e-mail ni par téléphone.",  # fr
    "Bitte keine Zahlungen außerhalb von Fiverr anbieten – das verstößt gegen die Regeln.",  # de
    "Não passo meu WhatsApp nem e-mail: toda a conversa fica aqui no chat da plataforma.",  # pt
    "Non accetto pagamenti fuori piattaforma, né PayPal né bonifico.",  # it
    "Не даю контакты вне площадки и не принимаю оплату на карту — всё через сайт.",  # ru
    "Nie podaję numeru telefonu ani maila – kontakt tylko przez wiadomości na platformie.",  # pl
    "Platform dışında iletişim ve ödeme kabul etmiyorum.",  # tr
    "لا أقبل الدفع خارج المنصة ولا أشارك رقم هاتفي.",  # ar
    "不接受平台外付款，也不加微信，所有沟通请在站内进行。",  # zh
    "サイト外での連絡や直接取引はお断りしています。",  # ja
    "외부 연락처 교환이나 직거래는 하지 않습니다.",  # ko
    "मैं प्लेटफ़ॉर्म के बाहर भुगतान या WhatsApp संपर्क स्वीकार नहीं करता।",  # hi
    "Saya tidak menerima pembayaran di luar platform dan tidak memberikan nomor WA.",  # id
    "Mình không nhận thanh toán ngoài sàn và không trao đổi qua Zalo.",  # vi
    "Не приймаю оплату поза платформою і не даю свій Telegram.",  # uk
    "Ik accepteer geen betalingen buiten het platform en deel geen telefoonnummer.",  # nl
    "אני לא מקבל תשלום מחוץ לפלטפורמה ולא משתף מספר טלפון.",  # he
    "Fiverr's rules: \"Do not ask buyers to pay outside of Fiverr\" — I follow them strictly.",  # en
    "Je refuse toute demande de paiement par PayPal ou virement en dehors de la plateforme.",  # fr
    "No WhatsApp, no Telegram, no email — Fiverr only. Thanks for understanding!",  # en
    "Note: I can't give you my number. If the chat is slow, I'll still answer within 2 hours.",  # en
    "Por política de la plataforma, no puedo darte mi correo ni pasar a otra app.",  # es
    "Ich gebe keine privaten Kontaktdaten heraus und wechsle nicht auf andere Apps.",  # de
    "Номер телефона и почту не даю — такие правила площадки.",  # ru
    "根据平台规定，我不能留微信或电话，请在站内留言。",  # zh
    "規約により、メールアドレスや電話番号はお伝えできません。",  # ja
    "규정상 이메일이나 전화번호는 알려드릴 수 없습니다.",  # ko
    "Pelas regras, não trabalho por fora nem recebo por Pix.",  # pt
    "Kurallar gereği telefon numaramı veremiyorum.",  # tr
    "حسب قواعد المنصة لا يمكنني مشاركة بريدي أو رقمي.",  # ar
    "Sesuai aturan, saya tidak bisa memberi nomor WA atau email.",  # id
    "Je refuse toute demande de paiement par PayPal ou virement en dehors de la plateforme.",  # fr
    "Per regolamento non posso lasciare il mio numero né spostarmi su WhatsApp.",  # it
    # payment said in many languages: the platform as the way, refusals
    "Оплата только через сайт, после оплаты заказа начинаю работу.",  # ru
    "所有款项均通过平台支付，验收后平台放款。",  # zh
    "お支払いはすべてプラットフォーム上で完結します。",  # ja
    "결제는 플랫폼에서만 가능하며 주문 후 작업을 시작합니다.",  # ko
    "الدفع يتم فقط من خلال المنصة، وأبدأ العمل بعد تأكيد الطلب.",  # ar
    "भुगतान केवल प्लेटफ़ॉर्म के माध्यम से होगा, ऑर्डर के बाद काम शुरू।",  # hi
    "Ödeme yalnızca platform üzerinden yapılır; sipariş sonrası başlarım.",  # tr
    "ชำระเงินผ่านแพลตฟอร์มเท่านั้น เริ่มงานหลังสั่งซื้อ",  # th
    "Thanh toán chỉ qua nền tảng, mình bắt đầu sau khi bạn đặt hàng.",  # vi
    "Pembayaran hanya lewat platform; saya mulai setelah order masuk.",  # id
    "Płatność wyłącznie przez platformę, zaczynam po złożeniu zamówienia.",  # pl
    "Оплата лише через платформу; починаю після замовлення.",  # uk
    "پرداخت فقط از طریق پلتفرم انجام می‌شود.",  # fa
    "התשלום מתבצע דרך הפלטפורמה בלבד.",  # he
    "El pago se hace por la plataforma al hacer el pedido; el extra también.",  # es
    "Bezahlt wird über Fiverr beim Bestellen; Extras ebenso.",  # de
    "Le paiement passe par la plateforme à la commande, les options aussi.",  # fr
    "O pagamento é feito pela plataforma no pedido; extras também.",  # pt
    "Il pagamento avviene tramite la piattaforma al momento dell'ordine.",  # it
    "Betaling verloopt via het platform bij de bestelling.",  # nl
    "결제 관련 문의는 크몽 메시지로 주세요. 외부 결제는 받지 않습니다.",  # ko
    "お支払いはココナラの決済のみ。銀行振込での直接取引は行いません。",  # ja
    "付款只走平台，不接受私下转账。",  # zh
    "ชำระเงินผ่านระบบของแพลตฟอร์มเท่านั้น ไม่รับโอนตรง",  # th
    "Thanh toán qua sàn, mình không nhận chuyển khoản riêng.",  # vi
    "Pembayaran lewat platform saja; saya tidak menerima transfer langsung.",  # id
    "Оплата проходит через Fiverr; переводы на карту не принимаю.",  # ru
    "الدفع عبر المنصة فقط، ولا أقبل التحويل المباشر.",  # ar
    "El pago va por Fiverr al hacer el pedido; no acepto transferencias aparte.",  # es
    "O pagamento é pela Fiverr; não aceito Pix por fora.",  # pt
    "Ödeme Fiverr üzerinden; ayrıca havale kabul etmiyorum.",  # tr
    "Bezahlung nur über Fiverr, keine Überweisungen nebenbei.",  # de
    "Nitaunganisha M-Pesa kwenye duka lako la mtandaoni, pamoja na majaribio ya malipo.",  # sw
    "আপনার ওয়েবসাইটে বিকাশ ও নগদ পেমেন্ট গেটওয়ে যুক্ত করে দেব।",  # bn
    "آپ کی ویب سائٹ پر JazzCash اور Easypaisa پیمنٹ لگا دوں گا۔",  # ur
    "درگاه زرین‌پال را روی سایت شما نصب می‌کنم.",  # fa
    "Saya pasang FPX dan DuitNow pada kedai online anda.",  # ms
    "Ikokonekta ko ang GCash at Maya sa online shop mo.",  # tl
    "Integrez Netopia și Revolut Pay în magazinul tău online.",  # ro
    "Ενσωματώνω Viva Wallet και PayPal στο e-shop σου.",  # el
    "Beépítem a SimplePay és a Barion fizetést a webshopodba.",  # hu
    "Napojím platby GoPay a Comgate do vašeho e-shopu.",  # cs
    "Jag bygger din webbutik med Swish och Klarna i kassan.",  # sv
    "ติดตั้งระบบชำระเงินพร้อมเพย์ในร้านค้าของคุณ",  # th
    "אני מחבר את Bit ו-PayBox לחנות האונליין שלך.",  # he
    "Підключу оплату через WayForPay до вашого магазину.",  # uk
    "결제는 크몽 안전결제로만 진행되며, 계좌이체 요청은 정중히 거절합니다.",  # ko
    "付款均通过平台担保交易完成，请勿私下转账。",  # zh
    "決済はサイトの仮払い制度を利用します。個人間送金はできません。",  # ja
    "جميع المدفوعات عبر نظام المنصة الآمن، ولا أطلب أي تحويل خارجي.",  # ar
    # numbers of every kind: business and tax IDs, ad accounts, sizes, versions
    "Package includes 3 revisions, 1920x1080 resolution, 24-hour delivery and 60 fps export.",  # en
    "Book formatting for KDP: ISBN 978-3-16-148410-0 on the copyright page, trim size 6 x 9 in.",  # en
    "Product listing with EAN 4006381333931 and SKU 10045-BLK for each variant.",  # en
    "Store locator map pinned at 40.7128, -74.0060 with opening hours 9:00–17:30.",  # en
    "Subtitles in SRT: 00:01:23,456 --> 00:01:25,789, max 42 characters per line.",  # en
    "Stack: WordPress 6.4.3, PHP 8.2.12, MySQL 8.0.36, Node 20.11.1.",  # en
    "Entrega en 48 h, hasta 2.500 palabras, 3 revisiones, 1.000 caracteres por página.",  # es
    "Umfang: 10.000 Wörter, Lieferung in 5 Tagen, DIN A4, 2.480 × 3.508 px.",  # de
    "Traduction de 1 500 mots en 24 h ; 0,08 € par mot ; 2 relectures incluses.",  # fr
    "Перевод до 5000 знаков за 24 часа, оформление по ГОСТ 7.32-2017, шрифт 14 пт.",  # ru
    "尺寸 1242×2688，300dpi，交付 3 天，修改 2 次。",  # zh
    "納期3日、修正2回、1920×1080、30秒〜60秒の動画。",  # ja
    "해상도 3840x2160, 24fps, 수정 3회, 작업 기간 5일.",  # ko
    "Sayfa başı 250 kelime, 3 gün teslim, 2 revizyon, 1080 x 1350 piksel.",  # tr
    "التسليم خلال 3 أيام، 1000 كلمة، مراجعتان، دقة 1080×1920.",  # ar
    "डिलीवरी 2 दिन में, 1000 शब्द, 3 संशोधन, 1080×1080 पिक्सेल।",  # hi
    "Cálculo de frete pelo CEP no checkout; teste com o CEP 01310-100.",  # pt
    "Rozdzielczość 4000 x 3000, proporcje 16:9, czas 3-5 dni, 2 poprawki.",  # pl
    "Consegna in 2 giorni, 1.200 parole, 2 revisioni, formato 1080 x 1350.",  # it
    "Pengerjaan 2-3 hari, 10 halaman, ukuran A4 210 x 297 mm.",  # id
    "Giao trong 3 ngày, 1.000 từ, 2 lần chỉnh sửa, kích thước 1080 x 1080.",  # vi
    "Levering in 3 dagen, 1.500 woorden, formaat 1080 x 1920, 2 correctierondes.",  # nl
    "Timeline: 2024-03-15 kickoff, 2024-04-30 delivery; 12 + 3 + 1 screens.",  # en
    "Warranty reference numbers like SN 8842-1930-5521 are formatted for your product manual.",  # en
    "Google Ads setup: send me your customer ID (e.g. 123-456-7890) in the order chat so I can request access.",  # en
    "Meta Business ID 1234567890123 and Pixel ID go into your ads manager; I only need access via Business Manager.",  # en
    "Track shipments with tracking numbers like 1Z999AA10123456784 in your Shopify admin.",  # en
    "Invoice no. 2024-00017, VAT ID DE123456789, due in 14 days — a template for your business.",  # en
    "Handelsregister HRB 12345, USt-IdNr. DE123456789 im Impressum deines Shops.",  # de
    "Numéro SIRET 123 456 789 00012 et TVA FR12345678901 sur vos factures.",  # fr
    "NIF B12345678 y número de pedido 2024-5567 en tu plantilla de factura.",  # es
    "CNPJ 12.345.678/0001-90 e CPF 123.456.789-09 são só exemplos no modelo de nota.",  # pt
    "Partita IVA 12345678901 e codice SDI nel modello di fattura per la tua azienda.",  # it
    "ИНН 7707083893, КПП 773601001 — реквизиты вашей компании в шаблоне счёта.",  # ru
    "NIP 123-456-32-18 i REGON na Twojej fakturze.",  # pl
    "Vergi no 1234567890 ve sipariş no 2024-118 fatura şablonunuzda.",  # tr
    "统一社会信用代码 91350100M000100Y43 放在你的发票模板上。",  # zh
    "インボイス登録番号 T1234567890123 を請求書テンプレートに記載します。",  # ja
    "사업자등록번호 123-45-67890 을 견적서 양식에 넣어 드립니다.",  # ko
    "YouTube video ID dQw4w9WgXcQ and timestamps 00:42, 01:15, 03:30 in your chapters.",  # en
    "Zoom webinar for your audience: I set up registration, the webinar ID 812 3456 7890 is generated by Zoom for you.",  # en
    "ASIN B08N5WRWNW and UPC 012345678905 for your Amazon listing.",  # en
    "GSTIN 27AAPFU0939F1ZV आपकी इनवॉइस टेम्पलेट में डाल दूँगा।",  # hi
    "NPWP 12.345.678.9-012.345 di template faktur bisnis Anda.",  # id
    "الرقم الضريبي 300000000000003 في قالب الفاتورة الخاص بشركتك.",  # ar
    "Mã số thuế 0101234567 trên mẫu hóa đơn của công ty bạn.",  # vi
    "Room capacity 120, Wi-Fi password on the door sign (e.g. Guest2024!), checkout 11:00.",  # en
    "Lottery-style numbers 7 14 21 28 35 42 printed on your event tickets.",  # en
    # testimonials
    "\"He answered all my questions in Fiverr chat and delivered early!\" — client review",  # en
    "«Excelente trabajo, muy comunicativo por el chat de la plataforma» — Ana, España",  # es
    "« Super réactif, toujours disponible dans la messagerie Fiverr » — Julien",  # fr
    "„Sehr schnelle Lieferung und top Kommunikation über den Fiverr-Chat.“ – Kundin aus Berlin",  # de
    "\"Atendimento excelente, respondeu tudo pelo chat!\" — cliente do Brasil",  # pt
    "«Быстро ответил в чате заказа, всё сделал в срок» — отзыв покупателя",  # ru
    "客户评价：“沟通顺畅，交付准时，还多给了一版修改。”",  # zh
    "お客様の声：「メッセージの返信が早く、安心して依頼できました」",  # ja
    "고객 후기: \"메시지 답장이 빠르고 결과물이 만족스러웠어요\"",  # ko
    "Müşteri yorumu: \"Mesajlara hızlı dönüş yaptı, iş harika\"",  # tr
    "Recensione: «Risponde subito in chat, lavoro perfetto»",  # it
    "Reviews: \"Best WhatsApp chatbot developer I've hired — my shop answers customers 24/7!\" — Carlos",  # en
    "Opinia klienta: „Świetny kontakt przez czat na platformie, polecam!”",  # pl
    "Testimoni: \"Respon cepat lewat chat, hasilnya rapi banget!\"",  # id
    # the seller's tools
    "Tools I use: Figma, Notion, Trello, Slack for my team's coordination, and Loom for walkthrough videos.",  # en
    "Herramientas: Photoshop, Illustrator, Canva Pro y Google Drive para entregar los archivos.",  # es
    "Outils : DaVinci Resolve, Premiere Pro, After Effects ; livraison par lien WeTransfer dans la commande.",  # fr
    "Ich arbeite mit Trello und Notion; du bekommst Zugriff auf das Board über die Bestellung.",  # de
    "Ferramentas: Figma, Canva, Google Docs; os arquivos são entregues pela plataforma.",  # pt
    "Инструменты: Figma, Tilda, Notion; макеты передаю через платформу.",  # ru
    "使用工具：Figma、Photoshop、Notion；源文件通过平台交付。",  # zh
    "使用ツール：Illustrator、Photoshop、Figma。納品はサイト内で行います。",  # ja
    "사용 툴: 포토샵, 일러스트, 피그마. 파일은 플랫폼으로 전달합니다.",  # ko
    "Kullandığım araçlar: Figma, Notion, Google Drive; dosyalar platform üzerinden teslim edilir.",  # tr
    "Tools: Canva, CapCut, Google Drive; file dikirim lewat platform.",  # id
    "I test every campaign in Litmus and Mailtrap before delivery.",  # en
    "I build SMS alerts for your app with Twilio and the Gmail API.",  # en
    "मैं Canva, Photoshop और CapCut इस्तेमाल करता हूँ; फ़ाइलें प्लेटफ़ॉर्म पर ही मिलेंगी।",  # hi
    "Công cụ: Figma, Canva, Notion; file giao qua nền tảng.",  # vi
    "أدوات العمل: فيغما وفوتوشوب وإليستريتور، والتسليم عبر المنصة.",  # ar
    # ordinary wording: channel names as words, the buyer's contact pages
    "Line art illustrations of your pet, clean single-weight lines, signal-red accent color.",  # en
    "Signal processing in MATLAB: FFT, filters and noise reduction for your sensor data.",  # en
    "I design a Venmo-style payment app UI in Figma: send, request, activity feed.",  # en
    "Cash App and Zelle logos are not allowed in the mockup, so I use neutral icons.",  # en
    "Snap to grid, wire frames and line charts for your dashboard.",  # en
    "Telegram-style newsletter layout for your blog, with short punchy posts.",  # en
    "Diseño de líneas de tiempo y señalética para tu oficina.",  # es
    "Ich schreibe deine Telefonleitfäden für den Vertrieb: Einwand, Rückruf, Abschluss.",  # de
    "Je rédige vos scripts d'appel pour votre service client : accueil, relance, rappel.",  # fr
    "Нарисую линейные иконки и сигнальные баннеры для вашего сайта.",  # ru
    "Your contact page copy: a warm intro, opening hours and a short call to action.",  # en
    "I'll write the 'Contact us' and 'About' pages for your bakery website.",  # en
    "Escrevo o roteiro do atendimento por telefone da sua clínica.",  # pt
    "Telephone etiquette training deck, 20 slides, for your reception team.",  # en
    "Creo il logo per la tua linea di cosmetici e il segnaletica del negozio.",  # it
    "I design email templates, SMS copy and push notifications for your app's onboarding.",  # en
    "Your Skype for Business migration to Microsoft Teams, with user training.",  # en
    "線画イラスト、ラインスタンプのデザインを承ります。",  # ja
    "라인 스티커와 카카오 이모티콘 디자인을 해드립니다.",  # ko
    "设计微信表情包和朋友圈海报。",  # zh
    "I'm on call for urgent fixes during your launch week, through Fiverr messages.",  # en
    "Reach more customers: I write SMS campaigns and WhatsApp broadcast copy for your brand.",  # en
    "Got questions? Just send me a message here before ordering — I reply within an hour.",  # en
    "¿Dudas? Escríbeme por aquí antes de pedir, respondo en menos de una hora.",  # es
    "Une question ? Écrivez-moi ici avant de commander, je réponds vite.",  # fr
    "Fragen? Schreib mir hier vor der Bestellung, ich antworte schnell.",  # de
    "Dúvidas? Me mande mensagem aqui antes de pedir, respondo rápido.",  # pt
    "Domande? Scrivimi qui prima di ordinare, rispondo in fretta.",  # it
    "Вопросы? Напишите мне здесь до заказа, отвечаю быстро.",  # ru
    "Sorunuz mu var? Sipariş öncesi buradan yazın, hızlı dönerim.",  # tr
    "Pytania? Napisz do mnie tutaj przed zamówieniem.",  # pl
    "Vragen? Stuur me hier een bericht voor je bestelt.",  # nl
    "Ada pertanyaan? Chat saya di sini sebelum order.",  # id
    "Có câu hỏi? Nhắn mình tại đây trước khi đặt hàng.",  # vi
    "ご質問はご購入前にこちらのメッセージからどうぞ。",  # ja
    "문의는 주문 전 여기 메시지로 주세요.",  # ko
    "有问题请在下单前通过站内消息联系我。",  # zh
    "لديك سؤال؟ راسلني هنا قبل الطلب.",  # ar
    "कोई सवाल? ऑर्डर से पहले यहीं मैसेज करें।",  # hi
    "Other gigs of mine on this site: proofreading, translation and subtitles.",  # en
    "Weitere Angebote von mir hier auf der Plattform: Lektorat und Übersetzung.",  # de
    "Product photos of contact lenses and a contact sheet of all 60 shots.",  # en
    "Call sheet and shot list for your shoot in Seattle, WA, delivered as PDF.",  # en
    "TG analysis (thermogravimetric) report for your lab samples, with DSC curves.",  # en
    "I write copy in the DM (direct marketing) style your brand needs.",  # en
    "Logo for your FB Ventures holding company, in three colour schemes.",  # en
    "A Snapchat-style lens effect for your brand's filter campaign.",  # en
    "I'll text-edit your novel: line edits, copy edits, proofreading.",  # en
    "Reach your goals: a 12-week fitness plan with weekly check-ins here on Fiverr.",  # en
    "The telegram scene in your screenplay gets a period-accurate rewrite.",  # en
    "Number your pages, chapters and figures correctly for your thesis.",  # en
    "I translate 'phone', 'email' and 'address' fields of your app into 12 languages.",  # en
    "Traduzco los campos 'teléfono', 'correo' y 'dirección' de tu app a 12 idiomas.",  # es
    "Ich übersetze die Felder „Telefon“, „E-Mail“ und „Adresse“ deiner App.",  # de
    "Je traduis les champs « téléphone », « e-mail » et « adresse » de votre appli.",  # fr
    "Traduzo os campos 'telefone', 'e-mail' e 'endereço' do seu app.",  # pt
    "Переведу поля «телефон», «почта» и «адрес» в вашем приложении.",  # ru
    "アプリの「電話番号」「メール」「住所」欄を12言語に翻訳します。",  # ja
    "把你应用里的“电话”“邮箱”“地址”字段翻译成12种语言。",  # zh
    "앱의 '전화번호', '이메일', '주소' 항목을 12개 언어로 번역합니다.",  # ko
    "My previous clients include a telecom company and a messaging startup.",  # en
    "Voice-over for your IVR: 'Press 1 for sales, press 2 for support'.",  # en
    "Uygulamanızın 'telefon', 'e-posta' ve 'adres' alanlarını çeviririm.",  # tr
    "Saya terjemahkan kolom 'telepon', 'email' dan 'alamat' di aplikasi Anda.",  # id
]

ERRORS = [  # the seller's twin of each family: a written identifier, a route outside, a request to leave
    # payment integrations, invoices and the buyer's payment pages
    "Pay me directly via PayPal to skip the fees and you get 10% off.",  # en
    "Págame por Mercado Pago directamente y te hago descuento.",  # es
    "Payez-moi directement par PayPal, hors plateforme, c'est moins cher.",  # fr
    "Überweise den Betrag direkt auf mein Konto, dann sparen wir die Gebühr.",  # de
    "Pode me pagar pelo Pix direto, sem a taxa da plataforma.",  # pt
    "Pagami con bonifico diretto sul mio conto, così evitiamo le commissioni.",  # it
    "Betaal me liever direct via Tikkie buiten het platform, dan scheelt het kosten.",  # nl
    "Zapłać mi BLIKiem bezpośrednio, taniej niż przez platformę.",  # pl
    "Оплату переводите мне напрямую на карту Сбербанка, без комиссии площадки.",  # ru
    "Оплата напряму мені на картку Monobank, без комісії сайту.",  # uk
    "Ödemeyi doğrudan IBAN'ıma yaparsanız komisyon ödemeyiz.",  # tr
    "ادفع لي مباشرة عبر PayPal خارج المنصة لتوفير العمولة.",  # ar
    "直接微信转账给我，不走平台，可以便宜一点。",  # zh
    "手数料節約のため、PayPayで直接私に支払ってください。",  # ja
    "수수료 아끼려면 카카오페이로 저에게 직접 송금해 주세요.",  # ko
    "Transfer langsung ke rekening BCA saya saja biar tanpa potongan.",  # id
    "Chuyển khoản trực tiếp cho mình qua MoMo để khỏi mất phí sàn.",  # vi
    "Send the payment to my bank account instead and I'll send the files.",  # en
    "For repeat orders, just PayPal me outside Fiverr.",  # en
    "Pasame la plata a mi alias de Mercado Pago y arrancamos.",  # es
    "Réglez-moi par virement direct, je vous donne mon RIB.",  # fr
    "Refunds? I refund you by PayPal directly, not through Fiverr.",  # en
    "Puedes pagarme por Bizum al 612 345 678.",  # es
    "Paiement par virement direct sur mon compte, merci.",  # fr
    "Оплата мне по СБП на номер 8 916 123-45-67.",  # ru
    "付款请用支付宝直接转我，账号 138 0013 8000。",  # zh
    "お支払いは私の口座へ銀行振込でお願いします。",  # ja
    "Me paga no Pix: minha chave é o CPF 123.456.789-09.",  # pt
    "Ödemeyi havale/EFT ile bana yapın, daha ucuz.",  # tr
    "حوّل المبلغ إلى حسابي البنكي مباشرة.",  # ar
    "Pay me in USDT to my wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE.",  # en
    # the buyer's templates and placeholders with example contacts
    "Questions? Email me at mark.designs@gmail.com",  # en
    "Escríbeme a laura.disenos@gmail.com para más detalles.",  # es
    "Contactez-moi au 06 12 48 73 95 pour en discuter.",  # fr
    "Schreib mir direkt an jonas.grafik@web.de.",  # de
    "Me chama no WhatsApp (11) 98765-4321.",  # pt
    "Scrivimi su WhatsApp al 347 123 4567.",  # it
    "Mail me op sanne.ontwerp@outlook.com.",  # nl
    "Napisz do mnie na maila kasia.grafika@wp.pl.",  # pl
    "Пишите мне в Телеграм @dizayner_anna.",  # ru
    "WhatsApp'tan yazın: 0532 123 45 67.",  # tr
    "تواصل معي على واتساب 0551234567.",  # ar
    "加我微信 lily_design88 详聊。",  # zh
    "LINE ID: yuki_design で直接連絡ください。",  # ja
    "카톡 아이디 minji_design 으로 연락 주세요.",  # ko
    "Or just reach me at dev.kumar@protonmail.com.",  # en
    "Click wa.me/5511987654321 to chat with me before ordering.",  # en
    "Mi WhatsApp es +52 55 1234 5678, escríbeme.",  # es
    "Meine Telefonnummer: 0171 2345678.",  # de
    "Meu Instagram é @ana.artes, me segue lá.",  # pt
    "Hubungi saya di WA 0812-3456-7890.",  # id
    "मेरा नंबर 98765 43210 है, व्हाट्सऐप करें।",  # hi
    "Liên hệ Zalo mình: 0912 345 678.",  # vi
    "Ou écrivez-moi directement : claire.web@orange.fr",  # fr
    "Cold email template by me — reply to sender.jake@outlook.com for edits.",  # en
    "Reach me at jake.linkedinpro@gmail.com",  # en
    "My resume service: reach me at (312) 555-0187",  # en
    "Mis datos: juan.perez.cv@gmail.com · +34 644 321 987",  # es
    "Meine Nummer für Rückfragen: 0176 98765432.",  # de
    "Ma signature : Jean Lefèvre – jean.lefevre.design@gmail.com",  # fr
    "Fale comigo: fulano.designer@gmail.com",  # pt
    "Scrivimi: mario.rossi.grafico@gmail.com",  # it
    "Mail me: jan.jansen.design@gmail.com",  # nl
    "Mój mail: jan.kowalski.grafik@gmail.com",  # pl
    "Моя почта: ivan.petrov.design@mail.ru",  # ru
    "E-postam: ahmet.yilmaz.tasarim@gmail.com",  # tr
    "我的邮箱：zhangsan_design@163.com",  # zh
    "私のメール：taro.yamada.design@gmail.com",  # ja
    "제 메일: hong.gildong.design@naver.com",  # ko
    "My Instagram bio says it all: @sophie.bio.writer — DM me.",  # en
    "Write to me at support.sophie@yahoo.com instead.",  # en
    "Respondo rápido por mi WhatsApp Business: +52 1 55 9876 5432.",  # es
    "Scan my QR code to add me on WeChat.",  # en
    "بريدي: mohamed.ahmed.design@gmail.com",  # ar
    "मेरा ईमेल: ram.sharma.design@gmail.com",  # hi
    "Email saya: budi.santoso.desain@gmail.com",  # id
    "## Contact\n- Email me first: jane.sig.designer@gmail.com",  # en
    "Footer of my own site: hello@maplepixel.studio",  # en
    "Te entrego la plantilla; dudas a mi correo: pablo.plantillas@gmail.com",  # es
    "Assinatura minha: (11) 97654-3210",  # pt
    "Briefkopf fertig? Ruf mich an: 0172 5556677.",  # de
    "Carte de visite : écrivez-moi à claire.cartes@gmail.com.",  # fr
    "Per il biglietto scrivimi a luca.biglietti@libero.it.",  # it
    "Данные для связи со мной: +7 903 555-12-34.",  # ru
    "İmza için bana yazın: mehmet.imza@hotmail.com",  # tr
    "署名のご相談は hanako.design@gmail.com まで。",  # ja
    "서명 문의는 gildong.sign@gmail.com 으로 주세요.",  # ko
    "签名咨询请发邮件到 wangxm.sign@qq.com。",  # zh
    "Pesan kartu nama lewat WA saya 0857-1234-9876.",  # id
    "Vragen? Bel me op 06-48273915.",  # nl
    "للطلب راسلني: ahmed.cards@gmail.com",  # ar
    "लेटरहेड के लिए मुझे मेल करें: amit.letterhead@gmail.com",  # hi
    "Liên hệ mình qua email: tuan.chuky@gmail.com",  # vi
    "Bio template I deliver. For questions DM me: @candle.copy.kate",  # en
    "Thanks! I'll reply within 24 hours — or call me at (512) 555-8821 now.",  # en
    "Mój mail: jan.nowak.grafik@gmail.com",  # pl
    "Meine Nummer: +49 151 28374650",  # de
    "Mijn nummer: 06 28374651",  # nl
    "Numaram: +90 532 837 46 51",  # tr
    "제 번호: 010-2837-4651",  # ko
    "私の番号：090-2837-4651",  # ja
    "Meu número: (11) 92837-4651",  # pt
    "Mi número: +34 628 374 651",  # es
    "Mon numéro : 06 28 37 46 51",  # fr
    "Il mio numero: 328 374 6512",  # it
    "Мой номер: +7 928 374-65-12",  # ru
    "Nomor saya: 0828-3746-5123",  # id
    "Số của mình: 0928 374 651",  # vi
    "Scan to chat with me: wa.me/447911283746",  # en
    "My Linktree: linktr.ee/anna.creates",  # en
    "Leave your email and I'll contact you outside Fiverr.",  # en
    "Mockup made by me — call +1 415 283 7465 for changes.",  # en
    "Reserva por WhatsApp conmigo al 628 374 651.",  # es
    "Termine per WhatsApp bei mir: 0151 28374650",  # de
    "Réservez chez moi sur WhatsApp : 06 28 37 46 51",  # fr
    "Peça comigo pelo WhatsApp 11 92837-4651",  # pt
    "扫码加我微信，二维码见图。",  # zh
    "اطلب مني عبر واتساب: 0552837465",  # ar
    # live sessions through the marketplace or after the order
    "Before ordering, add me on Skype: mike.coach.live and let's talk.",  # en
    "Agendemos la sesión por WhatsApp: +34 612 345 678.",  # es
    "Appelez-moi sur Skype (live:coach.julie) avant de commander.",  # fr
    "Buche die Session lieber direkt bei mir über calendly.com/jonas-coaching.",  # de
    "Me manda mensagem no WhatsApp para marcar a aula: 21 99876-5432.",  # pt
    "Scrivimi su Telegram @prof_marco per fissare la lezione.",  # it
    "Ссылку на Zoom пришлю в Телеграм, напишите мне @konsult_ivan.",  # ru
    "Umówmy się na konsultację przez WhatsApp: 512 345 678.",  # pl
    "Ders için bana Telegram'dan yazın: @ozel_ders_ali",  # tr
    "راسلني على تيليجرام @coach_omar لحجز الجلسة.",  # ar
    "सेशन बुक करने के लिए मुझे WhatsApp करें: 98765 43210",  # hi
    "辅导前先加我微信 tutor_wang2020 约时间。",  # zh
    "セッションの予約はLINE（ID: sensei_yumi）からどうぞ。",  # ja
    "수업 예약은 카톡 ID teacher_kim 으로 해주세요.",  # ko
    "Chat saya dulu di WA 0813-9876-5432 sebelum order.",  # id
    "Kết bạn Zalo 0987 654 321 để đặt lịch học nhé.",  # vi
    "Plan de sessie via mijn WhatsApp: 06 12345678.",  # nl
    "Boka sessionen direkt med mig på 070-123 45 67.",  # sv
    "We can do the review on Discord, add me: devmaster#4821",  # en
    "Schreib mir vorher auf WhatsApp, dann machen wir den Preis aus.",  # de
    "Para las clases, agrégame en Discord: profe_lu#2231",  # es
    "Includes a kickoff call — book it on my Calendly: calendly.com/ana-brand/30min",  # en
    "Live tutoring — add me on Discord first: tutor.ana",  # en
    "Llamada de 30 minutos por Zoom; agéndala en mi web anabrand.es/agenda",  # es
    "Appel vidéo de lancement : ajoutez-moi sur WhatsApp au 06 55 44 33 22.",  # fr
    "Den Termin machen wir per WhatsApp aus: 0176 11122233.",  # de
    "Созвон в Zoom — время согласуем в WhatsApp: +7 999 123 45 67.",  # ru
    "先加我QQ 12345678 约腾讯会议时间。",  # zh
    "打ち合わせはLINE通話で。ID: meet_haru",  # ja
    "미팅은 카톡 보이스톡으로 해요. ID: meet_sora",  # ko
    "Reunião pelo Meet; me chama no Zap 11 97777-6666 pra marcar.",  # pt
    "Call su Zoom: prenota direttamente su calendly.com/luca-design",  # it
    "Görüşme saati için WhatsApp'tan yazın: 0533 444 55 66",  # tr
    "نحدد موعد المكالمة عبر الواتساب: 0501234567",  # ar
    "Hẹn giờ gọi qua Zalo: 0901 234 567",  # vi
    "Jadwal meeting atur via WA: 0812 1111 2222",  # id
    "FAQ\nQ: Do we talk on Zoom?\nA: Yes, add me on Zoom first: kate.zoom.coach",  # en
    "P: ¿Hay llamada?\nR: Sí, llámame al +34 644 987 321.",  # es
    "Q : Peut-on se parler ?\nR : Oui, sur WhatsApp : 06 77 88 99 00.",  # fr
    "F: Gibt es ein Gespräch?\nA: Ja, ruf mich an unter 0176 4445566.",  # de
    "P: Tem chamada?\nR: Sim, me chama no WhatsApp 11 96655-4433.",  # pt
    "В: Будет созвон?\nО: Да, пишите в WhatsApp +7 916 555-44-33.",  # ru
    "S: Görüşme?\nC: Evet, WhatsApp: 0532 555 44 33.",  # tr
    "Weekly check-ins on WhatsApp — send me your number.",  # en
    "レッスン予約はメールで：sensei.lesson@gmail.com",  # ja
    "直播辅导请加微信 zhibo_teacher 预约。",  # zh
    "احجز الجلسة عبر واتساب: 0556677889",  # ar
    "लाइव क्लास के लिए WhatsApp करें: 98111 22334",  # hi
    "Kelas live, daftar via WA 0812-7788-9900.",  # id
    "Q: Can we hop on a quick call?\nA: Sure — my Zoom personal room is zoom.us/j/2837465123",  # en
    "1:1 mentoring — text me on WhatsApp to schedule.",  # en
    "Mentoría: agenda por WhatsApp, fuera de Fiverr.",  # es
    "Duas sessões pelo Zoom — marque comigo no Instagram @coach.bia.",  # pt
    "Две сессии в Zoom; время согласуем в Telegram @coach_irina.",  # ru
    "Zoomセッションの日程はLINE（ID: coach_aya）で調整します。",  # ja
    "Due sessioni Zoom, da fissare con me su WhatsApp 328 374 6512.",  # it
    "İki Zoom oturumu; saatleri Instagram'dan @koc_elif ile belirleriz.",  # tr
    # the platform as the subject of the work
    "Message me on WhatsApp for a faster answer: +1 415 555 0132.",  # en
    "Talk to me on Telegram before ordering: @botsmith_dev",  # en
    "Sígueme en Instagram @lucia.social y escríbeme por DM.",  # es
    "Rejoignez ma chaîne Telegram t.me/formation_julie pour commander.",  # fr
    "Komm auf meinen Discord-Server: discord.gg/abc123xy",  # de
    "Chama no meu Zap pra fechar fora daqui: 11 91234-5678",  # pt
    "Пишите мне ВКонтакте: vk.com/id123456789",  # ru
    "Instagram'dan yazın: @tasarim_elif",  # tr
    "تواصل معي على الواتساب مباشرة: ‎+966 55 123 4567",  # ar
    "私のLINE公式アカウント @abc1234 を友だち追加してください。",  # ja
    "제 카카오톡 채널로 직접 문의 주세요: pf.kakao.com/_xAbCd",  # ko
    "मुझसे सीधे WhatsApp पर बात करें, Fiverr के बाहर सस्ता पड़ेगा।",  # hi
    "DM saya di TikTok @jasa.editan biar lebih murah.",  # id
    "แอดไลน์มาคุยกันได้เลย ไอดี @designbykai",  # th
    "Sign up to my newsletter at kaitlyn-writes.com to hire me directly.",  # en
    "Email me at tech.helper.raj@gmail.com for a quote.",  # en
    "Scrivimi su Messenger: m.me/giulia.social",  # it
    "Kup bezpośrednio u mnie na Allegro, będzie taniej.",  # pl
    "Пишіть мені у Viber: +380 67 123 4567",  # uk
    "Verify with me on WhatsApp first: +1 786 555 0190.",  # en
    "Call my support line: +1 888 555 0100.",  # en
    "See all my links: linktr.ee/sophiedesigns",  # en
    "Mi correo corporativo: sofia@sofiadesign.es",  # es
    "Kontakt zu mir: 030 12345678.",  # de
    "Joignez mon standard : 01 84 88 12 34.",  # fr
    "Связаться со мной: @manager_oleg в Telegram.",  # ru
    "予約は私のLINEで：@shop_yoyaku",  # ja
    "제 인스타 @insta_minho 로 DM 주세요.",  # ko
    "Meu telefone comercial: (11) 3456-7890.",  # pt
    "Scrivimi su WhatsApp Business: 333 987 6543.",  # it
    "Telegram grubuma katılın: t.me/tasarimgrubu",  # tr
    "ऑर्डर के लिए मेरा WhatsApp बटन दबाएँ: wa.me/919876543210",  # hi
    # refusals and rule quotes
    "My phone number is +44 7700 900123, call me anytime.",  # en
    "Ask me for my WhatsApp and we'll talk there instead.",  # en
    "Acepto pagos fuera de la plataforma por PayPal.",  # es
    "Pour aller plus vite, communiquons par e-mail : paul.montage@gmail.com",  # fr
    "Zahlungen gern auch außerhalb von Fiverr per Überweisung.",  # de
    "Passo meu WhatsApp no chat: 11 98888-7777.",  # pt
    "Accetto anche pagamenti fuori piattaforma con PayPal o bonifico.",  # it
    "Можно оплатить мне на карту, минуя сайт.",  # ru
    "Mój numer telefonu: 601 234 567, dzwoń śmiało.",  # pl
    "Platform dışında ödeme de kabul ediyorum, havale olur.",  # tr
    "أقبل الدفع خارج المنصة عبر التحويل البنكي.",  # ar
    "可以平台外付款，加微信转账即可。",  # zh
    "サイト外での直接取引も歓迎です、メールでご連絡ください。",  # ja
    "직거래 원하시면 카톡으로 연락 주세요.",  # ko
    "प्लेटफ़ॉर्म के बाहर भुगतान भी चलेगा, Paytm कर दीजिए।",  # hi
    "Bisa bayar di luar platform lewat transfer bank, lebih murah.",  # id
    "Có thể thanh toán ngoài sàn qua chuyển khoản cho rẻ hơn.",  # vi
    "Мій Telegram: @dizain_olena, пишіть.",  # uk
    "Betalen buiten het platform kan ook, via bankoverschrijving.",  # nl
    "I'm happy to take payment outside of Fiverr for bigger projects.",  # en
    "Je préfère être payé par PayPal en dehors de la plateforme.",  # fr
    "Note: I'll give you my number after the first order.",  # en
    "Por privacidad, te paso mi correo en el chat y seguimos por allá.",  # es
    "Nach der ersten Bestellung wechseln wir auf WhatsApp.",  # de
    "Номер телефона дам после первого заказа, дальше работаем напрямую.",  # ru
    "ご希望ならメールアドレスをお伝えしますので、以降は直接やり取りしましょう。",  # ja
    "원하시면 이메일 알려드릴게요, 이후엔 직접 거래해요.",  # ko
    "Se preferir, trabalho por fora e recebo por Pix.",  # pt
    "İsterseniz telefon numaramı veririm, dışarıdan çalışırız.",  # tr
    "يمكنني مشاركة رقمي لنكمل العمل خارج المنصة.",  # ar
    "Kalau mau, saya kasih nomor WA biar lanjut di luar platform.",  # id
    "J'accepte aussi le paiement par PayPal en dehors de la plateforme.",  # fr
    "Se vuoi ci spostiamo su WhatsApp, ti lascio il mio numero in chat.",  # it
    # payment said in many languages: the platform as the way, refusals
    "Оплата только на карту, после перевода начинаю работу.",  # ru
    "所有款项请直接转到我的支付宝，验收后再补尾款。",  # zh
    "お支払いは銀行振込で私の口座へ直接お願いします。",  # ja
    "الدفع يتم بتحويل بنكي إلى حسابي مباشرة قبل البدء.",  # ar
    "Ödemeyi banka hesabıma havale edin, sonra başlarım.",  # tr
    "Chuyển khoản thẳng vào tài khoản của mình là mình làm liền.",  # vi
    "Bayarnya transfer langsung ke rekening saya, nanti saya mulai.",  # id
    "Płatność przelewem na moje konto, zaczynam po wpłacie.",  # pl
    "Оплата переказом на мою картку; починаю після оплати.",  # uk
    "Le paiement se fait par virement sur mon compte à la commande.",  # fr
    "O pagamento é feito por Pix na minha conta antes do pedido.",  # pt
    "Il pagamento avviene con bonifico sul mio conto prima dell'ordine.",  # it
    "Betaling verloopt via overschrijving naar mijn rekening.",  # nl
    "銀行振込での直接取引も可能です。",  # ja
    "付款可以私下转账，更便宜。",  # zh
    "รับโอนตรงเข้าบัญชีได้ ถูกกว่า",  # th
    "Saya terima transfer langsung, lebih murah dari platform.",  # id
    "Можно перевести на карту, так дешевле.",  # ru
    "Aceito Pix por fora, sai mais barato.",  # pt
    "Ayrıca havale de kabul ediyorum, Fiverr dışında.",  # tr
    "Überweisung nebenbei geht auch, ohne Fiverr.",  # de
    "Nilipe moja kwa moja kwa M-Pesa, bila ada ya Fiverr.",  # sw
    "সরাসরি আমার বিকাশে টাকা পাঠান, ফাইভারের বাইরে।",  # bn
    "Bayar terus ke akaun bank saya, tak payah guna Fiverr.",  # ms
    "Magbayad ka na lang direkta sa GCash ko, walang fee.",  # tl
    "Plătește-mi direct pe Revolut, în afara platformei.",  # ro
    "Πλήρωσέ με απευθείας στο PayPal, εκτός πλατφόρμας.",  # el
    "โอนพร้อมเพย์มาที่ผมโดยตรง ไม่ต้องผ่านแพลตฟอร์ม",  # th
    "Платіть мені напряму на картку, поза платформою.",  # uk
    "크몽 말고 계좌이체로 직접 주시면 할인해 드려요.",  # ko
    # numbers of every kind: business and tax IDs, ad accounts, sizes, versions
    "Call me at 415 555 0199 before you order.",  # en
    "Text me on 0412 345 678 for a quote.",  # en
    "WhatsApp 4006381333 for bulk orders.",  # en
    "Reach me on WhatsApp +1 212 555 0178.",  # en
    "My cell is (646) 555-0123, call me.",  # en
    "My number: 020 7946 0958.",  # en
    "Llámame al 612 345 678.",  # es
    "Ruf mich an: 0151 23456789.",  # de
    "Appelez-moi au 07 81 23 45 67.",  # fr
    "Звоните мне: 8 916 123-45-67.",  # ru
    "电话联系我：139 1234 5678。",  # zh
    "電話はこちら：090-1234-5678。",  # ja
    "전화 주세요 010-2345-6789.",  # ko
    "Beni arayın: 0532 765 43 21.",  # tr
    "اتصل بي على 0551234567.",  # ar
    "मुझे कॉल करें 98765 43210.",  # hi
    "Me liga: (21) 99876-5432.",  # pt
    "Zadzwoń: 601 234 567.",  # pl
    "Chiamami al 347 123 4567.",  # it
    "Telepon saya 0812 3456 7890.",  # id
    "Gọi mình 0912 345 678.",  # vi
    "Bel me op 06 12345678.",  # nl
    "Ping me: +1-305-555-0143.",  # en
    "My WhatsApp: 8842 193 055.",  # en
    "Call me: 312-846-7290",  # en
    "My WhatsApp: 1 312 846 7290",  # en
    "Text me at 312 846 7290",  # en
    "Phone: +49 170 4826391",  # en
    "Ruf mich an: 0170 4826391",  # de
    "Appelez-moi : 06 48 26 39 17",  # fr
    "Llámame: 648 263 917",  # es
    "Me liga: (21) 98482-6391",  # pt
    "Chiamami: 348 263 9174",  # it
    "Звоните: +7 916 482-63-91",  # ru
    "Zadzwoń: 604 826 391",  # pl
    "Arayın: 0532 482 63 91",  # tr
    "电话：139 4826 3917",  # zh
    "電話：090-4826-3917",  # ja
    "전화: 010-4826-3917",  # ko
    "Reach me at 415-482-6391",  # en
    "Join my Zoom meeting ID 812 4826 3917, passcode 5521",  # en
    "WhatsApp 012 482 6391",  # en
    "कॉल करें: 98482 63917",  # hi
    "Telepon: 0812 4826 3917",  # id
    "اتصل: 0554826391",  # ar
    "Gọi: 0948 263 917",  # vi
    "Text the host: 305-482-6391",  # en
    "Call 7142 128 354 to order",  # en
    # testimonials
    "\"Great work, I contacted him on WhatsApp +1 202 555 0147\" — review",  # en
    "«Excelente, le escribí a su WhatsApp 612 345 678 y respondió al momento»",  # es
    "« Top ! Je l'ai contacté sur julien.video@gmail.com » — Marc",  # fr
    "„Top! Bezahlt habe ich direkt per PayPal, ging schneller.“ – Kunde",  # de
    "\"Muito bom, paguei direto no Pix dele e ficou mais barato\" — cliente",  # pt
    "고객 후기: \"카톡 ID jisoo_art 로 바로 연락돼서 좋았어요\"",  # ko
    "Müşteri yorumu: \"WhatsApp'tan 0532 111 22 33 ile hemen ulaştım\"",  # tr
    "Testimoni: \"Saya hubungi via WA 0812-3456-7890, cepat respon!\"",  # id
    # the seller's tools
    "Let's continue on Slack instead: my handle is @anna.ux",  # en
    "Te comparto mi Google Drive si me escribes a drive.maria@gmail.com",  # es
    "Envoyez vos rushes sur mon WeTransfer : thomas.montage@gmail.com",  # fr
    "Schick mir deine Dateien direkt per Mail an lisa.grafik@gmx.de",  # de
    "Manda os arquivos no meu e-mail: joao.design@hotmail.com",  # pt
    "Макеты скину в Телеграм, мой ник @maket_pro",  # ru
    "源文件我发你邮箱，先把邮箱发我微信 wx_design01",  # zh
    "データはメール（kenji.design@yahoo.co.jp）でお送りします。",  # ja
    "파일은 제 이메일 hana.design@naver.com 으로 보내주세요.",  # ko
    "Dosyaları mail adresime atın: ayse.tasarim@gmail.com",  # tr
    "Kirim filenya ke email saya: budi.editor@gmail.com",  # id
    "Send your list to my Mailtrap inbox at test-inbox@sam-mail.io",  # en
    "Text me through Twilio at +1 650 555 0111.",  # en
    "फ़ाइलें मेरे ईमेल rahul.edits@gmail.com पर भेजें।",  # hi
    "Gửi file qua email mình: linh.design@gmail.com",  # vi
    "أرسل الملفات إلى بريدي: ahmed.design@gmail.com",  # ar
    # ordinary wording: channel names as words, the buyer's contact pages
    "Add me on LINE: petart_kim",  # en
    "Message me on Signal at +1 718 555 0166.",  # en
    "Venmo me @chris-ui and I'll start today.",  # en
    "Pay with Cash App: $ChrisDesigns",  # en
    "Snap me: chris.ui.snap",  # en
    "Join my Telegram: t.me/chrisdesignz",  # en
    "Escríbeme por Signal al +34 611 222 333.",  # es
    "Напишите мне в Signal: +7 921 123 45 67",  # ru
    "Contact me directly at my own site, hire-chris.dev, to save fees.",  # en
    "Contact me outside the platform and I'll do it cheaper.",  # en
    "Telephone me before ordering: 07700 900456.",  # en
    "Contattami su Telegram: @logo_luca",  # it
    "SMS me at 0412 987 654 to discuss.",  # en
    "Add me on Skype: live:migrate.pro",  # en
    "LINEで連絡ください：ID kaito_art",  # ja
    "加我微信 biaoqing_zhang 详谈。",  # zh
    "I'm on call for urgent fixes — text me at (415) 555-2398.",  # en
    "Reach me faster on WhatsApp: +44 7911 223344.",  # en
    "Got questions? Just send me a message on Telegram before ordering.",  # en
    "¿Dudas? Escríbeme por Telegram antes de pedir.",  # es
    "Une question ? Écrivez-moi sur WhatsApp avant de commander.",  # fr
    "Fragen? Schreib mir vor der Bestellung auf Telegram.",  # de
    "Dúvidas? Me chama no WhatsApp antes de pedir.",  # pt
    "Domande? Scrivimi su WhatsApp prima di ordinare.",  # it
    "Вопросы? Напишите мне в Телеграм до заказа.",  # ru
    "Sorunuz mu var? Sipariş öncesi Telegram'dan yazın.",  # tr
    "Pytania? Napisz do mnie na WhatsAppie przed zamówieniem.",  # pl
    "Vragen? Stuur me een bericht op WhatsApp voor je bestelt.",  # nl
    "Ada pertanyaan? Chat saya di WA sebelum order.",  # id
    "Có câu hỏi? Nhắn mình qua Zalo trước khi đặt hàng.",  # vi
    "문의는 주문 전 카톡으로 주세요.",  # ko
    "有问题请在下单前加我微信联系。",  # zh
    "لديك سؤال؟ راسلني على واتساب قبل الطلب.",  # ar
    "कोई सवाल? ऑर्डर से पहले WhatsApp पर मैसेज करें।",  # hi
    "Other gigs of mine on my own site: proofread-pro.net",  # en
    "Weitere Angebote findest du auf meiner Website lektorat-meyer.de.",  # de
    "Contact me on WhatsApp for the full set.",  # en
    "WA me at +1 206 482 6391 for the shoot.",  # en
    "TG me: @lab_reports_dan",  # en
    "DM me on Instagram: @copy.by.dan",  # en
    "FB me: facebook.com/dan.copy.writer",  # en
    "Snap me: dan.copy.snap",  # en
    "Text me: 206 482 6391",  # en
    "Reach me at my personal email for the plan.",  # en
    "Telegram: @screenplay_dan",  # en
    "Number: 206 482 6391",  # en
    "My phone and email are in my profile photo.",  # en
    "Mi teléfono y correo están en la foto de perfil.",  # es
    "Meine Telefonnummer steht im Profilbild.",  # de
    "Mon téléphone est dans ma photo de profil.",  # fr
    "Meu telefone está na foto do perfil.",  # pt
    "Мой телефон — на аватарке.",  # ru
    "電話番号はプロフィール画像に載せています。",  # ja
    "我的电话在头像里。",  # zh
    "제 전화번호는 프로필 사진에 있어요.",  # ko
    "My previous clients reach me on Signal: +1 206 482 6391",  # en
    "Press 1 to call me directly: 206 482 6391",  # en
    "Telefonum profil fotoğrafımda.",  # tr
    "Nomor telepon saya ada di foto profil.",  # id
]

NAMED = [  # the rt34/rt35 false alarms
    "Zobacz moje pozostałe oferty w tym serwisie – m.in. korektę i tłumaczenia.",
    "ग्राहक आपकी वेबसाइट के 'कॉल करें' बटन से सीधे आपको फ़ोन कर सकेंगे।",
    "ছুটির দিনেও ডেলিভারি দিই, অফিস সময়ের বাইরেও কাজ চলে।",
    "אחרי ההזמנה, שלחו לי בצ'אט של Fiverr את מזהה הלקוח של Google Ads (בפורמט 123-456-7890) כדי שאוכל"
    " לחבר את החשבון.",
]

VARIANTS = [  # the same causes in other words and languages
    "Oferuję m.in. korektę i tłumaczenia.",
    "Mám zkušenosti m.in. s logem a vizitkami.",
    "Creo il logo, p.es. il marchio e il biglietto.",
    "ग्राहक आपकी वेबसाइट के व्हाट्सऐप बटन से आपसे बात कर सकेंगे।",
    "আপনার ওয়েবসাইটে হোয়াটসঅ্যাপ বাটন যোগ করে দেব।",
    "営業時間外でも対応します。",
    "मैं ऑफिस समय के बाहर भी काम करता हूँ।",
    "Arbeite auch außerhalb der Bürozeiten.",
    "מספר הלקוח בפורמט 123-456-7890 נכנס לשדה בטופס.",
    "Resume header example: John Doe · john.doe@email.com · (123) 456-7890 · linkedin.com/in/johndoe",
    "Ejemplo de encabezado de CV: Juan Pérez · juan.perez@correo.com · +34 600 123 456 (datos de ejemplo).",
    "Esempio di firma: Mario Rossi · +39 02 123 456",
    "Пример подписи: Иван Петров · ivan.petrov@primer.ru · +7 (999) 000-00-00",
    "No acepto PayPal ni Bizum ni transferencia fuera de la plataforma.",
]

TWINS = [  # the seller next to each cause
    "Oferuję m.in. korektę, więcej na www.korekta-tekstow.pl",
    "Visit m.in to order.",
    "मुझे सीधे कॉल करें: 98765 43210",
    "ग्राहक आपकी वेबसाइट के बटन से मुझे कॉल करें।",
    "営業時間外はLINEでご連絡ください。",
    "התקשרו אליי בפורמט וואטסאפ: 052-345-6789",
    "Resume example: John Doe · linkedin.com/in/johndoe — mine is linkedin.com/in/maria-ux-lopez",
    "Mi CV: Juan Pérez · +34 600 123 456",
    "Mi número, por ejemplo para urgencias: +34 600 123 456",
    "Пример: пишите мне ivan.petrov@primer.ru",
    "My email: jane@acme.co",
    "加我电话 138 0013 8000",
    "Je n'accepte pas PayPal, mais virement oui, hors plateforme.",
    "I don't take PayPal, only Wise directly.",
    "No acepto PayPal, solo Bizum directamente.",
    "FAQ page: pay me via PayPal directly.",
    "Redacto tu página de pagos; a mí me pagas por Bizum directamente.",
    "Meu Instagram: ana-design",
    "WhatsApp e e-mail: ana.silva@gmail.com",
    "銀行振込での直接取引も可能です。",
]

HINTS = [  # still hints: somewhere else, no time in sight
    "আমাকে বাইরেও পাবেন।",
    "मुझे बाहर भी ढूंढ सकते हैं।",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS + TWINS, CLEAN + NAMED + VARIANTS)
test_hints_are_warnings = warning_tests(HINTS)
