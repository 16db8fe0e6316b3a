"""The seller's contact said to be inside what is delivered (the delivery notes, the source
files, "every delivery") is a pointer like one into a video or a PDF (media_pointers.py,
`media_places`): a text scan never reads the delivered files. The seller's business card is
a contact detail only with its possessive ("business card design" is the work). The buyer's
details on the work, the package itself, and delivery as a time stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "I'll drop my contact in the delivery notes.",
    "I include my business card in every delivery.",
    "You'll find my email inside the source files.",
    "Mi correo está en los archivos fuente de la entrega.",
    "Mon numéro est dans le livrable final.",
    "Meine Handynummer steht in den Quelldateien.",
]

CLEAN = [
    "I include a PDF guide in every delivery",
    "the source files hold your brand's email template",
    "your contact details go in the footer of the flyer I design",
    "I add your phone number to the business card I design",
    "I design your business card with your email and phone",
    "My number one priority is on-time delivery.",
    "My phone is always on during delivery week.",
    "My contact with you continues after delivery through Fiverr messages.",
    "The source files include the email signature template.",
]

test_a_contact_placed_in_the_deliverable_is_an_error, test_the_deliverable_and_delivery_times_stay_clean = (
    severity_tests(ERRORS, CLEAN)
)
