"""The buyer's templates and placeholders with example contacts stay clean, each beside the
seller's twin that stays an error: a written identifier, a route outside, a request to leave."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
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
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
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
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
