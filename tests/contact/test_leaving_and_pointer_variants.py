"""Leaving and pointers: the general causes behind blind misses.

* pointers with no possessive ("The WhatsApp number is on the cover image"), with the
  place first ("See the watermark … — that's my Skype ID"), with the account possessed
  ("mi número de WhatsApp"), and recipes whose own "without" negates nothing ("my shop
  name without the hyphen");
* leaving said with verbs of dealing, closing, finishing or moving, and "we can" forms,
  in many languages ("Podemos cerrar el trato en privado", "Давайте работать напрямую");
* " — " goes on with its sentence; a buyer's question answered "No" is no invitation;
* "no middlemen" and "directly" by themselves are honest claims, not leaving.
"""
from __future__ import annotations

import pytest
from table_support import table_test

SERIOUS = ("error", "warning")


def _found(lint, text):
    return [f for f in lint(text) if f.category in ("contact", "payment") and f.severity.name.lower() in SERIOUS]


def _worst(lint, text):
    found = _found(lint, text)
    if any(f.severity.name == "ERROR" for f in found):
        return "error"
    return "warning" if found else "clean"


POINTER_ERRORS = [
    "Facebook của mình trùng tên với tài khoản này, inbox nhé.",
    "Instagram kullanıcı adım buradaki ismimle aynı, oradan yazın.",
    "Numele meu de Instagram e la fel ca aici, scrie-mi acolo pentru oferte.",
    "The WhatsApp number is on the cover image.",
    "The Skype ID is in the watermark of the third sample.",
    "El número de WhatsApp aparece en la portada.",
    "O número do WhatsApp está na imagem de capa.",
    "Le numéro WhatsApp est sur l'image de couverture.",
    "Il numero WhatsApp è nell'immagine di copertina.",
    "Номер WhatsApp указан на обложке.",
    "Mein Telegram findest du im Profilbild.",
    "See the watermark on my portfolio samples — that's my Skype ID.",
    "En la portada de mi galería está mi número de WhatsApp.",
    "My handle is my shop name without the hyphen, on Instagram.",
    "On Telegram I am my shop name without the hyphen.",
    "Google my username and you'll find my email.",
    "Google my name and you'll find my direct email.",
    "我的微信号就是我的用户名。",
    "Instagram adresim buradaki kullanıcı adımla aynı.",
    "رقم الواتساب الخاص بي مكتوب في صورة الغلاف.",
    "Same @ everywhere — Insta, TikTok, Telegram.",
    "Message me on the green chat app.",
    "Find me on the app with the ghost logo, same name as here.",
    "Po złożeniu zamówienia napisz do mnie na Messengerze.",
    "WhatsApp number — check the cover image.",
    "Telegram:\nsee the gig video, the handle is at the end.",
    "Mój numer WhatsApp jest na ostatnim zdjęciu galerii.",
    "Ang Viber number ko ay nasa cover photo.",
    "Du kannst mir auch auf Telegram schreiben.",
]

LEAVING_ERRORS = [
    # detI: "where to reach me" is now read as "how to reach me" and "where to find me" were (errors
    # with "outside the platform" on main): the place off the marketplace promised after the order
    "After you order I'll tell you where to reach me outside the platform.",
    "Можемо домовитися поза платформою, так вигідніше обом.",
    "Putem lucra în afara platformei, e mai ieftin pentru tine.",
    "Let's move this conversation somewhere private.",
    "We can finish the deal privately.",
    "Podemos cerrar el trato en privado.",
    "Terminemos el trato por privado.",
    "Vamos fechar direto, fora do site.",
    "On peut conclure en dehors de la plateforme.",
    "Wir können den Rest privat klären.",
    "Possiamo chiudere l'accordo in privato.",
    "Давайте работать напрямую, без биржи.",
    "Next time we can do it without Fiverr and save the fees.",
    "I also take direct clients through my own website — same work, no service fee.",
    "You'll get my contact details after the first message.",
    "Hit me up outside of here.",
    "Skip the middleman and Fiverr's 20% fee: WhatsApp me.",
    "No middlemen, no platform fees — contact me directly.",
    "Sin intermediarios ni comisiones de la plataforma, escríbeme por WhatsApp.",
    "Bez pośredników i prowizji serwisu — napisz na WhatsApp.",
    "Once you've ordered, let's continue on Telegram.",
    # continuing elsewhere after the first order, in other languages
    "Después del primer pedido seguimos por WhatsApp.",
    "Depois do primeiro pedido, continuamos pelo WhatsApp.",
    "Dopo il primo ordine continuiamo su WhatsApp.",
    "После первого заказа продолжим в Телеграме.",
    "Daha sonra bana Telegram'dan yazabilirsin.",
    "Kita bisa selesaikan transaksinya di luar Fiverr biar lebih murah.",
    "Pwede nating tapusin ang deal sa labas ng Fiverr.",
    "Resztę możemy załatwić poza serwisem.",
    "Hit me up outside if you want a faster reply.",
    "My Telegram is in my Instagram bio.",
    "You'll find my Signal number in the PDF sample.",
    "Returning buyers can contact me directly on Telegram and skip the fee.",
]

