"""Leaving and pointing with no identifier, read from their grammar: the orders to come
("future orders", "next time", "después del primer pedido", "次回") dealt "directly",
"privately" or "por fora" with "we" and a verb of working or paying, or with the fees
or the platform; a search verb with the seller's own name, username or studio name
after it; a detail said to be in a place of the seller's own ("the link is on my
portfolio image"). Honest twins: the work done directly on the buyer's files, the
buyer's own customers paying directly, the marketplace named, the buyer's name searched.
Also Dutch "Stuur me een WhatsApp" and Korean numerals in a phone number."""
from __future__ import annotations

import pytest
from contact_support import worst
from table_support import table_test

LEAVING = [
    "For future orders let's deal directly, it's simpler for both of us.",
    "Next time skip the middleman and just send me the brief.",
    "Once we know each other we can work without the platform fees.",
    "For the next project I'll send you a private invoice instead.",
    "After the first order we continue privately, no commission for anyone.",
    "Para los próximos pedidos trabajamos directamente, sin comisiones.",
    "Nos próximos projetos a gente negocia direto, sem a taxa do site.",
    "Pour les prochaines commandes, on travaille en direct, sans frais.",
    "Bei Folgeaufträgen arbeiten wir direkt zusammen, ohne Gebühren.",
    "Dal secondo ordine in poi lavoriamo direttamente tra noi, senza commissioni.",
    "Следующие заказы будем оформлять напрямую, без комиссии.",
    "Bir sonraki siparişlerde doğrudan çalışırız, komisyon ödemeden.",
    "Order berikutnya kita langsung aja ya kak, biar nggak kena potongan.",
    "Przy kolejnych zleceniach rozliczamy się bezpośrednio, bez prowizji.",
    "Voor volgende opdrachten regelen we het rechtstreeks, zonder commissie.",
    "次回からは直接お取引しましょう。手数料がかかりません。",
    "下次合作我们直接私下交易，不用给平台抽成。",
    "في الطلبات القادمة نتعامل مباشرة بدون عمولة.",
    "Agli order se hum direct kaam karein to commission bachega.",
    "Những đơn sau mình làm việc trực tiếp với nhau cho đỡ phí nhé.",
    "Sa susunod na order, diretso na lang tayo para walang fee.",
    "From the second project on, you pay me directly and we both save the commission.",
    "If you like my work, next time we can skip Fiverr and save 20%.",
    "Repeat clients: from the second order on I bill you directly, no platform cut.",
    "After this first gig, we'll handle everything privately between us.",
    "La próxima vez lo hacemos directo entre nosotros y te ahorras la comisión.",
    "Da próxima vez a gente fecha direto, sem taxa nenhuma.",
    "La prochaine fois, on règle ça directement entre nous, sans commission.",
    "Ab dem zweiten Auftrag rechnen wir direkt ab, dann fällt die Provision weg.",
    "La prossima volta paghi direttamente a me e risparmiamo la commissione.",
    "В следующий раз можем работать напрямую, без комиссии площадки.",
    "Bundan sonraki işlerde doğrudan anlaşırız, platform komisyonu olmadan.",
    "Lain kali kita transaksi langsung aja, tanpa potongan platform.",
    "Następnym razem rozliczymy się bezpośrednio, bez prowizji serwisu.",
    "De volgende keer betaal je mij rechtstreeks, dan vervalt de commissie.",
    "今後のご依頼は直接やり取りしましょう、手数料がかからないので。",
    "以后的订单我们直接交易，省掉平台佣金。",
    "المرة القادمة نتعامل مباشرة بيننا بدون رسوم المنصة.",
    "Agli baar hum seedha deal karenge, platform fee nahi lagegi.",
    "Lần sau mình giao dịch trực tiếp nha, khỏi mất phí sàn.",
    "Sa susunod, direkta na tayo mag-deal para walang komisyon.",
    "For your next orders, just pay me directly and keep the fee in your pocket.",
    "Once you're a regular, we keep things simple and you pay me directly — no 20% cut.",
    "Order once here; every order after that we can arrange privately for less.",
    "Después de este primer encargo seguimos en privado, sin pagar la comisión.",
    "Depois do primeiro pedido, a gente continua por fora e você economiza.",
    "Après la première commande, on continue en dehors du site.",
    "Nach dem ersten Auftrag machen wir privat weiter, das spart uns beiden die Gebühr.",
    "Dopo il primo ordine continuiamo in privato, così niente commissioni.",
    "После первого заказа дальше работаем напрямую, так выгоднее.",
    "İlk siparişten sonra devamını platform dışında hallederiz.",
    "Setelah order pertama, selanjutnya kita kerja langsung tanpa lewat Fiverr.",
    "Po pierwszym zleceniu kolejne robimy już bezpośrednio, bez prowizji.",
    "Na de eerste bestelling werken we rechtstreeks samen, zonder de kosten van het platform.",
    "初回のあとは、サイトを通さずに直接やり取りしましょう。",
    "第一单之后，我们就可以私下合作，不用平台。",
    "Pehle order ke baad hum directly kaam kar sakte hain, fees bachegi.",
    "Sau đơn đầu tiên, mình làm việc riêng với nhau, không qua sàn nữa.",
    "Pagkatapos ng unang order, diretso na tayo, wala nang Fiverr.",
    "Happy to keep working with you long term, just not through here — cheaper for you.",
]

