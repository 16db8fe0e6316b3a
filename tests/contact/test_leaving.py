"""Leaving the marketplace without a handle (issue 12): requests to deal or talk outside
and pointers to an identifier are contact-invitation errors (GC204), hints without a
channel contact-elsewhere warnings (GC207); the time after the order only softens a live
session; wrapped lines are read as one sentence."""
from __future__ import annotations

import pytest
from table_support import table_test

SERIOUS = ("error", "warning")


def _contact(lint, text):
    return [f for f in lint(text) if f.category in ("contact", "payment") and f.severity.name.lower() in SERIOUS]


def _only(lint, text, rule):
    found = _contact(lint, text)
    assert [f.rule for f in found] == [rule], [(f.rule, f.excerpt) for f in found]
    return found[0]


# (text, what the finding must cover)
LEAVING = [
    ("Let's take this conversation outside once you're ready to start.", "outside"),
    ("Serious buyers get my direct line, so we skip the site's inbox.", "my direct line"),
    ("It's cheaper if we deal outside, just ask me how.", "cheaper if we deal"),
    ("Let's continue our chat somewhere else.", "somewhere else"),
    ("I'll give you a cheaper price if we work outside the platform.", "outside the platform"),
    ("Si lo hacemos por fuera te sale más barato.", "por fuera"),
    ("Continuemos la conversación en otro lado.", "en otro lado"),
    ("Fechando por fora da plataforma eu faço um preço melhor.", "por fora"),
    ("Podemos continuar a conversa fora daqui.", "fora daqui"),
    ("Envoyez-moi un message et on continue la discussion ailleurs.", "ailleurs"),
    ("Folgeaufträge wickeln wir besser direkt ab, ganz ohne die Plattform.", "direkt ab"),
    ("Lass uns woanders weiterreden.", "woanders"),
    ("Ti passo il mio contatto privato dopo il primo messaggio.", "contatto privato"),
    ("Continuiamo a parlare altrove.", "altrove"),
    ("Давайте продолжим общение вне площадки, так удобнее.", "вне площадки"),
    ("Продолжим в личке.", "в личке"),
    ("Buradan değil, dışarıdan konuşalım.", "dışarıdan"),
    ("Kalau mau harga lebih murah, kita deal di luar aja.", "di luar"),
    ("Stali klienci dostają mój prywatny kontakt.", "prywatny kontakt"),
    ("Laten we ergens anders verder praten.", "ergens anders"),
    ("詳しいことはサイトの外でお話ししましょう。", "サイトの外"),
    ("続きは外部でお話ししましょう。", "外部"),
    ("للعملاء الدائمين نكمل التعامل خارج المنصة بسعر أقل.", "خارج المنصة"),
    ("Bade projects ke liye bahar deal kar lete hain, sasta padega.", "bahar deal"),
    ("Mình nói chuyện ở chỗ khác nhé.", "chỗ khác"),
    ("Mas mura kung sa labas tayo mag-deal, hindi na dadaan sa site.", "sa labas"),
]

