"""A verb of searching for the seller read as a verb of contact before an "@name" ("cari saya
@quietfox.audio kat app biasa tu", "Search me @quiet.fox.audio"), unless the marketplace is
named before the name: the seller's account here, searched for (handles._searched_here)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Nak tanya dulu? cari saya @quietfox.audio kat app biasa tu, balas laju.",
    "Search me @quiet.fox.audio on the usual app.",
]

CLEAN = [
    "Cari saya di Fiverr dengan nama @quietfox.audio untuk gig lain.",
    "Search for my style references, e.g. @your_brand on Instagram.",
]

test_searched_names_are_errors, test_names_here_stay_clean = severity_tests(ERRORS, CLEAN)
