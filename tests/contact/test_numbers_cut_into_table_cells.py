"""A phone number cut into the cells of a Markdown table (document/table_numbers.py,
read in scan/contacts.py): down a column, along a row or over a whole small table of
bare numbers, with a phone word in the table or the paragraph next to it. Tables of
data (counts, prices, years) stay numbers."""
from __future__ import annotations

from gigcheck.document.markdown import parse_gig
from gigcheck.document.table_numbers import table_numbers
from tests.contact_support import severity_tests

ERRORS = [
    # along a row, the cue in the paragraph after the table (es)
    "| Básico | Estándar | Premium |\n|---|---|---|\n| 55 | 3412 | 8890 |\n\n"
    "^ la fila de abajo junta es mi WhatsApp (México, +52)",
    # the whole body read in order (tr)
    "| Gün | Saat |\n|---|---|\n| 0532 | 418 |\n| 77 | 06 |\n\n"
    "Tablodaki sayıları sırayla birleştirin: WhatsApp hattım.",
    # down a column, the cue in a cell below (fr)
    "| Étape | Détail |\n|---|---|\n| Brief | 06 47 |\n| Suivi | 21 38 95 |\n| Contact | par SMS |",
    # down a column over an empty cell, the cue in the row's label (en)
    "| Day | Hours |\n|---|---|\n| Mon–Fri | 9–18 |\n| Call | +1 (415) |\n| | 555-0148 |",
    # the cue in the paragraph before the table (de)
    "Meine WhatsApp-Nummer, Zeile für Zeile:\n\n| A | B |\n|---|---|\n| 0151 | 2345 |\n| 6789 | |",
    # (it) a row of three pieces, "Telefono" over it
    "Telefono:\n\n| 1 | 2 | 3 |\n|---|---|---|\n| 347 | 123 | 4567 |",
    # three pieces down a column, the first opening with "+" (en) or a trunk zero in
    # Arabic-Indic digits (ar)
    "| Package | Code |\n|---|---|\n| Basic | +49 |\n| Standard | 151 |\n| Premium | 2345 6789 |\n\n"
    "*Codes above, top to bottom = my Signal.*",
    "| الباقة | الرمز |\n|---|---|\n| أساسية | ٠١٠ |\n| قياسية | ٢٢٣٤ |\n| مميزة | ٥٦٧٨ |\n\n"
    "الرموز بالترتيب = رقمي على واتساب",
    # a table of one row: the pieces are its header (ko)
    "| 010 | 2345 | 6789 |\n|---|---|---|\n\n카톡 아이디는 위 번호 그대로예요.",
]
CLEAN = [
    # a column of counts, years beside it
    "| Year | Clients |\n|---|---|\n| 2021 | 140 |\n| 2022 | 310 |\n| 2023 | 455 |\n\n"
    "Most came via WhatsApp campaigns.",
    # a column of prices
    "| Tier | Price |\n|---|---|\n| Basic | 25 |\n| Pro | 45 |\n| VIP | 95 |\n| Max | 150 |\n\nIncludes a call.",
    # a row of prices in a WhatsApp-bot gig
    "| Basic | Standard | Premium |\n|---|---|---|\n| 150 | 300 | 600 |\n\nWhatsApp bot setup: prices above.",
    # a row of word counts and a price
    "| Plan | Words | Price |\n|---|---|---|\n| Basic | 1500 | 35 |\n\nI write WhatsApp scripts.",
    # pieces of a number but no phone word anywhere near (pt)
    "| Pacote | Dias |\n|---|---|\n| 11 | 9876 |\n| 5432 | |\n\nEntrega rápida e revisões ilimitadas.",
    # (ja) two figures stacked, a WhatsApp gig
    "| 項目 | 数 |\n|---|---|\n| 件数 | 1200 |\n| 合計 | 35000 |\n\nWhatsAppボットを作ります。",
    # minutes on a schedule, one step apart, though the first opens with a zero
    "| Step | Time |\n|---|---|\n| Brief | 05 |\n| Draft | 10 |\n| Final | 15 |\n| Call | 20 |",
    # years as the header of a table of one row
    "| 2019 | 2020 | 2021 |\n|---|---|---|\n\nWhatsApp campaigns I ran, by year.",
]

test_table_numbers_are_errors, test_tables_of_data_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_pieces_read_in_order_one_to_a_line() -> None:
    gig = parse_gig("| Gün | Saat |\n|---|---|\n| 0532 | 418 |\n| 77 | 06 |\n")
    [number] = table_numbers(gig)
    assert number.run.text == "0532\n418\n77\n06"
    assert "Gün" in number.around


def test_a_column_of_three_values_is_data_unless_it_opens_as_a_number() -> None:
    gig = parse_gig("| A | B |\n|---|---|\n| x | 5320 |\n| y | 418 |\n| z | 7706 |\n")
    assert table_numbers(gig) == []
    opened = parse_gig("| A | B |\n|---|---|\n| x | +90 |\n| y | 532 |\n| z | 418 7706 |\n")
    assert [n.run.text for n in table_numbers(opened)] == ["+90\n532\n418 7706"]
