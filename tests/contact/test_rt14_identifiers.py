"""Round 14/15 of issue 12, the identifier side: the general causes behind the blind
sets' misses, each with variants of our own and the honest sentences next to them.

* numbers: a phone number whose groups a typographic dash parts ("0151 – 555 – 83421"),
  or whose digits are spaced out one by one after a phone word ("Tel. 0 1 5 1 ...");
  not a year range, opening hours or an ISBN, nor spaced digits after "order";
* js-url: a script scheme percent-encoded in a link target or an attribute
  ("%6A%61vascript:", "javascript%3A", "%256A..."); not an ordinary encoded path;
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

ERRORS = [
    # numbers: typographic dashes and spaced-out digits after a phone word
    "Tel. 0 1 5 1 – 5 5 5 – 8 3 4 2 1",
    "Tel. 0151 – 555 – 83421",
    "Tel. 0 1 5 1 5 5 5 8 3 4 2 1",
    "WhatsApp: 0 6 1 2 — 3 4 5 — 6 7 8",
    "Telefon: 0 1 7 6 – 2 2 3 3 – 4 4 5 5 6",
    "Zap: 1 1 9 8 7 6 5 – 4 3 2 1",
    "Llámame: 6 1 2 – 5 5 5 – 0 1 9",
    "Appelez-moi : 0 6 – 1 2 – 3 4 – 5 6 – 7 8",
    "Chiamami: 3 4 7 – 1 2 3 – 4 5 6 7",
    "Телефон: 8 9 1 6 – 1 2 3 – 4 5 – 6 7",
    "WA: 0 8 1 2 – 3 4 5 6 – 7 8 9 0",
    # js-url: percent-encoded schemes
    "[Örnekler](%6A%61vascript:alert(1))",
    "[Portfolio](%4A%41%56%41%53%43%52%49%50%54%3Aalert(1))",
    "[Ver](javascript%3Aalert(1))",
    "[Ver](%256A%2561vascript:alert(1))",
    "[Ver](&#37;6Aavascript:alert(1))",
    "[Ver](data%3Atext/html,<b>x</b>)",
    "[Ver](vb%73cript:msgbox(1))",
    '<a href="%6A%61vascript:alert(1)">Muster</a>',
    "[Ver](%6Aava%09script:alert(1))",
    "[Beispiele](JaVa%53cRiPt:alert(1))",
    "[Примеры]( %6a%61%76%61script:alert(document.cookie))",
]

CLEAN = [
    "ISBN 978 – 3 – 16 – 148410 – 0",
    "Lieferzeit 2024 – 2025",
    "Bestellung 0 1 5 1 5 5 5 8 3 4 2 1",
    "Öffnungszeiten 0800 – 1700",
    "Paket 1 – 3 – 5 Seiten, Lieferung 2 – 4 Tage.",
    "Horario: 09:00 – 18:00, de lunes a viernes.",
    "[Docs](https://example.com/a%20b)",
    "[Logo](logo%20final.png)",
    "[Guia](https://example.com/search?q=java%20script%3A%20basics)",
    "I fix javascript: void links and broken %20 spaces in URLs.",
]


@pytest.mark.parametrize("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
