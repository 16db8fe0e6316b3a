"""Ordinary wording stays clean: channel names used as words and the buyer's own contact
pages, each beside the seller's twin that stays an error: a written identifier, a route
outside, a request to leave."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
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

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
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

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
