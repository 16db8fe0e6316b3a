"""Placeholders read from their structure, not their phrasing: numbers of the
regulators' fiction ranges and the run "1234567(8)" where the words around call them an
example; generic domains ("company.com", "azienda.it") under an example frame; example
words read as stems ("Przykładowa", "Voorbeeldvisitekaartje"); a sample's label ("Bio
template:") and quoted copy ("Popup copy: '...'") that make "me", "us", "DM" the buyer's;
masks ("1-800-XXX-XXXX") and bracketed stand-ins ("wa.me/<your-number>"). Each honest
template has seller twins that stay reported: a real identifier called "an example" is
still an error."""
from __future__ import annotations

import pytest
from contact_support import placeholder_vocab  # noqa: F401 (the fixture `pv`)
from contact_support import reported as _bad
from table_support import table_test

from gigcheck.detectors.phone_guards import fictional

# Honest templates and samples in deliverables, in several languages.
TEMPLATES = [
    "Email signature template: John Doe | Marketing Manager | john.doe@example.com | +1 (555) 010-0199",
    "Until you send your details, the contact form shows a sample address like your-email@yourdomain.com.",
    "Business card mock-up with dummy text: Name Surname, Position, name@company.com, +44 20 7946 0958.",
    "The flyer footer has blank lines for you to fill in:\nContact: ____________\nPhone: ____________\nEmail: ____________",
    "The brochure keeps [your phone] and [your email] fields so your team can print it anywhere.",
    "Bio template I deliver:\n✨ Handmade candles ✨\nDM @yourbrand to order\n👇 link below",
    "Plantilla de firma incluida: Nombre Apellido | Cargo | correo@tuempresa.com | +34 600 000 000",
    "Modelo de cartão de visita: Seu Nome, seuemail@seudominio.com.br, (11) 90000-0000 — trocamos pelos seus dados.",
    "Exemple de bloc contact livré : Prénom Nom – prenom.nom@entreprise.fr – 01 23 45 67 89",
    "Muster-Impressum als Vorlage: Max Mustermann, Musterstraße 1, 12345 Musterstadt, Tel. 0123 456789, E-Mail: max@mustermann.de",
    "Esempio di firma email: Mario Rossi – mario.rossi@azienda.it – +39 02 1234 5678",
    "Шаблон подписи для вашей команды: Иван Иванов, ivan@example.ru, +7 (900) 000-00-00",
    "Örnek kartvizit tasarımı: Ad Soyad, adsoyad@firmaniz.com, 0555 000 00 00",
    "Contoh tanda tangan email: Nama Anda | nama@perusahaananda.co.id | 0812-0000-0000",
    "Przykładowa stopka maila: Jan Kowalski, jan.kowalski@twojafirma.pl, tel. 123 456 789",
    "Voorbeeld van de e-mailhandtekening: Jan Jansen | info@jouwbedrijf.nl | 06-12345678",
    "名刺デザインのサンプル：山田太郎 / taro@example.co.jp / 03-0000-0000",
    "名片设计示例：张三，zhangsan@example.com，电话：138-0000-0000（交付时替换为您的信息）",
    "نموذج توقيع البريد الذي سأصممه: الاسم الكامل | name@yourcompany.com | +966 5X XXX XXXX",
    "Sample visiting card: Aapka Naam, aapka.email@company.com, +91 98XXX XXXXX — final me aapki details aayengi.",
    "Mẫu chữ ký email: Nguyễn Văn A | email@congtycuaban.vn | 09xx xxx xxx",
    "Halimbawa ng email signature: Juan dela Cruz | juan@iyongnegosyo.ph | 0917 000 0000",
    "The landing page mock-up uses demo data (jane@acme.test, 555-0123); I swap in your real details before delivery.",
    "Social icons point to @yourhandle on Instagram, TikTok and X until you send me your links.",
    "Letterhead with placeholder text: Company Name, 123 Street, City, info@company.com, www.company.com",
    "Mail-merge fields stay intact: Hi {{first_name}}, reply to %SENDER_EMAIL% or call [[phone_number]].",
    "Kontaktblock zum Ausfüllen:\nTelefon: ___________\nE-Mail: ___________",
    "Invoice template header: ACME Corp · billing@acme.example · Tel +1-202-555-0143",
    "The UK version of the leaflet shows a dummy mobile, 07700 900123, where your number will go.",
    "명함 시안 예시: 홍길동 / hong@example.com / 010-0000-0000",
    "Contact section of the resume template: Phone: +1 (XXX) XXX-XXXX · Email: you@email.com",
    "Link-in-bio page mock-up: linktr.ee/yourname, t.me/yourchannel and wa.me/your-number buttons.",
    "Modello di biglietto da visita: Nome Cognome, nome.cognome@tuaazienda.it, +39 333 000 0000",
    "Wzór wizytówki: Imię Nazwisko, imie.nazwisko@firma.pl, +48 000 000 000",
    "Пример визитки: Фамилия Имя, email@вашсайт.ru, тел. +7 XXX XXX-XX-XX",
    "Ejemplo de pie de correo: Tu Nombre · tunombre@tudominio.com · WhatsApp: +52 55 0000 0000",
    "Exemple de carte de visite : Votre Nom, Fonction, vous@votresociete.com, 06 XX XX XX XX",
    "Vorlage für die Signatur: Vorname Nachname | Position | vorname.nachname@firma.de | +49 (0)30 000000",
    "The WooCommerce store ships with sample customers (customer@example.org, +61 491 570 156) you can delete.",
    "Your Telegram bot greets users with: \"Hi! Contact us at support@yourshop.com or @yourshop_support\".",
    "Email capture popup copy: \"Drop your email below\" with the field hint name@email.com.",
    "Contoh bio Instagram: \"Order via DM atau WA 08xx-xxxx-xxxx\" — nomor diganti dengan milik Anda.",
    "Amostra do rodapé: Sua Empresa Ltda · contato@suaempresa.com · WhatsApp (00) 00000-0000",
    "サンプル署名：株式会社〇〇 営業部 〇〇 太郎 / info@yourdomain.jp / TEL 00-0000-0000",
    "示例页脚：公司名称 | 邮箱：name@yourcompany.com | 电话：400-000-0000",
    "Örnek e-posta imzası: İsim Soyisim | isim@sirketiniz.com.tr | +90 5XX XXX XX XX",
    "Mockup kartu nama: Nama Lengkap, email@domainanda.com, +62 8XX-XXXX-XXXX",
    "Sample contact page text: \"Questions? Email hello@yourbrand.com or call (555) 555-5555.\"",
    "Voorbeeldvisitekaartje: Voornaam Achternaam, naam@bedrijf.nl, +31 6 00000000",
    "The demo chatbot answers with a made-up number, +1 202 555 0178, so you can test the flow.",
    "Business card design: front with your logo, back with Website: www.yourwebsite.com | Phone: 123-456-7890 | Email: info@yourwebsite.com",
    "名刺の裏面にはTEL: 03-1234-5678 / MAIL: info@sample.co.jp のようなダミー情報を入れて納品します。",
    "Форма заказа на лендинге: поле телефона с подсказкой +7 (999) 123-45-67 и кнопка «Отправить».",
    "명함 디자인 시 연락처는 010-1234-5678 처럼 임시로 넣고, 확정되면 바꿔드립니다.",
    "Nel volantino metto un numero fittizio, tipo Tel. 333 1234567, finché non mi mandi il tuo.",
    "No cartão de exemplo uso o nome Fulano de Tal e o e-mail fulano@suaempresa.com.br.",
    "Footer template:\nFollow us @YourBusinessName\nCall us: 1-800-XXX-XXXX\nEmail: info@[yourdomain].com",
    "Your WhatsApp order button: wa.me/<your-number>?text=Hi, I want to order",
    "La maqueta de la web lleva datos ficticios: correo contacto@empresa.com y teléfono 900 000 000.",
    "Ich liefere die Visitenkarte mit Platzhaltern: Vorname Nachname, Tel. +49 30 23125 678, mail@firma.de.",
    "Maquette du site livrée avec des coordonnées fictives : 01 99 00 12 34, contact@votresite.fr.",
    "I design the Instagram highlight covers and a bio like: 'Bookings 👉 link in bio | DM us to collaborate'.",
    "Contact page copy I'll write for you: \"Have a question? Call us or send us a message on WhatsApp, we reply within a day.\"",
    "Örnek broşür metni: \"Bizi arayın: 0 (212) 000 00 00 — info@firmaniz.com\"",
    "Przykładowe dane w stopce strony: kontakt@twojadomena.pl, tel. 500 000 000.",
    "Ik maak een visitekaartje; als voorbeeld staat er naam@jouwbedrijf.nl en 020-1234567 op.",
    "Resume template with dummy contact info (Name | City | email@email.com | (123) 456-7890) you replace with yours.",
    "Mẫu danh thiếp: Họ và tên, SĐT 0900 000 000, email tenban@congty.vn — mình sẽ thay bằng thông tin của bạn.",
    "Sample auto-reply I write for your inbox: \"Thanks for reaching out! Email me at hello@yourbrand.com for collabs.\"",
    "The chatbot script ends with: 'Leave your phone number and we will call you back.'",
    "Plantilla de Instagram: \"Pide por WhatsApp al +00 000 000 000\" con tus colores.",
    "样本海报上的电话写成 400-123-4567，交付前会换成您公司的号码。",
]


