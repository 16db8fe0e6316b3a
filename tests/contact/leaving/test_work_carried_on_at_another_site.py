"""The general causes behind the leaving, pointer and deal misses of rt20/rt22
and two of their false alarms, each with variants of our own in several languages and the
honest sentences next to them.

* the talk or the work carried on at another site ("başka bir platformda devam edelim", "on
  peut continuer sur une autre plateforme"): leaving, not only being found there; a rival
  service marketplace as that site under the fiverr pack ("on peut passer sur Malt");
* other ways of working or of contact hinted at, none said (warnings);
* contact details pointed to in a place a gig scan cannot read: the last page of a PDF, the
  footer of the seller's site, the seller's socials in a bio; "this username" as the key;
* the marketplace's fee called by its kind ("avoid the service fees") skipped beside a route;
* integration work in Hindi; a meeting room's link sent in the marketplace's own chat;
* last session's leftovers: "contact my X" as an imperative, a work before a "with" that brings
  the payment ("Logo design with PayPal payment accepted"), the marketplace's fee with its
  article ("sin las comisiones de Fiverr"), the order's service "by DM on" a network; the
  buyer's customers contacting "us", a messenger kept for family.
"""
from __future__ import annotations

import pytest
from contact_support import reported, warning_tests, worst
from table_support import table_test

ERRORS = [
    # carried on at another site
    "Uzun vadeli işler için başka bir platformda devam edelim,\norada fiyat konusunda daha esneğim.",
    "Let's continue on another platform, I'm more flexible on price there.",
    "For long projects let's move to another site.",
    "Pour les projets longs, on peut continuer sur une autre plateforme.",
    "Przy dłuższych projektach przejdźmy na inną platformę.",
    "Para proyectos largos seguimos en otra plataforma.",
    "Давайте продолжим на другой платформе.",
    "Let's continue\non another platform for the next orders.",
    # a rival service marketplace as the place
    "Pour les commandes suivantes, on peut passer sur Malt, c'est moins cher.",
    "Langfristige Projekte wickle ich lieber über Upwork ab – dort habe ich mehr Bewertungen.",
    "Größere Aufträge wickeln wir dann über Malt ab.",
    "For the next orders we can move to Upwork, it's cheaper.",
    # pointers to a place holding the details
    "Links to my other socials are in my SoundCloud bio — hit me up there.",
    "Mis redes están en mi bio de Instagram.",
    "İletişim bilgilerim portfolyodaki PDF'in son sayfasında yazıyor.",
    "My email is on the last page of the sample PDF.",
    "Numer znajdziesz w stopce mojej strony — wpisz w Google moje imię i nazwisko.",
    "Numer jest w stopce mojej strony.",
    "My number is in the footer of my website.",
    "Le numéro est dans le pied de page de mon site.",
    'Google my name + "voice actor" — my site has direct booking and lower rates.',
    "Instagram'da bu kullanıcı adıyla beni bulabilirsin,\nDM'den fiyatı konuşuruz.",
    "Me encuentras en Instagram con este usuario.",
    "Tu me trouves sur Telegram sous ce pseudo.",
    # the marketplace's fee skipped beside a route
    "Pour les prochaines commandes, un simple virement bancaire suffit,\non évite les frais de service.",
    "For next orders a simple bank transfer is enough, we avoid the service fees.",
    "Para los próximos pedidos basta una transferencia bancaria, evitamos la comisión del servicio.",
    "Bei Folgeaufträgen reicht eine Überweisung, so sparen wir uns die Gebühren.",
    # last session's leftovers
    "Contact my WhatsApp for a quote",
    "Please contact my Telegram before ordering.",
    "Contacta a mi WhatsApp para un presupuesto.",
    "Contactez mon WhatsApp pour un devis.",
    "Logo design with PayPal payment accepted.",
    "Logo design, payment with PayPal accepted.",
    "Trabaja directamente conmigo sin las comisiones de Fiverr",
    "Trabalhe direto comigo sem as taxas do Fiverr.",
    "Travaillez directement avec moi sans les frais de Fiverr.",
    "Lavora direttamente con me senza le commissioni di Fiverr.",
    "Revisions by DM on Instagram",
    "Revisiones por DM en Instagram.",
    "Support by DM on Telegram after delivery.",
    "Contact us on WhatsApp.",
    "Existing clients can contact us on WhatsApp for faster support.",
    "Returning customers: message us on WhatsApp for a discount.",
]

WARNINGS = [
    "Ask me about other ways we can work together.",
    "Muốn liên hệ với mình theo cách khác thì cứ hỏi nhé.",
    "Mam też inne sposoby kontaktu,\nale o tym pogadamy po pierwszym zleceniu 😉",
    "Tengo otras vías de contacto, pregúntame.",
    "Ich habe auch andere Kontaktmöglichkeiten.",
    "Je suis aussi sur une autre plateforme.",
]

