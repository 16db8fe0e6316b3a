"""An identifier with "here" right after it ("mijn gebruikersnaam hier", "mi usuario de aquí") is
the account on the marketplace: compared with another name and no channel named, no pointer
(identifier_pointers._here_after); with a channel named its account is still pointed to. A
detail in a place with no "my" is the seller's when a verb of reaching them sends the buyer
"there" (identifier_pointers._reached_there), in the sentence or the next. An account word with
"there" right after it ("my handle there") is an account elsewhere: the kind of detail said, an
error with no channel named; with neither, a rule that makes it stays a hint."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "mijn gebruikersnaam op Instagram is dezelfde als hier",
    "Mi Telegram es el mismo que mi usuario de aquí",
    "Mijn Telegram is dezelfde als mijn gebruikersnaam hier",
    "Portfolio sample attached. The email is in the PDF footer; write me there for bulk quotes.",
    "The email is in the PDF footer. Write me there for bulk quotes.",
    "Die E-Mail steht in der Fußzeile des PDFs, schreib mir dort.",
    "My handle there is the same as my name here.",
    "Mi usuario allí es el mismo que aquí.",
]

CLEAN = [
    "mijn gebruikersnaam hier is dezelfde als mijn studionaam",
    "mi nombre de usuario aquí es el mismo que el nombre de mi estudio",
    "meu usuário aqui é o mesmo nome do meu estúdio",
    "my username here is the same as my studio name",
    "The email is in the PDF footer.",
    "Your email goes in the PDF footer; write me there if you want changes.",
    "The email field is in the PDF footer of your invoice template; I can move it there too.",
    "The number is in the banner image: 42% growth. Message me here for details.",
]

test_accounts_pointed_to_are_errors, test_the_account_here_and_the_work_stay_clean = severity_tests(ERRORS, CLEAN)

test_a_name_made_with_no_place_stays_a_hint = warning_tests([
    "Il mio nickname è lo stesso di qui.",
    "My username is the same as here.",
])
