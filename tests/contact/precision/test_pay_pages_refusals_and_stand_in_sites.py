"""Hard negatives an editor approves in the
families held-out sets still misjudge (payment wording, placeholders, numbers, on-platform wording),
180 in 18 languages, beside 66 seller twins that stay errors. The causes fixed by their general mechanism:

* a stem entry no longer hides a longer entry that starts with the same word: "ödeme*" (a pay word) had
  hidden "ödeme sayfanız" (the buyer's payment page; lexicon_trie._emit tries a stem's letters last);
* the page on paying in more languages ("betaalpagina", "trang thanh toán", "ödeme sayfası", "payment page");
  a settling word ("cash on delivery") in a sentence whose payments are a topic is no leaving;
* a phrase of leaving next to a refused way to pay is where that refused payment would go, however
  long the list ("Nie przyjmuję płatności przez PayPal, BLIK ani przelew poza platformą"; round 1 leftover),
  also when it closes an item not named as a service ("virement ou espèces hors de la plateforme");
* a refusal after the list a service stands in covers it ("PayPal, Venmo or Zelle outside the platform are
  out of the question", "… nie wchodzą w grę"); Czech and Slovak negate the verb glued ("Nepřijímám");
* the words right after a stand-in site claim it only in its own sentence ("Web: www.tuempresa.com. Me
  mandas tus datos" is the buyer sending theirs);
* "template" in Turkish with its one-letter endings ("İmza şablonu") and in Devanagari and Bengali;
* the words naming other kinds of number are read folded as the number's text is ("Numer zamówienia
  2024/05/118" reads "numer zamowienia"), and "number" in Devanagari and more scripts tells nothing by
  itself ("ऑर्डर नंबर 402-7781-3302" is an order number).
"""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves, by family (language in the comment)
    # the buyer's payment pages, and refusals of lists of ways to pay
    "Ödeme sayfanız için metin yazarım: kredi kartı, havale/EFT, kapıda ödeme.",  # tr
    "Web sitenizin \"Ödeme Seçenekleri\" sayfasını hazırlarım: kredi kartı, havale, EFT ve kapıda ödeme.",  # tr
    "Mağazanızın ödeme sayfası metnini yazarım: IBAN ile havale, Papara ve kredi kartı.",  # tr
    "Ödeme ve teslimat sayfanızı Türkçeye çeviririm (PayPal, havale, kapıda ödeme).",  # tr
    "Ich schreibe den Text deiner Zahlungsseite: Kreditkarte, PayPal, Vorkasse und Rechnung.",  # de
    "Übersetzung Ihrer Seite „Zahlung und Versand“: Kreditkarte, Überweisung, Nachnahme.",  # de
    "Scrivo i testi della pagina pagamenti del tuo shop: carta, bonifico, PayPal e contrassegno.",  # it
    "Traduco la pagina \"Metodi di pagamento\" del tuo e-commerce: carta di credito, bonifico, Satispay.",  # it
    "Napiszę treść strony „Płatności i dostawa” Twojego sklepu: BLIK, przelew, karta, za pobraniem.",  # pl
    "Przetłumaczę stronę płatności Twojego sklepu: PayPal, przelew bankowy i płatność przy odbiorze.",  # pl
    "Ik schrijf de tekst van je betaalpagina: iDEAL, creditcard, PayPal en achteraf betalen.",  # nl
    "Напишу текст страницы оплаты для вашего магазина: карта, СБП, перевод и наложенный платёж.",  # ru
    "Переведу страницу «Способы оплаты» вашего сайта: PayPal, банковский перевод, карта.",  # ru
    "Saya tulis teks halaman pembayaran toko Anda: transfer bank, QRIS, OVO dan COD.",  # id
    "Tôi viết nội dung trang thanh toán cho cửa hàng của bạn: chuyển khoản, MoMo, COD.",  # vi
    "为你的网店撰写支付页面文案：支付宝、微信支付、银行转账。",  # zh
    "결제 안내 페이지 문구를 작성해 드립니다: 카드, 계좌이체, 카카오페이.",  # ko
    "お支払い方法ページの文章を書きます：クレジットカード、銀行振込、PayPay。",  # ja
    "मैं आपकी वेबसाइट का भुगतान पेज लिखूँगा: कार्ड, UPI, बैंक ट्रांसफर और कैश ऑन डिलीवरी।",  # hi
    "سأكتب نص صفحة الدفع لمتجرك: بطاقة، تحويل بنكي، PayPal.",  # ar
    "Escribo el texto de la página de pago de tu tienda: tarjeta, transferencia y PayPal.",  # es
    "Escrevo o texto da página de pagamento da sua loja: Pix, boleto, cartão e transferência.",  # pt
    "J'écris le texte de votre page paiement : carte, virement, PayPal et paiement à la livraison.",  # fr
    "I write the payment options page for your shop: card, bank transfer, PayPal and cash on delivery.",  # en
    "Your checkout page copy: \"We accept Visa, Mastercard, PayPal and bank transfer.\"",  # en
    "Nie przyjmuję płatności przez PayPal, BLIK ani przelew poza platformą",  # pl
    "PayPal, BLIK ani przelew poza platformą nie wchodzą w grę.",  # pl
    "Nie przyjmuję płatności przez PayPal, BLIK, przelew poza platformą.",  # pl
    "No acepto pagos por PayPal, Bizum, transferencia ni efectivo fuera de la plataforma.",  # es
    # (a known false alarm since detW's straight payments joined detX's and detZ's rounds, kept in
    # dev.jsonl as a clean case the figures count: a refusal of a list closed by "hors de la plateforme" read as paying outside)
    "Ich nehme keine Zahlungen per PayPal, Klarna, Überweisung oder bar außerhalb der Plattform an.",  # de
    "Non accetto pagamenti con PayPal, Satispay, bonifico né contanti fuori dalla piattaforma.",  # it
    "Не принимаю оплату через PayPal, СБП, карту или перевод вне платформы.",  # ru
    "Nepřijímám platby přes PayPal, Revolut ani převod mimo platformu.",  # cs
    "I don't accept PayPal, Venmo, Zelle or bank transfers outside the platform.",  # en
    "Não aceito pagamento por PayPal, Pix, boleto nem transferência fora da plataforma.",  # pt
    "Platformun dışında PayPal, Papara veya havale ile ödeme kabul etmiyorum.",  # tr
    "Ik accepteer geen PayPal, Tikkie of overboeking buiten het platform.",  # nl
    "Saya tidak menerima pembayaran lewat PayPal, OVO, DANA atau transfer di luar platform.",  # id
    "PayPal、銀行振込、PayPayでのプラットフォーム外の支払いはお受けしておりません。",  # ja
    "我不接受平台外的支付宝、微信或银行转账付款。",  # zh
    "플랫폼 밖에서 페이팔, 카카오페이, 계좌이체로 받지 않습니다.",  # ko
    "لا أقبل الدفع عبر PayPal أو التحويل البنكي أو فودافون كاش خارج المنصة.",  # ar
    "PayPal, Venmo or Zelle outside the platform are out of the question.",  # en
    "Zahlungen per PayPal oder Überweisung außerhalb der Plattform kommen nicht in Frage.",  # de
    # placeholders with example contacts in long templates
    "Email signature template I deliver — Name: [Your Name] / Title: [Your Title] / Email: you@yourdomain.com / Phone: +1 (555) 010-0199 / Website: www.yourdomain.com. You send your details, I fill them in.",  # en
    "Plantilla de firma de correo — Nombre: [Tu nombre] · Cargo: [Tu cargo] · Correo: tunombre@tuempresa.com · Teléfono: +34 600 000 000 · Web: www.tuempresa.com. Me mandas tus datos y los pongo.",  # es
    "Modèle de signature — Nom : [Votre nom] · Poste : [Votre poste] · E-mail : prenom.nom@votresociete.fr · Tél. : 01 23 45 67 89 · Site : www.votresociete.fr. Vous m'envoyez vos infos, je les intègre.",  # fr
    "Vorlage E-Mail-Signatur — Name: [Ihr Name] · Position: [Ihre Position] · E-Mail: vorname.nachname@ihrefirma.de · Tel.: +49 30 123456 · Web: www.ihrefirma.de. Sie senden mir Ihre Daten, ich setze sie ein.",  # de
    "Modello di firma — Nome: [Il tuo nome] · Ruolo: [Il tuo ruolo] · Email: nome.cognome@tuaazienda.it · Tel: +39 02 1234 5678 · Sito: www.tuaazienda.it. Mi mandi i tuoi dati e li inserisco.",  # it
    "Modelo de assinatura — Nome: [Seu nome] · Cargo: [Seu cargo] · E-mail: seunome@suaempresa.com.br · Tel.: (11) 91234-5678 · Site: www.suaempresa.com.br. Você me manda seus dados e eu preencho.",  # pt
    "Szablon stopki — Imię i nazwisko: [Twoje imię] · Stanowisko: [Twoje stanowisko] · E-mail: imie.nazwisko@twojafirma.pl · Tel.: +48 123 456 789 · WWW: www.twojafirma.pl. Wyślesz mi swoje dane, a ja je wstawię.",  # pl
    "Шаблон подписи — Имя: [Ваше имя] · Должность: [Ваша должность] · Почта: name@vashakompaniya.ru · Тел.: +7 (900) 123-45-67 · Сайт: www.vashakompaniya.ru. Пришлёте свои данные — подставлю.",  # ru
    "İmza şablonu — Ad: [Adınız] · Unvan: [Unvanınız] · E-posta: adsoyad@sirketiniz.com · Tel: +90 532 123 45 67 · Web: www.sirketiniz.com. Bilgilerinizi gönderin, ben yerleştireyim.",  # tr
    "Template tanda tangan email — Nama: [Nama Anda] · Jabatan: [Jabatan Anda] · Email: nama@perusahaananda.co.id · Telp: +62 812 0000 0000 · Web: www.perusahaananda.co.id. Kirim data Anda, saya isikan.",  # id
    "Mẫu chữ ký email — Tên: [Tên của bạn] · Chức vụ: [Chức vụ] · Email: ten@congtycuaban.vn · ĐT: +84 912 345 678 · Web: www.congtycuaban.vn. Bạn gửi thông tin, tôi điền vào.",  # vi
    "邮件签名模板——姓名：[您的姓名] · 职位：[您的职位] · 邮箱：name@yourcompany.cn · 电话：+86 138 0000 0000 · 网站：www.yourcompany.cn。您发来信息，我替换进去。",  # zh
    "メール署名テンプレート — 氏名：[お名前] · 役職：[役職] · メール：name@yourcompany.jp · 電話：03-1234-5678 · サイト：www.yourcompany.jp。情報をいただければ差し替えます。",  # ja
    "이메일 서명 템플릿 — 이름: [고객님 이름] · 직책: [직책] · 이메일: name@yourcompany.kr · 전화: 010-1234-5678 · 웹: www.yourcompany.kr. 정보를 보내주시면 넣어 드립니다.",  # ko
    "قالب توقيع البريد — الاسم: [اسمك] · المنصب: [منصبك] · البريد: name@yourcompany.com · الهاتف: +966 50 123 4567 · الموقع: www.yourcompany.com. أرسل بياناتك وسأضعها.",  # ar
    "ईमेल सिग्नेचर टेम्पलेट — नाम: [आपका नाम] · पद: [आपका पद] · ईमेल: name@yourcompany.in · फ़ोन: +91 98765 43210 · वेबसाइट: www.yourcompany.in। आप अपनी जानकारी भेजें, मैं भर दूँगा।",  # hi
    "Landing page wireframe with sample content: hero, pricing table, and a footer with \"hello@brand.com\" and \"+1 555 0100\" as stand-ins for your real details.",  # en
    "Flyer mockup for your bakery (sample text): \"Call us: (555) 123-4567 · orders@yourbakery.com\" — replaced with your info before delivery.",  # en
    # numbers of every kind, in many scripts
    "Your order includes 3 revisions, 1920×1080 exports and delivery in 2–3 days; order #FO81234567 style IDs are tracked on Fiverr.",  # en
    "Preise ab 49 €, Lieferung in 3 Tagen, 2 Korrekturschleifen, Auflösung 300 dpi, Format DIN A4 (210 × 297 mm).",  # de
    "Тираж 1000 шт., формат 90×50 мм, бумага 300 г/м², срок 3–5 дней, артикул 4607001234567.",  # ru
    "価格は5,000円から、納期は3日、修正は2回まで、サイズは1080×1920ピクセルです。",  # ja
    "起价 ¥299，3天交付，2次修改，尺寸 1242×2688，文件 300dpi。",  # zh
    "가격 30,000원부터, 3일 내 납품, 수정 2회, 해상도 300dpi, 크기 1080×1350.",  # ko
    "السعر من 50 دولار، التسليم خلال ٣ أيام، ٢ تعديلات، دقة ٣٠٠ نقطة، مقاس ١٠٨٠×١٠٨٠.",  # ar
    "कीमत ₹999 से, डिलीवरी ३ दिन में, २ संशोधन, रिज़ॉल्यूशन ३०० डीपीआई।",  # hi
    "Giá từ 250.000đ, giao trong 3 ngày, sửa 2 lần, kích thước 1080×1920.",  # vi
    "Harga mulai Rp150.000, selesai 3 hari, revisi 2 kali, ukuran 1080×1350 px.",  # id
    "Fiyat 500 TL'den başlar, teslim 3 gün, 2 revizyon, 1080×1920 çözünürlük, ISBN 978-605-123-456-7.",  # tr
    "ISBN 978-3-16-148410-0, 248 Seiten, ISSN 2049-3630, DOI 10.1000/182 — ich formatiere Ihr Buch für den Druck.",  # de
    "Formatting your thesis: 120 pages, APA 7, DOI 10.1038/nphys1170, ISBN 978-0-306-40615-7 cited correctly.",  # en
    "Excel: fórmulas para 12.500 filas, códigos postales 28013 y 08001, IVA 21 %, facturas F-2024-00123.",  # es
    "Tracking number format I validate in your app: 1Z999AA10123456784, and EAN-13 barcodes 4006381333931.",  # en
    "SKU-Liste für deinen Shop: 10023-445-12, 10023-445-13, 10023-446-01 (Artikelnummern bereinigt).",  # de
    "Mã sản phẩm SP-2024-000123, mã vạch 8934567123456, thuế 10 %.",  # vi
    "Kode pos 40115, NPWP format 01.234.567.8-901.000 untuk template faktur Anda.",  # id
    "Coordinates for your map: 40.7128, -74.0060 and 51.5074, -0.1278.",  # en
    "Timestamps in your subtitles: 00:01:23,456 --> 00:01:25,789.",  # en
    "Versión 2.3.14, puerto 8080, IP de ejemplo 192.168.0.1 en la guía de instalación.",  # es
    # on-platform wording
    "Schreib mir vor der Bestellung gern hier im Fiverr-Chat, ich antworte innerhalb weniger Stunden.",  # de
    "Écris-moi ici sur Fiverr avant de commander, je réponds vite.",  # fr
    "Scrivimi qui su Fiverr prima di ordinare: rispondo entro poche ore.",  # it
    "Napisz do mnie tutaj na Fiverr przed złożeniem zamówienia.",  # pl
    "Stuur me hier op Fiverr een bericht voordat je bestelt.",  # nl
    "Напишите мне здесь, на Fiverr, до заказа — отвечу в течение часа.",  # ru
    "Sipariş vermeden önce bana buradan, Fiverr üzerinden yazın.",  # tr
    "Kirim pesan ke saya di sini lewat Fiverr sebelum memesan.",  # id
    "Nhắn cho tôi ngay tại đây trên Fiverr trước khi đặt hàng.",  # vi
    "注文前にこちらのFiverrメッセージでご相談ください。",  # ja
    "下单前请在Fiverr站内消息联系我。",  # zh
    "주문 전에 여기 Fiverr 메시지로 문의해 주세요.",  # ko
    "ऑर्डर से पहले यहीं Fiverr पर मुझे मैसेज करें।",  # hi
    "راسلني هنا على فايفر قبل الطلب.",  # ar
    "Escríbeme aquí por Fiverr antes de pedir, respondo rápido.",  # es
    "Me chame aqui no chat do Fiverr antes de fazer o pedido.",  # pt
    "Kredi kartı numarası alanı için doğrulama kodu yazarım (Luhn algoritması, 16 hane).",  # tr
    "Валидация номера карты в форме: 16 цифр, алгоритм Луна, маска 0000 0000 0000 0000.",  # ru
    "Validación de IBAN en tu formulario: ES, 24 caracteres, dígitos de control.",  # es
    # numbers of other kinds labelled in each language (orders, invoices, tax and company numbers, measures)
    "Rechnungsnummer RE-2024-0815, Kundennummer 4711-0815, Bestellnummer 3028 4471 19 — alles in deiner Vorlage.",  # de
    "Numéro de commande 5039 2817 44, SIRET 732 829 320 00074, TVA FR 40 303 265 045 : je mets en page vos factures.",  # fr
    "Número de pedido 2024-558-901, NIF B-12345678, CIF en el pie de la factura: diseño tu plantilla.",  # es
    "Numero d'ordine 4500123987, P.IVA 01234567890, codice fiscale nel piè di pagina della fattura.",  # it
    "Numer zamówienia 2024/05/118, NIP 521-301-72-28, REGON 012345678 w stopce faktury.",  # pl
    "Номер заказа 7345-2210-98, ИНН 7707083893, КПП 773601001 — оформлю ваши счета.",  # ru
    "Sipariş no 2024-778-4521, vergi no 1234567890, MERSİS no 0123456789012345 faturanın altında.",  # tr
    "Nomor pesanan INV/2024/05/00123, NPWP 09.254.294.3-407.000 di bagian bawah faktur.",  # id
    "Số đơn hàng 2405-7781-3302, mã số thuế 0312345678 ở chân hóa đơn.",  # vi
    "注文番号 250-1234567-8901234、登録番号 T1234567890123 を請求書に記載します。",  # ja
    "订单号 2024 0511 8899 3321，统一社会信用代码 91310000MA1FL0XX0X，写在发票底部。",  # zh
    "주문번호 20240511-0001234, 사업자등록번호 123-45-67890 을 인보이스 하단에 넣어 드립니다.",  # ko
    "رقم الطلب 2024-0511-7789، الرقم الضريبي 300012345600003 في أسفل الفاتورة.",  # ar
    "ऑर्डर नंबर 402-7781-3302, GSTIN 27AAPFU0939F1ZV इनवॉइस के नीचे।",  # hi
    "Order no. 114-2847591-3302, VAT GB 123 4567 89, company no. 01234567 in your invoice footer.",  # en
    "Flight AA 2471 on 12/05, booking ref 6X2KQP, seat 14C: I build your itinerary page.",  # en
    "Your podcast episode 247 runs 58:12; chapters at 03:45, 17:20 and 41:08.",  # en
    "Your book: 312 pages, 85,000 words, trim size 6 × 9 in, ISBN 979-8-12-345678-9.",  # en
    "Model numbers for your catalog: SM-G991B, A2633, 20V-120W-XR and 6001-2RS.",  # en
    "Quiz for your class: 3 + 4 × 12 = 51, 144 ÷ 12 = 12, 2^10 = 1024.",  # en
    "Recipe scaling: 250 g flour, 125 ml milk, 2 eggs, 180 °C for 25–30 minutes.",  # en
    "Contract dates 2024-05-11 to 2025-05-10, clause 14.2.3, annex 7.",  # en
    "Kilometerstand 123.456 km, Baujahr 2019, Leistung 110 kW (150 PS): dein Inserat, sauber formuliert.",  # de
    "Площадь 54,3 м², этаж 7/16, год постройки 2012: опишу вашу квартиру для объявления.",  # ru
    # the marketplace holding the payment, and payments as a blog's topic
    "Fiverr releases the payment to me once you accept the delivery; tips are optional, through Fiverr.",  # en
    "El pago lo retiene Fiverr hasta que aceptes la entrega; propinas opcionales, por Fiverr.",  # es
    "Fiverr garde le paiement jusqu'à ce que vous acceptiez la livraison.",  # fr
    "Fiverr hält die Zahlung zurück, bis du die Lieferung annimmst.",  # de
    "Il pagamento resta a Fiverr finché non accetti la consegna.",  # it
    "Fiverr przechowuje płatność, dopóki nie zaakceptujesz dostawy.",  # pl
    "Оплата хранится у Fiverr, пока вы не примете заказ.",  # ru
    "Ödeme, teslimatı onaylayana kadar Fiverr'da bekler.",  # tr
    "Pembayaran ditahan Fiverr sampai Anda menerima hasil kerja.",  # id
    "Fiverr giữ khoản thanh toán cho đến khi bạn chấp nhận bàn giao.",  # vi
    "納品を承認するまで、代金はFiverrが預かります。",  # ja
    "在你确认收货前，款项由Fiverr托管。",  # zh
    "납품을 승인하실 때까지 결제 금액은 Fiverr가 보관합니다.",  # ko
    "يحتفظ فايفر بالمبلغ حتى تقبل التسليم.",  # ar
    "डिलीवरी स्वीकार करने तक भुगतान Fiverr के पास रहता है।",  # hi
    "O pagamento fica com a Fiverr até você aceitar a entrega.",  # pt
    "I'll explain the difference between PayPal Friends & Family and Goods & Services in your blog post.",  # en
    "Comparativa para tu blog: Bizum vs. transferencia vs. PayPal, comisiones y plazos.",  # es
    "Artykuł na Twojego bloga: BLIK czy przelew — co wybrać w sklepie internetowym?",  # pl
    "Статья для вашего блога: СБП или перевод по карте — что выгоднее магазину.",  # ru
    "Blogunuz için makale: Papara mı havale mi, e-ticarette hangisi?",  # tr
    "Artikel untuk blog Anda: QRIS vs transfer bank untuk UMKM.",  # id
    # sample bios with stand-in contacts, written for the buyer's brand
    "Your Linktree-style page, sample content: \"Instagram @yourbrand · TikTok @yourbrand · Email hello@yourbrand.com\" — swapped for your real handles on delivery.",  # en
    "Ejemplo de bio para tu Instagram: \"📍 Madrid · 📩 hola@tumarca.es · Pedidos por DM\" — la adapto a tu marca.",  # es
    "Exemple de bio Instagram : « Créatrice 🇫🇷 · contact@tamarque.fr · Commandes en DM » — adaptée à votre marque.",  # fr
    "Beispiel-Bio für deinen Shop: „Handgemacht in Köln · Anfragen: hallo@deinshop.de“ – ich passe sie an.",  # de
    "Esempio di bio: \"Fatto a mano a Roma · info@tuobrand.it · Ordini in DM\" — la adatto al tuo brand.",  # it
    "Exemplo de bio: \"Feito à mão em SP · contato@suamarca.com.br · Pedidos no direct\" — adapto para a sua marca.",  # pt
    "Przykładowe bio: „Rękodzieło z Krakowa · kontakt@twojamarka.pl · Zamówienia w DM” — dopasuję do Twojej marki.",  # pl
    "Пример шапки профиля: «Ручная работа · Москва · info@vashbrend.ru · Заказы в директ» — адаптирую под ваш бренд.",  # ru
    "Örnek biyografi: \"El yapımı · İstanbul · iletisim@markaniz.com · Sipariş için DM\" — markanıza uyarlarım.",  # tr
    "Contoh bio: \"Handmade · Bandung · halo@brandanda.id · Order via DM\" — saya sesuaikan dengan brand Anda.",  # id
    "Ví dụ bio: \"Đồ handmade · Hà Nội · lienhe@thuonghieucuaban.vn · Đặt hàng qua DM\" — mình chỉnh theo thương hiệu của bạn.",  # vi
    "个人简介示例：“手工制作 · 上海 · 邮箱 hello@yourbrand.cn · 私信下单”——按你的品牌修改。",  # zh
    "プロフィール文の例：「ハンドメイド・東京・お問い合わせ info@yourbrand.jp・DMでご注文」— ブランドに合わせて調整します。",  # ja
    "소개글 예시: \"핸드메이드 · 서울 · 문의 hello@yourbrand.kr · 주문은 DM\" — 브랜드에 맞게 수정해 드립니다.",  # ko
    "مثال للنبذة: \"صناعة يدوية · الرياض · للتواصل hello@yourbrand.com · الطلب عبر الخاص\" — أعدّلها لعلامتك.",  # ar
    "बायो का उदाहरण: \"हैंडमेड · जयपुर · संपर्क hello@yourbrand.in · ऑर्डर DM में\" — आपके ब्रांड के अनुसार बदल दूँगा।",  # hi
    # the marketplace's checkout as the way to pay
    "At Fiverr's checkout you can pay with PayPal, a card or Apple Pay; I never see your payment details.",  # en
    "En el pago de Fiverr puedes usar PayPal, tarjeta o Google Pay; yo no veo tus datos de pago.",  # es
    "Au paiement sur Fiverr, vous pouvez utiliser PayPal ou une carte ; je ne vois jamais vos coordonnées bancaires.",  # fr
    "Beim Bezahlen auf Fiverr kannst du PayPal, Karte oder Apple Pay nutzen; deine Zahlungsdaten sehe ich nie.",  # de
    "Al checkout di Fiverr puoi pagare con PayPal o carta; non vedo mai i tuoi dati di pagamento.",  # it
    "No checkout da Fiverr você pode pagar com PayPal ou cartão; eu nunca vejo seus dados de pagamento.",  # pt
    "Przy płatności na Fiverr możesz użyć PayPal lub karty; nie widzę Twoich danych płatniczych.",  # pl
    "При оплате на Fiverr можно использовать PayPal или карту; ваши платёжные данные я не вижу.",  # ru
    "Fiverr ödeme ekranında PayPal veya kartla ödeyebilirsiniz; ödeme bilgilerinizi görmem.",  # tr
    "Saat checkout di Fiverr Anda bisa bayar pakai PayPal atau kartu; saya tidak melihat data pembayaran Anda.",  # id
    "Khi thanh toán trên Fiverr, bạn có thể dùng PayPal hoặc thẻ; tôi không thấy thông tin thanh toán của bạn.",  # vi
    "Fiverrの決済画面ではPayPalやカードが使えます。お支払い情報は私には見えません。",  # ja
    "在Fiverr结账时可以用PayPal或银行卡付款，我看不到你的支付信息。",  # zh
    "Fiverr 결제 화면에서 PayPal이나 카드로 결제하실 수 있으며, 결제 정보는 제게 보이지 않습니다.",  # ko
    "عند الدفع على فايفر يمكنك استخدام PayPal أو البطاقة، ولا أرى بيانات الدفع الخاصة بك.",  # ar
]

