"""A footnote's text is read whole, as prose ("[^2]: @mira_art" is no link definition to
a reader), and a footnote's mark or a code span's backtick between a label and its value
is layout ("[^1]: Telegram⏎[^2]: @mira_art", "tg:⏎⏎`@mira_art`"): the label labels the
value under it (document/markdown.py, items.label_pairs). Footnotes of tools and versions
stay clean; a reference definition still gives a link."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.markdown import parse_gig

ERRORS = [
    "Reach me[^1][^2]\n\n[^1]: Telegram\n[^2]: @mira_art\n",
    "I answer fast on my channel[^1].\n\n[^1]: Telegram @lena_motion\n",
    "tg:\n\n`@mira_art`\n",
    "Contacto[^a]\n\n[^a]: WhatsApp +34 612 345 678\n",
]

CLEAN = [
    "I use tools[^1].\n\n[^1]: Figma and Illustrator\n",
    "See the docs[^note].\n\n[^note]: Version 2.3 released 2024\n",
    "Formats:\n\n`1080x1920`\n",
]

test_footnoted_contacts_are_errors, test_footnotes_of_tools_stay_clean = severity_tests(ERRORS, CLEAN)


def test_a_footnote_is_a_text_run_and_a_definition_a_link():
    gig = parse_gig("Hi[^1] [x][1]\n\n[^1]: @lena_motion\n[1]: https://example.com\n")
    kinds = {r.text: r.kind for r in gig.runs}
    assert kinds["@lena_motion"] == "text"
    assert kinds["https://example.com"] == "link_url"
