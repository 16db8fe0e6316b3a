"""contact-invitation (GC204) and contact-channel-mention (GC205): invitations to talk
outside the marketplace without an identifier, in several languages; channels named for
live sessions."""
from __future__ import annotations

import pytest
from table_support import table_test

RULE = "contact-invitation"


def _invites(lint, text):
    return [f for f in lint(text) if f.name == RULE]


FLAGGED = [
    "I will build your Shopify store. Before you order, message me directly on WhatsApp so we can agree on the price.",
    "Contact me outside Fiverr for a better rate on long projects.",
    "Let's take this conversation off the platform.",
    "Let's move this conversation to email.",
    "I will give you my skype before you order so we can talk freely.",
    "I'll share my personal email once we connect.",
    "Once you message me I'll send you my WeChat QR code.",
    "Urgent job? Just text me.",
    "Give me a call before ordering so I understand the scope.",
    "Email me directly instead of using the order button.",
    "Drop your email address in the chat and I'll send the files directly.",
    "Google my name and call me.",
    "Search my studio name on Facebook and message me there for a discount.",
    "My Skype name is written in my profile picture — add me there.",
    "DM me on Instagram for behind-the-scenes and custom deals.",
    "Add me on t3legram, I'll explain everything there.",
    "Ping me on d!scord for commissions.",
    "I'm more active on Kik, hmu there.",
    "Video call me on Zoom before ordering — I'll share the link privately.",
    "Let's have a quick Zoom call before you order.",
    "Check my website (name in my profile) and use the contact form there instead of ordering here.",
    # es, pt, fr, de, it, ru, zh (and ja, ar, tr)
    "Escríbeme por WhatsApp.",
    "Llámame antes de hacer el pedido.",
    "Mándame un WhatsApp y lo vemos.",
    "Qualquer dúvida, fala comigo no meu zap.",
    "Me chama no WhatsApp.",
    "Écris-moi sur WhatsApp, je réponds tout de suite.",
    "Schreib mir einfach auf WhatsApp, das geht schneller.",
    "Ruf mich an, wenn du Fragen hast.",
    "Kontaktiere mich per E-Mail außerhalb von Fiverr.",
    "Contattami su Telegram prima di ordinare.",
    "Пишите в телеграм.",
    "Добавляйтесь в вайбер, обсудим детали.",
    "请加我QQ详聊。",
    "加我微信",
    "LINEで連絡してください。",
    "راسلني على واتساب للحصول على خصم.",
    "Detaylar için WhatsApp'tan yazın.",
]


@table_test("text", FLAGGED)
def test_invitation_is_flagged(lint, text):
    found = _invites(lint, text)
    assert len(found) == 1, [(f.excerpt, f.message) for f in lint(text)]
    assert found[0].severity.name == "ERROR"


CLEAN = [
    "You're making it sound like I am not here to help my clients with their projects.",
    "Please contact me before ordering so we can confirm the scope.",
    "Send me a message on Fiverr inbox before placing a custom order.",
    "Message me here on Fiverr anytime.",
    "Feel free to contact me with any question — I'm happy to help.",
    "Text me here before ordering.",
    "Schreib mir hier auf Fiverr, bevor du bestellst.",
    "Contactez-moi ici sur Fiverr avant de commander.",
    "Напишите мне здесь, на Fiverr, перед заказом — обсудим детали.",
    "有任何问题请在Fiverr上给我留言，我会尽快回复。",
    "Per Fiverr rules I can't share contact details, so let's chat in the inbox.",
    "I will never ask you to pay outside of the platform or share personal details.",
    "Please do not send me your WhatsApp number, Fiverr does not allow it.",
    "Live directed session included in Premium: after the order starts we connect on Skype or Zoom for 30 minutes.",
    "If you prefer a call, we can use the built-in Fiverr Zoom integration once the order is active.",
    "Need a WhatsApp chatbot? Message me here first.",
    "Contact me to discuss your website redesign.",
    "Send me your Instagram username and I will audit your profile.",
    "Call me maybe? I'll sing a cover of your favorite song.",
    "Call-to-action buttons that convert: 'Call now', 'Email us', 'Chat with us' designs.",
    "I will text your customers with SMS marketing campaigns.",
    "Buyers often ask for off Fiverr communication. Stay firm and refer them to TOS.",
]


@table_test("text", CLEAN)
def test_not_an_invitation(lint, text):
    assert _invites(lint, text) == []


