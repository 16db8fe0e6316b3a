"""A phone number hidden one piece per list item or line (document/list_numbers.py),
with a sentence that says to read the pieces together and names them the seller's phone
(detectors/phone_together.py): "1. Lundi — 06⏎2. Mardi — 12⏎… (les chiffres à la suite,
c'est mon portable)". Figures in lines with a phone word elsewhere, or read "in order"
with no phone of the seller's, stay figures."""
from __future__ import annotations

from gigcheck.document.list_numbers import list_numbers
from gigcheck.document.markdown import parse_gig
from tests.contact_support import severity_tests

ERRORS = [
    "Mes disponibilités cette semaine :\n\n1. Lundi — 06\n2. Mardi — 12\n3. Mercredi — 34\n4. Jeudi — 56\n"
    "5. Vendredi — 78\n\n(les chiffres à la suite, c'est mon portable)",
    "My WhatsApp, the first digits together:\n\n- 0 stress\n- 7 day support\n- 9 formats\n- 11 hidden fees\n"
    "- 123 happy clients\n- 456 reviews",
    "Mi WhatsApp son los números juntos:\n\n- Paso 612\n- Paso 34\n- Paso 56\n- Paso 78",
    "Мой номер телефона — цифры по порядку:\n\n- шаг 8 912\n- шаг 345\n- шаг 67 89",
    "Il mio cellulare, le cifre in ordine:\n\n- Bozza 347\n- Revisione 123\n- Consegna 4567",
]
CLEAN = [
    "Shot list, in order:\n\n- Scene 06\n- Scene 12\n- Scene 34\n- Scene 56\n- Scene 78\n\nAll filmed on my phone.",
    "Sizes for your phone case in order:\n- iPhone 13\n- iPhone 14\n- iPhone 15\n- Pixel 8\n- Galaxy 24",
    "Schedule:\n\n- Step 10: brief\n- Step 20: draft\n- Step 30: review\n- Step 40: final\n\n"
    "Read the steps in order; I make phone wallpapers.",
    "Prices:\n\n- Logo 25\n- Banner 40\n- Flyer 35\n- Bundle 90\n\n"
    "Order them together and save; I also design WhatsApp stickers.",
    "Mon planning, dans l'ordre :\n\n- Lundi 06\n- Mardi 12\n- Mercredi 34\n- Jeudi 56\n\n"
    "Je réponds sur la messagerie de la plateforme.",
]

test_numbers_hidden_in_lines_are_errors, test_figures_in_lines_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_pieces_are_read_in_order_with_the_text_around() -> None:
    gig = parse_gig("# Help\n\nWhatsApp: read the first digit of each line\n0 - a\n7 - b\n9 - c\n11 - d\n123 - e\n456 - f\n")
    [number] = list_numbers(gig)
    assert number.run.text == "0 7 9 11 123 456"
    assert number.worded
    assert "first digit" in number.around


def test_a_line_of_two_figures_breaks_the_stretch() -> None:
    gig = parse_gig("# Help\n\n- Basic 12 logos 3 days\n- Pro 45\n- VIP 67\n")
    assert list_numbers(gig) == []