TWINS = [  # the seller next to them: the same pages, lists, templates and numbers, claimed or accepted
    "Ödeme sayfanızı yazarım; bana da havale ile Fiverr dışında ödeyebilirsiniz: TR12 0006 1005 1978 6457 8413 26",  # tr
    "Ich schreibe deine Zahlungsseite; mich bezahlst du direkt per PayPal außerhalb von Fiverr.",  # de
    "Scrivo la pagina pagamenti; a me paghi con bonifico diretto fuori da Fiverr.",  # it
    "Napiszę stronę płatności; mi zapłacisz przelewem poza platformą.",  # pl
    "Ik schrijf je betaalpagina; mij betaal je via Tikkie buiten het platform.",  # nl
    "Напишу страницу оплаты; мне платите переводом на карту вне платформы.",  # ru
    "Saya tulis halaman pembayaran; bayar saya langsung via transfer di luar platform.",  # id
    "Tôi viết trang thanh toán; bạn trả tôi qua MoMo ngoài nền tảng.",  # vi
    "写支付页面文案；你直接微信转账给我，不走平台。",  # zh
    "Przyjmuję płatności przez PayPal, BLIK albo przelew poza platformą.",  # pl
    "Nie przyjmuję PayPal, ale przelew poza platformą tak.",  # pl
    "Platformun dışında PayPal, Papara veya havale ile ödeme kabul ediyorum.",  # tr
    "Acepto PayPal, Bizum o transferencia fuera de la plataforma.",  # es
    "I accept PayPal, Venmo or Zelle outside the platform.",  # en
    "Akzeptiere PayPal oder Überweisung außerhalb der Plattform.",  # de
    "Принимаю PayPal, СБП или перевод вне платформы.",  # ru
    "Aceito PayPal, Pix ou transferência fora da plataforma.",  # pt
    "Saya menerima PayPal, OVO atau transfer di luar platform.",  # id
    "Signature: Anna Kowalska · anna.kowalska.design@gmail.com · +48 601 234 567 — write to me there.",  # en
    "Mi firma: Juan Pérez · juanperez.diseno@gmail.com · +34 612 345 678, escríbeme ahí.",  # es
    "Моя подпись: Иван Петров · ivan.petrov.design@mail.ru · +7 916 123-45-67 — пишите туда.",  # ru
    "Meine Nummer: +49 151 23456789, ruf mich direkt an.",  # en
    "我的电话：138 1234 5678，直接打给我。",  # zh
    "私の電話番号：090-1234-5678、直接お電話ください。",  # ja
    "제 번호: 010-9876-5432, 직접 연락 주세요.",  # ko
    "رقمي: 0501234567 تواصل معي مباشرة.",  # ar
    "मेरा नंबर: 98765 43210, सीधे कॉल करें।",  # hi
    "Số của tôi: 0912 345 678, gọi trực tiếp nhé.",  # vi
    "Nomor saya: 0812-3456-7890, hubungi langsung.",  # id
    "Numaram: 0532 123 45 67, doğrudan arayın.",  # tr
    "Akceptuję PayPal, BLIK albo gotówkę poza platformą.",  # pl
    "J'accepte PayPal, Lydia, virement ou espèces hors de la plateforme.",  # fr
    "Ik accepteer PayPal, Tikkie of overboeking buiten het platform.",  # nl
    "Saya menerima PayPal, OVO, DANA atau transfer di luar platform.",  # id
    "I write your payment page; you can pay me cash on delivery.",  # en
    "Přijímám platby přes PayPal, Revolut nebo převod mimo platformu.",  # cs
    "PayPal, Venmo or Zelle outside the platform are fine with me.",  # en
    "PayPal, Venmo or Zelle outside the platform, no problem.",  # en
    "Nie przyjmuję PayPal, ale BLIK albo przelew poza platformą jak najbardziej.",  # pl
    "Benim numaram: +90 532 123 45 67, doğrudan arayın.",  # tr
    "मेरा नंबर +91 98765 43210 है, मुझे सीधे कॉल करें।",  # hi
    "My site: www.annakdesign.com, write to me there.",  # en
    "Plantilla de firma hecha por mí; mi web: www.lauradisenos.com, escríbeme allí.",  # es
    "Schreib mir vor der Bestellung auf WhatsApp: +49 151 23456789.",  # de
    "Écris-moi sur Telegram avant de commander : @marie_design.",  # fr
    "Napisz do mnie na WhatsApp przed zamówieniem: 601 234 567.",  # pl
    "Sipariş vermeden önce bana WhatsApp'tan yazın: 0532 987 65 43.",  # tr
    "Numer zamówienia 2024/05/118, a mój numer telefonu: 601 872 413.",  # pl
    "ऑर्डर नंबर 402-7781-3302; मेरा व्हाट्सएप नंबर 98765 43210 है।",  # hi
    "Order no. 114-2847591-3302 — for questions call me at 415 872 4133.",  # en
    "Номер заказа 7345-2210-98, а мой телефон: +7 916 482-17-35.",  # ru
    "Sipariş no 2024-778-4521; beni arayın: 0532 987 65 43.",  # tr
    "Fiverr holds the payment, so I'd rather you pay me directly by PayPal.",  # en
    "El pago lo retiene Fiverr; mejor págame directo por Bizum.",  # es
    "Fiverr hält die Zahlung zurück, zahl mir lieber direkt per PayPal.",  # de
    "Оплата хранится у Fiverr, поэтому лучше переведите мне напрямую на карту.",  # ru
    "Ödeme Fiverr'da bekliyor; bana doğrudan Papara ile gönderin.",  # tr
    "Artikel untuk blog Anda, dan bayar saya langsung lewat transfer bank.",  # id
    "My own bio, for reference: \"Handmade · Madrid · hola@lauraceramica.es · orders by DM\" — write to me there.",  # en
    "Mi bio: \"📩 hola@lauraceramica.es\" — escríbeme ahí directamente.",  # es
    "Moje bio: kontakt@annaceramika.pl — napisz do mnie tam.",  # pl
    "Моя шапка профиля: info@annakeramika.ru — пишите туда напрямую.",  # ru
    "Skip Fiverr's checkout: pay me with PayPal directly and I start today.",  # en
    "Zahl nicht über Fiverr, sondern direkt per PayPal an mich.",  # de
    "Płać mi bezpośrednio przez PayPal, bez Fiverr.",  # pl
    "Fiverr ödeme ekranını atlayın, bana doğrudan PayPal ile ödeyin.",  # tr
]

test_errors, test_honest_sentences_stay_clean = severity_tests(TWINS, CLEAN)
