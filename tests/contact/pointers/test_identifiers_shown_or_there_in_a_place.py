"""An identifier a place holds, in wordings the pointer readers missed: the seller's own identifier
inside a pointer phrase ("Mein Benutzername steht auf dem Titelbild": identifier_pointers._only_mine),
"is there" after a place named earlier in the sentence ("Look at my logo closely, my handle is there"),
a place showing the seller's account named bare ("The end card shows my Insta": _shown), an English
genitive on the detail ("My site's address appears in the watermark": media_pointers._past_possessive)
and Persian places, "in" and "my" ("شماره من در ویدیو هست"). Their close negatives stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Mein Benutzername steht auf dem Titelbild",
    "Mi nombre de usuario está en la portada",
    "Meu nome de usuário está na capa",
    "Look at my logo closely, my handle is there",
    "Check my watermark, my email is there.",
    "Mira bien mi logo, mi usuario está ahí.",
    "Regarde bien mon logo, mon pseudo est là.",
    "The end card shows my Insta",
    "The end card shows my WhatsApp.",
    "El banner muestra mi WhatsApp.",
    "Das Titelbild zeigt mein Instagram.",
    "My site's address appears in the watermark",
    "My site's URL is in the watermark",
    "شماره من در ویدیو هست.",
    "در ویدیوی معرفی اطلاعات تماس من هست.",
]

CLEAN = [
    "My username here matches my studio name",
    "Dein Benutzername steht auf dem Titelbild",
    "Ich schreibe deinen Benutzernamen auf das Titelbild",
    "Look at my logo closely, my style is there.",
    "Look at your logo closely, your handle is there",
    "Check the gallery, my best work is there",
    "Is there a number I can call you on? I prefer a logo first.",
    "The end card shows my Instagram growth.",
    "My Instagram shows my work in videos.",
    "The end card shows your Insta.",
    "The video shows my WhatsApp chatbot.",
    "The video shows how I grew my Instagram.",
    "Your site's address appears in the watermark",
    "My site's style appears in the watermark",
    "شماره صفحات در پاورقی فایل PDF هست.",
    "شماره شما را در ویدیو می‌گذارم.",
    "در ویدیو نمونه کارهای من هست.",
]

test_identifiers_in_places_are_errors, test_near_misses_stay_clean = severity_tests(ERRORS, CLEAN)
