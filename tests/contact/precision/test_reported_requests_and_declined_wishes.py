"""The general causes behind the false alarms of the
blind sets (rt10-rt13) and of the known honest sentences, each with honest variants of
our own in several languages, next to the positives that must stay caught.

* refusals: the seller KEEPS their channel private ("I keep my WhatsApp private",
  "Mantengo mi número privado", "Ich halte mein WhatsApp privat"): a verb of keeping before
  the private word (private_lines.kept_private); a private line on offer stays an error;
* the rest of the seller's WORK shown elsewhere ("The rest of my samples are elsewhere, ask
  me") is being found there, a warning, not the rest of the deal taken away (an error);
* a name the seller MAKES as the work ("Diseño el logo con el nombre de mi tienda para
  Instagram", "Je crée votre pseudo Twitch et le même nom sur Instagram"): a verb of making
  in the pointer's clause; "same name on Instagram" alone stays a pointer.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

KEPT_PRIVATE = [
    "I keep my WhatsApp private.",
    "I keep my personal phone number private, so all talk stays in the Fiverr inbox.",
    "Mantengo mi WhatsApp privado; todo se habla por el chat de Fiverr.",
    "Mantenho meu WhatsApp privado e atendo só pelo chat.",
    "Ich halte mein WhatsApp privat.",
    "Je garde mon WhatsApp privé, tout passe par la messagerie.",
    "Tengo il mio numero personale privato.",
    "Я держу свой личный Telegram закрытым.",
    "WhatsApp numaramı özel tutarım.",
    "Saya jaga nomor pribadi saya tetap rahasia.",
    "Ik houd mijn privénummer voor mezelf.",
    "Zawsze trzymam mój prywatny numer dla siebie.",
]

PRIVATE_LINES = [  # offered: still errors
    "VIP buyers get my private number.",
    "My personal number is available for VIP clients.",
    "Stammkunden bekommen meine private Nummer.",
    "Te paso mi WhatsApp privado después del pedido.",
    "Klien tetap dapat nomor pribadi saya.",
]


@pytest.mark.parametrize("text", KEPT_PRIVATE)
def test_a_channel_kept_private_is_a_refusal(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", PRIVATE_LINES)
def test_a_private_line_on_offer_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


REST_OF_WORK = [  # at most a warning (found elsewhere, no channel)
    "The rest of my samples are elsewhere, ask me.",
    "The rest of my portfolio is elsewhere.",
    "El resto de mis trabajos está en otro lado, pregúntame.",
    "Le reste de mes travaux est ailleurs.",
    "Der Rest meiner Arbeiten ist woanders, frag mich.",
    "Il resto dei miei lavori è altrove.",
    "De rest van mijn werk staat ergens anders.",
    "Resztę moich prac mam gdzie indziej.",
    "The remaining examples of my work are somewhere else.",
    "Lo demás de mis proyectos está en otra parte.",
]

REST_OF_DEAL = [  # the rest of the deal or its payment taken away: errors
    "Half here, the rest elsewhere.",
    "The rest we settle elsewhere, cheaper.",
    "Die Hälfte hier, den Rest machen wir woanders.",
    "Metade aqui, o resto por fora.",
    "La otra mitad me la pagas por fuera.",
]


@pytest.mark.parametrize("text", REST_OF_WORK)
def test_the_rest_of_the_work_elsewhere_is_at_most_a_warning(lint, text):
    assert worst(lint, text) != "error", reported(lint, text)


def test_the_rest_of_the_work_elsewhere_is_still_a_hint(lint):
    assert worst(lint, "The rest of my samples are elsewhere, ask me.") == "warning"


@pytest.mark.parametrize("text", REST_OF_DEAL)
def test_the_rest_of_the_deal_elsewhere_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


NAMES_MADE = [
    "Diseño el logo con el nombre de mi tienda para Instagram.",
    "Je crée votre pseudo Twitch et le même nom sur Instagram et TikTok pour une identité cohérente.",
    "I create your Twitch username and the same name on Instagram and TikTok.",
    "I will register the same username on Instagram, TikTok and YouTube for your brand.",
    "Crio o seu nome de usuário e o mesmo nome no Instagram.",
    "I design a logo with the name of my client's shop for Instagram.",
    "Registro el mismo nombre de usuario en Instagram y TikTok para tu marca.",
    "Ich erstelle deinen Markennamen und sichere den gleichen Namen auf Instagram.",
    "Creo il tuo logo e lo stesso nome su Instagram e TikTok.",
    "Logonuzu tasarlarım ve Instagram'da aynı ismi ayarlarım.",
    "Saya buatkan nama brand dan nama yang sama di Instagram.",
]

POINTERS = [  # no making: still pointers
    "Same name on Instagram, come say hi.",
    "I design logos, same name on Instagram if you want to see more.",
    "Je crée des logos. Même nom sur Instagram.",
    "I make logos - look for the same name on Instagram.",
    "Mismo nombre en Instagram, búscame.",
]


@pytest.mark.parametrize("text", NAMES_MADE)
def test_a_name_made_as_the_work_is_no_pointer(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", POINTERS)
def test_a_name_pointer_without_making_stays_flagged(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)


# A service refused with "nothing of/by" right before it or before its list ("nada de
# WhatsApp ou Pix por fora"); further away that "no" is an incentive's ("Nada de
# comisiones: págame por PayPal") and stays an offer.
NOTHING_BY = [
    "Depois do pedido, mando tudo pelo chat da Fiverr — nada de WhatsApp ou Pix por fora.",
    "Nada de PayPal por fora.",
    "Nada de transferencias ni PayPal: todo por Fiverr.",
    "Niente bonifici o PayPal fuori da Fiverr.",
    "Nichts per PayPal, alles über Fiverr.",
    "Pagamento só pela Fiverr, nada via Pix.",
    "Rien par PayPal ni Lydia, tout passe par Fiverr.",
    "Nothing via PayPal or Zelle, everything through Fiverr.",
    "Ничего через PayPal, только через Fiverr.",
    "Nada de Bizum: se paga en Fiverr.",
]

NOTHING_BUT_OFFERS = [
    "Nada de comisiones: págame por PayPal.",
    "Nada de comisión por PayPal, te ahorras el 20%.",
    "Nada de esperas, págame por Pix y empiezo ya.",
    "Nothing via Fiverr, pay me on PayPal.",
]


@pytest.mark.parametrize("text", NOTHING_BY)
def test_a_service_refused_with_nothing_by_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", NOTHING_BUT_OFFERS)
def test_an_incentives_no_keeps_the_offer(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


# The buyer's business as what takes the payment: the service is a feature of the work.
BUYERS_BUSINESS = [
    "I integrate Stripe so your shop charges the remaining balance via PayPal",
    "Configuro tu tienda para que cobre el resto por Mercado Pago.",
    "Je configure votre boutique pour encaisser le solde via PayPal.",
    "Configuro sua loja para cobrar o restante pelo Pix.",
    "I set up your online store to take the remaining balance via PayPal after delivery.",
    "Imposto il tuo negozio per incassare il saldo con PayPal.",
    "Настрою ваш магазин для приёма остатка оплаты через ЮMoney.",
    "Toko anda bisa menerima sisa pembayaran lewat OVO.",
    "Twój sklep przyjmie resztę płatności przez BLIK.",
    "I connect your website so it collects the balance via Venmo.",
]

SELLER_PAID = [
    "Your shop is great; pay me the remaining balance via PayPal.",
    "Pay the deposit on Fiverr, the remaining 50% via PayPal.",
    "I build your store. Remaining balance via PayPal please.",
    "Deine Website ist fertig, den Rest zahlst du mir per PayPal.",
]


@pytest.mark.parametrize("text", BUYERS_BUSINESS)
def test_the_buyers_business_taking_payments_is_the_work(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", SELLER_PAID)
def test_the_seller_paid_off_the_marketplace_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


# A word of elsewhere before a time says WHEN the seller works, not where to find them.
WHEN_NOT_WHERE = [
    "Ich arbeite auch außerhalb der üblichen Bürozeiten – Lieferung am Wochenende möglich.",
    "Ich bin auch außerhalb der Arbeitszeit erreichbar.",
    "Auch außerhalb der Geschäftszeiten antworte ich schnell.",
    "I'm also available outside business hours.",
    "Também trabalho fora do horário comercial.",
    "Je travaille aussi en dehors des heures de bureau.",
    "Lavoro anche al di fuori dell'orario d'ufficio.",
    "Работаю и вне рабочего времени.",
    "Mesai saatleri dışında da çalışırım.",
    "Saya juga bekerja di luar jam kerja.",
    "Ik werk ook buiten kantooruren.",
]

FOUND_ELSEWHERE = [  # no time: still hints
    "Ich bin auch außerhalb erreichbar.",
    "Man findet mich auch woanders.",
    "You can find me elsewhere too.",
]


@pytest.mark.parametrize("text", WHEN_NOT_WHERE)
def test_outside_hours_is_when_not_where(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", FOUND_ELSEWHERE)
def test_found_elsewhere_stays_a_hint(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)


# Templates: "your" in CJK, Korean and Arabic (a suffix) in a mail domain; a word "at"
# before a web address with its path (where a page is, not a mailbox).
TEMPLATES = [
    "为您的店铺设置 客服@您的域名.com 企业邮箱。",
    "sales@你的网站.cn 企业邮箱配置",
    "info@御社ドメイン.jp を設定します。",
    "help@귀사도메인.com 메일을 설정해 드립니다.",
    "أضبط بريد info@شركتك.com لمتجرك الإلكتروني.",
    "أنشئ بريد support@متجرك.com",
    "Your link-in-bio at linktr.ee/yourname — I design the page and all buttons.",
    "Your link-in-bio at beacons.ai/yourbrand gets a new look.",
    "Bio link at linktr.ee/yourshop — I design every button.",
    "New buttons for the page at linktr.ee/your-brand-name.",
]

ADDRESSES = [
    "联系我：lili@163.com",
    "راسلني على ahmad@gmail.com",
    "我的邮箱 wangfang@qq.com",
    "write to anna at proton.me",
    "ana-lu at gmail.com",
    "mail: ana_lu at proton.me/ thanks",
]


@pytest.mark.parametrize("text", TEMPLATES)
def test_template_addresses_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", ADDRESSES)
def test_real_addresses_stay_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


# Others' request reported ("Buyers often ask for my WhatsApp"), and others' wish to leave
# declined by the seller: no promise, no invitation (forum and seller-description texts).
REPORTED = [
    "Buyers often ask for my WhatsApp, but I keep everything on Fiverr.",
    "Some clients ask for my Instagram after the order.",
    "Many clients ask me for my phone number.",
    "Clients asked for my Instagram so they could credit me.",
    "Clients sometimes want to talk outside the platform; I politely decline.",
    "Clients sometimes want to talk outside the platform, which I always decline.",
    "Some buyers want to move the chat outside Fiverr, I always say no.",
    "Certains clients veulent parler en dehors de Fiverr, je refuse toujours.",
    "Manche Kunden wollen außerhalb von Fiverr schreiben, das lehne ich ab.",
    "Algunos clientes quieren hablar fuera de Fiverr, siempre lo rechazo.",
]

STILL_INVITATIONS = [
    "Buyers can ask for my WhatsApp after ordering.",
    "Ask for my WhatsApp after ordering.",
    "Clients, ask for my WhatsApp.",
    "VIP clients ask for my number and get it.",
    "Let's talk outside Fiverr, I decline the fees.",
    "Message me on WhatsApp, I decline Fiverr's fees.",
    "Clients often want to talk outside Fiverr, just message me on WhatsApp.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_requests_and_declined_wishes_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", STILL_INVITATIONS)
def test_invitations_next_to_them_stay_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


def test_a_wish_to_leave_declined_in_the_next_sentence_is_clean(lint):
    text = "Then a buyer wanted to talk outside the platform (via voice). I refused, of course."
    assert worst(lint, text) == "clean", reported(lint, text)
    text = "Some buyers want to chat on WhatsApp. I always say no and keep it on Fiverr."
    assert worst(lint, text) == "clean", reported(lint, text)


def test_a_reported_request_whose_asker_gives_the_seller_something_stays_clean(lint):
    text = "After the order he did ask for my Instagram so that he can give me a credit."
    assert worst(lint, text) == "clean", reported(lint, text)
    text = "Clients ask for my WhatsApp and I give it to them."
    assert worst(lint, text) == "error", reported(lint, text)
