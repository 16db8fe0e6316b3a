""""reach me directly" said as a whole sentence ("Bana doğrudan ulaşın",
"Contactez-moi directement", "直接联系我"): an unclear invitation with no channel, a hint
(a warning). With the fees or a better price it is a request to leave (an error, as before);
with a purpose, a condition or an object it is the marketplace's inbox as often, and stays
clean, as does the marketplace named as the way.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

BARE = [
    "Reach me directly.",
    "Please contact me directly!",
    "Contáctame directamente.",
    "Kontaktieren Sie mich direkt.",
    "Contactez-moi directement.",
    "Свяжитесь со мной напрямую.",
    "Hubungi saya langsung.",
    "Entre em contato comigo diretamente.",
    "Bana doğrudan ulaşın.",
    "Bana direkt yazın.",
    "直接联系我。",
    "Scrivimi direttamente.",
    "## Contact\nReach me directly.",
]

WITH_FEES = ["Contact me directly and skip the fees.", "Contáctame directamente y nos ahorramos la comisión."]

HONEST = [
    "Contact me directly here on Fiverr before ordering.",
    "After the order, contact me directly in the order chat.",
    "Your customers can contact you directly through the chatbot.",
    "Message me directly before ordering so we can agree on the scope.",
    "Envoyez-moi les fichiers directement après le paiement.",
    "Escríbeme directamente si tienes dudas sobre la integración de Bizum.",
    "Escríbeme directamente por el chat de Fiverr.",
    "You can message me directly through the Fiverr inbox.",
    "I never ask buyers to contact me directly outside Fiverr.",
]

test_bare_direct_contact_is_a_hint = warning_tests(BARE)
test_direct_contact_with_fees_is_an_error, test_direct_contact_with_a_purpose_stays_clean = severity_tests(
    WITH_FEES, HONEST
)