LEAVING_HONEST = [
    "I deliver directly to your inbox on Fiverr, no extra steps.",
    "The file is in your order page as soon as I finish.",
    "I work directly with you, no middlemen agencies or subcontractors.",
    "For future orders, just use the custom offer button here and I'll keep your settings.",
    "Para próximos pedidos, envíame un mensaje por aquí y te hago una oferta personalizada.",
    "Next time you order, mention your previous order number so I reuse the same fonts.",
    "Returning buyers get priority: I start directly on your next order without a new brief.",
    "Pour les prochaines commandes, je travaille directement sur vos fichiers existants.",
    "I set up direct payments for your store so customers pay you without platform fees.",
    "Bei Folgeaufträgen gebe ich 10 % Rabatt – einfach hier auf Fiverr bestellen.",
    "Next time you order, I can deliver the files directly in your preferred format.",
    "For future orders, message me here first and we can agree on the price directly in the chat.",
    "From now on every order includes the source files, delivered directly through Fiverr.",
    "La próxima vez que pidas, trabajo directamente sobre la versión anterior.",
    "Nos próximos pedidos, eu começo direto sem precisar de novo briefing.",
    "Pour vos prochaines commandes, la facture est disponible directement sur Fiverr.",
    "Bei Folgeaufträgen arbeite ich direkt in Ihrer bestehenden Figma-Datei.",
    "Next time, we can work directly from your Google Docs draft to save time.",
    "Следующий заказ можно оформить прямо здесь, я сразу начну работу.",
    "Repeat orders: we continue directly from the last revision, no need to re-explain.",
    "次回のご注文では、前回のデータから直接作業を始めます。",
    "Order berikutnya langsung saja pesan lewat Fiverr, saya kasih diskon.",
    "After the first order, I keep your brand kit on file so future orders go faster.",
    "Happy to keep working with you long term through Fiverr's subscription feature.",
    "Después del primer pedido te doy un 10% de descuento en el siguiente, siempre por Fiverr.",
    "Nach dem ersten Auftrag arbeite ich direkt mit Ihrem Entwicklerteam im Repository.",
    "Po pierwszym zleceniu kolejne poprawki robię bezpośrednio w Twoim pliku.",
    "Next time, you can reorder directly from your order history with one click.",
    "From the second order on, we work directly in your Shopify admin, no extra setup fees.",
    "以后的订单请直接在平台下单，我会优先处理。",
    "次回以降もこちらのサイトから直接ご注文いただけます。",
    "La prochaine fois, on travaille directement sur la version 2 sans repartir de zéro.",
]

POINTERS = [
    "My username is the same everywhere, so you'll find me easily off this site.",
    "Just search my studio name and you'll get my direct contact.",
    "All my contact details are in my profile picture, zoom in.",
    "Find me by my name on LinkedIn and message me there.",
    "The link is on my portfolio image, type it in your browser.",
    "Busca el nombre de mi estudio en Google y me escribes por ahí.",
    "Meu número está na minha foto de perfil, é só ampliar.",
    "Mes coordonnées sont sur la bannière de mon profil.",
    "Such einfach nach meinem Studionamen auf Instagram, dort findest du mich.",
    "Мои контакты есть на баннере профиля, посмотрите внимательно.",
    "Profil resmimdeki yazıda iletişim bilgilerim var.",
    "Cari nama studio saya di Instagram, langsung DM aja.",
    "You'll find my WhatsApp number in the last image of my gallery.",
    "Look up my brand name on Instagram, that's where I answer quickest.",
    "My email is written on my banner, just zoom in.",
    "Mi número está en la portada de mi perfil.",
    "Procure o nome do meu estúdio no Instagram e me chama lá.",
    "Cherchez le nom de mon studio sur Instagram, vous me trouverez.",
    "Meine Kontaktdaten stehen im Bild meines Portfolios.",
    "Il mio numero è nella mia immagine del profilo.",
    "Найдите моё имя пользователя в Телеграме, там и спишемся.",
    "Instagram'da stüdyo adımı aratın, oradan yazın.",
    "Nomor WA saya ada di gambar terakhir portofolio.",
    "Mój numer jest na moim banerze profilu.",
    "Zoek mijn studionaam op Instagram en stuur me daar een bericht.",
    "Hanapin mo ang pangalan ng studio ko sa Facebook at doon mo ako i-message.",
]