@table_test("text", TEMPLATES)
def test_template_in_a_deliverable_is_clean(lint, text):
    assert _bad(lint, text) == []


# A real identifier framed as an example, a sample or a template is still the seller's.
FRAMED_REAL = [
    "Questions before ordering? e.g. reach me at lena.k@gmail.com and I answer within an hour.",
    "Sample signature (mine): Marta Ruiz | marta.ruiz.design@gmail.com — write there for a custom quote.",
    "Por ejemplo, escríbeme a pablo.diseno@hotmail.com y te mando el presupuesto.",
    "Exemple de contact : mon WhatsApp +33 6 12 48 93 71, écrivez-moi avant de commander.",
    "Beispiel-Signatur: Jonas Weber, Tel. 0176 2345 6781 — ruf mich einfach an, bevor du bestellst.",
    "Пример визитки: пишите мне в телеграм @ivan_designs_77, отвечу быстрее, чем тут.",
    "Template preview: my own card says tom.h.studio@outlook.com, just message there for faster replies.",
    "Exemplo de cartão: o meu é (11) 98765-4321 no WhatsApp, me chama antes de comprar.",
    "Mockup example with my real details: +44 7911 482 615, text me there to skip the fees.",
    "Esempio: contattami su Instagram @giulia.grafiche per le anteprime.",
    "Contoh kartu nama saya: WA 0812 7734 5521, chat aja langsung ya kak.",
    "Sample email signature: Kenji Mori | kenji.mori.art@yahoo.co.jp — contact me there directly.",
    "Örnek: bana ayse.tasarim@gmail.com adresinden ulaşabilirsiniz.",
    "Bio template: DM me on Instagram @nora_paints_daily before ordering, I reply faster there.",
]


