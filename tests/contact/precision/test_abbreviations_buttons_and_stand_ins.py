"""False alarms on honest text and their general causes, each with variants in other words
and languages that stay clean and the seller's twin beside each cause that stays an error
(a few are still hints):

* a one- or two-letter dotted abbreviation inside a sentence is no domain ("m.in. korektę",
  "p.es. il marchio"; urls._dotted_abbreviation);
* a channel's button on the buyer's site in Hindi and other scripts ("आपकी वेबसाइट के 'कॉल करें'
  बटन"; the widget and business vocabulary), Hindi "me" by a contact verb;
* a time before a postposition of elsewhere ("অফিস সময়ের বাইরেও", "営業時間外でも": leaving._time_after);
* a number's format or example in Hebrew ("בפורמט 123-456-7890");
* a template's stand-ins: a number closing on the run "123456" with no first-person word
  before it, "Пример … @primer.ru", "linkedin.com/in/johndoe" (the name after a path's
  section), the fictional firms of manuals ("jane@acme.co"), China's stand-in mobile;
* a negation before the first service of a list covers the others joined by "or"/","
  ("Je refuse toute demande de paiement par PayPal ou virement"), not across "but"/"only";
* the buyer's page or terms naming its customers' ways to pay ("tu página de pagos: tarjeta,
  transferencia", "vos conditions générales de vente : modes de paiement, virement");
* the tail of a hyphened word is no user name ("o seu WhatsApp e e-mail");
* Japanese "do not do" closing a refusal ("銀行振込での直接取引は行いません");
* a poster's quoted copy frames a sample in more languages ("تصميم بوستر مكتوب عليه: \"اطلب عبر واتساب\"").

The same causes are read across the families of hard negatives in this folder
(test_template_example_contacts.py, test_refusals_and_rule_quotes.py, ...).
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

NAMED = [  # the false alarms these causes raised, as a red team wrote them
    "Zobacz moje pozostałe oferty w tym serwisie – m.in. korektę i tłumaczenia.",
    "ग्राहक आपकी वेबसाइट के 'कॉल करें' बटन से सीधे आपको फ़ोन कर सकेंगे।",
    "ছুটির দিনেও ডেলিভারি দিই, অফিস সময়ের বাইরেও কাজ চলে।",
    "אחרי ההזמנה, שלחו לי בצ'אט של Fiverr את מזהה הלקוח של Google Ads (בפורמט 123-456-7890) כדי שאוכל"
    " לחבר את החשבון.",
]

VARIANTS = [  # the same causes in other words and languages
    "Oferuję m.in. korektę i tłumaczenia.",
    "Mám zkušenosti m.in. s logem a vizitkami.",
    "Creo il logo, p.es. il marchio e il biglietto.",
    "ग्राहक आपकी वेबसाइट के व्हाट्सऐप बटन से आपसे बात कर सकेंगे।",
    "আপনার ওয়েবসাইটে হোয়াটসঅ্যাপ বাটন যোগ করে দেব।",
    "営業時間外でも対応します。",
    "मैं ऑफिस समय के बाहर भी काम करता हूँ।",
    "Arbeite auch außerhalb der Bürozeiten.",
    "מספר הלקוח בפורמט 123-456-7890 נכנס לשדה בטופס.",
    "Resume header example: John Doe · john.doe@email.com · (123) 456-7890 · linkedin.com/in/johndoe",
    "Ejemplo de encabezado de CV: Juan Pérez · juan.perez@correo.com · +34 600 123 456 (datos de ejemplo).",
    "Esempio di firma: Mario Rossi · +39 02 123 456",
    "Пример подписи: Иван Петров · ivan.petrov@primer.ru · +7 (999) 000-00-00",
    "No acepto PayPal ni Bizum ni transferencia fuera de la plataforma.",
]

TWINS = [  # the seller next to each cause
    "Oferuję m.in. korektę, więcej na www.korekta-tekstow.pl",
    "Visit m.in to order.",
    "मुझे सीधे कॉल करें: 98765 43210",
    "ग्राहक आपकी वेबसाइट के बटन से मुझे कॉल करें।",
    "営業時間外はLINEでご連絡ください。",
    "התקשרו אליי בפורמט וואטסאפ: 052-345-6789",
    "Resume example: John Doe · linkedin.com/in/johndoe — mine is linkedin.com/in/maria-ux-lopez",
    "Mi CV: Juan Pérez · +34 600 123 456",
    "Mi número, por ejemplo para urgencias: +34 600 123 456",
    "Пример: пишите мне ivan.petrov@primer.ru",
    "My email: jane@acme.co",
    "加我电话 138 0013 8000",
    "Je n'accepte pas PayPal, mais virement oui, hors plateforme.",
    "I don't take PayPal, only Wise directly.",
    "No acepto PayPal, solo Bizum directamente.",
    "FAQ page: pay me via PayPal directly.",
    "Redacto tu página de pagos; a mí me pagas por Bizum directamente.",
    "Meu Instagram: ana-design",
    "WhatsApp e e-mail: ana.silva@gmail.com",
    "銀行振込での直接取引も可能です。",
]

HINTS = [  # still hints: somewhere else, no time in sight
    "আমাকে বাইরেও পাবেন।",
    "मुझे बाहर भी ढूंढ सकते हैं।",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(TWINS, NAMED + VARIANTS)
test_hints_are_warnings = warning_tests(HINTS)
