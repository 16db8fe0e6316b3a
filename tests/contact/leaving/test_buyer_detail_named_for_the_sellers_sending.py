"""Issue 12: the buyer's private contact detail named with what it is for, the seller sending to or
reaching the buyer there, as a requirements list says it without a verb of asking ("Your WhatsApp
number, so I can send progress updates directly", "Deine WhatsApp-Nummer, damit ich dir die Entwürfe
schicken kann"): a request for the detail the marketplace keeps from the seller (detail_purpose.py).

Clean: a public profile for the work ("Your Instagram handle so I can match the feed style"), the
detail put into the work (a signature, a chat button, a business card), others than the seller
reaching the buyer (a courier), the buyer's customers reached as the work, a detail not the buyer's,
a purpose with no sending ("so I can set up the account").
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "**Requirements**\n1. Your website URL\n2. Your logo in SVG\n3. Your WhatsApp number, so I can send progress"
    " updates\n   directly instead of through this inbox",
    "## Requirements\n- Your logo files (AI/SVG)\n- Brand colours\n- Your personal email, so I can send the drafts there",
    "Requisitos:\n- Tu número de WhatsApp, así te envío los avances directamente",
    "Anforderungen:\n- Deine WhatsApp-Nummer, damit ich dir die Entwürfe direkt schicken kann",
    "Требования:\n- Ваш номер WhatsApp, чтобы я мог присылать вам отчёты напрямую",
    "Exigences :\n- Votre e-mail personnel, pour que je puisse vous envoyer les brouillons",
    "Requisitos: o seu e-mail, para eu mandar os rascunhos por lá.",
    "Requirements:\n- Your email so I can send you the invoice",
]

CLEAN = [
    "Requirements:\n- Your Instagram handle so I can match the feed style",
    "Requirements:\n- Your business email so I can put it in the email signature design",
    "Requirements:\n- Your WhatsApp number so I can connect the chat button on your website",
    "Requirements:\n- Your customers' phone numbers so I can send them the SMS campaign",
    "Requirements:\n- Your phone number so the courier can call you about the delivery",
    "Requirements:\n- My email is not needed, so I can send everything here in the Fiverr inbox",
    "Requirements:\n- Your brand colours, so I can send a first draft within two days",
    "Requirements:\n- Your email address for the newsletter tool, so I can set up the account",
    "Anforderungen:\n- Deine E-Mail-Adresse für das Impressum, damit ich sie auf der Website eintragen kann",
    "Требования:\n- Ваш номер телефона для визитки, чтобы я мог разместить его в макете",
]

test_detail_named_for_sending_is_an_error, test_detail_for_the_work_stays_clean = severity_tests(ERRORS, CLEAN)
