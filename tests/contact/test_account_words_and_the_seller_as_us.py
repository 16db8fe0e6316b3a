"""An account's own name said to be in a place, in Dutch and Polish as in other languages,
and everything needed to reach a studio that speaks as "us".

* every account name word (`account_name_words`: "gebruikersnaam", "nazwa użytkownika") is
  an identifier word too, so identifier_pointers.py reads it in a place ("mijn
  gebruikersnaam staat op de cover");
* the seller's possessive in Dutch and Polish ("mijn", "moja") is a person word, so the
  phrase "mijn gebruikersnaam" is the identifier itself, not a reference to another name;
* the Polish locative "okładce" (k to c) is a place;
* "everything you need to reach us" points as "… to reach me" does;
* the Persian banner ("بنر") is a media place, and Hebrew places with "in" glued on ("בלוגו")
  are located by themselves.

The honest twins: the buyer's username put on the cover (the work), the style or the
works shown, everything needed to know the style, reaching the studio in the inbox.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Our logo has everything you need to reach us directly.",
    "The last slide has everything you need to contact us.",
    "Notre logo contient tout ce qu'il faut pour nous joindre.",
    "mijn gebruikersnaam staat op de cover",
    "Mijn gebruikersnaam staat op de foto in mijn galerij.",
    "Moja nazwa użytkownika jest na okładce",
    "Mój email jest na okładce",
    "Mój instagram jest na okładce",
    "Mon nom d'utilisateur est sur la couverture",
    "הטלפון שלי בלוגו",
    "שמתי את המייל שלי בבאנר",
    "شماره‌ام در بنر هست",
    "شماره من روی بنر است",
]

CLEAN = [
    "Our logo has everything you need to know about our style.",
    "The last slide has everything you need to know about pricing.",
    "Everything you need to reach us is right here in the Fiverr inbox.",
    "Twoja nazwa użytkownika będzie na okładce",
    "Zaprojektuję okładkę z Twoją nazwą użytkownika",
    "Ik zet je gebruikersnaam op de cover",
    "Ik maak een cover voor je podcast met jouw gebruikersnaam.",
    "Mój styl widać na okładce.",
    "Moje prace są w galerii.",
    "Votre nom d'utilisateur sur la couverture",
    "אשים את הטלפון שלך בלוגו",
    "העבודות שלי בגלריה",
    "شماره تلفن شما را روی بنر می‌گذارم",
    "بنر تبلیغاتی برای اینستاگرام شما طراحی می‌کنم",
]


test_account_word_or_route_in_a_place_is_an_error, test_the_buyers_name_or_the_work_in_a_place_is_clean = (
    severity_tests(ERRORS, CLEAN)
)