@pytest.mark.parametrize("text", FRAMED_REAL)
def test_real_identifier_called_an_example_is_an_error(lint, text):
    found = _bad(lint, text)
    assert any(rule.startswith("GC2") and str(rule) != "GC207" for rule, _ in found), found


@pytest.mark.parametrize("text,needle", [
    # the fiction range or the counting run without an example frame is a number
    ("Call me on 020 7946 0958 for a quote.", "020 7946 0958"),
    ("WhatsApp: +52 55 0000 0000", "+52 55 0000 0000"),
    ("Ruf an: 06-12345678", "06-12345678"),
    # an example word alone does not make what follows a sample: "me" still claims it
    ("Example: call me at 555-0142", "555-0142"),
    # a generic domain with no example frame is an address
    ("Write to info@azienda.it for prices.", "info@azienda.it"),
    # "samples" and "Flyers" are the seller's work, not a stand-in's frame
    ("Call 312-555-0187 for voice samples.", "312-555-0187"),
])
def test_seller_twins_stay_reported(lint, text, needle):
    assert any(needle in ex for _, ex in _bad(lint, text)), _bad(lint, text)


@pytest.mark.parametrize("digits,intl,want", [
    ("442079460958", True, True),  # Ofcom: London drama range
    ("02079460958", False, True),
    ("61491570156", True, True),  # ACMA mobile range
    ("33199001234", True, True),  # ARCEP fiction range
    ("493023125678", True, True),  # BNetzA Berlin film numbers
    ("0612345678", False, True),  # subscriber part "12345678"
    ("79991234567", True, True),  # "+7 (999) 123-45-67"
    ("442071230000", True, True),  # zeros
    ("442079461958", True, False),  # one digit out of the range
    ("33612489371", True, False),
    ("6281234567890", True, False),  # a run inside a real number is no sign
])
def test_fiction_ranges(pv, digits, intl, want):
    assert fictional(digits, intl, pv.number_ranges) is want


@pytest.mark.parametrize("label,want", [
    ("Bio template I deliver", True), ("Sample caption", True), ("Przykładowa stopka", True),
    ("Voorbeeldvisitekaartje", True), ("名刺のサンプル", True), ("Example", False), ("e.g.", False),
    ("Portfolio samples", False), ("Flyers", False), ("My services", False),
])
def test_frames(pv, label, want):
    assert pv.framed(label) is want


@pytest.mark.parametrize("ident,want", [
    ("company", True), ("azienda", True), ("mustermann", True), ("bob", False), ("marta", False),
])
def test_generic_names_under_an_example_frame(pv, ident, want):
    assert pv.is_placeholder(ident, generic=True) is want
    assert not pv.is_placeholder("company")  # alone, a noun is no stand-in


def test_quoted_copy_is_the_buyers(pv):
    text = 'Popup copy: "Drop your email below"'
    assert pv.quoted_sample(text, text.index("Drop"), framed=True)
    text = 'I always say: "Drop your email below"'
    assert not pv.quoted_sample(text, text.index("Drop"), framed=True)
    text = "The chatbot script ends with: 'Leave your phone number'"
    assert pv.quoted_sample(text, text.index("Leave"), framed=True)
    text = "I'll write the bot's script; leave your phone number"
    assert not pv.quoted_sample(text, text.index("leave"), framed=True)