WARNINGS = [
    "I'm easy to find off this site, if you get my drift.",
    "Tenho outros canais de contato, é só procurar.",
    "Man findet mich auch außerhalb dieser Seite, wenn man sucht.",
    "Ask me for my other contact options.",
    "Nach der Bestellung sag ich dir, wo du mich außerhalb der Plattform erreichst.",
    "Google my name.",
]

HONEST = [
    "Your logo goes in the footer and the header of every page.",
    "Instagram 사진 편집 서비스입니다.",
    "You know where to look for the source files: the delivery page.",
    "Ask me privately about NDA files through Fiverr messages.",
    # "no middlemen" and "directly" as claims about the work
    "I do the work myself, without intermediaries.",
    "No middlemen: I design everything personally.",
    "Trabajo sin intermediarios, yo mismo hago todo.",
    "Pracuję bez pośredników — sam wykonuję projekt.",
    "Lavoro senza intermediari, tutto fatto da me.",
    "Sem intermediários: eu mesmo faço o trabalho.",
    "Ohne Zwischenhändler, ich mache alles selbst.",
    "Работаю без посредников, всё делаю сам.",
    "Sin intermediarios: hablas directamente con el diseñador, aquí en Fiverr.",
    "Bez pośredników – rozmawiasz bezpośrednio ze mną przez Fiverr.",
    "Direct communication with me through the Fiverr inbox, no middlemen.",
    "You talk directly to the designer, not a middleman.",
    "I work directly on your files.",
    "I can work privately on sensitive documents (NDA available).",
    "Je travaille en privé sur vos fichiers, en toute confidentialité.",
    "Wir arbeiten für Privat- und Firmenkunden.",
    "Podemos trabajar en privado tu documento confidencial, con NDA.",
    "Możemy pracować prywatnie nad Twoim projektem, w pełnej poufności.",
    "Vamos trabalhar em particular cada detalhe do seu logo.",
    "Contact me outside business hours and I'll reply in the morning.",
    "I set up offsite backups for your data, I work with you on the plan.",
    "The QR code in your flyer opens your WhatsApp chat.",
    "I'll put your Telegram handle in the video description.",
    # channels as the work, in images and covers
    "I will set up your WhatsApp Business profile with your logo and cover image.",
    "Your WhatsApp number goes on the flyer and the business card.",
    "I'll add your WhatsApp number to the cover image of your flyer.",
    "The WhatsApp button is in the footer of your website.",
    "He created a new user name and messaged me the same WhatsApp number with an image file.",
    "In the video I show how my WhatsApp chatbot answers customers.",
    "In my portfolio you can see my Instagram feed designs.",
    # moving and closing things that are the work
    "Let's move your store to Shopify.",
    "We'll move your website to a new host.",
    "We can close your support tickets in Zendesk for you.",
    "Wir können alles hier auf Fiverr klären.",
    "Possiamo chiudere l'ordine qui su Fiverr.",
    "Nach dem ersten Auftrag machen wir hier auf Fiverr weiter.",
    "Depois do primeiro pedido, continuamos aqui pelo Fiverr.",
    "Nach der Bestellung machen wir ein kurzes Kick-off über den Fiverr-Videoanruf.",
    "Pwede nating tapusin ang logo mo sa loob ng 2 araw.",
    # on-platform sessions and refusals
    "After you order we can have a Zoom session through Fiverr.",
    "Please don't ask for my personal contact, Fiverr does not allow it.",
    "**Do you share your WhatsApp?** No, we keep all communication in the Fiverr inbox.",
    "**Will you give me your email?**\nNo — Fiverr's terms don't allow sharing contact details.",
]


@table_test("text", POINTER_ERRORS + LEAVING_ERRORS)
def test_errors(lint, text):
    assert _worst(lint, text) == "error", [(f.rule, f.excerpt) for f in _found(lint, text)]


@pytest.mark.parametrize("text", WARNINGS)
def test_warnings(lint, text):
    assert _worst(lint, text) == "warning", [(f.rule, f.excerpt) for f in _found(lint, text)]


@table_test("text", HONEST)
def test_honest_sellers_stay_clean(lint, text):
    assert _found(lint, text) == [], [(f.rule, f.excerpt) for f in _found(lint, text)]


def test_only_a_refusing_answer_undoes_the_question(lint):
    assert _worst(lint, "**Can we continue on Telegram?** Sure, anytime.") == "error"
    assert _worst(lint, "**Can we continue on Telegram?** No, everything stays in the Fiverr inbox.") == "clean"
    assert _worst(lint, "## FAQ\n**Can we continue on Telegram?**\n\nNein, alles bleibt im Fiverr-Postfach.") == "clean"