POINTERS = [
    ("My Telegram is the same as my username here.", "Telegram"),
    ("Same name on Instagram, just add _art at the end.", "Instagram"),
    ("You will find me everywhere as pixelmira.", "pixelmira"),
    ("The address is my first name at the big G mail service.", "my first name"),
    ("My handle on the blue bird app is my shop name minus the hyphen.", "my shop name"),
    ("Look for the same username on Telegram.", "Telegram"),
    ("Mi correo es mi usuario de aquí en Gmail.", "mi usuario de aquí"),
    ("Mi Instagram es el mismo que mi usuario de aquí.", "Instagram"),
    ("Meu Instagram é o mesmo nome daqui.", "mesmo nome"),
    ("Mon Instagram, c'est le même pseudo qu'ici.", "même pseudo"),
    ("Il mio Instagram è lo stesso nome che uso qui.", "stesso nome"),
    ("Мой ник в Discord совпадает с ником здесь.", "Discord"),
    ("Instagram kullanıcı adım buradakiyle aynı.", "Instagram"),
    ("Mój Instagram to ten sam nick co tutaj.", "ten sam nick"),
    ("Mijn Instagram is dezelfde naam als hier.", "dezelfde naam"),
    ("インスタはこのプロフィールと同じIDです。", "インスタ"),
    ("我的微信号就是我在这里的用户名。", "微信"),
    ("Na Discordzie mam ten sam nick co tutaj.", "Discordzie"),
    # the seller's own channel, said to be in an image or the same as the account here
    ("Mon WhatsApp est dans la vidéo de présentation.", "vidéo"),
    ("Mi WhatsApp es el número que sale en el video.", "video"),
    ("Mera WhatsApp number gig image mein hai.", "image"),
    ("My Instagram handle is in the intro video.", "video"),
    ("Meu Insta é igual ao meu nome aqui.", "aqui"),
    ("Telegram adım buradaki adımla aynı.", "aynı"),
    ("Username Instagram saya sama seperti di sini.", "di sini"),
    ("Zalo của mình giống tên ở đây.", "ở đây"),
    ("Ang Telegram ko ay parehong username dito.", "dito"),
    ("Il mio Telegram è lo stesso del mio username.", "username"),
    # a better price outside, a way to reach the seller with a place
    ("Wir können das auch außerhalb klären, ist günstiger.", "günstiger"),
    ("Possiamo sentirci fuori da qui, ti costa meno.", "fuori da qui"),
    ("Check the last slide of my gallery for how to reach me.", "how to reach me"),
    ("Lần sau mình làm việc trực tiếp, không qua Fiverr cho rẻ.", "không qua fiverr"),
]


@table_test("text,covers", LEAVING + POINTERS)
def test_leaving_and_pointers_are_errors(lint, text, covers):
    f = _only(lint, text, "GC204")
    assert f.severity.name == "ERROR"
    assert covers.lower() in f.excerpt.lower(), f.excerpt


HINTS = [
    "You can find me elsewhere too — I'm not hard to find.",
    "I'm also reachable outside this site, if that's easier for you.",
    "Si me buscas, me encuentras en todas partes con el mismo nombre.",
    "Quem quiser me achar fora daqui, é só procurar pelo mesmo nome.",
    "On peut aussi me trouver ailleurs, même pseudo.",
    "Wer mich woanders sucht, findet mich unter demselben Namen.",
    "Меня легко найти и за пределами этого сайта.",
    "Google my full name if you like.",
]


@pytest.mark.parametrize("text", HINTS)
def test_hints_without_a_channel_are_warnings(lint, text):
    f = _only(lint, text, "GC207")
    assert f.severity.name == "WARNING"


def test_a_channel_makes_a_hint_an_invitation(lint):
    assert _only(lint, "You can find me elsewhere too, on Telegram.", "GC204").severity.name == "ERROR"


def test_an_invitation_outranks_a_hint_in_its_sentence(lint):
    assert _only(lint, "Google my name and call me.", "GC204").excerpt == "call me"


AFTER_ORDER = [
    ("After you order on Fiverr, message me on WhatsApp.", "message me on WhatsApp"),
    ("Add me on Skype after ordering, I'll send the script there.", "Add me on Skype"),
    ("After ordering, we can continue on Telegram.", "we can continue on Telegram"),
    ("Después del pedido, escríbeme por Telegram.", "escríbeme por Telegram"),
    ("Nach der Bestellung schreib mir auf WhatsApp.", "schreib mir auf WhatsApp"),
    ("После заказа пишите мне в Telegram.", "пишите мне в Telegram"),
]


@pytest.mark.parametrize("text,excerpt", AFTER_ORDER)
def test_the_time_after_the_order_does_not_excuse_an_invitation(lint, text, excerpt):
    assert _only(lint, text, "GC204").excerpt == excerpt