# Where to look is said, but no channel and no identifier: a warning (contact-elsewhere).
POINTERS_VAGUE = [
    "Cercami con lo stesso nome utente su tutti i social.",
    "Wyszukaj moją nazwę użytkownika na innych stronach, wszędzie jest taka sama.",
]

POINTERS_HONEST = [
    "Search engine optimization for your name and brand on Google.",
    "You can find examples in my portfolio on this gig.",
    "I design your profile picture and banner for LinkedIn and YouTube.",
    "I'll make your username the same everywhere so customers find your brand on every platform.",
    "Busca mi nombre en la lista de vendedores destacados de Fiverr.",
    "Reviews with my studio name are in the gallery above.",
    "Ich optimiere dein LinkedIn-Profil, damit man dich über deinen Namen findet.",
    "Mi foto de perfil la hizo un amigo fotógrafo.",
    "Search for your brand name and see how your new site ranks.",
    "I'll put your phone number on the banner and your email in the footer.",
    "My studio name is on every file I deliver as a small credit, you can remove it.",
    "Busca el nombre de tu marca en Google y verás los resultados después del SEO.",
    "The download link is in the PDF guide you receive.",
    "Meu portfólio está na galeria do gig, é só rolar.",
    "Suche nach meinem Namen in den Fiverr-Bewertungen, dort siehst du Feedback.",
    "My logo is on my banner and in every gig image.",
    "Search my gig title on Fiverr to see the other packages.",
    "Cari nama toko kamu di Google Maps setelah saya optimasi.",
    "My name is on the cover of three published books, see the gallery.",
    "The QR code on your business card links to your menu.",
]

OTHER = [
    "Stuur me een WhatsApp als je vragen hebt.",
    "Even een appje sturen via WhatsApp kan ook.",
    "Có gì thắc mắc cứ nhắn tin Facebook cho mình.",
    "연락처: 공일공 일이삼사 오육칠팔",
    "카톡 주세요, 번호는 010-이삼사오-육칠팔구 입니다.",
]

OTHER_HONEST = [
    "Ik bouw een WhatsApp-chatbot die automatisch berichten stuurt naar je klanten.",
    "Mình thiết kế banner quảng cáo cho fanpage Facebook và Zalo OA của bạn.",
    "Liên hệ với mình qua tin nhắn Fiverr trước khi đặt hàng nhé.",
    "이 패키지는 사진 삼십 장과 영상 두 개를 포함합니다.",
]


@table_test("text", LEAVING + POINTERS + OTHER)
def test_reported_as_errors(lint, text):
    assert worst(lint, text) == "error"


@pytest.mark.parametrize("text", POINTERS_VAGUE)
def test_vague_pointers_are_warnings(lint, text):
    assert worst(lint, text) == "warning"


@table_test("text", LEAVING_HONEST + POINTERS_HONEST + OTHER_HONEST)
def test_honest_twins_are_clean(lint, text):
    assert worst(lint, text) == "clean"


def test_the_phrase_said_outright_is_the_finding(lint):
    text = "Lần sau mình làm việc trực tiếp, không qua Fiverr cho rẻ."
    found = [f for f in lint(text) if f.category == "contact"]
    assert [f.excerpt.lower() for f in found] == ["không qua fiverr"]


def test_korean_numerals_need_a_run(default_config):
    from gigcheck.text.digits import NumberWords, words_to_digits

    numbers = default_config.vocabulary.table("numbers")
    nw = NumberWords({}, numbers.get("run_words"))
    assert words_to_digits("연락처: 공일공 일이삼사", nw).text == "연락처: 010 1234"
    assert words_to_digits("이 패키지는 사진 삼십 장", nw).text == "이 패키지는 사진 삼십 장"
    assert words_to_digits("사이에 이사", nw).text == "사이에 이사"
