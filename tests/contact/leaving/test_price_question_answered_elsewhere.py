"""A question about paying less answered by a phrase of elsewhere ("Quer pagar
menos? Me procura fora daqui", "Want to pay less? Find me outside this site"): a better price
outside, a request to leave (an error), as `cheaper_outside` reads it within one sentence.
"Paying less" is a word of a better price in many languages (`cheaper_words`); answered by
a package, a discount here, or alone, it stays clean; "find me elsewhere" after another
question stays a hint.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ANSWERED_ELSEWHERE = [
    "Quer pagar menos? Me procura fora daqui depois da entrega que eu te explico como.",
    "Want to pay less? Find me outside this site after delivery and I'll explain how.",
    "¿Quieres pagar menos? Búscame fuera de aquí.",
    "Willst du weniger zahlen? Du findest mich auch woanders.",
    "Vous voulez payer moins ? Retrouvez-moi ailleurs.",
    "Хотите дешевле? Найдите меня в другом месте.",
]

ANSWERED_HERE = [
    "Want to pay less? Choose the Basic package.",
    "Pay less with the Basic package.",
    "Your customers pay less with the bundle I design.",
    "Want to pay less? Ask me about bulk discounts here on Fiverr.",
    "Paga meno con il pacchetto base.",
    "Where else can you find me? Nowhere, only here on Fiverr.",
]

test_price_question_answered_elsewhere_is_an_error, test_price_question_answered_here_stays_clean = severity_tests(
    ANSWERED_ELSEWHERE, ANSWERED_HERE
)
test_other_questions_answered_elsewhere_stay_hints = warning_tests(
    ["Want to see more of my work? You can find me elsewhere too."]
)