# One family per group: the cases the corpus showed, and others of the same kind.
FAMILIES = [
    # moving the conversation to a messenger
    ("move", "We can continue on Telegram — much easier than this chat."),
    ("move", "We can continue on s k y p e after you message me."),
    ("move", "Let's switch to Viber, calls are free there."),
    ("move", "I prefer working via Skype, ask me for my ID."),
    ("move", "I prefer communicating via Signal."),
    # a detail of a platform named in the sentence
    ("detail", "Ask for my username on Discord."),
    # details said to be somewhere else: an image, a website, a profile
    ("where", "My phone number is in the last image of the gig gallery — call anytime."),
    ("where", "My WhatsApp number is written on my banner."),
    ("where", "You'll find my email in the gig video at the end."),
    ("where", "My contact details are listed on my Facebook page."),
    ("where", "Check the last image in my gallery for my number."),
    # a platform as the verb
    ("platform verb", "Snap me for a sneak peek of the final design."),
    ("platform verb", "Viber me for urgent orders."),
    ("platform verb", "Insta me anytime for updates."),
    # Hinglish
    ("hinglish", "WhatsApp pe message karo, rate kam kar dunga."),
    ("hinglish", "Mujhe Telegram par message karein for discount."),
    ("hinglish", "Order se pehle call karo, sab samjha dunga."),
    # looking up a name
    ("look up", "My email is on my website, just google 'Rivera Copy Studio'."),
    ("look up", "Google “Nordic Pine Interiors” to see my reviews."),
    ("look up", "Search for 'Mia Designs' on Instagram."),
]


@table_test("family,text", FAMILIES, ids=[f"{f}: {t}" for f, t in FAMILIES])
def test_invitation_families(lint, family, text):
    assert len(_invites(lint, text)) == 1, [(f.name, f.excerpt) for f in lint(text)]


FAMILY_CLEAN = [
    # ordinary words that name platforms, with verbs of working together
    "We can work in teams of two to finish faster.",
    "I prefer working in line with your style guide.",
    "We can continue on line 3 of your script after the review.",
    "We can continue on the next revision after you review the draft.",
    "I will move your WhatsApp chats to Telegram with full history.",
    # the buyer's details, places without a channel, a channel that is no one's
    "I will design a flyer with your logo and WhatsApp number in the image.",
    "My portfolio is on my website.",
    "The best time to post on Instagram is in the morning.",
    "The number is in the image: 42% growth.",
    # platform names before "me" that are ordinary verbs
    "Meet me at the intersection of design and code.",
    "Zoom me in on the details: I retouch at 400%.",
    # search queries as the work, and asking for a process
    "Customers google 'Best Pizza NYC' every day; I will rank you.",
    "Just google it: SEO basics explained.",
    "I prefer working in Figma, ask me for my design process.",
    "Share your Discord server ID so I can set up the bot.",
]


@pytest.mark.parametrize("text", FAMILY_CLEAN)
def test_not_an_invitation_of_those_families(lint, text):
    assert _invites(lint, text) == []


@pytest.mark.parametrize(
    "text,other",
    [
        ("Minecraft builds. add me on discord: @lunaverse", "contact-handle"),
        ("Call me to discuss: +1 415 555 0132", "contact-phone"),
        ("[Message me on WhatsApp](https://wa.me/15551234567)", "contact-handle"),
        ("[Call me now](tel:+447700900123) for a same-day quote.", "contact-phone"),
    ],
)
def test_an_identifier_in_the_sentence_is_reported_instead(lint, text, other):
    names = {f.name for f in lint(text)}
    assert other in names and RULE not in names


def test_invitation_message_names_the_channel(lint):
    (f,) = _invites(lint, "Ping me on Signal for confidential projects.")
    assert "Signal" in f.message and f.suggestion


MENTIONS = [
    ("## Extras\n\n### Live directed session\nPrice: $30\nDelivery: +1 day\n\nWe connect over Skype after your order.\n", "Skype"),
    ("I will be your English tutor for a lesson via Zoom.", "Zoom"),
]


@pytest.mark.parametrize("text,excerpt", MENTIONS)
def test_live_session_channel_is_an_info(lint, text, excerpt):
    found = [f for f in lint(text) if f.name == "contact-channel-mention"]
    assert [f.excerpt for f in found] == [excerpt]
    assert found[0].severity.name == "INFO"
    assert not any(f.category == "contact" and f.severity.name != "INFO" for f in lint(text))


def test_no_mention_for_the_work_itself(lint):
    assert not [f for f in lint("I will design Zoom backgrounds and Skype-quality intros.") if f.name == "contact-channel-mention"]
