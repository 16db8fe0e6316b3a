"""Right-to-left overrides are read the way they are displayed: "\u202emoc.liamg@bob\u202c"
shows as "bob@gmail.com"."""
from __future__ import annotations

import pytest

from gigcheck.text.bidi import display_order

RLO, PDF = "\u202e", "\u202c"


def test_override_reversed_and_mapped_to_its_content():
    src = f"Mail {RLO}moc.liamg@bob{PDF} now"
    view = display_order(src)
    shown = view.text.replace(RLO, "")
    assert shown == "Mail bob@gmail.com" + PDF + " now"
    a = view.text.index("bob")
    assert view.span(a, a + len("bob@gmail.com")) == (src.index(RLO) + 1, src.index(PDF))
    assert view.span(0, 4) == (0, 4)  # text outside is untouched


def test_override_ends_at_the_line_and_nested_embeddings_close_first():
    assert display_order(f"{RLO}cba\ndef").text == f"{RLO}abc\ndef"
    assert display_order(f"{RLO}a\u202bb{PDF}c{PDF}d").text == f"{RLO}c{PDF}b\u202ba{PDF}d"
    assert display_order("no controls").text == "no controls"


@pytest.mark.parametrize(
    "text, rule",
    [
        (f"Write to {RLO}moc.liamg@bob{PDF} today.", "GC201"),
        (f"{RLO}22htims.aron :epyks{PDF}", "GC203"),
        (f"{RLO}7654-555-202 1+ :ppastahw{PDF}", "GC202"),
        (f"Text me {RLO}ppastahw no{PDF} please", "GC204"),
        (f"Hi!\n\n<!-- {RLO}22htims.aron :epyks{PDF} -->\n", "GC203"),
    ],
)
def test_reversed_contact_details_are_found(lint, text, rule):
    assert rule in {f.rule for f in lint(text)}


@pytest.mark.parametrize("opener, closer", [("\u202b", PDF), ("\u2067", "\u2069")])
def test_embeddings_keep_latin_words_as_written(lint, opener, closer):
    # An embedding reorders runs, not the letters of a Latin word: shown as written.
    assert "GC201" in {f.rule for f in lint(f"{opener}bob@gmail.com{closer}")}
