"""Languages that put the verb last deny last: a negative verb closing the clause after an
off-platform phrase or a channel refuses it ("من هیچ‌وقت شماره خارج از سایت نمی‌دم",
"Numaramı site dışında vermiyorum", "サイト外でLINEの連絡はしません"), read by the pack's
negative forms (a Persian prefix, Turkish, Japanese and Korean endings). The same sentences
with a positive verb, a negation in a clause of its own, and a negation word that closes a
noun's clause ("komisyon yok") stay invitations."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "شماره یا آیدی خارج از سایت بهت می‌دم، پیام بده.",
    "Site dışında WhatsApp'tan yazın, numaramı veriyorum.",
    "サイト外でLINEで連絡してください。",
    "Message me on WhatsApp, not on Fiverr.",
    "Contact me on WhatsApp not here.",
    # a negation word closing a noun's clause, not the verb's: "no commission", "no fees"
    "WhatsApp'tan yaz komisyon yok",
]
CLEAN = [
    "من هیچ‌وقت شماره یا آیدی خارج از سایت نمی‌دم، همه چیز از طریق پیام‌های همین سایت.",
    "شماره‌ام را خارج از سایت نمی‌فرستم.",
    "Numaramı site dışında vermiyorum, her şey Fiverr mesajlarından.",
    "サイト外でLINEの連絡はしません。",
]

test_invitations_with_a_positive_verb_are_errors, test_negative_verbs_last_stay_clean = severity_tests(
    ERRORS, CLEAN
)
