"""The plane of Telegram's logo stands for its name as "飞机" does in Chinese: "✈️
jonas_cuts" gives a Telegram handle (vocab channels.platforms.telegram). A plane among
words that name no handle (travel, fast delivery) stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "✈️ jonas_cuts – schreib mir dort vor der Bestellung",
    "✈ @sam_cuts — message me before ordering",
    "Escríbeme ✈️ lucia_fotos88 antes de pedir.",
]

CLEAN = [
    "✈️ Fast delivery worldwide",
    "I edit travel videos ✈️ with smooth transitions and music.",
    "✈️ Travel itineraries planned in 2 days ✈️",
]

test_plane_handles_are_errors, test_planes_among_words_stay_clean = severity_tests(ERRORS, CLEAN)
