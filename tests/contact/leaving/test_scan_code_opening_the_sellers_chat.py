"""A scan code shown in the seller's media that opens the seller's chat is a contact pointer
(invitations._scan_code): "opens my chat" is a verb of contact once a QR is in the sentence,
as "it opens a chat with me" was. A code the work builds for the buyer, which opens the
buyer's chat or the buyer's customers', and the marketplace's own chat, stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "The QR in my last gallery image opens my chat.",
    "El QR de la última imagen de mi galería abre mi chat.",
    "Le QR de ma dernière image ouvre mon chat.",
]

CLEAN = [
    "I design a QR for your menu that opens your chat with customers.",
    "The button on your landing page opens your chat widget.",
    "Click Contact Me here on Fiverr, it opens my chat in the Fiverr inbox.",
    "The QR on your flyer opens your WhatsApp chat.",
    "My gallery shows a QR menu I built; scanning it opens the restaurant's chat.",
]

test_a_code_opening_the_sellers_chat_is_an_error, test_codes_built_for_the_buyer_stay_clean = severity_tests(
    ERRORS, CLEAN
)
