"""A number cut over steps, each a label with its own number and the piece after its colon
("## Passo 1: +55⏎## Passo 2: 21 9⏎## Passo 3: 8765-4321", document/list_numbers.py):
headings one a line count as list items, and the piece after a step's label is read as a
piece among words (a word that says to read them together, or a first piece opening with
"+"). Labels without their own number ("Growth: +35") and figures with units stay figures."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "## Passo 1: +55\n## Passo 2: 21 9\n## Passo 3: 8765-4321\nÉ meu zap 😉",
    "## Paso 1: 612\n## Paso 2: 345\n## Paso 3: 678\nMi WhatsApp: los pasos juntos.",
    "- Step 1: +44\n- Step 2: 7911\n- Step 3: 123 456\n\nThat is my WhatsApp.",
    "## Étape 1 : +33\n## Étape 2 : 6 12\n## Étape 3 : 34 56 78",
]
CLEAN = [
    "- Growth: +35\n- Clients: 612\n- Reviews: 345\n- Orders: 678",
    "- Basic: 612\n- Standard: 345\n- Premium: 678\n\nContact me via Fiverr chat for custom WhatsApp stickers.",
    "## Step 1: 25\n## Step 2: 40\n## Step 3: 35\nPrices in USD.",
    "## Step 1: +12 icons\n## Step 2: 340 fonts\n## Step 3: 5 mockups",
    "## Day 1: 09\n## Day 2: 12\n## Day 3: 30\nWe talk on Zoom via Fiverr.",
]

test_numbers_cut_over_steps_are_errors, test_step_figures_stay_clean = severity_tests(ERRORS, CLEAN)