SESSIONS = [
    "After you order I can direct the session over Zoom.",
    "We'll have a Skype call after ordering to go over the brief.",
    "We can have a Zoom session through Fiverr's meeting tool after you order.",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_a_live_session_after_the_order_is_no_invitation(lint, text):
    assert _contact(lint, text) == []


def test_wrapped_lines_are_one_sentence_with_exact_positions(lint):
    f = _only(lint, "If anything is unclear, ping me on\nDiscord first and I'll reply.", "GC204")
    assert (f.line, f.column, f.end_line, f.end_column) == (1, 25, 2, 8)
    assert f.excerpt == "ping me on\nDiscord"
    f = _only(lint, "Detaylar için bana\nInstagram'dan yazın.", "GC204")
    assert (f.line, f.column, f.end_line, f.end_column) == (2, 1, 2, 20)


def test_a_line_break_before_a_new_field_still_ends_a_sentence(lint):
    # "Call" starts a new line in capitals after a line that can end a sentence: the
    # session words of the first line do not excuse the second.
    gig = "Live session on Zoom after you order\nPing me on Discord before ordering"
    assert _only(lint, gig, "GC204").excerpt == "Ping me on Discord"


CLEAN = [
    "I will build your WhatsApp chatbot.",
    "I like to think outside the box.",
    "I work outside office hours, so weekends are fine.",
    "Fiverr's inbox is where I answer.",
    "I never share contact details outside Fiverr.",
    "All communication stays on Fiverr.",
    "Direct line drawings in black ink, delivered as vector files.",
    "Outdoor photo sessions outside the city are available as an extra.",
    "Let's discuss your requirements in the inbox before you order.",
    "I will manage your Instagram and keep the same username across all platforms.",
    "Your logo on Instagram with the same name as your shop.",
    "I will create your Instagram highlight covers with the same name style.",
    "I have 10 years of experience working with clients outside of Fiverr.",
    "Let's keep all communication here on Fiverr, no direct line needed.",
    "My studio name is Pixel Forge and I have 8 years of experience.",
    "Just add your text and I'll do the rest.",
    "Trabajo como diseñador.",
    "Pintamos la casa por fuera y por dentro.",
    "No trabajo por fuera de Fiverr.",
    "Não fecho nada por fora da plataforma.",
    "Ich arbeite nicht außerhalb der Plattform.",
    "Я не работаю вне площадки.",
    "Platform dışında çalışmıyorum.",
    "Kita bisa meeting di luar jam kerja.",
    "Ik werk alleen via Fiverr; betalen buiten het platform doe ik niet.",
    "Main Fiverr ke bahar payment nahi leta, please mat poochiye.",
    "外部での連絡やお支払いはお受けしておりません。すべてFiverr内でお願いします。",
    "Hindi ako nakikipag-deal sa labas ng Fiverr.",
    "We discuss everything here, never elsewhere.",
    "My WhatsApp chatbot template is shown in the video.",
    "My Instagram has 20k followers who love my photos.",
    "Mon Instagram montre mes créations en vidéo.",
    "On my LinkedIn you can see the same certifications as here.",
    "My Discord server has the same name as my brand.",
    "I'm cheaper than hiring directly an in-house designer.",
    "Get a better price when you order the premium package directly here.",
    "Read the FAQ to learn how to contact me here on Fiverr.",
    "I got my category approved without Fiverr skill test.",
]


@table_test("text", CLEAN)
def test_honest_sellers_are_not_flagged(lint, text):
    assert _contact(lint, text) == [], [(f.rule, f.excerpt) for f in _contact(lint, text)]


# Invitations naming a channel are errors (GC204), in languages the first lists missed.
CHANNEL_INVITATIONS = [
    "Best way to reach me is Telegram.",
    "For quicker replies use WhatsApp.",
    "I'm always online on Telegram, write there.",
    "Napisz do mnie na Telegramie.",
    "Stuur me een bericht via WhatsApp.",
    "Stuur een appje.",
    "Nhắn tin cho mình qua Zalo nhé.",
    "Message mo ako sa Messenger.",
    "WhatsApp'tan ulaşabilirsiniz.",
    "تواصل معي عبر الواتساب.",
    "Kalau ada pertanyaan, chat aku\nlewat WhatsApp ya.",
]


@pytest.mark.parametrize("text", CHANNEL_INVITATIONS)
def test_invitations_naming_a_channel_are_errors(lint, text):
    assert _only(lint, text, "GC204").severity.name == "ERROR"


@pytest.mark.parametrize("text", [
    "I'm online on Fiverr every day.",
    "Best way to reach me is the Fiverr inbox.",
    "Nhắn tin cho mình trên Fiverr nhé.",
    "Pisz do mnie tutaj na Fiverr.",
    "أقوم بإنشاء بوت الواتساب لمتجرك.",
])
def test_the_marketplace_and_the_work_are_no_channel(lint, text):
    assert _contact(lint, text) == []
