"""A handle cut one piece a line under the line that names its channel ("Discord:⏎-
nomade⏎- _⏎- pixel", "LINE ID⏎・yuki⏎・_illust", "| тг: @ |" over "| | vlad |") is read
as the one name a buyer puts together (document/handle_pieces.py). A list of names under
a head ("Tools:⏎- Figma⏎- Procreate") joins nothing: no piece is cut at a joiner."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.handle_pieces import handle_pieces
from gigcheck.document.markdown import parse_gig

ERRORS = [
    "Mon Discord (collez les lignes) :\n- lune\n- _\n- graphe\nJe réponds le soir.",
    "Discord (plak de regels aan elkaar):\n* lotte\n* .draws\nIk ben er elke avond.",
    "ไลน์ไอดี\n- pim\n- .design\nรวมสองบรรทัดแล้วแอดมาได้เลย",
    "LINE ID\n・yuki\n・_illust\n",
    "| Пакет | Цена |\n|---|---|\n| Связь | телега: @ |\n| | oleg_video |",
    "### Ping me\n| Telegram | @ |\n|---|---|\n| handle | sam_cuts |",
]

CLEAN = [
    "Tools:\n- Figma\n- Procreate\n- After_Effects",
    "Formats I deliver:\n- .psd\n- .ai\n- .png",
    "Meine Schritte:\n- Skizze\n- Reinzeichnung\n- Farbe",
    "| Пакет | Цена |\n|---|---|\n| Базовый | 1500 ₽ |\n| Стандарт | 3000 ₽ |",
]

test_cut_handles_are_errors, test_lists_of_names_stay_clean = severity_tests(ERRORS, CLEAN)


def test_pieces_join_with_nothing_between_under_their_head():
    [run] = handle_pieces(parse_gig("Discord:\n- nomade\n- _\n- pixel\n"))
    assert run.text == "Discord: nomade_pixel"
    src = "Discord:\n- nomade\n- _\n- pixel\n"
    a, b = run.src_span(len("Discord: "), len(run.text))
    assert src[a:b] == "nomade\n- _\n- pixel"


def test_pieces_need_a_cut_at_a_joiner():
    assert handle_pieces(parse_gig("Discord:\n- nomade\n- pixel\n")) == []
    assert handle_pieces(parse_gig("Tools:\n- Figma\n- After_Effects\n")) == []


def test_a_cell_after_an_at_sign_goes_on_in_the_cell_below():
    gig = parse_gig("| A | B |\n|---|---|\n| Связь | тг: @ |\n| | vlad_montazh |\n")
    assert [r.text for r in handle_pieces(gig)] == ["Связь: тг: @vlad_montazh"]
