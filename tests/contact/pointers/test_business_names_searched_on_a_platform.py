"""A search asked of the buyer for a business name with no "my", on a platform right
after it (self_pointers.searched_business), in several languages; a client's name
(`third_party_marks`), a purpose that is not the seller's, the buyer's name, title-case
work and the marketplace's own search stay clean. Someone else's contact person is no
detail of the seller's (self_pointers.contact_person)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Search 'Mira Studio' on Instagram and you'll find me.",
    "Busca Lucía Diseños en Facebook",
    "Search Mira Studio on Instagram.",
    "Найдите «Студия Мира» в Instagram.",
    "Procure Lucia Designs no Instagram.",
    "Cherchez \"Atelier Mira\" sur Facebook.",
    "just google the studio name + WhatsApp",
    "Ask me for my contact details.",
    "Sucht einfach \"Lena Grafik\" auf Instagram.",
    "Bitte sucht einfach mal Lena Grafik auf Instagram.",
    "Just search Mira Studio on Instagram.",
]
CLEAN = [
    "search 'Mira Studio' on Instagram to see my past work for them",
    "Search Mira Studio on Instagram to see the feed I designed for them.",
    "Busca Café Lucía en Instagram para ver los diseños que hice para ellos.",
    "Search 'Mira Studio' on Google to see the site I built for them.",
    "Look up Nike Running on Instagram for inspiration.",
    "Search your brand name on Instagram to check if it is free.",
    "Search Engine Optimization On Instagram",
    "Search Ads Setup on Facebook",
    "Search Fiverr Pro on Google.",
    "Customers search Mira Studio on Instagram every day.",
    "Please search your brand name on Instagram first.",
    "Ask me for my contact person at the agency",
    "I will give you my contact person at the printing house.",
]

test_searched_names_are_errors, test_other_names_stay_clean = severity_tests(ERRORS, CLEAN)
