"""Line-break misses a red team found, by general mechanisms.

* short headings one right under the other that a reader takes for one sentence
  ("## Me contacter⏎## en dehors⏎## du site : 06 84 21⏎## 37 55", "# Pay⏎# me⏎# directly")
  are read as one, like list items (items._heading_phrases); headings of a document's
  outline (capitalised, or ending a sentence) stay apart;
* "call" as an imperative in nl, fr, es, pt, it ("Bel me", "Llámanos") cues a phone number
  cut over a line break ("06 1⏎8 47 29 53"), as "Call" does; a year or a count after an
  ordinary "bel" stays apart.
"""
from __future__ import annotations

from contact_support import severity_tests

CUT = [
    "## Me contacter\n## en dehors\n## du site : 06 84 21\n## 37 55",
    "# Pay\n# me\n# directly\n# and save 20%",
    "## Contact me\n## on WhatsApp\n## +44 7700 900123",
    "### Fragen?\n### ruf mich\n### direkt an: 0151 2\n### 345 6789",
    "### Vragen?\nBel me\nrechtstreeks: 06 1\n8 47 29 53",
    "Bel me rechtstreeks: 06 1\n8 47 29 53",
    "Llámanos: 612 4\n45 566",
    "Appelez-moi : 06 12\n34 56 78",
]

APART = [
    "# Logo design\n## fast delivery\n## unlimited revisions",
    "## Packages\n## Basic: 1 logo\n## Standard: 3 logos",
    "## What you get.\n## 3 concepts\n## 2 revisions",
    "Un bel projet : 2019\n2024 réalisations",
    "Bel ons gerust, wij leveren in 2\n3 dagen.",
]

test_cut_contacts_are_errors, test_layout_stays_clean = severity_tests(CUT, APART)
