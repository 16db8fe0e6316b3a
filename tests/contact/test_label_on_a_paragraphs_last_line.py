"""A label on the last line of a paragraph ("…in 4K.⏎Zalo mình:") labels the identifier
right under it (items.label_pairs): the lines above it are sentences of their own, whose
digits or length do not keep the label from its value. Numbers that are no contact
(sizes, durations, dates, prices) under such a label stay clean."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.items import label_pairs
from gigcheck.document.markdown import parse_gig

ERRORS = [
    "Mình nhận vẽ chân dung digital, giao file 4K.\nZalo mình:\n> 0912\n> 345 678",
    "Entrego em 2 dias, com 3 revisões.\nZap:\n\n11 98765\n4321",
    "Ich schneide Videos seit 2018.\nTelegram:\n\n@lena_cuts_4k",
    "Traduzioni dal 2012, 200 clienti.\nTelegram:\n> @giulia_trad_it",
]

CLEAN = [
    "I edit podcasts, 3 episodes a week.\nFormats I deliver:\n\n> 1080 x 1920\n> 60 fps",
    "Sizes, all in cm.\nAvailable sizes:\n\n30 40\n50 70",
    "Lieferzeiten ab Bestellung.\nTermine:\n\n12.03.2026\n15.03.2026",
    "Pacotes em reais.\nPreços:\n\nR$ 150\nR$ 390",
]

test_labelled_values_are_errors, test_labelled_quantities_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_label_is_the_last_line_only():
    [pair] = label_pairs(parse_gig("Portraits, 4K files.\nTelegram:\n\n@mia_draws\n"))
    assert pair.text == "Telegram: @mia_draws"
    # a sentence ending the paragraph is no label of a value with no identifier mark
    assert label_pairs(parse_gig("Portraits, 4K files.\nWhat you get:\n\nthree sketches\n")) == []
