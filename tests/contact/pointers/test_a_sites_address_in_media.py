"""The address "of" the seller's site said to be in a media place ("O endereço do meu site aparece na
marca d'água", "La dirección de mi web aparece en el vídeo"): the "of" names the detail, not a
means (media_pointers.as_object), an error. Not the buyer's site, nor a site or mail as the means
something is sent by."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "O endereço do meu site aparece na marca d'água dos vídeos de amostra.",
    "La dirección de mi web aparece en el vídeo.",
    "L'adresse de mon site apparaît dans le filigrane des vidéos.",
    # the film in its genitive (pl)
    "Mój numer jest na końcu filmu.",
]

CLEAN = [
    "La dirección de tu web aparece en el vídeo.",
    "Te envío el vídeo por email.",
    "I sent the files via email and the video shows it.",
    "Reżyseria filmu to moja pasja.",
]

test_a_sites_address_in_media_is_an_error, test_the_buyers_site_and_means_stay_clean = severity_tests(ERRORS, CLEAN)
