"""A contact detail said to be in the credits, the end card or a delivery, in several
languages (media_pointers.py with the pack's `credit_places`: a place that shows its
maker's details makes a detail there the seller's without "my"), with the honest twins."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Die Nummer steht im Abspann des Videos.",
    "Meine Visitenkarte lege ich jeder Lieferung bei.",
    "Mi número sale al final del video de muestra.",
    "我的微信号在视频片尾",
    "The number is in the end credits of the demo.",
    "El número aparece en los créditos del video.",
    "Номер есть в титрах видео.",
    "Mon numéro est dans le générique de fin.",
    "My WhatsApp is in the video credits.",
    "I add my business card to every delivery.",
]
CLEAN = [
    "The credits at the end of the video list the music licences",
    "Ich lege jeder Lieferung eine Rechnung bei",
    "your number goes on the business card I design",
    "I put your phone number in the end credits of your video.",
    "The number of scenes is shown in the credits.",
    "Ihre Nummer kommt in den Abspann des Videos.",
    "Die Anzahl der Szenen steht im Abspann.",
]

test_details_in_credits_are_errors, test_credits_as_the_work_stay_clean = severity_tests(ERRORS, CLEAN)
