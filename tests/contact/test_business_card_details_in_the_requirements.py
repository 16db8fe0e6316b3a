"""The buyer's number and email asked for in the order's requirements for a business
card or an email signature the seller designs (policies/vocab/channels.toml
`detail_places`, read by detectors/requirements_ask.py): the work, in the singular and
the plural of several languages. The same request with no part of the work in the
sentence, or to be written to, stays an error."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Deja tu WhatsApp en los requisitos y te escribo.",
    "Pon tu número en los requisitos para hablar por WhatsApp.",
    "Put your email address in the requirements so I can send you discount codes.",
    "Indiquez votre numéro dans les exigences, je vous appelle.",
]
CLEAN = [
    "Diseño tu tarjeta de visita con TU número y TU correo, los que me indiques en los requisitos.",
    "Diseño tus tarjetas de visita: pon tu número y tu correo en los requisitos.",
    "Je crée vos cartes de visite : indiquez votre numéro et votre e-mail dans les exigences.",
    "Projeto seus cartões de visita: coloque seu número e seu e-mail nos requisitos.",
    "Ich gestalte Ihre Visitenkarten: bitte Ihre Telefonnummer und E-Mail in die Anforderungen.",
    "Progetto i tuoi biglietti da visita: scrivi il tuo numero e la tua email nei requisiti.",
    "Zaprojektuję Twoje wizytówki: wpisz swój numer i e-mail w wymaganiach.",
    "Ik ontwerp je visitekaartjes: vul je nummer en e-mail in de vereisten.",
    "Firma de correo profesional con tu número y tu correo, que me indicas en los requisitos.",
]

test_details_asked_for_off_the_work_are_errors, test_details_for_the_card_stay_clean = severity_tests(ERRORS, CLEAN)