CLEAN = [
    # another platform as the work, the seller's past, a refusal
    "We can work on other platforms too, like Wix or Squarespace.",
    "I can build your store on other platforms like Wix.",
    "Your app will work on other platforms too.",
    "We can migrate your site to another platform.",
    "J'ai travaillé sur une autre plateforme avant.",
    "Je crée votre boutique sur une autre plateforme.",
    "Let's continue here on Fiverr, no other platform needed.",
    "I don't continue on other platforms.",
    # rival names as common words, the marketplace's own handling
    "Malt whisky label design.",
    "I design labels for malt whisky brands.",
    "Je passe sur Figma pour les maquettes.",
    "Ich wickle die Zahlung über Fiverr ab.",
    "Ich wickle Ihren Kundenservice über WhatsApp ab.",
    "Ihre Anfragen wickle ich über Fiverr ab.",
    "Je peux passer sur votre site pour corriger les bugs.",
    "Gestiono tus campañas por WhatsApp Business.",
    "We can handle your ads on Facebook and Instagram.",
    # other ways that are the buyer's
    "Your customers get other ways to get in touch on your site.",
    "I design other ways for customers to get in touch with your brand.",
    "Please use no other contact options than the Fiverr inbox.",
    # places that hold the work, or the buyer's details
    "Follow my socials for updates.",
    "I will grow your socials and manage your Instagram.",
    "I will design the footer of your website with your phone number.",
    "The last page of the PDF shows the price list.",
    "Your contact details go in the footer.",
    "Links to your socials go in the footer of the site I build.",
    "I design your Instagram bio and add your email to it.",
    "The number is in the image: 42% growth in my campaign.",
    "Number of pages in the PDF of my portfolio: 12.",
    "Email templates in the video of my course.",
    "I will register your brand on Instagram under this name.",
    "I create your Instagram account with this username you choose.",
    "Wir veröffentlichen das Buch unter diesem Namen auf Amazon.",
    "My site loads fast and has lower bounce rates.",
    "I will build your site with lower prices than agencies.",
    # fees of another's, integration work
    "I'll show you how to avoid PayPal service fees.",
    "Your store will avoid the platform fees of Shopify apps.",
    "मैं आपकी वेबसाइट में Razorpay और UPI पेमेंट गेटवे इंटीग्रेट करूँगा।",
    "मैं आपके ऐप में Paytm और PhonePe का पेमेंट गेटवे जोड़ दूँगा।",
    # last session's leftovers: the seller's own doing, the work, the buyer's business speaking
    "I contact my WhatsApp leads every morning.",
    "I will contact my Instagram followers about your product.",
    "Contact my team here on Fiverr for bulk orders.",
    "Reach my Instagram audience of 50k with a shoutout.",
    "I build your checkout with PayPal.",
    "Website design with PayPal checkout.",
    "Landing page design with Stripe and PayPal payment gateway.",
    "WooCommerce store with PayPal payments.",
    "Te enseño a vender en Etsy sin las comisiones de Amazon.",
    "Revisions by DM on Fiverr.",
    "Customer support by DM on Instagram for your brand.",
    "I build your landing page so your customers can contact us on WhatsApp.",
    "so your customers can message us on WhatsApp",
    "Your clients can text us on WhatsApp from the site.",
    "Para que tus clientes nos escriban por WhatsApp.",
    "Semua komunikasi di Fiverr, WhatsApp saya hanya untuk keluarga",
    "All communication on Fiverr, my WhatsApp is only for family.",
    "Toda la comunicación por Fiverr; mi WhatsApp es solo para mi familia.",
    "Mein WhatsApp ist nur für die Familie, schreib mir hier.",
    "I create WhatsApp stickers for family groups.",
]

# A meeting room's link sent through the marketplace's own chat: no invitation (GC205 may note the session).
SESSIONS = [
    "Dopo l'ordine riceverai nella chat di Fiverr il link alla call su Zoom\n"
    "per la sessione di mix guidata: nessun contatto esterno necessario.",
    "Dopo l'ordine riceverai nella chat di Fiverr il link Zoom per la lezione.",
]

# ... but the marketplace's chat first and a messenger next is still leaving.
STILL_ERRORS = [
    "Dopo l'ordine scrivimi nella chat di Fiverr, poi su WhatsApp.",
    "Chat di Fiverr dulu, lalu lanjut di WhatsApp saya.",
    "Dopo l'ordine contattami su Zoom.",
    "पेमेंट UPI से सीधे मुझे करें।",
]


@table_test("text", ERRORS + STILL_ERRORS)
def test_leaving_pointers_and_deals_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)

test_other_ways_without_a_channel_are_hints = warning_tests(WARNINGS)


@table_test("text", CLEAN)
def test_honest_near_misses_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", SESSIONS)
def test_session_link_in_the_marketplace_chat_is_no_invitation(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


def test_session_link_is_noted_as_a_session(lint):
    assert "GC205" in {f.rule for f in lint(SESSIONS[0])}
