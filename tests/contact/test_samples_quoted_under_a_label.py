"""A block quote or a code block right after a short paragraph that calls it a sample, an
example or a template ("Translation sample (EN→ES):") shows the work: an invitation in it is
the sample's, not the seller's. A quote under no such label, or under a label that claims it
("Sample of my reply:"), stays the seller's own words."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "> Message me on WhatsApp for a faster reply.",
    "Questions?\n> Message me on WhatsApp for a faster reply.",
    "Contact:\n> Contáctame por WhatsApp para una respuesta más rápida.",
    "Translation sample (EN→ES):\n> Contact us on WhatsApp for a faster reply.\n\nMessage me on WhatsApp to order.",
]
CLEAN = [
    "Translation sample (EN→ES):\n> Contact us on WhatsApp for a faster reply.\n"
    "> Contáctanos por WhatsApp para una respuesta más rápida.",
    "Exemplo de tradução (EN→PT):\n> Fale conosco pelo WhatsApp para uma resposta mais rápida.",
    "Sample caption (IT):\n> Scrivici su Telegram per prenotare il tuo tavolo.",
    "Translation sample (EN→ES):\n\n```\nContact us on WhatsApp for a faster reply.\n```",
]

test_quotes_in_the_sellers_voice_are_errors, test_samples_quoted_under_a_label_stay_clean = severity_tests(
    ERRORS, CLEAN
)
