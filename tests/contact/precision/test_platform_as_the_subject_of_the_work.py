"""A platform named as the subject of the work (a bot to build, an account to grow) stays
clean, each beside the seller's twin that stays an error: the buyer asked to write to the
seller there, with an identifier."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
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
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
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
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
